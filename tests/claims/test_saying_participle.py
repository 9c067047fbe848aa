"""", saying ...": the participle's subject is the sentence's subject, who presses the figure on others ("Rutte urged the
laggards to move faster, saying allies should reach 3.5%"); "they" right before the modal is the one pressed. Own
sentences; needs the gazetteer."""
import pytest

pytest.importorskip("pipeline.claims.gazetteer")

from helpers import pipeline_claim  # noqa: E402


def test_saying_gives_the_sentence_subject_as_the_one_who_presses():
    text = ("NATO Secretary General Mark Rutte met defence ministers in Brussels on Thursday. "
            "Rutte urged the slowest spenders to catch up, saying Belgium and Spain should reach 2.5% of GDP next year.")
    c = pipeline_claim(text, "2.5% of GDP")
    assert c["actor_code"] == "NATO"
    assert c["claim_type"] == "demand"


def test_they_after_saying_is_the_group_pressed():
    text = ("U.S. Secretary of State Marco Rubio pressed European allies to spend more on their armies, "
            "saying they should reach 4% of GDP by 2030.")
    c = pipeline_claim(text, "4% of GDP")
    assert (c["actor_code"], c["target_code"], c["claim_type"]) == ("USA", "NATO", "demand")


def test_a_sentence_opening_on_a_place_has_no_participle_speaker():
    text = ("In Brussels, officials met on Monday, saying the budget deficit should fall to 3% of GDP next year. "
            "Belgium's government has not set a deficit target.")
    c = pipeline_claim(text, "3% of GDP")
    assert c["actor_code"] != "EU"
