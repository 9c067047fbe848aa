""""its" before a figure and its metric noun ("its 108 billion dlr foreign debt") owns the figure when it stands for the
state that is the nearest name before it and no object (owners.py, _pronoun_names_subject): not an organisation ("let
the IMF reschedule its debt"), not a state named as a preposition's object or inside an aside. Own sentences; needs the
gazetteer."""
import pytest

pytest.importorskip("pipeline.claims.gazetteer")

from helpers import pipeline_claim  # noqa: E402


def target(text, figure):
    return pipeline_claim(text, figure)["target_code"]


def test_its_after_a_possessive_subject():
    text = ("WASHINGTON, May 4 - Argentina's decision to stop paying interest on its 52 billion dlr foreign debt worries "
            "creditors, a U.S. official said.")
    assert target(text, "52 billion") == "ARG"


def test_its_after_a_plain_subject():
    text = "WASHINGTON, May 4 - U.S. banks said Brazil halted payments on its 68 billion dlr foreign debt in February."
    assert target(text, "68 billion") == "BRA"


def test_its_after_an_object_is_not_taken():
    # "its" read as the United States, the object of "with": not the owner; the speaker's country stays
    text = ("SEOUL, May 4 - South Korea's trade minister said the purchases would trim a surplus with the United States and "
            "also cut its 5.6 billion dlr shortfall with Japan.")
    assert target(text, "5.6 billion") != "USA"
