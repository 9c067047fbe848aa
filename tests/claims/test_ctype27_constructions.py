"""claim_type constructions of session 27 (ctype27: a government's own fiscal figures in budget stories). Own sentences in
own words on reported facts.

- a budget line that a government's own future act moves in the active voice ("The government will cut the deficit to",
  "the Treasurer said he would trim the deficit to") is its commitment: the rules' commitment stands against the learned
  model's forecast or level (futureact.rules_stand; ANNOTATION.md claim_type: commitment, the actor "will" ... it for
  itself; a government's own deficit or financing target is commitment); a document, measure or legislature as the
  subject ("the plan would cut", "Congress would raise"), a negated act and an intransitive move ("the deficit will fall
  to") are not covered;
- the size of a deficit or gap that an act does away with ("under orders to eliminate a 160 mln dlr deficit", "to close
  a budget gap of") or that an act answers ("froze wages amid ... a budget deficit of") is the level as it stands
  (actual; a gap foreseen, "a projected deficit of", a forecast), not the act's commitment (gaplevel.gap_type, and its
  rules_stand against the model's act types);
- growth or inflation that a budget or plan foresees or holds ("the budget foresees GDP growth of", "below the 2.25 pct
  growth forecast in the budget") is the government's forecast, not its plan (cuelexicon.ECONOMY_RATES); a budget's own
  line it foresees stays its commitment (ctype26).
"""
from datetime import datetime, timezone

import pytest

from pipeline.claims import futureact, gaplevel


def pipeline_claims(text: str, year: int = 1987) -> list[dict]:
    """Every claim of the article through the whole pipeline (the type model on), dated 20 March of `year`."""
    from pipeline.evaluation.claims import predict

    article = {"article_id": "t", "text": text, "title": None, "published": datetime(year, 3, 20, tzinfo=timezone.utc),
               "source": "test", "url": None, "input_path": "t", "input_record": None}
    return predict(article)


def _claim(text: str, figure: str, claim_type: str = "commitment", metric: str = "fiscal_deficit") -> dict:
    start = text.index(figure)
    return {"claim_type": claim_type, "metric": metric, "char_start": start, "char_end": start + len(figure),
            "sentence": text}


# -- a government's own future act in the active voice ----------------------------------------------------------------

@pytest.mark.parametrize("text, figure, metric", [
    ("Britain's chancellor Nigel Lawson said the government would cut the public sector borrowing requirement to 4 "
     "billion stg in 1987/88.", "4 billion stg", "fiscal_deficit"),
    ("India will cut its fiscal deficit to 4.4% of GDP in the year starting April, Finance Minister Nirmala Sitharaman "
     "said.", "4.4% of GDP", "fiscal_deficit"),
    ("France's prime minister said the government would reduce the deficit to 5.4% of GDP in 2025.", "5.4% of GDP",
     "fiscal_deficit"),
    ("Germany will raise its defence budget to about 62 billion euros in 2025, the finance ministry said.",
     "62 billion euros", "defense_spending"),
    ("Prime Minister Keir Starmer said Britain would increase defence spending to 2.5% of GDP by 2027.", "2.5% of GDP",
     "defense_spending"),
    ("Britain will cut overseas aid to 0.3% of gross national income by 2027, the prime minister said.",
     "0.3% of gross national income", "development_aid"),
])
def test_a_governments_own_future_act_keeps_the_rules_commitment(text, figure, metric):
    claim = _claim(text, figure, "commitment", metric)
    assert futureact.rules_stand(text, claim, "forecast", 0)
    assert futureact.rules_stand(text, claim, "actual", 0)
    assert not futureact.rules_stand(text, claim, "proposal", 0)  # (only against a forecast or a level)
    assert not futureact.rules_stand(text, _claim(text, figure, "forecast", metric), "actual", 0)  # (the rules' commitment only)


@pytest.mark.parametrize("text, figure, metric", [
    # a document, measure or legislature acting: its effect or its proposal, other modules' constructions
    ("The Chiles plan would cut the deficit by 37 billion dlrs in fiscal 1988.", "37 billion dlrs", "fiscal_deficit"),
    ("Congress would cut the 1988 deficit by about 38 billion dlrs under the House budget.", "38 billion dlrs",
     "fiscal_deficit"),
    ("The measures would cut the deficit by 100 mln dlrs in fiscal 1988, officials said.", "100 mln dlrs",
     "fiscal_deficit"),
    # a negated act, and a move with no agent
    ("Spain's government said it will not raise defence spending to 5% of GDP.", "5% of GDP", "defense_spending"),
    ("India's fiscal deficit will fall to 4.4% of GDP next year, the finance ministry said.", "4.4% of GDP",
     "fiscal_deficit"),
])
def test_no_government_act_is_not_kept(text, figure, metric):
    assert not futureact.rules_stand(text, _claim(text, figure, "commitment", metric), "forecast", 0)


