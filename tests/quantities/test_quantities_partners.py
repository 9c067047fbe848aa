"""Elliptical partners of a compared figure ("to 33 pct from 35") and exact decimal values
("67.1 mln dlrs" is 67,100,000). Sentences written for these tests."""
import pytest

from .helpers import approx, mentions


def _figures(text):
    return [(m["surface"], m["value"], m["unit"], m["currency"]) for m in mentions(text)]


@pytest.mark.parametrize("text,partner,value,unit,currency", [
    ("Britain's corporation tax will fall to 33 pct from 35 next year.", "35", 35.0, "percent", None),
    ("The Bundesbank cut its discount rate to 3.0 pct from 3.5, effective tomorrow.", "3.5", 3.5, "percent", None),
    ("Japan's jobless rate rose to 3.0 pct in March after 2.9 in February.", "2.9", 2.9, "percent", None),
    ("The call rate is expected to ease to 3.875 pct from 4.0000 today.", "4.0000", 4.0, "percent", None),
    ("Australian banks lowered their prime rates to 17.75 pct from 18-1/4.", "18-1/4", 18.25, "percent", None),
    ("The yield stood at 7.2 pct, compared with 7.4 a year earlier.", "7.4", 7.4, "percent", None),
    ("Pre-tax profit rose to 120 mln stg from 81.", "81", 81e6, "currency", "GBP"),
    ("Fiat ordinary closed at 13,500 lire against 13,200 on Monday.", "13,200", 13200.0, "currency", "ITL"),
    ("The company earned 50 cts a share versus 45 in the previous year.", "45", 0.45, "currency", "USD"),
    ("Net asset value rose to 16.10 dlrs a share from 11.90 a year earlier.", "11.90", 11.9, "currency", "USD"),
])
def test_bare_partner_takes_the_unit_scale_and_currency(text, partner, value, unit, currency):
    found = mentions(text)
    assert len(found) == 2, found
    m = found[1]
    assert m["surface"] == partner == text[m["char_start"]:m["char_end"]]
    assert approx(m["value"], value) and m["unit"] == unit and m["currency"] == currency
    assert m["change"] is None and m["bound"] == "exact"


def test_partner_carries_basis_and_bound():
    found = mentions("Italy's budget deficit fell to 11.2 pct of GDP from about 12.4 in 1985.")
    assert [m["surface"] for m in found] == ["11.2 pct", "12.4"]
    assert found[1]["basis"] == "GDP" and found[1]["bound"] == "about"


def test_year_between_figure_and_comparator():
    found = mentions("Unemployment fell to 8.1 pct in 1987 from 8.9 in 1986.")
    assert [m["surface"] for m in found] == ["8.1 pct", "8.9"]


@pytest.mark.parametrize("text", [
    "Exports rose 5 pct to customers from 46 countries.",          # a count noun after the number
    "Sales rose 5 pct from 120 in March.",                         # "from" after a change: a base, not a rate
    "Its stake rose to 8.6 pct from 1986.",                        # a year
    "The quota was raised to 7 pct from 46 to 50 countries.",      # runs on into a range of something else
    "The index rose 2 pct to 120 from 118 in April.",              # another number between figure and comparator
    "Volume rose 12 pct compared with 1,480,000 in the quarter.",  # a base count after a change
    "The rate was 5 pct after 9 a.m. trading in Tokyo.",           # a time
    "The tax share rose to 9 pct from 46 of its members.",         # "of": a count
])
def test_no_partner(text):
    found = mentions(text)
    assert len(found) == 1, found


def test_scaled_figure_and_large_bare_partner():
    # "5.2 mln dlrs vs 4,123,000": a partner written in full carries its own magnitude, not "mln"
    found = mentions("Net profit was 5.2 mln dlrs vs 4,123,000.")
    assert [m["surface"] for m in found] == ["5.2 mln dlrs"]


@pytest.mark.parametrize("text,value", [
    ("The deficit reached 67.1 mln dlrs.", 67100000.0),
    ("The bank lent 4.1 billion dlrs.", 4100000000.0),
    ("Tokyo set aside 2.2 trillion yen.", 2200000000000.0),
    ("The duty is 84.9 cents a pound.", 0.849),
    ("The ministry sees growth between 3.80 and 3.90 pct.", 3.85),
])
def test_values_are_the_decimal_figure(text, value):
    found = mentions(text)
    assert len(found) == 1 and found[0]["value"] == value, found  # exact, no float noise


def test_range_ends_are_exact():
    m = mentions("Spending will rise by 1.1 billion to 1.3 billion dlrs.")[0]
    assert m["bound"] == "range" and m["value_low"] == 1.1e9 and m["value_high"] == 1.3e9 and m["value"] == 1.2e9


def test_value_without_short_decimal_is_kept():
    m = mentions("Tax rose by 1/3 pct.")[0]
    assert m["value"] == 1 / 3


def test_date_after_comparator_is_no_fraction():
    found = mentions("Airlines lost $10bn after 9/11, the report said.")
    assert [m["surface"] for m in found] == ["$10bn"]
    found = mentions("The margin was cut to 7/8 pct over Libor from 1-1/8.")
    assert [m["surface"] for m in found] == ["7/8 pct", "1-1/8"] and found[1]["value"] == 1.125


@pytest.mark.parametrize("text,surface,low,high", [
    ("Economists put growth at 2% to 3% next year.", "2% to 3%", 2.0, 3.0),
    ("Analysts want defence outlays of about 4 pct to 5 pct of GDP.", "4 pct to 5 pct", 4.0, 5.0),
    ("The bonds carry an indicated coupon of 7-1/4 pct to 7-3/4 pct.", "7-1/4 pct to 7-3/4 pct", 7.25, 7.75),
])
def test_percent_on_both_ends_of_to_is_a_range(text, surface, low, high):
    found = mentions(text)
    assert len(found) == 1 and found[0]["surface"] == surface and found[0]["bound"] == "range", found
    assert found[0]["value_low"] == low and found[0]["value_high"] == high


@pytest.mark.parametrize("text", [
    "The VAT on books will rise from the current 10% to 14%.",  # "from": two levels
    "Sweden cut its discount rate from 8.5 pct to 7.5 pct.",
    "Inflation rose 0.4 pct to 3.1 pct in June.",              # a change and the level it reached
    "The bank raised its prime rate by 1/4 pct to 8-1/4 pct.",
    "The central bank lifted interest rates 0.25% to 4.75%.",
])
def test_percent_to_percent_stays_two_figures(text):
    assert len(mentions(text)) == 2, mentions(text)
