"""A plan named by its possessor is the possessor's, whoever is told of it or welcomes it; "telling them of a plan to
..." reports the plan, it orders no one (the infinitive is the plan's). Own sentences, whole pipeline."""
import pytest
from helpers import pipeline_claim


def test_a_possessed_plan_is_its_possessors():
    c = pipeline_claim("Senators welcomed Japan's plan to raise public spending by 30 billion dollars.", "30 billion")
    assert (c["actor_code"], c["target_code"]) == ("JPN", "JPN")


@pytest.mark.rules_layer
def test_telling_someone_of_a_plan_is_no_order():
    text = ("The Japanese minister met Senate leaders, telling them of Japan's plan to raise public spending by 30 billion "
            "dollars.")
    c = pipeline_claim(text, "30 billion")
    assert (c["claim_type"], c["actor_code"]) == ("commitment", "JPN")


@pytest.mark.rules_layer
def test_telling_someone_to_act_still_asks_it():
    c = pipeline_claim("The U.S. told Japan to raise its defence spending to 2% of GDP.", "2% of GDP")
    assert (c["claim_type"], c["actor_code"], c["target_code"]) == ("demand", "USA", "JPN")
