"""claim_type constructions of session 25 (second claim_type branch, issue 3), each a mechanism for any article. Own
sentences (real, reported facts; own words).

- a subordinate clause's opener ("which", "when", "after", "if" ...) in an earlier sentence does not make a stance verb of
  the next sentence part of a closed condition or relative clause: the search for the opener stops at the sentence's
  end (stance._in_closed_condition, CONDITION_OPEN). Before, "... the plan, which aims to mobilise 800 billion euros over
  four years. Poland has asked for the largest share, 43.7 billion euros" dropped "asked" (the figure became a level
  reached), and "... when they set the new goal. Canada has pledged to reach, by 2035, 5%" dropped "pledged".
- a sum a named giver will give ("Finland will send Ukraine a 31st package of military aid worth 150 million euros") keeps
  the rules' commitment against the model's level reached or foreseen (futuregift.rules_stand, future_gift_verbs.csv;
  ANNOTATION.md claim_type: "will ... for itself"): the giving verb right after a future auxiliary governs the figure in
  its own clause, no other figure between.
- a level stated in the future with no act on it ("its expenses will be more than 88 billion euros", "will amount to
  34.6 pct of exports") keeps the rules' forecast against the model's commitment (futurelevel.rules_stand,
  future_level_words.csv; claimtype.LEVEL_BE; ANNOTATION.md claim_type: forecast).
"""
from datetime import datetime, timezone

import pytest

pytest.importorskip("pipeline.claims.gazetteer")


def _rules_claims(text: str) -> list[dict]:
    from pipeline.claims.frame import find_claims_rules
    from pipeline.quantities import find_mentions
    from pipeline.segment import split_sentences

    sentences = split_sentences(text)
    article = {"article_id": "t", "text": text, "title": None, "published": datetime(2025, 7, 1, tzinfo=timezone.utc)}
    return find_claims_rules(article, sentences, find_mentions(text, sentences))


def _claim(claims: list[dict], figure: str) -> dict:
    got = [c for c in claims if c["figure_text"] == figure]
    assert got, f"no claim for {figure!r}: {[c['figure_text'] for c in claims]}"
    return got[0]


# -- an opener in the sentence before ----------------------------------------------------------------------------------
@pytest.mark.parametrize("text, figure, claim_types", [
    ("NATO leaders met in The Hague in June when they set the new goal. Canada has pledged to reach, by 2035, 5% of GDP "
     "in defence spending.", "5% of GDP", ("commitment",)),
    ("Germany loosened its debt brake in March after the federal election. The government has pledged to lift defence "
     "spending, by 2029, to 3.5% of GDP.", "3.5% of GDP", ("commitment",)),
    ("Poland borders Ukraine, which Russia invaded in 2022. Poland has asked for the largest share, 43.7 billion euros, "
     "of the SAFE defence loans.", "43.7 billion euros", ("demand", "proposal")),
])
def test_an_opener_in_the_sentence_before_closes_no_verb_of_this_one(text, figure, claim_types):
    # (a sum a state asked for as its own share: a request, ANNOTATION.md blind set 19, not a level reached)
    assert _claim(_rules_claims(text), figure)["claim_type"] in claim_types


def test_a_condition_in_the_same_sentence_still_closes_its_verb():
    # the "if" clause's verb governs its own object only: the figure after its comma is the forecast's
    text = "If Congress approves 36 billion dlrs in spending cuts, the deficit would be 134 billion dlrs, the budget office said."
    assert _claim(_rules_claims(text), "134 billion dlrs")["claim_type"] == "forecast"


# -- a sum a giver will give -------------------------------------------------------------------------------------------
GIFTS = [
    ("The United States will send Ukraine a package of weapons worth 2.5 billion dollars, the Pentagon said on Thursday.",
     "2.5 billion dollars"),
    ("Britain will give Ukraine military aid worth 2.5 billion pounds in the coming year, Prime Minister Rishi Sunak said.",
     "2.5 billion pounds"),
    ("Japan will provide Ukraine with additional aid worth 5.5 billion dollars, Prime Minister Fumio Kishida said on Monday.",
     "5.5 billion dollars"),
]


@pytest.mark.parametrize("text, figure", GIFTS)
def test_a_sum_a_giver_will_give_is_its_commitment_and_stands(text, figure):
    from pipeline.claims import futuregift

    c = _claim(_rules_claims(text), figure)
    assert c["claim_type"] == "commitment" and c["actor_code"]
    assert futuregift.rules_stand(text, c, "actual", 0)
    assert futuregift.rules_stand(text, c, "forecast", 0)


@pytest.mark.parametrize("text, figure", [
    # a gift already made: no future auxiliary
    ("The United States sent Ukraine a package of weapons worth 2.5 billion dollars in January 2023.", "2.5 billion dollars"),
    # another figure between the giving verb and this one: the verb's own sum is the first
    ("Britain will give Ukraine 2.5 billion pounds in military aid this year, after 2.3 billion pounds in 2023.",
     "2.3 billion pounds"),
])
def test_no_future_gift_of_this_figure_leaves_the_model_its_reading(text, figure):
    from pipeline.claims import futuregift

    c = _claim(_rules_claims(text), figure)
    assert not futuregift.rules_stand(text, {**c, "claim_type": "commitment", "actor_code": c["actor_code"] or "GBR"},
                                      "actual", 0)


# -- a level stated in the future ---------------------------------------------------------------------------------------
def test_a_level_stated_in_the_future_stays_a_forecast_in_the_pipeline():
    from helpers import pipeline_claims

    text = "Purra says the state's income will be about 76 billion euros next year, but its expenses will be more than 88 billion euros."
    assert _claim(pipeline_claims(text), "88 billion euros")["claim_type"] == "forecast"


@pytest.mark.parametrize("text, figure", [
    ("Purra says the state's income will be about 76 billion euros next year, but its expenses will be more than 88 "
     "billion euros.", "88 billion euros"),
    ("Germany's net borrowing will be about 82 billion euros in 2025, the finance ministry said.", "82 billion euros"),
])
def test_the_rules_forecast_of_a_future_level_stands_against_a_commitment(text, figure):
    from pipeline.claims import futurelevel

    c = _claim(_rules_claims(text), figure)
    assert c["claim_type"] == "forecast"
    assert futurelevel.rules_stand(text, c, "commitment", 0)
    assert not futurelevel.rules_stand(text, c, "actual", 0)  # (only against a commitment)


@pytest.mark.parametrize("text, figure", [
    # an act on the figure between the auxiliary and it: a decision, no level stated
    ("The deficit will be cut to 3.1 billion guilders in 1988, the Dutch finance ministry said.", "3.1 billion guilders"),
    # a rate the state sets: the rules' commitment, nothing to keep
    ("The new tariff on Canadian goods will be 35%, the White House said.", "35%"),
])
def test_no_future_level_of_this_figure_leaves_the_model_its_reading(text, figure):
    from pipeline.claims import futurelevel

    c = _claim(_rules_claims(text), figure)
    assert not futurelevel.rules_stand(text, c, "commitment", 0)