def test_a_governments_act_in_a_budget_story_is_its_commitment():
    # (through the pipeline, the type model on: the dateline names the state)
    text = ("OTTAWA, Feb 18 - Finance Minister Michael Wilson said the federal deficit was 32 billion Canadian dlrs in "
            "1986/87. The government will cut the deficit to 29.3 billion dlrs in 1987/88, he said.")
    got = {c["figure_text"]: c["claim_type"] for c in pipeline_claims(text)}
    assert got.get("29.3 billion dlrs") == "commitment"


# -- growth or inflation a budget foresees is a forecast --------------------------------------------------------------

@pytest.mark.parametrize("text, figure", [
    ("The budget foresees GDP growth of three pct in 1987.", "three pct"),
    ("Britain's March budget foresees economic growth of three pct this year.", "three pct"),
    ("Treasurer Paul Keating now expects growth below the 2.25 pct forecast in the 1986/87 budget.", "2.25 pct"),
    ("British inflation has come in lower than the four pct foreseen in the March budget.", "four pct"),
])
def test_growth_or_inflation_a_budget_foresees_is_a_forecast(text, figure):
    got = {c["figure_text"]: c["claim_type"] for c in pipeline_claims(text)}
    assert got.get(figure) == "forecast"


@pytest.mark.parametrize("text, figure, claim_type", [
    # a budget line the budget foresees stays the plan's (ctype26); a growth target stays a commitment
    ("Germany's draft budget for 2025 foresees net borrowing of 44 billion euros.", "44 billion euros", "proposal"),
    ("Argentina is aiming at four pct growth in 1987 and has said this target is not negotiable.", "four pct",
     "commitment"),
])
def test_a_budget_line_or_a_growth_target_stays_a_plan(text, figure, claim_type):
    got = {c["figure_text"]: c["claim_type"] for c in pipeline_claims(text)}
    assert got.get(figure) == claim_type


# -- a level a restated figure is set against -----------------------------------------------------------------------------

@pytest.mark.parametrize("text, figure", [
    ("Britain's economy grew 2.6 pct in 1986. The rise was slightly above the 2.5 pct growth the government had forecast "
     "for the year.", "2.5 pct"),
    ("Canada's economy grew 3.1 pct in 1986. The rise was also just below the 3.3 pct growth rate Finance Minister "
     "Michael Wilson predicted in his budget.", "3.3 pct"),
])
def test_a_forecast_a_restated_rise_is_set_against_stays_a_forecast(text, figure):
    # ("The rise was ..." restates the sentence before; the level after "below"/"above" is the forecast it is set
    # against, not the restatement: ruletype.RESTATES_PREVIOUS)
    got = {c["figure_text"]: c["claim_type"] for c in pipeline_claims(text)}
    assert got.get(figure) == "forecast"


def test_a_restated_figure_still_takes_the_claim_before():
    text = ("South Korea's cabinet approved a defence budget of 66.3 trillion won for 2026. The figure is equal to about "
            "2.4% of GDP.")
    got = {c["figure_text"]: c["claim_type"] for c in pipeline_claims(text, 2025)}
    assert got.get("2.4% of GDP") == got.get("66.3 trillion won")


# -- the size of a gap an act does away with or answers ------------------------------------------------------------------

@pytest.mark.parametrize("text, figure, year", [
    ("Canada Post was under government orders to eliminate a deficit of about 160 mln U.S. dlrs by 1988.", "160 mln",
     1987),
    ("Zimbabwe froze wages and prices amid a severe drought, a budget deficit of more than one billion Zimbabwean dlrs "
     "and heavy debt-service costs.", "one billion", 1987),
    ("EC leaders met in Brussels in June with plans for plugging a 5.7 billion dollar budget shortfall for this year.",
     "5.7 billion", 1987),
])
def test_a_gap_an_act_does_away_with_is_its_level_now(text, figure, year):
    got = {c["figure_text"]: c["claim_type"] for c in pipeline_claims(text, year)}
    assert [t for f, t in got.items() if f.startswith(figure)] == ["actual"]


def test_a_gap_foreseen_is_a_forecast_and_an_act_on_the_deficit_is_not_a_gap():
    text = "Congress sought to close part of a projected deficit of about 171 billion dlrs for fiscal 1988."
    start = text.index("171 billion")
    assert gaplevel.gap_level(text, 0, start, start + len("171 billion dlrs"), len(text)) == "forecast"
    text = "India plans to cut its fiscal deficit to 4.4% of GDP in the year starting April."
    start = text.index("4.4%")
    assert gaplevel.gap_level(text, 0, start, start + len("4.4% of GDP"), len(text)) is None


def test_the_gap_level_stands_against_the_models_act():
    text = "Canada Post was under government orders to eliminate a deficit of about 160 mln U.S. dlrs by 1988."
    claim = _claim(text, "160 mln U.S. dlrs", "actual")
    assert gaplevel.rules_stand(text, claim, "commitment", 0)
    assert not gaplevel.rules_stand(text, claim, "forecast", 0)  # (only against an act's type)
    assert not gaplevel.rules_stand(text, _claim(text, "160 mln U.S. dlrs", "actual", "public_spending"), "commitment", 0)
