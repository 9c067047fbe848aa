"""General money and percent forms (session 15): the euro sign after the number, numbers with a
leading point, "a hundred"/"one hundred and fifty" in words, "pounds" that are a weight, and
vague magnitudes (left out). Sentences are our own."""
import pytest

from pipeline.quantities import find_mentions
from pipeline.segment import split_sentences


def _mentions(text):
    return [(m["surface"], m["value"], m["unit"], m["currency"], m["bound"], m["change"])
            for m in find_mentions(text, split_sentences(text))]


def _approx(a, b):
    return abs(a - b) <= 1e-9 * max(abs(a), abs(b), 1.0)


@pytest.mark.parametrize("text, surface, value", [
    # the euro sign after the number, as continental papers write it
    ("A museum ticket in Lyon costs 15 € for adults.", "15 €", 15.0),
    ("The set menu was 20€ a head.", "20€", 20.0),
    ("A beer at the stadium costs 12,50 € this season.", "12,50 €", 12.5),
    ("The grant comes to 12,500 € per farm.", "12,500 €", 12500.0),
    ("The region will spend 15 million € on new trams.", "15 million €", 15e6),
    ("The ministry set aside 1.5 bn € for flood defences.", "1.5 bn €", 1.5e9),
])
def test_euro_sign_after_number(text, surface, value):
    found = _mentions(text)
    assert len(found) == 1, found
    s, v, unit, currency, bound, _ = found[0]
    assert (s, unit, currency, bound) == (surface, "currency", "EUR", "exact")
    assert _approx(v, value)


def test_euro_sign_after_number_range():
    assert _mentions("Parking costs 10-15 € a day in the centre.") == [
        ("10-15 €", 12.5, "currency", "EUR", "range", None)]
    assert _mentions("Fines run between 10 and 15 € per offence.") == [
        ("between 10 and 15 €", 12.5, "currency", "EUR", "range", None)]


def test_euro_sign_before_the_next_number_is_not_the_first_ones():
    # "2024 €5bn": the sign belongs to 5bn; the year is no money
    assert _mentions("In 2024 €5bn went to rail projects.") == [
        ("€5bn", 5e9, "currency", "EUR", "exact", None)]
    assert _mentions("In 2024 € 5bn went to rail projects.") == [
        ("€ 5bn", 5e9, "currency", "EUR", "exact", None)]


@pytest.mark.parametrize("text", [
    "The € sign was adopted in 1996.",
    "Type the € symbol with AltGr and 5.",
    # dots grouping thousands with a decimal comma are not read (no half-figure such as "50 €")
    "The flat now lists at 1.234,50 € a month.",
])
def test_euro_sign_not_money(text):
    assert _mentions(text) == []


@pytest.mark.parametrize("text, surface, value, unit, currency, change", [
    ("Inflation slowed to .5 per cent in May.", ".5 per cent", 0.5, "percent", None, None),
    ("The central bank rate rose .75 pct last week.", ".75 pct", 0.75, "percent", None, "up"),
    ("Retail sales rose .5% in March.", ".5%", 0.5, "percent", None, "up"),
    ("The board declared a dividend of $.50 a share.", "$.50", 0.5, "currency", "USD", None),
    ("Warrants are exercisable at .125 dlrs per share.", ".125 dlrs", 0.125, "currency", "USD", None),
])
def test_leading_point(text, surface, value, unit, currency, change):
    found = _mentions(text)
    assert len(found) == 1, found
    s, v, u, c, bound, ch = found[0]
    assert (s, u, c, bound, ch) == (surface, unit, currency, "exact", change)
    assert _approx(v, value)


def test_leading_point_range_and_sign():
    assert _mentions("Growth of .5 to 1 pct is expected next year.") == [
        (".5 to 1 pct", 0.75, "percent", None, "range", None)]
    assert _mentions("Prices moved -.5% over the quarter.") == [
        ("-.5%", -0.5, "percent", None, "exact", None)]


@pytest.mark.parametrize("text", [
    "Police found a .22 calibre rifle in the car.",
    "He fired a .45 pistol at the target.",
    "Version 2.5 of the app shipped on Monday.",
])
def test_leading_point_not_a_figure(text):
    assert _mentions(text) == []


@pytest.mark.parametrize("text, surface, value", [
    ("A hundred million dollars went to the relief fund.", "A hundred million dollars", 1e8),
    ("Each family received one hundred and fifty dollars.", "one hundred and fifty dollars", 150.0),
    ("The fee went up two hundred and forty-five dollars.", "two hundred and forty-five dollars", 245.0),
])
def test_hundreds_in_words(text, surface, value):
    found = _mentions(text)
    assert len(found) == 1, found
    assert found[0][0] == surface and found[0][3] == "USD" and _approx(found[0][1], value)


@pytest.mark.parametrize("text", [
    "The new laptop weighs 17 pounds with its dock.",
    "The bridge sign limits trucks that weigh more than 80,000 pounds.",
    "The mine produced 45 mln pounds of copper last year.",
    "THE MINE PRODUCED 45 MLN POUNDS OF COPPER LAST YEAR.",
    "The agency bought 2.5 mln pounds of dried milk for food aid.",
    "The old bomber carried a payload of 20,000 pounds.",
    "Cotton is packed in bales of 480 pounds each.",
])
def test_pounds_of_weight_are_no_money(text):
    assert _mentions(text) == []


def test_pounds_weight_keeps_the_percent_before_it():
    found = _mentions("Shipment weight was up 12 pct to 8.5 mln pounds from 7.6 mln.")
    assert [f[:3] for f in found] == [("12 pct", 12.0, "percent")]


@pytest.mark.parametrize("text, surface, value", [
    ("The opposition proposed 47 billion pounds of spending cuts.", "47 billion pounds", 47e9),
    ("The council was fined 200 pounds for each missed collection.", "200 pounds", 200.0),
    ("Ministers found 2 billion pounds of new money for schools.", "2 billion pounds", 2e9),
    ("The firm will spend 2 billion pounds on production capacity.", "2 billion pounds", 2e9),
    ("It cost 20 mln pounds sterling to build.", "20 mln pounds sterling", 20e6),
])
def test_pounds_that_are_money(text, surface, value):
    found = _mentions(text)
    assert len(found) == 1, found
    assert found[0][0] == surface and found[0][3] == "GBP" and _approx(found[0][1], value)


@pytest.mark.parametrize("text", [
    # vague magnitudes write no number: the contract's value would be invented (left out)
    "The storms caused tens of millions of dollars in damage.",
    "Governments spent hundreds of billions of euros on energy support.",
    "Households can save several hundred euros a year.",
    "Millions of pounds were wasted on the scheme.",
])
def test_vague_magnitudes_are_left_out(text):
    assert _mentions(text) == []
