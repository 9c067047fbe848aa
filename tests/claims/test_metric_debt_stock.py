"""A debt piled up over years is a stock, never the year's borrowing a deficit word of its sentence would make it
(metric_cues.csv: accumulated debt*, cumulative debt*; sentences written for these tests)."""
from helpers import pipeline_claim


def test_accumulated_debt_beside_a_balanced_budget_is_the_public_debt():
    text = ("WASHINGTON - Reagan proposed a budget of 1.02 trillion dlrs. Despite his promise to balance the budget by 1983, "
            "critics note that his administration's record of accumulated debt is estimated at over two trillion dlrs.")
    assert pipeline_claim(text, "two trillion")["metric"] == "public_debt"


def test_cumulative_debt_in_a_foreign_debt_story_stays_foreign():
    text = "Brazil's cumulative debt to foreign banks and governments reached 110 billion dlrs, the central bank said."
    assert pipeline_claim(text, "110 billion")["metric"] == "external_debt"
