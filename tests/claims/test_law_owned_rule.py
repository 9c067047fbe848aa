"""A rule a national law owns ("the Balanced Budget Act's target of 144 billion dlrs") is its state's benchmark, even in
a sentence giving an organisation's forecast; "official U.S. estimates of 175 billion" are the state's own estimate.
Own sentences; needs the gazetteer."""
import pytest

pytest.importorskip("pipeline.claims.gazetteer")

from helpers import pipeline_claim  # noqa: E402

TEXT = ("WASHINGTON - The OECD said in its outlook that the U.S. deficit would stay high. "
        "It predicted that the federal deficit would overshoot both the Gramm-Rudman Act's target of 108 billion dlrs "
        "and official U.S. estimates of 150 billion dlrs.")


def test_a_laws_target_is_the_states_benchmark():
    c = pipeline_claim(TEXT, "108 billion")
    assert c["target_code"] == "USA"
    assert c["actor_code"] in ("USA", None)


def test_a_states_own_estimates_are_its_own():
    c = pipeline_claim(TEXT, "150 billion")
    assert (c["actor_code"], c["target_code"]) == ("USA", "USA")
