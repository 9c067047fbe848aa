"""A market's move on the day (a currency against another, a stock index) is no policy figure, even in a budget or
defence story (sentences written for these tests)."""
import pytest
from helpers import pipeline_claims


def _metrics(text, figure):
    return [c["metric"] for c in pipeline_claims(text) if figure in c["figure_text"]]


STORY = "Syldavia's finance minister presented a defence budget of 9.2 billion euros on Wednesday. "


@pytest.mark.parametrize("sentence, figure", [
    ("The krona rose 0.7% against the euro as the budget was read out.", "0.7%"),
    ("The Syldavian dollar slipped 0.3% against its U.S. counterpart after the budget speech.", "0.3%"),
    ("A poll found most voters backed the budget, while the FTSE 250 closed 1.1% lower.", "1.1%"),
    ("The Stoxx Europe aerospace and defence index gained 2.4% on the news.", "2.4%"),
])
def test_market_moves_are_no_claims(sentence, figure):
    assert _metrics(STORY + sentence, figure) == []


def test_the_budget_of_a_market_sentence_stays_a_claim():
    text = "Syldavia's defence budget will rise 6% next year, the minister said, and the krona rose 0.5% against the euro."
    assert _metrics(text, "6%") == ["defense_spending"]
    assert _metrics(text, "0.5%") == []
    assert _metrics(STORY, "9.2 billion") == ["defense_spending"]
