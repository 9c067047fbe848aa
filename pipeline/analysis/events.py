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

The core (`events_table`) works on Arrow tables and plain Python (no DataFrames), so the nightly
run needs no pandas code; `build_events` is the same for pandas DataFrames.
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
_EPOCH = datetime(1970, 1, 1)


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
    n = claims.num_rows
    col: dict[str, list] = {}
    for name in _CLAIM_COLUMNS:
        if name not in claims.column_names:
            col[name] = [None] * n
        elif name == "published":  # microseconds since the epoch: cheaper than datetimes
            col[name] = claims.column(name).cast(pa.timestamp("us", tz="UTC")).cast(pa.int64()).to_pylist()
        else:
            col[name] = claims.column(name).to_pylist()
    values = [_key_value(v) for v in col["value"]]
    negated = [bool(v) for v in col["negated"]]
    key_columns = [values if k == "value" else negated if k == "negated" else [_null(v) for v in col[k]] for k in KEY]
    groups: dict[tuple, list[int]] = defaultdict(list)
    for i, key in enumerate(zip(*key_columns)):
        groups[key].append(i)

    published, claim_ids = col["published"], col["claim_id"]
    window = window_days * 86_400_000_000
    chains: list[tuple[tuple, list[int]]] = []
    for key, members in groups.items():
        dated = sorted((i for i in members if published[i] is not None), key=lambda i: (published[i], claim_ids[i]))
        undated = sorted((i for i in members if published[i] is None), key=lambda i: claim_ids[i])
        last = None
        for i in dated:
            if last is None or published[i] - last > window:
                chains.append((key, []))
            chains[-1][1].append(i)
            last = published[i]
        if undated:
            chains.append((key, undated))

    out: dict[str, list] = {c.name: [] for c in tables.COLUMNS}
    for key, chain in chains:
        first_seen, last_seen = published[chain[0]], published[chain[-1]]
        day = (_EPOCH + timedelta(microseconds=first_seen)).strftime("%Y-%m-%d") if first_seen is not None else "undated"
        article_ids = list(dict.fromkeys(col["article_id"][i] for i in chain))
        sources = sorted({s for s in (source_of.get(a) for a in article_ids) if s})
        for name, value in zip(KEY, key):
            out[name].append(value)
        out["event_id"].append("e-" + digest(*key, day))
        out["figure_text"].append(col["figure_text"][chain[0]])
        out["mentions"].append(len(chain))
        out["articles"].append(len(article_ids))
        out["sources"].append(len(sources))
        out["hedged_mentions"].append(sum(1 for i in chain if col["hedged"][i]))
        out["first_seen"].append(first_seen)
        out["last_seen"].append(last_seen)
        out["claim_ids"].append([claim_ids[i] for i in chain])
        out["article_ids"].append(article_ids)
        out["source_names"].append(sources)
    order = sorted(range(len(chains)), key=lambda j: (out["first_seen"][j] is None, out["first_seen"][j] or 0, out["event_id"][j]))
    arrays = []
    for field in SCHEMA:
        data = [out[field.name][j] for j in order]
        if pa.types.is_timestamp(field.type):
            arrays.append(pa.array(data, pa.int64()).cast(field.type))
        else:
            arrays.append(pa.array(data, field.type))
    return pa.Table.from_arrays(arrays, schema=SCHEMA)


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
    """The claims and articles columns the events need, read from an output directory (no pandas)."""
    import pyarrow.parquet as pq

    from ..schema import SCHEMAS

    root = Path(output)

    def read(table: str, columns: list[str]) -> pa.Table:
        schema = SCHEMAS[table]
        parts = sorted((root / table).glob("part-*.parquet")) if (root / table).is_dir() else []
        want = pa.schema([schema.field(c) for c in columns])
        pieces = []
        for part in parts:  # one file at a time: no dataset discovery, only the columns needed
            data = pq.ParquetFile(part).read(columns=[c for c in columns if c in pq.read_schema(part).names])
            missing = [c for c in columns if c not in data.column_names]
            for c in missing:
                data = data.append_column(want.field(c), pa.nulls(data.num_rows, want.field(c).type))
            pieces.append(data.select(columns).cast(want))
        return pa.concat_tables(pieces) if pieces else want.empty_table()

    return read("claims", list(_CLAIM_COLUMNS)), read("articles", ["article_id", "source"])


def _inputs_signature(root: Path, window_days: int) -> str:
    """What the events were computed from: the claims' and articles' part files (name, size, mtime)."""
    parts = []
    for table in ("claims", "articles"):
        folder = root / table
        for p in sorted(folder.glob("part-*.parquet")) if folder.is_dir() else []:
            st = p.stat()
            parts.append((table, p.name, st.st_size, st.st_mtime_ns))
    return digest(window_days, *parts, length=32)


def update_events(output: str | os.PathLike, window_days: int = WINDOW_DAYS, force: bool = False) -> int:
    """Recompute `<output>/claim_events` from the output's claims and replace it atomically.

    Writes `claim_events/.part-0.parquet.tmp`, flushes it to disk and renames it over
    `claim_events/part-0.parquet` (readers ignore names starting with `.`), so a reader sees the old
    table or the new one, never a partial file. The file records a signature of the claims and
    articles files it was computed from; when they have not changed since (a run that found nothing
    new), the table is left as it is unless `force`. Returns the number of events. Call it while
    holding the output's lock (the orchestrator calls it inside its `Store`), so two runs never race.
    """
    import pyarrow.parquet as pq

    root = Path(output)
    folder = root / TABLE
    final = folder / PART
    signature = _inputs_signature(root, window_days)
    if final.exists() and not force:
        try:
            meta = pq.read_metadata(final)
            if (meta.metadata or {}).get(b"policy_claims_inputs") == signature.encode():
                return meta.num_rows
        except (OSError, pa.ArrowInvalid):
            pass
    claims, articles = read_for_events(root)
    events = events_table(claims, articles, window_days)
    events = events.replace_schema_metadata({**(events.schema.metadata or {}), b"policy_claims_inputs": signature.encode()})
    folder.mkdir(parents=True, exist_ok=True)
    for stale in folder.glob(".*.tmp"):
        stale.unlink()
    tmp = folder / f".{PART}.tmp"
    pq.write_table(events, tmp, compression="zstd")
    with open(tmp, "rb+") as fh:
        os.fsync(fh.fileno())
    os.replace(tmp, final)
    try:
        fd = os.open(folder, os.O_RDONLY)
        try:
            os.fsync(fd)
        finally:
            os.close(fd)
    except OSError:
        pass
    return events.num_rows
