"""The general rules added for claim_type and roles (one sentence each, hand-built mentions)."""
import pytest
from helpers import Sentence, claims_of, mention
from pipeline.claims import find_claims


def _article(text, sentences, ms, published=None):
    return find_claims({"text": text, "title": None, "published": published, "article_id": "t"}, sentences, ms)


@pytest.mark.rules_layer
def test_future_copula_with_a_figure_is_a_forecast():
    text = "Purra says that the government's income will be 76 billion euros next year."
    c = claims_of(text, mention(text, "76 billion euros", 7.6e10, unit="currency", currency="EUR"))[0]
    assert c["claim_type"] == "forecast"


def test_perfect_participle_governs_as_a_verb():
    text = "Trump has floated 5% of GDP for defence spending as the level NATO members should reach."
    c = claims_of(text, mention(text, "5%", 5))[0]
    assert c["claim_type"] == "proposal" and c["actor_code"] == "USA"


def test_analysts_have_no_code_and_do_not_commit():
    text = "Analysts saying the US budget deficit could end up a further $100bn in the red."
    c = claims_of(text, mention(text, "$100bn", 1e11, unit="currency", currency="USD"))[0]
    assert c["actor_code"] is None and c["claim_type"] != "commitment"


def test_payers_of_a_duty_do_not_demand_it():
    text = "Canadian and Mexican companies must pay a 25 percent tariff when they sell goods to the US."
    c = claims_of(text, mention(text, "25 percent", 25))[0]
    assert c["claim_type"] == "actual"


def test_a_benchmark_that_asks():
    text = "The old benchmark, agreed in Wales in 2014, asked NATO members to spend 2% of GDP on defence."
    c = claims_of(text, mention(text, "2%", 2))[0]
    assert c["claim_type"] == "benchmark"


def test_a_budget_that_calls_for_proposes():
    text = "The budget cut defense by eight billion dlrs and called for 18 billion dlrs in new taxes."
    cs = claims_of(text, mention(text, "18 billion dlrs", 1.8e10, unit="currency", currency="USD"))
    assert cs[0]["claim_type"] == "proposal" and cs[0]["metric"] == "tax_revenue"


def test_national_currency_names_the_state():
    text = "The plan earmarks about 200 billion zlotys for defence spending."
    c = claims_of(text, mention(text, "200 billion zlotys", 2e11, unit="currency", currency="PLN"))[0]
    assert c["target_code"] == "POL"


def test_legislative_plan_would_is_a_proposal():
    text = "The Senate plan would allocate about seven billion dlrs a year for defence spending."
    c = claims_of(text, mention(text, "seven billion dlrs", 7e9, unit="currency", currency="USD"))[0]
    assert c["claim_type"] == "proposal"


@pytest.mark.rules_layer
def test_present_level_after_next_year_is_a_forecast():
    text = "Next year, the Finnish government will receive about 77 billion euros in revenue. The state spends about 89 billion euros."
    s0 = Sentence(0, 0, text.index(" The state") + 1)
    s1 = Sentence(1, s0.end, len(text))
    ms = [mention(text, "77 billion euros", 7.7e10, unit="currency", currency="EUR"),
          dict(mention(text, "89 billion euros", 8.9e10, unit="currency", currency="EUR"), sentence_index=1)]
    cs = _article(text, [s0, s1], ms)
    assert [c["claim_type"] for c in cs][-1] == "forecast"


def test_bare_share_after_a_claim_keeps_its_metric():
    text = "NATO allies agreed to spend 5% of GDP on defence. Sanchez said Spain would not commit to 5%."
    s0 = Sentence(0, 0, text.index(" Sanchez") + 1)
    s1 = Sentence(1, s0.end, len(text))
    ms = [mention(text, "5%", 5), dict(mention(text, "5%", 5, occurrence=1), sentence_index=1)]
    cs = _article(text, [s0, s1], ms)
    assert len(cs) == 2 and cs[1]["metric"] == "defense_spending"
