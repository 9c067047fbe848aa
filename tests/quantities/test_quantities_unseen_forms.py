"""Forms found by the blind quantity set (evaluation/gold/quantities_fresh.jsonl): more currency
names, "3.5 pc", a decimal comma before "%", "ranging from X% to Y%", "9 and 11 euros", and words
that make no change or bound. The sentences are written for these tests."""
import pytest

from .helpers import approx, mentions


def _summary(text):
    return [(m["surface"], m["value"], m["unit"], m["currency"], m["bound"], m["change"]) for m in mentions(text)]


def _check(text, expected):
    got = _summary(text)
    assert len(got) == len(expected), got
    for g, e in zip(got, expected):
        assert g[0] == e[0] and approx(g[1], e[1]) and g[2:] == e[2:], got


CURRENCIES = [
    ("Warsaw will spend 180 bln zł on tanks.", [("180 bln zł", 1.8e11, "currency", "PLN", "exact", None)]),
    ("The Czech cabinet found 12 billion koruna for ammunition.",
     [("12 billion koruna", 1.2e10, "currency", "CZK", "exact", None)]),
    ("Stockholm set aside kr 30 billion for air defence.",
     [("kr 30 billion", 3e10, "currency", "SEK", "exact", None)]),
    ("Oslo set aside kr 7 billion, the Norwegian ministry said.",
     [("kr 7 billion", 7e9, "currency", "NOK", "exact", None)]),
    ("The bank is issuing a 200 mln Luxembourg franc bond.",
     [("200 mln Luxembourg franc", 2e8, "currency", "LUF", "exact", None)]),
    ("The fund approved 60 mln sdr's for the program.",
     [("60 mln sdr's", 6e7, "currency", "XDR", "exact", None)]),
    ("Kyiv received 4 billion hryvnias from the reserve.",
     [("4 billion hryvnias", 4e9, "currency", "UAH", "exact", None)]),
    ("Seoul will spend ₩66 trillion next year.", [("₩66 trillion", 6.6e13, "currency", "KRW", "exact", None)]),
    ("Ottawa budgeted CA$ 8 billion.", [("CA$ 8 billion", 8e9, "currency", "CAD", "exact", None)]),
    ("Budapest set aside HUF 900 billion.", [("HUF 900 billion", 9e11, "currency", "HUF", "exact", None)]),
    ("Delhi allotted Rs 6.2 lakh crore to defence.", [("Rs 6.2 lakh crore", 6.2e12, "currency", "INR", "exact", None)]),
    ("The state will spend Rs 450 crore on roads.", [("Rs 450 crore", 4.5e9, "currency", "INR", "exact", None)]),
]

PERCENT_FORMS = [
    ("Pay rose 4.2 pc last year.", [("4.2 pc", 4.2, "percent", None, "exact", "up")]),
    ("The summary puts the deficit at 2,5 % of GDP.", [("2,5 %", 2.5, "percent", None, "exact", None)]),
    ("Spending will reach three-and-a-half per cent of output.",
     [("three-and-a-half per cent", 3.5, "percent", None, "exact", None)]),
    ("Growth was revised by 0.3pp.", [("0.3pp", 0.3, "percentage_points", None, "exact", None)]),
    ("The gap fell 2 pct-pts.", [("2 pct-pts", 2.0, "percentage_points", None, "exact", "down")]),
    ("Prices stood at 1,500 % of the base level.", [("1,500 %", 1500.0, "percent", None, "exact", None)]),
    ("Members' shares range from 0.3% to 0.6% of the fund.",
     [("0.3% to 0.6%", 0.45, "percent", None, "range", None)]),
    ("Yields rose from 3 pct to 4 pct.",
     [("3 pct", 3.0, "percent", None, "exact", None), ("4 pct", 4.0, "percent", None, "exact", None)]),
]

COORDINATED = [
    ("Fees were raised by 4 and 6 euros.",
     [("4", 4.0, "currency", "EUR", "exact", "up"), ("6 euros", 6.0, "currency", "EUR", "exact", None)]),
    ("Notes come in denominations of 500,000 and one mln stg.",
     [("500,000", 5e5, "currency", "GBP", "exact", None), ("one mln stg", 1e6, "currency", "GBP", "exact", None)]),
    ("Lines of credit of 5 mln dlrs in year one and 8 mln dlrs in year two.",
     [("5 mln dlrs", 5e6, "currency", "USD", "exact", None), ("8 mln dlrs", 8e6, "currency", "USD", "exact", None)]),
]

NO_CHANGE_OR_BOUND = [
    # a money result, money raised, a share, a total, a level reached, a difference
    ("The firm posted a loss of 4.1 mln dlrs.", [("4.1 mln dlrs", 4.1e6, "currency", "USD", "exact", None)]),
    ("Sales showed a loss of 5% in volume.", [("5%", 5.0, "percent", None, "exact", "down")]),
    ("The concert raised more than $20m for charity.", [("$20m", 2e7, "currency", "USD", "at_least", None)]),
    ("The company raised its dividend by 10 cts.", [("10 cts", 0.1, "currency", "USD", "exact", "up")]),
    ("Pensioners make up 21% of voters.", [("21%", 21.0, "percent", None, "exact", None)]),
    ("Jobless claims went up to 6.1% from 5.9%.",
     [("6.1%", 6.1, "percent", None, "exact", None), ("5.9%", 5.9, "percent", None, "exact", None)]),
    ("The bill may go up to $3bn.", [("$3bn", 3e9, "currency", "USD", "at_most", None)]),
    ("Rents may go up by 2 pct.", [("2 pct", 2.0, "percent", None, "exact", "up")]),
    ("Helsinki wants 12 million euros more.", [("12 million euros", 1.2e7, "currency", "EUR", "exact", None)]),
    ("Output will grow by a healthy 2.4 pct.", [("2.4 pct", 2.4, "percent", None, "exact", "up")]),
    ("Exports were 30 percent more than a year earlier.", [("30 percent", 30.0, "percent", None, "exact", "up")]),
    # a bound carries into an equivalent after "or"
    ("The deal is worth around 2 billion US dollars, or 8 billion zloty.",
     [("2 billion US dollars", 2e9, "currency", "USD", "about", None),
      ("8 billion zloty", 8e9, "currency", "PLN", "about", None)]),
]


@pytest.mark.parametrize("text,expected", CURRENCIES + PERCENT_FORMS + COORDINATED + NO_CHANGE_OR_BOUND)
def test_unseen_forms(text, expected):
    _check(text, expected)


def test_bare_amount_after_money_with_is_takes_its_currency():
    got = _summary("Of the 9 billion dlrs owed, 2.5 billion is due this year.")
    assert [(g[0], g[3]) for g in got] == [("9 billion dlrs", "USD"), ("2.5 billion", "USD")], got
