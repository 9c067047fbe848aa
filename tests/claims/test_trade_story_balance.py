"""A bare balance word in a trade story is the trade balance (tradestory.py); a budget story keeps its deficit.

Own sentences, written for these tests."""
from __future__ import annotations

from helpers import pipeline_claims


def _metrics(text: str, title: str) -> dict[str, str]:
    return {c["figure_text"].replace("\n", " "): c["metric"] for c in pipeline_claims(text, title)}


def test_trade_headline_makes_bare_deficit_the_trade_balance():
    got = _metrics("Singapore posted a 1.2 billion Singapore dlr deficit in May after a 400 mln dlr surplus in April "
                   "as imports grew faster than exports, the statistics office said.",
                   "SINGAPORE MAY TRADE TURNS TO DEFICIT")
    assert got == {"1.2 billion Singapore dlr": "other", "400 mln dlr": "other"}


def test_trade_lead_without_headline_word():
    got = _metrics("Exports of cars and machinery fell sharply in March, the customs office said. "
                   "The monthly surplus shrank to 2.3 billion crowns from 4.1 billion in February.",
                   "SWEDISH MARCH FIGURES DISAPPOINT")
    assert got.get("2.3 billion crowns") == "other"
    assert got.get("4.1 billion") == "other"


def test_budget_story_mentioning_exports_keeps_its_deficit():
    got = _metrics("Norway's oil exports rose sharply last year. The government posted a surplus of 30 billion crowns "
                   "in 1986, the finance ministry said.", "NORWAY BUDGET SURPLUS WIDENS")
    assert got == {"30 billion crowns": "fiscal_deficit"}


def test_trade_story_sentence_naming_the_budget_keeps_it():
    got = _metrics("Argentina's exports rose 10 pct in March, the government said. The budget deficit was 2 billion "
                   "australs in March, the economy ministry said.", "ARGENTINA TRADE SURPLUS RISES")
    assert got.get("2 billion australs") == "fiscal_deficit"


def test_current_account_lead_makes_bare_deficit_the_current_account():
    got = _metrics("The U.S. current account deficit will shrink as the dollar falls, an economist said. "
                   "He put the deficit at about 140 billion dlrs this year.", "U.S. PAYMENTS GAP SEEN NARROWING")
    assert got == {"140 billion dlrs": "current_account"}


def test_figure_less_sentence_on_trade_before_the_balance():
    got = _metrics("The yen firmed against the dollar in quiet dealings, dealers said. "
                   "Traders were cautious before Friday's release of Japanese trade data. "
                   "Analysts expect a surplus of 8.5 billion dlrs, up from 7.9 billion in April.",
                   "YEN FIRMS IN QUIET TOKYO TRADING SESSION")
    assert got.get("8.5 billion dlrs") == "other"
    assert got.get("7.9 billion") == "other"


def test_trade_named_before_the_balance_in_its_own_sentence():
    got = _metrics("The dollar slipped against the mark in early dealings, dealers said. "
                   "Canadian trade data showed the deficit at 1.4 billion dlrs in June.",
                   "DOLLAR SLIPS IN EARLY EUROPE")
    assert got.get("1.4 billion dlrs") == "other"


def test_plain_budget_story_unchanged():
    got = _metrics("The Dutch government expects a deficit of 25 billion guilders next year, the finance minister said.",
                   "DUTCH CABINET SEES WIDER DEFICIT")
    assert got == {"25 billion guilders": "fiscal_deficit"}


def test_a_government_running_the_balance_keeps_it_the_budgets_in_a_trade_story():
    got = _metrics("Chile's copper exports rose 8 pct in the first half, the central bank said. "
                   "The government ran a surplus of 900 mln dlrs over the same period.",
                   "CHILE TRADE SURPLUS GROWS")
    assert got.get("900 mln dlrs") == "fiscal_deficit"
