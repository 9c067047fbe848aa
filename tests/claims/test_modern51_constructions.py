"""Constructions found by probing the modern51 set's stances (session 25, write25b), each a mechanism for any article. Own
sentences in own words on 2019-25 reporting (figures as reported); needs the gazetteer.

- a request another party makes that the subject resists ("Tokyo has resisted U.S. calls to raise defence spending to 3.5%
  of GDP", "Sanchez defied Trump's demand for 5%"): the figure asked for is the subject's refusal (resistedcall: a rejection
  cue on the verb, only with a request noun after it; "dismissed reports", "a bank resisted a rescheduling" refuse nothing);
- a figure asked for in another state's request that a state refuses ("rebuffed the Pentagon's pressure to lift defence
  spending to 3.5%", "resisted U.S. demands that it spend 3.5%") is the refuser's own figure, not the requester's
  (resistedcall.refused_request_target; ANNOTATION.md, modern37: target the refusing state);
- a bare share such a request asks for, shortly after a defence claim, goes on with the story ("Tokyo has resisted U.S.
  calls to go to 3.5% of GDP": story._bare_share reads the refusal as a stance).
"""
import pytest

pytest.importorskip("pipeline.claims.gazetteer")

from helpers import pipeline_claims, rules_claims, claim_starting as _claim  # noqa: E402

TITLE = "Allies and the U.S. push for higher defence spending"


# -- resisting a request refuses the figure it asks for ------------------------------------------------------------------

RESISTED = [
    ("Tokyo has resisted U.S. calls to raise defence spending to 3.5% of GDP.", "3.5%", "JPN"),
    ("Ottawa long resisted U.S. calls to spend 2% of GDP on defence.", "2%", "CAN"),
    ("Madrid resisted Washington's demands to lift defence spending to 5% of GDP.", "5%", "ESP"),
    ("Spanish Prime Minister Pedro Sanchez defied Trump's demand for 5% of GDP in defence spending.", "5%", "ESP"),
    ("Canberra brushed off Pentagon pressure to raise defence spending to 3.5% of GDP.", "3.5%", "AUS"),
]


@pytest.mark.parametrize("text, figure, refuser", RESISTED)
def test_a_resisted_request_is_the_subjects_refusal(text, figure, refuser):
    c = _claim(pipeline_claims(text, TITLE), figure)
    assert (c["metric"], c["claim_type"], c["actor_code"], c["target_code"]) == \
        ("defense_spending", "rejection", refuser, refuser)


@pytest.mark.parametrize("text, figure, refuser", RESISTED[:3])
def test_the_rules_read_the_resisted_request_as_a_refusal(text, figure, refuser):
    c = _claim(rules_claims(text, TITLE), figure)
    assert (c["claim_type"], c["actor_code"]) == ("rejection", refuser)


@pytest.mark.parametrize("text, figure", [
    ("Defying expectations, Poland's economy grew 2.9% in 2024.", "2.9%"),
    ("Resisting the slowdown, India's economy grew 6.5% in the 2024-25 fiscal year.", "6.5%"),
])
def test_the_verbs_without_a_request_refuse_nothing(text, figure):
    assert _claim(pipeline_claims(text, TITLE), figure)["claim_type"] != "rejection"


# -- a refused request's figure is the refuser's ---------------------------------------------------------------------------

@pytest.mark.parametrize("text, figure, refuser", [
    ("Canberra rebuffed the Pentagon's pressure to lift defence spending to 3.5% of GDP.", "3.5%", "AUS"),
    ("Madrid rejected Washington's demand for 5% of GDP in defence spending.", "5%", "ESP"),
    ("Ishiba's government resisted U.S. demands that it spend 3.5% of GDP on defence.", "3.5%", "JPN"),
    ("Spain's government rejected U.S. calls to spend 5% of GDP on its military.", "5%", "ESP"),
])
def test_a_refused_requests_figure_is_the_refusers(text, figure, refuser):
    c = _claim(pipeline_claims(text, TITLE), figure)
    assert (c["claim_type"], c["actor_code"], c["target_code"]) == ("rejection", refuser, refuser)


# -- a bare share a resisted request asks for goes on with the defence story ----------------------------------------------

@pytest.mark.parametrize("text, figure, refuser", [
    ("Japan plans to raise defence and related spending to 2% of GDP in fiscal 2027. Tokyo has resisted U.S. calls to go "
     "to 3.5% of GDP.", "3.5%", "JPN"),
    ("Australia spends about 2% of GDP on defence. Canberra brushed off the Pentagon's push for 3.5%.", "3.5%", "AUS"),
    ("Spain spent about 1.3% of GDP on defence in 2024. Madrid resisted Washington's calls to go to 5%.", "5%", "ESP"),
])
def test_a_bare_share_a_resisted_request_asks_for_is_defence(text, figure, refuser):
    c = _claim(pipeline_claims(text, TITLE), figure)
    assert (c["metric"], c["claim_type"], c["actor_code"], c["target_code"]) == \
        ("defense_spending", "rejection", refuser, refuser)
