"""claim_type constructions of session 23 (issue 3), each with sentences of our own wording.

A state "required", "obliged" or "bound" to spend or keep a figure: the standing rule's ``benchmark``, actor the rule's owner
(NATO, the EU, the state for its own law, none when none is named), target the state (ANNOTATION.md, "Decisions (session 23)";
requiredrule.py)."""
import pytest
from helpers import pipeline_claim

from pipeline.claims import requiredrule


def _roles(text: str, figure: str) -> tuple:
    c = pipeline_claim(text, figure)
    return c["claim_type"], c["actor_code"], c["target_code"]


@pytest.mark.parametrize("text, figure, roles", [
    ("As a NATO member, Poland is required to spend at least 2% of GDP on defence.", "2% of GDP",
     ("benchmark", "NATO", "POL")),
    ("Under the alliance target, Germany is bound to spend 3.5% of GDP on core defence by 2035.", "3.5% of GDP",
     ("benchmark", "NATO", "DEU")),
    ("Canada is obliged to spend 2% of GDP on its military under the alliance guideline.", "2% of GDP",
     ("benchmark", "NATO", "CAN")),
])
def test_a_state_bound_by_the_alliance_target(text, figure, roles):
    assert _roles(text, figure) == roles


@pytest.mark.parametrize("text, figure, roles", [
    ("Lithuania is obliged by law to spend at least 2.5% of GDP on defence every year.", "2.5% of GDP",
     ("benchmark", "LTU", "LTU")),
    ("Estonia is legally bound to spend at least 2% of GDP on defence, a target set in its constitution.", "2% of GDP",
     ("benchmark", "EST", "EST")),
])
def test_a_state_bound_by_its_own_law(text, figure, roles):
    assert _roles(text, figure) == roles


@pytest.mark.parametrize("text, figure, roles", [
    ("Spain is required to keep its budget deficit below 3% of GDP under EU rules.", "3% of GDP", ("benchmark", "EU", "ESP")),
    ("Finland is required by the EU to bring its deficit below 3% of GDP.", "3% of GDP", ("benchmark", "EU", "FIN")),
    ("Italy is required under EU rules to bring its deficit below 3% of GDP by 2026.", "3% of GDP", ("benchmark", "EU", "ITA")),
])
def test_a_state_bound_by_eu_rules(text, figure, roles):
    assert _roles(text, figure) == roles


def test_no_owner_named_leaves_the_actor_empty():
    assert _roles("Every member state is obliged to keep public debt below 60% of GDP.", "60% of GDP")[:2] == ("benchmark", None)


@pytest.mark.rules_layer  # (session 24's retrained type model reads "is bound to rise to 3% of GDP" as a commitment)
def test_what_the_construction_does_not_cover():
    # a movement the figure is "bound to" make: a forecast, no figure verb
    assert pipeline_claim("Spending is bound to rise to 3% of GDP next year, analysts said.", "3% of GDP")["claim_type"] == "forecast"
    # a state's own plan
    assert pipeline_claim("Poland will spend 4.7% of GDP on defence in 2025, the defence ministry said.",
                          "4.7% of GDP")["claim_type"] == "commitment"


def test_the_rules_benchmark_stands_against_the_model():
    text = "Lithuania is obliged by law to spend at least 2.5% of GDP on defence every year."
    claim = {"claim_type": "benchmark", "char_start": text.index("2.5%")}
    assert requiredrule.rules_stand(text, claim, "commitment", 0)
    assert not requiredrule.rules_stand(text, {**claim, "claim_type": "actual"}, "commitment", 0)
    text = "Lithuania plans to spend at least 2.5% of GDP on defence every year."
    assert not requiredrule.rules_stand(text, {"claim_type": "benchmark", "char_start": text.index("2.5%")}, "commitment", 0)


