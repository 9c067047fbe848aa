"""A level credited to an organisation ("according to the alliance's estimates", "according to figures released by the
IMF") is that organisation's report of the state's figure (own sentences; needs the gazetteer)."""
import pytest

pytest.importorskip("pipeline.claims.gazetteer")

from helpers import pipeline_roles as roles  # noqa: E402


def test_group_word_of_the_organisation_is_credited():
    text = ("NATO allies met in Brussels on Wednesday. Slovakia spent 2.1% of GDP on defence last year, according to the "
            "alliance's estimates, and 1.9% in 2023.")
    assert roles(text, "2.1%") == ("NATO", "SVK")
    assert roles(text, "1.9%") == ("NATO", "SVK")


def test_report_named_before_its_publisher_is_credited():
    text = ("Portugal spent 1.6% of GDP on defence last year, according to annual estimates the alliance published "
            "on Thursday.")
    assert roles(text, "1.6%") == ("NATO", "PRT")


def test_figures_released_by_the_organisation():
    text = "Kenya's public debt stood at 68% of GDP last year, according to figures released by the IMF."
    assert roles(text, "68%") == ("IMF", "KEN")
