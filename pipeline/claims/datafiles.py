"""Where the claims stage's word lists live and how one is read: a CSV file in pipeline/data/claims/, its blank lines and
`#` comment lines skipped, every value stripped.

A leaf module (it imports nothing of the package): `lexicon.read_rows` reads every lexicon through it and then expands the
verb rows marked `inflect`, and `morphology`, which that expansion calls, reads its own tables (verb_forms.csv,
inflection_exceptions.csv) through it too, without importing lexicon back."""
from __future__ import annotations

import csv
from pathlib import Path

DATA_DIR = Path(__file__).resolve().parent.parent / "data" / "claims"


def plain_rows(name: str) -> list[dict]:
    """The rows of a CSV file of DATA_DIR as dicts, comments and blank lines skipped, values stripped (no expansion)."""
    with open(DATA_DIR / name, encoding="utf-8", newline="") as fh:
        lines = [line for line in fh if line.strip() and not line.lstrip().startswith("#")]
    return [{k: (v or "").strip() for k, v in row.items()} for row in csv.DictReader(lines)]


def plural_demonyms() -> list[str]:
    """The plural demonyms of the actors' countries (pipeline/data/actors/countries.csv, column demonyms: "Finns",
    "Germans"; longer than three letters, ending in "s"): words for a state's people, not the state. Read, through lexicon
    (the one claims module the metric modules may import), by the guards' share of people ("36 percent of Finns") and the
    cue lexicon's private holders ("Finns have a record amount of savings")."""
    with open(DATA_DIR.parent / "actors" / "countries.csv", newline="", encoding="utf-8") as fh:
        return [d for row in csv.DictReader(fh) for d in (row.get("demonyms") or "").split("|") if len(d) > 3 and d.endswith("s")]


def kingdoms() -> frozenset:
    """The codes of the actors' countries that are kingdoms (pipeline/data/actors/countries.csv: "Kingdom" in the name or
    an alias: "Kingdom of Saudi Arabia", "United Kingdom"): the states "the kingdom" may stand for."""
    with open(DATA_DIR.parent / "actors" / "countries.csv", newline="", encoding="utf-8") as fh:
        return frozenset(row["code"] for row in csv.DictReader(fh)
                         if "kingdom" in ((row.get("name") or "") + "|" + (row.get("aliases") or "")).lower())
