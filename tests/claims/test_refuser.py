"""A figure refused with a negated verb is the refuser's, the subject before "would not", not a body named between the
negation and the figure ("would not join NATO or adopt the alliance's 5% goal"); a refused "adopt" is a refusal too. Own
sentences; needs the gazetteer."""
import pytest

pytest.importorskip("pipeline.claims.gazetteer")

from helpers import pipeline_claim  # noqa: E402


def test_the_subject_before_the_negation_refuses_not_the_object():
    text = ("VIENNA - Defence Minister Klaudia Tanner said Austria would not join NATO or adopt the alliance's 3.5% "
            "core spending goal.")
    c = pipeline_claim(text, "3.5%")
    assert c["claim_type"] == "rejection"
    assert c["actor_code"] == "AUT"
    assert c["target_code"] in ("AUT", "NATO")


def test_a_refused_adoption_is_a_rejection():
    text = "MADRID - Prime Minister Pedro Sanchez said Spain would not adopt the new 5% target for defence spending."
    c = pipeline_claim(text, "5%")
    assert c["claim_type"] == "rejection"
    assert c["actor_code"] == "ESP"


def test_a_subject_found_by_the_rules_stays():
    text = "BRATISLAVA - Prime Minister Robert Fico said Slovakia would not raise defence spending to 5% of GDP."
    c = pipeline_claim(text, "5%")
    assert (c["claim_type"], c["actor_code"]) == ("rejection", "SVK")


def test_a_state_that_cannot_go_to_a_level_rejects_it():
    text = ("BRUSSELS - Belgium spends about 2% of GDP on defence this year. Prime Minister Bart De Wever has said "
            "Belgium cannot go to 3.5% without breaking EU fiscal rules.")
    c = pipeline_claim(text, "3.5%")
    assert c["claim_type"] == "rejection"
    assert c["actor_code"] == "BEL"


def test_a_level_a_deficit_cannot_reach_is_no_refusal():
    text = ("PARIS - France's budget deficit was 5.8% of GDP last year, and economists said the deficit could not go "
            "below 3% before 2029.")
    assert pipeline_claim(text, "3%")["claim_type"] != "rejection"
