"""A budget's income by kind is a revenue word of its own (sentences written for these tests)."""
import pytest
from helpers import pipeline_claim, pipeline_claims


@pytest.mark.parametrize("text, figure", [
    ("Ruritania's finance minister said the new budget projects ordinary income of 81.4 billion crowns and "
     "extraordinary income of 12.6 billion crowns.", "81.4 billion"),
    ("Ruritania's finance minister said the new budget projects ordinary income of 81.4 billion crowns and "
     "extraordinary income of 12.6 billion crowns.", "12.6 billion"),
])
def test_budget_income_is_revenue(text, figure):
    assert pipeline_claim(text, figure)["metric"] == "tax_revenue"


def test_a_company_extraordinary_income_is_no_claim():
    text = "Acme Corp said extraordinary income of 4.2 mln dlrs from an asset sale lifted its net profit."
    assert not [c for c in pipeline_claims(text) if c["metric"] == "tax_revenue"]
