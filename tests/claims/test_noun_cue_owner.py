"""The owner written right before a noun of asking, proposing or estimating ("a Thai request", "the World Bank's
recommendation", "official U.S. estimates") takes that stance, not the nearest name before it in the clause. An
organisation's goal or target is no such noun: a state that refuses it keeps the stance. Own sentences; needs the
gazetteer."""
import pytest

pytest.importorskip("pipeline.claims.gazetteer")

from helpers import pipeline_claim  # noqa: E402


def test_a_demonym_request_is_the_requesters():
    text = ("Sompong Amornvivat said Japan is expected to respond favourably to a Thai request to raise the aid level "
            "to 90 billion yen next year.")
    c = pipeline_claim(text, "90 billion")
    assert c["actor_code"] == "THA"


def test_an_organisations_recommended_aid_goes_to_the_storys_state():
    text = ("Donors pledged 900 mln dlrs in aid to Ghana at a meeting in Paris on Tuesday. "
            "The pledges were well above the World Bank's recommendation of 800 mln dlrs in aid for the coming year.")
    c = pipeline_claim(text, "800 mln")
    assert (c["actor_code"], c["target_code"]) == ("WORLD_BANK", "GHA")


def test_an_organisations_goal_refused_by_a_state_stays_the_states_rejection():
    text = "Portugal will not raise defence spending to the new NATO goal of 5% of GDP, its prime minister said."
    c = pipeline_claim(text, "5% of GDP")
    assert c["actor_code"] == "PRT"
