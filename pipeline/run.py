"""The orchestrator: list inputs, skip what is unchanged, process in shards, commit each one.

The client lists the inputs and cuts them into shards (`shards.plan`); an engine (this process, N
local worker processes, or a Dask cluster) reads each shard, skips articles already in the output
unchanged and runs the per-article work (`process_shard`); the client applies the run-wide
verdicts (an id met twice, a changed article replacing its old rows) and commits each result
atomically, in plan order, so every engine writes the same rows. A run killed at any moment loses
at most the units in flight, and the next run finishes the work (input files fully committed are
not even read again).
"""
from __future__ import annotations

import dataclasses
import itertools
import logging
import os
import pickle
import signal
import sys
import time
from collections import Counter, deque
from datetime import datetime, timezone
from typing import NamedTuple

import pyarrow as pa

from . import __version__, shards
from .analysis.events import EventSpill, update_events
from .engines import make_engine, resolve
from .options import RunOptions
from .readers import list_inputs
from .readers.records import display_path
from .schema import to_arrow
from .shards import Shard, read_shard
from .store import INPUTS_SCHEMA, INPUTS_TABLE, ArticleIndex, Store, new_batch_id, new_run_id

log = logging.getLogger("policy_claims")


@dataclasses.dataclass
class RunSummary:
    run_id: str
    output: str
    status: str = "interrupted"
    articles_seen: int = 0
    articles_new: int = 0
    articles_skipped: int = 0
    articles_rejected: int = 0
    mentions: int = 0
    claims: int = 0
    seconds: float = 0.0
    rejects_by_reason: Counter = dataclasses.field(default_factory=Counter)

    def line(self) -> str:
        reasons = ", ".join(f"{n} {r}" for r, n in sorted(self.rejects_by_reason.items())) or "none"
        return (
            f"policy-claims run {self.run_id} {self.status} in {self.seconds:.1f}s: "
            f"{self.articles_seen} articles seen, {self.articles_new} processed, {self.articles_skipped} unchanged skipped, "
            f"{self.articles_rejected} rejected ({reasons}); {self.mentions} mentions, {self.claims} claims -> {self.output}"
        )


PARALLEL_UNIT_ARTICLES = 1000  # articles per unit (and commit) at most, when workers run in parallel


class WorkConfig(NamedTuple):
    """What a task needs besides its shard (small: sent with every task)."""

    run_id: str
    full: bool
    max_bytes: int
    max_chars: int


def process_shard(shard: Shard, shared, cfg: WorkConfig) -> dict:
    """The unit of work an engine runs: read a shard, skip articles already in the output
    unchanged, and turn the rest into their tables (Arrow).

    Returns ``read``: (article_id, content_hash, input_path, input_record, processed) of every
    article read, in input order; ``rejects``: the readers' Reject dicts; and the tables."""
    return finish_shard(prepare_shard(shard, shared, cfg), cfg)


def prepare_shard(shard: Shard, shared, cfg: WorkConfig) -> dict:
    """The first half of `process_shard`, which needs no claims stage loaded: ``read`` and
    ``rejects`` as there, and ``prepared``: (article, sentences, mentions) of each article to
    process (`process.prepare_article`)."""
    from .process import finish_article, prepare_article  # the heavy modules load only when there is work

    known = resolve(shared) or {}
    read: list[tuple] = []
    rejects: list[dict] = []
    prepared: list[tuple] = []
    here: dict[str, str] = {}  # ids read in this shard
    for item in read_shard(shard, cfg.max_bytes, cfg.max_chars):
        if item.get("reject"):
            rejects.append(item)
            continue
        article = finish_article(item, cfg.run_id)
        aid, digest = article["article_id"], article["content_hash"]
        if aid in here:
            if here[aid] != digest:
                rejects.append(_duplicate_reject(article))
                read.append((aid, digest, article["input_path"], article.get("input_record"), "duplicate"))
            else:
                read.append((aid, digest, article["input_path"], article.get("input_record"), "again"))
            continue
        here[aid] = digest
        entry = None if cfg.full else known.get(aid)
        if entry is not None and entry[0] == digest_key(digest):
            read.append((aid, digest, article["input_path"], article.get("input_record"), "unchanged"))
            continue
        prepared.append((article, *prepare_article(article)))
        read.append((aid, digest, article["input_path"], article.get("input_record"), "processed"))
    return {"read": read, "rejects": rejects, "prepared": prepared}


