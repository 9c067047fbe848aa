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

**Updates.** `update_events(output)` brings `<output>/claim_events` up to date with the claims,
in memory that does not grow with the claims table: the claims (a few columns) are streamed part
by part into `BUCKETS` spill files on local disk, by a hash of their key, so every claim of an event
lands in the same bucket; each bucket's events are computed alone and kept as one part file,
`claim_events/part-b<NN>.parquet`. A bucket whose claims did not change since the last update (the
fingerprint of its spilled rows, kept in `claim_events/_state.json`) is not recomputed nor
rewritten. The new parts, the parts to delete and the state are published in one commit of the
store's journal, so readers see the old table or the new one; a crash leaves the old table and the
next run redoes the update. The result equals a rebuild from scratch (`force=True`). The
orchestrator calls it at the end of each run, so the table follows every new, changed or replaced
article. Rows are ordered by bucket, then by `first_seen` and `event_id`.

The core (`events_table`) works on Arrow tables and plain Python (no DataFrames), so the nightly
run needs no pandas code; `build_events` is the same for pandas DataFrames.
"""
from __future__ import annotations

import functools
import hashlib
import math
import os
import tempfile
import uuid
import zlib
from collections import defaultdict
from datetime import datetime, timedelta
from typing import TYPE_CHECKING

import pyarrow as pa

from ..ids import digest
from ..store import SCHEMA_PART, output_files, part_names
from . import tables
from .tables import KEY, SCHEMA, TABLE, WINDOW_DAYS

if TYPE_CHECKING:  # pragma: no cover
    import pandas as pd

_CLAIM_COLUMNS = ("claim_id", "article_id", "published", "figure_text", "hedged", *[k for k in KEY if k != "negated"], "negated")
BUCKETS = 32  # part files of claim_events: an update holds one bucket's claims at a time
STATE = "_state.json"  # what each bucket was computed from; hidden from readers (leading `_`)
FORMAT = 2  # bump when the events computed from the same claims change: every bucket is then recomputed
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


def _no_nan(claims: pa.Table, name: str) -> bool:
    """A column Arrow gives as None-or-value (no NaN can hide in it): strings, or absent."""
    return name not in claims.column_names or pa.types.is_string(claims.schema.field(name).type)


def events_table(claims: pa.Table, articles: pa.Table, window_days: int = WINDOW_DAYS) -> pa.Table:
    """Claims (Arrow, the `claims` columns) and articles (`article_id`, `source`) -> claim events (Arrow)."""
    source_of = dict(zip(articles.column("article_id").to_pylist(), articles.column("source").to_pylist())) if articles.num_rows else {}
    n = claims.num_rows
    col: dict[str, list] = {}
    for name in _CLAIM_COLUMNS:
        if name not in claims.column_names:
            col[name] = [None] * n
        elif name == "published":  # microseconds since the epoch: cheaper than datetimes
            col[name] = _epoch_us(claims.column(name)).to_pylist()
        else:
            col[name] = claims.column(name).to_pylist()
    values = [_key_value(v) for v in col["value"]]
    negated = [bool(v) for v in col["negated"]]
    key_columns = [values if k == "value" else negated if k == "negated" else col[k] if _no_nan(claims, k) else [_null(v) for v in col[k]]
                   for k in KEY]
    groups: dict[tuple, list[int]] = defaultdict(list)
    for i, key in enumerate(zip(*key_columns)):
        groups[key].append(i)

    published, claim_ids = col["published"], col["claim_id"]
    chains = _chains(groups, published, claim_ids, window_days * _DAY_US)
    # events in table order (earliest first, undated last, then by id), each built once in that order
    ids = [_event_id(key, published[chain[0]]) for key, chain in chains]
    order = sorted(range(len(chains)), key=lambda j: (published[chains[j][1][0]] is None, published[chains[j][1][0]] or 0, ids[j]))
    # built column by column (comprehensions over the events in order: a tenth of a second less
    # than appending to every column event by event, at the serial end of a run)
    events = [chains[j] for j in order]
    article_col, hedged, figure_text = col["article_id"], col["hedged"], col["figure_text"]
    article_ids = [list(dict.fromkeys([article_col[i] for i in chain])) for _, chain in events]
    get_source = source_of.get
    sources = [sorted({s for s in map(get_source, ids_) if s}) for ids_ in article_ids]
    out: dict[str, list] = dict(zip(KEY, map(list, zip(*[key for key, _ in events])))) if events else {k: [] for k in KEY}
    out["event_id"] = [ids[j] for j in order]
    out["figure_text"] = [figure_text[chain[0]] for _, chain in events]
    out["mentions"] = [len(chain) for _, chain in events]
    out["articles"] = [len(a) for a in article_ids]
    out["sources"] = [len(s) for s in sources]
    out["hedged_mentions"] = [sum(1 for i in chain if hedged[i]) for _, chain in events]
    out["first_seen"] = [published[chain[0]] for _, chain in events]
    out["last_seen"] = [published[chain[-1]] for _, chain in events]
    out["claim_ids"] = [[claim_ids[i] for i in chain] for _, chain in events]
    out["article_ids"] = article_ids
    out["source_names"] = sources
    arrays = [pa.array(out[field.name], pa.int64()).view(field.type) if field.type == _US_UTC
              else pa.array(out[field.name], pa.int64()).cast(field.type) if pa.types.is_timestamp(field.type)
              else pa.array(out[field.name], field.type) for field in SCHEMA]
    return pa.Table.from_arrays(arrays, schema=SCHEMA)


_US_UTC = pa.timestamp("us", tz="UTC")


def _epoch_us(column: pa.ChunkedArray) -> pa.ChunkedArray:
    """A timestamp column as int64 microseconds since the epoch. The declared type (microseconds,
    UTC) is reinterpreted in place (`view`: what the cast does for it, without loading
    pyarrow.compute, a quarter of a second of the orchestrator's CPU); other types are cast."""
    if column.type == _US_UTC:
        return pa.chunked_array([chunk.view(pa.int64()) for chunk in column.chunks], pa.int64())
    return column.cast(_US_UTC).cast(pa.int64())


def _chains(groups: dict[tuple, list[int]], published: list, claim_ids: list, window: int) -> list[tuple[tuple, list[int]]]:
    """Each key's claims cut into events: dated claims chained while each follows the previous one
    within `window` microseconds; the undated ones of a key form one event of their own."""
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
    return chains


_DAY_US = 86_400_000_000


def _event_id(key: tuple, first_seen: int | None) -> str:
    return "e-" + digest(*key, "undated" if first_seen is None else _day(first_seen // _DAY_US))


@functools.lru_cache(maxsize=4096)
def _day(day_number: int) -> str:
    """Day `day_number` since the epoch as YYYY-MM-DD; cached because the events of a day share it."""
    return (_EPOCH + timedelta(days=day_number)).strftime("%Y-%m-%d")


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


def _claims_part(files, name: str) -> pa.Table:
    """One claims part file: the columns the events need (absent ones as nulls), typed as declared."""
    from ..schema import SCHEMAS

    want = pa.schema([SCHEMAS["claims"].field(c) for c in _CLAIM_COLUMNS])
    part = files.read_parquet(f"claims/{name}", columns=list(_CLAIM_COLUMNS), schema=want)
    return part if part.schema.equals(want) else part.cast(want)


def _sources_for(files, name: str, article_ids: list) -> list:
    """`articles.source` of each claim's article. A batch writes its articles and its claims under
    the same part name, so the articles part of the same name holds them; ids it lacks (a
    hand-made output) are looked up in every articles part."""
    source_of: dict = {}
    if files.exists(f"articles/{name}"):
        arts = files.read_parquet(f"articles/{name}", columns=["article_id", "source"])
        source_of = dict(zip(arts.column(0).to_pylist(), arts.column(1).to_pylist()))
    missing = {a for a in article_ids if a not in source_of}
    if missing:
        source_of.update(_find_sources(files, missing))
    return [source_of.get(a) for a in article_ids]


def _find_sources(files, ids: set) -> dict:
    import pyarrow.compute as pc

    wanted = pa.array(sorted(i for i in ids if i is not None), pa.string())
    found: dict = {}
    for name in part_names(files, "articles"):
        arts = files.read_parquet(f"articles/{name}", columns=["article_id", "source"])
        arts = arts.filter(pc.is_in(arts.column("article_id"), value_set=wanted))
        found.update(zip(arts.column(0).to_pylist(), arts.column(1).to_pylist()))
    return found


def _bucket_of(key: tuple) -> int:
    """A bucket from the normalized key: stable across processes (not Python's salted `hash`)."""
    return zlib.crc32(repr(key).encode("utf-8")) % BUCKETS


def _buckets_of_rows(claims: pa.Table) -> list[int]:
    """`_bucket_of` each row's key (inlined: it runs for every claim a run commits; string
    columns, which hold no NaN, are taken as they are, as in `events_table`)."""
    columns = []
    for k in KEY:
        values = claims.column(k).to_pylist()
        if k == "value":
            values = [_key_value(v) for v in values]
        elif k == "negated":
            values = [bool(v) for v in values]
        elif not _no_nan(claims, k):
            values = [_null(v) for v in values]
        columns.append(values)
    crc32 = zlib.crc32
    return [crc32(repr(key).encode("utf-8")) % BUCKETS for key in zip(*columns)]


def _spill_schema() -> pa.Schema:
    return pa.schema([*[_event_claim_field(c) for c in _CLAIM_COLUMNS], pa.field("source", pa.string())])


def _spill_part(claims: pa.Table, sources: list, folder: str, schema: pa.Schema,
                writers: dict[int, "pa.ipc.RecordBatchStreamWriter"], paths: dict[int, str]) -> None:
    """One claims part (the event columns) and its claims' sources, appended to the buckets' spill
    files (opened on first use). Shared by the spill of an output's parts and the spill a run builds
    as it commits (`EventSpill`), so both write the same bytes."""
    claims = claims.append_column("source", pa.array(sources, pa.string()))
    rows_of: dict[int, list[int]] = defaultdict(list)
    for i, b in enumerate(_buckets_of_rows(claims)):
        rows_of[b].append(i)
    for b, rows in sorted(rows_of.items()):
        if b not in writers:
            paths[b] = os.path.join(folder, f"bucket-{b:02d}.arrow")
            writers[b] = pa.ipc.new_stream(paths[b], schema)
        writers[b].write_table(_take(claims, pa.array(rows, pa.int64())))


def _take(table: pa.Table, rows: pa.Array) -> pa.Table:
    """`table.take(rows)`: the same kernel called through `pyarrow._compute`, because
    `Table.take` imports pyarrow.compute, whose function wrappers and docstrings cost a quarter
    of a second of the orchestrator's CPU (the only thing a run loads it for)."""
    from pyarrow import _compute

    return _compute.call_function("take", [table, rows], _compute.TakeOptions(boundscheck=True))


def _spill_by_bucket(files, folder: str) -> dict[int, str]:
    """Stream the claims part by part into one Arrow IPC file per bucket (with each claim's
    `source`); returns bucket -> spill file path, for the buckets that hold claims."""
    spill_schema = _spill_schema()
    writers: dict[int, pa.ipc.RecordBatchStreamWriter] = {}
    paths: dict[int, str] = {}
    try:
        for name in part_names(files, "claims"):
            claims = _claims_part(files, name)
            if claims.num_rows == 0:
                continue
            sources = _sources_for(files, name, claims.column("article_id").to_pylist())
            _spill_part(claims, sources, folder, spill_schema, writers, paths)
    finally:
        for w in writers.values():
            w.close()
    return paths


class EventSpill:
    """The spill of `_spill_by_bucket`, built by a run as it commits each batch (from the tables in
    hand) instead of by reading every part back after the last commit: that read and the bucketing
    leave the serial end of the run, where nothing else runs. `update_events` uses it only when it
    covers the output's claims exactly (the same parts, unchanged since they were spilled, in the
    same order: an output written by this run alone); otherwise it spills from the parts as before.
    Use as a context manager (the spill files are removed on exit)."""

    def __init__(self) -> None:
        self._folder: str | None = None
        self._schema: pa.Schema | None = None
        self._writers: dict[int, pa.ipc.RecordBatchStreamWriter] = {}
        self.paths: dict[int, str] = {}
        self._spilled: list[tuple[str, tuple, tuple]] = []  # (part name, claims version, articles version)
        self.valid = True

    def __enter__(self) -> "EventSpill":
        return self

    def __exit__(self, *exc) -> None:
        self._close_writers()
        if self._folder is not None:
            import shutil

            shutil.rmtree(self._folder, ignore_errors=True)
            self._folder = None

    def _close_writers(self) -> None:
        writers, self._writers = self._writers, {}
        for w in writers.values():
            w.close()

    def add(self, files, name: str, claims: pa.Table | None, articles: pa.Table | None) -> None:
        """A committed batch: its claims (written as `claims/<name>`) and its articles."""
        if not self.valid or claims is None or claims.num_rows == 0:
            return
        source_of = dict(zip(articles.column("article_id").to_pylist(), articles.column("source").to_pylist())) if articles is not None else {}
        article_ids = claims.column("article_id").to_pylist()
        if any(a not in source_of for a in article_ids):  # not the usual batch: spill from the parts instead
            self.valid = False
            return
        if self._folder is None:
            self._folder = tempfile.mkdtemp(prefix="pc-events-")
            self._schema = _spill_schema()
        part = claims.select(list(_CLAIM_COLUMNS))
        want = pa.schema([self._schema.field(c) for c in _CLAIM_COLUMNS])
        if not part.schema.equals(want):
            part = part.cast(want)
        try:
            _spill_part(part, [source_of[a] for a in article_ids], self._folder, self._schema, self._writers, self.paths)
            self._spilled.append((name, files.version(f"claims/{name}"), files.version(f"articles/{name}")))
        except (OSError, pa.ArrowException):  # local disk full...: the update will read the parts
            self.valid = False

    def paths_for(self, files) -> dict[int, str] | None:
        """bucket -> spill file, when the spill holds exactly what `_spill_by_bucket(files)` would
        write; else None. Closes the spill files (no more batches)."""
        self._close_writers()
        if not self.valid:
            return None
        spilled = [name for name, _, _ in self._spilled]
        done = set(spilled)
        names = part_names(files, "claims")
        if [n for n in names if n in done] != spilled:
            return None
        for n in names:  # a part not spilled must be one `_spill_by_bucket` skips: empty
            if n not in done and files.parquet_metadata(f"claims/{n}").num_rows != 0:
                return None
        for name, claims_version, articles_version in self._spilled:
            if files.version(f"claims/{name}") != claims_version or files.version(f"articles/{name}") != articles_version:
                return None
        self.valid = False  # handed out once: `_update` consumes (deletes) the files
        return dict(self.paths)


def _event_claim_field(name: str) -> pa.Field:
    from ..schema import SCHEMAS

    return SCHEMAS["claims"].field(name)


def _fingerprint(spill_path: str, window_days: int) -> str:
    h = hashlib.blake2b(f"{FORMAT}|{window_days}|".encode(), digest_size=16)
    with open(spill_path, "rb") as fh:
        for block in iter(lambda: fh.read(1 << 20), b""):
            h.update(block)
    return h.hexdigest()


def _bucket_events(spill_path: str, window_days: int) -> pa.Table:
    with pa.ipc.open_stream(spill_path) as reader:
        claims = reader.read_all()
    return events_table(claims, claims.select(["article_id", "source"]), window_days)


def bucket_part(bucket: int) -> str:
    return f"part-b{bucket:02d}.parquet"


def read_for_events(output) -> tuple[pa.Table, pa.Table]:
    """The claims and articles columns the events need, read whole from an output (no pandas).
    For analysts' one-off use (an output written before claim events existed); `update_events`
    streams instead."""
    files = output_files(output)
    claims = [_claims_part(files, name) for name in part_names(files, "claims")]
    arts = [files.read_parquet(f"articles/{name}", columns=["article_id", "source"]) for name in part_names(files, "articles")]
    want_claims = pa.schema([_event_claim_field(c) for c in _CLAIM_COLUMNS])
    want_arts = pa.schema([pa.field("article_id", pa.string()), pa.field("source", pa.string())])
    return (pa.concat_tables(claims) if claims else want_claims.empty_table(),
            pa.concat_tables([a.cast(want_arts) for a in arts]) if arts else want_arts.empty_table())


def compute_events(output, window_days: int = WINDOW_DAYS) -> pa.Table:
    """The claim events of an output, computed without writing them: the same rows, in the same
    order, as `update_events` writes (for an output written before claim events existed)."""
    files = output_files(output)
    with tempfile.TemporaryDirectory(prefix="pc-events-") as spill:
        pieces = [_bucket_events(path, window_days) for _, path in sorted(_spill_by_bucket(files, spill).items())]
    return pa.concat_tables(pieces) if pieces else SCHEMA.empty_table()


def _inputs_signature(files, window_days: int) -> str:
    """What the events were computed from: the claims' and articles' part files (name and version)."""
    parts = []
    for table in ("claims", "articles"):
        for name in part_names(files, table):
            parts.append((table, name, *files.version(f"{table}/{name}")))
    return digest(FORMAT, BUCKETS, window_days, *parts, length=32)


def _read_state(files) -> dict:
    try:
        state = files.read_json(f"{TABLE}/{STATE}")
    except (OSError, ValueError):
        return {}
    return state if isinstance(state, dict) else {}


def update_events(output, window_days: int = WINDOW_DAYS, force: bool = False, spill: EventSpill | None = None) -> int:
    """Bring `<output>/claim_events` up to date with the output's claims (see the module's
    docstring); returns the number of events. `output` is an open `Store` (the orchestrator's, which
    holds the lock) or a path or URL, opened (and locked) for the update. With `force` every bucket
    is recomputed and rewritten. `spill`: the run's `EventSpill`, used when it covers the claims."""
    from ..store import Store

    if isinstance(output, Store):
        return _update(output, window_days, force, spill)
    with Store(output) as store:
        return _update(store, window_days, force, spill)


def _update(store, window_days: int, force: bool, spill: EventSpill | None = None) -> int:
    files = store.files
    files.makedirs(TABLE)
    signature = _inputs_signature(files, window_days)
    state = _read_state(files)
    existing = set(part_names(files, TABLE))
    old_buckets: dict = state.get("buckets", {}) if state.get("window_days") == window_days else {}
    if not force and state.get("inputs") == signature and set(old_buckets) <= existing and SCHEMA_PART in existing:
        return int(state.get("rows", 0))
    batch = f"events-{uuid.uuid4().hex[:12]}"
    publish: list[tuple[str, str]] = []
    if SCHEMA_PART not in existing:  # the table reads with all its columns even with no events
        publish.append(store.stage(TABLE, SCHEMA_PART, SCHEMA.empty_table(), batch))
    buckets: dict[str, dict] = {}
    # each bucket's part is written (and flushed to disk) by the store's writer threads while this
    # one computes the next bucket: Parquet encoding and fsync release the GIL, so they overlap
    with tempfile.TemporaryDirectory(prefix="pc-events-") as folder:
        spilled = spill.paths_for(files) if spill is not None else None
        staged = []
        for bucket, path in sorted((spilled if spilled is not None else _spill_by_bucket(files, folder)).items()):
            name = bucket_part(bucket)
            fingerprint = _fingerprint(path, window_days)
            old = old_buckets.get(name)
            if not force and old and old.get("fingerprint") == fingerprint and name in existing:
                buckets[name] = old
                continue
            events = _bucket_events(path, window_days)
            staged.append(store.stage_later(TABLE, name, events, batch))
            buckets[name] = {"fingerprint": fingerprint, "rows": events.num_rows}
            os.unlink(path)  # the spill of a done bucket: disk use shrinks as the update goes
        publish += [f.result() for f in staged]
    delete = [f"{TABLE}/{name}" for name in sorted(existing) if name not in buckets and name != SCHEMA_PART]
    rows = sum(b["rows"] for b in buckets.values())
    new_state = {"format": FORMAT, "window_days": window_days, "inputs": signature, "rows": rows, "buckets": buckets}
    state_tmp = f"{TABLE}/.{STATE}.{batch}.tmp"
    files.write_json(new_state, state_tmp)
    store.publish(batch, [*publish, (state_tmp, f"{TABLE}/{STATE}")], delete)
    return rows
