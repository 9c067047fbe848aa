"""A sum a budget or spending word sets "for" or "on" one item is a line of the budget, not the state's spending total
(budgetlines.line_item; ANNOTATION.md: parts of a budget list and one programme's money are ["public_spending", "other"]);
sentences written for these tests."""
from helpers import pipeline_claim, pipeline_claims


def test_budget_lines_for_roads_and_schools_are_items():
    text = "The 2026 budget includes 5 billion euros for roads and 3 billion euros for schools, the Dutch finance ministry said."
    assert {c["figure_text"]: c["metric"] for c in pipeline_claims(text)} == {"5 billion euros": "other",
                                                                              "3 billion euros": "other"}


def test_money_set_aside_for_one_programme_is_an_item():
    text = "The budget sets aside 12 billion dollars for health care, the Canadian finance minister said."
    assert pipeline_claim(text, "12 billion")["metric"] == "other"


def test_spending_on_defence_stays_defence():
    text = "Germany will spend 100 billion euros on the armed forces next year, the finance ministry said."
    assert pipeline_claim(text, "100 billion")["metric"] == "defense_spending"


def test_a_total_for_a_year_stays_the_total():
    text = "The budget foresees spending of 520 billion euros for 2026, the German finance ministry said."
    assert pipeline_claim(text, "520 billion")["metric"] == "public_spending"


def test_a_package_for_the_economy_stays_spending():
    text = "The government approved a stimulus package of 10 billion euros for the economy, the Italian finance ministry said."
    assert pipeline_claim(text, "10 billion")["metric"] == "public_spending"


def test_a_firms_spending_on_research_stays_no_claim():
    text = "Dow Chemical will spend about 650 mln dlrs on research next year, its chairman said."
    assert not pipeline_claims(text)
