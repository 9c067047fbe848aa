"""The rules' benchmark of a standing rule's own number stands against the learned claim_type (rulestand.rules_stand,
applied in typemodel.retype): a debt brake's or fiscal rule's threshold ("outlays above 1% of GDP"), the margin an escape
clause lets members add ("by up to 1.5% of GDP"), a target's category ("the alliance's 1.5% category"). Our own
sentences; the whole-pipeline ones dated 1 June 2025."""
from helpers import pipeline_claims

from pipeline.claims import rulestand


def _types(text):
    return {c["figure_text"]: c["claim_type"] for c in pipeline_claims(text)}


def _stands(text, figure, rules_type="benchmark", new="commitment"):
    start = text.index(figure)
    claim = {"claim_type": rules_type, "char_start": start, "char_end": start + len(figure), "sentence": text}
    return rulestand.rules_stand(text, claim, new, 0)


def test_a_debt_brake_threshold_beside_a_plan_stays_a_benchmark():
    text = ("Austria, which exempted military outlays above 1.2% of GDP from its debt brake in May and plans to lift "
            "its defence budget to about 2.5% of GDP by 2030, did not apply for any loans.")
    types = _types(text)
    assert types["1.2% of GDP"] == "benchmark"
    assert types["2.5% of GDP"] == "commitment"


def test_an_escape_clause_margin_stays_a_benchmark():
    text = ("Extra defence spending, which the escape clause lets member states add to their net spending paths by up to "
            "1.5% of GDP a year until 2028, explained most of the gap, the Commission said.")
    assert _types(text)["1.5% of GDP"] == "benchmark"


def test_the_threshold_the_margin_and_the_category_stand():
    brake = "The debt brake no longer applies to defence spending above 1% of economic output since the change."
    assert _stands(brake, "1%")
    margin = "The new fiscal rule allows governments to add up to 1.5% of GDP for defence."
    assert _stands(margin, "1.5% of GDP")
    category = "Rome wants bridges and ports to count toward the alliance's 1.5% category for resilience."
    assert _stands(category, "1.5%", new="demand")


def test_only_the_rules_benchmark_of_such_words_stands():
    brake = "The debt brake no longer applies to defence spending above 1% of economic output since the change."
    assert not _stands(brake, "1%", rules_type="commitment")  # (only a rules' benchmark)
    assert not _stands(brake, "1%", new="benchmark")
    plain = "The budget lifts defence spending to 2.1% of GDP next year under the new rules."
    assert not _stands(plain, "2.1% of GDP")  # (no threshold, margin or category named by the figure's words)


def test_a_level_named_as_the_laws_minimum_stays_a_benchmark():
    text = "Defence receives about 2.5% of GDP, the minimum required by a 2024 law, the finance minister said."
    assert _types(text)["2.5% of GDP"] == "benchmark"
    assert _stands(text, "2.5% of GDP", new="actual")


def test_an_organisations_target_through_a_copula_is_its_benchmark():
    c = next(c for c in pipeline_claims("The United Nations aid target for donor countries remains 0.7% of national income.")
             if c["figure_text"].startswith("0.7%"))
    assert (c["claim_type"], c["actor_code"]) == ("benchmark", "UN")


def test_a_debt_anchor_a_council_defends_is_a_benchmark():
    text = ("The minister said the budget would leave a deficit of 1.1% of GDP, while the fiscal council said the debt "
            "anchor of 40% of GDP should be kept.")
    assert _types(text)["40% of GDP"] == "benchmark"


def test_the_threshold_patterns_are_ruletypes_own():
    from pipeline.claims import ruletype
    for name in ("THRESHOLD_BEFORE", "THRESHOLD_RULE", "MARGIN_BEFORE", "MARGIN_RULE"):
        assert getattr(rulestand, name).pattern == getattr(ruletype, name).pattern, name
