"""A level whose sentence names no speaker, going on with another state's speaker, is relayed by that speaker, not
reported by the state that owns it ("..., the Austrian chancellor said. Bolivia's debts total 4.4 billion dlrs"):
ANNOTATION.md accepts that speaker or no one, never the owner. Own sentences; needs the gazetteer."""
import pytest

pytest.importorskip("pipeline.claims.gazetteer")

from helpers import pipeline_claim  # noqa: E402


def test_owners_level_relayed_by_another_states_speaker():
    text = ("Austria will give Peru 40 mln schillings in aid, Austrian Chancellor Franz Vranitzky said in Lima. "
            "Peru's debts total 14 billion dlrs.")
    c = pipeline_claim(text, "14 billion")
    assert c["target_code"] == "PER"
    assert c["actor_code"] in (None, "AUT")


def test_owners_own_speaker_keeps_the_state():
    text = ("Peru's finance minister said on Monday that exports were rising. "
            "Peru's debts total 14 billion dlrs.")
    assert pipeline_claim(text, "14 billion")["actor_code"] == "PER"
