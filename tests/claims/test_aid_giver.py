"""The giver of an aid sum, not the state it goes to: a coded giver named with "from" right after the sum, and donors named
by no code ("Donors pledged ...") leave no actor (ANNOTATION.md, fresh roles set). Own sentences; needs the gazetteer."""
import pytest

pytest.importorskip("pipeline.claims.gazetteer")

from helpers import pipeline_claim  # noqa: E402


def test_giver_named_with_from_after_the_sum():
    text = "Ukraine will receive 20 billion dollars in economic aid from the United States this year, officials said."
    assert pipeline_claim(text, "20 billion dollars")["actor_code"] == "USA"


def test_grant_from_an_organisation():
    text = "Tanzania will get a grant of 80 mln dlrs from the World Bank next year, officials said."
    assert pipeline_claim(text, "80 mln dlrs")["actor_code"] == "WORLD_BANK"


def test_unnamed_donors_pledge():
    text = "Donors pledged 5 billion euros in aid for the reconstruction of Ukraine at a conference in Rome on Thursday."
    c = pipeline_claim(text, "5 billion euros")
    assert c["actor_code"] is None and c["target_code"] == "UKR"


def test_the_givers_own_pledge_stays_its_own():
    text = "Japan, the largest donor, pledged 90 billion yen in aid to Indonesia for the coming year."
    assert pipeline_claim(text, "90 billion yen")["actor_code"] == "JPN"


def test_a_name_inside_a_compound_gives_nothing():
    text = ("Manila will seek 400 mln dlrs in concessional aid this year from a World Bank-led consultative group, the "
            "finance secretary said.")
    assert pipeline_claim(text, "400 mln dlrs")["actor_code"] == "PHL"
