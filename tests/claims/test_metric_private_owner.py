"""Figures that are no state's or organisation's policy figures: the spending, debt or borrowing of firms, households and the
private sector, prices per unit of a good, shares of a debt, and a weak spending word under a headline on a private
statistic (sentences written for these tests)."""
import pytest
from helpers import pipeline_claims


# a story already on a state's finances: a weak word after it would otherwise take the story's metric
STORY = "Brazil's government said its budget deficit would narrow to 3.1 pct of GDP this year. "


def _scored(text, figure, title=None):
    return [c["metric"] for c in pipeline_claims(text, title) if figure in c["figure_text"]
            and c["metric"] not in ("other", "gdp_growth", "inflation")]


@pytest.mark.parametrize("text, figure", [
    ("Private sector foreign debt rose to 31 billion dlrs at the end of June, the central bank said.", "31 billion"),
    ("The company's foreign debt was cut to 4.2 billion cruzados last year from 7.9 billion.", "4.2 billion"),
    ("Brazilian firms' foreign debt rose to 29 billion dlrs in June.", "29 billion"),
    ("The decree set private debt payments at 14 cruzados per dollar, adding 40 pct to the cost of the debt.", "40 pct"),
    ("Household debt in Brazil climbed 8 pct to 1.9 trillion reais in May.", "8 pct"),
    ("Business spending rose 4 pct in the quarter, the statistics office said.", "4 pct"),
])
def test_private_owners_make_no_claim(text, figure):
    assert _scored(STORY + text, figure) == []


@pytest.mark.parametrize("text, figure, metric", [
    # a public owner coordinated with the private one keeps the figure the state's
    ("The government said public and private sector debt payments would total 9 billion dlrs this year.", "9 billion",
     "debt_service"),
    ("Brazil's public and private foreign debt rose to 112 billion dlrs in June.", "112 billion", "external_debt"),
    # taxes on firms are a state's levy
    ("The finance minister said the corporate tax rate would be cut to 25 pct next year.", "25 pct", "tax_revenue"),
    # the state's own foreign debt, with no private owner, stays a claim
    ("Brazil's foreign debt rose to 108 billion dlrs at the end of June, the central bank said.", "108 billion",
     "external_debt"),
])
def test_public_owners_keep_their_claims(text, figure, metric):
    assert _scored(STORY + text, figure) == [metric]


@pytest.mark.parametrize("text, figure", [
    ("Farmers enrolled in the programme will be paid 63 cents per bushel, the Agriculture Department said.", "63 cents"),
    ("Officials said the budget assumes oil at 18 dlrs a barrel.", "18 dlrs"),
    ("The central bank set the rate for private debt at 7.5 cruzados per dollar.", "7.5 cruzados"),
])
def test_prices_per_unit_are_no_claims(text, figure):
    assert _scored(STORY + text, figure) == []


def test_a_share_of_a_debt_is_no_level_of_it():
    text = STORY + "The finance minister said banks holding 70 pct of Brazil's foreign debt had backed the accord."
    assert _scored(text, "70 pct") == []
    # a share of GDP is the debt's level
    text = STORY + "The finance minister said Brazil's foreign debt equalled 38 pct of its gross domestic product."
    assert _scored(text, "38 pct") == ["external_debt"]


def test_a_private_statistic_headline_makes_bare_spending_no_claim():
    text = "The Commerce Department said spending fell 1.2 pct in March to 380 billion dlrs."
    title = "U.S. CONSTRUCTION SPENDING FELL 1.2 PCT IN MARCH"
    assert _scored(text, "1.2 pct", title) == []
    assert _scored(text, "380 billion", title) == []
    # under a headline naming no private context the department's spending figure is still read as the state's
    assert _scored(text, "1.2 pct", "U.S. DEPARTMENT REPORTS MARCH FIGURES") == ["public_spending"]


@pytest.mark.parametrize("text, figure", [
    ("Spending on nonresidential construction rose to 88 billion dlrs in April, the department said.", "88 billion"),
    ("Outlays on office construction fell to 24 billion dlrs in April.", "24 billion"),
])
def test_private_construction_is_no_budget_spending(text, figure):
    story = "The U.S. government said federal spending would rise 3 pct to 1,020 billion dlrs next year. "
    assert _scored(story + text, figure) == []
