"""A bare figure after "after", dated in a past or the current year, is the level before the sentence's own (anchor.AFTER_BARE
in own_anchor): "The draft keeps the deficit target at 4.1% of GDP next year, after 4.6% in 2025". A later year's figure
after "after" is not. Our own sentences, through the whole pipeline (dated 1 June 2025)."""
from helpers import pipeline_claims


def _types(text):
    return {c["figure_text"]: c["claim_type"] for c in pipeline_claims(text)}


def test_the_current_years_level_after_after_is_a_level_reached():
    types = _types("The budget proposal keeps the deficit ceiling at 4.1% of GDP next year, after 4.6% in 2025, the "
                   "finance ministry said.")
    assert types["4.6%"] == "actual"
    assert types["4.1% of GDP"] != "actual"


def test_a_later_years_figure_after_after_is_no_level_reached():
    types = _types("The budget proposal keeps the deficit ceiling at 4.1% of GDP next year, after which it falls to "
                   "3.5% in 2027, the finance ministry said.")
    assert types["3.5%"] != "actual"
