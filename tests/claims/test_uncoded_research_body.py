"""A research unit the contract codes as no one (uncoded_bodies.csv) speaks for the sentences that go on with "it said":
their levels and forecasts have a null actor, whatever state they are about, and so has a figure of another stance that
"it" (the unit's pronoun) states. A forecasting verb's object before "to" ("expected Italy to run") and a gapped clause
("and Spain a 20 billion euro deficit") say whose figure it is. Own sentences; needs the gazetteer."""
import pytest

pytest.importorskip("pipeline.claims.gazetteer")

from helpers import pipeline_roles as roles  # noqa: E402


UNIT = ("Growth in the big industrial economies will slow next year, the Westbury Intelligence Unit (WIU) said. "
        "The independent research organisation said in its quarterly outlook that import demand would stay weak. "
        "It said the French current account deficit looked likely to widen to 9 billion dlrs next year. "
        "It said it expected Italy to run a current account deficit of 6 billion dlrs and Spain a 4 billion dlr deficit.")


def test_owner_named_as_the_subject_of_likely_is_not_the_forecaster():
    assert roles(UNIT, "9 billion") == (None, "FRA")


def test_object_of_expected_before_to_owns_the_figure():
    assert roles(UNIT, "6 billion") == (None, "ITA")


def test_gapped_clause_after_and_owns_its_figure():
    assert roles(UNIT, "4 billion") == (None, "ESP")


def test_named_research_unit_speaks_in_its_own_sentence():
    text = ("The Economist Intelligence Unit said Canada's budget deficit would narrow to 25 billion Canadian dlrs "
            "in 1988.")
    assert roles(text, "25 billion")[0] is None


def test_figure_of_another_stance_stated_by_the_units_pronoun():
    text = ("The government should trim spending, the Harlow Research Group said on Friday. Cuts of 3 billion "
            "Australian dlrs would be too small against a 10 billion dlr deficit, it said.")
    assert roles(text, "3 billion")[0] is None


def test_a_ministry_saying_it_keeps_the_state():
    # no uncoded body speaks: "it said" goes on with the ministry's own statement
    text = ("Sweden's finance ministry said on Monday the economy was recovering. It said it expected the budget "
            "deficit to shrink to 20 billion crowns next year.")
    assert roles(text, "20 billion")[0] == "SWE"
