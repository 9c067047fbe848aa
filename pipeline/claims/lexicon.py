"""The claims stage's lexicons: CSV files in ``pipeline/data/claims/`` compiled into regexes.

Each CSV has a ``cue`` (or ``word`` / ``name``) column holding a phrase: words separated by spaces
(a space also matches a hyphen or a line break), a trailing ``*`` on a word matching any ending.
A ``case`` column set to ``s`` makes the phrase case-sensitive. Lines starting with ``#`` are comments.
One alternation per file, longest phrases first, so "trade deficit" wins over "deficit".
"""
from __future__ import annotations

import csv
import functools
from pathlib import Path
from typing import Iterator, NamedTuple

import regex

DATA_DIR = Path(__file__).resolve().parent.parent / "data" / "claims"

WORD = regex.compile(r"\w+(?:['’.-]\w+)*")


class Hit(NamedTuple):
    start: int
    end: int
    entry: dict


def read_rows(name: str) -> list[dict]:
    """Rows of a lexicon CSV (comments skipped, values stripped)."""
    with open(DATA_DIR / name, encoding="utf-8", newline="") as fh:
        lines = [line for line in fh if line.strip() and not line.lstrip().startswith("#")]
    return [{k: (v or "").strip() for k, v in row.items()} for row in csv.DictReader(lines)]


def phrase_pattern(phrase: str) -> str:
    """A regex for one lexicon phrase (see the module docstring)."""
    parts = []
    for word in phrase.split():
        star = word.endswith("*")
        word = word.rstrip("*")
        # a hyphen inside a word also matches a space ("value-added" / "value added")
        pat = r"[\s-]*".join(regex.escape(w) for w in word.split("-"))
        parts.append(pat + (r"\w*" if star else ""))
    return r"[\s-]+".join(parts)


class CueSet:
    """All phrases of one lexicon as a single compiled alternation."""

    def __init__(self, rows: list[dict], key: str = "cue"):
        self.entries = [r for r in rows if r.get(key)]
        order = sorted(range(len(self.entries)), key=lambda i: -len(self.entries[i][key]))
        alts = []
        for i in order:
            pat = phrase_pattern(self.entries[i][key])
            if self.entries[i].get("case") == "s":
                pat = f"(?-i:{pat})"
            alts.append(f"(?P<c{i}>{pat})")
        self.regex = regex.compile(r"(?<![\w])(?:" + "|".join(alts) + r")(?![\w])", regex.IGNORECASE)

    def finditer(self, text: str, start: int = 0, end: int | None = None) -> Iterator[Hit]:
        for m in self.regex.finditer(text, start, len(text) if end is None else end):
            yield Hit(m.start(), m.end(), self.entries[int(m.lastgroup[1:])])

    def search(self, text: str, start: int = 0, end: int | None = None) -> Hit | None:
        m = self.regex.search(text, start, len(text) if end is None else end)
        return Hit(m.start(), m.end(), self.entries[int(m.lastgroup[1:])]) if m else None


@functools.lru_cache(maxsize=None)
def cues(name: str, key: str = "cue") -> CueSet:
    """The compiled lexicon of a CSV file in pipeline/data/claims/."""
    return CueSet(read_rows(name), key)


def count_words(text: str) -> int:
    return len(WORD.findall(text))
