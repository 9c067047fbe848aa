"""Constructions behind wrong actor/target fields in a second audit of untuned corpus claims (session 24, audit24b: the
scored claims of Reuters odd ids, BBC business/politics and Yle that audit24 did not judge). Own sentences in own words on
reported facts; needs the gazetteer.

- an aid sum in the money of the giver named with "from" after it ("India is to receive 104.65 mln stg in grants from
  Britain") is the receiver's figure and the giver's aid: the currency does not make the giver its owner
  (actors._given_from).
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
