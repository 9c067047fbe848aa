"""Each phenomenon of the quantity grammar on sentences written for these tests."""
import pytest

from .helpers import approx, mentions, one

# sentence, surface, value, unit, currency, extra checks
CASES = [
    ("Inflation was 3.5% last year.", "3.5%", 3.5, "percent", None, {}),
    ("Inflation was 3.5 percent last year.", "3.5 percent", 3.5, "percent", None, {}),
    ("Inflation was 3.5 per cent last year.", "3.5 per cent", 3.5, "percent", None, {}),
    ("Inflation was 3.5 pct last year.", "3.5 pct", 3.5, "percent", None, {}),
    ("Inflation was five pct last year.", "five pct", 5.0, "percent", None, {}),
    ("Inflation was Forty-three per cent.", "Forty-three per cent", 43.0, "percent", None, {}),
    ("The levy is two and one half pct.", "two and one half pct", 2.5, "percent", None, {}),
    ("The coupon is 5-3/4 pct.", "5-3/4 pct", 5.75, "percent", None, {}),
    ("The coupon is 5 3/4 pct.", "5 3/4 pct", 5.75, "percent", None, {}),
    ("Rates rose 50 basis points, or half a percentage point.", "half a percentage point", 0.5,
     "percentage_points", None, {}),
    ("The Fed cut rates by a quarter point.", "a quarter point", 0.25, "percentage_points", None,
     {"change": "down"}),
    ("The bank raised rates by three-quarters of a point.", "three-quarters of a point", 0.75,
     "percentage_points", None, {"change": "up"}),
    ("Support fell 2.4 percentage points.", "2.4 percentage points", 2.4, "percentage_points", None,
     {"change": "down"}),
    ("Yields rose 0.3 pct points.", "0.3 pct points", 0.3, "percentage_points", None, {"change": "up"}),
    ("Aid stays at 0.7% of gross national income.", "0.7%", 0.7, "percent", None, {"basis": "GNI"}),
    ("The deficit is 6 pct of the country's GNP.", "6 pct", 6.0, "percent", None, {"basis": "GNP"}),
    ("Spending will be 2.5% of its GDP.", "2.5%", 2.5, "percent", None, {"basis": "GDP"}),
    ("Debt is 60% of gross domestic product.", "60%", 60.0, "percent", None, {"basis": "GDP"}),
    ("It will spend $1.5 trillion.", "$1.5 trillion", 1.5e12, "currency", "USD", {}),
    ("It will spend 44 billion baht.", "44 billion baht", 4.4e10, "currency", "THB", {}),
    ("It will spend 4.5 bln dlrs.", "4.5 bln dlrs", 4.5e9, "currency", "USD", {}),
    ("It will spend EUR2.3bn.", "EUR2.3bn", 2.3e9, "currency", "EUR", {}),
    ("It will spend USD 5 bn.", "USD 5 bn", 5e9, "currency", "USD", {}),
    ("It will spend 43tn yen.", "43tn yen", 4.3e13, "currency", "JPY", {}),
    ("It paid 50 cts a share.", "50 cts", 0.5, "currency", "USD", {}),
    ("It will spend 300 mln stg.", "300 mln stg", 3e8, "currency", "GBP", {}),
    ("It will spend 2 billion Canadian dlrs.", "2 billion Canadian dlrs", 2e9, "currency", "CAD", {}),
    ("It will spend C$2 billion.", "C$2 billion", 2e9, "currency", "CAD", {}),
    ("It will spend HK$327m.", "HK$327m", 3.27e8, "currency", "HKD", {}),
    ("It will spend A$246bn.", "A$246bn", 2.46e11, "currency", "AUD", {}),
    ("It will spend 5 mln marks.", "5 mln marks", 5e6, "currency", "DEM", {}),
    ("It will spend 500 mln markka.", "500 mln markka", 5e8, "currency", "FIM", {}),
    ("It will spend 20 billion pesos.", "20 billion pesos", 2e10, "currency", "MXN", {}),
    ("It will spend 30 mln cruzados.", "30 mln cruzados", 3e7, "currency", "BRC", {}),
    ("It will spend 8 billion roubles.", "8 billion roubles", 8e9, "currency", "RUB", {}),
    ("It will spend 80 billion won.", "80 billion won", 8e10, "currency", "KRW", {}),
    ("It will spend 1.2 billion yuan.", "1.2 billion yuan", 1.2e9, "currency", "CNY", {}),
    ("It will spend 100 billion lire.", "100 billion lire", 1e11, "currency", "ITL", {}),
    ("It will spend 7 mln Swiss francs.", "7 mln Swiss francs", 7e6, "currency", "CHF", {}),
    ("It will spend 40 billion rupees.", "40 billion rupees", 4e10, "currency", "INR", {}),
    ("It will spend 9 mln crowns.", "9 mln crowns", 9e6, "currency", "SEK", {}),
    ("It will spend £5 and €6.", "£5", 5.0, "currency", "GBP", {"count": 2}),
    ("Inflation was minus 0.3 pct.", "minus 0.3 pct", -0.3, "percent", None, {}),
    ("Growth was -0.5% in May.", "-0.5%", -0.5, "percent", None, {}),
    ("It earned $1.13bn (£600m) last year.", "£600m", 6e8, "currency", "GBP", {"index": 1}),
]


