"""A spending or service word right before a purchase noun ("Navy contract", "defence orders") only says whose
purchase it is: the sum is a contract's or an order's, no budget's (sentences written for these tests)."""
import pytest
from helpers import pipeline_claims


def _metrics(text, figure):
    return [c["metric"] for c in pipeline_claims(text) if figure in c["figure_text"]]


@pytest.mark.parametrize("text, figure", [
    ("Ruritania Dynamics has been handed a 412 mln dlr Navy contract for sonar buoys, the ministry said.", "412 mln"),
    ("Borduria Systems won a 2.7 billion euro military procurement contract for coastal radars.", "2.7 billion"),
    ("The group said a 38 pct jump in defence orders lifted its backlog in the first quarter.", "38 pct"),
    ("Syldavia Motors booked a 950 million crown Army contract for trucks on Monday.", "950 million"),
])
def test_a_purchase_qualified_by_a_service_is_no_claim(text, figure):
    assert _metrics(text, figure) == []


@pytest.mark.parametrize("text, figure, metric", [
    # the budget itself, and its procurement line, stay claims
    ("Syldavia raised its defence budget to 7.1 billion euros, and military procurement will take 2.2 billion euros.",
     "7.1 billion", "defense_spending"),
    ("Syldavia raised its defence budget to 7.1 billion euros, and military procurement will take 2.2 billion euros.",
     "2.2 billion", "defense_spending"),
    # a budget with a contract named elsewhere in the sentence
    ("Syldavia's defence budget will rise 6 pct next year, while the navy contract for two frigates is still under review.",
     "6 pct", "defense_spending"),
])
def test_budgets_beside_purchases_stay_claims(text, figure, metric):
    assert _metrics(text, figure) == [metric]


def test_a_debt_for_arms_is_foreign_debt():
    text = ("Syldavia and Borduria will sign an agreement next week settling Syldavia's 2.4 billion dlr military debt, "
            "officials said.")
    assert _metrics(text, "2.4 billion") == ["external_debt"]
