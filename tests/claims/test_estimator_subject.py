"""The subject of an estimating verb estimates the figure ("It estimated the deficit at 2.8%"); "an estimated 1.28%" names
no estimator of its own (own sentences; needs the gazetteer)."""
import pytest

pytest.importorskip("pipeline.claims.gazetteer")

from helpers import pipeline_claim  # noqa: E402


def roles(text, figure):
    c = pipeline_claim(text, figure)
    return (c["actor_code"], c["target_code"], c["claim_type"])


def test_pronoun_subject_of_estimated_at():
    text = ("The Austrian central bank published its autumn outlook on Friday. "
            "It estimated last year's budget deficit at 4.7% of GDP.")
    assert roles(text, "4.7%") == ("AUT", "AUT", "actual")


def test_attributive_estimate_is_not_the_subjects():
    text = ("NATO published its annual estimates of allies' defence spending on Thursday. "
            "Belgium, which spent an estimated 1.3% of GDP on defence last year, plans to reach 2% this year.")
    assert roles(text, "1.3%")[0] == "NATO"
