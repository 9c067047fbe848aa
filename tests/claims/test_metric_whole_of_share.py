"""A spending word that is the whole a share is taken of ("a deficit equal to 12 pct of spending") does not say what a later
sum measures; a budget the sum sizes stays that budget (sentences written for these tests)."""
from helpers import pipeline_claim

TITLE = "Ruritania Budget"


def test_a_deficit_given_as_a_share_of_spending_keeps_its_sum():
    text = "The deficit, equal to about 12 pct of spending, would fall to 8 billion crowns, the finance minister said."
    assert pipeline_claim(text, "8 billion", title=TITLE)["metric"] == "fiscal_deficit"
    assert pipeline_claim(text, "12 pct", title=TITLE)["metric"] == "fiscal_deficit"


def test_a_share_of_total_expenditure_in_an_aside():
    text = "The budget deficit, at 11 pct of total expenditure, is forecast at 9 billion crowns next year."
    assert pipeline_claim(text, "9 billion", title=TITLE)["metric"] == "fiscal_deficit"


def test_a_budget_sized_right_after_the_share_is_the_budget():
    text = "Defence spending is now about 20 pct of the national budget of 70 billion crowns, the minister said."
    assert pipeline_claim(text, "70 billion", title=TITLE)["metric"] == "public_spending"
    assert pipeline_claim(text, "20 pct", title=TITLE)["metric"] == "defense_spending"


def test_spending_with_no_share_before_it_keeps_its_sum():
    text = "The deficit will narrow next year as spending falls to 80 billion crowns, the finance minister said."
    assert pipeline_claim(text, "80 billion", title=TITLE)["metric"] == "public_spending"

