"""Are two runs' tables the same? Compares the output directories of two runs row for row.

    python benchmarks/tables_identity.py OUT_BEFORE OUT_AFTER
    python benchmarks/tables_identity.py OUT_BEFORE OUT_AFTER --tables articles,claims

Reads each table (default: articles, mentions, claims, rejects) of both directories with
``pandas.read_parquet``, drops what legitimately differs between runs (``run_id`` and timings),
sorts the rows by the table's key, and compares column by column (NaN equal to NaN, values compared
exactly). Prints one line per table and the first differing rows; exit status 1 when anything
differs. For a speed change that must not change results: run the same corpus before and after
into two fresh directories and compare them here (the stages' code must be the same in both runs).
"""
from __future__ import annotations

import argparse
import sys
from pathlib import Path

# what a table's rows are identified by (rejects have no key: every column sorts them)
KEYS = {"articles": ["article_id"], "mentions": ["mention_id"], "claims": ["claim_id"], "rejects": None}
# columns that differ between two runs of the same input by design
RUN_COLUMNS = {"run_id", "started_at", "finished_at", "seconds"}


def load_table(out: Path, table: str):
    import pandas as pd

    frame = pd.read_parquet(out / table)
    frame = frame.drop(columns=[c for c in frame.columns if c in RUN_COLUMNS])
    key = KEYS.get(table) or sorted(frame.columns)
    return frame.sort_values(key, kind="stable", na_position="first").reset_index(drop=True)


def differing_rows(before, after) -> list[str]:
    """Descriptions of what differs (columns, row count, then the first differing rows)."""
    if list(before.columns) != list(after.columns):
        return [f"columns differ: {list(before.columns)} vs {list(after.columns)}"]
    if len(before) != len(after):
        return [f"row count differs: {len(before)} vs {len(after)}"]
    problems = []
    for column in before.columns:
        a, b = before[column], after[column]
        same = (a == b) | (a.isna() & b.isna())
        if not bool(same.all()):
            first = int((~same).to_numpy().nonzero()[0][0])
            problems.append(f"column {column}: {int((~same).sum())} rows differ, first at row {first}: "
                            f"{a.iloc[first]!r} vs {b.iloc[first]!r}")
    return problems


def compare(before: Path, after: Path, tables: list[str]) -> bool:
    same = True
    for table in tables:
        a, b = load_table(before, table), load_table(after, table)
        problems = differing_rows(a, b)
        print(f"{table:<9} {len(a):7d} rows vs {len(b):7d}: {'identical' if not problems else 'DIFFERENT'}")
        for p in problems[:5]:
            print(f"    {p}")
        same = same and not problems
    return same


def main(argv=None) -> int:
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("before", type=Path)
    ap.add_argument("after", type=Path)
    ap.add_argument("--tables", default=",".join(KEYS), help="comma-separated tables (default: %(default)s)")
    args = ap.parse_args(argv)
    return 0 if compare(args.before, args.after, [t for t in args.tables.split(",") if t]) else 1


if __name__ == "__main__":
    sys.exit(main())
