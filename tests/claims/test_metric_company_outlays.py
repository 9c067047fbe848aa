"""A company's exploration outlays and the monthly construction statistic are no state's spending (sentences written
for these tests)."""
import pytest
from helpers import pipeline_claims


# a story already on a state's budget: a weak spending word after it would otherwise take the story's metric
STORY = "Syldavia's government cut budget spending by 3 pct this year. "


def _metrics(text, figure):
    return [c["metric"] for c in pipeline_claims(STORY + text) if figure in c["figure_text"]]


@pytest.mark.parametrize("text, figure", [
    ("Borduria Petroleum said capital and exploration spending would rise to 340 mln dlrs this year from 290 mln.",
     "340 mln"),
    ("The miner expects to spend about 45 mln dlrs on exploration and development in Syldavia next year.", "45 mln"),
    ("Its exploration and production expenditure was 370 mln crowns last year.", "370 mln"),
    ("Syldavian construction spending rose 2.1 pct in March to an annual rate of 61 billion crowns, the statistics "
     "office said.", "2.1 pct"),
])
def test_company_and_statistical_outlays_are_no_claims(text, figure):
    assert _metrics(text, figure) == []


def test_a_budget_beside_exploration_stays_a_claim():
    text = ("Syldavia's government will raise public spending to 48 billion crowns next year, including grants for "
            "mineral exploration.")
    assert _metrics(text, "48 billion") == ["public_spending"]
    assert _metrics("", "3 pct") == ["public_spending"]