# A law's own figure (lawtarget.py): the target, goal or ceiling a law sets, the cut it requires, a level to be reached under
# it: a standing rule's benchmark, whatever other stance word the sentence holds.
@pytest.mark.parametrize("text, figure", [
    ("The budget office said the plan will fail to reach the budget law goal of a 120 billion dlr deficit.", "120 billion"),
    ("Congress must meet the Gramm-Rudman law target of a 108 billion dlr deficit in fiscal 1988.", "108 billion"),
    ("The package was written under a new budget law requiring a 30 billion dlr cut in the deficit.", "30 billion"),
    ("The senators, who have vowed to block new taxes, worked under a budget law requiring a 30 billion dlr cut in the deficit.",
     "30 billion"),
    ("The deficit is supposed to be reduced to 120 billion dlrs under the provisions of the Balanced Budget Act.", "120 billion"),
])
def test_a_laws_figure_is_a_benchmark(text, figure):
    assert pipeline_claim(text, figure)["claim_type"] == "benchmark"


def test_the_laws_benchmark_stands_against_the_model():
    from pipeline.claims import lawtarget
    text = "The deficit is supposed to be reduced to 120 billion dlrs under the provisions of the Balanced Budget Act."
    claim = {"claim_type": "benchmark", "char_start": text.index("120"), "char_end": text.index(" under"), "sentence": text}
    assert lawtarget.rules_stand(text, claim, "commitment", 0)
    text = "The government's goal of a 120 billion dlr deficit was approved by the cabinet."
    claim = {"claim_type": "benchmark", "char_start": text.index("120"), "char_end": text.index(" deficit"), "sentence": text}
    assert not lawtarget.rules_stand(text, claim, "commitment", 0)


def test_a_governments_own_goal_is_not_a_laws():
    text = "The government's goal of a 120 billion dlr deficit in 1988 was approved by the cabinet, the finance minister said."
    assert pipeline_claim(text, "120 billion")["claim_type"] != "benchmark"


# A state's own duty or target kept as its commitment against the type model (othersduty.own_duty_stands with "should";
# owntarget.py): its leader's "X should spend", "the government's target of", "targeted at".
@pytest.mark.parametrize("text, figure", [
    ("Prime Minister Tusk has said Poland should spend 5% of GDP on defence next year.", "5% of GDP"),
    ("Macron has said France should spend 64 billion euros a year on defence by 2027.", "64 billion"),
    ("Chancellor Merz said Germany should spend 3.5% of GDP on core defence by 2029.", "3.5% of GDP"),
    ("The IMF put Pakistan's deficit at 6.1% of GDP, above the government's target of 5.5%.", "5.5%"),
    ("Brazil's primary deficit is seen at 0.6% of GDP, above the government's target of 0.25%.", "0.25%"),
    ("The state deficit, estimated at 120 billion lire in 1986 and targeted at 100 billion lire this year, worries economists.",
     "100 billion"),
])
def test_a_states_own_duty_or_target_is_its_commitment(text, figure):
    assert pipeline_claim(text, figure)["claim_type"] == "commitment"


def test_the_own_target_guard_reads_only_a_states_target():
    from pipeline.claims import owntarget
    text = "Spending is seen at 1.9% of GDP, below NATO's target of 2%."
    claim = {"claim_type": "commitment", "char_start": text.index("2%."), "actor_code": "NATO"}
    assert not owntarget.rules_stand(text, claim, "benchmark", 0)
    assert owntarget.rules_stand(text, {**claim, "actor_code": "ITA"}, "benchmark", 0)
    # the guard keeps the target against a rule's reading only; a model's demand is not covered
    assert not owntarget.rules_stand(text, {**claim, "actor_code": "ITA"}, "demand", 0)
    text = "The deficit, targeted at 2 billion dlrs this year, widened."
    claim = {"claim_type": "commitment", "char_start": text.index("2 billion"), "actor_code": None}
    assert owntarget.rules_stand(text, claim, "forecast", 0)
    assert not owntarget.rules_stand(text, {**claim, "claim_type": "forecast"}, "actual", 0)


