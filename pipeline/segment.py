"""Sentence segmentation with exact character offsets.

``split_sentences(text)`` returns ``Sentence(index, start, end)`` records; ``text[start:end]`` is the
sentence with surrounding whitespace stripped. One compiled scan finds the cut points (the standard
``re`` module for ASCII text without "#", which is most news text and scans faster; the ``regex``
module otherwise: the same pattern in two spellings, see ``_Dialect``); a short Python loop over
the cuts (not over characters) turns them into sentences.

Where a sentence ends:
- ``.``, ``!``, ``?``, ``...``/``…`` (plus closing quotes/brackets) followed by whitespace and a
  capital letter, digit or opening quote, or by the end of the text;
- but not after a "strong" abbreviation (Mr., Gen., No., Jan., e.g. ...), an initial ("J."), and
  after a "weak" one (Inc., Corp., U.S., a.m. ...) only when a sentence starter follows ("The",
  "It", ...). Both lists are data: ``pipeline/data/quantities/abbreviations.csv`` and
  ``sentence_starters.csv``;
- a blank line, a Reuters paragraph start (newline + indentation), a markdown heading line (its
  own sentence) and a short line (<= 45 characters, e.g. a scraped page's header lines) end a
  sentence. Other single newlines are wire-style hard wraps inside a sentence.
"""
from __future__ import annotations

import csv
import functools
import re
from pathlib import Path
from typing import NamedTuple

import regex

DATA_DIR = Path(__file__).resolve().parent / "data" / "quantities"


class Sentence(NamedTuple):
    index: int
    start: int
    end: int


def _read_column(name: str, column: str) -> list[dict]:
    with open(DATA_DIR / name, encoding="utf-8", newline="") as fh:
        rows = csv.DictReader(line for line in fh if not line.startswith("#"))
        return [row for row in rows if row.get(column)]


def _alternation(words) -> str:
    return "|".join(regex.escape(w) for w in sorted(set(words), key=lambda w: (-len(w), w)))


def _by_length(words) -> list[str]:
    """Alternations of the words grouped by length, longest first: the standard ``re`` module
    needs a fixed width inside a lookbehind."""
    lengths = sorted({len(w) for w in words}, reverse=True)
    return [_alternation(w for w in words if len(w) == n) for n in lengths]


class _Dialect:
    r"""How the boundary pattern is written for one regex engine.

    ``regex`` (any text): ``\K``, variable-width lookbehinds, Unicode classes. ``re`` (ASCII text
    without "#" only): the standard module scans this pattern about twice as fast, but has no
    ``\K`` (an empty group marks the cut instead) and no variable-width lookbehind (one per word
    length); its ``\s`` also matches the ASCII separators \x1c-\x1f, which ``regex``'s does not,
    so whitespace is spelled out. Both dialects find the same boundaries on such texts.
    """

    def __init__(self, engine: str) -> None:
        self.engine = engine
        ascii_re = engine == "re"
        self.ws = r"[\t\n\x0b\x0c\r ]" if ascii_re else r"\s"
        self.hws = r"[\t\x0b\x0c\r ]" if ascii_re else r"[^\S\n]"   # whitespace but a newline
        self.ns = r"[^\t\n\x0b\x0c\r ]" if ascii_re else r"\S"
        self.ws_chars = r"\t\n\x0b\x0c\r " if ascii_re else r"\s"   # inside a character class
        self.cut = "()" if ascii_re else r"\K"

    def not_after(self, words, prefix: str = r"\b", suffix: str = r"\.") -> str:
        if self.engine == "regex":
            return rf"(?<!{prefix}(?:{_alternation(words)}){suffix})"
        return "".join(rf"(?<!{prefix}(?:{alt}){suffix})" for alt in _by_length(words))

    def after(self, words, prefix: str = r"\b", suffix: str = r"\.") -> str:
        if self.engine == "regex":
            return rf"(?<={prefix}(?:{_alternation(words)}){suffix})"
        return "|".join(rf"(?<={prefix}(?:{alt}){suffix})" for alt in _by_length(words))


