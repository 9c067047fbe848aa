"""The output store: atomic batch commits, replacement of changed articles, recovery, locking."""
import json
import multiprocessing
import os

import pandas as pd
import pyarrow.parquet as pq
import pytest

from pipeline.schema import to_arrow
from pipeline.store import JOURNAL, OutputError, Store


def _article(aid: str, text: str = "t") -> dict:
    return {"article_id": aid, "text": text, "content_hash": f"h-{text}", "input_path": "/x", "run_id": "r"}


def _mention(aid: str, start: int) -> dict:
    return {
        "mention_id": f"m-{aid}-{start}", "article_id": aid, "sentence_index": 0, "char_start": start,
        "char_end": start + 2, "surface": "3%", "value": 3.0, "value_low": 3.0, "value_high": 3.0,
        "bound": "exact", "unit": "percent", "parser": "grammar",
    }


def _commit(store: Store, batch: str, articles: list[dict], mentions: list[dict], **kw) -> None:
    store.commit(batch, {"articles": to_arrow("articles", articles), "mentions": to_arrow("mentions", mentions)}, **kw)


def test_commit_is_readable_with_pandas(tmp_path):
    with Store(tmp_path / "out") as store:
        _commit(store, "b1", [_article("a"), _article("b")], [_mention("a", 0)])
    articles = pd.read_parquet(tmp_path / "out" / "articles")
    assert sorted(articles.article_id) == ["a", "b"]
    assert list(pd.read_parquet(tmp_path / "out" / "mentions").mention_id) == ["m-a-0"]


def test_replacing_a_changed_article_drops_its_old_rows(tmp_path):
    with Store(tmp_path / "out") as store:
        _commit(store, "b1", [_article("a"), _article("b")], [_mention("a", 0), _mention("b", 5)])
        index = store.article_index()
        assert index["a"] == ("h-t", "part-b1.parquet")
        _commit(store, "b2", [_article("a", "new")], [_mention("a", 9)], replace_ids=["a"], article_index=index)
    articles = pd.read_parquet(tmp_path / "out" / "articles")
    assert sorted(articles.article_id) == ["a", "b"]
    assert articles.set_index("article_id").loc["a", "text"] == "new"
    assert sorted(pd.read_parquet(tmp_path / "out" / "mentions").mention_id) == ["m-a-9", "m-b-5"]


def test_recovery_rolls_a_committed_journal_forward(tmp_path):
    out = tmp_path / "out"
    with Store(out) as store:
        _commit(store, "b1", [_article("a")], [])
    # Simulate a crash after the commit point: staged file and journal entry written, not yet renamed.
    staged = out / "articles" / ".part-b2.parquet.tmp"
    pq.write_table(to_arrow("articles", [_article("z")]), staged)
    (out / JOURNAL / "b2.json").write_text(json.dumps({"batch": "b2", "publish": [["articles/.part-b2.parquet.tmp", "articles/part-b2.parquet"]]}))
    # Readers see only whole, published files meanwhile.
    assert list(pd.read_parquet(out / "articles").article_id) == ["a"]
    with Store(out):
        pass
    assert sorted(pd.read_parquet(out / "articles").article_id) == ["a", "z"]
    assert not list((out / JOURNAL).glob("*.json"))


def test_recovery_discards_uncommitted_staged_files(tmp_path):
    out = tmp_path / "out"
    with Store(out):
        pass
    pq.write_table(to_arrow("articles", [_article("z")]), out / "articles" / ".part-b9.parquet.tmp")
    with Store(out):
        pass
    assert not list((out / "articles").glob(".*"))


def test_refuses_a_directory_that_is_not_its_own(tmp_path):
    (tmp_path / "notes.txt").write_text("mine")
    with pytest.raises(OutputError, match="not a policy-claims output"):
        Store(tmp_path).open()
    with Store(tmp_path, allow_foreign=True):
        pass
    assert (tmp_path / "notes.txt").read_text() == "mine"


def _hold_lock(path, ready, release):
    with Store(path):
        ready.set()
        release.wait(10)


def test_a_second_writer_fails_at_once(tmp_path):
    ctx = multiprocessing.get_context("fork")
    ready, release = ctx.Event(), ctx.Event()
    holder = ctx.Process(target=_hold_lock, args=(tmp_path / "out", ready, release))
    holder.start()
    try:
        assert ready.wait(10)
        with pytest.raises(OutputError, match="another policy-claims run"):
            Store(tmp_path / "out").open()
    finally:
        release.set()
        holder.join(10)
    with Store(tmp_path / "out"):  # free again once the holder ended
        pass


def test_lock_is_released_when_the_holder_dies(tmp_path):
    ctx = multiprocessing.get_context("fork")
    ready, release = ctx.Event(), ctx.Event()
    holder = ctx.Process(target=_hold_lock, args=(tmp_path / "out", ready, release))
    holder.start()
    assert ready.wait(10)
    os.kill(holder.pid, 9)
    holder.join(10)
    with Store(tmp_path / "out"):
        pass


def test_a_part_left_empty_by_replacement_is_deleted_not_rewritten(tmp_path):
    out = tmp_path / "out"
    with Store(out) as store:
        _commit(store, "b1", [_article("a")], [_mention("a", 0)])
        _commit(store, "b2", [_article("a", "new")], [_mention("a", 4)], replace_ids=["a"], article_index=store.article_index())
    assert [p.name for p in (out / "articles").glob("part-b*.parquet")] == ["part-b2.parquet"]
    assert [p.name for p in (out / "mentions").glob("part-b*.parquet")] == ["part-b2.parquet"]
    assert list(pd.read_parquet(out / "mentions").mention_id) == ["m-a-4"]


