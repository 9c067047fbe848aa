"""An anaphoric word's sum ("the target", "trim it to") takes the story's metric whose stated sum it matches in size, not the
metric named last (sentences written for these tests)."""
from helpers import pipeline_claims

from pipeline.claims.carriedsum import sized_topic


def _metric_of(text, title, figure):
    return {c["figure_text"]: c["metric"] for c in pipeline_claims(text, title=title)}[figure]


def test_a_target_after_a_spending_share_is_the_borrowing_requirements():
    text = ("Ruritania's public sector borrowing requirement rose to 11,000 billion marks last year. State spending grew 9 pct, "
            "the treasury said. The target for this year is 10,000 billion marks.")
    assert _metric_of(text, "Ruritania Borrowing", "10,000 billion marks") == "fiscal_deficit"


def test_a_target_after_a_spending_sum_of_another_size():
    text = ("Ruritania's borrowing requirement was 3.5 billion crowns in the first 11 months. Government spending rose 4 pct "
            "to 80 billion crowns. Finance Minister Jan Novak set a target of 6.0 billion crowns for the full year.")
    assert _metric_of(text, "Ruritania Borrowing", "6.0 billion crowns") == "fiscal_deficit"


def test_a_topic_named_by_a_figureless_sentence_stays():
    text = ("The chancellor announced spending increases of 60 billion crowns a year. Borrowing will rise as a result. The "
            "fiscal council expects it to reach 95 billion crowns next year.")
    assert _metric_of(text, "Ruritania Budget", "95 billion crowns") == "fiscal_deficit"


def test_a_sum_of_the_spending_order_stays_spending():
    text = ("Ruritania's budget deficit rose to 4 billion crowns last year. State spending was 90 billion crowns, the treasury "
            "said. The target for this year is 95 billion crowns.")
    assert _metric_of(text, "Ruritania Budget", "95 billion crowns") == "public_spending"


def test_two_metrics_of_the_same_size_leave_the_order():
    state = {"stated_sums": {("EUR", 4e9): "fiscal_deficit", ("EUR", 5e9): "public_spending"}}
    assert sized_topic([{"unit": "currency", "currency": "EUR", "value": 4.5e9}], state) is None
    assert sized_topic([{"unit": "currency", "currency": "USD", "value": 4.5e9}], state) is None
    state = {"stated_sums": {("EUR", 4e9): "fiscal_deficit", ("EUR", 90e9): "public_spending"}}
    assert sized_topic([{"unit": "currency", "currency": "EUR", "value": 5e9}], state) == "fiscal_deficit"
