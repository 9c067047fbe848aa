"""A budget's income by kind and a surtax are revenue and tax words of their own (sentences written for these tests)."""
import pytest
from helpers import pipeline_claim, pipeline_claims


@pytest.mark.parametrize("text, figure", [
    ("Ruritania's finance minister said the new budget projects ordinary income of 81.4 billion crowns and "
     "extraordinary income of 12.6 billion crowns.", "81.4 billion"),
    ("Ruritania's finance minister said the new budget projects ordinary income of 81.4 billion crowns and "
     "extraordinary income of 12.6 billion crowns.", "12.6 billion"),
    ("Ruritania's provincial budget also imposed a temporary six pct surtax on incomes above 50,000 crowns, the "
     "treasurer said.", "six pct"),
])
def test_budget_income_and_surtax_are_revenue(text, figure):
    assert pipeline_claim(text, figure)["metric"] == "tax_revenue"


def test_a_company_extraordinary_income_is_no_claim():
    text = "Acme Corp said extraordinary income of 4.2 mln dlrs from an asset sale lifted its net profit."
    assert not [c for c in pipeline_claims(text) if c["metric"] == "tax_revenue"]
