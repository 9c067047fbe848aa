"""A hole in a budget or in the public finances is its gap, the deficit, not spending or tax (metric_cues.csv: hole, black
hole; sentences written for these tests)."""
from helpers import pipeline_claim, pipeline_claims


def test_a_hole_in_the_budget_is_the_deficit():
    text = "The government must plug a hole of 30 billion euros in the budget, the French finance minister said."
    assert pipeline_claim(text, "30 billion")["metric"] == "fiscal_deficit"


def test_a_black_hole_in_the_public_finances_is_the_deficit():
    text = "The chancellor faces a 22 billion pound black hole in the public finances, the Treasury said."
    assert pipeline_claim(text, "22 billion")["metric"] == "fiscal_deficit"


def test_a_golf_hole_makes_no_claim():
    assert not pipeline_claims("Woods finished the hole in 4 under par after a 30 pct rise in prize money.")
