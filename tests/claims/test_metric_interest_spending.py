"""What a state pays on its debt, named as a cost or spent under a spending word, is debt service (sentences written for these
tests)."""
import pytest
from helpers import pipeline_claim


@pytest.mark.parametrize("text, figure", [
    ("Public debt charges are expected to rise to 40.1 billion dlrs this year, the Brazilian finance minister said.",
     "40.1 billion"),
    ("The Finnish government will spend 4 billion euros on interest payments next year, the finance ministry said.",
     "4 billion"),
    ("Finland's interest expenditure will rise to 4 billion euros next year, the finance ministry said.", "4 billion"),
    ("Kenya is spending over 30 pct of its budget on servicing its debts, the finance minister said.", "30 pct"),
])
def test_interest_named_by_spending_is_debt_service(text, figure):
    assert pipeline_claim(text, figure)["metric"] == "debt_service"


def test_a_spending_total_after_an_interest_story_stays_spending():
    # the interest bill of the sentence before is no topic a bare spending word takes ('~' in its resolves)
    text = ("Finland's interest payments will rise to 4 billion euros next year, the finance ministry said. "
            "Total government expenditure was put at 68 billion euros.")
    assert pipeline_claim(text, "68 billion")["metric"] == "public_spending"
