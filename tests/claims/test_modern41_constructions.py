"""Constructions found by the modern41 set (session 22, write22), each a mechanism for any article: the claim_type pairs
the held-out set loses (forecast against commitment, benchmark against demand, a rejection against a counter-proposal,
an actual level against a rule). Own sentences (2024-26 facts, own words, figures approximate; the Berlin bond and the
Polish opposition's 4.5% are hypothetical); needs the gazetteer.

- the sum a subject "will need" or "would need" to reach a level is an estimate of its cost: a forecast
  (stance_cues.csv "will need", below plans.FORECASTER_PRIORITY; heldstance.NEEDED_SUM against the model);
- an option "under study" is floated: "is studying" proposes (stance_cues.csv); one its subject is "not considering",
  "not weighing" or "not planning" is refused (ruletype.NEG_CONSIDER);
- an aside placing a level against a rule (", well above the EU's 3% ceiling,") neither governs nor owns the level after
  it (roles.aside_regex, asidestance.outside_aside reading the clause's cues before the aside);
- a rule's noun, the alliance's or bloc's by a common noun or the alliance's own target, as the subject of an asking verb
  is a standing rule (plantype.RULE_SUBJECT; rulestand.RULE_ASKS_BEFORE against the model); so is a cap's or ceiling's
  "of" phrase holding the figure (rulestand.RULE_NOUN_OF against the model);
- a pledge coordinated after a first predicate ("and has pledged to reach") opens its own scope
  (stance.COORDINATED_PREDICATE);
- a counter-proposal after a rejection, by "and instead proposed" (a participle row after "and") or ", calling for"
  (a participle clause after a comma), is the second verb's (conjuncts.later_conjunct), its actor the first predicate's
  subject (voices.COORDINATED_CUE);
- "on track to reach" a level forecasts it even when its verb gave a commitment (plantype.level_or_plan_type;
  heldstance.HEADING_TO against the model);
- a level verb right before the figure ("spends about 2%", "spent 1.28%") keeps the rules' actual against the model
  when a plan follows in the same sentence (heldstance.LEVEL_VERB_BEFORE).
"""
import pytest

pytest.importorskip("pipeline.claims.gazetteer")

from helpers import pipeline_claims, rules_claims, claim_with as _claim  # noqa: E402


# -- the cost of reaching a level ------------------------------------------------------------------------------------

@pytest.mark.parametrize("text, figure", [
    ("Belgium would need about 4 billion euros more a year for its armed forces to reach 2% of GDP, the finance ministry "
     "estimated.", "4 billion euros"),
    ("Britain would need an extra 20 billion pounds a year for defence to meet the 3.5% target, the Institute for Fiscal "
     "Studies said.", "20 billion pounds"),
])
def test_the_sum_a_level_will_need_is_a_forecast(text, figure):
    assert _claim(rules_claims(text), figure)["claim_type"] == "forecast"
    assert _claim(pipeline_claims(text), figure)["claim_type"] == "forecast"


def test_a_state_that_will_spend_still_commits():
    text = "Germany will spend 3.5% of GDP on its armed forces by 2029, Finance Minister Lars Klingbeil said."
    assert _claim(pipeline_claims(text), "3.5% of GDP")["claim_type"] == "commitment"


# -- an option under study --------------------------------------------------------------------------------------------

def test_an_option_under_study_is_floated():
    text = "Berlin is studying a defence bond of 30 billion euros for retail savers, officials said."
    c = _claim(pipeline_claims(text), "30 billion euros")
    assert c["claim_type"] == "proposal"
    assert c["target_code"] == "DEU"


# -- an aside placing a level against a rule ------------------------------------------------------------------------------

def test_a_rule_aside_does_not_govern_or_own_the_level_after_it():
    text = ("France's finance ministry expects a deficit of 5.4% of GDP this year, well above the EU's 3% ceiling, after "
            "5.8% in 2024.")
    claims = pipeline_claims(text)
    limit = _claim(claims, "3%")
    assert (limit["claim_type"], limit["actor_code"]) == ("benchmark", "EU")
    level = _claim(claims, "5.8%")
    assert level["claim_type"] == "actual"
    assert level["target_code"] == "FRA"


# -- a rule's noun asking for the figure --------------------------------------------------------------------------------

