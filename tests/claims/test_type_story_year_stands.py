"""A level stated in the present tense with no time of its own, right after sentences about a later year, is that year's
(claimtype.tense_type reads the year from the sentences before); the learned type model reads only the figure's
sentence, so its `actual` does not override the rules there (storyyear.rules_stand; session 18, our own wording)."""
from datetime import datetime, timezone

from helpers import pipeline_claim

from pipeline.claims import storyyear


def test_revenue_stated_after_next_years_spending_stays_foreseen():
    text = "Next year, Estonia's spending will be 19 billion euros. Revenues are only 17 billion euros."
    assert pipeline_claim(text, "17 billion")["claim_type"] == "forecast"


def test_expenses_stated_after_next_years_revenue_stay_foreseen():
    text = ("Next year, the Danish government will receive about 70 billion euros in revenue. Expenses are about 81 "
            "billion euros.")
    assert pipeline_claim(text, "81 billion")["claim_type"] == "forecast"


def test_the_same_present_level_after_a_past_year_is_a_level():
    text = "In 2024 the Danish government received about 70 billion euros in revenue. Expenses are about 81 billion euros."
    assert pipeline_claim(text, "81 billion")["claim_type"] == "actual"


def _claim(text: str, figure: str, claim_type: str) -> tuple[dict, int]:
    start = text.index(figure)
    sentence_start = text.rfind(". ", 0, start) + 2
    sentence = text[sentence_start:text.index(".", start) + 1]
    return {"claim_type": claim_type, "char_start": start, "char_end": start + len(figure), "sentence": sentence}, sentence_start


def test_rules_stand_needs_the_later_year_before_the_sentence():
    published = datetime(2025, 6, 1, tzinfo=timezone.utc)
    later = "Next year the state will borrow more. The state spends about 81 billion euros."
    claim, s0 = _claim(later, "81 billion euros", "forecast")
    assert storyyear.rules_stand(later, claim, "actual", s0, published)
    assert not storyyear.rules_stand(later, claim, "commitment", s0, published)  # only against the model's actual
    none = "The state will borrow more. The state spends about 81 billion euros."
    claim, s0 = _claim(none, "81 billion euros", "forecast")
    assert not storyyear.rules_stand(none, claim, "actual", s0, published)


def test_rules_stand_not_for_a_sentence_with_a_time_of_its_own():
    published = datetime(2025, 6, 1, tzinfo=timezone.utc)
    text = "Next year the state will borrow more. The state spends about 81 billion euros this year."
    claim, s0 = _claim(text, "81 billion euros", "forecast")
    assert not storyyear.rules_stand(text, claim, "actual", s0, published)
    past = "Next year the state will borrow more. The state spent about 81 billion euros."
    claim, s0 = _claim(past, "81 billion euros", "forecast")
    assert not storyyear.rules_stand(past, claim, "actual", s0, published)  # no present verb before the figure
