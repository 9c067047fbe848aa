"""The state a rule or programme forces, obliges, requires or lets reach a figure ("would force Britain to run a budget
surplus of 1%") owns the figure, not the organisation whose rule it is (causative_verbs.csv). Own sentences; needs the
gazetteer."""
import pytest

pytest.importorskip("pipeline.claims.gazetteer")

from helpers import pipeline_claim  # noqa: E402


def test_state_forced_by_an_organisations_rule():
    text = ("The finance minister said the EU's planned changes to the stability pact would force Denmark to run a "
            "budget surplus of 0.5% over the cycle.")
    assert pipeline_claim(text, "0.5%")["target_code"] == "DNK"


def test_state_required_by_a_programme():
    text = "The IMF programme requires Pakistan to hold the budget deficit at 4.5% of GDP next year."
    assert pipeline_claim(text, "4.5%")["target_code"] == "PAK"
