"""A deficit, a loss or spending of a firm or of a state's agency that runs its own accounts (a postal corporation, a
seaway, a railway, an airline) is no budget deficit of the state (firms.py, firm_nouns.csv rows marked name and the
railway/seaway nouns), while the state's own deficit beside it stays a claim; and a bare balance word right after a
figure-less sentence naming the current account is that balance, even after an interest-rate claim (tradestory.py,
awaited_current_account). Sentences written for these tests."""
import pytest
from helpers import pipeline_claims


def _claims(text, figure):
    return [c for c in pipeline_claims(text) if figure in c["figure_text"]]


def _scored(text, figure):
    return [c for c in _claims(text, figure) if c["metric"] not in ("other", "gdp_growth", "inflation")]


@pytest.mark.parametrize("text, figure", [
    # a name ending in a word that names a postal corporation, as a legal form does; "Canada" inside it is no state
    ("Canada Post said it must eliminate its 120 mln dlrs deficit within two years.", "120 mln"),
    ("Canada Post's deficit reached 95 mln dlrs in the last fiscal year.", "95 mln"),
    ("Deutsche Post posted a deficit of 210 mln euros last year.", "210 mln"),
    # an airline, a railway company and a seaway named by the word ending their names
    ("Kenya Airways said its deficit would widen to 4 billion shillings next year.", "4 billion"),
    ("Indian Railways ran a deficit of 30 billion rupees in the year to March.", "30 billion"),
    ("The St Lawrence Seaway ran a deficit of 7 mln dlrs last season.", "7 mln"),
    # the bare nouns with "the" once the article has named the body
    ("Amtrak, the national passenger railroad, said its deficit would reach 600 mln dlrs.", "600 mln"),
    ("The Welland canal reopened in March. The seaway is expected to lose 8 mln dlrs this year.", "8 mln"),
])
def test_agency_deficit_is_no_budget_claim(text, figure):
    assert _scored(text, figure) == []


@pytest.mark.parametrize("text, figure, metric", [
    # the state's own budget deficit, and one the government names beside a postal corporation
    ("Canada's budget deficit will fall to 28 billion dlrs next year, the finance department said.", "28 billion",
     "fiscal_deficit"),
    ("The government said the federal deficit would reach 40 billion dlrs, while Canada Post expects a small profit.",
     "40 billion", "fiscal_deficit"),
    # a public body's name ending in a legal form stays public
    ("The World Bank Group said Kenya's budget deficit would narrow to 5 pct of GDP.", "5 pct", "fiscal_deficit"),
])
def test_state_deficit_beside_agency_stays(text, figure, metric):
    assert [c["metric"] for c in _claims(text, figure)] == [metric]


def test_awaited_current_account_after_rate_claim():
    text = ("The central bank cut its discount rate by half a point to 5 pct last week. Traders now await Thursday's "
            "current account figures for March. Forecasts are for a deficit of around 2 billion dlrs.")
    assert [c["metric"] for c in _claims(text, "2 billion")] == ["current_account"]


def test_budget_word_keeps_its_sentence_reading():
    # a sentence naming the budget of its own keeps its deficit the budget's, after a current-account sentence
    text = ("Traders now await Thursday's current account figures for March. The budget deficit is forecast at "
            "around 2 billion dlrs.")
    assert [c["metric"] for c in _claims(text, "2 billion")] == ["fiscal_deficit"]
