"""Actor constructions of session 24 (issue 3, helper aidrecv24), each a mechanism for any article. Own sentences (real
facts, own words).

- a state that is the subject of a failure or breach verb in a reported clause ("The United States said Canada had
  failed to stop ...", "U.S. officials said Japan had violated ...") is blamed, not the pledger of a figure past the end
  of that clause ("... and imposed a 25% tariff", ", prompting 100 pct tariffs"): the reporter, whose side the figure is,
  keeps it (voices.blamed_not_pledging in reported_pledger; voices._blaming_reporter for a verb governing the figure
  after the blamed clause). A state said to pledge ("said Japan had pledged 1.5 billion dlrs") still pledges.
"""
import pytest

pytest.importorskip("pipeline.claims.gazetteer")

from helpers import rules_claims, claim_with as _claim  # noqa: E402


# -- the blamed state of a reported clause does not set the figure after it --------------------------------------------
def test_tariff_after_said_canada_had_failed_is_the_united_states():
    text = ("The United States said Canada had failed to stop the flow of fentanyl and imposed a 25% tariff on Canadian "
            "goods in March 2025.")
    c = _claim(rules_claims(text), "25%")
    assert (c["metric"], c["actor_code"]) == ("tariff_rate", "USA")


def test_tariffs_prompted_by_said_japan_had_violated_are_the_united_states():
    text = "U.S. officials said Japan had violated the 1986 chip accord, prompting 100 pct tariffs on Japanese electronics in April 1987."
    c = _claim(rules_claims(text), "100 pct")
    assert (c["metric"], c["actor_code"]) == ("tariff_rate", "USA")


def test_threat_after_said_mexico_had_failed_is_the_united_states():
    text = ("The United States said Mexico had failed to stop illegal migration and threatened a 5% tariff on Mexican "
            "goods in May 2019.")
    c = _claim(rules_claims(text), "5%")
    assert (c["metric"], c["actor_code"]) == ("tariff_rate", "USA")


# -- a state said to pledge still pledges ---------------------------------------------------------------------------------
def test_state_said_to_pledge_aid_keeps_its_pledge():
    text = "The United Nations said Japan had pledged 1.5 billion dlrs to the Green Climate Fund in November 2014."
    c = _claim(rules_claims(text), "1.5 billion dlrs")
    assert (c["metric"], c["claim_type"], c["actor_code"]) == ("development_aid", "commitment", "JPN")

