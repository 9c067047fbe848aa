"""claim_type mechanisms of session 12 (own sentences, whole pipeline, the rules' layer): a need someone states
("would be needed", "the aid needed", "it would be necessary to raise") and an appeal to others ask for the figure; a
recipient's request for aid is its demand of the donor (a government's budget request still proposes); a vetoed sum is
refused; a threshold or margin a fiscal rule sets is that rule's benchmark; a modal whose subject is "they" after a
pressing verb is the presser's demand (ANNOTATION.md: a bank's call for a deficit ceiling, a fiscal council saying savings
are needed, a recipient's request for aid, taxes the President would veto, debt-brake limits, the escape clause's margin)."""
import pytest
from helpers import pipeline_claim

pytestmark = pytest.mark.rules_layer


def test_savings_that_would_be_needed_are_asked_for():
    text = "The fiscal watchdog said further spending cuts of 3 billion euros would be needed to stabilise the debt."
    assert pipeline_claim(text, "3 billion euros")["claim_type"] == "demand"


def test_the_aid_needed_is_asked_for():
    text = "The World Bank put the amount of aid needed at about $2bn."
    assert pipeline_claim(text, "$2bn")["claim_type"] == "demand"


def test_a_sum_it_would_be_necessary_to_raise_is_asked_for():
    text = "Economists said it would be necessary to raise at least 10 billion dollars in new taxes."
    assert pipeline_claim(text, "10 billion dollars")["claim_type"] == "demand"


def test_a_cut_that_was_needed_is_asked_for():
    text = "A cut of more than three percent in public spending was needed, the bank said."
    assert pipeline_claim(text, "three percent")["claim_type"] == "demand"


def test_a_subjects_own_past_need_states_what_it_did():
    text = "Sweden needed to borrow 40 billion crowns last year to cover the deficit."
    assert pipeline_claim(text, "40 billion crowns")["claim_type"] == "actual"


def test_an_appeal_to_others_to_pay_is_a_demand():
    text = "The Commission has appealed to member states to pay an extra 2 billion euros to cover the budget shortfall."
    assert pipeline_claim(text, "2 billion euros")["claim_type"] == "demand"


def test_a_recipients_request_for_aid_is_its_demand():
    c = pipeline_claim("Talks on a Kenyan request to raise the aid level to 80 billion yen were put off.", "80 billion yen")
    assert (c["claim_type"], c["actor_code"]) == ("demand", "KEN")


def test_a_possessive_request_for_aid_is_the_requesters_demand():
    c = pipeline_claim("Japan is expected to respond to Kenya's request for 300 million dollars in aid.", "300 million")
    assert (c["claim_type"], c["actor_code"]) == ("demand", "KEN")


def test_a_governments_budget_request_for_aid_still_proposes():
    text = "The administration's budget request for 15 billion dollars in foreign aid was cut by Congress."
    assert pipeline_claim(text, "15 billion dollars")["claim_type"] == "proposal"


def test_a_bill_under_veto_is_refused():
    text = "The president urged senators to back his veto of a 90 billion dollar transport spending bill."
    assert pipeline_claim(text, "90 billion")["claim_type"] == "rejection"


def test_a_vetoed_bill_is_refused():
    assert pipeline_claim("The governor vetoed a 2 billion dollar school spending bill.", "2 billion")["claim_type"] == "rejection"


def test_a_debt_brake_threshold_is_a_benchmark():
    text = ("Austria, which changed its debt brake so that defence spending above 1.5% of GDP no longer counts against it, "
            "will run a deficit of 4% of GDP next year.")
    c = pipeline_claim(text, "1.5% of GDP")
    assert (c["claim_type"], c["actor_code"]) == ("benchmark", "AUT")


def test_an_exempted_threshold_after_a_plan_is_a_benchmark():
    text = ("The finance minister's plan foresees defence spending rising to 3% of GDP in 2029, after parliament exempted "
            "defence outlays above 1% of GDP from the constitutional debt brake.")
    assert pipeline_claim(text, "1% of GDP")["claim_type"] == "benchmark"


def test_an_escape_clause_margin_is_a_benchmark():
    text = ("Defence spending, which the escape clause lets members add on top of their spending paths by up to 1.5% of "
            "GDP a year, explains much of the gap.")
    assert pipeline_claim(text, "1.5% of GDP")["claim_type"] == "benchmark"


def test_spending_that_rose_above_a_level_stays_a_level():
    assert pipeline_claim("Defence spending rose above 2% of GDP last year.", "2% of GDP")["claim_type"] == "actual"


def test_they_should_after_a_pressing_verb_is_the_pressers_demand():
    text = ("U.S. officials pressed European allies to move faster on defence, saying they should reach 3% of GDP by "
            "2030.")
    c = pipeline_claim(text, "3% of GDP")
    assert (c["claim_type"], c["actor_code"]) == ("demand", "USA")


def test_we_must_stays_the_speakers_own_commitment():
    text = "The minister said we must raise defence spending to 2.5% of GDP by 2028."
    assert pipeline_claim(text, "2.5% of GDP")["claim_type"] == "commitment"
