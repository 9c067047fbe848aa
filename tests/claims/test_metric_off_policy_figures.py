"""Figures of a company's results under its headline, the split of how a deficit was financed, the number of a plan's
points and a trade balance named by a bare balance word are no scored policy figures (sentences written for these
tests)."""
import pytest
from helpers import pipeline_claims


def _scored(text, title=None):
    return [(c["figure_text"], c["metric"]) for c in pipeline_claims(text, title)
            if c["metric"] not in ("other", "gdp_growth", "inflation")]


@pytest.mark.parametrize("title, text", [
    ("ACME PLC YEAR TO DEC 31", "Pre-tax profit 121 mln stg vs 109 mln. Tax 41.5 mln vs 39.2 mln."),
    ("RENAULT EXPECTS HIGHER PROFITS",
     "Renault lost close to three billion francs in 1985 but cut the deficit to 600 mln in 1986."),
])
def test_any_word_short_of_a_specific_one_under_a_company_headline_makes_no_claim(title, text):
    assert _scored(text, title) == []


def test_a_state_headline_keeps_the_bare_deficit():
    assert _scored("France cut the deficit to 2.6 pct of GDP in 1986.", "FRANCE CUTS DEFICIT") == \
        [("2.6 pct of GDP", "fiscal_deficit")]


def test_the_split_of_how_a_deficit_was_financed_is_no_level_of_it():
    text = ("The Finance Ministry said last year's budget deficit was financed 70 pct by credits from the central bank "
            "and 30 pct by the issue of state bonds.")
    assert _scored(text) == []
    text = "The Finance Ministry said the budget deficit would rise to 4 pct of GDP, financed by bonds."
    assert _scored(text) == [("4 pct of GDP", "fiscal_deficit")]


def test_the_number_of_a_plans_points_is_no_figure():
    text = "The prime minister announced a five-point plan on debt relief, aid and trade, with 2 billion dlrs in new aid."
    assert _scored(text) == [("2 billion dlrs", "development_aid")]
    # a move of a rate in points stays
    assert _scored("The government raised VAT by two points to 21 pct.") == \
        [("two points", "tax_revenue"), ("21 pct", "tax_revenue")]


@pytest.mark.parametrize("text", [
    "The ministry said trade should show a two billion franc surplus this year after last year's 0.8 billion surplus.",
    "Trade with Western countries plunged into a deficit of more than 500 mln dlrs from a 900 mln dlr surplus two years "
    "earlier.",
])
def test_a_bare_balance_word_of_trade_is_no_budget_balance(text):
    assert _scored(text) == []


def test_a_budget_deficit_after_a_clause_on_trade_stays():
    text = "The ministry said trade was weak, and the budget deficit would rise to 4 billion francs."
    assert _scored(text) == [("4 billion francs", "fiscal_deficit")]
