"""EU-rule constructions of session 25 (issue 3, euorg25), each a mechanism for any article. Own sentences (real facts,
own words).

- an ambiguous name ("Brussels": the EU, Belgium or NATO) in a sentence naming one of the EU's own procedures (the
  excessive deficit procedure, the national escape clause, the Stability and Growth Pact: org_procedures.csv) is the
  EU, even in a story on Belgium (roles._procedure_owner; ANNOTATION.md: the Commission and Council -> EU, the escape
  margin of an organisation's rule is the organisation's).
- an organisation that opens the sentence and acts on a member "after its deficit reached ..." states the member's level:
  actor the organisation, target the member (memberlevel.py, reason_openers.csv; ANNOTATION.md: "The Commission's
  figures for several members": levels EU for the member).
- "its" opening a clause of reason ("after its deficit reached ...", reason_openers.csv) after an organisation named only
  as the possessor of its rule ("Greece broke the EU's deficit limit") is the state the sentence opens with, as after
  ", and" (anaphora._coordinated_subject); the organisation's own limit beside it stays the organisation's
  (actors._possessor_before).
- "must"/"should" before a figure does not make its subject the figure's owner past a clause with a subject of its own
  (", and the European Commission opened ..."): "its" there is the member named in that clause
  (actors.assign_roles, voices.NEW_SUBJECT_CLAUSE).
- an organisation the sentence credits ("according to the United Nations") with an aid pledge of states no code names
  ("Donor nations promised ...") reports it: the aid is not its own, its target null unless a recipient is named
  (actors.credited_over_uncoded, after claim._aid_recipient_named).
"""
import pytest

pytest.importorskip("pipeline.claims.gazetteer")

from helpers import rules_claims, claim_with as _claim  # noqa: E402


# -- an EU procedure in the sentence: "Brussels" is the EU --------------------------------------------------------------
@pytest.mark.parametrize("text,figure", [
    ("Belgium's budget deficit was 4.4% of GDP in 2024. Belgium is among the states that asked Brussels in 2025 to "
     "activate the national escape clause, which lets a government spend up to 1.5% of GDP more on defence.",
     "1.5% of GDP"),
    ("Belgium spent 1.3% of GDP on defence in 2024. Germany and Poland asked Brussels in 2025 to activate the national "
     "escape clause, which allows extra defence spending of up to 1.5% of GDP a year.", "1.5% of GDP"),
])
def test_brussels_beside_an_eu_procedure_is_the_eu(text, figure):
    c = _claim(rules_claims(text), figure)
    assert c["actor_code"] == "EU"
    assert c["actor_text"] == "Brussels"


def test_brussels_with_no_eu_procedure_still_reads_the_story():
    from pipeline.claims.roles import _procedure_owner

    class Match:
        candidates = ("EU", "BEL", "NATO")

    text = "Brussels will raise defence spending to 2% of GDP in 2025, the Belgian prime minister said."
    assert _procedure_owner(text, 0, len(text), Match()) is None
    text = "Belgium has been under the excessive deficit procedure since 2024, and Brussels wants a plan."
    assert _procedure_owner(text, 0, len(text), Match()) == "EU"

    class OneReading:
        candidates = ("BEL",)

    assert _procedure_owner(text, 0, len(text), OneReading()) is None


def test_the_commission_asking_brussels_still_asks_belgium():
    text = ("Belgium spent 1.3% of GDP on defence in 2024. The European Commission asked Brussels to cut its deficit to "
            "3% of GDP under the excessive deficit procedure.")
    c = _claim(rules_claims(text), "3% of GDP")
    assert c["actor_code"] == "EU" and c["target_code"] == "BEL"


# -- an organisation acting on a member after its level reached a figure ---------------------------------------------------
@pytest.mark.parametrize("text,figure,member", [
    ("European Union finance ministers placed Austria under the excessive deficit procedure in July 2025 after its budget "
     "deficit reached 4.7% of GDP in 2024.", "4.7% of GDP", "AUT"),
    ("VIENNA, July 8 - EU finance ministers placed Austria under the excessive deficit procedure after its budget deficit "
     "reached 4.7% of GDP in 2024.", "4.7% of GDP", "AUT"),
    ("EU finance ministers placed Romania under a deficit procedure in April 2020 after its deficit reached 4.3% of GDP "
     "in 2019.", "4.3% of GDP", "ROU"),
    ("The IMF approved a loan for Greece in May 2010 because its deficit had reached 13.6% of GDP in 2009.",
     "13.6% of GDP", "GRC"),
])
def test_the_acting_organisation_states_the_members_level(text, figure, member):
    c = _claim(rules_claims(text), figure)
    assert c["claim_type"] == "actual"
    assert c["target_code"] == member
    assert c["actor_code"] in ("EU", "IMF")


