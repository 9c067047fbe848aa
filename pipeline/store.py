"""The output directory: Parquet datasets written in atomic, crash-safe batch commits.

Layout of an output (a local directory, or a folder under any filesystem URL fsspec knows)::

    .policy-claims         marker: this output belongs to policy-claims
    .lock                  local directory: held (flock) by the one run writing here
    .lock.json             URL output: exists while a run writes here (see `ObjectFiles`)
    _journal/<batch>.json  a committed batch whose files are still being published
    <table>/part-<batch>.parquet
    <table>/part-0-schema.parquet   empty: the table reads with all its columns before it has rows

Readers such as ``pandas.read_parquet("output/claims")`` ignore names starting with ``.`` or ``_``,
so staged files and the journal are invisible to them.

A batch commit (write-ahead journal, as databases do):
1. every new part file is written under a hidden temporary name (and flushed to disk);
2. the journal entry naming what to publish and what to replace is written whole: this is the
   commit point;
3. temporaries are moved over their final names, then the journal entry is removed.
A crash before 2 leaves only hidden temporaries, removed by the next run; a crash after 2 is rolled
forward by the next run (`recover`). Each step of 3 can be repeated, so a roll-forward interrupted
again is finished by the run after. On a local filesystem every rename is atomic; on an object
store a move is a copy then a delete, and a copied object appears whole, so readers see whole
files either way.

All file access goes through a small filesystem interface (`LocalFiles` for a path or a `file://`
URL: os calls, fsync, atomic rename, flock; `ObjectFiles` for any other fsspec URL:
`memory://`, `s3://`, `gs://`, ... when their fsspec package is installed), chosen by
`output_files(output)`. The analysts' readers (`analysis.load`, `analysis.events`) use it too.
"""
from __future__ import annotations

import errno
import json
import os
import socket
import time
import uuid
from array import array
from pathlib import Path
from typing import Iterable

import pyarrow as pa
import pyarrow.parquet as pq

from .schema import SCHEMAS, TABLES

MARKER = ".policy-claims"
LOCK = ".lock"
OBJECT_LOCK = ".lock.json"
JOURNAL = "_journal"
SCHEMA_PART = "part-0-schema.parquet"  # empty; sorts before every batch's part
DATA_TABLES = ("articles", "mentions", "claims", "rejects")
DERIVED_TABLES = ("claim_events",)  # rebuilt from the data tables after each run (analysis/events.py)
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
    """The output cannot be used (not ours, locked by another run, unwritable, unknown URL scheme)."""


# -- where the output lives ------------------------------------------------------------------------
def is_url(output: str | os.PathLike) -> bool:
    return isinstance(output, str) and "://" in output


def output_files(output: str | os.PathLike) -> "LocalFiles | ObjectFiles":
    """The filesystem interface for an output: a local path or `file://` URL, or an fsspec URL."""
    if isinstance(output, (LocalFiles, ObjectFiles)):
        return output
    text = os.fspath(output)
    if not is_url(text):
        if text.startswith(("s3:", "gs:", "gcs:", "abfs:", "hdfs:")):
            raise OutputError(f"output {text} looks like a bucket without '//': write it as a URL (s3://bucket/path)")
        return LocalFiles(text)
    try:
        import fsspec

        fs, path = fsspec.core.url_to_fs(text)
    except (ImportError, ValueError) as exc:
        raise OutputError(f"cannot open output URL {text}: {exc}") from exc
    protocols = (fs.protocol,) if isinstance(fs.protocol, str) else tuple(fs.protocol)
    if "file" in protocols or "local" in protocols:
        return LocalFiles(path)  # a local directory written as a URL: keep fsync, rename and flock
    return ObjectFiles(fs, path, text)


def _fsync_dir(path: Path) -> None:
    try:
        fd = os.open(path, os.O_RDONLY)
    except OSError:
        return
    try:
        os.fsync(fd)
    finally:
        os.close(fd)


