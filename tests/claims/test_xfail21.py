"""Session 21's known gaps that recur in real reporting, read as mechanisms (xfail21); own sentences of real facts.

- a firm noun of one industry ("the carmaker", "the airline": firm_nouns.csv rows marked alone) names a firm even where
  the article names no firm by name, so its debt is no state's (firms.py);
- an indefinite plan or budget enacted ("under a plan approved by parliament", "under a budget adopted by the
  government") frames the figure as what the plan holds, a commitment, unless a forecaster is named (plans.PLAN_FRAME);
- ", and its deficit reached 5.8%": a clause with its own possessive subject and past verb after a comma and "and" is
  no longer governed by the rule noun of the clause before (stance.CLAUSE_BREAK), and "its" there stands for the state
  the sentence opens with, not for the organisation whose rule the first clause names (anaphora._coordinated_subject,
  voices._possessive_subject);
- "ready to impose/raise/spend ...": a stated readiness to set or pay one's own instrument is a
  commitment (stance_cues.csv);
- the margin an escape clause lets members add stays the rule's benchmark where the sentence urges using the clause
  (ruletype.restated_or_rule_type, claim._deferred_types).
"""
import pytest

pytest.importorskip("pipeline.claims.gazetteer")

from helpers import pipeline_claims, rules_claims  # noqa: E402

SCORED = {"defense_spending", "fiscal_deficit", "public_debt", "external_debt", "current_account", "development_aid",
          "public_spending", "tax_revenue", "tariff_rate", "debt_service"}


def _claim(claims, figure):
    found = [c for c in claims if figure in c["figure_text"]]
    assert found, f"no claim for {figure!r}: {[c['figure_text'] for c in claims]}"
    return found[0]


@pytest.mark.parametrize("title", ["Budget", None])
@pytest.mark.parametrize("text", [
    "The airline said its debt rose to 9 billion euros at the end of June.",
    "The automaker cut its net debt by 2 billion euros in the first half.",
])
def test_industry_firm_noun_owns_its_debt_without_a_named_firm(text, title):
    assert not [c["figure_text"] for c in pipeline_claims(text, title) if c["metric"] in SCORED]


def test_industry_firm_noun_leaves_a_state_figure_beside_it():
    text = "The carmaker said its debt fell. Italy's budget deficit reached 3.4% of GDP in 2024."
    c = _claim(pipeline_claims(text, "Budget"), "3.4%")
    assert (c["metric"], c["actor_code"], c["target_code"]) == ("fiscal_deficit", "ITA", "ITA")


def test_figure_under_an_enacted_plan_is_a_commitment():
    text = "Poland's defence spending is expected to reach 4.8% of GDP in 2026 under a budget adopted by the government."
    c = _claim(rules_claims(text), "4.8%")
    assert (c["claim_type"], c["actor_code"]) == ("commitment", "POL")


def test_enacted_plan_does_not_overrule_a_named_forecaster():
    text = "Economists expect Poland's defence spending to reach 4.8% of GDP in 2026 under a budget adopted by the government."
    assert _claim(rules_claims(text), "4.8%")["claim_type"] == "forecast"


@pytest.mark.parametrize("text, figure, state", [
    ("Romania has not met the EU's 3% deficit limit for years, and its deficit reached 9.3% of GDP in 2024.", "9.3%", "ROU"),
    ("Italy has pledged to meet NATO's 2% target, and its defence spending rose to 1.5% of GDP in 2024.", "1.5%", "ITA"),
])
def test_coordinated_clause_with_its_own_subject_states_a_level(text, figure, state):
    c = _claim(rules_claims(text), figure)
    assert (c["claim_type"], c["actor_code"], c["target_code"]) == ("actual", state, state)
    # the rule of the first clause keeps its own reading
    rule = [x for x in rules_claims(text) if x["figure_text"].startswith(("3%", "2%"))]
    assert rule and rule[0]["claim_type"] in ("benchmark", "commitment")


def test_sentence_opening_its_keeps_the_sentence_before():
    # "Its" opening a sentence is not read as a clause's possessive subject: the firm of the sentence before owns it
    text = "The carmaker reported a loss. Its debt fell by 1.2 billion euros in the quarter."
    assert not [c for c in pipeline_claims(text, "Budget") if c["metric"] in SCORED]


@pytest.mark.parametrize("text, figure, want, state", [
    ("Canada is ready to impose tariffs on 30 billion Canadian dollars of US goods, Trudeau said.",
     "30 billion", "commitment", "CAN"),
    ("Japan is ready to raise defence spending to 2% of GDP by 2027, the defence ministry said.",
     "2%", "commitment", "JPN"),
    ("Spain is not ready to raise defence spending to 5% of GDP, Sanchez said.", "5%", "rejection", "ESP"),
])
def test_readiness_to_act_on_ones_own_instrument(text, figure, want, state):
    c = _claim(rules_claims(text), figure)
    assert (c["claim_type"], c["actor_code"]) == (want, state)


def test_escape_clause_margin_stays_the_rules_when_its_use_is_urged():
    text = ("The Commission has urged governments to activate the escape clause that lets them raise defence spending by "
            "up to 1.5% of GDP.")
    assert _claim(rules_claims(text), "1.5%")["claim_type"] == "benchmark"
    # a demand on a level of the state's own stays a demand
    assert _claim(rules_claims("The Commission urged Italy to cut its deficit to 3% of GDP."), "3%")["claim_type"] == "demand"
