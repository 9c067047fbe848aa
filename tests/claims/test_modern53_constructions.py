"""Constructions found by the modern53 set's first run (session 26, write26) and probed with own sentences of the same
stances, each a mechanism for any article. Own sentences in own words on 2014-25 reporting (figures as reported); needs
the gazetteer.

- a figure heading a relative clause with a pronoun whose named subject wants, urges or presses another to spend it, after
  a comparison ("close to the 5% of GDP that Trump wants allies to spend", "far from the 2% of GDP that Washington has
  pressed Ottawa to spend"): that subject's demand, its target the one pressed (stance.ZERO_RELATIVE with "that";
  claim._relative_pressed), not the main clause's plan or level ("far from" is no level the figure moves from);
- a relative clause whose named subject says what another should or must spend ("the 5% that Donald Trump said this month
  all NATO members should spend"): the speaker's demand on the modal's subject (stance.REPORTED_RELATIVE; kept against the
  type model by relstance.reported_demand_stands);
- an organisation's chief stating a duty of its members as a group ("NATO Secretary General Mark Rutte told allies in
  December that they would have to spend considerably more than 2%"): the organisation's demand on its members, though
  both carry its code (othersduty._chief_of_members; ANNOTATION.md: what the alliance's chief says members need);
- a state's budget of a year sized by the figure, with its defence part given after it ("Germany's 2025 budget of 502.5
  billion euros includes 62.4 billion euros for defence", "Japan's 115.5 trillion yen budget for fiscal 2025 includes a
  record 8.7 trillion yen for defence"): the whole budget, public_spending, not the defence part
  (budgetwords.YEAR_BUDGET with a state's possessive, OWNER_BEFORE_FIGURE and budget_part_links.csv);
- a figure coordinated after another as its further part of one verb ("has proposed that allies spend 3.5% of GDP on core
  defence and a further 1.5% on related items ... by 2035"): the verb's type stands against the type model
  (furtherpart.rules_stand, further_part_words.csv);
- a level framed by plans in the plural ("Under the government's plans, Germany's defence spending is expected to reach 3.5%
  of GDP by 2029"): the plans' content, a commitment, as "under the plan" already was (plans.PLAN_FRAME reads the plural; the
  rules' reading only: the type model still reads these sentences' "expected" as a forecast, which no check overrules).
"""
import pytest

pytest.importorskip("pipeline.claims.gazetteer")

from helpers import pipeline_claims, rules_claims, claim_starting as _claim, claim_fields as _roles  # noqa: E402

TITLE = "Allies weigh higher defence spending"


# -- a relative clause that wants, urges or presses another to spend the figure -----------------------------------------

WANTED = [
    ("Poland is already close to the 5% of GDP that Trump wants allies to spend on defence.", "5%", "USA", "NATO"),
    ("Lithuania's defence plan goes beyond the 5% of GDP that Trump wants allies to spend.", "5%", "USA", "NATO"),
    ("Canada is far from the 2% of GDP that Washington has pressed Ottawa to spend on defence.", "2%", "USA", "CAN"),
    ("For years Canada remained well short of the 2% of GDP that Washington had long urged Ottawa to spend on defence.",
     "2%", "USA", "CAN"),
    ("Japan's plan falls short of the 3.5% of GDP that the Pentagon has pressed Tokyo to spend on defence.", "3.5%", "USA",
     "JPN"),
]


@pytest.mark.parametrize("text, figure, asker, pressed", WANTED)
def test_a_relative_clause_of_wanting_or_pressing_is_its_subjects_demand(text, figure, asker, pressed):
    assert _roles(_claim(pipeline_claims(text, TITLE), figure)) == ("defense_spending", "demand", asker, pressed)


@pytest.mark.parametrize("text, figure, asker, pressed", WANTED[2:])
def test_the_rules_read_the_pressed_party_of_the_relative_clause(text, figure, asker, pressed):
    c = _claim(rules_claims(text, TITLE), figure)
    assert (c["claim_type"], c["actor_code"], c["target_code"]) == ("demand", asker, pressed)


def test_a_proposing_relative_clause_stays_a_proposal():
    c = _claim(pipeline_claims("Estonia will spend more than the 3.5% of GDP that Rutte has proposed for core defence.",
                               TITLE), "3.5%")
    assert (c["claim_type"], c["actor_code"]) == ("proposal", "NATO")