@pytest.mark.parametrize("text,surface,value,unit,currency,extra", CASES)
def test_phenomenon(text, surface, value, unit, currency, extra):
    found = mentions(text)
    if "count" in extra:
        assert len(found) == extra["count"], found
    m = found[extra.get("index", 0)]
    assert m["surface"] == surface
    assert approx(m["value"], value)
    assert m["unit"] == unit
    assert m["currency"] == currency
    assert m["value_low"] <= m["value"] <= m["value_high"]
    assert m["parser"] == "grammar"
    if "basis" in extra:
        assert m["basis"] == extra["basis"]
    if "change" in extra:
        assert m["change"] == extra["change"]


@pytest.mark.parametrize("text,surface,low,high,unit", [
    ("Growth will be between 5 and 5.5 pct.", "between 5 and 5.5 pct", 5, 5.5, "percent"),
    ("Growth will be 1.5 to two pct.", "1.5 to two pct", 1.5, 2, "percent"),
    ("Growth will be 2-3%.", "2-3%", 2, 3, "percent"),
    ("Growth will be 2 to 3 per cent.", "2 to 3 per cent", 2, 3, "percent"),
    ("Growth will be between 2.5% and 3%.", "between 2.5% and 3%", 2.5, 3, "percent"),
    ("It may cut rates by 0.75 to one percentage point.", "0.75 to one percentage point", 0.75, 1,
     "percentage_points"),
    ("The deficit will fall by 15 billion to 20 billion dlrs.", "15 billion to 20 billion dlrs", 15e9,
     20e9, "currency"),
    ("It will lend between 200 and 300 mln dlrs.", "between 200 and 300 mln dlrs", 2e8, 3e8, "currency"),
    ("Prices range from £19 to £29.", "£19 to £29", 19, 29, "currency"),
    ("It will cost $5-6 billion.", "$5-6 billion", 5e9, 6e9, "currency"),
])
def test_ranges(text, surface, low, high, unit):
    m = one(text)
    assert m["surface"] == surface
    assert m["bound"] == "range"
    assert approx(m["value_low"], low) and approx(m["value_high"], high)
    assert approx(m["value"], (low + high) / 2)
    assert m["unit"] == unit


