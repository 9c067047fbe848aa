"""An official of an organisation's unit named after a state ("director of the World Bank's Kenyan division") speaks for
the organisation; the state the sentence opens with owns the figure (own sentences; needs the gazetteer)."""
import pytest

pytest.importorskip("pipeline.claims.gazetteer")

from helpers import pipeline_claim  # noqa: E402


def test_director_of_an_organisations_country_division():
    text = ("Kenya, helped by a recovery in tea exports, is likely to obtain over 250 mln dlrs of development aid at a "
            "donors' meeting next week, Anne Morrow, director of the World Bank's Kenyan division, said.")
    c = pipeline_claim(text, "250 mln")
    assert (c["actor_code"], c["target_code"]) == ("WORLD_BANK", "KEN")


def test_he_goes_on_with_the_organisations_official_past_a_passive_verb():
    # "it will be put to good use": a passive reporting verb has no speaker for a subject; "he" is the official
    text = ("Kenya is likely to obtain more development aid this year, Anne Morrow, director of the World Bank's Kenyan "
            "division, said. \"We are aiming for 300 mln dlrs in new aid and if we can get more it will be put to good "
            "use,\" he told a news conference.")
    assert pipeline_claim(text, "300 mln")["actor_code"] == "WORLD_BANK"
