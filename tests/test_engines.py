"""Shards and engines: line ranges cover a file exactly, a JSONL read in ranges gives what the
whole-file reader gives, and every engine writes the same rows."""
import json

import pandas as pd
import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from pipeline import shards
from pipeline.engines import LocalEngine, ProcessEngine, SharedRef, resolve
from pipeline.options import RunOptions
from pipeline.readers import list_inputs, read_input
from pipeline.run import run

COUNTRIES = ["Japan", "Germany", "France", "Canada", "Italy", "Spain", "Poland", "Norway"]


def make_records(n: int, start: int = 0) -> list[dict]:
    out = []
    for i in range(start, start + n):
        c = COUNTRIES[i % len(COUNTRIES)]
        out.append({
            "id": f"t{i}", "source": "Test Wire", "published": "2025-06-21", "title": f"{c} budget {i}",
            "text": f"{c} plans to raise defence spending to {i % 4 + 1}.{i % 10}% of GDP by 2030, "
                    f"the finance minister said on Monday. The budget deficit was {i % 7 + 2} billion euros last year.",
        })
    return out


def write_jsonl(path, records, extra_lines=()) -> None:
    lines = [json.dumps(r) for r in records]
    for pos, line in extra_lines:
        lines.insert(pos, line)
    path.write_text("\n".join(lines) + "\n", encoding="utf-8")


@settings(max_examples=60, deadline=None)
@given(st.lists(st.binary(max_size=30).map(lambda b: b.replace(b"\n", b"")), max_size=40),
       st.integers(1, 7), st.booleans())
def test_line_ranges_cover_the_file_line_aligned(tmp_path_factory, lines, per, trailing):
    path = tmp_path_factory.mktemp("lr") / "f.jsonl"
    data = b"\n".join(lines) + (b"\n" if trailing and lines else b"")
    path.write_bytes(data)
    ranges = list(shards.line_ranges(str(path), 0, per))
    assert b"".join(data[a:b] for a, b, _ in ranges) == data
    for a, b, first in ranges:
        assert a == 0 or data[a - 1:a] == b"\n"
        assert first == data[:a].count(b"\n") + 1
        assert data[a:b].count(b"\n") <= per


@settings(max_examples=60, deadline=None)
@given(st.lists(st.binary(max_size=30).map(lambda b: b.replace(b"\n", b"")), max_size=60),
       st.integers(1, 9), st.integers(2, 4), st.booleans())
def test_tapered_ranges_cover_the_file_line_aligned(tmp_path_factory, lines, per, workers, trailing):
    path = tmp_path_factory.mktemp("lr") / "f.jsonl"
    data = b"\n".join(lines) + (b"\n" if trailing and lines else b"")
    path.write_bytes(data)
    even = list(shards.line_ranges(str(path), 0, per))
    ranges = shards._taper(str(path), even, per, workers)
    assert b"".join(data[a:b] for a, b, _ in ranges) == data
    for a, b, first in ranges:
        assert a == 0 or data[a - 1:a] == b"\n"
        assert first == data[:a].count(b"\n") + 1
        assert data[a:b].count(b"\n") <= per
    if len(even) > workers and per >= 2:  # the end is cut finer; what comes before is unchanged
        keep = len(even) - workers - 1
        assert ranges[:keep] == even[:keep] and len(ranges) > len(even)
    else:
        assert ranges == even


def test_reading_in_ranges_gives_what_the_whole_file_reader_gives(tmp_path, monkeypatch):
    path = tmp_path / "feed.jsonl"
    records = make_records(40)
    write_jsonl(path, records, extra_lines=[(3, ""), (10, "{not json"), (17, json.dumps(records[5])), (25, "[1, 2]")])
    f = list_inputs([str(path)], [])[0]
    whole = list(read_input(f))
    monkeypatch.setattr(shards, "RANGE_MIN_BYTES", 0)
    plan = list(shards.plan([f], 1000, 10**9, 10**6, lambda _: False))
    assert [s.kind for s in plan] == ["range"]
    assert list(shards.read_shard(plan[0], 10**9, 10**6)) == whole
    cut = list(shards.plan([f], 6, 10**9, 10**6, lambda _: False))
    assert len(cut) > 5 and all(s.kind == "range" for s in cut) and [s.last_of_file for s in cut].count(True) == 1
    pieces = [item for s in cut for item in shards.read_shard(s, 10**9, 10**6)]
    # the one difference: a duplicate id in another range is left to the run (see run._commit)
    assert [i for i in pieces if i.get("reason") != "duplicate_id" and i.get("article_id") != "t5" or i.get("input_record") == 6] == \
        [i for i in whole if i.get("reason") != "duplicate_id" and i.get("article_id") != "t5" or i.get("input_record") == 6]


