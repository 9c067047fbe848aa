"""A weak word's metric is not taken from a cue that names what its figure is set against, nor from one inside a participle
aside (sentences written for these tests)."""
from helpers import pipeline_claim, pipeline_claims


def test_a_bare_deficit_compared_with_a_current_account_gap():
    text = ("The Ruritanian government expects a deficit of 2.3 billion dlrs in 1988, compared with a current account gap "
            "of 4 billion, the finance minister said.")
    claims = {c["figure_text"]: c["metric"] for c in pipeline_claims(text)}
    assert claims["2.3 billion dlrs"] == "fiscal_deficit"
    assert claims["4 billion"] == "current_account"


def test_a_bare_deficit_before_a_clause_on_the_current_account():
    text = "The Ruritanian deficit will narrow to 3.1 billion dlrs, while the current account deficit will widen, the minister said."
    assert pipeline_claim(text, "3.1 billion")["metric"] == "fiscal_deficit"


def test_a_deficit_swollen_by_defence_outlays_is_the_deficit():
    text = "The Ruritanian deficit, swollen by defence outlays, is expected to hit 3.9 pct of GDP, the finance ministry said."
    assert pipeline_claim(text, "3.9 pct")["metric"] == "fiscal_deficit"


def test_a_deficit_on_the_current_account_named_after_it():
    # no comparison or clause between: the specific word still says which deficit it is
    text = "Ruritania ran a deficit of 2.3 billion dlrs on its current account last year, the central bank said."
    assert pipeline_claim(text, "2.3 billion")["metric"] == "current_account"
