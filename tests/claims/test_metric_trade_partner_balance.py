"""A bare balance word with a trading partner or goods right after it is a trade balance, not the budget's (sentences
written for these tests)."""
import pytest
from helpers import pipeline_claim


@pytest.mark.parametrize("text, figure", [
    ("The trade representative said the U.S. deficit with Japan of more than 50 billion dlrs could not go on.", "50 billion"),
    ("Taiwan's surplus with the United States reached a record 14 billion dlrs last year, officials in Taipei said.",
     "14 billion"),
    ("Canada ran up a 20 billion dlr deficit in manufactured goods last year, Statistics Canada said.", "20 billion"),
    ("Washington wants to cut an estimated four billion dlr deficit in car parts trade with Tokyo.", "four billion"),
])
def test_a_balance_with_a_partner_or_in_goods_is_trade(text, figure):
    assert pipeline_claim(text, figure)["metric"] == "other"


def test_a_budget_balance_stays_fiscal():
    # "with" before a lower-case word opens no trading partner
    text = "The French government deficit will be 3 pct of GDP this year, with spending cuts of 2 billion euros, the minister said."
    assert pipeline_claim(text, "3 pct")["metric"] == "fiscal_deficit"
