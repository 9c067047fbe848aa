"""claim_type constructions of session 24 (issue 3), each with sentences of our own wording.

- A money sum a measure would or will cost, raise, bring in, yield or save: the speaker's estimate, ``forecast``
  (ANNOTATION.md: "Estimated costs"; a costing of another's policy `["proposal", "forecast"]`), not the proposal or the
  commitment a plan word or the modal's future would make of it; a state or its government raising the sum itself, or an
  infinitive of purpose ("plans to raise"), is not this (yieldcost.py).
- A pledge not given yet ("has yet to commit to", "is yet to agree to"): a refusal for now, ``rejection``, negated, as "has
  not committed to" already is (ruletype.NEG_COMMIT; ANNOTATION.md, "Refusals").
- Every member of a group "expected to" reach or spend a figure, said by a named speaker: the speaker's ``demand`` on them,
  as "every ally must spend" is (othersduty.expected_of_all_roles); one state "expected to reach" a level stays a forecast.
- A relative clause after the figure with a pronoun subject ("the 20 billion dlrs he estimates is needed") does not make
  its verb a noun qualifying the figure: the verb before the figure governs (stance.ATTR_POST_GAP)."""
import pytest
from helpers import pipeline_claim, rules_claims

from pipeline.claims import othersduty, yieldcost


def _type(text: str, figure: str) -> str:
    return pipeline_claim(text, figure)["claim_type"]


@pytest.mark.parametrize("text, figure", [
    ("The rise in employer national insurance contributions will raise about 25 billion pounds a year, Chancellor Rachel "
     "Reeves said.", "25 billion pounds"),
    ("Reeves said the rise in employer national insurance contributions would raise about 25 billion pounds a year in tax "
     "revenue.", "25 billion pounds"),
    ("The British government's proposed rise in employer national insurance contributions would raise about 25 billion "
     "pounds a year.", "25 billion pounds"),
    ("Democrats said the Republican plan to extend the 2017 tax cuts would cost about 4.6 trillion dollars over ten years.",
     "4.6 trillion dollars"),
    ("Warren's proposed wealth tax would raise about 2.75 trillion dollars over ten years, according to economists at "
     "Berkeley.", "2.75 trillion dollars"),
])
def test_what_a_measure_would_cost_or_raise_is_a_forecast(text, figure):
    assert _type(text, figure) == "forecast"


@pytest.mark.parametrize("text, figure", [
    # a state raising the sum itself, and a plan's infinitive: the state's commitment
    ("Britain would raise 25 billion pounds a year from the rise in employer national insurance contributions, Reeves said.",
     "25 billion pounds"),
    ("The government plans to raise 25 billion pounds a year from higher employer national insurance contributions.",
     "25 billion pounds"),
])
def test_a_states_own_revenue_plan_is_not_an_estimate(text, figure):
    assert _type(text, figure) == "commitment"


def test_the_estimate_stands_against_the_model():
    text = "The rise in employer national insurance contributions will raise about 25 billion pounds a year."
    claim = {"claim_type": "forecast", "unit": "currency", "char_start": text.index("25 billion"),
             "sentence": text}
    assert yieldcost.rules_stand(text, claim, "commitment", 0)
    assert yieldcost.estimated_sum(text, claim, 0)
    # the sentence is searched from the start its caller gives (frame.py: sentence.start), nothing before it
    assert not yieldcost.estimated_sum(text, claim, text.index("about"))
    assert not yieldcost.rules_stand(text, {**claim, "claim_type": "commitment"}, "forecast", 0)
    assert not yieldcost.rules_stand(text, {**claim, "unit": "percent"}, "commitment", 0)
    # an act on an instrument ("raise taxes by") is no yield
    text = "The budget would raise taxes by 65 billion dollars over three years."
    assert yieldcost.yield_match(text, text.index("65 billion"), 0) is None
    # nor an infinitive of purpose
    text = "Wright called for a new tax to raise 20 billion dollars."
    assert yieldcost.yield_match(text, text.index("20 billion"), 0) is None
    # a state as the modal's subject
    text = "The government will save up to 11 billion euros."
    claim = {"claim_type": "forecast", "unit": "currency", "char_start": text.index("up to")}
    assert not yieldcost.rules_stand(text, claim, "commitment", 0)


@pytest.mark.parametrize("text, figure", [
    ("Spain has yet to commit to spending 5% of GDP on defence and security.", "5% of GDP"),
    ("Madrid is yet to agree to raise military spending to 3.5% of GDP.", "3.5% of GDP"),
    ("Spain has yet to commit to raising defence spending to 3.5% of GDP, a government spokesman said.", "3.5% of GDP"),
])
def test_a_pledge_not_given_yet_is_a_refusal(text, figure):
    c = pipeline_claim(text, figure)
    assert (c["claim_type"], c["negated"]) == ("rejection", True)


def test_yet_to_without_a_pledge_verb_is_no_refusal():
    # the plan stands, only its path is missing
    assert _type("Portugal has yet to say how it will reach 2% of GDP on defence.", "2% of GDP") == "commitment"


