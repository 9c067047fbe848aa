"""The actor of a level or forecast no one reports (ANNOTATION.md: "when no one is named, null"), against one a
government body, official, organisation or pronoun for one states (own sentences; needs the gazetteer)."""
import pytest

pytest.importorskip("pipeline.claims.gazetteer")

from helpers import pipeline_claim  # noqa: E402


def roles(text, figure):
    """(actor, target, claim_type) of the first claim whose figure text holds `figure`, through the whole pipeline."""
    c = pipeline_claim(text, figure)
    return (c["actor_code"], c["target_code"], c["claim_type"])


def test_level_no_one_reports_has_no_actor():
    text = ("Norway's budget surplus widened to 41 billion crowns last year. "
            "Oil revenue rose as gas prices stayed high through the winter.")
    actor, target, claim_type = roles(text, "41 billion")
    assert (actor, target, claim_type) == (None, "NOR", "actual")


def test_background_level_in_a_later_sentence_has_no_actor():
    text = ("Danish shipping firms had a strong quarter as freight rates climbed. "
            "Denmark's public spending came to 1,250 billion crowns last year.")
    assert roles(text, "1,250 billion")[:2] == (None, "DNK")


def test_level_a_ministry_reports_in_its_sentence_keeps_the_state():
    text = "Norway's budget surplus widened to 41 billion crowns last year, the finance ministry said."
    assert roles(text, "41 billion")[:2] == ("NOR", "NOR")


def test_level_an_uncoded_state_office_reports_keeps_the_state():
    # the gazetteer does not code "the national statistics institute", but it is a body that speaks
    text = "Turkey's current account deficit widened to 3.2 billion dlrs in May, the national statistics institute said."
    assert roles(text, "3.2 billion")[:2] == ("TUR", "TUR")


def test_level_continuing_a_ministrys_statement_keeps_the_state():
    text = ("Sweden's budget balance swung to a surplus of 12 billion crowns in March, the finance ministry said. "
            "Outlays for the month came to 90 billion crowns.")
    assert roles(text, "90 billion")[:2] == ("SWE", "SWE")


def test_forecast_of_a_named_but_uncoded_body_keeps_the_state():
    # "NBK" (a body the gazetteer does not know) is named as the forecaster: someone states it
    text = ("Kuwait's economy is slowing, the central bank said last month. "
            "NBK predicts that Kuwait's budget deficit will be 2.9 percent of GDP next year.")
    assert roles(text, "2.9 percent")[:2] == ("KWT", "KWT")


def test_level_economists_relate_has_no_actor():
    text = "Economists said Hungary's budget deficit widened to 1,900 billion forints in the first half."
    assert roles(text, "1,900 billion")[0] is None


def test_level_dealers_relate_has_no_actor():
    # dealers, like economists and analysts, are no one the contract codes: the level has no reporter
    text = ("The krona slipped against the euro on Tuesday. Sweden's current account deficit, which widened to "
            "a provisional 28 billion crowns in April, weighed on the currency, dealers said.")
    assert roles(text, "28 billion")[:2] == (None, "SWE")