def prepare_shard_to_send(shard: Shard, shared, cfg: WorkConfig, folder: str) -> str:
    """`prepare_shard` for another process to finish, pickled into a file in `folder`; returns its
    path. The orchestrator, which hands the unit on, never holds the unit's articles, sentences
    and mentions (about 2 MB pickled a unit of 1,000 articles): had it held them when the warm
    workers fork, each would carry them too (the tree's peak memory rose 282 -> 300 MB so).
    Sentences go as plain tuples, which pickle in a tenth of the time of the named tuples (12 ->
    2 ms a unit); `finish_shard` makes them Sentences again and removes the file."""
    import tempfile

    prepared = prepare_shard(shard, shared, cfg)
    prepared["prepared"] = [(article, [tuple(s) for s in sentences], found) for article, sentences, found in prepared["prepared"]]
    prepared["plain_sentences"] = True
    fd, path = tempfile.mkstemp(prefix="unit-", suffix=".pickle", dir=folder)
    with os.fdopen(fd, "wb") as fh:
        pickle.dump(prepared, fh, protocol=pickle.HIGHEST_PROTOCOL)
    return path


def finish_shard(prepared: dict | str, cfg: WorkConfig) -> dict:
    """The second half of `process_shard`: the claims of the prepared articles (`prepare_shard`,
    or the file of `prepare_shard_to_send`), and the tables."""
    from .process import article_rows

    if isinstance(prepared, str):
        with open(prepared, "rb") as fh:
            data = fh.read()
        os.unlink(prepared)
        prepared = pickle.loads(data)
        del data
    articles: list[dict] = []
    mentions: list[dict] = []
    claims: list[dict] = []
    plain = prepared.get("plain_sentences", False)
    for article, sentences, found in prepared["prepared"]:
        if plain:
            sentences = _sentences(sentences)
        rows = article_rows(article, sentences, found, cfg.run_id)
        articles.append(article)
        mentions += rows.mentions
        claims += rows.claims
    return {
        "read": prepared["read"],
        "rejects": prepared["rejects"],
        "articles": to_arrow("articles", articles),
        "mentions": to_arrow("mentions", mentions),
        "claims": to_arrow("claims", claims),
    }


def _sentences(plain: list[tuple]) -> list:
    from .segment import Sentence

    make = tuple.__new__  # as the segmenter builds them
    return [make(Sentence, t) for t in plain]


def _warm_up_stages() -> None:
    from .process import warm_up  # the heavy modules load only when there is work

    warm_up()


def digest_key(content_hash: str):
    """The in-memory form of a content hash in the run's indexes: its first 64 bits as an int (36
    bytes instead of 81 for the 32-hex string, per article, in every index the run holds)."""
    try:
        return int(content_hash[:16], 16)
    except (TypeError, ValueError):  # not a hex digest (hand-made test stores): keep it as it is
        return content_hash


def _utcnow() -> datetime:
    return datetime.now(timezone.utc)


def _run_row(summary: RunSummary, options: RunOptions, started: datetime, finished: datetime | None) -> dict:
    return {
        "run_id": summary.run_id,
        "started_at": started,
        "finished_at": finished,
        "status": summary.status,
        "inputs": list(options.input_paths),
        "articles_seen": summary.articles_seen,
        "articles_new": summary.articles_new,
        "articles_skipped": summary.articles_skipped,
        "articles_rejected": summary.articles_rejected,
        "mentions": summary.mentions,
        "claims": summary.claims,
        "seconds": summary.seconds,
        "version": __version__,
        "engine": options.engine if options.engine == "dask" else ("processes" if options.workers > 1 else "local"),
        "workers": options.workers,
    }


