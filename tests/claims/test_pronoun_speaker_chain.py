""""he said" after an earlier "he told" stands for the same speaker, whose code the first pronoun took from the titled
speaker before it ("John Shilling, director of the World Bank's Moroccan division, said. ... he told a news conference.
... he added": the World Bank, not the story's state). Own sentences; needs the gazetteer."""
import pytest

pytest.importorskip("pipeline.claims.gazetteer")

from helpers import pipeline_claim  # noqa: E402

STORY = ("Tunisia is likely to obtain aid at a meeting with donors tomorrow, Anne Forbes, director of the World Bank's "
         "Tunisian division, said. "
         "\"Things are no longer impossible,\" she told a news conference. "
         "The rescheduling of 700 mln dlrs of official debt by the Paris Club had already encouraged donors, she added.")


def test_pronoun_chain_keeps_the_organisations_speaker():
    assert pipeline_claim(STORY, "700 mln")["actor_code"] == "WORLD_BANK"
