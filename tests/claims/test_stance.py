"""claim_type from stance cues and their proximity to the figure (own sentences)."""
import pytest
from helpers import claims_of, mention


@pytest.mark.parametrize("text, surface, claim_type", [
    ("Washington urged Japan to raise defence spending to 3% of GDP.", "3%", "demand"),
    ("The alliance called on members to spend 2% on defence.", "2%", "demand"),
    ("The government pledged to cut the budget deficit to 2% by 2027.", "2%", "commitment"),
    ("Ministers plan to lift aid spending to 0.7% of GNI.", "0.7%", "commitment"),
    ("The commission proposed a deficit limit of 1.5% of GDP.", "1.5%", "proposal"),
    ("Parliament rejected a tariff of 20% on cars.", "20%", "rejection"),
    ("Economists expect the budget deficit to reach 4.1% next year.", "4.1%", "forecast"),
    ("The budget deficit stood at 3.8% last year.", "3.8%", "actual"),
    ("EU rules limit deficits to 3% of GDP.", "3%", "benchmark"),
    ("Few members meet the alliance's 2% guideline on defence spending.", "2%", "benchmark"),
])
def test_claim_type(text, surface, claim_type):
    claims = claims_of(text, mention(text, surface, float(surface.rstrip("%"))))
    assert [c["claim_type"] for c in claims] == [claim_type]


@pytest.mark.rules_layer
def test_outer_demand_beats_inner_commitment():
    text = "The president repeated his demands that partners commit 4% of GDP to defence."
    assert claims_of(text, mention(text, "4%", 4))[0]["claim_type"] == "demand"


def test_qualifying_participle_wins_over_governing_verb():
    text = "The envoy demanded a defence budget of 3% of GDP, above a previously suggested 2.5%."
    claims = claims_of(text, mention(text, "3%", 3), mention(text, "2.5%", 2.5))
    assert [c["claim_type"] for c in claims] == ["demand", "proposal"]
    assert claims[0]["compared_to"] == 2.5 and claims[1]["basis"] == "GDP"


def test_compared_base_is_actual():
    text = "The government plans to cut the budget deficit to 2.9% from 3.6% last year."
    claims = claims_of(text, mention(text, "2.9%", 2.9), mention(text, "3.6%", 3.6))
    assert [c["claim_type"] for c in claims] == ["commitment", "actual"]
    assert claims[0]["compared_to"] == 3.6


def test_future_is_commitment_for_instruments_forecast_for_outcomes():
    text = "The VAT rate will rise to 25%."
    assert claims_of(text, mention(text, "25%", 25))[0]["claim_type"] == "commitment"
    text = "The budget deficit will rise to 4% next year."
    assert claims_of(text, mention(text, "4%", 4))[0]["claim_type"] == "forecast"
