"""Actor constructions of session 24 (issue 3, helper aidrecv24), each a mechanism for any article. Own sentences (real
facts, own words).

- a state that is the subject of a failure or breach verb in a reported clause ("The United States said Canada had
  failed to stop ...", "U.S. officials said Japan had violated ...") is blamed, not the pledger of a figure past the end
  of that clause ("... and imposed a 25% tariff", ", prompting 100 pct tariffs"): the reporter, whose side the figure is,
  keeps it (voices.blamed_not_pledging in reported_pledger; voices._blaming_reporter for a verb governing the figure
  after the blamed clause). A state said to pledge ("said Japan had pledged 1.5 billion dlrs") still pledges.
- a giver's aid sum whose purpose names another state as its beneficiary, right after "to" or "for <developing>"
  ("to Malaysia's Pergau dam project", "for developing the Nepalese power grid") or, after the sum and a purpose
  infinitive, after "in" ("to build the Pergau dam in Malaysia"), is that state's aid: target the receiver, not the giver
  (aid.purpose_receiver); not across another figure, nor armed groups ("aid to the Nicaraguan contra rebels"), nor a
  meeting's place ("at a meeting in Berlin").
"""
import pytest

pytest.importorskip("pipeline.claims.gazetteer")

from helpers import rules_claims  # noqa: E402


def _claim(claims: list[dict], figure: str) -> dict:
    got = [c for c in claims if c["figure_text"] == figure]
    assert got, f"no claim for {figure!r}: {[c['figure_text'] for c in claims]}"
    return got[0]


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



# -- the state an aid sum's purpose names receives it -------------------------------------------------------------------
def test_aid_to_build_a_dam_in_malaysia_is_malaysias():
    c = _claim(rules_claims("Britain pledged 234 mln stg in aid to build the Pergau dam in Malaysia."), "234 mln stg")
    assert (c["metric"], c["actor_code"], c["target_code"]) == ("development_aid", "GBR", "MYS")


def test_aid_to_a_states_project_is_that_states():
    c = _claim(rules_claims("Britain gave 234 mln stg in aid to Malaysia's Pergau dam project."), "234 mln stg")
    assert (c["metric"], c["actor_code"], c["target_code"]) == ("development_aid", "GBR", "MYS")


def test_grant_for_developing_a_demonyms_grid_is_that_states():
    text = "The United States signed a 500 mln dlr grant for developing the Nepalese power grid in 2017."
    c = _claim(rules_claims(text), "500 mln dlr")
    assert (c["metric"], c["actor_code"], c["target_code"]) == ("development_aid", "USA", "NPL")


def test_grant_to_build_power_lines_in_nepal_is_nepals():
    text = "The United States agreed in 2017 to provide a 500 mln dlr grant to build electricity transmission lines in Nepal."
    c = _claim(rules_claims(text), "500 mln dlr")
    assert (c["metric"], c["actor_code"], c["target_code"]) == ("development_aid", "USA", "NPL")


def test_aid_pledged_at_a_meeting_abroad_keeps_its_target():
    text = "Japan pledged 1.5 billion dlrs to the Green Climate Fund at a meeting in Berlin in November 2014."
    c = _claim(rules_claims(text), "1.5 billion dlrs")
    assert c["target_code"] == "JPN"


def test_aid_to_rebels_of_a_state_is_not_that_states():
    text = "In March 1987 the House voted to block 40 mln dlrs in aid to the Nicaraguan contra rebels."
    c = _claim(rules_claims(text), "40 mln dlrs")
    assert c["target_code"] != "NIC"