def _boundary_source(d: _Dialect) -> str:
    abbreviations = _read_column("abbreviations.csv", "abbreviation")
    strong = [r["abbreviation"] for r in abbreviations if r["kind"].strip() == "strong"]
    weak = [r["abbreviation"] for r in abbreviations if r["kind"].strip() == "weak"]
    starters = _alternation(r["word"] for r in _read_column("sentence_starters.csv", "word"))
    ws, hws, cut = d.ws, d.hws, d.cut
    closers = r"""["'”’)\]]{0,3}"""
    next_start = (rf"""(?=(?:{hws}{{1,8}}|{hws}{{0,8}}\n{hws}{{0,8}})["'“‘(\[]{{0,2}}[A-Z0-9]"""
                  rf"""|{ws}{{0,50}}\Z)""")
    # A line of at most 45 characters not ending in a lower-case letter or a joining mark, followed
    # by a line that starts with a capital, digit or symbol: a scraped header or list line.
    short_line = (rf"(?>[^\n]{{1,45}})(?<=[^{d.ws_chars}a-z,;:\-–—(])"
                  rf"(?=\n{hws}{{0,8}}[^{d.ws_chars}a-z])")
    # What follows the newline of a boundary: a blank line, a paragraph start (wire indentation),
    # (the line before a markdown heading,) a short line (header, list)
    before_heading = rf"| {hws}{{0,3}}(?=\#)" if d.engine == "regex" else ""
    after_newline = (rf"(?: {hws}{{0,200}}\n | {hws}{{2,8}}(?={d.ns}) | \t {before_heading}"
                     rf"  | {short_line}{cut} )")
    # What follows ! ? or an ellipsis
    after_mark = rf"{closers}{next_start}{cut}"
    # What follows a full stop that ends a sentence: not a strong abbreviation; not a weak one or
    # an initial unless a sentence starter follows
    initial = (r"(?<!(?:^|[^\w.])[A-Z]\.)" if d.engine == "regex"
               else r"(?<!^[A-Z]\.)(?<![^\w.][A-Z]\.)")
    after_stop = (
        rf"""(?={closers}{ws}){d.not_after(strong)}(?:
              {d.not_after(weak)}{initial}(?<!\.[A-Za-z]\.){closers}{next_start}
            | (?:{d.after(weak)}|(?<=\.[A-Za-z]\.)){closers}
              (?={ws}{{1,20}}["'“‘(]{{0,2}}(?:{starters})\b)   # weak abbreviation + sentence starter
          ){cut}""")
    # Each match is a separator: it starts where a sentence ends (after its punctuation; the cut
    # drops what comes before from the boundary) and ends where the next sentence starts.
    if d.engine == "regex":
        # Every alternative starts with a literal character ([#\n.!?…]) so the scan skips ahead.
        return rf"""
        (?:
          \#{{1,6}}(?<=(?:^|\n){hws}{{0,3}}\#{{1,6}}){hws}[^\n]{{0,400}}{cut}\n   # a markdown heading line
        | \n{after_newline}
        | (?:[!?]{{1,5}}|\.{{2,5}}|…){after_mark}
        | \.{after_stop}
        ){ws}*
        """
    # The same alternatives, in the same order, after one shared first character: the ``re``
    # module skips ahead only to a pattern's first character class; with the alternatives
    # written side by side it would try the whole pattern at every position (3x slower).
    return rf"""
    [\n!?.…](?:
      (?<=\n){after_newline}
    | (?<=[!?])[!?]{{0,4}}{after_mark}
    | (?<=\.)\.{{1,4}}{after_mark}
    | (?<=…){after_mark}
    | (?<=\.){after_stop}
    ){ws}*
    """


@functools.lru_cache(maxsize=1)
def _boundary_pattern() -> "regex.Pattern[str]":
    """The boundary scan for any text (the ``regex`` module)."""
    return regex.compile(_boundary_source(_Dialect("regex")), regex.VERBOSE | regex.VERSION0)


@functools.lru_cache(maxsize=1)
def _ascii_boundary_pattern() -> "re.Pattern[str]":
    """The same scan for ASCII texts without "#" (the standard ``re`` module, faster)."""
    return re.compile(_boundary_source(_Dialect("re")), re.VERBOSE)


def _boundaries(text: str) -> list[tuple[int, int]]:
    """(start, end) of every separator between sentences."""
    if text.isascii() and "#" not in text:  # isascii() is O(1): CPython stores it per string
        return [(m.start(m.lastindex) if m.lastindex else m.start(), m.end())
                for m in _ascii_boundary_pattern().finditer(text)]
    return [m.span() for m in _boundary_pattern().finditer(text)]


_FIRST_SHORT_LINE = regex.compile(
    r"(?>[^\n]{1,45})(?<=[^\sa-z,;:\-–—(])(?=\n[^\S\n]{0,8}[^\sa-z])")
# The same test for ASCII texts in the standard ``re`` module (atomic groups since Python 3.11),
# whitespace spelled out as in ``_Dialect("re")`` (``re``'s ``\s`` also matches \x1c-\x1f, which
# ``regex``'s does not): a ``regex`` call costs a few microseconds more than an ``re`` call, and
# every article pays one.
_FIRST_SHORT_LINE_ASCII = re.compile(
    r"(?>[^\n]{1,45})(?<=[^\t\n\x0b\x0c\r a-z,;:\-–—(])(?=\n[\t\x0b\x0c\r ]{0,8}[^\t\n\x0b\x0c\r a-z])")


def split_sentences(text: str) -> list[Sentence]:
    """Sentences of ``text`` with exact offsets (whitespace around each sentence excluded)."""
    if not text:
        return []
    spans = _boundaries(text)
    first = (_FIRST_SHORT_LINE_ASCII if text.isascii() else _FIRST_SHORT_LINE).match(text)
    if first:
        spans.insert(0, (first.end(), first.end()))
    spans.append((len(text), len(text)))
    sentences: list[Sentence] = []
    append = sentences.append
    # tuple.__new__ builds the same Sentence as Sentence(...) without the generated Python-level
    # __new__ (a third of this loop's time on a wire corpus)
    make = tuple.__new__
    previous = 0
    isspace = str.isspace
    for start, end in spans:
        if start > previous:
            if isspace(text[previous]) or isspace(text[start - 1]):
                chunk = text[previous:start]
                stripped = chunk.strip()
                if stripped:
                    first_char = previous + (len(chunk) - len(chunk.lstrip()))
                    append(make(Sentence, (len(sentences), first_char, first_char + len(stripped))))
            else:
                append(make(Sentence, (len(sentences), previous, start)))
        if end > previous:
            previous = end
    return sentences
