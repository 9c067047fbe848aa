"""Constructions the write26 helper saw lost in modern defence-spending sets (session 26, probe26), each probed with own
sentences of the construction and its near variants (own words on 2024-25 reporting, figures as reported) and fixed as a
mechanism for any article. Needs the gazetteer.

- a level compared with a figure whose own relative clause says its named subject wants another to spend it ("Spain spent
  1.28% of GDP on defence in 2024, far below the 5% that Trump says allies should spend"): the compared figure is that
  speaker's demand on the modal's subject (stance.reported_relative), not a level of the state compared with it, as it
  already was when no comparison word paired the two ("short of the 5% that ...");
- a level a plan frame in its sentence names, the frame before or after it ("Germany's defence spending is expected to
  reach 3.5% of GDP by 2029 under the government's plans"): the rules' commitment (plans.PLAN_FRAME) stands against the
  type model's forecast (plans.frame_stands in typemodel.RULES_THAT_STAND; only a frame with "under");
- the place a verb of speaking or telling says the words were said in ("Hegseth told Asian allies in Singapore that they
  should spend 5% of GDP", "Speaking in Singapore, Hegseth said Asian allies should spend 5%"): no subject of the modal
  and no story state pressed (voices.said_in_place, speech_place_verbs.csv); "they" is the group told
  (actors.pressed_group), a coded group told stays the subject ("told allies in Brussels that they must");
- an office word an organisation's possessive owns ("The Commission's president said ..." after a sentence on Trump): the
  organisation's, as "NATO officials" are (anaphora.generic_code, ORG_OWNS_GAP), not the president named before.
"""
import pytest

pytest.importorskip("pipeline.claims.gazetteer")

from helpers import pipeline_claims, rules_claims, claim_starting as _claim, claim_fields as _roles  # noqa: E402

TITLE = "Allies weigh higher defence spending"


# -- a compared figure whose relative clause says who should spend it ----------------------------------------------------

COMPARED_REPORTED = [
    ("Spain spent 1.28% of GDP on defence in 2024, far below the 5% that Trump says allies should spend.", "1.28%", "ESP",
     "5%", "NATO"),
    ("Spain spent 1.28% of GDP on defence in 2024, far below the 5% that Hegseth says allies should spend.", "1.28%", "ESP",
     "5%", "NATO"),
    ("Italy spent 1.49% of GDP on defence in 2024, well below the 3.5% that Hegseth says European allies should spend.",
     "1.49%", "ITA", "3.5%", "NATO"),
    ("Canada spent 1.37% of GDP on defence in 2024, well below the 2% that Washington says allies should spend.", "1.37%",
     "CAN", "2%", "NATO"),
]


@pytest.mark.parametrize("text, level, state, figure, pressed", COMPARED_REPORTED)
def test_a_compared_figure_that_a_speaker_says_others_should_spend_is_the_speakers_demand(text, level, state, figure,
                                                                                          pressed):
    claims = pipeline_claims(text, TITLE)
    assert _roles(_claim(claims, figure)) == ("defense_spending", "demand", "USA", pressed)
    lvl = _claim(claims, level)
    assert (lvl["claim_type"], lvl["target_code"]) == ("actual", state)


@pytest.mark.parametrize("text, level, state, figure, pressed", COMPARED_REPORTED)
def test_the_rules_read_the_compared_reported_demand(text, level, state, figure, pressed):
    assert _roles(_claim(rules_claims(text, TITLE), figure)) == ("defense_spending", "demand", "USA", pressed)


def test_a_compared_figure_a_speaker_says_a_state_will_reach_is_no_demand():
    text = "Spain spent 1.28% of GDP on defence in 2024, far below the 2% that Sanchez says Spain will reach this year."
    assert _claim(pipeline_claims(text, TITLE), "2%")["claim_type"] != "demand"


def test_the_reported_relative_check_needs_a_demand_in_the_clause_right_after_the_figure():
    from pipeline.claims import stance as _stance
    from pipeline.claims.lexicon import Hit

    text = "Spain spent 1.28% of GDP, far below the 5% that Trump says allies should spend."
    at = text.index("should")
    cue = Hit(at, at + 6, {})
    fig_end = text.index("5%") + 2
    assert _stance.reported_relative(text, _stance.Stance("demand", cue, "governing"), fig_end)
    assert not _stance.reported_relative(text, _stance.Stance("actual", cue, "governing"), fig_end)
    assert not _stance.reported_relative(text, _stance.Stance("demand", cue, "governing"), text.index("1.28%") + 5)
    assert not _stance.reported_relative(text, _stance.Stance("demand", None, "default"), fig_end)


# -- a plan frame names the level: the plan's commitment stands against the model ------------------------------------------

PLAN_FRAMED = [
    "Germany's defence spending is expected to reach 3.5% of GDP by 2029 under the government's plans.",
    "Under the government's plans, Germany's defence spending is expected to reach 3.5% of GDP by 2029.",
    "Under the coalition's plans, the Netherlands' defence spending is expected to reach 3.5% of GDP by 2035.",
    "Under the plan, Japan's defence spending is projected to hit 2% of GDP in fiscal 2027.",
]


@pytest.mark.parametrize("text", PLAN_FRAMED)
def test_a_level_a_plan_frame_names_stays_the_plans_commitment(text):
    c = pipeline_claims(text, TITLE)[0]
    assert (c["claim_type"], c["target_code"]) == ("commitment", c["actor_code"])


