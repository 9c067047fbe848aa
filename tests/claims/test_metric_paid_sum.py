"""A sum a state pays or amortises where its sentence or story reads a debt is what it pays its lenders, not the debt it owes
(sentences written for these tests)."""
import pytest
from helpers import pipeline_claims


@pytest.mark.parametrize("text, figure", [
    ("Ruritania's foreign debt stands at 19 billion dlrs. It paid 1.5 billion dlrs in interest last year, the central bank said.",
     "1.5 billion"),
    ("Ruritania owes foreign banks 28 billion dlrs. The government will pay 300 mln dlrs to them over the next three years.",
     "300 mln"),
    ("Ruritania has amortised 2 billion dlrs of its foreign debt since 1983, the finance minister said.", "2 billion"),
])
def test_a_paid_sum_is_debt_service(text, figure):
    found = [c for c in pipeline_claims(text) if figure in c["figure_text"]]
    assert [c["metric"] for c in found] == ["debt_service"]


def test_the_debt_itself_stays_a_stock():
    # the stock the payments are made on, sized by its own noun, is not paid
    text = "Ruritania's foreign debt stands at 19 billion dlrs. It paid 1.5 billion dlrs in interest last year."
    found = [c for c in pipeline_claims(text) if "19 billion" in c["figure_text"]]
    assert [c["metric"] for c in found] == ["external_debt"]


def test_a_price_paid_for_something_is_no_payment_on_a_debt():
    # what the sum buys follows it: a purchase, whatever the story's debt (the stock reading stays as before)
    text = "Ruritania's state debt is 30 billion dlrs. Its state oil firm paid 2 billion dlrs for a refinery, the ministry said."
    found = [c for c in pipeline_claims(text) if "2 billion" in c["figure_text"]]
    assert all(c["metric"] != "debt_service" for c in found)


@pytest.mark.parametrize("text, figure", [
    ("Brazil on Friday suspended interest payments on 68 billion dlrs owed to commercial banks.", "68 billion"),
    ("Brazil suspended interest payments on 68 billion dlrs of its debts to commercial banks.", "68 billion"),
    ("Brazil imposed a moratorium on interest payments on 68 billion dlrs worth of debt in February.", "68 billion"),
    ("Brazil suspended interest payments on its 68 billion dlr foreign bank debt.", "68 billion"),
    ("Poland has a 33.5 billion dollar debt to western creditors and says it cannot meet interest payments this year.",
     "33.5 billion"),
])
def test_the_debt_interest_is_paid_on_is_the_stock(text, figure):
    found = [c for c in pipeline_claims(text) if figure in c["figure_text"]]
    assert [c["metric"] for c in found] == ["external_debt"]


def test_interest_payments_sized_are_still_service():
    text = "Interest payments on Mexico's foreign debt will total 8 billion dlrs this year, the finance ministry said."
    found = [c for c in pipeline_claims(text) if "8 billion" in c["figure_text"]]
    assert [c["metric"] for c in found] == ["debt_service"]


def test_a_debt_beside_its_own_service_figure_is_the_stock():
    # the service word measures a figure of its own: the bare debt word's figure is the stock, not the service
    text = "Peru's debt is 14 billion dlrs and its debt service will be 1.2 billion dlrs this year, the central bank said."
    by_figure = {c["figure_text"]: c["metric"] for c in pipeline_claims(text)}
    assert by_figure == {"14 billion dlrs": "external_debt", "1.2 billion dlrs": "debt_service"}
