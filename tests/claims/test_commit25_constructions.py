"""claim_type constructions of session 25 (issue 3: a gold commitment read as actual or forecast, and the reverse), each
a mechanism for any article. Own sentences (real facts, own words).

- a past participle of a decision right after the figure (or its noun) that a past time follows ("the 6,000 billion yen
  package announced last month", "the 150 billion euro SAFE loan programme agreed in May"): the time dates the act, the
  figure is the one decided then, not a level reached (anchor._dated_act_after; ANNOTATION.md: a decision taken in a past
  year is a commitment, whatever its year);
- a forecast participle after a comma that qualifies a later figure (", from an expected 5.4% in 2025", ", from a forecast
  1.4% this year") is that figure's own word, not a forecaster credited with the plan before it (actors.forecast_after):
  "aims to cut the deficit to 4.7% of GDP next year, from an expected 5.4%" is the government's commitment;
- a state's own target named in a forecast's sentence with the figure inside its noun phrase ("above the government's
  2.53% target") is its commitment, kept against the model's forecast (owntarget; ANNOTATION.md fresh actor set);
- a decision's participle right after the figure ("the 0.5% planned when parliament passed the budget") keeps the rules'
  commitment against the model's level or forecast (anchor.decision_participle_stands), not for an economy's outcome;
- the level a changed target moves from ("raised its 2025 budget deficit target to 4.1% of GDP from 3.7%") is the earlier
  target, a commitment, not a level reached (owntarget.moved_target_type; ANNOTATION.md: original and raised targets).
"""
from datetime import datetime, timezone

import pytest

pytest.importorskip("pipeline.claims.gazetteer")

from helpers import rules_claims, claim_with as _claim  # noqa: E402


def _rules_claims_dated(text: str, published: datetime) -> list[dict]:
    from pipeline.claims.frame import find_claims_rules
    from pipeline.quantities import find_mentions
    from pipeline.segment import split_sentences

    sentences = split_sentences(text)
    article = {"article_id": "t", "text": text, "title": None, "published": published}
    return find_claims_rules(article, sentences, find_mentions(text, sentences))


# -- a decision participle dated in the past ----------------------------------------------------------------------------
@pytest.mark.parametrize("text, figure", [
    ("Nakasone took the 6,000 billion yen package announced last month to the Venice summit.", "6,000 billion yen"),
    ("The European Union began paying out the 150 billion euro SAFE loan programme agreed in May.", "150 billion euro"),
    ("Washington is spending the 1.2 trillion dollar infrastructure package approved in 2021 on roads, bridges and "
     "broadband.", "1.2 trillion dollar"),
])
def test_a_figure_decided_at_a_past_time_is_the_decision(text, figure):
    c = _claim(_rules_claims_dated(text, datetime(1987, 6, 10, tzinfo=timezone.utc)) if "Nakasone" in text
               else rules_claims(text), figure)
    assert c["claim_type"] == "commitment"


def test_a_level_reached_at_a_past_time_stays_a_level():
    # no decision participle between the figure and its time: the level of that time
    text = "Japan's current account surplus rose to 7.38 billion dlrs in February, the Finance Ministry said."
    c = _claim(_rules_claims_dated(text, datetime(1987, 3, 27, tzinfo=timezone.utc)), "7.38 billion dlrs")
    assert c["claim_type"] == "actual"


# -- a forecast participle of the next figure credits no forecaster -----------------------------------------------------
@pytest.mark.parametrize("text, figure, other, other_type", [
    ("Italy aims to cut its deficit to 2.8% of GDP in 2026, from an expected 3% in 2025.", "2.8% of GDP", "3%", "forecast"),
    ("Poland plans a deficit of 6.5% of GDP in 2026, from a forecast 6.9% this year.", "6.5% of GDP", "6.9%", "forecast"),
    ("The budget aims to cut France's deficit to 4.7% of GDP next year, from an expected 5.4% in 2025.", "4.7% of GDP",
     "5.4%", "forecast"),
])
def test_a_plan_before_a_forecast_level_it_moves_from_stays_the_plan(text, figure, other, other_type):
    claims = rules_claims(text)
    assert _claim(claims, figure)["claim_type"] == "commitment"
    assert _claim(claims, other)["claim_type"] == other_type


def test_a_forecaster_credited_after_the_figure_still_makes_a_forecast():
    text = "The U.S. federal deficit will reach 1.9 trillion dollars in fiscal 2025, the Congressional Budget Office projected."
    c = _claim(rules_claims(text), "1.9 trillion dollars")
    assert c["claim_type"] == "forecast"


