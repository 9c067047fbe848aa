"""Session 26 role constructions (own sentences): whose figure and who states it.

- A list of states each "with" its own sum after a request or plan of the state heading the list ("Poland has asked for
  43.7 billion euros, followed by Romania with 16.6 billion euros"): each listed state asks for its own sum, it is not
  the head state's (owners.LISTED_WITH, actors.listed_owner, scope.mark_respective_owners).
"""
import pytest
from helpers import claims_of, mention

pytest.importorskip("pipeline.claims.gazetteer")

EUR = dict(unit="currency", currency="EUR")
USD = dict(unit="currency", currency="USD")


def _roles(text, spec, title):
    cs = claims_of(text, *(mention(text, s, v, **u) for s, v, u in spec), title=title)
    return {c["figure_text"]: (c["actor_code"], c["target_code"]) for c in cs}


def test_each_state_listed_with_its_sum_requests_its_own():
    text = ("Poland has asked for the largest share of the SAFE defence loans, 43.7 billion euros, followed by Romania "
            "with 16.6 billion euros and France with 16.2 billion euros, diplomats said.")
    got = _roles(text, [("16.6 billion euros", 16.6e9, EUR), ("16.2 billion euros", 16.2e9, EUR),
                        ("43.7 billion euros", 43.7e9, EUR)], "EU states ask for defence loans")
    assert got["16.6 billion euros"] == ("ROU", "ROU")
    assert got["16.2 billion euros"] == ("FRA", "FRA")
    assert got["43.7 billion euros"][0] == "POL"


def test_listed_request_with_hedge_and_three_members():
    text = ("Poland requested the biggest SAFE loan for its armed forces, 43.7 billion euros, followed by Hungary with "
            "about 16.2 billion euros, Lithuania with 6.4 billion euros and Portugal with 5.8 billion euros.")
    got = _roles(text, [("43.7 billion euros", 43.7e9, EUR), ("16.2 billion euros", 16.2e9, EUR),
                        ("6.4 billion euros", 6.4e9, EUR), ("5.8 billion euros", 5.8e9, EUR)], "Defence loan requests")
    assert got["16.2 billion euros"] == ("HUN", "HUN")
    assert got["6.4 billion euros"] == ("LTU", "LTU")
    assert got["5.8 billion euros"] == ("PRT", "PRT")


def test_listed_debt_payments_each_its_payer():
    text = ("Mexico will pay nine billion dlrs in debt service this year, followed by Brazil with eight billion dlrs.")
    got = _roles(text, [("nine billion dlrs", 9e9, USD), ("eight billion dlrs", 8e9, USD)], "Latin debt service")
    assert got["eight billion dlrs"] == ("BRA", "BRA")
    assert got["nine billion dlrs"] == ("MEX", "MEX")


def test_reporter_of_a_listed_level_is_kept():
    # a body that reports the list still reports each level: the "with" item changes the owner only
    text = ("Poland spends the most on defence, 4.1% of GDP, followed by Estonia with 3.4% and Latvia with 3.2%, "
            "NATO figures show.")
    got = _roles(text, [("4.1% of GDP", 4.1, {}), ("3.4%", 3.4, {}), ("3.2%", 3.2, {})], "NATO allies raise spending")
    assert got["3.4%"] == ("NATO", "EST")
    assert got["3.2%"] == ("NATO", "LVA")


def test_provided_with_is_no_list_item():
    # "provide Togo with": the state before "with" is the object of a giving verb, not a listed owner
    text = "France is to provide Togo with 475 mln cfa francs in development aid, the French embassy said."
    got = _roles(text, [("475 mln cfa francs", 475e6, dict(unit="currency", currency="XOF"))], "France aids Togo")
    assert got["475 mln cfa francs"][0] == "FRA"
