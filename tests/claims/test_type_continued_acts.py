"""claim_type of a figure a state's act governs past a target noun or through a second predicate (our own wording, whole
pipeline): a noun's scope ends where a continuing participle opens its own act ("by adding"), a setting verb
coordinated with an earlier one keeps that verb's state subject ("raised ... but lowered"), and a verb of a second
predicate ("and would cut") does not govern the figure before it."""
import pytest
from helpers import pipeline_claim


@pytest.mark.rules_layer
def test_a_sum_added_by_a_participle_after_a_target_noun_is_the_members_commitment():
    text = ("Italy's government confirmed that the country would reach NATO's 2% guideline next year by adding "
            "3 billion euros to the military budget.")
    claim = pipeline_claim(text, "3 billion")
    assert claim["claim_type"] == "commitment"
    assert claim["actor_code"] == "ITA"


@pytest.mark.rules_layer
def test_a_target_noun_still_governs_a_figure_with_no_act_between():
    text = "NATO's guideline of 2% of GDP was set in 2014, officials in Brussels said."
    assert pipeline_claim(text, "2%")["claim_type"] == "benchmark"


@pytest.mark.rules_layer
def test_a_second_setting_verb_of_the_state_decides_its_figure_too():
    text = ("OTTAWA, June 1 - The federal government raised fuel taxes by about 2 billion dollars over four years, "
            "but lowered income taxes by 6 billion dollars in the same period.")
    assert pipeline_claim(text, "2 billion")["claim_type"] == "commitment"
    assert pipeline_claim(text, "6 billion")["claim_type"] == "commitment"


@pytest.mark.rules_layer
def test_a_setting_verb_with_a_subject_of_its_own_is_no_second_predicate():
    text = ("Canada raised fuel taxes by 2 billion dollars over four years, but the weak economy lowered tax receipts "
            "by 6 billion dollars in the same period.")
    assert pipeline_claim(text, "6 billion")["claim_type"] != "commitment"


@pytest.mark.rules_layer
def test_a_future_verb_of_a_second_predicate_does_not_reach_back_to_the_figure_before_it():
    text = "The ministry said reforms had already cut spending by 3 billion dollars and would cut another 2 billion dollars by 2028."
    assert pipeline_claim(text, "3 billion")["claim_type"] == "actual"


@pytest.mark.rules_layer
def test_a_verb_after_the_figure_before_the_second_predicate_still_governs_it():
    text = "Defence spending of 2.4% of GDP this year is likely and would rise further, the ministry forecast."
    assert pipeline_claim(text, "2.4%")["claim_type"] == "forecast"


@pytest.mark.rules_layer
def test_reaching_a_target_coordinated_with_a_pledge_is_the_members_commitment():
    text = "Prime Minister Antonio Costa said Portugal would bring forward its pledge and reach NATO's 2% target this year."
    claim = pipeline_claim(text, "2%")
    assert claim["claim_type"] == "commitment"
    assert claim["actor_code"] == "PRT"


@pytest.mark.rules_layer
def test_a_target_merely_reached_in_the_past_stays_the_organisations_rule():
    text = "Germany only reached NATO's old 2% target in 2024, years after its allies."
    assert pipeline_claim(text, "2%")["claim_type"] == "benchmark"
