"""Role constructions from the session-27 roles audit (acc-roles27): each probed with own sentences of the construction
and near variants (own words on 2025 reporting, figures as reported) and fixed as a mechanism for any article. Needs the
gazetteer.

- "their" after the place a verb of speaking or telling says the words were said in, with "they" (the group told) between
  them ("Hegseth told Asian partners at a conference in Singapore that they should raise defence spending to 5% of their
  GDP"): the group told owns the figure as "they" does, not the host state (anaphora.told_group_their; the place is no
  party to the figure, voices.said_in_place, moved to anaphora with its patterns so the possessive can ask it);
- "allies in the region", "partners in the region" (group_words.csv, HOME): a regional group no organisation code covers,
  the state the story is about (ANNOTATION.md, fresh roles set), not NATO, as "Asian allies" already was;
- a figure in the "that" clause of a coded owner's announcement, statement or pledge ("Analysts said rates could fall
  after Lawson's announcement on Tuesday that the borrowing requirement would be 4 billion stg"): the owner's, not left
  to no one by the analysts or dealers who comment on it (voices.announced_owner, announced_nouns.csv, the same
  mechanism audit27 wired into the speaker step);
- an estimated base a state's plan earlier in the sentence cuts from ("The House budget would cut the deficit about 38
  billion dlrs off an estimated 171 billion dlr deficit"): the plan's author estimates it for the year it plans for
  (claim._estimated_base_author: the author's forecast, not a level no one states).
"""
import pytest

pytest.importorskip("pipeline.claims.gazetteer")

from helpers import pipeline_claims, rules_claims, claim_starting as _claim, claim_fields as _roles  # noqa: E402

JAPAN_TITLE = "Japan weighs higher defence budget"
JAPAN_LEAD = "Japan's cabinet discussed the defence budget on Friday. "


# -- "their" after a speech place, "they" (the group told) between -------------------------------------------------------

THEIR_AFTER_PLACE = [
    "Hegseth told Asian partners at a conference in Singapore that they should raise defence spending to 5% of their GDP.",
    "Hegseth told Asian allies in Singapore that they should spend 5% of their GDP on defence.",
    "U.S. Defense Secretary Pete Hegseth told Asian allies at the Shangri-La Dialogue in Singapore that they should spend 5% "
    "of their GDP on defence.",
]


@pytest.mark.parametrize("text", THEIR_AFTER_PLACE)
def test_their_after_the_place_of_a_speech_is_not_the_host_state(text):
    c = _claim(pipeline_claims(text, "Hegseth presses Asian allies"), "5%")
    assert c["actor_code"] == "USA"
    assert c["target_code"] != "SGP"


@pytest.mark.parametrize("text", THEIR_AFTER_PLACE)
def test_their_after_the_place_of_a_speech_is_the_story_state_told(text):
    # the group told is a regional group no organisation code covers: the state the story is about (HOME)
    c = _claim(rules_claims(JAPAN_LEAD + text, JAPAN_TITLE), "5%")
    assert _roles(c) == ("defense_spending", "demand", "USA", "JPN")


def test_their_after_the_place_of_a_speech_to_european_allies_stays_the_alliance():
    text = ("NATO defence ministers met on Thursday. The U.S. defence secretary told European allies at a meeting in Brussels "
            "that they must raise defence budgets to 3.5% of their GDP.")
    assert _claim(pipeline_claims(text, "Allies meet in Brussels"), "3.5%")["target_code"] == "NATO"


def test_their_with_no_they_between_is_not_given_to_the_group_told():
    # the tellers may own it ("their" with no "they" before it): not read as the allies told
    text = "The Baltic states told allies at the summit in Vilnius that their defence spending would stay above 2% of GDP."
    assert _claim(rules_claims(text, "Baltic budgets"), "2%")["target_code"] != "NATO"


def test_the_speech_place_helpers_are_read_from_both_modules():
    from pipeline.claims import anaphora as _anaphora, voices as _voices

    assert _voices.said_in_place is _anaphora.said_in_place
    assert _anaphora.SPEECH_PLACE_BEFORE.search("Hegseth told Asian partners at a conference in ")
    assert _anaphora.THEY_AFTER_PLACE.search(" that they should raise spending to 5% of ")
    assert not _anaphora.THEY_AFTER_PLACE.search(" that their spending would ")


# -- allies or partners "in the region" ---------------------------------------------------------------------------------

