"""claim_type of an instrument's figure governed by an act in progress, "is"/"are" before the participle of a verb acting
on it with an object (session 18, our own wording): decided, as its future is; a level moving ("is rising to") or a
running level ("is spending") is not such an act."""
import pytest
from helpers import pipeline_claim

from pipeline.claims import progressive


@pytest.mark.rules_layer
def test_a_tax_cut_being_raised_for_next_year_is_a_commitment():
    text = "The German government is raising its planned tax cuts for next year by 3 billion euros."
    assert pipeline_claim(text, "3 billion")["claim_type"] == "commitment"


@pytest.mark.rules_layer
def test_aid_being_cut_from_next_year_is_a_commitment():
    text = "The Dutch cabinet is cutting development aid to 0.5% of national income from next year."
    assert pipeline_claim(text, "0.5%")["claim_type"] == "commitment"


def test_a_tax_cut_brought_forward_stays_a_commitment_past_the_model():
    text = "Canada's government is bringing forward a 4 billion dollar cut in corporate taxes to January."
    assert pipeline_claim(text, "4 billion")["claim_type"] == "commitment"


def test_a_moving_level_takes_no_object():
    assert progressive.act_after("Tax revenue is rising to 61 billion euros", len("Tax revenue is"), 31) is False
    assert progressive.act_after("Defence spending is increasing to 2.4%", len("Defence spending is"), 34) is False
    text = "The cabinet is raising the top rate to 47%"
    assert progressive.act_after(text, len("The cabinet is"), text.index("47%")) is True


def test_a_running_level_is_no_act():
    text = "The state is spending 26 billion dollars a year on farm support."
    claim = {"claim_type": "commitment", "metric": "public_spending", "char_start": text.index("26"), "char_end": 0}
    assert not progressive.rules_stand(text, claim, "actual", 0)
    text = "The state is trimming farm support by 2 billion dollars a year."
    claim = {"claim_type": "commitment", "metric": "public_spending", "char_start": text.index("2 billion"), "char_end": 0}
    assert progressive.rules_stand(text, claim, "actual", 0)
    assert not progressive.rules_stand(text, {**claim, "metric": "fiscal_deficit"}, "actual", 0)
