"""Constructions found by the modern57 set's first run (session 27, write27) and probed with own sentences of the same
kind, each a mechanism for any article. Own sentences in own words on 2014-25 reporting (figures as reported); needs the
gazetteer.

- a refusal or rejection named by its noun with the figure as its object ("President Donald Trump called Spain's refusal
  of the 5% terrible", "despite Spain's rejection of the 5% goal"): the refuser's rejection, as "Spain's refusal to
  spend" already was (stance_cues.csv "refusal of", "rejection of"), not a forecast or the speaker's own figure;
- a yardstick named by a party's possessive after the figure ("3.32% of GDP, in line with NATO's definition", "2% of GDP
  ... under NATO's standards"): the party whose way of counting the figure follows is no party a proposal is put to
  (owners.object_of, yardstick_nouns.csv), so the proposal stays the proposing state's own;
- a declaration that commits its signatories ("The summit declaration commits allies to spend 3.5% of GDP on core
  defence"): the object bound by its own word is the figure's actor as well as its owner, not the state a story named
  before (causative_verbs.csv, binds "self"; owners.binds_itself; ANNOTATION.md: "allies" -> the alliance);
- a target a state acts to meet in a purpose clause after its own future or pledge ("Canada will spend an additional 9
  billion Canadian dollars ... so that it meets NATO's target of 2% of GDP"): the state's commitment, not a benchmark it
  is measured against (purpose_reach_openers.csv, organisations.purposed_reach; ANNOTATION.md modern53/57: a member's
  pledge to reach an organisation's target);
- an aside comparing with what the others did (", as the other NATO allies agreed at The Hague on Wednesday,"): the others
  named in it are no subject of the clause after it (roles.aside_regex).
"""
import pytest

pytest.importorskip("pipeline.claims.gazetteer")

from helpers import pipeline_claims, rules_claims, claim_starting as _claim, claim_fields as _roles  # noqa: E402

TITLE = "Allies weigh higher defence spending"


# -- a refusal or rejection named by its noun, the figure its object ---------------------------------------------------

REFUSALS = [
    ("Spain will not raise its defence spending to 5% of GDP. President Donald Trump called Spain's refusal of the 5% "
     "terrible.", "5%", 1, "ESP"),
    ("NATO's summit in The Hague went ahead despite Spain's rejection of the 5% goal for defence spending.", "5%", 0, "ESP"),
    ("Australia spends about 2% of GDP on defence. The Pentagon noted Australia's rejection of the 3.5% goal Pete Hegseth "
     "had urged.", "3.5%", 0, "AUS"),
]


def _nth(claims, figure, n):
    got = [c for c in claims if c["figure_text"].startswith(figure)]
    assert len(got) > n, f"no claim {n} for {figure!r}: {[c['figure_text'] for c in claims]}"
    return got[n]


@pytest.mark.parametrize("text, figure, n, refuser", REFUSALS)
def test_a_refusal_noun_with_the_figure_as_object_is_its_owners_rejection(text, figure, n, refuser):
    c = _nth(pipeline_claims(text, TITLE), figure, n)
    assert (c["metric"], c["claim_type"], c["actor_code"]) == ("defense_spending", "rejection", refuser)
    assert c["target_code"] in (refuser, "NATO")


@pytest.mark.parametrize("text, figure, n, refuser", REFUSALS)
def test_the_rules_read_the_refusal_noun_too(text, figure, n, refuser):
    c = _nth(rules_claims(text, TITLE), figure, n)
    assert (c["claim_type"], c["actor_code"]) == ("rejection", refuser)


# -- a yardstick after a possessive is no party the proposal is put to --------------------------------------------------

YARDSTICKS = [
    ("Taiwan's government met on Thursday. In August, the cabinet proposed raising defence spending next year to 949.5 "
     "billion Taiwan dollars, or 3.32% of GDP, a figure that includes coast guard spending, in line with NATO's definition.",
     "3.32%", "TWN"),
    ("Taiwan's government met on Thursday. In August, the cabinet proposed raising defence spending next year to 3.32% of "
     "GDP, in line with NATO's definition.", "3.32%", "TWN"),
    ("Italy's government wants to count its coast guard. The Treasury proposed reaching 2% of GDP on defence this year "
     "under NATO's standards.", "2%", "ITA"),
]


@pytest.mark.parametrize("text, figure, state", YARDSTICKS)
def test_a_yardstick_after_a_possessive_leaves_the_proposal_the_states_own(text, figure, state):
    assert _roles(_claim(pipeline_claims(text, TITLE), figure)) == ("defense_spending", "proposal", state, state)


@pytest.mark.parametrize("text, figure, state", YARDSTICKS)
def test_the_rules_leave_the_yardsticks_owner_out(text, figure, state):
    c = _claim(rules_claims(text, TITLE), figure)
    assert (c["actor_code"], c["target_code"]) == (state, state)


def test_a_party_asked_after_the_figure_is_still_the_target():
    # a demand put to a party named after the figure, with no yardstick noun after it, keeps that party as its target
    c = _claim(pipeline_claims("U.S. Defense Secretary Pete Hegseth urged a defence spending level of 3.5% of GDP for "
                               "Japan.", TITLE), "3.5%")
    assert (c["claim_type"], c["actor_code"], c["target_code"]) == ("demand", "USA", "JPN")


