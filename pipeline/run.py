"""The orchestrator: list inputs, skip what is unchanged, process in batches, commit each batch.

Reading happens here (it is cheap); the expensive per-article work (`process.process_article`) runs
on an engine: in this process, in N local worker processes, or on a Dask cluster. Every batch is
committed atomically by the store, so a run killed at any moment loses at most the batches in
flight, and the next run finishes the work.
"""
from __future__ import annotations

import dataclasses
import logging
import signal
import sys
import time
from collections import Counter, deque
from datetime import datetime, timezone
from typing import Iterator

import pyarrow as pa

from . import __version__
from .engines import make_engine
from .options import RunOptions
from .process import finish_article, process_article
from .readers import list_inputs, read_input
from .schema import to_arrow
from .store import INPUTS_SCHEMA, INPUTS_TABLE, Store, new_batch_id, new_run_id

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


def process_chunk(articles: list[dict], run_id: str) -> dict[str, pa.Table]:
    """The unit of work an engine runs: a list of finished articles -> their tables (Arrow)."""
    mentions: list[dict] = []
    claims: list[dict] = []
    for article in articles:
        rows = process_article(article, run_id)
        mentions += rows.mentions
        claims += rows.claims
    return {
        "articles": to_arrow("articles", articles),
        "mentions": to_arrow("mentions", mentions),
        "claims": to_arrow("claims", claims),
    }


class _Batch:
    """Articles, rejects and completed input files waiting for one commit."""

    def __init__(self) -> None:
        self.articles: list[dict] = []
        self.rejects: list[dict] = []
        self.inputs_done: list[dict] = []
        self.replace_ids: list[str] = []

    def __bool__(self) -> bool:
        return bool(self.articles or self.rejects or self.inputs_done)


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


class _Interrupted(Exception):
    pass


def _raise_interrupted(signum, frame):  # noqa: ARG001 - signal handler signature
    raise _Interrupted(signal.Signals(signum).name)


def run(options: RunOptions) -> RunSummary:
    """Run the pipeline over `options.input_paths` into `options.output`; returns the summary."""
    started = _utcnow()
    t0 = time.perf_counter()
    summary = RunSummary(run_id=new_run_id(), output=options.output)
    previous = signal.signal(signal.SIGTERM, _raise_interrupted) if _in_main_thread() else None
    try:
        with Store(options.output, allow_foreign=options.force_output) as store:
            store.write_run(_run_row(summary, options, started, None))
            try:
                with make_engine(options) as engine:
                    _run_batches(store, engine, options, summary)
                summary.status = "completed"
            except (KeyboardInterrupt, _Interrupted):
                summary.status = "interrupted"
                raise
            except BaseException:
                summary.status = "failed"
                raise
            finally:
                summary.seconds = time.perf_counter() - t0
                store.write_run(_run_row(summary, options, started, _utcnow()))
    finally:
        if previous is not None:
            signal.signal(signal.SIGTERM, previous)
    return summary


def _in_main_thread() -> bool:
    import threading

    return threading.current_thread() is threading.main_thread()