@pytest.mark.parametrize("text, figure, roles", [
    ("NATO Secretary General Mark Rutte said every ally was expected to reach 3.5% of GDP on core defence by 2035.",
     "3.5% of GDP", ("demand", "NATO", "NATO")),
    ("Every ally is expected to spend 3.5% of GDP on core defence by 2035, Rutte told reporters.", "3.5% of GDP",
     ("demand", "NATO", "NATO")),
    ("U.S. Defense Secretary Pete Hegseth said all allies were expected to spend 5% of GDP on defence.", "5% of GDP",
     ("demand", "USA", "NATO")),
    ("Whitaker, the U.S. ambassador to NATO, told reporters that every ally, Spain included, was expected to reach 5% of GDP "
     "on defence.", "5% of GDP", ("demand", "USA", "ESP")),
])
def test_what_every_member_is_expected_to_reach_is_demanded(text, figure, roles):
    c = pipeline_claim(text, figure)
    assert (c["claim_type"], c["actor_code"], c["target_code"]) == roles


def test_one_state_expected_to_reach_a_level_is_still_a_forecast():
    assert _type("Germany is expected to reach 2% of GDP on defence this year, NATO estimates show.", "2% of GDP") == "forecast"
    assert _type("All allies are expected to reach 2% of GDP on defence this year, according to NATO estimates.",
                 "2% of GDP") == "forecast"  # no speaker named: an estimate


def test_the_demand_on_every_member_stands_against_the_model():
    text = "Rutte said every ally was expected to reach 3.5% of GDP on core defence."
    claim = {"claim_type": "demand", "actor_code": "NATO", "target_code": "NATO", "char_start": text.index("3.5%")}
    assert othersduty.rules_stand(text, claim, "commitment", 0)
    text = "Germany is expected to reach 2% of GDP this year, NATO said."
    claim = {"claim_type": "demand", "actor_code": "NATO", "target_code": "DEU", "char_start": text.index("2%")}
    assert not othersduty.rules_stand(text, claim, "forecast", 0)


@pytest.mark.parametrize("text, figure, expected", [
    ("Senator Elizabeth Warren has called for a wealth tax to raise the 2.75 trillion dollars she estimates it would "
     "collect over ten years.", "2.75 trillion dollars", "demand"),
    ("Senator Bernie Sanders proposed a wealth tax to raise the 4.35 trillion dollars he estimates it would bring in over "
     "a decade.", "4.35 trillion dollars", "proposal"),
])
def test_a_relative_clause_with_a_pronoun_subject_does_not_qualify_the_figure(text, figure, expected):
    assert _type(text, figure) == expected
    # ... as the rules decide it (they made it a level reported: the noun "estimates" qualifying the figure)
    assert [c["claim_type"] for c in rules_claims(text) if figure in c["figure_text"]] == [expected]


# A figure "set to" move on its own: the rules' forecast (claimtype.tense_type) stands against the model, which read a
# tax's future as the government's commitment (settomove.py).
@pytest.mark.parametrize("text, figure", [
    ("The Estonian government agreed on the 2025 budget. Income tax is set to increase to 22% from January.", "22%"),
    ("Estonia's finance ministry said income tax is set to increase to 22% from January 2025.", "22%"),
    ("Finland's general VAT rate is set to rise to 25.5% in September 2024.", "25.5%"),
    ("Council tax in England is set to rise by up to 4.99% in April.", "4.99%"),
])
def test_a_figure_set_to_move_on_its_own_is_a_forecast(text, figure):
    assert _type(text, figure) == "forecast"


def test_the_set_to_forecast_stands_against_the_model():
    from pipeline.claims import settomove

    text = "Income tax is set to increase to 22% from January."
    claim = {"claim_type": "forecast", "char_start": text.index("22%")}
    assert settomove.rules_stand(text, claim, "commitment", 0)
    assert not settomove.rules_stand(text, claim, "proposal", 0)
    # a state as the subject ("Poland is set to reach"): the rules' commitment, never kept as this forecast
    text = "Poland is set to reach 4.7% of GDP on defence in 2025."
    assert not settomove.rules_stand(text, {"claim_type": "forecast", "char_start": text.index("4.7%")}, "commitment", 0)
    assert _type(text, "4.7% of GDP") == "commitment"
    # a transitive act ("set to raise its ...") decides
    text = "The government is set to raise its income tax to 22% from January."
    assert not settomove.rules_stand(text, {"claim_type": "forecast", "char_start": text.index("22%")}, "commitment", 0)


def test_only_a_noun_reading_after_a_pronoun_is_refused():
    from pipeline.claims import stance

    def stance_at(text, figure):
        hits = list(stance.stance_cues().finditer(text, 0, len(text)))
        start = text.index(figure)
        return stance.stance_of(text, (0, len(text)), start, start + len(figure), hits)

    # "he estimates" is a verb: the noun "estimates" does not qualify the figure
    st = stance_at("Wright called for a new tax to raise the 20 billion dlrs he estimates is needed.", "20 billion dlrs")
    assert (st.claim_type, st.how) != ("estimate", "attributive")
    # a participle after a pronoun still qualifies the figure: the level the pronoun's owner proposed
    st = stance_at("The Philippines was willing to pay a spread of 7/8 points over Libor, up from the 5/8 points it "
                   "originally proposed.", "5/8 points")
    assert (st.claim_type, st.how) == ("proposal", "attributive")