# -- a declaration that commits its signatories -------------------------------------------------------------------------

COMMITTED = [
    ("Spain spent 1.28% of GDP on defence last year, NATO estimates. The summit declaration commits allies to spend 3.5% "
     "of GDP on core defence by 2035.", "3.5%"),
    ("Spain spent 1.28% of GDP on defence last year, NATO estimates. The summit declaration commits allies to spend 3.5% "
     "of GDP on core defence and a further 1.5% on related items such as infrastructure and resilience by 2035.", "1.5%"),
    ("Spain spent 1.28% of GDP on defence last year, NATO estimates. The declaration commits NATO members to spend 3.5% "
     "of GDP on core defence by 2035.", "3.5%"),
]


@pytest.mark.parametrize("text, figure", COMMITTED)
def test_a_declaration_committing_allies_is_the_allies_commitment(text, figure):
    assert _roles(_claim(pipeline_claims(text, TITLE), figure)) == ("defense_spending", "commitment", "NATO", "NATO")


@pytest.mark.parametrize("text, figure", COMMITTED)
def test_the_rules_make_the_committed_allies_the_actor(text, figure):
    c = _claim(rules_claims(text, TITLE), figure)
    assert (c["claim_type"], c["actor_code"], c["target_code"]) == ("commitment", "NATO", "NATO")


def test_a_rule_that_obliges_a_state_keeps_its_own_actor():
    # "oblige" binds its object by another's rule, not by its own word: the object owns the figure, the actor is not it
    c = _claim(rules_claims("Italy's debt is high. EU rules oblige Italy to keep its deficit below 3% of GDP.", TITLE), "3%")
    assert c["target_code"] == "ITA"
    assert c["actor_code"] != "ITA"


# -- a target a state acts to meet in a purpose clause --------------------------------------------------------------------
# (stated in the module docstring's terms: a purpose opener of purpose_reach_openers.csv right before a verb of meeting or
# reaching an organisation's target, after the state's own future or pledge: the state's commitment, not the organisation's
# benchmark the state is measured against; organisations.purposed_reach, read by plantype and claim)

PURPOSED = [
    ("Canada will spend an additional 9 billion Canadian dollars on defence this fiscal year so that it meets NATO's target "
     "of 2% of gross domestic product, Prime Minister Mark Carney said.", "2%", "CAN"),
    ("Belgium will spend an extra 4 billion euros on defence this year so that it meets NATO's 2% target.", "2%", "BEL"),
    ("Italy will count its coast guard and military pensions as defence spending so that it reaches NATO's goal of 2% of GDP "
     "this year.", "2%", "ITA"),
]


@pytest.mark.parametrize("text, figure, state", PURPOSED)
def test_a_target_a_state_acts_to_meet_is_its_commitment(text, figure, state):
    c = _claim(pipeline_claims(text, TITLE), figure)
    assert (c["metric"], c["claim_type"], c["actor_code"]) == ("defense_spending", "commitment", state)
    assert c["target_code"] in (state, "NATO")


@pytest.mark.parametrize("text, figure, state", PURPOSED)
def test_the_rules_read_the_purpose_clause(text, figure, state):
    c = _claim(rules_claims(text, TITLE), figure)
    assert (c["claim_type"], c["actor_code"]) == ("commitment", state)


@pytest.mark.parametrize("text", [
    "Germany met NATO's 2% target for the first time last year.",
    "Canada is unlikely to meet NATO's target of 2% of GDP before 2032.",
])
def test_a_target_met_or_doubted_without_a_purpose_clause_stays_a_benchmark(text):
    assert _claim(rules_claims(text, TITLE), "2%")["claim_type"] == "benchmark"


# -- an aside comparing with what the others did --------------------------------------------------------------------------
# (", as the other NATO allies agreed at The Hague on Wednesday,": roles.aside_regex; the others named in it are no subject
# of the clause after it, so the speaker's counter-figure stays his state's)

OTHERS_ASIDE = [
    ("Prime Minister Pedro Sanchez said Spain would not spend 5% of its gross domestic product on defence, as the other NATO "
     "allies agreed at The Hague on Wednesday, and that 2.1% would be enough for it to meet its capability targets.",
     "2.1%", "ESP"),
    ("Pedro Sanchez said Spain would not spend 5% of GDP on defence, as other NATO allies agreed, and that 2.1% would be "
     "enough.", "2.1%", "ESP"),
]


@pytest.mark.parametrize("text, figure, state", OTHERS_ASIDE)
def test_the_others_in_an_as_aside_are_no_subject_of_the_clause_after_it(text, figure, state):
    c = _claim(pipeline_claims(text, TITLE), figure)
    assert (c["actor_code"], c["target_code"]) == (state, state)
    assert c["claim_type"] in ("commitment", "proposal")


@pytest.mark.parametrize("text, figure, state", OTHERS_ASIDE)
def test_the_rules_skip_the_others_aside(text, figure, state):
    c = _claim(rules_claims(text, TITLE), figure)
    assert (c["actor_code"], c["target_code"]) == (state, state)