@pytest.mark.parametrize("text,bound", [
    ("It wants at least 3% of GDP.", "at_least"),
    ("It wants no less than 3% of GDP.", "at_least"),
    ("It wants more than 3% of GDP.", "at_least"),
    ("It wants below 3% of GDP.", "at_most"),
    ("It wants under 3% of GDP.", "at_most"),
    ("It wants less than 3% of GDP.", "at_most"),
    ("It wants up to 3% of GDP.", "at_most"),
    ("It wants at most 3% of GDP.", "at_most"),
    ("It wants no more than 3% of GDP.", "at_most"),
    ("It wants some 3% of GDP.", "about"),
    ("It wants around 3% of GDP.", "about"),
    ("It wants about 3% of GDP.", "about"),
    ("It wants roughly 3% of GDP.", "about"),
    ("It wants nearly 3% of GDP.", "about"),
    ("It wants almost 3% of GDP.", "about"),
    ("It wants approximately 3% of GDP.", "about"),
    ("It wants close to 3% of GDP.", "about"),
    ("It wants 3% of GDP.", "exact"),
])
def test_bounds(text, bound):
    m = one(text)
    assert m["bound"] == bound
    assert m["surface"] == "3%"
    assert m["basis"] == "GDP"


@pytest.mark.parametrize("text,change", [
    ("Sales rose 5% last year.", "up"),
    ("Sales fell by 2 pct last year.", "down"),
    ("Spending increased by $1bn last year.", "up"),
    ("Analysts expect a 3% rise.", "up"),
    ("The budget was cut by 4 pct.", "down"),
    ("Prices were up 2.5 pct from a year ago.", "up"),
    ("The bank raised its rates by 0.5 percentage points.", "up"),
    ("Sales rose to 5% of the market.", None),
])
def test_changes(text, change):
    assert one(text)["change"] == change


def test_basis_carried_to_compared_figure():
    found = mentions("Tokyo must raise its defense budget to 3.5% of its GDP—well above a previously "
                     "suggested 3%.")
    assert [(m["surface"], m["basis"]) for m in found] == [("3.5%", "GDP"), ("3%", "GDP")]


def test_basis_not_carried_to_named_standard():
    found = mentions("Allies should commit 5% of GDP to defense—a sharp increase from the 2% standard.")
    assert [(m["surface"], m["basis"]) for m in found] == [("5%", "GDP"), ("2%", None)]


def test_currency_carried_to_bare_scaled_number():
    found = mentions("Volume rose to 22.63 billion dlrs in January from 16.18 billion in December.")
    assert [(m["surface"], m["currency"]) for m in found] == [("22.63 billion dlrs", "USD"),
                                                              ("16.18 billion", "USD")]


def test_dollar_code_carried_within_sentence():
    found = mentions("It earned three billion Canadian dlrs, an increase of 300 mln dlrs over 1985.")
    assert [m["currency"] for m in found] == ["CAD", "CAD"]


def test_currency_cue_words():
    assert one("Belgium's requirement was 561 billion francs.")["currency"] == "BEF"
    assert one("The French deficit was 20 billion francs.")["currency"] == "FRF"


@pytest.mark.parametrize("text", [
    "The meeting is on July 1 in Washington.",
    "In 2025 the plan changed; in fiscal 2026 it ends.",
    "The 1987/88 crop was large.",
    "The annual “2+2” meeting was cancelled.",
    "He is the Pentagon’s third-ranking official.",
    "Elections come on July 20—a crucial test.",
    "It was 30.2 C in New York at 10.30 am.",
    "Call 555-1234 or 020 7946 0018 for details.",
    "Sales were 5.93 mln bags against 5.81 mln.",
    "The Dow rose 20 points to 2,300.",
    "He scored 12 points in the game.",
])
def test_not_quantities(text):
    assert mentions(text) == []


def test_surfaces_slice_back_and_sentence_index():
    text = "First sentence has no figure. Second has 5 pct and $3 mln.\n\nThird has 2 pct."
    found = mentions(text)
    assert [m["sentence_index"] for m in found] == [1, 1, 2]
    for m in found:
        assert text[m["char_start"]:m["char_end"]] == m["surface"]


def test_wire_line_breaks_inside_figures():
    text = "It expects costs of about 150\nmln dlrs and a rate of 4.0635\npct."
    found = mentions(text)
    assert [(m["surface"], m["bound"]) for m in found] == [("150\nmln dlrs", "about"), ("4.0635\npct", "exact")]
