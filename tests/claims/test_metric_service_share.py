"""A share of a state's export earnings paid on its debt is its debt-service ratio, not the debt (sentences written for these
tests)."""
import pytest
from helpers import pipeline_claim, pipeline_claims


@pytest.mark.parametrize("text, figure", [
    ("Ruritania said last year it would limit repayments on its six billion dlr external debt to 15 pct of its export "
     "earnings.", "15 pct"),
    ("The Ruritanian government has cut repayments to 20 pct of export earnings on most of its 9.2 billion dlr foreign debt.",
     "20 pct"),
    ("Ruritania's finance minister said debt service payments would be held to 25 pct of exports this year.", "25 pct"),
])
def test_share_of_exports_paid_on_debt_is_debt_service(text, figure):
    assert pipeline_claim(text, figure)["metric"] == "debt_service"


def test_the_debt_itself_stays_the_debt():
    text = ("Ruritania said last year it would limit repayments on its six billion dlr external debt to 15 pct of its export "
            "earnings.")
    assert pipeline_claim(text, "six billion")["metric"] == "external_debt"


def test_no_servicing_word_no_debt_service():
    # a share of exports with no payment in its clause says nothing of debt service
    text = "Coffee accounts for 60 pct of Ruritania's export earnings; its foreign debt stands at 3 billion dlrs."
    assert not [c for c in pipeline_claims(text) if "60 pct" in c["figure_text"] and c["metric"] == "debt_service"]