IN_THE_REGION = [
    (JAPAN_LEAD + "The Nikkei newspaper reported that Washington had also floated 5% of GDP for allies in the region.", "5%"),
    (JAPAN_LEAD + "Washington has pressed allies in the region to raise defence spending to 3.5% of GDP.", "3.5%"),
    (JAPAN_LEAD + "Hegseth urged partners in the region to spend 5% of GDP on defence.", "5%"),
]


@pytest.mark.parametrize("text, figure", IN_THE_REGION)
def test_allies_in_the_region_are_the_story_state_not_the_alliance(text, figure):
    c = _claim(rules_claims(text, JAPAN_TITLE), figure)
    assert (c["actor_code"], c["target_code"]) == ("USA", "JPN")


def test_allies_alone_stay_the_alliance():
    text = "NATO defence ministers met on Thursday. Washington has pressed allies to raise defence spending to 3.5% of GDP."
    assert _claim(rules_claims(text, "Allies meet in Brussels"), "3.5%")["target_code"] == "NATO"


# -- a figure in a coded owner's announcement "that" clause --------------------------------------------------------------

ANNOUNCED = [
    ("Analysts said defence shares rose after Starmer's announcement in February that defence spending would rise to "
     "2.5% of GDP by 2027.", "2.5%", "GBR"),
    ("Analysts said Japan's announcement that its defence spending would reach 2% of GDP by 2027 marked a break with "
     "postwar policy.", "2%", "JPN"),
    ("Dealers said bond yields rose after Germany's announcement that defence spending would climb to 3.5% of GDP by "
     "2029.", "3.5%", "DEU"),
    ("Economists said the pound gained after the U.K. Treasury's statement that borrowing would fall to four billion stg, "
     "dealers said.", "four billion", "GBR"),
]


@pytest.mark.parametrize("text, figure, owner", ANNOUNCED)
def test_a_figure_in_an_owners_announcement_is_the_owners(text, figure, owner):
    c = _claim(rules_claims(text, "Markets react"), figure)
    assert (c["actor_code"], c["target_code"]) == (owner, owner)


def test_a_forecast_before_an_announcement_stays_the_forecasters():
    text = "Analysts expect Britain's deficit to reach 3.5% of GDP, despite the government's announcement that it would cut spending."
    assert _claim(rules_claims(text, "Markets react"), "3.5%")["actor_code"] is None


def test_the_announcement_pattern_needs_a_possessive_and_that():
    from pipeline.claims import voices as _voices

    assert _voices._announced_that().search("after Lawson's announcement yesterday that ")
    assert _voices._announced_that().search("the Treasury's statement that ")
    assert not _voices._announced_that().search("after the announcement that ")
    assert not _voices._announced_that().search("Lawson's announcement of a cut in ")


# -- an estimated base a state's plan cuts from -------------------------------------------------------------------------

ESTIMATED_BASE = [
    ("The House budget plan for fiscal 1988 would cut the deficit by about 38 billion dlrs off an estimated 171 billion "
     "dlr deficit.", "171 billion"),
    ("The House Budget Committee plan would trim 38 billion dlrs off of an estimated fiscal 1988 deficit of 171 billion "
     "dlrs.", "171 billion"),
    ("The Senate Budget Committee proposed cutting the deficit by 37 billion dlrs from an estimated 171 billion dlrs in "
     "fiscal 1988.", "171 billion"),
]


@pytest.mark.parametrize("text, figure", ESTIMATED_BASE)
def test_an_estimated_base_a_plan_cuts_from_is_the_plans_authors(text, figure):
    c = _claim(rules_claims(text, "Budget committees cut deficit"), figure)
    assert (c["metric"], c["actor_code"], c["target_code"]) == ("fiscal_deficit", "USA", "USA")


def test_an_estimated_base_is_foreseen_for_the_plans_year():
    text = ESTIMATED_BASE[0][0]
    assert _claim(rules_claims(text, "Budget committees cut deficit"), "171 billion")["claim_type"] == "forecast"


def test_an_estimated_level_with_no_plan_before_it_keeps_no_actor():
    text = "Foreign bankers said China's total debt rose sharply from an estimated 20 billion dlrs at end-1985."
    assert _claim(rules_claims(text, "China debt"), "20 billion")["actor_code"] is None


def test_the_estimated_base_pattern():
    from pipeline.claims import claim as _claim_mod

    assert _claim_mod.ESTIMATED_BASE.search("would cut 38 billion dlrs off an estimated ")
    assert _claim_mod.ESTIMATED_BASE.search("reductions off of an estimated deficit base of ")
    assert not _claim_mod.ESTIMATED_BASE.search("the deficit reached an estimated ")
