"""A standing rule no state in its sentence owns ("the current 3% limit", "the 60% allowed under the pact") is the rule
of the organisation the article names; a state named in the sentence or a national law keeps it the state's (own
sentences; needs the gazetteer)."""
import pytest

pytest.importorskip("pipeline.claims.gazetteer")

from helpers import pipeline_claim  # noqa: E402


def claim(text, figure):
    c = pipeline_claim(text, figure)
    return (c["claim_type"], c["target_code"])


EU_STORY = ("EU finance ministers met in Brussels to discuss the European Union's fiscal rules. ")


def test_rule_of_the_organisation_the_story_names():
    text = EU_STORY + "Some ministers argued that deficits above the current 3% limit should be tolerated during a recession."
    assert claim(text, "3%") == ("benchmark", "EU")


def test_rule_in_a_state_named_in_the_sentence_stays_the_states():
    text = EU_STORY + "In Portugal, the budget deficit is limited to a maximum of 2.5 percent."
    assert claim(text, "2.5 percent")[1] == "PRT"


def test_national_law_stays_the_states():
    text = ("NATO allies meet in The Hague next week. Lithuania plans to spend 5% of GDP on defence. "
            "A law passed in 2022 requires defence spending of at least 2.5% of GDP every year.")
    assert claim(text, "2.5%")[1] == "LTU"
