"""A sum in one state's own currency whose sentence names no owner for it belongs to that state, not to the other state
whose government word or official the sentence names (currency_states.csv). Own sentences; needs the gazetteer."""
import pytest

pytest.importorskip("pipeline.claims.gazetteer")

from helpers import pipeline_claim  # noqa: E402


def test_yen_package_in_a_story_on_us_officials():
    text = ("U.S. officials are looking to Japan for help if the American economy slows, Japanese officials said. "
            "The U.S. government has little room on fiscal policy. "
            "Some government officials are worried that the recently announced 6,000 billion yen economic package "
            "could push up land prices.")
    assert pipeline_claim(text, "6,000 billion")["target_code"] == "JPN"


def test_a_sum_in_the_speakers_own_currency_stays_its():
    text = "Japan's finance ministry said the government would spend 1,300 billion yen on public works next year."
    assert pipeline_claim(text, "1,300 billion")["target_code"] == "JPN"
