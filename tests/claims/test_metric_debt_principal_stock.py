"""The principal a state pays on its debt in a year is debt service; a debt stock sized by its own figure after "of" stays
the stock even as the object of a servicing word (sentences written for these tests)."""
from helpers import pipeline_claims


def _metric(text, figure):
    found = [c["metric"] for c in pipeline_claims(text) if figure in c["figure_text"]]
    assert found, f"no claim for {figure!r}"
    return found[0]


def test_debt_principal_paid_is_debt_service():
    text = "The finance minister said the government plans to pay 1.8 billion dlrs in public and private debt principal this year."
    assert _metric(text, "1.8 billion") == "debt_service"


def test_a_stock_sized_after_of_stays_the_stock():
    text = ("The finance minister said Chile would continue paying all interest on its total foreign debt of 19 billion "
            "dlrs.")
    assert _metric(text, "19 billion") == "external_debt"


def test_a_sum_paid_on_a_debt_stays_debt_service():
    text = "Chile will spend 1.2 billion dlrs this year servicing its foreign debt, the finance minister said."
    assert _metric(text, "1.2 billion") == "debt_service"
