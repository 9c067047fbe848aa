"""Currency names the list lacked (session 14): Reuters' "H.K. Dlrs", taka, leva, reais; and a bare sum after a verb
like "are" still carries the sentence's money."""
from __future__ import annotations

import pytest

from pipeline.quantities import find_mentions
from pipeline.segment import split_sentences


def money(text: str) -> list[tuple]:
    return [(m["value"], m["currency"]) for m in find_mentions(text, split_sentences(text)) if m["unit"] == "currency"]


@pytest.mark.parametrize("text, value, code", [
    ("The colony's surplus was revised to 2.4 billion H.K. Dlrs.", 2.4e9, "HKD"),
    ("Dhaka set a 3.2 billion taka allocation for flood relief.", 3.2e9, "BDT"),
    ("Sofia plans a deficit of 1.9 billion leva next year.", 1.9e9, "BGN"),
    ("Brasilia froze 15 billion reais of spending.", 15e9, "BRL"),
    ("Kuala Lumpur raised defence outlays to 4.1 billion Malaysian dlrs.", 4.1e9, "MYR"),
])
def test_currency_names(text, value, code):
    assert (value, code) in money(text)


def test_bare_sum_before_are_carries_the_currency():
    text = "The foreign debt stands at 9.8 billion dlrs, of which 6.1 billion are owed by state firms."
    assert (6.1e9, "USD") in money(text)