# -- a state's own target with the figure inside its noun phrase, named in a forecast's sentence ------------------------
@pytest.mark.parametrize("text, figure", [
    ("Indonesia's finance ministry expects the 2025 budget deficit at 2.78% of GDP, above the government's 2.53% target.",
     "2.53%"),
    ("Analysts expected Britain's PSBR for 1987/88 to undershoot the Treasury's four billion stg target.", "four billion stg"),
    ("Canada's 2023-24 deficit came in at 61.9 billion Canadian dollars, well above the government's 40.1 billion dollar "
     "target.", "40.1 billion dollar"),
])
def test_a_states_own_target_in_a_forecasts_sentence_is_its_commitment(text, figure):
    from helpers import pipeline_claim
    assert pipeline_claim(text, figure)["claim_type"] == "commitment"


def test_the_own_target_noun_after_the_figure_stands_against_the_model():
    from pipeline.claims import owntarget
    text = "Indonesia's finance ministry expects the 2025 budget deficit at 2.78% of GDP, above the government's 2.53% target."
    start = text.index("2.53%")
    claim = {"claim_type": "commitment", "char_start": start, "char_end": start + len("2.53%"), "actor_code": "IDN"}
    assert owntarget.rules_stand(text, claim, "forecast", 0)
    assert owntarget.rules_stand(text, claim, "benchmark", 0)
    # an organisation's possessive names a standing rule, not the state's own target
    text = "Spain's defence spending is seen at 1.3% of GDP this year, far below the Alliance's 2% target."
    start = text.index("2%")
    claim = {"claim_type": "commitment", "char_start": start, "char_end": start + 2, "actor_code": "ESP"}
    assert not owntarget.rules_stand(text, claim, "benchmark", 0)
    # no target noun closing the figure's phrase: nothing to keep
    text = "Indonesia's finance ministry expects the government's 2.78% deficit to narrow next year."
    start = text.index("2.78%")
    claim = {"claim_type": "commitment", "char_start": start, "char_end": start + 5, "actor_code": "IDN"}
    assert not owntarget.rules_stand(text, claim, "forecast", 0)


# -- the level a changed target moves from is the earlier target ------------------------------------------------------
@pytest.mark.parametrize("text, old, new", [
    ("Hungary raised its 2025 budget deficit target to 4.1% of GDP from 3.7%.", "3.7%", "4.1% of GDP"),
    ("Lawson cut the government's public sector borrowing target for 1987/88 to four billion stg from 7.1 billion stg.",
     "7.1 billion stg", "four billion stg"),
    ("South Korea raised its 1987 current account surplus target to seven billion dlrs from five billion dlrs.",
     "five billion dlrs", "seven billion dlrs"),
    ("Brazil cut its 2025 primary surplus target to zero from 0.5% of GDP.", "0.5% of GDP", None),
])
def test_the_level_a_changed_target_moves_from_is_the_earlier_target(text, old, new):
    claims = rules_claims(text)
    assert _claim(claims, old)["claim_type"] == "commitment"
    if new is not None:
        assert _claim(claims, new)["claim_type"] == "commitment"


def test_the_level_a_budget_moves_from_stays_a_level():
    # no target noun changed: the figure it rises from is the level reached
    claims = rules_claims("Japan raised its defence budget for fiscal 2023 to 6.8 trillion yen from 5.4 trillion yen.")
    assert _claim(claims, "5.4 trillion yen")["claim_type"] == "actual"
    assert _claim(claims, "6.8 trillion yen")["claim_type"] == "commitment"


def test_the_earlier_target_stands_against_the_model():
    from pipeline.claims import owntarget
    text = "Hungary raised its 2025 budget deficit target to 4.1% of GDP from 3.7%."
    start = text.index("3.7%")
    claim = {"claim_type": "commitment", "char_start": start, "char_end": start + 4, "actor_code": "HUN"}
    assert owntarget.rules_stand(text, claim, "actual", 0)
    text = "Japan raised its defence budget for fiscal 2023 to 6.8 trillion yen from 5.4 trillion yen."
    start = text.index("5.4 trillion")
    claim = {"claim_type": "commitment", "char_start": start, "char_end": start + 16, "actor_code": "JPN"}
    assert not owntarget.rules_stand(text, claim, "actual", 0)
