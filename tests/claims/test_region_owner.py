"""A region or an unnamed group of states named as a figure's owner ("Latin America's ... foreign debt", "Africa's debt
service", "developing countries' debt") is no one state's or coded group's figure: the target is null, as for "global"
figures (region_owners.csv). Own sentences; needs the gazetteer."""
import pytest

pytest.importorskip("pipeline.claims.gazetteer")

from helpers import pipeline_claim  # noqa: E402


def target(text, figure):
    return pipeline_claim(text, figure)["target_code"]


def test_continent_possessive_before_the_figure():
    text = ("Speaking in La Paz, the Austrian chancellor said of Latin America's 410 billion dlr foreign debt that "
            "creditors must be patient.")
    assert target(text, "410 billion") is None


def test_continent_possessive_before_the_metric_word():
    text = ("Kenya's trade minister told the meeting that Africa's debt service was estimated at 26 billion dlrs a year.")
    assert target(text, "26 billion") is None


def test_unnamed_group_of_states_with_plural_possessive():
    text = "Peru's president said developing countries' foreign debt had reached 1,000 billion dlrs."
    assert target(text, "1,000 billion") is None


def test_a_state_named_after_the_region_owns_its_figure():
    text = ("Brazil, Latin America's largest debtor, said its foreign debt stood at 108 billion dlrs.")
    assert target(text, "108 billion") == "BRA"


def test_south_africa_is_a_state():
    text = "South Africa's budget deficit will be 4 pct of GDP, the finance minister said."
    assert target(text, "4 pct") == "ZAF"
