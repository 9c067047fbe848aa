"""Claim events: the same claim reported by many articles and outlets, as one row.

**Key.** Two claims are the same claim when they agree on every column of `tables.KEY`:
`actor_code`, `target_code`, `metric`, `claim_type`, `negated`, `value` (to 9 significant digits),
`unit`, `basis` and `currency` (a null agrees with a null: two unnamed actors demanding the same
figure of the same target are merged), and they were published close in time.

**Close in time.** Claims with the same key are sorted by `published` and chained: a claim joins
the current event when it was published at most `WINDOW_DAYS` (30) days after the event's latest
claim, otherwise it starts a new event. A demand repeated every few weeks for a year stays one
event; the same figure demanded again after a quiet spell of more than 30 days is a new event.
Claims of undated articles (`published` null) with the same key form one event of their own, with
null `first_seen` and `last_seen`.

**Event id.** A digest of the key and the UTC day of the event's earliest claim (or `undated`).
It does not change when later reports join the event. When an earlier report of the event arrives
in a later run, the event's first day moves back and its id changes (the old id is gone); when a
late report bridges two events of the same key, they become one event with the id of the earlier
one. Ids are stable for a given claims table: the same claims give the same events in every run.
To follow an event across runs whatever happens, join on `claim_ids`.

**Updates.** `update_events(output)` recomputes the table from the whole `claims` table (a few
columns; tens of thousands of claims take well under a second) and replaces
`<output>/claim_events/part-0.parquet` atomically; the orchestrator calls it at the end of each
run, so the table follows every new, changed or replaced article.

The core (`events_table`) works on Arrow tables without pandas, so the nightly run does not pay for
importing pandas; `build_events` is the same for pandas DataFrames.
"""
from __future__ import annotations

import math
import os
from collections import defaultdict
from datetime import datetime, timedelta
from pathlib import Path
from typing import TYPE_CHECKING

import pyarrow as pa

from ..ids import digest
from . import tables
from .tables import KEY, SCHEMA, TABLE, WINDOW_DAYS

if TYPE_CHECKING:  # pragma: no cover
    import pandas as pd

_CLAIM_COLUMNS = ("claim_id", "article_id", "published", "figure_text", "hedged", *[k for k in KEY if k != "negated"], "negated")
PART = "part-0.parquet"


def _key_value(value: float | None) -> float | None:
    if value is None or (isinstance(value, float) and math.isnan(value)):
        return None
    return float(f"{value:.9g}")


def _null(v):
    """NaN and pandas' missing markers as None (Arrow gives None already)."""
    if v is None:
        return None
    if isinstance(v, float) and math.isnan(v):
        return None
    return v


def events_table(claims: pa.Table, articles: pa.Table, window_days: int = WINDOW_DAYS) -> pa.Table:
    """Claims (Arrow, the `claims` columns) and articles (`article_id`, `source`) -> claim events (Arrow)."""
    source_of = dict(zip(articles.column("article_id").to_pylist(), articles.column("source").to_pylist())) if articles.num_rows else {}
    col = {name: claims.column(name).to_pylist() for name in _CLAIM_COLUMNS if name in claims.column_names}
    n = claims.num_rows
    for name in _CLAIM_COLUMNS:
        col.setdefault(name, [None] * n)
    groups: dict[tuple, list[int]] = defaultdict(list)
    for i in range(n):
        key = tuple(
            _key_value(col[k][i]) if k == "value" else (bool(col[k][i]) if k == "negated" else _null(col[k][i]))
            for k in KEY
        )
        groups[key].append(i)

    window = timedelta(days=window_days)
    rows: list[dict] = []
    for key, members in groups.items():
        dated = sorted((i for i in members if col["published"][i] is not None), key=lambda i: (col["published"][i], col["claim_id"][i]))
        undated = sorted((i for i in members if col["published"][i] is None), key=lambda i: col["claim_id"][i])
        chains: list[list[int]] = []
        last: datetime | None = None
        for i in dated:
            t = col["published"][i]
            if last is None or t - last > window:
                chains.append([])
            chains[-1].append(i)
            last = t
        if undated:
            chains.append(undated)
        for chain in chains:
            rows.append(_event_row(key, chain, col, source_of))
    rows.sort(key=lambda r: (r["first_seen"] is None, r["first_seen"] or datetime.min, r["event_id"]))
    return pa.Table.from_pylist(rows, schema=SCHEMA)


