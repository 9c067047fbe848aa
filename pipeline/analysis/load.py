"""`load`: one output table as a pandas DataFrame with the right dtypes, filters pushed down to Parquet.

    from pipeline import load
    demands = load("claims", "output", start="2025-06-01", end="2025-06-30",
                   metric="defense_spending", target=["JPN", "DEU"])

Dtypes come from the declarations (`pipeline/schema.py`, `analysis/tables.py`): vocabulary columns
(`metric`, `claim_type`, `unit`, `basis`, `bound`, ...) are pandas categoricals whose categories
are the whole vocabulary (so counts show zeros for absent values and charts keep one order);
timestamps are UTC (`datetime64[..., UTC]`); integer columns that may be null are nullable
(`Int64`, `Int32`); lists stay lists.

Filters are Arrow dataset expressions, evaluated while reading (row groups whose statistics
cannot match are skipped). Which filters a table takes:

| table | `start` / `end` on | `metric` | `actor` | `target` |
| --- | --- | --- | --- | --- |
| `articles` | `published` | | | |
| `mentions` | its article's `published` | | | |
| `claims` | `published` | yes | `actor_code` | `target_code` |
| `claim_events` | events seen in the range (`last_seen >= start` and `first_seen <= end`) | yes | `actor_code` | `target_code` |
| `runs` | `started_at` | | | |
| `rejects` | | | | |

`start` is inclusive; `end` is inclusive too, and a date without a time of day (`"2025-06-30"`)
covers that whole day. Naive times are taken as UTC. `metric`, `actor` and `target` take one value
or a list. A filter a table cannot take raises `ValueError`, as does an unknown metric.
"""
from __future__ import annotations

import datetime as _dt
import os
from typing import Iterable

import pandas as pd
import pyarrow as pa
import pyarrow.dataset as ds

from ..schema import METRICS, TABLES, Column
from ..store import output_files
from . import tables as _events

_DECLARED: dict[str, list[Column]] = {**TABLES, _events.TABLE: _events.COLUMNS}
_DATE_COLUMN = {"articles": "published", "claims": "published", "runs": "started_at", "mentions": None, "claim_events": None}
_CODED = ("claims", "claim_events")


def table_names() -> list[str]:
    """The tables `load` knows."""
    return list(_DECLARED)


def arrow_schema(table: str) -> pa.Schema:
    if table == _events.TABLE:
        return _events.SCHEMA
    from ..schema import SCHEMAS

    return SCHEMAS[table]


def load(
    table: str,
    output: str | os.PathLike = "output",
    start=None,
    end=None,
    metric: str | Iterable[str] | None = None,
    actor: str | Iterable[str] | None = None,
    target: str | Iterable[str] | None = None,
    columns: list[str] | None = None,
) -> pd.DataFrame:
    """A table of an output directory as a DataFrame (see the module's docstring for the filters)."""
    if table not in _DECLARED:
        raise ValueError(f"unknown table {table!r}; one of: {', '.join(_DECLARED)}")
    _check_filters(table, start, end, metric, actor, target)
    schema = arrow_schema(table)
    if columns is not None:
        unknown = [c for c in columns if c not in schema.names]
        if unknown:
            raise ValueError(f"{table} has no column {', '.join(map(repr, unknown))}")
    lo, hi = _bound(start, False), _bound(end, True)
    expr = _filter(table, lo, hi, metric, actor, target, output)
    files = output_files(output)
    if table == _events.TABLE and not _has_parts(files, table) and _has_parts(files, "claims"):
        data = _events_on_the_fly(files)
        if expr is not None:
            data = data.filter(expr)
        if columns is not None:
            data = data.select(columns)
    elif not _has_parts(files, table):
        data = schema.empty_table()
        if columns is not None:
            data = data.select(columns)
    else:
        dataset = ds.dataset(files.path(table), format="parquet", schema=schema, filesystem=files.arrow_filesystem)
        data = dataset.to_table(columns=columns, filter=expr)
    return to_frame(data, table)


def _has_parts(files, table: str) -> bool:
    return any(n.endswith(".parquet") and not n.startswith((".", "_")) for n in files.names(table))


def _events_on_the_fly(files) -> pa.Table:
    """An output written before claim events existed: compute them from its claims (not written)."""
    from .events import compute_events

    return compute_events(files)