def test_small_files_are_grouped_and_big_unsplittable_ones_read_by_the_client(tmp_path, monkeypatch):
    for i in range(5):
        (tmp_path / f"a{i}.txt").write_text(f"Article {i}. Spending rose 2% last year.", encoding="utf-8")
    import gzip

    with gzip.open(tmp_path / "big.jsonl.gz", "wt", encoding="utf-8") as fh:
        fh.write("".join(json.dumps(r) + "\n" for r in make_records(25)))
    files = list_inputs([str(tmp_path)], [])
    monkeypatch.setattr(shards, "CLIENT_READ_BYTES", 200)
    plan = list(shards.plan(files, 10, 10**9, 10**6, lambda _: False))
    kinds = [s.kind for s in plan]
    assert kinds.count("articles") == 3  # 25 articles in batches of 10
    assert sum(len(s.articles) for s in plan if s.kind == "articles") == 25
    assert sorted(f.path for s in plan if s.kind == "files" for f in s.files) == sorted(f.path for f in files if f.kind == "text")


def test_shared_object_reaches_process_workers_once():
    engine = ProcessEngine(2, {"a": "h"})
    try:
        assert isinstance(engine.shared, SharedRef)
        assert engine.submit(_lookup, engine.shared, "a").result() == "h"
    finally:
        engine.close()
    assert LocalEngine({"a": "h"}).submit(_lookup, {"a": "h"}, "a").result() == "h"


def _lookup(handle, key):
    return resolve(handle)[key]


_WARMED: list[int] = []


def _warm_up() -> None:
    import os

    _WARMED.append(os.getpid())


def _warmed_in() -> list[int]:
    return list(_WARMED)


@pytest.mark.skipif("fork" not in __import__("multiprocessing").get_all_start_methods(), reason="workers are forked only where fork exists")
def test_process_workers_inherit_the_warm_up_done_once_before_they_fork():
    import os

    _WARMED.clear()
    engine = ProcessEngine(2, {}, warm_up=_warm_up)
    try:
        assert _WARMED == []  # nothing loaded until there is work
        assert [engine.submit(_warmed_in).result() for _ in range(4)] == [[os.getpid()]] * 4
        assert _WARMED == [os.getpid()]  # once, here
    finally:
        engine.close()
        _WARMED.clear()


def _freeze_count() -> int:
    import gc

    return gc.get_freeze_count()


@pytest.mark.skipif("fork" not in __import__("multiprocessing").get_all_start_methods(), reason="workers are forked only where fork exists")
def test_workers_fork_with_what_was_loaded_frozen_and_this_process_unfrozen():
    """Loaded before the fork, frozen in the workers (their collections leave the inherited pages
    alone); the parent (maybe an analyst's long-lived process) is left as it was."""
    import gc

    engine = ProcessEngine(2, {}, warm_up=_warm_up)
    try:
        counts = [engine.submit(_freeze_count).result() for _ in range(4)]
        assert all(c > 1000 for c in counts), counts
        assert gc.get_freeze_count() == 0
    finally:
        engine.close()
        _WARMED.clear()


def _tables(out):
    res = {}
    for table, key in (("articles", "article_id"), ("mentions", "mention_id"), ("claims", "claim_id")):
        res[table] = pd.read_parquet(out / table).drop(columns=["run_id"], errors="ignore").sort_values(key, ignore_index=True)
    return res


def _run(paths, out, **kw):
    return run(RunOptions(paths=tuple(str(p) for p in paths), output=str(out), progress=False, **kw))


@pytest.fixture()
def corpus(tmp_path):
    feed = tmp_path / "feed"
    feed.mkdir()
    write_jsonl(feed / "a.jsonl", make_records(60))
    write_jsonl(feed / "b.jsonl", make_records(30, start=40))  # 20 ids again, same content
    for i in range(4):
        (feed / f"page{i}.txt").write_text(f"Poland to spend {i + 3}% of GDP on defence\n\nPoland will raise defence spending to {i + 3}% of GDP next year, the government said.", encoding="utf-8")
    return feed


def test_engines_and_shard_sizes_write_the_same_rows(corpus, tmp_path, monkeypatch):
    base = _run([corpus], tmp_path / "base")
    assert base.articles_new == 74 and base.articles_skipped == 20
    monkeypatch.setattr(shards, "RANGE_MIN_BYTES", 0)
    cut = _run([corpus], tmp_path / "cut", batch_articles=7)
    two = _run([corpus], tmp_path / "two", batch_articles=5, workers=2)
    for other in (cut, two):
        assert (other.articles_seen, other.articles_new, other.articles_skipped) == (base.articles_seen, 74, 20)
    expected = _tables(tmp_path / "base")
    for out in ("cut", "two"):
        got = _tables(tmp_path / out)
        for table in expected:
            pd.testing.assert_frame_equal(got[table], expected[table])


