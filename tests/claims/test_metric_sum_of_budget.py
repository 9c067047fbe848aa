"""A sum taken out of a budget ("4.2 billion dlrs of the budget") measures what takes it, not the budget; interest costs and
charges are the debt's service (sentences written for these tests)."""
from helpers import pipeline_claim


def test_interest_costs_absorbing_part_of_the_budget():
    text = ("Interest costs on government bonds will absorb 4.2 billion dlrs of Ruritania's budget, the finance minister "
            "said.")
    assert pipeline_claim(text, "4.2 billion")["metric"] == "debt_service"


def test_a_sum_of_the_budget_spent_on_defence():
    text = "Ruritania will spend 3 billion dlrs of the budget on the army next year, the finance minister said."
    assert pipeline_claim(text, "3 billion")["metric"] == "defense_spending"


def test_the_budget_itself_stays_the_total():
    text = "Ruritania's budget will total 52 billion dlrs next year, the finance minister said."
    assert pipeline_claim(text, "52 billion")["metric"] == "public_spending"
