"""A figure no speaker states whose sentence opens with a coded organisation as its subject ("The World Bank granted
...", "The Commission, facing a ... deficit, ...") is the organisation's, not the state of the story (own sentences;
needs the gazetteer)."""
import pytest

pytest.importorskip("pipeline.claims.gazetteer")

from helpers import pipeline_roles as roles  # noqa: E402


def test_lender_opening_the_sentence_grants_the_loan():
    text = ("NAIROBI, May 4 - Kenya's foreign debt has risen sharply. The World Bank on Tuesday granted Kenya a 750 mln "
            "dlr structural adjustment loan.")
    assert roles(text, "750 mln dlr") == ("WORLD_BANK", "KEN")


def test_commission_facing_its_own_deficit():
    text = ("BONN, June 3 - West German farmers protested on Tuesday. The Commission, facing a four billion euro budget "
            "deficit by the end of the year, has threatened to stop paying some farm subsidies from August, unless member "
            "states provide fresh funds.")
    assert roles(text, "four billion euro") == ("EU", "EU")


def test_state_subject_keeps_its_own_figure():
    text = ("BONN, June 3 - The cabinet met on Tuesday. The budget deficit will rise to 25 billion marks next year, "
            "the finance ministry said.")
    assert roles(text, "25 billion marks") == ("DEU", "DEU")


def test_organisation_opening_after_the_dateline():
    text = ("PARIS, Nov 17 - The European Commission has forecast that France's budget deficit will narrow to about 4.7% of "
            "gross domestic product next year as Paris borrows heavily for defence, from 5.4% in 2025.")
    assert roles(text, "5.4%") == ("EU", "FRA")
