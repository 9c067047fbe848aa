"""A figure a projection noun holds as its content ("projections of ...", "the forecast ... is for a deficit of") stays
the rules' forecast against the learned model's level (projectionnoun.rules_stand; session 18, our own wording); a figure
dated in a year gone by of its own is not kept."""
from datetime import datetime, timezone

from helpers import pipeline_claim

from pipeline.claims import projectionnoun


def test_a_listed_item_of_projections_stays_a_forecast():
    text = ("\"The central bank's projections of two pct growth, three billion dlrs of (current account) surplus and four "
            "pct inflation looked sound in January.")
    assert pipeline_claim(text, "three billion")["claim_type"] == "forecast"


def test_what_a_projection_is_for_stays_a_forecast():
    text = ("\"The IMF projection, which rests on slower growth and higher rates, is for a deficit of about 140 billion "
            "dollars,\" the fund said.")
    assert pipeline_claim(text, "140 billion")["claim_type"] == "forecast"


def _claim(text: str, figure: str) -> dict:
    start = text.index(figure)
    return {"claim_type": "forecast", "char_start": start, "char_end": start + len(figure), "sentence": text}


def test_rules_stand_only_against_a_level_and_not_for_a_past_dated_figure():
    published = datetime(1987, 6, 1, tzinfo=timezone.utc)
    text = "The bank's projections of 2 pct growth, 4 billion dlrs of surplus and 3 pct inflation were kept."
    claim = _claim(text, "4 billion dlrs")
    assert projectionnoun.rules_stand(text, claim, "actual", 0, published)
    assert not projectionnoun.rules_stand(text, claim, "commitment", 0, published)
    dated = "Officials cited the projection of 41 billion, and 43.5 billion dlrs at end-1985."
    assert not projectionnoun.rules_stand(dated, _claim(dated, "43.5 billion dlrs"), "actual", 0, published)
    past = "Officials cited the projections of 2 pct growth, 4 billion dlrs in 1985 and more."
    assert not projectionnoun.rules_stand(past, _claim(past, "4 billion dlrs"), "actual", 0, published)
