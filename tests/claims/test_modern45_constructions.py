"""Constructions found by the modern45 set (session 24, write24), each a mechanism for any article. Own sentences in own
words on 2024-25 reporting (figures as reported, rounded); needs the gazetteer.

- a currency's official name ("949.5 billion New Taiwan dollars") is money (quantities currencies.csv);
- a yardstick after the figure ("counted the way NATO members count their spending") names no party the figure is asked
  of (owners.MEASURED_BY_BEFORE);
- a relative clause right after a definite figure's phrase that says its subject projected or forecast it ("the 68.5
  billion dollar deficit the Parliamentary Budget Officer had projected") makes it a forecast, also against the model
  (relstance.forecast_clause, forecast_stands);
- a target a state won an exemption from stays the rules' benchmark against the model (rulestand.EXEMPTED_FROM);
- spending "on national security" is defence spending (metric_cues.csv);
- what a rule lets a government run, borrow or spend, in a clause opening "under the change/rules/law" ("may together also
  run structural deficits of 0.35% of GDP"), is a benchmark (rulestand.UNDER_RULE_PERMITS);
- a figure in a predicate coordinated after a participle aside (", paid for by cutting development aid to 0.3% of GNI
  from 0.5%, and set an ambition of 3%") continues the first predicate's metric, not the aside's
  (cuescope.closed_aside_before, figures.py);
- "backed the alliance's new goal of 5%" names the alliance's goal, so backing it commits (figures.NATO_OF,
  ruletype.BACKED_GOAL);
- "share" heading an apposition that ranks the figure (", the lowest share in the alliance") is no market word: it governs
  nothing, and the figure takes its sentence's one metric (cuescope._cost).
"""
import pytest

pytest.importorskip("pipeline.claims.gazetteer")

from helpers import pipeline_claims, rules_claims, claim_with as _claim  # noqa: E402


# -- a currency's official name ------------------------------------------------------------------------------------------

@pytest.mark.parametrize("text, figure, value", [
    ("Taiwan's cabinet proposed defence spending of 949.5 billion New Taiwan dollars for 2026.",
     "949.5 billion New Taiwan dollars", 949.5e9),
    ("President Lai Ching-te proposed a special defence budget of 1.25 trillion New Taiwan dollars over eight years.",
     "1.25 trillion New Taiwan dollars", 1.25e12),
    ("Taiwan's defence budget for 2025 came to about 647 billion new Taiwan dollars, including special budgets.",
     "647 billion new Taiwan dollars", 647e9),
])
def test_the_official_name_of_the_taiwan_dollar_is_money(text, figure, value):
    c = _claim(pipeline_claims(text), figure)
    assert c["currency"] == "TWD" and c["value"] == pytest.approx(value) and c["metric"] == "defense_spending"


# -- a yardstick after the figure ----------------------------------------------------------------------------------------

@pytest.mark.parametrize("text, figure", [
    ("Taipei has proposed defence spending of 3.32% of GDP for 2026, counted the way NATO members count their spending.",
     "3.32% of GDP"),
    ("Taipei has proposed defence spending of 3.32% of GDP for 2026, calculated as NATO allies calculate theirs.",
     "3.32% of GDP"),
    ("The Taiwanese cabinet proposed 949.5 billion Taiwan dollars for defence next year, in line with how NATO members count "
     "their spending.", "949.5 billion Taiwan dollars"),
])
def test_a_yardstick_after_the_figure_is_not_whose_figure_it_is(text, figure):
    c = _claim(rules_claims(text), figure)
    assert c["claim_type"] in ("proposal", "commitment") and c["target_code"] == "TWN"


def test_a_party_asked_after_the_figure_is_still_the_target():
    c = _claim(rules_claims("Trump demanded defence spending of 5% of GDP from NATO allies."), "5% of GDP")
    assert c["claim_type"] == "demand" and c["target_code"] == "NATO"


# -- a forecast in a relative clause after a definite figure -------------------------------------------------------------

@pytest.mark.parametrize("text, figure", [
    ("Champagne presented a budget with a deficit of 78.3 billion Canadian dollars for 2025-26, above the 68.5 billion dollar "
     "deficit the Parliamentary Budget Officer had projected in September.", "68.5 billion dollar"),
    ("France's budget deficit reached 5.8% of GDP in 2024, far above the 5.1% of GDP that the finance ministry had projected "
     "in April.", "5.1% of GDP"),
    ("France's deficit was 5.8% of GDP last year, below the 6.1% the government had forecast in the autumn.", "6.1%"),
])
def test_a_relative_clause_projecting_the_figure_makes_it_a_forecast(text, figure):
    assert _claim(rules_claims(text), figure)["claim_type"] == "forecast"
    assert _claim(pipeline_claims(text), figure)["claim_type"] == "forecast"


@pytest.mark.parametrize("text, figure, level", [
    ("France's budget deficit reached 5.8% of GDP in 2024, far above the 5.1% of GDP that the finance ministry had projected "
     "in April.", "5.8% of GDP", "actual"),
    ("Spain's deficit fell to 2.8% of GDP in 2024, below the 3% the government had targeted.", "3%", "commitment"),
])
def test_the_level_reached_and_a_target_stay_as_they_were(text, figure, level):
    assert _claim(rules_claims(text), figure)["claim_type"] == level


