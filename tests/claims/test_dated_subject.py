"""A month or weekday after a preposition dates the clause; the name after it is the subject, not the object of the
preposition ("In March lawmakers exempted ...", "On Tuesday Japan pledged ..."). Own sentences; needs the gazetteer."""
import pytest

pytest.importorskip("pipeline.claims.gazetteer")

from helpers import pipeline_claim  # noqa: E402


def test_generic_subject_after_a_month():
    text = ("Austria's coalition agreed a new budget on Monday. In March lawmakers exempted defence outlays above 1.5% "
            "of GDP from the debt rule.")
    assert pipeline_claim(text, "1.5%")["actor_code"] == "AUT"


def test_state_subject_after_a_weekday():
    text = "On Tuesday Japan pledged 200 mln dlrs in aid to Kenya."
    assert pipeline_claim(text, "200 mln")["actor_code"] == "JPN"


def test_name_after_a_preposition_with_a_capitalised_word_stays_an_object():
    text = "Washington wants talks with North Korea on cutting its military spending by 10 pct."
    assert pipeline_claim(text, "10 pct")["actor_code"] == "USA"
