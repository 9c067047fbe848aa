"""Statistics offices several states name alike (institutions.csv): "the Central Statistical Office", "the Federal
Statistics Office", "the Central Bureau of Statistics" speak for the state the article is about, not always for Britain,
West Germany or no one. Own sentences; needs the gazetteer."""
import pytest

pytest.importorskip("pipeline.claims.gazetteer")

from helpers import pipeline_roles as roles  # noqa: E402


def test_finnish_central_statistical_office():
    text = ("HELSINKI, March 3 - Finland's current account deficit widened to 2.1 billion markka in January, the Central "
            "Statistical Office said.")
    assert roles(text, "2.1 billion") == ("FIN", "FIN")


def test_british_central_statistical_office_stays_british():
    text = ("LONDON, March 3 - Britain's current account deficit widened to 2.1 billion stg in January, the Central "
            "Statistical Office said.")
    assert roles(text, "2.1 billion") == ("GBR", "GBR")


def test_swiss_federal_statistics_office():
    text = ("ZURICH, March 3 - Swiss government spending rose to 25 billion francs last year, the Federal Statistics "
            "Office said.")
    assert roles(text, "25 billion") == ("CHE", "CHE")


def test_german_federal_statistics_office_stays_german():
    text = ("BONN, March 3 - West German government spending rose to 250 billion marks last year, the Federal Statistics "
            "Office said.")
    assert roles(text, "250 billion") == ("DEU", "DEU")


def test_dutch_central_bureau_of_statistics_reports_its_state():
    text = ("AMSTERDAM, March 3 - The Dutch current account surplus narrowed to 2.1 billion guilders in January, "
            "the Central Bureau of Statistics reported.")
    assert roles(text, "2.1 billion")[0] == "NLD"