def read_parquet_file(parquet: pq.ParquetFile, columns: list[str] | None = None, schema: pa.Schema | None = None) -> pa.Table:
    """A Parquet file's `columns` (all when None); with `schema`, as that schema declares them:
    columns the file lacks (written by an older version) come back as nulls, the others cast to the
    declared types, in the order asked. Done here rather than by `pq.read_table(schema=...)`, which
    loads `pyarrow.dataset` (and pyarrow.compute): a tenth of a second or more of start-up before the
    run's workers fork, for files of a few columns."""
    if schema is None:
        return parquet.read(columns=columns)
    names = list(columns) if columns is not None else schema.names
    present = set(parquet.schema_arrow.names)
    table = parquet.read(columns=[n for n in names if n in present])
    arrays = [_as_type(table.column(n), schema.field(n).type) if n in present else pa.nulls(table.num_rows, schema.field(n).type)
              for n in names]
    return pa.Table.from_arrays(arrays, schema=pa.schema([schema.field(n) for n in names]))


def _as_type(column: pa.ChunkedArray, type_: pa.DataType) -> pa.ChunkedArray:
    # a cast loads pyarrow.compute (a tenth of a second): only when the file's type differs
    return column if column.type == type_ else column.cast(type_)


class LocalFiles:
    """A local or mounted directory: atomic `os.replace`, fsync before each commit point, flock."""

    arrow_filesystem = None  # pyarrow reads local paths itself
    # files a commit stages are written and flushed by this many threads at once: each fsync waits
    # for a journal commit of the filesystem, and concurrent ones share it (ext4: 32 files flushed
    # one by one 0.22-0.35 s, from 8 threads 0.05-0.07 s)
    writers = 4

    def __init__(self, root: str | os.PathLike):
        self.root = Path(root)
        self.display = str(root)
        self._lock_fh = None

    def path(self, rel: str = "") -> str:
        return str(self.root / rel) if rel else str(self.root)

    def exists(self, rel: str = "") -> bool:
        return (self.root / rel).exists()

    def is_dir(self, rel: str = "") -> bool:
        return (self.root / rel).is_dir()

    def names(self, rel: str = "") -> list[str]:
        """Sorted names in a folder ([] when it does not exist)."""
        folder = self.root / rel
        return sorted(p.name for p in folder.iterdir()) if folder.is_dir() else []

    def makedirs(self, rel: str = "") -> None:
        (self.root / rel).mkdir(parents=True, exist_ok=True)

    def write_parquet(self, table: pa.Table, rel: str) -> None:
        path = self.root / rel
        pq.write_table(table, path, compression="zstd")
        with open(path, "rb+") as fh:
            os.fsync(fh.fileno())

    def read_parquet(self, rel: str, columns: list[str] | None = None, schema: pa.Schema | None = None) -> pa.Table:
        return read_parquet_file(pq.ParquetFile(self.root / rel), columns, schema)

    def parquet_metadata(self, rel: str):
        return pq.read_metadata(self.root / rel)

    def write_json(self, obj: dict, rel: str) -> None:
        """Whole or not at all: written to a hidden temporary, flushed, renamed into place."""
        path = self.root / rel
        tmp = path.with_name("." + path.name + ".tmp")
        with open(tmp, "w", encoding="utf-8") as fh:
            json.dump(obj, fh)
            fh.flush()
            os.fsync(fh.fileno())
        os.replace(tmp, path)
        _fsync_dir(path.parent)

    def read_json(self, rel: str) -> dict:
        return json.loads((self.root / rel).read_text(encoding="utf-8"))

    def move(self, src: str, dst: str) -> None:
        os.replace(self.root / src, self.root / dst)

    def remove(self, rel: str) -> None:
        try:
            (self.root / rel).unlink()
        except FileNotFoundError:
            pass

    def version(self, rel: str) -> tuple:
        """What changes whenever the file is rewritten (a rewrite renames a new file into place)."""
        st = (self.root / rel).stat()
        return (st.st_size, st.st_mtime_ns, st.st_ino)

    def sync(self, folders: Iterable[str]) -> None:
        folders = list(folders)
        if len(folders) < 2:
            for rel in folders:
                _fsync_dir(self.root / rel)
            return
        from concurrent.futures import ThreadPoolExecutor

        with ThreadPoolExecutor(min(len(folders), self.writers)) as pool:  # flushed together (see `writers`)
            list(pool.map(_fsync_dir, [self.root / rel for rel in folders]))

    def lock(self) -> None:
        import fcntl

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

    def unlock(self) -> None:
        if self._lock_fh is not None:
            import fcntl

            fcntl.flock(self._lock_fh, fcntl.LOCK_UN)
            self._lock_fh.close()
            self._lock_fh = None


