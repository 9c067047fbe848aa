"""Actor and target on own sentences (needs the gazetteer)."""
import pytest
from helpers import claims_of, mention

pytest.importorskip("pipeline.claims.gazetteer")


def roles(text, surface, value, title=None):
    c = claims_of(text, mention(text, surface, value), title=title)[0]
    return c["actor_code"], c["target_code"]


def test_subject_demands_of_object():
    assert roles("The U.S. demanded Tokyo raise its defense budget to 3.5% of its GDP.", "3.5%", 3.5) == ("USA", "JPN")


def test_including_names_the_target():
    text = "The Trump administration pushed for 5% of GDP in defense spending from its Asian allies, including Japan."
    assert roles(text, "5%", 5) == ("USA", "JPN")


def test_allies_are_the_alliance_in_context():
    text = "At the NATO summit, President Donald Trump repeated his demands that European allies commit 5% of GDP to defense."
    assert roles(text, "5%", 5) == ("USA", "NATO")


def test_possessor_is_target_of_actual_figure():
    text = "Germany's budget deficit rose to 2.8% of GDP last year, the finance ministry said."
    assert roles(text, "2.8%", 2.8) == ("DEU", "DEU")


def test_benchmark_belongs_to_organisation():
    text = "Only a few members meet NATO's 2% guideline on defence spending."
    actor, target = roles(text, "2%", 2)
    assert target == "NATO" and actor in ("NATO", None)


def test_news_outlet_is_never_actor():
    text = "The Financial Times reported that Japan's defence budget would reach 2% of GDP."
    actor, target = roles(text, "2%", 2)
    assert actor != "Financial Times" and target == "JPN"


def test_according_to_organisation_reports_the_level():
    text = "Canada spent about 1.4% of its GDP on defence in 2024, according to NATO estimates."
    assert roles(text, "1.4%", 1.4) == ("NATO", "CAN")