@pytest.mark.parametrize("text,figure,code", [
    # a state, not an organisation, opens the sentence: the rule does not apply
    ("Germany criticised Greece in 2010 after its deficit reached 12.7% of GDP in 2009.", "12.7% of GDP", "GRC"),
])
def test_a_state_opening_the_sentence_leaves_the_level_as_it_was(text, figure, code):
    c = _claim(rules_claims(text), figure)
    assert c["target_code"] == code
    assert c["actor_code"] not in ("EU", "IMF")


# -- a modal's subject does not own a figure past a new clause with its own subject ----------------------------------------
@pytest.mark.parametrize("text,figure,member", [
    ("Italy's deficit fell to 3.4% of GDP in 2024. Member states must keep deficits below 3% of GDP, and the European "
     "Commission opened the procedure against Italy in 2024 after its deficit hit 7.2% in 2023.", "7.2%", "ITA"),
    ("Spain reported a deficit of 3.6% of GDP for 2023. Member states must keep deficits below 3% of GDP, and the "
     "European Commission opened a procedure against France in 2024 after its deficit reached 5.5% of GDP in 2023.",
     "5.5% of GDP", "FRA"),
])
def test_its_level_after_a_new_subject_is_the_members(text, figure, member):
    c = _claim(rules_claims(text), figure)
    assert c["target_code"] == member


def test_the_modals_own_figure_stays_the_members_of_the_rule():
    text = ("Spain reported a deficit of 3.6% of GDP for 2023. Member states must keep deficits below 3% of GDP, and the "
            "European Commission opened a procedure against France in 2024.")
    c = _claim(rules_claims(text), "3% of GDP")
    assert c["target_code"] == "EU"


# -- "its" in a clause of reason after an organisation's rule named as a possessive --------------------------------------
@pytest.mark.parametrize("text,figure,member", [
    ("Greece broke the EU's deficit limit in 2009 after its deficit reached 15.4% of GDP.", "15.4% of GDP", "GRC"),
    ("France breached the EU's 3% limit in 2023 after its deficit reached 5.5% of GDP.", "5.5% of GDP", "FRA"),
])
def test_its_after_the_eus_rule_is_the_states(text, figure, member):
    c = _claim(rules_claims(text), figure)
    assert c["target_code"] == member


def test_the_eus_own_limit_stays_the_eus_beside_a_reason_clause():
    c = _claim(rules_claims("France breached the EU's 3% limit in 2023 after its deficit reached 5.5% of GDP."), "3%")
    assert c["claim_type"] == "benchmark"
    assert (c["actor_code"], c["target_code"]) == ("EU", "EU")


def test_a_states_own_limit_named_with_its_possessive_stays_the_states():
    c = _claim(rules_claims("Peru told the World Bank meeting in 1987 that it will keep its 10 pct limit on debt service."),
               "10 pct")
    assert c["target_code"] == "PER"


# -- an organisation credited with donors' aid pledge is not the aid's target ----------------------------------------------
def test_the_credited_organisation_is_not_the_target_of_donors_aid():
    c = _claim(rules_claims("Donor nations promised 1.35 billion dollars of aid in June 2020, according to the United "
                            "Nations."), "1.35 billion dollars")
    assert c["actor_code"] == "UN"
    assert c["target_code"] is None


def test_donors_aid_for_a_named_state_is_that_states():
    c = _claim(rules_claims("Donor countries pledged 1.35 billion dollars in aid for Yemen in June 2020, according to the "
                            "United Nations."), "1.35 billion dollars")
    assert c["target_code"] == "YEM"


def test_the_organisations_own_appeal_stays_its_own():
    # (no "according to": the organisation's own appeal, named as the subject)
    c = _claim(rules_claims("The United Nations has appealed for 977 million dollars in aid for the tsunami victims."),
               "977 million dollars")
    assert (c["actor_code"], c["target_code"]) == ("UN", "UN")
