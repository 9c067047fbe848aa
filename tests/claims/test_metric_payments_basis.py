"""'On a balance of payments basis' says how a balance is measured, not which balance it is (sentences written for these
tests)."""
from helpers import pipeline_claims


def test_current_account_on_a_payments_basis():
    text = ("Norway's current account deficit widened to a record 4.2 billion dlrs on a balance of payments basis in the "
            "second quarter, the statistics office said.")
    assert [c["metric"] for c in pipeline_claims(text) if "4.2 billion" in c["figure_text"]] == ["current_account"]
