"""A company's own story by its headline (a ticker, a legal form), British base rates and the day of a budget, the factory
orders statistic, a spending deficit, and a list of sums each with its own noun (sentences written for these tests)."""
import pytest
from helpers import pipeline_claims


def _scored(text, title=None):
    return [(c["figure_text"], c["metric"]) for c in pipeline_claims(text, title)
            if c["metric"] not in ("other", "gdp_growth", "inflation")]


@pytest.mark.parametrize("title, text", [
    ("ACME <ACM> CUTS DEBT", "Acme said its debt fell to 1.2 billion dlrs at the end of 1986 from 1.9 billion."),
    ("ACME CORP SEES LOWER SPENDING", "Spending is expected to decline to 48 mln dlrs in 1988 from 65 mln dlrs this year."),
])
def test_a_company_headline_makes_its_weak_figures_no_claims(title, text):
    assert _scored(text, title) == []


def test_a_state_headline_keeps_them():
    assert _scored("Brazil's debt fell to 108 billion dlrs at the end of 1986, the central bank said.",
                   "BRAZIL CUTS DEBT") == [("108 billion dlrs", "public_debt")]


STORY = "Britain's chancellor cut the public sector borrowing requirement target to 4 billion stg in the budget. "


@pytest.mark.parametrize("text", [
    "Forecasts are for a half-point cut, with another half or full point about Budget day.",
    "The chief economist said the lower borrowing target set in the budget had raised the likelihood of an early one-point "
    "base rate cut.",
])
def test_base_rates_and_budget_day_are_no_budget_figures(text):
    assert _scored(STORY + text)[1:] == []


def test_the_factory_orders_statistic_is_no_spending():
    text = "Orders for non-defence capital goods fell 12 pct in March after rising 4.1 pct in February."
    assert _scored(STORY + text)[1:] == []


def test_a_spending_deficit_is_the_deficit():
    text = "The size of the state spending deficit, estimated at 98,000 billion lire this year, worries the central bank."
    assert _scored(text) == [("98,000 billion lire", "fiscal_deficit")]


def test_a_list_of_sums_each_with_its_in_noun():
    text = ("The plan would include 18 billion dlrs in new revenues, nine billion dlrs in military spending cuts and nine "
            "billion dlrs in domestic spending reductions.")
    assert [m for _, m in _scored(text)] == ["tax_revenue", "defense_spending", "public_spending"]


def test_a_company_headline_drops_the_figures_a_weak_word_reaches_through_a_run():
    text = ("Non-callable for five years, the debt is rated A-2 by Moody's. Gross spread is 6.62 dlrs, selling concession "
            "is 4.50 dlrs and reallowance is 2.50 dlrs.")
    assert _scored(text, "ACME CORP <ACM> SELLS DEBENTURES") == []


def test_the_public_part_of_a_private_statistic_names_itself():
    text = "Public construction outlays rose for a third month to 75.2 billion dlrs in January, the department said."
    assert _scored(text, "U.S. CONSTRUCTION SPENDING ROSE 0.9 PCT IN JANUARY") == [("75.2 billion dlrs", "public_spending")]