def _cold_pid() -> tuple[int, list[int]]:
    import os

    return os.getpid(), list(_WARMED)


def _slow_warm_up() -> None:
    import os
    import time

    time.sleep(0.5)
    _WARMED.append(os.getpid())


@pytest.mark.skipif("fork" not in __import__("multiprocessing").get_all_start_methods(), reason="workers are forked only where fork exists")
def test_head_start_runs_before_the_warm_up_in_a_worker_of_its_own():
    import os

    _WARMED.clear()
    engine = ProcessEngine(2, {}, warm_up=_slow_warm_up)
    try:
        early = engine.head_start(_cold_pid, [(), (), ()])
        engine.start()  # the warm-up (half a second) lets the head start finish its tasks
        results = [f.result() for f in early]
        assert {pid for pid, _ in results} != {os.getpid()} and len({pid for pid, _ in results}) == 1
        assert all(warmed == [] for _, warmed in results)  # forked before the warm-up
        assert engine.submit(_warmed_in).result() == [os.getpid()]
        assert engine.head_start(_cold_pid, [()]) is None  # warm already: nothing to start ahead
        engine.end_head_start()
    finally:
        engine.close()
        _WARMED.clear()


def test_units_started_ahead_write_the_same_rows(corpus, tmp_path, monkeypatch):
    """Units whose first half (reading, sentences, mentions) ran in the head-start worker while the
    stages loaded, and whose claims ran in a warm worker, give the rows a local run gives."""
    from pipeline import run as run_module

    monkeypatch.setattr(shards, "RANGE_MIN_BYTES", 0)
    base = _run([corpus], tmp_path / "base", batch_articles=5)
    warm_up = run_module._warm_up_stages

    def slow_warm_up():
        import time

        warm_up()
        time.sleep(1.0)  # time for the head start to prepare several units

    monkeypatch.setattr(run_module, "_warm_up_stages", slow_warm_up)
    started: list = []
    head_start = ProcessEngine.head_start

    def recorded(self, fn, tasks):
        futures = head_start(self, fn, tasks)
        started.extend(futures or [])
        return futures

    monkeypatch.setattr(ProcessEngine, "head_start", recorded)
    ahead = _run([corpus], tmp_path / "ahead", batch_articles=5, workers=2)
    assert sum(f.done() and not f.cancelled() and f.exception() is None for f in started) >= 2  # units did run ahead
    assert (ahead.articles_seen, ahead.articles_new, ahead.articles_skipped) == (base.articles_seen, 74, 20)
    expected = _tables(tmp_path / "base")
    got = _tables(tmp_path / "ahead")
    for table in expected:
        pd.testing.assert_frame_equal(got[table], expected[table])


def test_rerun_after_changing_one_ranged_file_reprocesses_only_the_change(corpus, tmp_path, monkeypatch):
    monkeypatch.setattr(shards, "RANGE_MIN_BYTES", 0)
    out = tmp_path / "out"
    _run([corpus], out, batch_articles=8, workers=2)
    records = make_records(60)
    records[7]["text"] += " Exports fell 3%."
    write_jsonl(corpus / "a.jsonl", records)
    again = _run([corpus], out, batch_articles=8, workers=2)
    assert again.articles_new == 1 and again.articles_skipped == again.articles_seen - 1 == 93
    articles = pd.read_parquet(out / "articles")
    assert articles.article_id.is_unique and len(articles) == 74
    assert pd.read_parquet(out / "mentions").mention_id.is_unique
    assert pd.read_parquet(out / "claims").claim_id.is_unique


def test_long_lines_make_smaller_ranges(tmp_path, monkeypatch):
    path = tmp_path / "long.jsonl"
    write_jsonl(path, make_records(50))
    f = list_inputs([str(path)], [])[0]
    monkeypatch.setattr(shards, "RANGE_MIN_BYTES", 0)
    monkeypatch.setattr(shards, "RANGE_TARGET_BYTES", 2000)  # about 8 of these lines
    plan = list(shards.plan([f], 1000, 10**9, 10**6, lambda _: False))
    assert len(plan) >= 5 and all(s.end - s.start <= 4000 for s in plan)
    assert sum(1 for s in plan for i in shards.read_shard(s, 10**9, 10**6) if not i.get("reject")) == 50
