"""Constructions found by the corpus41 set (session 22, corpus22r), each a mechanism for any article. Own sentences (real
facts, own words, figures approximate); needs the gazetteer.

- a price per dollar, of a debt ("11 cents on the dollar") or of a currency ("14.50 bolivars to the dollar"), is a
  market price, a recovery rate or an exchange rate: no claim (marketquotes.ON_THE_DOLLAR);
- a percent "of the banks" or "of creditor banks" counts lenders, not a debt (people_words.csv, guards.share_of_people);
- a cause or concession clause opening the sentence ("Because ..., ", "Although ..., ") ends the clause of a figure inside it at its
  comma: the main clause's modal after it does not make a level reached a forecast (stance.FRONTED_CAUSE);
- "the region's" or "the continent's" before a figure states a possessed level, like "the country's" (stance.POSSESSED).
"""
import pytest

pytest.importorskip("pipeline.claims.gazetteer")

from helpers import rules_claims, claim_with as _claim  # noqa: E402


def _figures(claims: list[dict]) -> list[str]:
    return [c["figure_text"] for c in claims]


def test_a_debt_price_on_the_dollar_is_no_claim():
    text = ("Bolivia bought back much of its commercial bank debt in 1988 at 11 cents on the dollar, while its foreign debt "
            "stood at about 4 billion dlrs, the central bank said.")
    figures = _figures(rules_claims(text))
    assert "11 cents" not in figures
    assert "4 billion dlrs" in figures


def test_an_exchange_rate_to_the_dollar_is_no_claim():
    text = ("Venezuela's cabinet approved a new exchange rate for oil export earnings in 1987, setting it at 14.50 bolivars "
            "to the dollar from 7.50 bolivars.")
    assert "14.50 bolivars" not in _figures(rules_claims(text))


def test_an_exchange_rate_beside_debt_service_is_no_claim():
    text = ("Ecuador's central bank, which pays the country's debt service abroad, used an official rate of 95 sucres to "
            "the dollar in 1987.")
    assert "95 sucres" not in _figures(rules_claims(text))


def test_a_share_of_the_banks_is_no_debt():
    text = ("Bolivia's plan to buy back the 670 mln dlrs it owes to foreign commercial banks at a deep discount is gaining "
            "support, central bank governor Javier Nogales said. The bank advisory committee is asking creditor banks around "
            "the world to waive the loan terms. More than 50 pct of the banks must agree, and Nogales said he was sure the "
            "threshold would be met.")
    claims = rules_claims(text)
    assert "50 pct" not in _figures(claims)
    assert _claim(claims, "670 mln dlrs")["metric"] == "external_debt"


def test_a_share_of_creditor_banks_is_no_debt():
    text = ("Bolivia owed about 670 mln dlrs to foreign commercial banks in 1987, its central bank said. More than 50 pct of "
            "creditor banks had to agree to its buyback plan, and the central bank said it expected that share to be reached.")
    claims = rules_claims(text)
    assert "50 pct" not in _figures(claims)
    assert _claim(claims, "670 mln dlrs")["claim_type"] == "actual"


def test_a_share_of_the_banks_capital_keeps_its_reading():
    # the possessive after "banks" makes the share one of the banks' capital, not a count of the banks: the guard does not
    # take it (whatever reading the rules then give it, it is not dropped as a count of lenders)
    from pipeline.claims.guards import share_of_people
    text = "Banks must set aside 10 pct of banks' capital."
    start = text.index("10 pct")
    assert not share_of_people(text, {"unit": "percent", "char_start": start, "char_end": start + len("10 pct")})
    text = "More than 50 pct of the banks must agree."
    start = text.index("50 pct")
    assert share_of_people(text, {"unit": "percent", "char_start": start, "char_end": start + len("50 pct")})


def test_a_level_in_a_fronted_because_clause_is_reached():
    text = ("Because West Germany's current account surplus reached about 80 billion marks in 1986, its partners said Bonn "
            "could do more to spur demand.")
    c = _claim(rules_claims(text), "80 billion marks")
    assert c["metric"] == "current_account"
    assert c["claim_type"] == "actual"


def test_a_deficit_share_in_a_fronted_because_clause_is_reached():
    text = ("Because Chile's budget deficit has been cut to about two pct of gross domestic product, the central bank could "
            "ease credit this year, its governor said.")
    c = _claim(rules_claims(text), "two pct of gross domestic product")
    assert c["metric"] == "fiscal_deficit"
    assert c["claim_type"] == "actual"


def test_a_figure_in_the_main_clause_after_a_fronted_clause_keeps_its_verb():
    text = ("Because tax receipts fell short of plan, Bonn will raise its net borrowing to about 29 billion marks in 1988, "
            "the finance ministry said.")
    c = _claim(rules_claims(text), "29 billion marks")
    assert c["claim_type"] in ("commitment", "forecast")


def test_a_regions_debt_named_as_its_possession_is_a_level():
    # "the region's N dlr debt", like "the country's": the level described, not the object of the verb around it
    text = ("Latin American finance ministers said in 1987 that growth would have to come first if the region's 410 billion "
            "dlr foreign debt was to be serviced.")
    c = _claim(rules_claims(text), "410 billion dlr")
    assert c["metric"] == "external_debt"
    assert c["claim_type"] == "actual"


def test_a_continents_debt_under_a_request_is_a_level():
    text = "African leaders asked creditors in 1987 to ease the terms on the continent's 200 billion dlr foreign debt."
    c = _claim(rules_claims(text), "200 billion dlr")
    assert c["claim_type"] == "actual"