class _Interrupted(KeyboardInterrupt):
    """SIGTERM: handled like Ctrl-C (the run is recorded as `interrupted`, exit status 130)."""


class _Signals:
    """SIGTERM and SIGINT stop the run, but never inside a commit: a signal that arrives while a
    batch is being committed (and counted in the summary) takes effect right after it, so the
    `runs` row always counts exactly what the output holds."""

    def __init__(self) -> None:
        self.depth = 0
        self.pending: str | None = None

    def handle(self, signum, frame) -> None:  # noqa: ARG002 - signal handler signature
        name = signal.Signals(signum).name
        if self.depth:
            self.pending = name
            return
        raise _Interrupted(name)

    def __enter__(self) -> None:
        self.depth += 1

    def __exit__(self, *exc) -> None:
        self.depth -= 1
        if not self.depth and self.pending and exc[0] is None:
            name, self.pending = self.pending, None
            raise _Interrupted(name)


_SIGNALS = _Signals()


def run(options: RunOptions) -> RunSummary:
    """Run the pipeline over `options.input_paths` into `options.output`; returns the summary."""
    started = _utcnow()
    t0 = time.perf_counter()
    summary = RunSummary(run_id=new_run_id(), output=options.output)
    previous = None
    if _in_main_thread():
        previous = (signal.signal(signal.SIGTERM, _SIGNALS.handle), signal.signal(signal.SIGINT, _SIGNALS.handle))
    try:
        with Store(options.output, allow_foreign=options.force_output) as store:
            with _SIGNALS:
                store.write_run(_run_row(summary, options, started, None))
            try:
                # id -> (digest key, part file) of the articles already written: what workers
                # compare with (each gets it once) and what the client updates as it commits
                known = store.article_index(key=digest_key)
                with EventSpill() as spill:
                    with make_engine(options, {} if options.full else known, warm_up=_warm_up_stages) as engine:
                        _run_shards(store, engine, options, summary, known, spill)
                    # the index is freed before the events are built: the two largest things a run
                    # holds (both grow with the output) are never in memory at the same time.
                    # (Computing buckets in the workers, kept for it, took 0.2 s of CPU off this
                    # process at the end, but the tree's peak memory rose 280-289 -> 312-316 MB:
                    # the orchestrator's end of run with both workers still resident.)
                    del known
                    update_events(store, spill=spill)  # claim events follow every completed run (under the run's lock)
                summary.status = "completed"
            except KeyboardInterrupt:
                summary.status = "interrupted"
                raise
            except BaseException:
                summary.status = "failed"
                raise
            finally:
                summary.seconds = time.perf_counter() - t0
                with _SIGNALS:
                    store.write_run(_run_row(summary, options, started, _utcnow()))
    finally:
        if previous is not None:
            signal.signal(signal.SIGTERM, previous[0])
            signal.signal(signal.SIGINT, previous[1])
    return summary


def _in_main_thread() -> bool:
    import threading

    return threading.current_thread() is threading.main_thread()


class _State:
    """What the orchestrator keeps between commits: the only part that grows with the corpus is the
    index of article ids (written before, and read in this run)."""

    def __init__(self, store: Store, summary: RunSummary, known: dict, spill: EventSpill | None = None):
        self.store = store
        self.spill = spill  # the claims committed, spilled for the claim events as they are committed
        self.summary = summary
        self.known = known  # article_id -> (digest key, part file) of every article in the output
        # article_id -> (digest key, None) of every article read in this run; compact (store.ArticleIndex)
        self.seen = ArticleIndex()
        self.per_file: Counter = Counter()  # articles read so far from files not yet finished