@pytest.mark.parametrize("text, figure, owner", [
    ("Spain is still a long way from the 2% of GDP it pledged for defence in 2014.", "2%", "ESP"),
    ("Canada will reach the 2% of GDP that NATO allies agreed in 2014 this fiscal year, Carney said.", "2%", "CAN"),
])
def test_a_distance_or_an_own_pledge_is_no_demand(text, figure, owner):
    c = _claim(rules_claims(text, TITLE), figure)
    assert c["claim_type"] != "demand" and c["target_code"] == owner


# -- a relative clause whose subject says another should or must spend the figure -------------------------------------

REPORTED = [
    ("Lithuania's defence plan goes further than the 5% that Donald Trump said this month all NATO members should spend.",
     "5%"),
    ("Vilnius's defence plan goes beyond the 5% that Trump said all NATO members should spend.", "5%"),
    ("Poland already spends close to the 5% of GDP that Trump has said allies must spend on defence.", "5%"),
]


@pytest.mark.parametrize("text, figure", REPORTED)
def test_a_relative_clause_saying_others_should_spend_is_the_speakers_demand(text, figure):
    assert _roles(_claim(pipeline_claims(text, TITLE), figure)) == ("defense_spending", "demand", "USA", "NATO")


@pytest.mark.parametrize("text, figure", REPORTED)
def test_the_rules_read_the_reported_relative_clause_as_a_demand(text, figure):
    assert _claim(rules_claims(text, TITLE), figure)["claim_type"] == "demand"


def test_a_relative_clause_of_a_states_own_will_stays_its_plan():
    c = _claim(pipeline_claims("Canada will reach the 2% of GDP on defence that Carney said Canada would reach this fiscal "
                               "year.", TITLE), "2%")
    assert c["claim_type"] != "demand"


def test_the_stand_reads_only_a_reported_relative_clause():
    from pipeline.claims.relstance import reported_demand_stands
    text = "Vilnius's plan goes beyond the 5% that Trump said all NATO members should spend on defence."
    claim = {"claim_type": "demand", "char_start": text.index("5%"), "char_end": text.index("5%") + 2}
    assert reported_demand_stands(text, claim, "commitment")
    assert not reported_demand_stands(text, claim, "demand")
    other = "Vilnius plans to spend 5% of GDP on defence, Nauseda said."
    assert not reported_demand_stands(other, {"claim_type": "demand", "char_start": other.index("5%"),
                                              "char_end": other.index("5%") + 2}, "commitment")


# -- an organisation's chief on its members' duty ------------------------------------------------------------------------

CHIEF = [
    "NATO Secretary General Mark Rutte told allies in December that they would have to spend considerably more than 2%.",
    "NATO Secretary General Mark Rutte said allies would have to spend considerably more than 2% of GDP on defence.",
    "Rutte told allies in December that they would have to spend considerably more than 2% of GDP.",
    "Rutte told allies that they will have to spend considerably more than 2% of GDP on defence.",
]


@pytest.mark.parametrize("text", CHIEF)
def test_the_chiefs_duty_of_members_is_the_organisations_demand(text):
    assert _roles(_claim(pipeline_claims(text, TITLE), "2%")) == ("defense_spending", "demand", "NATO", "NATO")


@pytest.mark.parametrize("text", CHIEF[:2])
def test_the_rules_read_the_chiefs_duty_as_a_demand(text):
    assert _claim(rules_claims(text, TITLE), "2%")["claim_type"] == "demand"


@pytest.mark.parametrize("text, figure", [
    ("NATO allies agreed in The Hague that they would have to spend 3.5% of GDP on core defence by 2035.", "3.5%"),
    ("'We will have to spend 3.5% of GDP on defence,' Germany's defence minister Boris Pistorius said.", "3.5%"),
])
def test_members_speaking_of_their_own_duty_make_no_demand(text, figure):
    assert _claim(rules_claims(text, TITLE), figure)["claim_type"] != "demand"


# -- a state's budget of a year is the whole, its defence part given apart ------------------------------------------------

