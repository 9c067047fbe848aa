"""Constructions found by the corpus43 set (session 22, corpus22y: unseen BBC and Yle articles), each a mechanism for any
article. Own sentences (real facts, own words, figures approximate); needs the gazetteer.

- a possessive state owning an office of any portfolio ("Iraq's Trade Minister", "Egypt's Interior Ministry") speaks
  through it like a government word: the state is the sentence's subject for "it" and "the country's" after it, not a
  state of an earlier sentence (roles.OFFICE_TITLE_AFTER, ArticleContext._owns_government);
- "allowed" in the active voice with an object and "to" + a verb whose object is the figure ("the boom has allowed the
  government to collect $950m in taxes") tells an outcome, not a rule's allowance; a passive ("are allowed to") or a
  ceiling ("allowed countries to spend up to 1.5%") keep the benchmark (stance.CAUSAL_ALLOWED, stance._causal_allowance;
  the rules' actual stands against the type model: stance.causal_allowance_stands).
"""
import pytest

pytest.importorskip("pipeline.claims.gazetteer")

from helpers import pipeline_claims, rules_claims, claim_with as _claim  # noqa: E402


@pytest.mark.parametrize("office", ["Trade Minister", "interior minister", "Foreign Secretary", "Planning Ministry"])
def test_a_possessive_states_office_makes_it_the_subject(office):
    text = (f"The United States vetoed the request on Monday. Egypt's {office} welcomed the move, describing it as "
            "as important as the decision by the Paris Club of creditor nations to forgive 50% of the country's debts.")
    c = _claim(pipeline_claims(text), "50%")
    assert c["target_code"] == "EGY"
    assert c["actor_code"] == "EGY"


def test_a_possessive_before_a_plain_noun_is_still_no_subject():
    # "Russia's invasion": a possessor, not the subject the figure's "it" goes back to
    text = ("Finland raised its defence budget after Russia's invasion. It said it would spend 2.4% of GDP on defence "
            "in 2025.")
    c = _claim(pipeline_claims(text), "2.4% of GDP")
    assert c["target_code"] == "FIN"


@pytest.mark.parametrize("sentence", [
    "Record copper prices have allowed the government to collect $3.1bn in taxes, the mining ministry said.",
    "The oil boom allowed the state to raise 2.5 billion dollars in taxes last year.",
])
def test_what_a_cause_allowed_a_government_to_collect_is_a_level(sentence):
    figure = "$3.1bn" if "$3.1bn" in sentence else "2.5 billion dollars"
    assert _claim(rules_claims(sentence), figure)["claim_type"] == "actual"
    assert _claim(pipeline_claims(sentence), figure)["claim_type"] == "actual"


@pytest.mark.parametrize("sentence, figure", [
    ("Under the pact governments are allowed to run deficits of up to 3% of GDP.", "3% of GDP"),
    ("The Commission has also allowed member states to spend up to 1.5% of GDP more on defence.", "1.5% of GDP"),
    ("EU rules allow governments to run deficits of no more than 3% of GDP.", "3% of GDP"),
])
def test_a_rules_allowance_stays_a_benchmark(sentence, figure):
    assert _claim(rules_claims(sentence), figure)["claim_type"] == "benchmark"


def test_what_a_reform_will_allow_stays_ahead():
    text = "The reform will allow the government to collect $3.1bn more in taxes next year."
    assert _claim(rules_claims(text), "$3.1bn")["claim_type"] in ("commitment", "forecast")


@pytest.mark.parametrize("sentence, figure, debtor", [
    ("G7 finance ministers agreed to cancel 100% of the debts owed by Zambia.", "100%", "ZMB"),
    ("Britain will write off 100% of the debts owed to it by Ghana.", "100%", "GHA"),
    ("G8 leaders agreed to write off up to 100% of the debts owed by the world's poorest nations.", "100%", None),
    ("The G8 agreed to cancel $40bn of debt owed by 18 of the poorest countries.", "$40bn", None),
])
def test_a_creditors_debt_relief_is_the_debtors_figure(sentence, figure, debtor):
    c = _claim(pipeline_claims(sentence), figure)
    assert c["target_code"] == debtor
    assert c["actor_code"] in ("G7", "G8", "GBR")


def test_relief_of_debts_with_no_debtor_named_keeps_its_roles():
    text = "Britain said it would cancel 100% of the debts."
    c = _claim(pipeline_claims(text), "100%")
    assert c["actor_code"] == "GBR"


def test_a_partys_agenda_for_cuts_is_a_plan_not_a_level():
    text = "Labour says the Tory agenda for £35bn of cuts would close hospitals."
    assert _claim(rules_claims(text), "£35bn")["claim_type"] in ("commitment", "proposal")
