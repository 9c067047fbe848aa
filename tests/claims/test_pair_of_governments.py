""""The two governments", "both governments": the pair of states a story is about, not an organisation's members
(a group word after a pair count takes the story's state). Own sentences; needs the gazetteer."""
import pytest

pytest.importorskip("pipeline.claims.gazetteer")

from helpers import pipeline_claim  # noqa: E402

STORY = ("Australia's defence minister met U.S. officials in Canberra on Monday. NATO leaders meet next week. "
         "A ministry official denied that the two governments had discussed a figure of 3 per cent of GDP for "
         "defence spending.")


def test_two_governments_are_the_storys_states():
    c = pipeline_claim(STORY, "3 per cent")
    assert c["target_code"] == "AUS"
    assert c["actor_code"] in ("AUS", "USA", None)
