"""The readers' data files (pipeline/data/readers/), loaded once per process."""
from __future__ import annotations

import csv
import functools
from pathlib import Path

DATA_DIR = Path(__file__).resolve().parent.parent / "data" / "readers"


def _rows(name: str) -> list[dict[str, str]]:
    with open(DATA_DIR / name, encoding="utf-8", newline="") as fh:
        return list(csv.DictReader(fh))


def _lines(name: str) -> list[str]:
    with open(DATA_DIR / name, encoding="utf-8") as fh:
        return [ln.rstrip("\n") for ln in fh if ln.strip() and not ln.startswith("#")]


@functools.lru_cache(maxsize=None)
def kinds_by_extension() -> dict[str, str]:
    """'.txt' -> 'text', '.jsonl' -> 'jsonl', ... (kinds.csv)."""
    return {row["extension"].lower(): row["kind"] for row in _rows("kinds.csv")}


@functools.lru_cache(maxsize=None)
def noted_extensions() -> dict[str, str]:
    """Extensions reported as `unsupported` rather than ignored (noted_extensions.csv)."""
    return {row["extension"].lower(): row["why"] for row in _rows("noted_extensions.csv")}


@functools.lru_cache(maxsize=None)
def binary_signatures() -> tuple[tuple[bytes, str], ...]:
    """Leading bytes that mark a file as binary whatever its name (binary_signatures.csv)."""
    return tuple((bytes.fromhex(row["signature_hex"]), row["what"]) for row in _rows("binary_signatures.csv"))


@functools.lru_cache(maxsize=None)
def page_line_rules() -> tuple[tuple[str, str, str], ...]:
    """(action, match, pattern) rows of page_lines.csv: how scraped-page lines are classified."""
    return tuple((row["action"], row["match"], row["pattern"]) for row in _rows("page_lines.csv"))


@functools.lru_cache(maxsize=None)
def date_formats() -> tuple[str, ...]:
    return tuple(_lines("date_formats.txt"))


@functools.lru_cache(maxsize=None)
def reject_reasons() -> dict[str, str]:
    """The reject vocabulary with what each reason means (reject_reasons.csv)."""
    return {row["reason"]: row["meaning"] for row in _rows("reject_reasons.csv")}


@functools.lru_cache(maxsize=None)
def html_date_meta() -> tuple[tuple[str, str], ...]:
    """(attribute, value) pairs of <meta> tags holding a page's publication time, most trusted first."""
    return tuple((row["attribute"].lower(), row["value"].lower()) for row in _rows("html_date_meta.csv"))


@functools.lru_cache(maxsize=None)
def html_noise() -> tuple[frozenset[str], tuple[str, ...]]:
    """(tags, class/id markers) the simple HTML extractor removes before taking text (html_noise.csv)."""
    rows = _rows("html_noise.csv")
    return (frozenset(r["value"] for r in rows if r["kind"] == "tag"),
            tuple(r["value"] for r in rows if r["kind"] == "marker"))
