"""Alternatives ("X or Y") and change-to-level pairs ("rose $2bn to $40bn"), on sentences written
for these tests."""
import pytest

from .helpers import approx, mentions


def _summary(text):
    return [(m["surface"], m["value"], m["value_low"], m["value_high"], m["bound"], m["unit"],
             m["currency"], m["change"]) for m in mentions(text)]


def _check(text, expected):
    got = _summary(text)
    assert len(got) == len(expected), got
    for g, e in zip(got, expected):
        surface, value, low, high, bound, unit, currency, change = e
        assert g[0] == surface, got
        assert approx(g[1], value) and approx(g[2], low) and approx(g[3], high), got
        assert g[4:] == (bound, unit, currency, change), got


# "X or Y <scale/unit>": one range, the second figure's scale and unit applied to the first
OR_RANGES = [
    ("The agency hopes to lend 300 or 400 mln dlrs next year.",
     [("300 or 400 mln dlrs", 3.5e8, 3e8, 4e8, "range", "currency", "USD", None)]),
    ("Ministers aim to trim borrowing to 2.4 or 2.5 billion dlrs.",
     [("2.4 or 2.5 billion dlrs", 2.45e9, 2.4e9, 2.5e9, "range", "currency", "USD", None)]),
    ("Wages should climb 4 or 5 pct this year.",
     [("4 or 5 pct", 4.5, 4.0, 5.0, "range", "percent", None, "up")]),
    ("Officials see growth of three or four per cent.",
     [("three or four per cent", 3.5, 3.0, 4.0, "range", "percent", None, None)]),
    ("Benefits may be reduced by 10 or 20 percent.",
     [("10 or 20 percent", 15.0, 10.0, 20.0, "range", "percent", None, "down")]),
    ("The club could ask £30m or £35m for the striker.",
     [("£30m or £35m", 3.25e7, 3e7, 3.5e7, "range", "currency", "GBP", None)]),
    ("Rates may go up by 0.25 or 0.5 percentage point.",
     [("0.25 or 0.5 percentage point", 0.375, 0.25, 0.5, "range", "percentage_points", None, "up")]),
    # a bare range takes the currency of an earlier money figure, like a bare single figure
    ("Exports were 3.1 billion dlrs and could drop to 2.2 or 2.3 billion.",
     [("3.1 billion dlrs", 3.1e9, 3.1e9, 3.1e9, "exact", "currency", "USD", None),
      ("2.2 or 2.3 billion", 2.25e9, 2.2e9, 2.3e9, "range", "currency", "USD", None)]),
]


@pytest.mark.parametrize("text,expected", OR_RANGES, ids=[t for t, _ in OR_RANGES])
def test_alternatives_are_one_range(text, expected):
    _check(text, expected)


# "or" that joins two different figures stays two figures (or one, as before)
OR_NOT_RANGES = [
    # a conversion into another currency (reais are a currency since session 14; the conversions take their head's bound)
    ("The debt is about 9 billion reais ($1.7bn or £1.3bn).",
     [("9 billion reais", 9e9, 9e9, 9e9, "about", "currency", "BRL", None),
      ("$1.7bn", 1.7e9, 1.7e9, 1.7e9, "about", "currency", "USD", None),
      ("£1.3bn", 1.3e9, 1.3e9, 1.3e9, "about", "currency", "GBP", None)]),
    # an amount and its per-share value
    ("Net profit was 2.5 mln dlrs, or 42 cts a share, against 7.3 mln or 1.10 dlrs.",
     [("2.5 mln dlrs", 2.5e6, 2.5e6, 2.5e6, "exact", "currency", "USD", None),
      ("42 cts", 0.42, 0.42, 0.42, "exact", "currency", "USD", None),
      ("7.3 mln", 7.3e6, 7.3e6, 7.3e6, "exact", "currency", "USD", None),
      ("1.10 dlrs", 1.1, 1.1, 1.1, "exact", "currency", "USD", None)]),
    # a share and a count
    ("The group raised its holding to 14.5 pct or 3.2 mln shares.",
     [("14.5 pct", 14.5, 14.5, 14.5, "exact", "percent", None, None)]),
    # points of a score, not percentage points
    ("It was a 20 or 30 point win for the visitors.", []),
    # the larger figure first: not a range
    ("Output may fall 5 or 4 pct.",
     [("4 pct", 4.0, 4.0, 4.0, "exact", "percent", None, None)]),
]


