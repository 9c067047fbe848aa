"""Organisation against state constructions of session 24 (issue 3), each a mechanism for any article. Own sentences
(real facts, own words).

- the members of an organisation named as a group ("NATO members", "NATO countries", "EU members") in a figure's own
  clause, before the figure and not set against anything ("other", "unlike", "than"), own the figure together: target
  the organisation, not the member state the story is about when the clause does not name that state; a relative clause
  ("Europe, where NATO members are moving toward 5% of GDP") is a clause of its own (membergroup.group_owner); a figure
  of the same unit opening the next sentence as its bare subject, naming no one ("3.5 percent goes to core defence"), is
  a part of the group's figure and the group's too (membergroup.carried_group).
"""
import pytest

pytest.importorskip("pipeline.claims.gazetteer")

from helpers import rules_claims, claim_with as _claim  # noqa: E402


# -- a members group in the figure's own clause owns it ----------------------------------------------------------------
def test_for_all_nato_countries_after_a_finnish_story_is_natos():
    text = ("Finland's defence minister spoke to reporters in Helsinki. For all NATO countries, 5 percent is a large "
            "sum.")
    c = _claim(rules_claims(text), "5 percent")
    assert c["target_code"] == "NATO"


def test_where_nato_members_head_toward_five_percent_is_not_australias():
    text = ("Australia's defence minister Richard Marles met Hegseth in Singapore. Hegseth urged Asian allies to keep "
            "pace with Europe, where NATO members are heading toward 5% of GDP.")
    c = _claim(rules_claims(text), "5% of GDP")
    assert c["target_code"] == "NATO"


def test_where_nato_countries_move_toward_five_percent_is_not_japans():
    text = ("Japan's defence minister met Hegseth in Singapore. Hegseth said Asian allies such as Japan should look "
            "to Europe, where NATO countries are moving toward 5% of GDP.")
    c = _claim(rules_claims(text), "5% of GDP")
    assert c["target_code"] == "NATO"


# -- a state named in the clause, or set against the group, keeps its figure -------------------------------------------
def test_a_state_unlike_most_nato_members_keeps_its_share():
    c = _claim(rules_claims("Poland, unlike most NATO members, already spends more than 4% of GDP on defence."),
               "4% of GDP")
    assert c["target_code"] == "POL"


def test_a_deficit_before_the_ceiling_eu_countries_agreed_is_the_states():
    text = ("Italy's government said its deficit would fall below 3% of GDP, the ceiling EU countries agreed in the "
            "Maastricht treaty.")
    c = _claim(rules_claims(text), "3% of GDP")
    assert c["target_code"] == "ITA"


def test_a_new_zealand_pledge_before_the_nato_sentence_stays_new_zealands():
    text = ("New Zealand's government said it would double defence spending to 2% of GDP. Hegseth told Pacific "
            "partners to look at Europe, where NATO members are moving toward 5% of GDP.")
    claims = rules_claims(text)
    assert _claim(claims, "2% of GDP")["target_code"] == "NZL"
    assert _claim(claims, "5% of GDP")["target_code"] == "NATO"


# -- the parts of the group's figure opening the next sentences are the group's too ------------------------------------
def test_the_parts_of_natos_five_percent_listed_next_are_natos():
    text = ("Finland's defence minister spoke to reporters in Helsinki. For all NATO countries, 5 percent is a large "
            "sum. 3.5 percent goes to core defence. 1.5 percent goes to related spending such as roads and cyber "
            "security.")
    claims = rules_claims(text)
    assert _claim(claims, "5 percent")["target_code"] == "NATO"
    assert _claim(claims, "3.5 percent")["target_code"] == "NATO"
    assert _claim(claims, "1.5 percent")["target_code"] == "NATO"


def test_a_next_sentence_naming_the_state_keeps_its_own_share():
    text = ("Finland's defence minister spoke to reporters in Helsinki. For all NATO countries, 5 percent is a large "
            "sum. Finland's own defence spending will reach 3 percent in 2029.")
    claims = rules_claims(text)
    assert _claim(claims, "5 percent")["target_code"] == "NATO"
    assert _claim(claims, "3 percent")["target_code"] == "FIN"


def test_a_bare_share_without_a_group_before_it_stays_the_storys():
    text = ("Finland's defence minister spoke to reporters in Helsinki. Finland spends 2.4 percent of GDP on defence. "
            "3 percent is the level the government wants by 2029.")
    claims = rules_claims(text)
    assert _claim(claims, "3 percent")["target_code"] == "FIN"
