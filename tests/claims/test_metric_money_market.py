"""A central bank's money-market operations (the day's shortage or surplus in the banking system, the help or assistance
it gives the market, repurchase agreements, liquidity tenders) are the banking system's liquidity, no state's finances:
their weak balance and aid words make no scored claim, while a specific policy cue in the same sentence still does
(sentences written for these tests)."""
import pytest
from helpers import pipeline_claims

SCORED_NOT_OTHER = "other"


def scored(text: str, figure: str, title: str | None = None) -> list[dict]:
    return [c for c in pipeline_claims(text, title) if figure in c["figure_text"] and c["metric"] != SCORED_NOT_OTHER]


@pytest.mark.parametrize("text, figure", [
    # the day's liquidity gap of the banking system
    ("The Central Bank of Ruritania said it now puts the deficit in the system today at about 640 mln crowns.",
     "640 mln"),
    ("The central bank estimated a money market surplus of 2,300 billion florins for Friday, money traders said.",
     "2,300 billion"),
    ("The Bank of Ruritania revised its forecast of the shortfall in the money market to 410 mln crowns.",
     "410 mln"),
    # the help given to the market, and the flows the forecast lists
    ("The Bank of Ruritania said it had provided the market with 215 mln crowns of help in the afternoon, "
     "bringing its total help so far to 380 mln.", "215 mln"),
    ("Exchequer transactions will add about 90 mln crowns to the system, while bankers' balances below target "
     "will drain some 35 mln crowns.", "90 mln"),
    # a liquidity tender is no aid
    ("The central bank offered banks liquidity aid through a 21-day repurchase agreement at a fixed 4.15 pct.",
     "4.15 pct"),
])
def test_money_market_figures_are_no_fiscal_claims(text, figure):
    assert not scored(text, figure)


def test_specific_policy_cue_beside_money_market_still_counts():
    # the budget deficit is named outright: the money-market words of the sentence do not hide it
    text = ("Dealers in the money market said the government's budget deficit would reach 3.1 pct of GDP this year, "
            "the finance ministry said.")
    found = scored(text, "3.1 pct")
    assert found and found[0]["metric"] == "fiscal_deficit"


@pytest.mark.parametrize("text, figure", [
    # a weekly central-bank return: the stock of treasury bills is no spending or deficit
    ("Government securities outstanding rose 820 mln dlrs to 151.30 billion dlrs in the week, and treasury bills rose "
     "410 mln dlrs to 52.10 billion dlrs, the central bank said.", "410 mln"),
    # the banks' reserves at the central bank and the call money rate are monetary data
    ("Ruritanian banks held an average 38.4 billion crowns in minimum reserves at the central bank this month, "
     "above the requirement.", "38.4 billion"),
    ("Call money rose to 4.6 pct after the central bank took up some two billion crowns owed to it by other "
     "central banks.", "two billion"),
])
def test_central_bank_balance_sheet_figures_are_no_fiscal_claims(text, figure):
    assert not scored(text, figure)


@pytest.mark.parametrize("title, text, figure", [
    # a money-market headline makes the story the market's own balance: a bare "shortfall" or "deficit" of a later
    # sentence with no money-market word of its own is that balance, not the budget's
    ("RURITANIAN MONEY MARKET SHORTAGE FORECAST REVISED",
     "The Bank of Ruritania said it had revised its estimate of today's shortfall to 620 mln crowns.", "620 mln"),
    ("RURITANIAN MONEY MARKET GIVEN 90 MLN CROWNS HELP",
     "Earlier, the central bank forecast the deficit at 480 mln crowns.", "480 mln"),
])
def test_money_market_headline_makes_later_balance_words_unscored(title, text, figure):
    assert not scored(text, figure, title)


def test_budget_headline_keeps_its_deficit():
    # a headline naming a scored metric keeps its story, whatever market words the article has
    found = scored("The finance ministry said the shortfall would reach 620 mln crowns this year.", "620 mln",
                   "RURITANIA BUDGET DEFICIT SEEN WIDER")
    assert found and found[0]["metric"] == "fiscal_deficit"