def _event_row(key: tuple, chain: list[int], col: dict, source_of: dict) -> dict:
    first = chain[0]
    first_seen = col["published"][first]
    last_seen = col["published"][chain[-1]]
    day = first_seen.strftime("%Y-%m-%d") if first_seen is not None else "undated"
    article_ids = list(dict.fromkeys(col["article_id"][i] for i in chain))
    sources = sorted({s for s in (source_of.get(a) for a in article_ids) if s})
    row = dict(zip(KEY, key))
    row.update(
        event_id="e-" + digest(*key, day),
        figure_text=col["figure_text"][first],
        mentions=len(chain),
        articles=len(article_ids),
        sources=len(sources),
        hedged_mentions=sum(1 for i in chain if col["hedged"][i]),
        first_seen=first_seen,
        last_seen=last_seen,
        claim_ids=[col["claim_id"][i] for i in chain],
        article_ids=article_ids,
        source_names=sources,
    )
    return row


def build_events(claims: "pd.DataFrame", articles: "pd.DataFrame", window_days: int = WINDOW_DAYS) -> "pd.DataFrame":
    """Pure: the claims and articles tables (DataFrames, as `load` gives them) -> the claim events table.

    `claims` needs the key columns plus `claim_id`, `article_id`, `published`, `figure_text`,
    `hedged`; `articles` needs `article_id` and `source`.
    """
    from .load import to_frame

    claim_cols = [c for c in _CLAIM_COLUMNS if c in claims.columns]
    c = _arrow_from_frame(claims[claim_cols])
    a = _arrow_from_frame(articles[["article_id", "source"]])
    return to_frame(events_table(c, a, window_days), TABLE)


def _arrow_from_frame(df: "pd.DataFrame") -> pa.Table:
    import pandas as pd

    out = {}
    for name in df.columns:
        s = df[name]
        if isinstance(s.dtype, pd.CategoricalDtype):
            s = s.astype(object)
        if name == "published":
            s = pd.to_datetime(s, utc=True)
            out[name] = pa.array([None if pd.isna(v) else v.to_pydatetime() for v in s], type=tables.UTC_TS)
            continue
        out[name] = pa.array([None if _is_missing(v) else v for v in s.astype(object)])
    return pa.table(out) if out else pa.table({})


def _is_missing(v) -> bool:
    try:
        import pandas as pd

        return v is None or v is pd.NA or v is pd.NaT or (isinstance(v, float) and math.isnan(v))
    except ImportError:  # pragma: no cover
        return v is None


def read_for_events(output: str | os.PathLike) -> tuple[pa.Table, pa.Table]:
    """The claims and articles columns the events need, read from an output directory."""
    import pyarrow.dataset as ds

    from ..schema import SCHEMAS

    root = Path(output)

    def read(table: str, columns: list[str]) -> pa.Table:
        schema = SCHEMAS[table]
        path = root / table
        if not path.is_dir() or not any(path.glob("*.parquet")):
            return schema.empty_table().select(columns)
        return ds.dataset(str(path), format="parquet", schema=schema).to_table(columns=columns)

    claims = read("claims", [c for c in _CLAIM_COLUMNS])
    articles = read("articles", ["article_id", "source"])
    return claims, articles


def update_events(output: str | os.PathLike, window_days: int = WINDOW_DAYS) -> int:
    """Recompute `<output>/claim_events` from the output's claims and replace it atomically.

    Writes `claim_events/.part-0.parquet.tmp`, flushes it to disk and renames it over
    `claim_events/part-0.parquet` (readers ignore names starting with `.`), so a reader sees the old
    table or the new one, never a partial file. Returns the number of events. Call it while holding
    the output's lock (the orchestrator calls it inside its `Store`), so two runs never race.
    """
    import pyarrow.parquet as pq

    claims, articles = read_for_events(output)
    events = events_table(claims, articles, window_days)
    folder = Path(output) / TABLE
    folder.mkdir(parents=True, exist_ok=True)
    for stale in folder.glob(".*.tmp"):
        stale.unlink()
    tmp = folder / f".{PART}.tmp"
    pq.write_table(events, tmp, compression="zstd")
    with open(tmp, "rb+") as fh:
        os.fsync(fh.fileno())
    os.replace(tmp, folder / PART)
    try:
        fd = os.open(folder, os.O_RDONLY)
        try:
            os.fsync(fd)
        finally:
            os.close(fd)
    except OSError:
        pass
    return events.num_rows
