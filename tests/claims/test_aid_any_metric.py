"""Military aid and loans under any metric: the giver named with "from" or as the owner right after the sum is the actor
(aid_words.csv), as for development aid, not the state the sum goes to. Own sentences; needs the gazetteer."""
import pytest

pytest.importorskip("pipeline.claims.gazetteer")

from helpers import pipeline_roles as roles  # noqa: E402


def test_military_aid_from_a_giver():
    text = "KIEV, May 4 - Ukraine will receive 20 billion dollars in military aid from the United States this year, officials said."
    assert roles(text, "20 billion dollars")[0] == "USA"


def test_military_aid_owner_after_the_sum():
    text = "KHARTOUM, May 4 - Sudan will receive 50 mln dlrs in U.S. military aid this year, officials said."
    assert roles(text, "50 mln dlrs")[0] == "USA"


def test_sum_from_a_state_with_no_aid_word_keeps_its_reading():
    text = "Kenya's budget deficit will fall to 300 mln dlrs from 420 mln dlrs, the finance ministry said."
    assert roles(text, "300 mln dlrs")[0] == "KEN"


def test_loan_owner_after_the_sum():
    # any aid word of aid_words.csv after the state named after the sum, not only "aid" and "assistance"
    text = "KIEV, May 4 - Ukraine's defence budget will get 2 billion dollars in U.S. loans this year, officials said."
    assert roles(text, "2 billion dollars")[0] == "USA"


def test_aid_word_after_a_state_is_built_from_the_file():
    from pipeline.claims import aid

    after = aid._aid_word_after()
    assert after.match(" military grants for the navy")
    assert after.match(" credits")
    assert not after.match(" Credit Agricole shares")  # lower case only: a capitalised word is a name
    assert not after.match(" budget")