def _run_shards(store: Store, engine, options: RunOptions, summary: RunSummary, known: dict,
                spill: EventSpill | None = None) -> None:
    rejects_seen: list[dict] = []
    files = list_inputs(list(options.input_paths), rejects_seen)
    engine.check_visible(sorted({os.path.dirname(f.path) for f in files})[:200])
    done_inputs = {} if options.full else store.input_index()
    progress = _progress_bar(options, total=sum(f.size for f in files))
    state = _State(store, summary, known, spill)
    cfg = WorkConfig(summary.run_id, options.full, options.max_bytes, options.max_chars)
    in_flight: deque = deque()
    pending_rejects = [_reject_row(r, summary) for r in rejects_seen]

    def unchanged(f) -> bool:
        previous = done_inputs.get(display_path(f.path))
        if previous is not None and previous[:2] == (f.size, f.mtime_ns):
            summary.articles_seen += previous[2]
            summary.articles_skipped += previous[2]
            progress.update(f.size)
            return True
        return False

    number = 0
    # with several workers, smaller units keep them all busy to the end (rows do not depend on it)
    per_unit = options.batch_articles if engine.capacity == 0 else min(options.batch_articles, PARALLEL_UNIT_ARTICLES)
    workers = engine.capacity // 2  # engines keep two units per worker in flight
    planned = shards.plan(files, per_unit, options.max_bytes, options.max_chars, unchanged, workers)
    head, early = _head_start(engine, planned, cfg)
    for shard in itertools.chain(head, planned):
        first_half = early[number] if number < len(early) else None
        if first_half is not None:  # prepared by the head start
            early[number] = None  # (its result is held no longer than needed)
            future = engine.submit(finish_shard, first_half.result(), cfg)
        else:
            future = engine.submit(process_shard, shard, engine.shared, cfg)
        in_flight.append((number, shard, future))
        number += 1
        while len(in_flight) > engine.capacity:
            n, done, future = in_flight.popleft()
            _commit(state, done, future.result(), new_batch_id(summary.run_id, n), pending_rejects)
            pending_rejects = []
            progress.update(done.nbytes)
    while in_flight:
        n, done, future = in_flight.popleft()
        _commit(state, done, future.result(), new_batch_id(summary.run_id, n), pending_rejects)
        pending_rejects = []
        progress.update(done.nbytes)
    if pending_rejects:
        _commit(state, None, None, new_batch_id(summary.run_id, number), pending_rejects)
    progress.close()


def _head_start(engine, planned, cfg: WorkConfig) -> tuple[list[Shard], list]:
    """The first units' first halves (`prepare_shard`: reading, sentences, mentions) started in a
    worker of their own while this process loads the stages for the others (`ProcessEngine.
    head_start`), so a core does not idle through that second; then the workers warmed up and
    forked (`start`). Returns the head shards and, for each, the future of its first half when
    the head start finished it, else None ([] when the engine has no head start)."""
    start = getattr(engine, "head_start", None)
    if start is None:
        return [], []
    # as many units as go in flight at once: no finished first half ever waits here (memory) for
    # its turn; on a quiet machine the head start finishes about 3 or 4 during the warm-up
    head = list(itertools.islice(planned, engine.capacity))
    early = start(prepare_shard_to_send, [(shard, engine.shared, cfg, engine.scratch()) for shard in head]) or []
    if early:
        engine.start()  # ends the head start: what it did not finish, the warm workers run whole
        early = [f if f.done() and not f.cancelled() and f.exception() is None else None for f in early]
    return head, early


def _commit(state: _State, shard: Shard | None, result: dict | None, batch_id: str, rejects: list[dict]) -> None:
    """Apply the run-wide verdicts to a unit's result and commit it atomically (signals wait)."""
    with _SIGNALS:
        _commit_unit(state, shard, result, batch_id, rejects)


