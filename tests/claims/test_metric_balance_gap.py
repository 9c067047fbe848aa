"""The gap between a state's income and its spending is its balance (sentences written for these tests)."""
import pytest
from helpers import pipeline_claim


@pytest.mark.parametrize("text, figure", [
    ("The Ruritanian finance ministry's plan calls for revenue to exceed spending by 2.4 billion crowns next year.", "2.4 billion"),
    ("Expenditure will exceed revenue by 5.1 billion dinars in the coming year, the Ruritanian finance minister said.", "5.1 billion"),
    ("The Ruritanian treasury said spending would outstrip income by 800 mln dlrs this year.", "800 mln"),
    ("Under the new Ruritanian rule the state may spend no more than 2 percent more than it collects in taxes.", "2 percent"),
    ("The Ruritanian government is allowed to spend at most 1.5 percent more money than it receives in revenue.", "1.5 percent"),
])
def test_income_against_spending_is_the_balance(text, figure):
    # the figure sizes the difference, neither side: the spending or revenue word beside it does not govern it
    assert pipeline_claim(text, figure)["metric"] == "fiscal_deficit"


def test_spending_itself_stays_spending():
    # no comparison with income: the spending word governs as before
    text = "The Ruritanian government plans to raise spending by 2 billion crowns next year, the finance minister said."
    assert pipeline_claim(text, "2 billion")["metric"] == "public_spending"
