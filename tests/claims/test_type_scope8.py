"""claim_type scope rules of session 8 (our own wording, whole pipeline): a standing level its owner's noun states with
"of" is a level described, whatever verb the sentence builds around it; a plan word in another predicate of the clause
does not make a legislature's forecast a proposal."""
import pytest
from helpers import pipeline_claim


def test_a_possessed_debt_stated_with_of_is_a_level_described():
    text = ("The finance minister said the new accord calls for Ruritania to go on paying its creditors on time on its total "
            "foreign debt of 41 billion dlrs.")
    assert pipeline_claim(text, "41 billion")["claim_type"] == "actual"


def test_a_plural_possessive_debt_with_of_is_a_level_described():
    text = ("Bankers said any deal on rescheduling 4.2 billion dlrs of the Maldives' total foreign debt of 19.5 billion dlrs "
            "would take months.")
    assert pipeline_claim(text, "19.5 billion")["claim_type"] == "actual"


# rules_layer since session 17: the type model retrained with typefeatures' anchor and pair groups overrides the rules here
@pytest.mark.rules_layer
def test_a_debt_target_with_of_stays_a_commitment():
    text = "The government aims to bring its foreign debt down to 30 billion dlrs by 1990."
    assert pipeline_claim(text, "30 billion")["claim_type"] == "commitment"


def test_a_possessed_current_account_deficit_with_of_is_a_level_described():
    text = ("The central bank plans to tighten credit because of the country's current account deficit of 3.1 billion dlrs, "
            "officials said.")
    assert pipeline_claim(text, "3.1 billion")["claim_type"] == "actual"


def test_a_plan_word_in_another_predicate_makes_no_proposal():
    text = ("Congress is still fighting over the budget. The head of the Congressional Budget Office said the budget "
            "talks had stalled and the deficit will stay near 180 billion dlrs this year.")
    assert pipeline_claim(text, "180 billion")["claim_type"] == "forecast"


# rules_layer since session 17: the type model retrained with typefeatures' anchor and pair groups overrides the rules here
@pytest.mark.rules_layer
def test_a_plan_as_the_subject_of_its_own_predicate_still_proposes():
    text = ("Congress is still fighting over the budget. Senate Budget Committee members said the plan would cut the deficit "
            "to 120 billion dlrs next year.")
    assert pipeline_claim(text, "120 billion")["claim_type"] == "proposal"


def test_a_second_report_of_the_subject_governs_its_own_figure():
    text = ("The agency's director doubted that the statutory deficit targets would be met and said the deficit will stay "
            "at about 190 billion dlrs this year.")
    assert pipeline_claim(text, "190 billion")["claim_type"] == "forecast"


@pytest.mark.rules_layer
def test_a_predicted_level_after_a_rule_named_in_the_first_report_is_forecast():
    text = ("The opposition spokesman said the fiscal rule had been broken and said the government was borrowing heavily, "
            "with predicted debt over the coming years totalling £150bn.")
    assert pipeline_claim(text, "£150bn")["claim_type"] == "forecast"


def test_a_target_in_the_same_report_still_governs():
    text = "The minister said the deficit target for next year is 40 billion dlrs."
    assert pipeline_claim(text, "40 billion")["claim_type"] == "commitment"


def test_the_level_a_change_starts_from_may_be_named_by_its_noun_and_of():
    text = ("The minister said donors may not go as far as the government asked in one step from the last aid package of "
            "62 billion yen.")
    assert pipeline_claim(text, "62 billion")["claim_type"] == "actual"


@pytest.mark.rules_layer
def test_from_the_budget_of_a_past_year_is_where_the_level_stands():
    text = "Defence spending will rise to 61 billion euros next year, up from this year's budget of 52 billion euros."
    assert pipeline_claim(text, "52 billion")["claim_type"] == "actual"



def test_a_future_tax_rate_the_state_sets_is_decided():
    text = ("The finance minister presented the reform to parliament. The new income tax brackets will be 15 pct on the first "
            "30,000 dlrs of taxable income and 25 pct above it.")
    assert pipeline_claim(text, "15 pct")["claim_type"] == "commitment"


def test_a_future_revenue_level_stays_a_forecast():
    text = ("The finance minister presented the reform to parliament. Income tax revenue will be 40 billion dlrs next year, "
            "officials said.")
    assert pipeline_claim(text, "40 billion")["claim_type"] == "forecast"


def test_a_debt_on_which_payments_were_suspended_is_a_stock_owed():
    text = ("The minister said the move would not end the crisis that began when Ruritania suspended interest payments on "
            "52 billion dlrs of commercial bank debt in March.")
    assert pipeline_claim(text, "52 billion")["claim_type"] == "actual"


def test_a_debt_frozen_by_a_decision_is_a_stock_owed():
    text = "The cabinet announced its decision to freeze repayments on 9 billion dlrs of foreign debt, the finance minister said."
    assert pipeline_claim(text, "9 billion")["claim_type"] == "actual"


def test_a_freeze_expected_in_future_stays_a_forecast():
    text = ("The minister told reporters that creditor governments were expected to freeze 4 billion dlrs of debt payments "
            "due next year.")
    assert pipeline_claim(text, "4 billion")["claim_type"] != "actual"


def test_the_deficit_a_plan_would_yield_is_the_reckoners_forecast():
    text = ("Congress is still fighting over the budget. The budget office said the administration's plan, if adopted, would "
            "yield a deficit of 151 billion dlrs next year.")
    assert pipeline_claim(text, "151 billion")["claim_type"] == "forecast"



@pytest.mark.rules_layer
def test_a_governments_own_cut_of_its_deficit_stays_a_commitment():
    text = "The government said its plan would cut the deficit to 151 billion dlrs next year."
    assert pipeline_claim(text, "151 billion")["claim_type"] == "commitment"
