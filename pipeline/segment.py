"""Sentence segmentation with exact character offsets.

``split_sentences(text)`` returns ``Sentence(index, start, end)`` records; ``text[start:end]`` is the
sentence with surrounding whitespace stripped. One compiled ``regex`` scan finds the cut points; a
short Python loop over the cuts (not over characters) turns them into sentences.

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


@functools.lru_cache(maxsize=1)
def _boundary_pattern() -> "regex.Pattern[str]":
    # Every alternative starts with a literal character ([#\n.!?…]) so the scan skips ahead fast.
    abbreviations = _read_column("abbreviations.csv", "abbreviation")
    strong = _alternation(r["abbreviation"] for r in abbreviations if r["kind"].strip() == "strong")
    weak = _alternation(r["abbreviation"] for r in abbreviations if r["kind"].strip() == "weak")
    starters = _alternation(r["word"] for r in _read_column("sentence_starters.csv", "word"))
    closers = r"""["'”’)\]]{0,3}"""
    next_start = (r"""(?=(?:[^\S\n]{1,8}|[^\S\n]{0,8}\n[^\S\n]{0,8})["'“‘(\[]{0,2}[A-Z0-9]"""
                  r"""|\s{0,50}\Z)""")
    # Each match is a separator: it starts where a sentence ends (after its punctuation; ``\K``
    # drops what comes before from the match) and ends where the next sentence starts.
    pattern = rf"""
    (?:
      \#{{1,6}}(?<=(?:^|\n)[^\S\n]{{0,3}}\#{{1,6}})[^\S\n][^\n]{{0,400}}\K\n   # a markdown heading line
    | \n(?:
          [^\S\n]{{0,200}}\n                                  # blank line
        | [^\S\n]{{2,8}}(?=\S) | \t                           # paragraph start (wire indentation)
        | [^\S\n]{{0,3}}(?=\#)                                 # before a markdown heading
        | {_SHORT_LINE}\K                                     # a short line (header, list)
      )
    | (?:[!?]{{1,5}}|\.{{2,5}}|…){closers}{next_start}\K          # ! ? ellipsis
    | \.(?={closers}\s)(?<!\b(?:{strong})\.)(?:
          (?<!\b(?:{weak})\.)(?<!(?:^|[^\w.])[A-Z]\.)(?<!\.[A-Za-z]\.){closers}{next_start}
        | (?:(?<=\b(?:{weak})\.)|(?<=\.[A-Za-z]\.)){closers}
          (?=\s{{1,20}}["'“‘(]{{0,2}}(?:{starters})\b)         # weak abbreviation + sentence starter
      )\K
    )\s*
    """
    return regex.compile(pattern, regex.VERBOSE | regex.VERSION0)


# A line of at most 45 characters not ending in a lower-case letter or a joining mark, followed by a
# line that starts with a capital, digit or symbol: a scraped header or list line, not a wire wrap.
_SHORT_LINE = r"(?>[^\n]{1,45})(?<=[^\sa-z,;:\-–—(])(?=\n[^\S\n]{0,8}[^\sa-z])"
_FIRST_SHORT_LINE = regex.compile(_SHORT_LINE)


def split_sentences(text: str) -> list[Sentence]:
    """Sentences of ``text`` with exact offsets (whitespace around each sentence excluded)."""
    if not text:
        return []
    spans = [m.span() for m in _boundary_pattern().finditer(text)]
    first = _FIRST_SHORT_LINE.match(text)
    if first:
        spans.insert(0, (first.end(), first.end()))
    spans.append((len(text), len(text)))
    sentences: list[Sentence] = []
    append = sentences.append
    previous = 0
    isspace = str.isspace
    for start, end in spans:
        if start > previous:
            if isspace(text[previous]) or isspace(text[start - 1]):
                chunk = text[previous:start]
                stripped = chunk.strip()
                if stripped:
                    first_char = previous + (len(chunk) - len(chunk.lstrip()))
                    append(Sentence(len(sentences), first_char, first_char + len(stripped)))
            else:
                append(Sentence(len(sentences), previous, start))
        if end > previous:
            previous = end
    return sentences
