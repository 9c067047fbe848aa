"""A bare budget named as the place a line sits in or the payer of a cost ("in the budget", "cost the budget") is not what the
figure measures (sentences written for these tests)."""
import pytest
from helpers import pipeline_claims


def _metric(text, figure):
    found = [c["metric"] for c in pipeline_claims(text) if figure in c["figure_text"]]
    return found[0] if found else None


@pytest.mark.parametrize("text, figure, metric", [
    ("Spending on debt interest in the budget will reach 30 billion euros, the German finance ministry said.",
     "30 billion", "debt_service"),
    ("Debt servicing will cost the budget 55 billion euros next year, the French finance ministry said.",
     "55 billion", "debt_service"),
    ("Defence spending in the 2026 budget will rise to 82.7 billion euros, the German finance ministry said.",
     "82.7 billion", "defense_spending"),
    ("The deficit in the 2026 budget will be 5 billion euros, the Finnish finance ministry said.", "5 billion", "fiscal_deficit"),
])
def test_budget_as_place(text, figure, metric):
    assert _metric(text, figure) == metric


def test_growth_forecast_in_a_budget_is_no_spending():
    text = ("Finland's economic growth this year is likely to exceed the 1.5 pct forecast in the 2025 budget presented last "
            "autumn, the finance minister said.")
    assert _metric(text, "1.5 pct") != "public_spending"


def test_a_budget_total_stays_spending():
    assert _metric("Finland's budget will total 88 billion euros next year, the finance ministry said.", "88 billion") \
        == "public_spending"
