"""Constructions found by the modern43 set (session 23, write23), each a mechanism for any article. Own sentences in own
words on 2024-26 reporting (figures as reported, rounded); sentences marked "hypothetical" state no real event and only
carry the construction; needs the gazetteer.

- ". " after a lone capital (the end of "U.S.", "U.K.", an initial) ends no clause: the asking verb before the initialism
  governs the figure after it (stance.CLAUSE_BREAK);
- an estimate whose clause states what something needs or will cost is a forecast (estimatedmove.ESTIMATED_NEED);
- a currency named with its state's adjective ("Indian rupees", "Saudi riyals") is money; rupees and riyals keep their
  default state when the story names it before another state with the same currency name (currencies.csv cues);
- a participle aside after the figure listing parts or sources (", counting money from the tax-and-spending law") does not
  give the figure its metric over the noun before it (cuescope.PARTS_AFTER);
- a social programme's spending named as such ("welfare spending") is public_spending outright (metric_cues.csv);
- "the kingdom" is the kingdom named last before it, not the state the story names most (anaphora.generic_code,
  ArticleContext.previous_state_among, datafiles.kingdoms);
- a target a state is exempted from is a standing benchmark (plantype.MEASURED_AGAINST);
- extra money a government gives a budget line for a year not gone by is its commitment (budgetput.allocated_type).
"""
import pytest

pytest.importorskip("pipeline.claims.gazetteer")

from helpers import pipeline_claims, rules_claims, claim_with as _claim  # noqa: E402


# -- an initialism inside the clause -----------------------------------------------------------------------------------

@pytest.mark.parametrize("text, figure", [
    ("Senator Roger Wicker has called for U.S. defense spending to rise to 5% of GDP.", "5% of GDP"),
    ("Pete Hegseth urged U.S. allies in Asia to raise defence spending to 5% of GDP.", "5% of GDP"),
    ("Mark Rutte pressed the U.K. and other allies to reach 3.5% of GDP for core defence.", "3.5% of GDP"),
])
def test_an_initialism_does_not_cut_the_asking_verb_off(text, figure):
    # (a lawmaker's call on his own state's spending is read as his proposal: both are the asking verb's, not a level)
    assert _claim(rules_claims(text), figure)["claim_type"] in ("demand", "proposal")


def test_the_asker_before_an_initialism_is_the_actor():
    text = "Mark Rutte pressed the U.K. and other allies to reach 3.5% of GDP for core defence."
    assert _claim(pipeline_claims(text), "3.5% of GDP")["actor_code"] == "NATO"


def test_a_sentence_break_after_an_initialism_still_splits():
    text = "The tariff was raised to 20% by the U.S. Beijing answered with tariffs of up to 15% on U.S. farm goods."
    claims = rules_claims(text)
    assert _claim(claims, "15%")["claim_type"] != "demand"


# -- an estimate of a need or a cost ------------------------------------------------------------------------------------

@pytest.mark.parametrize("text, figure", [
    ("The European Commission has estimated that Ukraine needs about 135.7 billion euros in 2026 and 2027 for its budget "
     "and its army.", "135.7 billion euros"),
    ("The Bundeswehr commissioner estimated that the armed forces need about 300 billion euros to be fully equipped.",
     "300 billion euros"),
    # hypothetical
    ("The finance ministry estimates that the defence plan will cost about 20 billion euros a year.", "20 billion euros"),
])
def test_an_estimated_need_is_a_forecast(text, figure):
    assert _claim(rules_claims(text), figure)["claim_type"] == "forecast"
    assert _claim(pipeline_claims(text), figure)["claim_type"] == "forecast"


def test_an_estimated_past_level_stays_actual():
    text = "NATO estimated that Spain spent about 1.3% of GDP on defence in 2024."
    assert _claim(pipeline_claims(text), "1.3% of GDP")["claim_type"] == "actual"


# -- currencies named with their state's adjective ------------------------------------------------------------------------

def test_indian_rupees_are_a_figure_in_a_pakistani_story():
    text = ("Pakistan will raise defence spending by 20% to 2.55 trillion rupees in the year starting in July. India's own "
            "budget sets defence spending at about 6.81 trillion Indian rupees.")
    claims = pipeline_claims(text)
    india = _claim(claims, "6.81 trillion Indian rupees")
    assert (india["currency"], india["target_code"]) == ("INR", "IND")
    assert _claim(claims, "2.55 trillion rupees")["target_code"] == "PAK"


@pytest.mark.parametrize("surface, currency", [
    ("1.285 trillion Saudi riyals", "SAR"),
    ("200 billion Qatari riyals", "QAR"),
    ("2.55 trillion Pakistani rupees", "PKR"),
])
def test_adjective_currency_names(surface, currency):
    from pipeline.quantities import find_mentions
    from pipeline.segment import split_sentences

    text = f"The budget sets spending at {surface}."
    found = [(m["surface"], m["currency"]) for m in find_mentions(text, split_sentences(text))]
    assert found == [(surface, currency)]