def test_recovery_applies_a_journal_entry_that_deletes(tmp_path):
    out = tmp_path / "out"
    with Store(out) as store:
        _commit(store, "b1", [_article("a")], [])
        _commit(store, "b2", [_article("b")], [])
    (out / JOURNAL / "b3.json").write_text(json.dumps({"batch": "b3", "publish": [], "delete": ["articles/part-b1.parquet"]}))
    with Store(out):
        pass
    assert list(pd.read_parquet(out / "articles").article_id) == ["b"]


def test_unchanged_articles_are_not_rewritten(tmp_path):
    out = tmp_path / "out"
    with Store(out) as store:
        _commit(store, "b1", [_article("a"), _article("b")], [])
        before = (out / "articles" / "part-b1.parquet").stat().st_mtime_ns
        _commit(store, "b2", [_article("c")], [], replace_ids=["zzz"], article_index=store.article_index())
    assert (out / "articles" / "part-b1.parquet").stat().st_mtime_ns == before


def test_tables_without_rows_read_with_all_their_columns(tmp_path):
    from pipeline.schema import SCHEMAS

    with Store(tmp_path / "out"):
        pass
    for table in ("articles", "mentions", "claims", "rejects", "runs"):
        assert list(pd.read_parquet(tmp_path / "out" / table).columns) == SCHEMAS[table].names


def test_a_url_whose_filesystem_is_not_installed_fails_with_a_clear_message(tmp_path, monkeypatch):
    import fsspec

    try:
        fsspec.get_filesystem_class("s3")
        pytest.skip("s3fs is installed: s3:// is a usable output here")
    except ImportError:
        pass
    monkeypatch.chdir(tmp_path)
    with pytest.raises(OutputError, match="cannot open output URL s3://bucket/out.*s3fs"):
        Store("s3://bucket/out").open()
    assert not (tmp_path / "s3:").exists()


def test_article_index_behaves_as_a_dict_under_random_updates():
    import pickle
    import random

    from pipeline.store import ArticleIndex

    rnd = random.Random(7)
    index, expected = ArticleIndex(), {}

    def new_id(step):
        return f"id-{rnd.randrange(1500)}" + ("\udcff-é" if step % 89 == 0 else "")  # non-UTF-8 names, accents

    def new_key(step):
        return rnd.randrange(1 << 64) if rnd.random() < 0.9 else f"h-{step}"  # a hand-made store's string hash

    for step in range(6000):
        aid = new_id(step)
        if rnd.random() < 0.05:  # a batch (what a commit adds), ids old and new, one repeated
            ids = [new_id(step) for _ in range(rnd.randrange(60))]
            ids += ids[:1]
            keys, part = [new_key(step) for _ in ids], rnd.choice([None, f"part-{rnd.randrange(9)}.parquet"])
            index.add(ids, keys, part)
            expected.update((a, (k, part)) for a, k in zip(ids, keys))
        elif rnd.random() < 0.5:
            index[aid] = expected[aid] = (new_key(step), f"part-{rnd.randrange(9)}.parquet")
        else:
            assert index.get(aid) == expected.get(aid) and (aid in index) == (aid in expected)
    assert len(index) == len(expected)
    copy = pickle.loads(pickle.dumps(index))
    assert all(copy[a] == v for a, v in expected.items()) and "absent" not in copy and len(copy) == len(expected)
    assert not ArticleIndex() and index


def test_article_index_unpickled_in_a_process_with_another_hash_seed_finds_every_id(tmp_path):
    import pickle
    import subprocess
    import sys

    from pipeline.store import ArticleIndex

    index = ArticleIndex()
    for i in range(500):
        index[f"a{i}"] = (i * 7919, f"part-{i % 3}.parquet")
    (tmp_path / "index.pickle").write_bytes(pickle.dumps(index))
    check = ("import pickle, sys; ix = pickle.load(open(sys.argv[1], 'rb')); "
             "assert all(ix[f'a{i}'] == (i * 7919, f'part-{i % 3}.parquet') for i in range(500)); assert 'a500' not in ix")
    env = dict(os.environ, PYTHONHASHSEED="12345")
    subprocess.run([sys.executable, "-c", check, str(tmp_path / "index.pickle")], check=True, env=env, timeout=60)


def test_a_part_read_with_a_schema_gets_its_missing_columns_as_nulls_and_declared_types(tmp_path):
    """Parts written by an older version lack later columns: they read as nulls, in the declared
    types and the order asked, both from a local folder and an fsspec URL."""
    import pyarrow as pa

    from pipeline.store import output_files

    old = pa.table({"b": pa.array([1, 2], pa.int32()), "a": pa.array(["x", None])})
    want = pa.schema([pa.field("a", pa.string(), metadata={"description": "A."}), pa.field("b", pa.int64()),
                      pa.field("c", pa.timestamp("us", tz="UTC"))])
    for output in (str(tmp_path / "local"), "memory://read-schema"):
        files = output_files(output)
        files.makedirs("t")
        files.write_parquet(old, "t/part.parquet")
        got = files.read_parquet("t/part.parquet", schema=want)
        assert got.schema.equals(want, check_metadata=True)
        assert got.to_pydict() == {"a": ["x", None], "b": [1, 2], "c": [None, None]}
        picked = files.read_parquet("t/part.parquet", columns=["c", "b"], schema=want)
        assert picked.column_names == ["c", "b"] and picked.column("b").type == pa.int64()
