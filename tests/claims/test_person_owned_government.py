""""His government", "her ministry": the government of the person named last (in the sentence or one before), not the
state of the dateline or of the story. Own sentences; needs the gazetteer."""
import pytest

pytest.importorskip("pipeline.claims.gazetteer")

from helpers import pipeline_roles as roles  # noqa: E402


def test_her_government_is_the_named_leaders():
    text = ("WARSAW/STOCKHOLM, May 4 - Poland's government proposed a defence budget of 200 billion zlotys on Monday. "
            "Poland will spend 4.7% of GDP on its armed forces. "
            "In Stockholm, Prime Minister Ulf Kristersson said Sweden would spend 2.6% of GDP on defence next year. "
            "His government added 12 billion Swedish crowns to its air defence budget in the spring.")
    assert roles(text, "12 billion") == ("SWE", "SWE")


def test_a_government_word_without_pronoun_keeps_the_story_state():
    text = ("WARSAW, May 4 - Poland's government proposed a defence budget of 200 billion zlotys on Monday, "
            "Prime Minister Donald Tusk said. The government also set aside 30 billion zlotys for border defence.")
    assert roles(text, "30 billion") == ("POL", "POL")


def test_her_government_of_a_leader_known_by_the_demonym_of_her_title():
    # the leader's own name is in no table: her title's demonym says whose government it is, not the last known person
    text = ("WARSAW, Sept 2 - Polish Finance Minister Andrzej Domanski presented a draft budget with a deficit of "
            "270 billion zlotys. Next door, Lithuanian Prime Minister Inga Ruginiene said her government would spend "
            "5.4% of GDP on defence in 2026.")
    assert roles(text, "5.4%") == ("LTU", "LTU")
