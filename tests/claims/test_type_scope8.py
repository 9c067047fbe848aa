"""claim_type scope rules of session 8 (our own wording, whole pipeline): a standing level its owner's noun states with
"of" is a level described, whatever verb the sentence builds around it."""
from helpers import pipeline_claim


def test_a_possessed_debt_stated_with_of_is_a_level_described():
    text = ("The finance minister said the new accord calls for Ruritania to go on paying its creditors on time on its total "
            "foreign debt of 41 billion dlrs.")
    assert pipeline_claim(text, "41 billion")["claim_type"] == "actual"


def test_a_plural_possessive_debt_with_of_is_a_level_described():
    text = ("Bankers said any deal on rescheduling 4.2 billion dlrs of the Maldives' total foreign debt of 19.5 billion dlrs "
            "would take months.")
    assert pipeline_claim(text, "19.5 billion")["claim_type"] == "actual"


def test_a_debt_target_with_of_stays_a_commitment():
    text = "The government aims to bring its foreign debt down to 30 billion dlrs by 1990."
    assert pipeline_claim(text, "30 billion")["claim_type"] == "commitment"


def test_a_possessed_current_account_deficit_with_of_is_a_level_described():
    text = ("The central bank plans to tighten credit because of the country's current account deficit of 3.1 billion dlrs, "
            "officials said.")
    assert pipeline_claim(text, "3.1 billion")["claim_type"] == "actual"
