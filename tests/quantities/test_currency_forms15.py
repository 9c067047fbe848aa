"""Currency forms, a trillion suffix and change/bound words found missing on the public NewsQuant
test set (session 15). Sentences are our own."""
import pytest

from pipeline.quantities import find_mentions
from pipeline.segment import split_sentences


def _mentions(text):
    return [(m["surface"], m["value"], m["currency"], m["bound"], m["change"])
            for m in find_mentions(text, split_sentences(text))]


def _approx(a, b):
    return abs(a - b) <= 1e-9 * max(abs(a), abs(b), 1.0)


@pytest.mark.parametrize("text, surface, value, currency", [
    # a trillion written "T" right after a money figure
    ("The US economy produced about $25.5T of output in 2022.", "$25.5T", 25.5e12, "USD"),
    ("Its GDP is $2.174T.", "$2.174T", 2.174e12, "USD"),
    ("Analysts put the plan at $3t over ten years.", "$3t", 3e12, "USD"),
    # the country after the symbol (Australian and New Zealand papers)
    ("Apple was worth more than $US3 trillion in January 2022.", "$US3 trillion", 3e12, "USD"),
    ("The house sold for $A1,250,000 at auction.", "$A1,250,000", 1.25e6, "AUD"),
    ("Dairy exports earned $NZ20 billion last season.", "$NZ20 billion", 20e9, "NZD"),
    # a space between the country and the symbol
    ("Sales reached HK $4.5 billion in the year.", "HK $4.5 billion", 4.5e9, "HKD"),
    ("The bid values each share at C $12.", "C $12", 12.0, "CAD"),
    ("A yearly plan costs AU $99.", "AU $99", 99.0, "AUD"),
    ("Tourism brought in NZ $16 billion.", "NZ $16 billion", 16e9, "NZD"),
    # ringgit and sen, the yen sign of ASCII wire text, a Chinese yuan, "mil"
    ("Malaysia raised its minimum wage to RM1,500 a month in 2022.", "RM1,500", 1500.0, "MYR"),
    ("The share closed 12 sen higher.", "12 sen", 0.12, "MYR"),
    ("The ministry asked for Y=114 trillion for the fiscal year.", "Y=114 trillion", 114e12, "JPY"),
    ("The phone sells for 5,999 Chinese yuan at home.", "5,999 Chinese yuan", 5999.0, "CNY"),
    ("The firm was fined RM2.5mil by the regulator.", "RM2.5mil", 2.5e6, "MYR"),
    # the pound sign transliterated to "PS" before a scale word or a grouped number
    ("The club paid PS45m for the striker.", "PS45m", 45e6, "GBP"),
    ("The fine came to PS12,500 in the end.", "PS12,500", 12500.0, "GBP"),
])
def test_currency_forms(text, surface, value, currency):
    found = [m for m in _mentions(text) if m[0] == surface]
    assert found, _mentions(text)
    assert _approx(found[0][1], value) and found[0][2] == currency, found


@pytest.mark.parametrize("text", [
    "Sony sold 5 million PS4 consoles and the PS2 is still loved.",  # consoles, not pounds
    "The ship carried 40 t of grain.",  # tonnes, not a trillion
    "Sen. Warren spoke for 20 minutes.",
])
def test_not_money(text):
    assert [m for m in _mentions(text) if m[2] is not None] == []


def test_t_needs_to_touch_the_number():
    got = _mentions("The fund holds $5 T-bills.")
    assert got and got[0][0] == "$5" and _approx(got[0][1], 5.0)


@pytest.mark.parametrize("text, surface, change", [
    ("Tesla shares were plummeting 12% in early trade.", "12%", "down"),
    ("The index rallied 3 percent on Friday.", "3 percent", "up"),
    ("Copper was advancing about 1.5 percent.", "1.5 percent", "up"),
    ("Bank shares slumped 4% after the report.", "4%", "down"),
    # a signed gain in a market summary
    ("At midday: Dow +0.4% Nasdaq +1.1%.", "0.4%", "up"),
    # a percent after "or" restating a change written in another unit
    ("The FTSE 100 fell 52 points, or 0.7%, to close lower.", "0.7%", "down"),
    ("Payrolls grew by 250,000 jobs or 0.2 per cent in March.", "0.2 per cent", "up"),
])
def test_change_words(text, surface, change):
    found = [m for m in _mentions(text) if m[0] == surface]
    assert found and found[0][4] == change, _mentions(text)


@pytest.mark.parametrize("text, surface", [
    ("Output may fall 5 or 4 pct this year.", "4 pct"),  # alternatives, not a restatement
    ("Profit was 3 pct higher, or 5 pct.", "5 pct"),
    ("The score was 3+5% in the test.", "5%"),  # a plus inside a sum is no gain
])
def test_no_change(text, surface):
    found = [m for m in _mentions(text) if m[0] == surface]
    assert found and found[0][4] is None, _mentions(text)


def test_tilde_is_about():
    got = _mentions("The coating covers ~80% of the surface.")
    assert got and got[0][0] == "80%" and got[0][3] == "about"
