"""Independent forecasters the contract codes as no one, named in the plural or with an auxiliary before their verb
("Three institutes predicted", "some observers have said", "economists had been predicting", "the experts believed"):
their figures have no actor, not the state they are about (own sentences; needs the gazetteer)."""
import pytest

pytest.importorskip("pipeline.claims.gazetteer")

from helpers import pipeline_claim  # noqa: E402


def actor(text, figure):
    return pipeline_claim(text, figure)["actor_code"]


def test_research_institutes_in_the_plural():
    text = "BONN, April 27 - Four economic institutes predicted a budget deficit of 45 billion marks for West Germany in 1988."
    assert actor(text, "45 billion marks") is None


def test_observers_with_an_auxiliary():
    text = "In Italy, some observers have said the budget deficit could reach 5.5% of GDP next year."
    assert actor(text, "5.5% of GDP") is None


def test_the_ministry_keeps_its_own_forecast():
    text = "Italy's finance ministry predicted a budget deficit of 3.3% of GDP next year."
    assert actor(text, "3.3% of GDP") == "ITA"
