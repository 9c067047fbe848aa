"""Whose figure it is when the story names several states and organisations (fresh target set, own sentences)."""
import pytest
from helpers import claims_of, mention

pytest.importorskip("pipeline.claims.gazetteer")


def roles(text, surface, value, title=None, **extra):
    c = claims_of(text, mention(text, surface, value, **extra), title=title)[0]
    return c["actor_code"], c["target_code"]


def test_shared_currency_word_yields_to_the_story_state():
    # "pounds" is read as sterling by default; a Sudan story never naming Britain spends Sudanese pounds
    text = "Government expenditure was put at 6.79 billion pounds for the coming year."
    money = dict(unit="currency", currency="GBP")
    assert roles(text, "6.79 billion pounds", 6.79e9, title="SUDAN UNVEILS BUDGET", **money)[1] == "SDN"
    assert roles(text, "6.79 billion pounds", 6.79e9, title="BRITISH GOVERNMENT UNVEILS BUDGET", **money)[1] == "GBR"
    assert roles(text, "6.79 billion pounds", 6.79e9, **money)[1] == "GBR"  # no state named: the currency's
