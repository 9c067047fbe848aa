"""The gap between a state's income and its spending told from the other side ("fell short of spending by", "in excess of
revenue"), and the British cash requirements, are its balance (sentences written for these tests)."""
from helpers import pipeline_claim

TITLE = "Ruritania Budget"


def test_revenue_short_of_spending_is_the_gap():
    text = "Revenue fell short of spending by 3 billion crowns last year, the finance ministry said."
    assert pipeline_claim(text, "3 billion", title=TITLE)["metric"] == "fiscal_deficit"


def test_spending_in_excess_of_revenue_is_the_gap():
    text = "The government said spending in excess of revenue would total 6 billion crowns in 2026."
    assert pipeline_claim(text, "6 billion", title=TITLE)["metric"] == "fiscal_deficit"


def test_a_cash_requirement_is_the_borrowing():
    text = "The public sector net cash requirement fell to 3 billion pounds in the year to March, the Treasury said."
    assert pipeline_claim(text, "3 billion", title="Britain's Borrowing")["metric"] == "fiscal_deficit"
