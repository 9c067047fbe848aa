"""The output directory: Parquet datasets written in atomic, crash-safe batch commits.

Layout of an output directory::

    .policy-claims         marker: this directory belongs to policy-claims
    .lock                  held (flock) by the one run writing here
    _journal/<batch>.json  a committed batch whose files are still being published
    <table>/part-<batch>.parquet
    <table>/part-0-schema.parquet   empty: the table reads with all its columns before it has rows

Readers such as ``pandas.read_parquet("output/claims")`` ignore names starting with ``.`` or ``_``,
so staged files and the journal are invisible to them.

A batch commit (write-ahead journal, as databases do):
1. every new part file is written under a hidden temporary name and flushed to disk;
2. the journal entry naming what to publish and what to replace is written and renamed into place:
   this rename is the commit point;
3. temporaries are renamed over their final names, then the journal entry is removed.
A crash before 2 leaves only hidden temporaries, removed by the next run; a crash after 2 is rolled
forward by the next run (`recover`). Every rename is atomic, so every file a reader sees is whole.
"""
from __future__ import annotations

import errno
import fcntl
import json
import os
import time
import uuid
from pathlib import Path
from typing import Iterable

import pyarrow as pa
import pyarrow.parquet as pq

from .schema import SCHEMAS, TABLES

MARKER = ".policy-claims"
LOCK = ".lock"
JOURNAL = "_journal"
SCHEMA_PART = "part-0-schema.parquet"  # empty; sorts before every batch's part
DATA_TABLES = ("articles", "mentions", "claims", "rejects")
INPUTS_TABLE = "_inputs"  # bookkeeping for the incremental fast path; hidden from dataset readers
INPUTS_SCHEMA = pa.schema(
    [
        pa.field("input_path", pa.string(), nullable=False, metadata={"description": "An input file fully processed by a completed batch."}),
        pa.field("size", pa.int64(), metadata={"description": "Its size in bytes when processed."}),
        pa.field("mtime_ns", pa.int64(), metadata={"description": "Its modification time (ns) when processed."}),
        pa.field("articles", pa.int64(), metadata={"description": "Articles it held (all now in the output)."}),
        pa.field("run_id", pa.string(), metadata={"description": "The run that processed it."}),
    ]
)


class OutputError(RuntimeError):
    """The output directory cannot be used (not ours, locked by another run, unwritable)."""


def _fsync_dir(path: Path) -> None:
    try:
        fd = os.open(path, os.O_RDONLY)
    except OSError:
        return
    try:
        os.fsync(fd)
    finally:
        os.close(fd)


def _write_parquet_durably(table: pa.Table, path: Path) -> None:
    pq.write_table(table, path, compression="zstd")
    with open(path, "rb+") as fh:
        os.fsync(fh.fileno())


def _write_json_atomically(obj: dict, path: Path) -> None:
    tmp = path.with_name("." + path.name + ".tmp")
    with open(tmp, "w", encoding="utf-8") as fh:
        json.dump(obj, fh)
        fh.flush()
        os.fsync(fh.fileno())
    os.replace(tmp, path)
    _fsync_dir(path.parent)


