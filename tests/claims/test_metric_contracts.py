"""A single contract, arms deal or order is a purchase, not a state's defence budget (sentences written for these tests)."""
from helpers import pipeline_claims

TEXT = ("Finland's parliament approved a defence budget of 6.5 billion euros for next year on Tuesday. "
        "Separately, the navy signed a contract for four corvettes with a domestic yard, worth about 1.3 billion euros, "
        "the largest arms deal in its history. "
        "Patria said it had won a 400 million euro order for armoured vehicles.")


def _metrics(figure):
    return [c["metric"] for c in pipeline_claims(TEXT) if figure in c["figure_text"]]


def test_the_budget_stays_a_claim():
    assert _metrics("6.5 billion") == ["defense_spending"]


def test_contract_and_order_sums_are_no_claims():
    assert _metrics("1.3 billion") == []
    assert _metrics("400 million") == []


def test_contracts_worth_a_sum():
    text = ("The Pentagon's budget request rose to 850 billion dlrs. It said it would review three other contracts worth "
            "2 billion dlrs.")
    assert [c["metric"] for c in pipeline_claims(text) if "2 billion" in c["figure_text"]] == []
