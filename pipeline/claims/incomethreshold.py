"""A sum that marks the income a tax starts or stops at is the threshold, not the tax (``income_threshold``).

"levied a flat two pct surtax on incomes above 90,000 crowns", "a temporary surtax on individuals with taxable income of more
than 36,000 dlrs", "a 50p rate for those earning over 150,000 pounds": the tax word of the sentence would make the sum a tax
figure, but a sum right after an income word and a bound ("above", "of more than", "over") is where the tax applies
(ANNOTATION.md: thresholds, exemptions, inclusion rates and credits -> ``["tax_revenue", "other"]``, optional). Such a sum is
``other``. Looks only at the few words before the sum: no scan of the sentence.
"""
from __future__ import annotations

import regex

# an income word, then a bound right before the sum
THRESHOLD_BEFORE = regex.compile(r"\b(?:(?:taxable|annual|personal|household|yearly|gross)\s+)?"
                                 r"(?:incomes?|earnings|salar(?:y|ies)|wages|earning|earn|earns)\s+(?:of\s+)?"
                                 r"(?:above|over|exceeding|in\s+excess\s+of|more\s+than|greater\s+than|higher\s+than|below|"
                                 r"under|less\s+than|up\s+to|beyond)\s+(?:(?:about|around|some|roughly)\s+)?$",
                                 regex.IGNORECASE)
THRESHOLD_REACH = 60  # chars before the sum


def income_threshold(text: str, fig: dict, lo: int) -> bool:
    """Whether a sum stands right after an income word and a bound: the income a tax applies from, no tax figure."""
    if fig["unit"] != "currency":
        return False
    start = fig["char_start"]
    return THRESHOLD_BEFORE.search(text, max(lo, start - THRESHOLD_REACH), start) is not None


# every regex pattern above runs as its standard-re twin on ASCII text (lexicon.AsciiTwin: the same matches, less CPU)
from .lexicon import ascii_twins as _ascii_twins  # noqa: E402  (after the patterns it replaces)

_ascii_twins(globals())