class Store:
    """An open, locked output directory. Use as a context manager."""

    def __init__(self, root: str | os.PathLike, allow_foreign: bool = False):
        self.root = Path(root)
        self.allow_foreign = allow_foreign
        self._lock_fh = None

    # -- opening -----------------------------------------------------------------------------
    def __enter__(self) -> "Store":
        self.open()
        return self

    def __exit__(self, *exc) -> None:
        self.close()

    def open(self) -> None:
        self._claim_directory()
        self._take_lock()
        self.recover()

    def close(self) -> None:
        if self._lock_fh is not None:
            fcntl.flock(self._lock_fh, fcntl.LOCK_UN)
            self._lock_fh.close()
            self._lock_fh = None

    def _claim_directory(self) -> None:
        """Refuse a directory holding other files, unless it is ours or the user allowed it."""
        root = self.root
        if "://" in str(root) or str(root).startswith(("s3:", "gs:", "gcs:", "abfs:", "hdfs:")):
            raise OutputError(
                f"output {root} is a remote URL: the store needs a local or mounted directory (atomic rename, "
                "flock); write locally and copy, or mount the bucket"
            )
        if root.exists() and not root.is_dir():
            raise OutputError(f"output {root} exists and is not a directory")
        if root.exists() and not (root / MARKER).exists():
            foreign = [p.name for p in root.iterdir()]
            if foreign and not self.allow_foreign:
                raise OutputError(
                    f"output directory {root} holds other files ({', '.join(sorted(foreign)[:3])}...) and is not a "
                    "policy-claims output; choose another --output or pass --force-output"
                )
        try:
            root.mkdir(parents=True, exist_ok=True)
            marker = root / MARKER
            if not marker.exists():
                _write_json_atomically({"created_by": "policy-claims"}, marker)
            for table in (*DATA_TABLES, "runs", INPUTS_TABLE, JOURNAL):
                (root / table).mkdir(exist_ok=True)
            for table in (*DATA_TABLES, "runs"):
                self._ensure_schema_part(table)
        except OSError as exc:
            raise OutputError(f"cannot write output directory {root}: {exc.strerror or exc}") from exc

    def _ensure_schema_part(self, table: str) -> None:
        """An empty part holding the table's schema, so a table with no rows yet still reads with
        all its columns (`pandas.read_parquet` of a directory without files gives no columns)."""
        final = self.root / table / SCHEMA_PART
        if final.exists():
            return
        tmp = self.root / table / f".{SCHEMA_PART}.{os.getpid()}.tmp"
        _write_parquet_durably(empty_table(table), tmp)
        os.replace(tmp, final)

    def _take_lock(self) -> None:
        fh = open(self.root / LOCK, "a+")
        try:
            fcntl.flock(fh, fcntl.LOCK_EX | fcntl.LOCK_NB)
        except OSError as exc:
            fh.seek(0)
            holder = fh.read().strip() or "unknown"
            fh.close()
            if exc.errno in (errno.EAGAIN, errno.EACCES):
                raise OutputError(f"another policy-claims run ({holder}) is writing to {self.root}; try again when it ends") from exc
            raise
        fh.seek(0)
        fh.truncate()
        fh.write(f"pid {os.getpid()} since {time.strftime('%Y-%m-%dT%H:%M:%SZ', time.gmtime())}\n")
        fh.flush()
        self._lock_fh = fh

    # -- recovery ----------------------------------------------------------------------------
    def recover(self) -> None:
        """Roll forward committed batches; drop staged files no journal entry names."""
        journal = self.root / JOURNAL
        for entry in sorted(journal.glob("*.json")):
            self._apply(json.loads(entry.read_text(encoding="utf-8")))
            entry.unlink()
        for tmp in journal.glob(".*.tmp"):
            tmp.unlink()
        for table in (*DATA_TABLES, "runs", INPUTS_TABLE):
            for tmp in (self.root / table).glob(".*.tmp"):
                tmp.unlink()
        _fsync_dir(journal)

    def _apply(self, entry: dict) -> None:
        for tmp, final in entry["publish"]:
            tmp_path, final_path = self.root / tmp, self.root / final
            if tmp_path.exists():
                os.replace(tmp_path, final_path)
        for path in entry.get("delete", []):
            try:
                (self.root / path).unlink()
            except FileNotFoundError:
                pass
        for table in {Path(p).parts[0] for _, p in entry["publish"]} | {Path(p).parts[0] for p in entry.get("delete", [])}:
            _fsync_dir(self.root / table)

    # -- what is already there ---------------------------------------------------------------
    def parts(self, table: str) -> list[Path]:
        return sorted((self.root / table).glob("part-*.parquet"))

    def article_index(self, key=None) -> dict[str, tuple]:
        """article_id -> (content_hash, part file name) of every article in the output; with `key`,
        (key(content_hash), part file name)."""
        index: dict[str, tuple] = {}
        for part in self.parts("articles"):
            t = pq.ParquetFile(part).read(columns=["article_id", "content_hash"])
            name = part.name
            hashes = t.column(1).to_pylist()
            if key is not None:
                hashes = [key(h) for h in hashes]
            for aid, h in zip(t.column(0).to_pylist(), hashes):
                index[aid] = (h, name)
        return index

    def input_index(self) -> dict[str, tuple[int, int, int]]:
        """input_path -> (size, mtime_ns, articles) of input files fully processed by earlier runs.

        Parts sort in commit order, so a file processed again later overrides its older entry."""
        index: dict[str, tuple[int, int, int]] = {}
        for part in self.parts(INPUTS_TABLE):
            t = pq.read_table(part, schema=INPUTS_SCHEMA)
            for p, s, m, n in zip(*(t.column(i).to_pylist() for i in range(4))):
                index[p] = (s, m, n)
        return index

    # -- writing -----------------------------------------------------------------------------
    def commit(
        self,
        batch_id: str,
        tables: dict[str, pa.Table],
        replace_ids: Iterable[str] = (),
        article_index: dict[str, tuple[str, str]] | None = None,
    ) -> None:
        """Atomically add a batch's tables and drop the old rows of `replace_ids` (changed articles).

        `tables` maps a table name (a data table, `runs` or `inputs`) to its rows for this batch.
        """
        publish: list[tuple[str, str]] = []
        for table, data in tables.items():
            if data is None or data.num_rows == 0:
                continue
            final = f"{table}/part-{batch_id}.parquet"
            tmp = f"{table}/.part-{batch_id}.parquet.tmp"
            _write_parquet_durably(data, self.root / tmp)
            publish.append((tmp, final))
        rewrites, delete = self._rewrites_without(set(replace_ids), article_index or {}, batch_id)
        publish += rewrites
        if not publish and not delete:
            return
        entry = {"batch": batch_id, "publish": publish, "delete": delete}
        entry_path = self.root / JOURNAL / f"{batch_id}.json"
        _write_json_atomically(entry, entry_path)
        self._apply(entry)
        entry_path.unlink()

    def _rewrites_without(self, ids: set[str], article_index: dict, batch_id: str) -> tuple[list, list]:
        """Stage copies of the part files holding `ids`' old rows, without those rows; a part left
        empty is deleted instead. Returns (publish, delete)."""
        if not ids:
            return [], []
        import pyarrow.compute as pc  # loaded only when articles change (0.3 s of start-up)

        parts = sorted({article_index[i][1] for i in ids if i in article_index})
        publish, delete = [], []
        id_array = pa.array(sorted(ids), pa.string())
        for name in parts:
            for table in ("articles", "mentions", "claims"):
                path = self.root / table / name
                if not path.exists():
                    continue
                data = pq.read_table(path, schema=SCHEMAS[table])
                keep = data.filter(pc.invert(pc.is_in(data.column("article_id"), value_set=id_array)))
                if keep.num_rows == data.num_rows:
                    continue
                if keep.num_rows == 0:
                    delete.append(f"{table}/{name}")
                    continue
                tmp = f"{table}/.{name}.{batch_id}.tmp"
                _write_parquet_durably(keep, self.root / tmp)
                publish.append((tmp, f"{table}/{name}"))
        return publish, delete

    def write_run(self, row: dict) -> None:
        """Write (or replace) a run's row: written at the start as `interrupted`, replaced at the end."""
        table = pa.Table.from_pylist([row], schema=SCHEMAS["runs"])
        self.commit(f"run-{row['run_id']}", {"runs": table})


def new_batch_id(run_id: str, number: int) -> str:
    """Batch ids sort in commit order within a run and never collide across runs."""
    return f"{run_id}-{number:06d}"


def new_run_id() -> str:
    return time.strftime("%Y%m%dT%H%M%SZ", time.gmtime()) + "-" + uuid.uuid4().hex[:8]


def empty_table(table: str) -> pa.Table:
    """An empty table of the declared schema. (`Schema.empty_table()` imports pandas: ~0.5 s of start-up.)"""
    schema = SCHEMAS[table] if table in TABLES else INPUTS_SCHEMA
    return pa.Table.from_batches([], schema=schema)
