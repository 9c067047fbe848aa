"""Basis phrases: the whole a share figure is taken of (GDP, GNP, GNI, NNI), never itself a metric cue.

``BASIS_PHRASE`` finds "of its GDP", "as a share of the country's gross domestic product" (an acronym in brackets goes
with it); ``RATIO_PHRASE`` and ``ratio_bases`` a ratio to a basis ("the ratio of public debt to GDP", "the debt-to-GDP
ratio": the basis is the whole, the noun before it what the share measures, never "GNP" read as growth);
``figure_tail`` the basis right after a figure ("5% of GDP", an income glossed as the basis: "of NATO countries'
income, i.e. gross domestic product"); ``basis_name`` the contract's code of a basis phrase.
"""
from __future__ import annotations

import regex

from .lexicon import Guarded


BASIS_WORDS = {"gdp": "GDP", "gnp": "GNP", "gni": "GNI", "nni": "NNI",
               "gross domestic product": "GDP", "gross national product": "GNP",
               "gross national income": "GNI", "net national income": "NNI"}
_BASIS_NAME = r"(?P<basis>GDP|GNP|GNI|NNI|gross\s+domestic\s+product|gross\s+national\s+product|gross\s+national\s+income|net\s+national\s+income)"
_POSSESSOR = (r"(?:(?:its|their|the|this\s+year['’]s|the\s+(?:country|nation|state)['’]s|[A-Z][\w.]*(?:\s+[A-Z]\w*)?['’]s?)\s+)?"
              r"(?:(?:annual|yearly|national|total|combined|forecast|projected|estimated|nominal)\s+)?")
# "of its GDP", "of the country's gross domestic product", "as a share of GDP"
# (with its acronym in brackets: "of gross domestic product (GDP)", the acronym no growth word either)
BASIS_PHRASE = regex.compile(r"(?:as\s+a\s+(?:share|percentage|proportion)\s+)?of\s+" + _POSSESSOR + _BASIS_NAME + r"\b"
                             r"(?:\s*\((?:GDP|GNP|GNI|NNI)\))?", regex.IGNORECASE)
BASIS_CUES = frozenset(BASIS_WORDS)
# a ratio to a basis: "the ratio of the current account surplus to GNP", "the ratio of public debt to GDP", "the debt-to-GDP
# ratio": the basis is what the share is taken of, the noun before it what the share measures (never "GNP" read as growth)
# (a gloss of the basis in brackets goes with it: "to GNP (gross national product)")
RATIO_PHRASE = Guarded(regex.compile(r"(?:\bratio\s+of\s+(?:[\w'’-]+\s+){1,6}?to\s+(?:(?:its|the|their)\s+)?" + _BASIS_NAME + r"\b"
                                     r"|[\w'’]+[\s-]+to[\s-]+" + _BASIS_NAME + r"[\s-]+ratio\b)(?:\s*\([\w\s]{1,40}\))?",
                                     regex.IGNORECASE), ("ratio",))
TAIL_REACH = 300  # chars: "of the country's estimated gross domestic product" is far shorter
# "5 percent of NATO countries' income, i.e. gross domestic product": an income glossed as the basis (the mention may
# already hold "of ... income")
_GLOSSED_INCOME = (r"(?:of\s+(?:(?:the|its|their|[A-Z]\w*)\s+)?(?:[\w-]+\s+)?(?:[\w-]+['’]s?\s+)?(?:national\s+)?income)?"
                   r",?\s+(?:i\.\s?e\.|that\s+is|in\s+other\s+words|meaning)\s*,?\s+(?:its\s+|their\s+)?")
FIGURE_TAIL = regex.compile(r"\s*(?:of\s+" + _POSSESSOR + _BASIS_NAME + r"\b|" + _GLOSSED_INCOME + _BASIS_NAME + r"\b)",
                            regex.IGNORECASE)
# tried only where the text after the figure holds a basis name (the regex module looks for the pattern's words
# through the whole window before it fails, as it nearly always does)
FIGURE_TAIL_SCAN = Guarded(FIGURE_TAIL, ("gdp", "gnp", "gni", "nni", "gross", "net"))


def basis_name(words: str) -> str:
    return BASIS_WORDS[" ".join(words.lower().split())]


def ratio_bases(text: str, start: int, end: int) -> list[tuple[tuple[int, int], str, tuple[int, int]]]:
    """The ratio phrases of text[start:end]: the span of each one's basis word, its basis ("GNP") and the phrase's span."""
    found, pos = [], start
    while (m := RATIO_PHRASE.search(text, pos, end)) is not None:
        found.append(((m.start("basis"), m.end()), basis_name(m.group("basis")), m.span()))
        pos = m.end()
    return found


def figure_tail(text: str, end: int, limit: int) -> tuple[int, str | None]:
    """The end of a figure extended over a following "of (its) GDP", and that basis."""
    # bounded: the regex module scans ahead for the pattern's required words, so matching against the
    # whole rest of a huge sentence costs its length for every figure
    m = FIGURE_TAIL_SCAN.match(text, end, min(limit, end + TAIL_REACH))
    if not m:
        return end, None
    return m.end(), basis_name(m.group("basis"))


# every regex pattern above runs as its standard-re twin on ASCII text (lexicon.AsciiTwin: the same matches, less CPU)
from .lexicon import ascii_twins as _ascii_twins  # noqa: E402  (after the patterns it replaces)

_ascii_twins(globals())