def test_the_plan_frame_stand_needs_the_frame_and_no_figure_between():
    from pipeline.claims.plans import frame_stands

    text = "Germany's defence spending is expected to reach 3.5% of GDP by 2029 under the government's plans."
    at = text.index("3.5%")
    claim = {"claim_type": "commitment", "char_start": at, "char_end": at + 11, "sentence": text}
    assert frame_stands(text, claim, "forecast", 0)
    assert not frame_stands(text, claim, "actual", 0)
    assert not frame_stands(text, {**claim, "claim_type": "proposal"}, "forecast", 0)
    plain = "Germany's defence spending is expected to reach 3.5% of GDP by 2029, economists said."
    at = plain.index("3.5%")
    assert not frame_stands(plain, {**claim, "char_start": at, "char_end": at + 11, "sentence": plain}, "forecast", 0)
    other = "Under the plan, spending rises to 2.4% in 2025; it is expected to reach 3.5% of GDP by 2029."
    at = other.index("3.5%")
    assert not frame_stands(other, {**claim, "char_start": at, "char_end": at + 11, "sentence": other}, "forecast", 0)


def test_a_budget_a_level_falls_in_is_no_plan_frame_that_stands():
    from pipeline.claims.plans import PLAN_FRAME, frame_stands

    text = ("The National Audit Office reported an expected 16.9 billion pound shortfall in the defence equipment budget "
            "over ten years.")
    assert PLAN_FRAME.search(text)  # the rules' frame ("in the ... budget"), not one the stand keeps
    at = text.index("16.9 billion")
    claim = {"claim_type": "commitment", "char_start": at, "char_end": at + 18, "sentence": text}
    assert not frame_stands(text, claim, "forecast", 0)


# -- the place the words were said in is no party to the figure ----------------------------------------------------------

SAID_IN_PLACE = [
    ("Hegseth told Asian allies in Singapore that they should spend 5% of GDP on defence.", None),
    ("Speaking in Singapore, Hegseth said Asian allies should spend 5% of GDP on defence.", None),
    ("In Singapore, Hegseth urged Asian allies to spend 5% of GDP on defence.", None),
    ("Hegseth told allies in Brussels that they must spend 5% of GDP on defence.", "NATO"),
]


@pytest.mark.parametrize("text, pressed", SAID_IN_PLACE)
def test_the_place_words_were_said_in_is_not_the_one_pressed(text, pressed):
    assert _roles(_claim(pipeline_claims(text, TITLE), "5%")) == ("defense_spending", "demand", "USA", pressed)


@pytest.mark.parametrize("text, pressed", SAID_IN_PLACE)
def test_the_rules_leave_the_place_words_were_said_in_out(text, pressed):
    assert _roles(_claim(rules_claims(text, TITLE), "5%")) == ("defense_spending", "demand", "USA", pressed)


def test_a_state_named_with_in_but_no_verb_of_speaking_is_still_read():
    from pipeline.claims import anaphora as _anaphora

    assert _anaphora.SPEECH_PLACE_BEFORE.search("Hegseth told Asian allies in ")
    assert _anaphora.SPEECH_PLACE_BEFORE.search("Speaking at ")
    assert not _anaphora.SPEECH_PLACE_BEFORE.search("Defence spending in ")
    text = "Defence spending in Poland should reach 4.7% of GDP this year, the defence minister said."
    c = _claim(rules_claims(text, TITLE), "4.7%")
    assert c["target_code"] == "POL"


@pytest.mark.parametrize("text, state", [
    ("Rutte said spending in Germany should reach 3.5% of GDP by 2029.", "DEU"),
    ("Hegseth told reporters that spending in Japan should rise to 3.5% of GDP.", "JPN"),
    ("The minister warned that defence spending in Poland must stay above 4% of GDP.", "POL"),
])
def test_a_state_whose_spending_a_speaker_names_with_in_stays_the_target(text, state):
    assert _claim(pipeline_claims(text, TITLE), "")["target_code"] == state


# -- an organisation's office named with its possessive is the organisation's ----------------------------------------------

ORG_OFFICE = [
    ("Trump has demanded more European defence spending. The Commission's president proposed lending 150 billion euros "
     "to governments for defence.", "150 billion"),
    ("U.S. President Donald Trump has pressed European allies to spend more on defence. The Commission's president said "
     "in March that the EU could mobilise up to 800 billion euros for defence.", "800 billion"),
    ("Trump has demanded more European defence spending. The Commission's president said member states could spend an "
     "extra 1.5% of GDP on defence over four years.", "1.5%"),
]


@pytest.mark.parametrize("text, figure", ORG_OFFICE)
def test_an_office_an_organisations_possessive_owns_is_the_organisations(text, figure):
    assert _claim(pipeline_claims(text, TITLE), figure)["actor_code"] == "EU"


def test_the_possessive_gap_is_only_a_possessive():
    from pipeline.claims.anaphora import ORG_OWNS_GAP

    assert ORG_OWNS_GAP.fullmatch("'s ") and ORG_OWNS_GAP.fullmatch(" ") and ORG_OWNS_GAP.fullmatch("’s ")
    assert not ORG_OWNS_GAP.fullmatch(" and the ")
