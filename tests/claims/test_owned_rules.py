"""A state's own rule named with its possessive right before the figure and a rule noun right after it is its benchmark,
on its own figures, and the learned model does not turn it into a plan; a rule set "under" an organisation's rules is that
organisation's. Own sentences; needs the gazetteer."""
import pytest

pytest.importorskip("pipeline.claims.gazetteer")

from helpers import pipeline_claim  # noqa: E402

from pipeline.claims import ownedrules, rulestand  # noqa: E402


def test_the_governments_own_rule_is_its_benchmark():
    text = ("VIENNA - Finance Minister Markus Marterbauer said public spending would grow by about 4% next year, above the "
            "government's own 3% rule.")
    c = pipeline_claim(text, "3%")
    assert c["claim_type"] == "benchmark"
    assert (c["actor_code"], c["target_code"]) == ("AUT", "AUT")


def test_a_states_own_target_stays_a_commitment_of_the_rules(monkeypatch):
    from pipeline.claims import typemodel
    monkeypatch.setattr(typemodel, "model", lambda: None)  # the rules' type (the model re-decides it afterwards)
    text = "WARSAW - Finance Minister Andrzej Domanski said the government's 6.5% deficit target for next year would hold."
    c = pipeline_claim(text, "6.5%")
    assert c["claim_type"] == "commitment"


def test_a_rule_under_an_organisations_rules_is_the_organisations():
    text = "Under NATO guidelines, members must keep defence spending at or above 2% of GDP."
    c = pipeline_claim(text, "2%")
    assert c["claim_type"] == "benchmark"
    assert c["actor_code"] == "NATO"


def test_the_model_check_needs_both_the_possessive_and_the_rule_noun():
    text = "It will stay within the state's 3% ceiling, while the deficit reaches 3% next year."
    first = text.index("3%")
    claim = {"claim_type": "benchmark", "char_start": first, "char_end": first + 2}
    assert ownedrules.rules_stand(text, claim, "commitment")
    second = text.index("3%", first + 1)
    assert not ownedrules.rules_stand(text, {**claim, "char_start": second, "char_end": second + 2}, "forecast")
    assert not ownedrules.rules_stand(text, claim, "benchmark")


def test_the_model_check_reads_under_an_organisations_rules():
    text = "Budgets vary. Under NATO guidelines, members must keep defence spending at or above 2% of GDP."
    s = text.index("2%")
    claim = {"claim_type": "benchmark", "char_start": s, "char_end": s + 2}
    assert ownedrules.rules_stand(text, claim, "commitment")
    assert not ownedrules.rules_stand("Members must keep defence spending at or above 2% of GDP.",
                                      {**claim, "char_start": 48, "char_end": 50}, "commitment")


def test_a_debt_brake_threshold_keeps_the_rules_benchmark_against_the_model():
    text = ("VIENNA - Austria plans to exempt defence spending above 1.5% of GDP from its new fiscal rule, the finance "
            "ministry said.")
    c = pipeline_claim(text, "1.5%")
    assert c["claim_type"] == "benchmark"
    s = text.index("1.5%")
    claim = {"claim_type": "benchmark", "char_start": s, "char_end": s + 4, "sentence": text}
    assert rulestand.rules_stand(text, claim, "commitment", 0)  # (the threshold's check is rulestand's)
    plain = "VIENNA - Austria plans to raise defence spending to 1.5% of GDP, the finance ministry said."
    p = plain.index("1.5%")
    assert not rulestand.rules_stand(plain, {**claim, "char_start": p, "char_end": p + 4, "sentence": plain},
                                     "commitment", 0)
