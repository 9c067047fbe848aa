"""Reference data for analysts: SIPRI military expenditure as a share of GDP, by country and year.

The packaged table `pipeline/data/reference/sipri_share_of_gdp.csv` is a small subset of the SIPRI
Military Expenditure Database figures as published by Our World in Data (source and licence in
`pipeline/data/reference/README.md`): the NATO members (from `pipeline/data/actors/memberships.csv`)
and the other countries in `OTHER_COUNTRIES` (those the project's articles name as targets of
defence spending figures, and their neighbours in the same debates), years 2000-2024.

`build_subset(source_csv, out_csv)` derives it from the full download; a test rebuilds it from
`../shared/corpora/reference/` (when present) and checks the shipped file did not drift.
"""
from __future__ import annotations

import csv
import io
import os
from pathlib import Path
from typing import Iterable

DATA = Path(__file__).resolve().parents[1] / "data"
REFERENCE_CSV = DATA / "reference" / "sipri_share_of_gdp.csv"
FIRST_YEAR, LAST_YEAR = 2000, 2024
FIELDS = ("code", "country", "year", "share_of_gdp", "region")
# Targets of defence-spending figures in our articles and gold annotations that are not NATO
# members, and the countries discussed beside them (Indo-Pacific allies, Russia and Ukraine, ...).
OTHER_COUNTRIES = (
    "AUS", "AUT", "CHE", "CHN", "IDN", "IND", "IRL", "ISR", "JPN", "KOR", "LKA", "NZL", "PHL",
    "RUS", "SAU", "SGP", "TWN", "UKR",
)
_SOURCE_VALUE = "Military expenditure (% of GDP)"
_SOURCE_REGION = "World region according to OWID"


def nato_members() -> list[str]:
    """Every country code that is or was a NATO member, from the actors' membership list."""
    with open(DATA / "actors" / "memberships.csv", encoding="utf-8", newline="") as fh:
        return sorted({row["country"] for row in csv.DictReader(fh) if row["org"] == "NATO"})


def reference_countries() -> list[str]:
    return sorted(set(nato_members()) | set(OTHER_COUNTRIES))


def build_subset(source_csv: str | os.PathLike, out_csv: str | os.PathLike | None = None) -> str:
    """The subset as CSV text (written to `out_csv` when given): our countries, 2000-2024, 4 decimals."""
    wanted = set(reference_countries())
    rows = []
    with open(source_csv, encoding="utf-8", newline="") as fh:
        for row in csv.DictReader(fh):
            code, year, value = row["Code"], int(row["Year"]), row[_SOURCE_VALUE]
            if code in wanted and FIRST_YEAR <= year <= LAST_YEAR and value not in ("", None):
                rows.append((code, row["Entity"], year, f"{float(value):.4f}", row.get(_SOURCE_REGION) or ""))
    rows.sort(key=lambda r: (r[0], r[2]))
    buf = io.StringIO()
    writer = csv.writer(buf, lineterminator="\n")
    writer.writerow(FIELDS)
    writer.writerows(rows)
    text = buf.getvalue()
    if out_csv is not None:
        Path(out_csv).write_text(text, encoding="utf-8")
    return text


def sipri_share_of_gdp(countries: str | Iterable[str] | None = None, start: int | None = None, end: int | None = None):
    """The packaged SIPRI table as a DataFrame: `code`, `country`, `year` (int), `share_of_gdp` (percent), `region`.

    `countries` (one code or several) and `start`/`end` (years, inclusive) narrow it.
    """
    import pandas as pd

    df = pd.read_csv(REFERENCE_CSV, dtype={"code": "string", "country": "string", "year": "int64", "share_of_gdp": "float64", "region": "string"})
    if countries is not None:
        codes = [countries] if isinstance(countries, str) else list(countries)
        df = df[df["code"].isin(codes)]
    if start is not None:
        df = df[df["year"] >= start]
    if end is not None:
        df = df[df["year"] <= end]
    return df.reset_index(drop=True)
