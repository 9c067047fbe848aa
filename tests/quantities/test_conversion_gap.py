"""The gap between a sum and its restatement in other money (extract.CONVERSION_GAP), defined once in the quantities stage
and read by the claims stage's type model too; sentences written for these tests."""
import pytest

from pipeline.quantities.extract import CONVERSION_GAP

from .helpers import mentions


@pytest.mark.parametrize("gap", [" (", "(", " ( about ", " (some ", "; ", ", or ", " or ", " or around "])
def test_restatement_gaps(gap):
    assert CONVERSION_GAP.fullmatch(gap)


@pytest.mark.parametrize("gap", [", ", " and ", " (of which ", " to "])
def test_no_restatement(gap):
    assert not CONVERSION_GAP.fullmatch(gap)


def test_bound_carries_into_the_restatement_only():
    got = [(m["surface"], m["bound"]) for m in mentions(
        "Denmark will spend more than 900m crowns ($130m) on frigates, or over 1bn crowns, 300m crowns of it on radars.")]
    assert got[:2] == [("900m crowns", "at_least"), ("$130m", "at_least")], got
    assert ("300m crowns", "exact") in got, got


def test_bound_carries_into_a_second_conversion_in_the_bracket():
    got = [(m["surface"], m["bound"]) for m in mentions("Estonia will spend up to 50m euros ($55m; £43m) on drones.")]
    assert got == [("50m euros", "at_most"), ("$55m", "at_most"), ("£43m", "at_most")], got


def test_type_model_reads_the_same_gap():
    from pipeline.claims import typemodel

    assert typemodel.CONVERSION_GAP is CONVERSION_GAP
    assert typemodel.HEAD_GAP.pattern.startswith(CONVERSION_GAP.pattern)
    assert typemodel.HEAD_GAP.fullmatch(", ")  # a part after a comma ("..., 572 mln dlrs of which") shares the head's type
