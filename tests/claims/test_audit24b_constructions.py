"""Constructions behind wrong actor/target fields in a second audit of untuned corpus claims (session 24, audit24b: the
scored claims of Reuters odd ids, BBC business/politics and Yle that audit24 did not judge). Own sentences in own words on
reported facts; needs the gazetteer.

- an aid sum in the money of the giver named with "from" after it ("India is to receive 104.65 mln stg in grants from
  Britain") is the receiver's figure and the giver's aid: the currency does not make the giver its owner
  (actors._given_from);
- a rejecting verb before another's plan or proposal that sizes the figure ("oppose the Commission's plan to raise two
  billion ECU") leaves the rejecter the actor and makes the plan's possessor the target (claim.REJECTED_PLAN).
"""
import pytest

pytest.importorskip("pipeline.claims.gazetteer")

from helpers import pipeline_claims  # noqa: E402


def _claims_of(claims: list[dict], figure: str) -> list[dict]:
    return [c for c in claims if c["figure_text"].replace("\n", " ").startswith(figure)]


# -- an aid sum in the giver's money -----------------------------------------------------------------------------------

@pytest.mark.parametrize("text, figure, giver, receiver", [
    ("India is to receive 104.65 mln stg in grants from Britain for its coal, zinc and lead industries.",
     "104.65 mln stg", "GBR", "IND"),
    ("China was to receive 470 billion yen in aid from Japan over the five years to 1989.", "470 billion yen", "JPN", "CHN"),
    ("China will get 810 billion yen in aid from Japan in the five years from 1990, officials said.",
     "810 billion yen", "JPN", "CHN"),
])
def test_an_aid_sum_in_the_givers_money_is_the_receivers(text, figure, giver, receiver):
    found = _claims_of(pipeline_claims(text), figure)
    assert [(c["metric"], c["actor_code"], c["target_code"]) for c in found] == [("development_aid", giver, receiver)]


# -- another's plan rejected --------------------------------------------------------------------------------------------

@pytest.mark.parametrize("text, figure, rejecter", [
    ("Britain and West Germany oppose the European Commission's plan to raise about two billion ECU a year through a tax "
     "on oils and fats.", "two billion ECU", ("GBR", "DEU")),
    ("The Netherlands opposed the European Commission's plan to hand out 500 billion euros in grants to member states.",
     "500 billion euros", ("NLD",)),
    ("Austria rejected the European Commission's proposal for 500 billion euros in grants.", "500 billion euros", ("AUT",)),
])
def test_a_rejected_plan_is_its_possessors_figure(text, figure, rejecter):
    found = _claims_of(pipeline_claims(text), figure)
    assert len(found) == 1
    c = found[0]
    assert c["claim_type"] == "rejection"
    assert c["actor_code"] in rejecter
    assert c["target_code"] == "EU"  # the Commission's plan (the tests are dated 2025)