def _commit_unit(state: _State, shard: Shard | None, result: dict | None, batch_id: str, rejects: list[dict]) -> None:
    summary, known, seen = state.summary, state.known, state.seen
    rejects = list(rejects)
    tables: dict = {}
    replace: list[str] = []
    inputs_done: list[dict] = []
    processed: list[tuple] = []  # (article_id, digest key) of the articles this commit adds
    first_read: list[tuple] = []  # (article_id, digest key) read for the first time in this run
    if result is not None:
        drop: set[str] = set()
        for aid, digest, path, record, what in result["read"]:
            summary.articles_seen += 1
            state.per_file[path] += 1
            if what in ("again", "duplicate"):  # met twice in the shard: counted, handled by the worker
                summary.articles_skipped += what == "again"
                continue
            key = digest_key(digest)
            previous = seen.get(aid)
            if previous is not None:  # read earlier in this run, in another unit
                if what == "processed":
                    drop.add(aid)
                if previous[0] == key:
                    summary.articles_skipped += 1
                else:
                    rejects.append(_reject_row(_duplicate_reject({"article_id": aid, "input_path": path, "input_record": record}), summary))
                continue
            first_read.append((aid, key))
            if what == "unchanged":
                summary.articles_skipped += 1
                continue
            if aid in known:
                replace.append(aid)
            processed.append((aid, key))
        # a unit holds each id once (the worker settles repeats within it), so the unit's ids
        # join the run's index together
        _add_to_index(seen, first_read, None)
        rejects += [_reject_row(r, summary) for r in result["rejects"]]
        tables = {t: result[t] for t in ("articles", "mentions", "claims")}
        if drop:
            import pyarrow.compute as pc  # rare: loaded only when needed (0.3 s of start-up)

            values = pa.array(sorted(drop), pa.string())
            tables = {t: d.filter(pc.invert(pc.is_in(d.column("article_id"), value_set=values))) for t, d in tables.items()}
        finished = shard.files if shard.kind == "files" else shard.files if shard.last_of_file else ()
        for f in finished:
            # the name as the readers write it (a file name that is not UTF-8 cannot go to Parquet as it is)
            name = display_path(f.path)
            inputs_done.append({"input_path": name, "size": f.size, "mtime_ns": f.mtime_ns,
                                "articles": state.per_file.pop(name, 0), "run_id": summary.run_id})
    tables["rejects"] = to_arrow("rejects", rejects) if rejects else None
    tables[INPUTS_TABLE] = pa.Table.from_pylist(inputs_done, schema=INPUTS_SCHEMA) if inputs_done else None
    state.store.commit(batch_id, tables, replace_ids=replace, article_index=known)
    if state.spill is not None:
        state.spill.add(state.store.files, f"part-{batch_id}.parquet", tables.get("claims"), tables.get("articles"))
    new = tables.get("articles")
    if new is not None and new.num_rows:
        _add_to_index(known, processed, f"part-{batch_id}.parquet")
        summary.articles_new += new.num_rows
        summary.mentions += tables["mentions"].num_rows
        summary.claims += tables["claims"].num_rows


def _add_to_index(index, pairs: list[tuple], part: str | None) -> None:
    """(article_id, digest key) pairs into an article index (an `ArticleIndex`, or a dict)."""
    if isinstance(index, ArticleIndex):
        index.add([aid for aid, _ in pairs], [key for _, key in pairs], part)
    else:
        index.update((aid, (key, part)) for aid, key in pairs)


def _duplicate_reject(article: dict) -> dict:
    return {
        "input_path": article["input_path"],
        "input_record": article.get("input_record"),
        "reason": "duplicate_id",
        "detail": f"id {article['article_id']!r} already read in this run with other content",
    }


def _reject_row(item: dict, summary: RunSummary) -> dict:
    if item["reason"] != "truncated":  # a cut article was kept: it is not a lost input (readers README)
        summary.articles_rejected += 1
    summary.rejects_by_reason[item["reason"]] += 1
    return {
        "run_id": summary.run_id,
        "input_path": item["input_path"],
        "input_record": item.get("input_record"),
        "reason": item["reason"],
        "detail": (item.get("detail") or "")[:300],
    }


class _NoProgress:
    def update(self, n: int = 1) -> None:
        pass

    def close(self) -> None:
        pass


def _progress_bar(options: RunOptions, total: int):
    show = options.progress if options.progress is not None else (sys.stderr.isatty() and not options.quiet)
    if not show:
        return _NoProgress()
    from tqdm import tqdm

    return tqdm(total=total, unit="B", unit_scale=True, desc="policy-claims", file=sys.stderr)
