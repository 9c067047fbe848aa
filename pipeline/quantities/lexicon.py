"""The token lists the quantity grammar is built from, read once from ``pipeline/data/quantities/*.csv``."""
from __future__ import annotations

import csv
import functools
from dataclasses import dataclass, field
from pathlib import Path

import regex

DATA_DIR = Path(__file__).resolve().parent.parent / "data" / "quantities"


def read_rows(name: str) -> list[dict[str, str]]:
    with open(DATA_DIR / name, encoding="utf-8", newline="") as fh:
        rows = csv.DictReader(line for line in fh if not line.startswith("#"))
        return [{k: (v or "").strip() for k, v in row.items()} for row in rows]


def phrase_pattern(phrase: str, joiner: str = r"[\s-]{1,3}") -> str:
    """A phrase as a regex: each space matches whitespace (wire line breaks) or a hyphen."""
    return joiner.join(regex.escape(part) for part in phrase.split())


def alternation(phrases, joiner: str = r"[\s-]{1,3}") -> str:
    ordered = sorted(set(phrases), key=lambda p: (-len(p), p))
    return "|".join(phrase_pattern(p, joiner) for p in ordered)


def factored(phrases, joiner: str = r"[\s-]{1,3}") -> str:
    """Like ``alternation`` but multi-word phrases are grouped by first word, so that the regex
    engine sees two plain sets of strings (fast) instead of one branch per phrase."""
    single = [p for p in set(phrases) if " " not in p]
    multi: dict[str, list[str]] = {}
    for p in set(phrases):
        if " " in p:
            first, rest = p.split(" ", 1)
            multi.setdefault(first, []).append(rest)
    parts = []
    if multi:
        firsts = alternation(multi)
        rests = alternation([r for rs in multi.values() for r in rs], joiner)
        parts.append(f"(?:{firsts}){joiner}(?:{rests})")
    if single:
        parts.append(alternation(single))
    return "|".join(parts)


@dataclass(frozen=True)
class Currency:
    code: str
    factor: float
    cues: tuple[tuple[str, str], ...] = ()
    generic_dollar: bool = False  # "dlrs", "cents": may take a dollar code named earlier in the sentence
    weight: bool = False  # "pounds": also a weight (currencies.csv, reads=weight)
    scaled_only: bool = False  # "PS": money only before a scale word or a grouped number (reads=scaled)


@dataclass
class Lexicon:
    number_words: dict[str, tuple[float, str]] = field(default_factory=dict)
    scales: dict[str, float] = field(default_factory=dict)
    percent_units: dict[str, str] = field(default_factory=dict)
    bounds: dict[str, str] = field(default_factory=dict)
    basis: dict[str, str] = field(default_factory=dict)
    currencies_pre: dict[str, Currency] = field(default_factory=dict)
    currencies_post: dict[str, Currency] = field(default_factory=dict)
    change_before: dict[str, str] = field(default_factory=dict)
    change_after: dict[str, str] = field(default_factory=dict)
    comparators: frozenset[str] = frozenset()
    followers: frozenset[str] = frozenset()


GENERIC_DOLLAR_TOKENS = {"dollars", "dollar", "dlrs", "dlr", "cents", "cent", "cts", "ct"}


def normalise(token: str) -> str:
    """Key for looking a matched token up: lower case, runs of whitespace/hyphens as one space."""
    return " ".join(_SEPARATORS.split(token.strip().lower()))


_SEPARATORS = regex.compile(r"[\s-]+")


@functools.lru_cache(maxsize=1)
def load() -> Lexicon:
    lex = Lexicon()
    for row in read_rows("number_words.csv"):
        lex.number_words[row["word"].lower()] = (float(row["value"]), row["kind"])
    for row in read_rows("scales.csv"):
        lex.scales[row["token"].lower()] = float(row["multiplier"])
    for row in read_rows("percent_units.csv"):
        lex.percent_units[row["token"]] = row["unit"]
    for row in read_rows("bounds.csv"):
        lex.bounds[row["phrase"]] = row["bound"]
    for row in read_rows("basis.csv"):
        lex.basis[row["phrase"]] = row["basis"]
    for row in read_rows("currencies.csv"):
        cues = tuple(
            tuple(part.split("=", 1)) for part in row["cues"].split("|") if "=" in part
        ) if row.get("cues") else ()
        cur = Currency(row["code"], float(row["factor"] or 1), cues, row["token"].lower() in GENERIC_DOLLAR_TOKENS,
                       weight=row.get("reads") == "weight", scaled_only=row.get("reads") == "scaled")
        if row["position"] in ("pre", "both"):
            lex.currencies_pre[row["token"]] = cur
        if row["position"] in ("post", "both"):
            lex.currencies_post[row["token"]] = cur
    for row in read_rows("change_words.csv"):
        target = lex.change_before if row["position"] == "before" else lex.change_after
        target[row["word"]] = row["direction"]
    lex.comparators = frozenset(r["word"] for r in read_rows("function_words.csv") if r["kind"] == "comparator")
    lex.followers = frozenset(r["word"] for r in read_rows("function_words.csv") if r["kind"] == "follower")
    return lex