def test_another_voices_should_stays_a_demand():
    text = "Poland should spend 5% of GDP on defence, the U.S. ambassador to NATO said on Tuesday."
    assert pipeline_claim(text, "5% of GDP")["claim_type"] == "demand"


# The rules' demand kept against the type model (presseddemand.py): another told or ordered to move the figure, a request.
@pytest.mark.parametrize("text, figure, roles", [
    ("The European Commission has told Rome to bring its deficit down by about 0.5% of GDP a year under the excessive "
     "deficit procedure.", "0.5% of GDP", ("demand", "EU", "ITA")),
    ("The IMF told Pakistan to cut its deficit to 5% of GDP next year, the finance ministry said.", "5% of GDP",
     ("demand", "IMF", "PAK")),
    ("Talks on a Philippine request for 500 mln dlrs in soft loans were put off until next month.", "500 mln",
     ("demand", "PHL", "PHL")),
])
def test_a_pressed_move_or_a_request_stays_a_demand(text, figure, roles):
    assert _roles(text, figure) == roles


def test_the_demand_guard_reads_the_words_before_the_figure():
    from pipeline.claims import presseddemand
    text = "The IMF told Pakistan to cut its deficit to 5% of GDP next year."
    claim = {"claim_type": "demand", "char_start": text.index("5%")}
    assert presseddemand.rules_stand(text, claim, "forecast", 0)
    assert not presseddemand.rules_stand(text, {**claim, "claim_type": "commitment"}, "forecast", 0)
    text = "The IMF said Pakistan will cut its deficit to 5% of GDP next year."
    assert not presseddemand.rules_stand(text, {"claim_type": "demand", "char_start": text.index("5%")}, "forecast", 0)


# A budget line's present allocation verb in a story presenting the budget ("Defence gets", "receives"): the budget's
# commitment, not a level reached (budgetput.PUT_BEFORE, session 23); outside a budget story the level stays.
BUDGET_LEAD = "Finance Minister Jan Kowalski presented the 2026 budget to parliament on Tuesday. "


@pytest.mark.parametrize("line, figure", [
    ("The defence ministry receives 186 billion zlotys, the largest single allocation.", "186 billion"),
    ("Development aid gets 3.1 billion zlotys, up from 2.8 billion.", "3.1 billion"),
    ("Defence gets 180 billion zlotys, up 8%, the defence ministry said.", "180 billion"),
])
def test_a_budget_lines_allocation_is_the_budgets_commitment(line, figure):
    assert pipeline_claim(BUDGET_LEAD + line, figure)["claim_type"] == "commitment"


def test_an_allocation_outside_a_budget_story_stays_a_level():
    text = "Poland's defence spending figures were published on Tuesday. The army gets 4.1% of GDP, the statistics " \
           "office said in its annual report for 2024."
    assert pipeline_claim(text, "4.1%")["claim_type"] == "actual"


# An opposition's alternative, shadow or counter budget: its figures are the party's proposal (altbudget.py and the
# stance rows "alternative budget", "shadow budget", "counter-budget").
@pytest.mark.parametrize("text, figure", [
    ("The opposition Social Democrats said their alternative budget would take on 500 million euros less debt.", "500 million"),
    ("Sweden's tax revenues would rise by 900 million crowns in the Left Party's alternative budget.", "900 million"),
    ("Finland's tax revenues will increase by 700 million euros in this Centre Party alternative.", "700 million"),
    ("The Greens' shadow budget would raise defence spending to 2.5% of GDP, the party said.", "2.5% of GDP"),
    ("The opposition's counter-budget would cut the deficit to 2% of GDP next year.", "2% of GDP"),
])
def test_an_alternative_budgets_figure_is_a_proposal(text, figure):
    assert pipeline_claim(text, figure)["claim_type"] == "proposal"


def test_a_figure_beside_no_alternative_budget_is_untouched():
    text = "Finland's tax revenues will increase by 700 million euros next year, the finance ministry forecast."
    assert pipeline_claim(text, "700 million")["claim_type"] != "proposal"