class ObjectFiles:
    """An output under an fsspec URL (object stores, `memory://`): no rename, no fsync, no flock.

    What stands in for them: the journal protocol needs no atomic rename (a move may be a copy and
    a delete; the journal entry, one object written whole, is the commit point and the roll-forward
    repeats any step), closing a written object makes it durable, and the lock is the existence of
    `.lock.json` (best effort: two runs starting within the same instant may both take it; a run
    killed without cleanup leaves it behind, taken over automatically only by a later run on the
    same host once the holder's process is gone; elsewhere remove it by hand)."""

    def __init__(self, fs, root: str, display: str):
        self.fs = fs
        self.root = root.rstrip("/")
        self.display = display
        self.writers = 1  # one object at a time: nothing to flush, and not every fsspec backend is thread-safe
        self._token: str | None = None
        self._arrow_fs = None

    @property
    def arrow_filesystem(self):
        if self._arrow_fs is None:
            import pyarrow.fs as pafs

            self._arrow_fs = pafs.PyFileSystem(pafs.FSSpecHandler(self.fs))
        return self._arrow_fs

    def path(self, rel: str = "") -> str:
        return f"{self.root}/{rel}" if rel else self.root

    def exists(self, rel: str = "") -> bool:
        return self.fs.exists(self.path(rel))

    def is_dir(self, rel: str = "") -> bool:
        return self.fs.isdir(self.path(rel))

    def names(self, rel: str = "") -> list[str]:
        try:
            entries = self.fs.ls(self.path(rel), detail=False)
        except (FileNotFoundError, NotADirectoryError):
            return []
        return sorted(e.rstrip("/").rsplit("/", 1)[-1] for e in entries)

    def makedirs(self, rel: str = "") -> None:
        self.fs.makedirs(self.path(rel), exist_ok=True)  # a no-op on object stores (no folders)

    def write_parquet(self, table: pa.Table, rel: str) -> None:
        with self.fs.open(self.path(rel), "wb") as fh:
            pq.write_table(table, fh, compression="zstd")

    def read_parquet(self, rel: str, columns: list[str] | None = None, schema: pa.Schema | None = None) -> pa.Table:
        with self.fs.open(self.path(rel), "rb") as fh:
            return read_parquet_file(pq.ParquetFile(fh), columns, schema)

    def parquet_metadata(self, rel: str):
        with self.fs.open(self.path(rel), "rb") as fh:
            return pq.read_metadata(fh)

    def write_json(self, obj: dict, rel: str) -> None:
        # one object, written whole on close: readers see the old one or none, never a part
        self.fs.pipe_file(self.path(rel), json.dumps(obj).encode("utf-8"))

    def read_json(self, rel: str) -> dict:
        return json.loads(self.fs.cat_file(self.path(rel)).decode("utf-8"))

    def move(self, src: str, dst: str) -> None:
        self.fs.mv(self.path(src), self.path(dst))

    def remove(self, rel: str) -> None:
        try:
            self.fs.rm_file(self.path(rel))
        except FileNotFoundError:
            pass

    def version(self, rel: str) -> tuple:
        info = self.fs.info(self.path(rel))
        marks = [info.get(k) for k in ("size", "ETag", "etag", "md5Hash", "generation", "mtime", "LastModified", "last_modified", "created")]
        return tuple(str(m) for m in marks if m is not None)

    def sync(self, folders: Iterable[str]) -> None:
        pass  # nothing to flush: a closed object is stored

    def lock(self) -> None:
        holder = self._read_lock()
        if holder is not None and not self._is_stale(holder):
            raise OutputError(
                f"another policy-claims run (pid {holder.get('pid')} on {holder.get('host')} since {holder.get('since')}) "
                f"is writing to {self.display}; try again when it ends (if no run is active, remove {self.path(OBJECT_LOCK)})"
            )
        token = uuid.uuid4().hex
        self.write_json({"host": socket.gethostname(), "pid": os.getpid(), "since": time.strftime("%Y-%m-%dT%H:%M:%SZ", time.gmtime()),
                         "token": token}, OBJECT_LOCK)
        mine = self._read_lock()
        if mine is None or mine.get("token") != token:  # another run wrote it in the meantime
            raise OutputError(f"another policy-claims run took the lock of {self.display} at the same time; try again")
        self._token = token

    def unlock(self) -> None:
        if self._token is None:
            return
        holder = self._read_lock()
        if holder is not None and holder.get("token") == self._token:
            self.remove(OBJECT_LOCK)
        self._token = None

    def _read_lock(self) -> dict | None:
        try:
            return self.read_json(OBJECT_LOCK)
        except FileNotFoundError:
            return None
        except ValueError:  # a lock object cut short: treat as held by an unknown run
            return {}

    @staticmethod
    def _is_stale(holder: dict) -> bool:
        """Left by a process of this host that has ended (nothing can be known of other hosts)."""
        if holder.get("host") != socket.gethostname() or not isinstance(holder.get("pid"), int):
            return False
        try:
            os.kill(holder["pid"], 0)
        except ProcessLookupError:
            return True
        except PermissionError:
            return False
        return False