@pytest.mark.parametrize("text,expected", OR_NOT_RANGES, ids=[t for t, _ in OR_NOT_RANGES])
def test_alternatives_that_are_not_ranges(text, expected):
    _check(text, expected)


# "rose $X to $Y" and "rose from X to Y": a change and a level, or two levels (QUANTITIES.md:
# "from 25 pct to five pct" is two figures; "rose 5 pct" carries change, "rose to 7 billion" not)
LEVELS = [
    ("Military outlays rose $12bn to $310.5bn last year.",
     [("$12bn", 1.2e10, 1.2e10, 1.2e10, "exact", "currency", "USD", "up"),
      ("$310.5bn", 3.105e11, 3.105e11, 3.105e11, "exact", "currency", "USD", None)]),
    ("Crude fell by $1.15 to $61.20 a barrel.",
     [("$1.15", 1.15, 1.15, 1.15, "exact", "currency", "USD", "down"),
      ("$61.20", 61.2, 61.2, 61.2, "exact", "currency", "USD", None)]),
    ("Pension contributions increased from £4.1bn to £6.6bn a year.",
     [("£4.1bn", 4.1e9, 4.1e9, 4.1e9, "exact", "currency", "GBP", None),
      ("£6.6bn", 6.6e9, 6.6e9, 6.6e9, "exact", "currency", "GBP", None)]),
    ("The sales tax will rise from 12 to 15 percent.",
     [("12", 12.0, 12.0, 12.0, "exact", "percent", None, None),
      ("15 percent", 15.0, 15.0, 15.0, "exact", "percent", None, None)]),
    ("Reserves grew sharply from 31 to 44 billion dlrs.",
     [("31", 3.1e10, 3.1e10, 3.1e10, "exact", "currency", "USD", None),
      ("44 billion dlrs", 4.4e10, 4.4e10, 4.4e10, "exact", "currency", "USD", None)]),
]


@pytest.mark.parametrize("text,expected", LEVELS, ids=[t for t, _ in LEVELS])
def test_change_and_level_are_two_figures(text, expected):
    _check(text, expected)


# ranges stay ranges: no change verb, the unit written only on the second end, or "up from"
RANGES = [
    ("Seats are priced from £25 to £40.",
     [("£25 to £40", 32.5, 25.0, 40.0, "range", "currency", "GBP", None)]),
    ("The state expects to spend $20bn to $24bn on roads.",
     [("$20bn to $24bn", 2.2e10, 2e10, 2.4e10, "range", "currency", "USD", None)]),
    ("The shortfall should fall by 12 billion to 15 billion dlrs.",
     [("12 billion to 15 billion dlrs", 1.35e10, 1.2e10, 1.5e10, "range", "currency", "USD", "down")]),
    ("Prices rose 4 to 6 pct in the quarter.",
     [("4 to 6 pct", 5.0, 4.0, 6.0, "range", "percent", None, "up")]),
    ("Planting reached 40 pct, up from 25 to 30 pct a week earlier.",
     [("40 pct", 40.0, 40.0, 40.0, "exact", "percent", None, None),
      ("25 to 30 pct", 27.5, 25.0, 30.0, "range", "percent", None, None)]),
    ("A levy of one pct would raise from 6 to 9 billion dlrs a year.",
     [("one pct", 1.0, 1.0, 1.0, "exact", "percent", None, None),
      ("6 to 9 billion dlrs", 7.5e9, 6e9, 9e9, "range", "currency", "USD", None)]),
]


@pytest.mark.parametrize("text,expected", RANGES, ids=[t for t, _ in RANGES])
def test_ranges_stay_ranges(text, expected):
    _check(text, expected)