def _check_filters(table, start, end, metric, actor, target) -> None:
    if (start is not None or end is not None) and table == "rejects":
        raise ValueError("rejects have no date: start/end do not apply")
    for name, value in (("metric", metric), ("actor", actor), ("target", target)):
        if value is not None and table not in _CODED:
            raise ValueError(f"{name}= applies to claims and claim_events, not {table}")
    for m in _as_list(metric) or []:
        if m not in METRICS:
            raise ValueError(f"unknown metric {m!r}; one of: {', '.join(METRICS)}")


def _as_list(value) -> list[str] | None:
    if value is None:
        return None
    if isinstance(value, str):
        return [value]
    return list(value)


def _bound(value, is_end: bool) -> pd.Timestamp | None:
    """A filter bound as a UTC timestamp; for an end, the first instant after it (exclusive)."""
    if value is None:
        return None
    date_only = isinstance(value, _dt.date) and not isinstance(value, _dt.datetime)
    if isinstance(value, str):
        date_only = len(value.strip()) <= 10 and "T" not in value and ":" not in value
    ts = pd.Timestamp(value)
    ts = ts.tz_localize("UTC") if ts.tzinfo is None else ts.tz_convert("UTC")
    if is_end:
        ts = ts + (pd.Timedelta(days=1) if date_only else pd.Timedelta(microseconds=1))
    return ts


def _scalar(ts: pd.Timestamp) -> pa.Scalar:
    return pa.scalar(ts.to_pydatetime(), type=pa.timestamp("us", tz="UTC"))


def _filter(table, lo, hi, metric, actor, target, output) -> ds.Expression | None:
    parts: list[ds.Expression] = []
    date_col = _DATE_COLUMN.get(table)
    if table == _events.TABLE:
        if lo is not None:
            parts.append(ds.field("last_seen") >= _scalar(lo))
        if hi is not None:
            parts.append(ds.field("first_seen") < _scalar(hi))
    elif table == "mentions" and (lo is not None or hi is not None):
        ids = load("articles", output, start=lo, end=None if hi is None else hi - pd.Timedelta(microseconds=1), columns=["article_id"])
        parts.append(ds.field("article_id").isin(pa.array(ids["article_id"].astype(object).tolist(), pa.string())))
    elif date_col is not None:
        if lo is not None:
            parts.append(ds.field(date_col) >= _scalar(lo))
        if hi is not None:
            parts.append(ds.field(date_col) < _scalar(hi))
    for column, value in (("metric", metric), ("actor_code", actor), ("target_code", target)):
        values = _as_list(value)
        if values is not None:
            parts.append(ds.field(column).isin(pa.array(values, pa.string())))
    if not parts:
        return None
    expr = parts[0]
    for p in parts[1:]:
        expr = expr & p
    return expr


def dtypes(table: str, extra_units: Iterable[str] = ()) -> dict[str, object]:
    """The pandas dtype of each column of a table, from its declaration."""
    out: dict[str, object] = {}
    for c in _DECLARED[table]:
        if c.vocabulary:
            cats = list(c.vocabulary) + ([u for u in extra_units if u not in c.vocabulary] if c.name == "unit" else [])
            out[c.name] = pd.CategoricalDtype(categories=cats)
        elif pa.types.is_timestamp(c.type):
            out[c.name] = pd.DatetimeTZDtype(unit=c.type.unit, tz="UTC")
        elif pa.types.is_integer(c.type) and c.nullable:
            out[c.name] = {8: "Int8", 16: "Int16", 32: "Int32", 64: "Int64"}[c.type.bit_width]
        elif pa.types.is_integer(c.type):
            out[c.name] = c.type.to_pandas_dtype()
        elif pa.types.is_boolean(c.type) and c.nullable:
            out[c.name] = "boolean"
    return out


def to_frame(data: pa.Table, table: str) -> pd.DataFrame:
    """An Arrow table of `table`'s schema as a DataFrame with the declared dtypes."""
    extra_units = []
    if "unit" in data.column_names:
        extra_units = sorted({u for u in data.column("unit").to_pylist() if u is not None})
    df = data.to_pandas()
    wanted = dtypes(table, extra_units)
    for name, dtype in wanted.items():
        if name in df.columns:
            if isinstance(dtype, pd.DatetimeTZDtype):
                df[name] = pd.to_datetime(df[name], utc=True)
            else:
                df[name] = df[name].astype(dtype)
    return df