class ArticleIndex:
    """article_id -> (key, part file name): which articles the output holds, with what content, where.

    A mapping (`in`, `get`, `[]`, `[] =`, `len`) that stays small as the output grows: an
    open-addressing hash table kept in flat arrays (per article: the id's UTF-8 bytes in one blob,
    its offset, hash, key and part number, two table slots: about 60 bytes, against about 190 for a
    dict of tuples; lookups cost a few dict lookups). Keys are the run's 64-bit content-hash keys;
    any other key (hand-made stores' string hashes) is kept aside in a dict; the part may be None
    (the run's index of the ids it has read holds no part). Python's string hash is
    salted per process, so a pickled index (sent to Dask workers) carries no hashes and rebuilds
    its table where it is unpickled."""

    def __init__(self) -> None:
        self._part_names: list[str] = []
        self._part_number: dict[str, int] = {}
        self._blob = bytearray()  # the ids, UTF-8, one after the other
        self._ends = array("Q")  # entry i's id is _blob[_ends[i-1]:_ends[i]]
        self._keys = array("Q")
        self._parts = array("I")
        self._other_keys: dict[int, object] = {}  # entry -> a key that is not a 64-bit int
        self._build_table()

    # -- the hash table ----------------------------------------------------------------------
    def _build_table(self, room_for: int = 0, rehash: bool = True) -> None:
        """(Re)build the slots for the entries plus `room_for` more; `rehash` recomputes the ids'
        hashes (after unpickling: Python's string hash is salted per process), otherwise the kept
        ones are reused (growing)."""
        n = len(self._ends)
        size = 8
        while size < 2 * (n + room_for) + 2:
            size *= 2
        self._mask = size - 1
        self._slots = array("i", [-1]) * size  # entry number, or -1
        if rehash:
            self._hashes = array("q", [hash(self._id(i)) for i in range(n)])
        for i, h in enumerate(self._hashes):
            self._place(i, h)

    def _place(self, entry: int, h: int) -> None:
        slot = h & self._mask
        while self._slots[slot] != -1:
            slot = (slot + 1) & self._mask
        self._slots[slot] = entry

    def _id(self, entry: int) -> str:
        start = self._ends[entry - 1] if entry else 0
        return self._blob[start:self._ends[entry]].decode("utf-8", "surrogatepass")

    def _find(self, article_id: str, h: int) -> int:
        """Entry number of `article_id`, or -1."""
        slots, hashes, mask = self._slots, self._hashes, self._mask
        slot = h & mask
        while True:
            entry = slots[slot]
            if entry == -1:
                return -1
            if hashes[entry] == h and self._id(entry) == article_id:
                return entry
            slot = (slot + 1) & mask

    # -- the mapping -------------------------------------------------------------------------
    def get(self, article_id: str, default=None):
        entry = self._find(article_id, hash(article_id))
        if entry < 0:
            return default
        key = self._other_keys.get(entry, self._keys[entry]) if self._other_keys else self._keys[entry]
        return key, self._part_names[self._parts[entry]]

    def __getitem__(self, article_id: str) -> tuple:
        found = self.get(article_id)
        if found is None:
            raise KeyError(article_id)
        return found

    def __contains__(self, article_id: str) -> bool:
        return self._find(article_id, hash(article_id)) >= 0

    def __len__(self) -> int:
        return len(self._ends)

    def __setitem__(self, article_id: str, value: tuple) -> None:
        key, part = value
        self.add([article_id], [key], part)

    def add(self, article_ids: list[str], keys: list, part: str | None) -> None:
        """Set each id's (key, part), one part for all: the batch form of `[] =` (what a run does
        for each batch it commits and each part it indexes), with the table grown once."""
        if len(article_ids) != len(keys):
            raise ValueError("one key per id")
        if 2 * (len(self._ends) + len(article_ids)) + 2 > len(self._slots):
            self._build_table(room_for=len(article_ids), rehash=False)
        number = self._number_of(part)
        blob, ends, hashes = self._blob, self._ends, self._hashes
        for article_id, key in zip(article_ids, keys):
            h = hash(article_id)
            entry = self._find(article_id, h)
            if entry < 0:  # a new id (the usual case): appended and placed
                entry = len(ends)
                blob += article_id.encode("utf-8", "surrogatepass")
                ends.append(len(blob))
                self._keys.append(0)
                self._parts.append(number)
                hashes.append(h)
                self._place(entry, h)
            else:
                self._parts[entry] = number
            if self._other_keys:
                self._other_keys.pop(entry, None)
            if isinstance(key, int) and 0 <= key < 1 << 64:
                self._keys[entry] = key
            else:
                self._other_keys[entry] = key

    def _number_of(self, part: str) -> int:
        n = self._part_number.get(part)
        if n is None:
            n = self._part_number[part] = len(self._part_names)
            self._part_names.append(part)
        return n

    def __getstate__(self) -> dict:
        state = self.__dict__.copy()
        for salted in ("_slots", "_hashes", "_mask"):
            del state[salted]
        return state

    def __setstate__(self, state: dict) -> None:
        self.__dict__.update(state)
        self._build_table()