def test_a_saudi_story_naming_qatar_later_keeps_its_riyals():
    text = ("Saudi Arabia committed to invest 600 billion dollars in the United States. The kingdom's 2025 budget plans "
            "spending of 1.285 trillion riyals and a deficit of about 101 billion riyals. Trump flies to Qatar on Wednesday.")
    claims = pipeline_claims(text)
    for figure in ("1.285 trillion riyals", "101 billion riyals"):
        c = _claim(claims, figure)
        assert (c["currency"], c["target_code"]) == ("SAR", "SAU")


@pytest.mark.parametrize("text, figure, code", [
    ("Trump met Thai officials in Washington after the United States set a 19% tariff on Thailand. The kingdom's budget "
     "deficit will be about 4.3% of GDP next year, the finance ministry said.", "4.3% of GDP", "THA"),  # hypothetical deficit
    ("U.S. President Donald Trump visited Saudi Arabia, where the United States signed deals worth billions of dollars. "
     "The kingdom's budget deficit will be about 2.3% of GDP this year, the finance ministry has said.", "2.3% of GDP", "SAU"),
])
def test_the_kingdom_is_the_kingdom_named_last(text, figure, code):
    assert _claim(pipeline_claims(text), figure)["target_code"] == code


def test_a_qatari_story_keeps_qatari_riyals():
    # hypothetical sums
    text = "Qatar's budget plans spending of 210 billion riyals next year, the finance ministry said."
    assert _claim(pipeline_claims(text), "210 billion riyals")["currency"] == "QAR"


# -- parts listed after the figure -------------------------------------------------------------------------------------------

@pytest.mark.parametrize("text, figure", [
    ("The administration put national defense spending for the 2026 fiscal year at about 1 trillion dollars, counting "
     "money from the tax-and-spending law Congress passed in July.", "1 trillion dollars"),
    # hypothetical sum
    ("The government put military spending for next year at about 60 billion euros, including money from the new tax on "
     "banks.", "60 billion euros"),
])
def test_parts_listed_after_the_figure_do_not_name_its_metric(text, figure):
    assert _claim(pipeline_claims(text), figure)["metric"] == "defense_spending"


def test_a_parts_aside_cue_still_governs_when_nothing_else_does():
    text = "The tariff on steel will rise to 25%, including duties on aluminium."
    assert _claim(pipeline_claims(text), "25%")["metric"] == "tariff_rate"


# -- a social programme's spending ---------------------------------------------------------------------------------------------

@pytest.mark.parametrize("text, figure", [
    ("Rachel Reeves gave defence an extra 2.2 billion pounds and cut welfare spending by 4.8 billion pounds.",
     "4.8 billion pounds"),
    # hypothetical sums
    ("The coalition will raise defence spending by 3 billion euros and trim social spending by 2 billion euros.",
     "2 billion euros"),
    ("The budget adds 5 billion dollars for the military and cuts health spending by 1 billion dollars.", "1 billion dollars"),
])
def test_social_programme_spending_is_public_spending(text, figure):
    assert _claim(pipeline_claims(text), figure)["metric"] == "public_spending"


# -- a target a state is exempted from ------------------------------------------------------------------------------------------

@pytest.mark.parametrize("text, figure", [
    ("NATO allies agreed in June to spend 5% of GDP on defence. Spain won an exemption from the 5% goal.", "5%"),
    ("NATO allies agreed in June to spend 3.5% of GDP on core defence. Slovakia asked to be exempt from the 3.5% target.",
     "3.5%"),
    ("Trump has singled out Spain, which won an exemption from the 5% defence goal and says 2.1% of GDP is enough.", "5%"),
])
def test_a_target_a_state_is_exempted_from_is_a_benchmark(text, figure):
    claims = pipeline_claims(text)
    exempted = [c for c in claims if c["figure_text"] == figure]
    assert exempted and exempted[-1]["claim_type"] == "benchmark"


def test_the_exempted_states_own_level_stays_its_commitment():
    text = "Trump has singled out Spain, which won an exemption from the 5% defence goal and says 2.1% of GDP is enough."
    c = _claim(pipeline_claims(text), "2.1% of GDP")
    assert (c["claim_type"], c["target_code"]) == ("commitment", "ESP")


# -- extra money for a coming year -----------------------------------------------------------------------------------------------

@pytest.mark.parametrize("text, figure", [
    ("British finance minister Rachel Reeves gave defence an extra 2.2 billion pounds for the 2025-26 financial year on "
     "Wednesday.", "2.2 billion pounds"),
    # hypothetical
    ("The cabinet allocated the armed forces an additional 1.5 billion euros for 2026.", "1.5 billion euros"),
    ("The government earmarked a further 900 million euros for defence for next year.", "900 million euros"),
])
def test_extra_money_for_a_coming_year_is_committed(text, figure):
    assert _claim(rules_claims(text), figure)["claim_type"] == "commitment"
    assert _claim(pipeline_claims(text), figure)["claim_type"] == "commitment"


def test_extra_money_for_a_year_gone_by_stays_a_level():
    # hypothetical
    text = "The government gave the army an extra 2 billion euros for 2023, the audit office said."
    assert _claim(pipeline_claims(text), "2 billion euros")["claim_type"] == "actual"