@pytest.mark.parametrize("text, figure", [
    ("The alliance's guideline calls for members to spend at least 2% of GDP on defence.", "2% of GDP"),
    ("NATO's new target requires allies to spend 3.5% of GDP on core defence by 2035.", "3.5% of GDP"),
])
def test_a_rule_noun_asking_members_is_a_benchmark(text, figure):
    c = _claim(pipeline_claims(text), figure)
    assert c["claim_type"] == "benchmark"
    assert c["actor_code"] == "NATO"


def test_a_governments_target_asking_is_no_standing_rule():
    text = "The government's target calls for cutting the deficit to 3% of GDP by 2027."
    assert _claim(rules_claims(text), "3% of GDP")["claim_type"] != "benchmark"


# -- a pledge coordinated after a first predicate -------------------------------------------------------------------------

def test_a_coordinated_pledge_commits_its_own_figure():
    text = "Canada reached NATO's 2% guideline in fiscal 2025-26 and has pledged to reach 5% of GDP on defence by 2035."
    assert _claim(pipeline_claims(text), "5% of GDP")["claim_type"] == "commitment"


# -- a counter-proposal after a rejection -----------------------------------------------------------------------------------

def test_and_instead_proposed_is_the_rejecters_counter_proposal():
    text = ("Canberra has rejected Washington's call for 3.5% of GDP and instead proposed lifting defence spending to 2.33% "
            "by 2033.")
    claims = pipeline_claims(text)
    assert _claim(claims, "3.5% of GDP")["claim_type"] == "rejection"
    counter = _claim(claims, "2.33%")
    assert counter["claim_type"] == "proposal"
    assert counter["actor_code"] == "AUS"


def test_a_participle_clause_after_a_comma_takes_its_own_object():
    text = "Poland's opposition rejected the plan to raise the defence budget to 5% of GDP, calling for 4.5% instead."
    claims = rules_claims(text)
    assert _claim(claims, "5% of GDP")["claim_type"] == "rejection"
    assert _claim(claims, "4.5%")["claim_type"] == "demand"


def test_a_rejecting_participle_after_an_approval():
    text = "The Senate approved a 10% tariff on steel imports, rejecting calls for 25%."
    claims = rules_claims(text)
    assert _claim(claims, "10%")["claim_type"] == "commitment"
    assert _claim(claims, "25%")["claim_type"] == "rejection"


# -- on track to reach ------------------------------------------------------------------------------------------------------

def test_on_track_to_reach_forecasts_against_the_model():
    text = "Defence spending in Japan is on track to reach 2% of GDP this fiscal year, two years early."
    assert _claim(rules_claims(text), "2% of GDP")["claim_type"] == "forecast"
    assert _claim(pipeline_claims(text), "2% of GDP")["claim_type"] == "forecast"


def test_heading_patterns_stay_equal():
    from pipeline.claims import heldstance, plantype

    assert heldstance.HEADING_TO.pattern == plantype.HEADING_TO.pattern
    assert heldstance.HEADING_TO.flags == plantype.HEADING_TO.flags
    assert heldstance.HEADING_REACH == plantype.HEADING_REACH


# -- a level verb right before the figure, a plan after it ---------------------------------------------------------------

@pytest.mark.parametrize("text, level, plan", [
    ("Australia spends about 2% of GDP on defence and plans to reach 2.4% by 2033.", "2% of GDP", "2.4%"),
    ("Spain spent 1.28% of GDP on defence in 2024 and has promised to reach 2.1% this year.", "1.28% of GDP", "2.1%"),
])
def test_a_level_spent_stays_actual_beside_a_plan(text, level, plan):
    claims = pipeline_claims(text)
    assert _claim(claims, level)["claim_type"] == "actual"
    assert _claim(claims, plan)["claim_type"] == "commitment"


def test_a_cap_of_the_figure_stays_a_rule_against_the_model():
    text = "The cap of 1.5% of GDP on extra defence spending applies for four years."
    c = _claim(pipeline_claims(text), "1.5% of GDP")
    assert c["claim_type"] == "benchmark"


# -- an option its subject is not weighing ------------------------------------------------------------------------------

@pytest.mark.parametrize("text, figure", [
    ("Madrid is not planning a rise to 3.5% of GDP, the defence minister said.", "3.5% of GDP"),
    ("The government was not considering raising VAT to 25%, the minister said.", "25%"),
])
def test_an_option_not_weighed_is_refused(text, figure):
    assert _claim(pipeline_claims(text), figure)["claim_type"] == "rejection"


def test_an_option_weighed_is_still_floated():
    text = "Madrid is considering a rise to 2.5% of GDP, the defence minister said."
    assert _claim(pipeline_claims(text), "2.5% of GDP")["claim_type"] == "proposal"