class Store:
    """An open, locked output (a directory or an fsspec URL). Use as a context manager."""

    def __init__(self, root: str | os.PathLike, allow_foreign: bool = False):
        self.files = output_files(root)
        self.root = self.files.root if isinstance(self.files, LocalFiles) else self.files.display
        self.allow_foreign = allow_foreign
        self._locked = False
        self._pool = None  # threads writing staged files (see `stage_later`)

    # -- opening -----------------------------------------------------------------------------
    def __enter__(self) -> "Store":
        self.open()
        return self

    def __exit__(self, *exc) -> None:
        self.close()

    def open(self) -> None:
        self._claim_directory()
        self.files.lock()
        self._locked = True
        self.recover()

    def close(self) -> None:
        if self._pool is not None:
            self._pool.shutdown(wait=True)
            self._pool = None
        if self._locked:
            self.files.unlock()
            self._locked = False

    def _claim_directory(self) -> None:
        """Refuse a directory holding other files, unless it is ours or the user allowed it."""
        files, where = self.files, self.files.display
        if files.exists() and not files.is_dir():
            raise OutputError(f"output {where} exists and is not a directory")
        if not files.exists(MARKER):
            foreign = files.names()
            if foreign and not self.allow_foreign:
                raise OutputError(
                    f"output directory {where} holds other files ({', '.join(sorted(foreign)[:3])}...) and is not a "
                    "policy-claims output; choose another --output or pass --force-output"
                )
        try:
            files.makedirs()
            if not files.exists(MARKER):
                files.write_json({"created_by": "policy-claims"}, MARKER)
            for table in (*DATA_TABLES, "runs", INPUTS_TABLE, JOURNAL):
                files.makedirs(table)
            for table in (*DATA_TABLES, "runs"):
                self._ensure_schema_part(table)
        except OSError as exc:
            raise OutputError(f"cannot write output directory {where}: {exc.strerror or exc}") from exc

    def _ensure_schema_part(self, table: str) -> None:
        """An empty part holding the table's schema, so a table with no rows yet still reads with
        all its columns (`pandas.read_parquet` of a directory without files gives no columns)."""
        final = f"{table}/{SCHEMA_PART}"
        if self.files.exists(final):
            return
        tmp = f"{table}/.{SCHEMA_PART}.{os.getpid()}.tmp"
        self.files.write_parquet(empty_table(table), tmp)
        self.files.move(tmp, final)

    # -- recovery ----------------------------------------------------------------------------
    def recover(self) -> None:
        """Roll forward committed batches; drop staged files no journal entry names."""
        files = self.files
        for name in files.names(JOURNAL):
            if name.endswith(".json") and not name.startswith("."):
                self._apply(files.read_json(f"{JOURNAL}/{name}"))
                files.remove(f"{JOURNAL}/{name}")
        for folder in (JOURNAL, *DATA_TABLES, "runs", INPUTS_TABLE, *DERIVED_TABLES):
            for name in files.names(folder):
                if name.startswith(".") and name.endswith(".tmp"):
                    files.remove(f"{folder}/{name}")
        files.sync([JOURNAL])

    def _apply(self, entry: dict) -> None:
        files = self.files
        for tmp, final in entry["publish"]:
            if files.exists(tmp):
                files.move(tmp, final)
        for path in entry.get("delete", []):
            files.remove(path)
        files.sync({p.split("/", 1)[0] for _, p in entry["publish"]} | {p.split("/", 1)[0] for p in entry.get("delete", [])})

    # -- what is already there ---------------------------------------------------------------
    def parts(self, table: str) -> list[str]:
        """Names of the table's part files, in commit order."""
        return part_names(self.files, table)

    def article_index(self, key=None) -> ArticleIndex:
        """article_id -> (content_hash, part file name) of every article in the output; with `key`,
        (key(content_hash), part file name). Compact (see `ArticleIndex`) when `key` gives ints."""
        index = ArticleIndex()
        for name in self.parts("articles"):
            t = self.files.read_parquet(f"articles/{name}", columns=["article_id", "content_hash"])
            hashes = t.column(1).to_pylist()
            if key is not None:
                hashes = [key(h) for h in hashes]
            index.add(t.column(0).to_pylist(), hashes, name)
        return index

    def input_index(self) -> dict[str, tuple[int, int, int]]:
        """input_path -> (size, mtime_ns, articles) of input files fully processed by earlier runs.

        Parts sort in commit order, so a file processed again later overrides its older entry."""
        index: dict[str, tuple[int, int, int]] = {}
        for name in self.parts(INPUTS_TABLE):
            t = self.files.read_parquet(f"{INPUTS_TABLE}/{name}", schema=INPUTS_SCHEMA)
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
        delete: Iterable[str] = (),
    ) -> None:
        """Atomically add a batch's tables and drop the old rows of `replace_ids` (changed articles).

        `tables` maps a table name (a data table, `runs` or `inputs`) to its rows for this batch;
        `delete` names whole part files (`<table>/<name>`) to remove in the same commit.
        """
        parts = [(table, data) for table, data in tables.items() if data is not None and data.num_rows]
        if len(parts) > 1:  # written and flushed together (a run's first commits, one file each, stay in this thread)
            staged = [self.stage_later(table, f"part-{batch_id}.parquet", data, batch_id) for table, data in parts]
            publish = [future.result() for future in staged]
        else:
            publish = [self.stage(table, f"part-{batch_id}.parquet", data, batch_id) for table, data in parts]
        rewrites, dropped = self._rewrites_without(set(replace_ids), article_index or {}, batch_id)
        self.publish(batch_id, publish + rewrites, dropped + list(delete))

    def stage(self, table: str, name: str, data: pa.Table, batch_id: str) -> tuple[str, str]:
        """Write `data` under a hidden temporary name; returns (temporary, final) for `publish`."""
        tmp = f"{table}/.{name}.{batch_id}.tmp"
        self.files.write_parquet(data, tmp)
        return tmp, f"{table}/{name}"

    def stage_later(self, table: str, name: str, data: pa.Table, batch_id: str):
        """`stage` in one of the store's writer threads (`files.writers` at once; in this thread when
        there is one): returns a Future of (temporary, final). Parquet encoding and fsync release the
        GIL, so the files of a commit are written and flushed together."""
        from concurrent.futures import Future

        if self.files.writers < 2:
            future: Future = Future()
            future.set_result(self.stage(table, name, data, batch_id))
            return future
        if self._pool is None:
            from concurrent.futures import ThreadPoolExecutor

            self._pool = ThreadPoolExecutor(self.files.writers, thread_name_prefix="policy-claims-writer")
        return self._pool.submit(self.stage, table, name, data, batch_id)

    def publish(self, batch_id: str, publish: list[tuple[str, str]], delete: list[str]) -> None:
        """The commit point: journal what to publish and delete, then do it (see the module's docstring)."""
        if not publish and not delete:
            return
        entry = {"batch": batch_id, "publish": publish, "delete": delete}
        entry_rel = f"{JOURNAL}/{batch_id}.json"
        self.files.write_json(entry, entry_rel)
        self._apply(entry)
        self.files.remove(entry_rel)

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
                rel = f"{table}/{name}"
                if not self.files.exists(rel):
                    continue
                data = self.files.read_parquet(rel, schema=SCHEMAS[table])
                keep = data.filter(pc.invert(pc.is_in(data.column("article_id"), value_set=id_array)))
                if keep.num_rows == data.num_rows:
                    continue
                if keep.num_rows == 0:
                    delete.append(rel)
                    continue
                publish.append(self.stage(table, name, keep, batch_id))
        return publish, delete

    def write_run(self, row: dict) -> None:
        """Write (or replace) a run's row: written at the start as `interrupted`, replaced at the end."""
        table = pa.Table.from_pylist([row], schema=SCHEMAS["runs"])
        self.commit(f"run-{row['run_id']}", {"runs": table})


def part_names(files: "LocalFiles | ObjectFiles", table: str) -> list[str]:
    """The visible part files of a table, sorted (commit order for batch parts)."""
    return [n for n in files.names(table) if n.startswith("part-") and n.endswith(".parquet")]


def new_batch_id(run_id: str, number: int) -> str:
    """Batch ids sort in commit order within a run and never collide across runs."""
    return f"{run_id}-{number:06d}"


def new_run_id() -> str:
    return time.strftime("%Y%m%dT%H%M%SZ", time.gmtime()) + "-" + uuid.uuid4().hex[:8]


def empty_table(table: str) -> pa.Table:
    """An empty table of the declared schema. (`Schema.empty_table()` imports pandas: ~0.5 s of start-up.)"""
    schema = SCHEMAS[table] if table in TABLES else INPUTS_SCHEMA
    return pa.Table.from_batches([], schema=schema)