def _run_batches(store: Store, engine, options: RunOptions, summary: RunSummary) -> None:
    known = store.article_index()
    done_inputs = {} if options.full else store.input_index()
    rejects_seen: list[dict] = []
    files = list_inputs(list(options.input_paths), rejects_seen)
    progress = _progress_bar(options, total=len(files))
    in_flight: deque = deque()
    batch_number = 0

    def commit_oldest() -> None:
        batch, future = in_flight.popleft()
        tables = future.result() if future is not None else {}
        _commit(store, summary, batch, tables, known, new_batch_id(summary.run_id, batch.number))

    batch = _Batch()
    batch.rejects += [_reject_row(r, summary) for r in rejects_seen]
    seen_ids: dict[str, str] = {}
    for f in files:
        previous = done_inputs.get(f.path)
        if previous is not None and previous[:2] == (f.size, f.mtime_ns):
            summary.articles_seen += previous[2]
            summary.articles_skipped += previous[2]
            progress.update(1)
            continue
        count = 0
        for item in read_input(f, max_bytes=options.max_bytes, max_chars=options.max_chars):
            if item.get("reject"):
                batch.rejects.append(_reject_row(item, summary))
                continue
            article = finish_article(item, summary.run_id)
            count += 1
            summary.articles_seen += 1
            verdict = _verdict(article, known, seen_ids, options.full)
            if verdict == "skip":
                summary.articles_skipped += 1
                continue
            if verdict == "duplicate":
                batch.rejects.append(_reject_row(_duplicate_reject(article), summary))
                continue
            if verdict == "replace":
                batch.replace_ids.append(article["article_id"])
            batch.articles.append(article)
            if len(batch.articles) >= options.batch_articles:
                batch_number = _dispatch(engine, batch, batch_number, summary, in_flight)
                batch = _Batch()
                while len(in_flight) > engine.capacity:
                    commit_oldest()
        batch.inputs_done.append({"input_path": f.path, "size": f.size, "mtime_ns": f.mtime_ns, "articles": count, "run_id": summary.run_id})
        progress.update(1)
    if batch:
        _dispatch(engine, batch, batch_number, summary, in_flight)
    while in_flight:
        commit_oldest()
    progress.close()


def _dispatch(engine, batch: _Batch, number: int, summary: RunSummary, in_flight: deque) -> int:
    batch.number = number
    future = engine.submit(process_chunk, batch.articles, summary.run_id) if batch.articles else None
    in_flight.append((batch, future))
    return number + 1


def _verdict(article: dict, known: dict, seen_ids: dict, full: bool) -> str:
    """new, replace (changed, or --full), skip (unchanged) or duplicate (same id, other content, same run)."""
    aid, digest = article["article_id"], article["content_hash"]
    if aid in seen_ids:
        return "skip" if seen_ids[aid] == digest else "duplicate"
    seen_ids[aid] = digest
    if aid not in known:
        return "new"
    if known[aid][0] == digest and not full:
        return "skip"
    return "replace"


def _duplicate_reject(article: dict) -> dict:
    return {
        "input_path": article["input_path"],
        "input_record": article.get("input_record"),
        "reason": "duplicate_id",
        "detail": f"id {article['article_id']!r} already read in this run with other content",
    }


def _reject_row(item: dict, summary: RunSummary) -> dict:
    summary.articles_rejected += 1
    summary.rejects_by_reason[item["reason"]] += 1
    return {
        "run_id": summary.run_id,
        "input_path": item["input_path"],
        "input_record": item.get("input_record"),
        "reason": item["reason"],
        "detail": (item.get("detail") or "")[:300],
    }


def _commit(store: Store, summary: RunSummary, batch: _Batch, tables: dict, known: dict, batch_id: str) -> None:
    tables = dict(tables)
    tables["rejects"] = to_arrow("rejects", batch.rejects) if batch.rejects else None
    tables[INPUTS_TABLE] = pa.Table.from_pylist(batch.inputs_done, schema=INPUTS_SCHEMA) if batch.inputs_done else None
    store.commit(batch_id, tables, replace_ids=batch.replace_ids, article_index=known)
    if "articles" in tables:
        new = tables["articles"]
        part = f"part-{batch_id}.parquet"
        for aid, digest in zip(new.column("article_id").to_pylist(), new.column("content_hash").to_pylist()):
            known[aid] = (digest, part)
        summary.articles_new += new.num_rows
        summary.mentions += tables["mentions"].num_rows
        summary.claims += tables["claims"].num_rows


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

    return tqdm(total=total, unit="file", desc="policy-claims", file=sys.stderr)


def iter_articles(paths: list[str], max_bytes: int = 200_000_000, max_chars: int = 2_000_000) -> Iterator[dict]:
    """Finished articles (ids, hashes) read from paths: for tools that need the articles without a run."""
    for f in list_inputs(paths, []):
        for item in read_input(f, max_bytes=max_bytes, max_chars=max_chars):
            if not item.get("reject"):
                yield finish_article(item, "")
