"""stance_cues.csv rows of session 18 (our own wording): a legislature appropriating funds and a ministry allotting a sum
set it aside, a commitment like "earmarked" and "allocated"."""
import pytest
from helpers import pipeline_claim


def test_funds_a_legislature_appropriates_are_committed():
    text = "Congress appropriates 600 mln dlrs a year in aid to the region."
    assert pipeline_claim(text, "600 mln")["claim_type"] == "commitment"


@pytest.mark.rules_layer
def test_a_sum_a_ministry_has_allotted_is_committed():
    text = "The ministry has allotted 2 billion euros to the new air defence system."
    assert pipeline_claim(text, "2 billion")["claim_type"] == "commitment"
