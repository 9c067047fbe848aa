"""A sum payments are suspended "on" stays the debt even with the lenders paid named between (issue 3, cmetric20:
repaid.PAID_ON_BEFORE). Sentences written for these tests."""
from helpers import pipeline_claims


def _metric(text: str, figure: str, title: str | None = None) -> str:
    return {c["figure_text"]: c["metric"] for c in pipeline_claims(text, title=title)}[figure]


def test_a_sum_paid_on_with_the_banks_named_between_is_the_debt():
    text = "Ecuador suspended payments to foreign banks on 8 billion dlrs of its debt after the earthquake."
    assert _metric(text, "8 billion dlrs", title="ECUADOR DEBT") == "external_debt"


def test_interest_paid_to_creditor_banks_on_a_sum_is_the_debt():
    text = "Peru halted interest payments to its creditor banks on 5 billion dlrs of medium-term debt."
    assert _metric(text, "5 billion dlrs", title="PERU DEBT") == "external_debt"
