"""A participle with its agent right after a figure's phrase ("12 mln dlrs in emergency aid pledged by Japan", "40 mln
dlrs in military aid approved by Congress") names the body that acted on the figure, not the state named before it.
Own sentences; needs the gazetteer."""
import pytest

pytest.importorskip("pipeline.claims.gazetteer")

from helpers import pipeline_claim  # noqa: E402


def test_the_agent_of_a_participle_after_the_figure_acts_on_it():
    text = ("Honduras said it had not received the money. The report asks what happened to 12 mln dlrs in emergency aid "
            "pledged by Japan after the floods.")
    c = pipeline_claim(text, "12 mln")
    assert c["actor_code"] == "JPN"


def test_congress_approving_aid_is_the_united_states():
    text = ("Human rights groups want a full audit. The resolution also calls for an account of 40 mln dlrs in military "
            "aid approved by Congress in 1986 for El Salvador.")
    c = pipeline_claim(text, "40 mln")
    assert c["actor_code"] == "USA"
