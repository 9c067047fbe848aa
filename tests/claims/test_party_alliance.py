"""A party or coalition whose name ends in "Alliance" ("Left Alliance", "Democratic Alliance", "Alliance Party") is no
name of the Atlantic alliance: the party speaks for its state's politics (ANNOTATION.md: opposition parties -> their state,
null also accepted), and an opposition saying its country should spend more presses the government rather than
committing to the figure. "The Atlantic Alliance" and "the alliance" stay NATO. Own sentences; needs the gazetteer."""
import pytest

pytest.importorskip("pipeline.claims.gazetteer")

from helpers import pipeline_claim  # noqa: E402


@pytest.mark.rules_layer  # (session 18's retrained type model overrides this construction's type)
def test_a_party_named_alliance_is_not_nato():
    text = ("Finland's government plans to spend 2.4% of GDP on defence next year. "
            "Finnish opposition party Left Alliance said the country should cut defence spending to 2% of GDP by 2028.")
    c = pipeline_claim(text, "2% of GDP")
    assert c["actor_code"] in ("FIN", None)
    assert c["target_code"] == "FIN"
    assert c["claim_type"] == "demand"


def test_alliance_party_before_party_noun():
    text = ("Canada's budget deficit reached 40 billion Canadian dollars last year. "
            "The Canadian Alliance Party said the government must bring the deficit below 20 billion Canadian dollars.")
    c = pipeline_claim(text, "20 billion")
    assert c["actor_code"] != "NATO"
    assert c["target_code"] == "CAN"


def test_the_atlantic_alliance_is_still_nato():
    text = "The Atlantic Alliance set a goal of 5% of GDP for defence spending at its summit in The Hague."
    c = pipeline_claim(text, "5% of GDP")
    assert c["actor_code"] == "NATO"
