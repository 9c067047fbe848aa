"""Words for a state's balances and income beside a budget word (sentences written for these tests)."""
import pytest
from helpers import pipeline_claim


@pytest.mark.parametrize("text, figure, metric", [
    # a budget "in the red" is its balance, not its size
    ("The Ruritanian budget is expected to close the year 3.1 billion dlrs in the red, the finance minister said.",
     "3.1 billion", "fiscal_deficit"),
    ("The Ruritanian government's budget will be in the red by 3 billion dlrs, the minister said.", "3 billion", "fiscal_deficit"),
    # a budget's income is its revenue
    ("The Ruritanian finance ministry expects budget income of 40 billion dlrs next year.", "40 billion", "tax_revenue"),
    # a state's payments deficit is its current account, and so is a bare deficit in a story headed by it
    ("Ruritania's payments deficit narrowed to 750 mln dlrs in February, the statistics bureau said.", "750 mln", "current_account"),
])
def test_balance_words(text, figure, metric):
    assert pipeline_claim(text, figure)["metric"] == metric


def test_a_bare_deficit_under_a_payments_deficit_headline():
    text = ("Ruritania's statistics bureau published its figures on Tuesday. Economists said they expected a March deficit "
            "of around 900 mln dlrs.")
    assert pipeline_claim(text, "900 mln", title="RURITANIAN PAYMENTS DEFICIT NARROWS")["metric"] == "current_account"
