"""The gap between a state's spending and its income in every form of the comparing verb, and the margin "by" which one passes
the other (sentences written for these tests)."""
import pytest
from helpers import pipeline_claim
from pipeline.claims.lexicon import CueSet


@pytest.mark.parametrize("text, figure", [
    ("Ruritania's government spending exceeded revenue by 12 billion crowns in the year to March.", "12 billion"),
    ("The Ruritanian budget for 1988 projects expenditure exceeding income by 2.1 billion dinars.", "2.1 billion"),
    ("Ruritania's finance ministry said outlays exceed receipts by 900 mln dlrs this year.", "900 mln"),
    ("The Ruritanian treasury said spending outstripped revenue by 4 billion crowns last year.", "4 billion"),
    ("Ruritania's spending is outstripping revenues by 3 billion dinars a year, the finance minister said.", "3 billion"),
])
def test_every_form_of_the_verb_sizes_the_balance(text, figure):
    assert pipeline_claim(text, figure)["metric"] == "fiscal_deficit"


def test_the_side_before_the_margin_keeps_its_own_noun():
    # the total named before the comparing clause is spending; only the margin after "by" is the gap
    text = ("The Ruritanian draft budget foresees spending of 40 billion crowns next year, exceeding revenue by 3.5 billion "
            "crowns, the finance minister said.")
    assert pipeline_claim(text, "40 billion")["metric"] == "public_spending"
    assert pipeline_claim(text, "3.5 billion")["metric"] == "fiscal_deficit"


def test_a_stem_opening_a_longer_phrase_takes_any_ending():
    cues = CueSet([{"cue": "exceed* revenue*"}, {"cue": "revenue"}])
    found = [(h.entry["cue"], h.start) for h in cues.finditer("spending exceeding revenues and exceeded revenue; exceeds")]
    assert found == [("exceed* revenue*", 9), ("exceed* revenue*", 32)]
    # the stem alone, with no second word after it, opens nothing
    assert [h.entry["cue"] for h in cues.finditer("costs exceeded forecasts")] == []
