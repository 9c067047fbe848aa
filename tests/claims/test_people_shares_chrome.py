"""Shares of the people a force counts, and a page's subscription offer, are no policy figures (sentences written
for these tests)."""
import pytest
from helpers import pipeline_claims

STORY = "Syldavia's army said its defence budget will rise to 3 billion euros next year. "


def _metrics(text, figure):
    return [c["metric"] for c in pipeline_claims(STORY + text) if figure in c["figure_text"]]


@pytest.mark.parametrize("sentence, figure", [
    ("About 17 percent of conscripts left their service last year.", "17 percent"),
    ("Only about 9 percent of all those who join the military are picked for the course.", "9 percent"),
    ("Some 12 percent of reservists did not answer the call-up.", "12 percent"),
    ("Subscribe now and save 25% on your first year.", "25%"),
])
def test_people_shares_and_offers_are_no_claims(sentence, figure):
    assert _metrics(sentence, figure) == []


def test_a_budget_share_stays_a_claim():
    assert _metrics("The army will cut 10 percent of its budget for training.", "10 percent") == ["defense_spending"]
    assert _metrics("", "3 billion") == ["defense_spending"]
