"""One item of a package priced "worth", a noun after a cause, a money-supply target, a borrower's debt offering and a capital
cushion are no scored figures of the metric near them (sentences written for these tests)."""
import pytest
from helpers import pipeline_claims


def _scored(text, title=None):
    return [(c["figure_text"], c["metric"]) for c in pipeline_claims(text, title)
            if c["metric"] not in ("other", "gdp_growth", "inflation")]


def test_an_item_of_a_package_is_no_level_of_the_package_metric():
    text = ("Norway said its aid to Ukraine next year would total 85 billion crowns, including an air defence system worth "
            "about 7 billion crowns.")
    assert [f for f, _ in _scored(text)] == ["85 billion crowns"]


def test_a_package_priced_worth_stays_a_claim():
    text = "Finland will send Ukraine a package of military aid worth 190 million euros, the defence minister said."
    assert [f for f, _ in _scored(text)] == ["190 million euros"]


def test_a_noun_after_a_cause_is_no_metric_of_the_figure():
    text = ("The Treasury said national output would permanently increase by about two pct because of the long-run "
            "consequences of tax reform.")
    assert _scored(text) == []
    # the noun before the figure still governs it
    text = "The Treasury said the budget deficit narrowed to 3.1 pct of GDP because of higher tax receipts."
    assert _scored(text) == [("3.1 pct of GDP", "fiscal_deficit")]


STORY = "Britain's chancellor cut the public sector borrowing requirement target to 4 billion stg in the budget. "


@pytest.mark.parametrize("text", [
    "The chancellor confirmed the target range for the narrow M0 measure would be one to five pct next year.",
    "The Federal Home Loan Banks set rates on today's debt offering of 6.70 pct on a 1.1 billion dlr issue.",
    "Losses of that size would exhaust the 1.4 billion dlrs in capital surplus the farm credit system held.",
])
def test_money_targets_debt_offerings_and_capital_cushions_are_no_claims(text):
    assert _scored(STORY + text)[1:] == []
