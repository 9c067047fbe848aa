"""Money figures the claims stage missed because no mention was found (sentences written for these tests)."""
import pytest

from .helpers import approx, mentions


def _money(text):
    return [(m["surface"], m["value"], m["currency"], m["bound"]) for m in mentions(text) if m["unit"] == "currency"]


@pytest.mark.parametrize("text,surface,value,currency", [
    # a possessive plural currency name: the apostrophe stays out of the surface
    ("The cabinet confirmed its 40 billion francs' programme of tax cuts.", "40 billion francs", 4e10, "FRF"),
    ("Bonn agreed on the 6 billion marks' aid package.", "6 billion marks", 6e9, "DEM"),
    # Iranian rials
    ("Tehran plans to spend 900 trillion rials next year.", "900 trillion rials", 9e14, "IRR"),
])
def test_currency_names(text, surface, value, currency):
    found = _money(text)
    assert len(found) == 1, found
    assert found[0][0] == surface and approx(found[0][1], value) and found[0][2] == currency


def test_ellipsis_range():
    m = mentions("The coalition must find savings of 6...9 billion euros by 2028.")
    assert len(m) == 1 and m[0]["surface"] == "6...9 billion euros" and m[0]["bound"] == "range"
    assert approx(m[0]["value_low"], 6e9) and approx(m[0]["value_high"], 9e9) and m[0]["currency"] == "EUR"


def test_bare_range_between_takes_carried_currency():
    m = _money("The ministry wants the gap cut to between 20 and 25 billion from a planned 31 billion crowns.")
    assert m[0][0] == "between 20 and 25 billion" and m[0][3] == "range" and approx(m[0][1], 22.5e9)
    assert [x[2] for x in m] == ["SEK", "SEK"]


def test_bare_range_to_and_dash():
    m = _money("The shortfall will be 12 to 14 billion, after 16 billion dlrs last year.")
    assert m[0][0] == "12 to 14 billion" and m[0][3] == "range" and m[0][2] == "USD"
    m = _money("The shortfall will be 12-14 billion, after 16 billion dlrs last year.")
    assert m[0][0] == "12-14 billion" and m[0][3] == "range"


def test_bare_to_after_change_from_stays_two_levels():
    # "rose from A to B billion" is two levels, not a range (only the second is read here)
    m = _money("The shortfall rose from 12 to 14 billion, after 16 billion dlrs in 1985.")
    assert all(x[3] != "range" for x in m), m


def test_scaled_sum_and_money_figure():
    m = _money("The bill trims 4 billion dlrs from farm outlays of 61.5 billion and 2 billion dlrs from roads.")
    assert [x[0] for x in m] == ["4 billion dlrs", "61.5 billion", "2 billion dlrs"]
    assert approx(m[1][1], 61.5e9) and m[1][2] == "USD"


def test_parenthetical_conversion_passes_no_currency():
    m = _money("Sales reached 52bn rupees ($1.2bn; £0.6bn), against 47bn a year earlier.")
    assert m[-1][0] == "47bn" and m[-1][2] == "INR"


def test_counts_and_years_stay_out():
    assert _money("Between 30 and 35 million people voted in 1987 to 1988.") == []
    assert _money("It sold 3 to 4 million cars, and earned 5 billion dlrs.") == [("5 billion dlrs", 5e9, "USD", "exact")]