# -- a target a state is exempted from -----------------------------------------------------------------------------------

@pytest.mark.parametrize("text, figure", [
    ("Prime Minister Pedro Sanchez's government says Spain can meet its NATO capability targets by spending about 2.1% of "
     "GDP on defence, and it won an exemption from the 5% goal at the alliance's summit in The Hague in June.", "5%"),
    ("Spain spends about 2% of GDP on defence and has been exempted from NATO's new 5% goal.", "5%"),
    ("Sanchez said Spain had secured an exemption from the alliance's 5% defence spending target agreed at The Hague.", "5%"),
])
def test_a_target_a_state_is_exempted_from_stays_a_benchmark(text, figure):
    assert _claim(pipeline_claims(text), figure)["claim_type"] == "benchmark"


# -- national security spending ------------------------------------------------------------------------------------------

@pytest.mark.parametrize("text, figure", [
    ("Prime Minister Keir Starmer committed Britain on Wednesday to spending 5% of GDP on national security by 2035.",
     "5% of GDP"),
    ("NATO allies agreed at The Hague to spend 5% of GDP on national security by 2035.", "5% of GDP"),
    ("Britain will spend 2.6% of GDP on national security in 2027, counting intelligence spending, Starmer said.",
     "2.6% of GDP"),
])
def test_spending_on_national_security_is_defence(text, figure):
    assert _claim(rules_claims(text), figure)["metric"] == "defense_spending"


# -- what a rule lets a government do ------------------------------------------------------------------------------------

@pytest.mark.parametrize("text, figure", [
    ("The debt brake limits the federal government's structural deficit to 0.35% of GDP; under the change the 16 federal "
     "states may together also run structural deficits of 0.35% of GDP.", "0.35% of GDP"),
    ("Under Germany's debt brake, the federal government may run a structural deficit of no more than 0.35% of GDP.",
     "0.35% of GDP"),
    ("Under the EU's fiscal rules, governments may run budget deficits of up to 3% of GDP.", "3% of GDP"),
    ("Under the escape clause, member states may spend up to 1.5% of GDP more on defence each year.", "1.5% of GDP"),
])
def test_what_a_rule_lets_a_government_run_is_a_benchmark(text, figure):
    got = [c for c in rules_claims(text) if c["figure_text"] == figure]
    assert got and all(c["claim_type"] == "benchmark" for c in got)
    assert all(c["claim_type"] == "benchmark" for c in pipeline_claims(text) if c["figure_text"] == figure)


def test_a_plan_under_a_plan_is_no_rule():
    c = _claim(rules_claims("Under the plan, Germany will spend 3.5% of GDP on defence by 2029."), "3.5% of GDP")
    assert c["claim_type"] == "commitment"


# -- a coordinated predicate after a participle aside --------------------------------------------------------------------

@pytest.mark.parametrize("text", [
    "In February Starmer had pledged to lift defence spending to 2.5% of GDP by April 2027, paid for by cutting development "
    "aid to 0.3% of gross national income from 0.5%, and set an ambition of 3% in the next parliament.",
    "Prime Minister Keir Starmer has pledged to lift defence spending to 2.5% of GDP by April 2027, paid for by cutting "
    "development aid to 0.3% of gross national income from 0.5%, and wants it to reach 3% in the next parliament.",
    "Starmer pledged to raise defence spending to 2.5% of GDP by 2027, funded by cutting aid to 0.3% of gross national "
    "income, and to 3% in the next parliament.",
])
def test_a_predicate_after_an_aside_continues_the_first_predicates_metric(text):
    claims = rules_claims(text)
    three = _claim(claims, "3%")
    assert three["metric"] == "defense_spending" and three["basis"] == "GDP"
    assert _claim(claims, "0.3% of gross national income")["metric"] == "development_aid"


# -- backing the alliance's goal -----------------------------------------------------------------------------------------

@pytest.mark.parametrize("text", [
    "At NATO's summit in The Hague in June, Poland backed the alliance's new goal of 5% of GDP by 2035, which U.S. President "
    "Donald Trump had demanded of all allies.",
    "Poland backed the alliance's goal of 5% of GDP for defence by 2035.",
    "Copenhagen backed the alliance's new goal of 5% of GDP by 2035 for Denmark's defence.",
])
def test_backing_the_alliances_goal_of_a_share_commits(text):
    c = _claim(rules_claims(text), "5% of GDP")
    assert c["metric"] == "defense_spending" and c["claim_type"] == "commitment"


# -- a ranked apposition after the figure --------------------------------------------------------------------------------

@pytest.mark.parametrize("text, figure", [
    ("Spain reached NATO's 2% guideline this year after the government approved a 10.47 billion euro plan in April, up from "
     "about 1.3% of GDP in 2024, the lowest share in the alliance.", "1.3% of GDP"),
    ("Spain's defence spending rose to 2% of GDP this year, up from about 1.3% in 2024, the lowest share in the alliance.",
     "1.3%"),
    ("NATO estimated that Spain's defence spending came to about 1.28% of GDP in 2024, the lowest share among the allies.",
     "1.28% of GDP"),
])
def test_the_share_heading_a_ranked_apposition_marks_no_market(text, figure):
    c = _claim(rules_claims(text), figure)
    assert c["metric"] == "defense_spending" and c["claim_type"] == "actual"
