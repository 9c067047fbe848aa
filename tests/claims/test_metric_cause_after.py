"""A cause or a concession after a figure names what moved it, not what it measures (sentences written for these tests)."""
import pytest
from helpers import pipeline_claim


@pytest.mark.parametrize("text, figure, metric", [
    # the specific noun before the figure governs, though a broad spending word after it is nearer
    ("Ruritania's public sector borrowing requirement for the year fell from an originally targeted 6.2 billion crowns, "
     "despite big rises in government spending.", "6.2 billion", "fiscal_deficit"),
    ("The Ruritanian budget deficit for the year came in well under the planned 4.1 billion crowns, because of strong "
     "growth in tax receipts.", "4.1 billion", "fiscal_deficit"),
    ("Ruritania's public borrowing in the first half was lower than the 3.9 billion crowns forecast, thanks to "
     "higher tax revenue.", "3.9 billion", "fiscal_deficit"),
])
def test_noun_after_a_cause_marker_does_not_govern(text, figure, metric):
    assert pipeline_claim(text, figure)["metric"] == metric


def test_noun_after_the_figure_without_a_cause_still_governs():
    # no cause marker: the noun the figure is "in" is its own
    text = "The Ruritanian government plans to raise 4.2 billion crowns in new taxes next year, the finance minister said."
    assert pipeline_claim(text, "4.2 billion")["metric"] == "tax_revenue"


def test_reflecting_is_a_cause():
    text = ("Ruritania's debt-servicing costs will rise to 31.3 billion crowns next year, reflecting higher interest rates, "
            "the finance ministry said.")
    assert pipeline_claim(text, "31.3 billion")["metric"] == "debt_service"
