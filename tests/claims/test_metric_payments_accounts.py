"""The balance of payments' other accounts (trade, capital, services, invisibles) are unscored balances, not the budget's
deficit, the current account or tax receipts (sentences written for these tests)."""
from helpers import pipeline_claims


def _metrics(text, figure):
    return [c["metric"] for c in pipeline_claims(text) if figure in c["figure_text"]]


def test_capital_account_surplus_is_not_the_budget():
    text = ("Norway's budget deficit widened last year, the finance ministry said. "
            "There was a deficit of 3.1 billion crowns in the short-term capital account after a surplus of 420 mln in May.")
    assert "fiscal_deficit" not in _metrics(text, "420 mln")


def test_service_receipts_are_no_tax():
    text = "Net service receipts of Norway fell to 4.2 billion dlrs in the quarter from 4.9 billion dlrs, the bureau said."
    assert "tax_revenue" not in _metrics(text, "4.2 billion")


def test_current_account_beside_the_trade_account():
    text = ("In March the current account had shown a 2.35 billion mark surplus and the trade account a 1.95 billion surplus, "
            "the Bundesbank said.")
    assert _metrics(text, "2.35 billion") == ["current_account"]
    assert "current_account" not in _metrics(text, "1.95 billion")