@pytest.mark.parametrize("text, whole, part", [
    ("Germany's 2025 budget of 502.5 billion euros includes 62.4 billion euros for defence.", "502.5 billion", "62.4 billion"),
    ("Japan's 115.5 trillion yen budget for fiscal 2025 includes a record 8.7 trillion yen for defence.", "115.5 trillion",
     "8.7 trillion"),
    ("Japan's record 115.5 trillion yen budget for fiscal 2025 includes 8.7 trillion yen for defence.", "115.5 trillion",
     "8.7 trillion"),
])
def test_a_states_budget_of_a_year_is_its_whole_and_the_part_its_own(text, whole, part):
    claims = pipeline_claims(text, TITLE)
    assert _claim(claims, whole)["metric"] == "public_spending"
    assert _claim(claims, part)["metric"] == "defense_spending"


@pytest.mark.parametrize("text", [
    "Israel's 2025 budget of 619 billion shekels gives defence the largest share after more than a year of war.",
    "Germany's 2025 budget of 502.5 billion euros gives defence more than last year's budget did.",
])
def test_a_states_budget_of_a_year_with_a_part_named_after_it_is_the_whole(text):
    assert pipeline_claims(text, TITLE)[0]["metric"] == "public_spending"


def test_a_budget_with_its_part_named_before_it_stays_the_part():
    # "defence budget" is the part's own noun; a bare budget of a year whose sentence names defence first is the part's
    c = _claim(pipeline_claims("Japan's defence budget for fiscal 2025 is a record 8.7 trillion yen.", TITLE), "8.7 trillion")
    assert c["metric"] == "defense_spending"
    c = _claim(pipeline_claims("Japan's 8.7 trillion yen budget for fiscal 2025 is a record for the defence ministry.", TITLE),
               "8.7 trillion")
    assert c["metric"] == "defense_spending"


# -- a further part of one verb keeps the verb's type --------------------------------------------------------------------

@pytest.mark.parametrize("text, ctype", [
    ("NATO Secretary General Mark Rutte has proposed that allies spend 3.5% of GDP on core defence and a further 1.5% on "
     "related items such as infrastructure by 2035.", "proposal"),
    ("Rutte proposed that allies spend 3.5% of GDP on core defence and an additional 1.5% on related security spending.",
     "proposal"),
    ("Allies agreed in The Hague to spend 3.5% of GDP on core defence and a further 1.5% on related items by 2035.",
     "commitment"),
    ("Sanchez refused to commit Spain to 3.5% of GDP on core defence and a further 1.5% on related items.", "rejection"),
])
def test_a_further_part_keeps_the_verbs_type(text, ctype):
    claims = pipeline_claims(text, TITLE)
    assert _claim(claims, "3.5%")["claim_type"] == ctype
    assert _claim(claims, "1.5%")["claim_type"] == ctype


def test_the_further_part_stand_needs_an_earlier_figure_and_the_words():
    from pipeline.claims.furtherpart import rules_stand
    text = "Rutte has proposed that allies spend 3.5% of GDP on core defence and a further 1.5% on related items by 2035."
    at = text.index("1.5%")
    claim = {"claim_type": "proposal", "char_start": at, "char_end": at + 4}
    assert rules_stand(text, claim, "commitment", 0)
    assert not rules_stand(text, {**claim, "claim_type": "actual"}, "commitment", 0)
    other = "Rutte has proposed that allies spend more on core defence and a further 1.5% on related items by 2035."
    at = other.index("1.5%")
    assert not rules_stand(other, {"claim_type": "proposal", "char_start": at, "char_end": at + 4}, "commitment", 0)


# -- plans in the plural frame a level as "the plan" does (the rules' reading) ---------------------------------------------

@pytest.mark.parametrize("text", [
    "Under the government's plans, Germany's defence spending is expected to reach 3.5% of GDP by 2029.",
    "Germany's defence spending is projected to reach 3.5% of GDP by 2029 under the finance ministry's plans.",
    "Under the plan, Japan's defence spending is projected to hit 2% of GDP in fiscal 2027.",
])
def test_the_rules_read_a_level_plans_frame_as_a_commitment(text):
    c = rules_claims(text, TITLE)[0]
    assert (c["claim_type"], c["target_code"]) == ("commitment", c["actor_code"])


def test_a_level_economists_expect_with_no_plan_stays_a_forecast():
    text = "Germany's defence spending is expected to reach 3.5% of GDP by 2029, economists said."
    assert rules_claims(text, TITLE)[0]["claim_type"] == "forecast"
