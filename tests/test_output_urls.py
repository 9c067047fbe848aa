"""Output to a filesystem URL (fsspec): `file://` and `memory://` give the same tables, row for row,
as a local directory; incremental re-runs skip unchanged articles; the lock object and the journal
work without rename or flock."""
import json
import os
import uuid

import fsspec
import pandas as pd
import pytest

from pipeline.analysis.load import load
from pipeline.options import RunOptions
from pipeline.run import run
from pipeline.schema import to_arrow
from pipeline.store import JOURNAL, OBJECT_LOCK, ObjectFiles, OutputError, Store, output_files

TABLES = ("articles", "mentions", "claims", "rejects", "claim_events")


@pytest.fixture()
def memory_url():
    """A fresh folder of fsspec's in-process memory filesystem, removed afterwards."""
    name = f"pc-test-{uuid.uuid4().hex[:8]}"
    yield f"memory://{name}/out"
    fs = fsspec.filesystem("memory")
    if fs.exists(f"/{name}"):
        fs.rm(f"/{name}", recursive=True)


def _run(output: str, **kw):
    summary = run(RunOptions(output=output, progress=False, quiet=True, **kw))
    assert summary.status == "completed"
    return summary


def _without_run_ids(df: pd.DataFrame) -> pd.DataFrame:
    return df.drop(columns=[c for c in ("run_id",) if c in df.columns]).reset_index(drop=True)


def _assert_same_tables(a: str, b: str, in_any_order: bool = False) -> None:
    for table in TABLES:
        left, right = _without_run_ids(load(table, a)), _without_run_ids(load(table, b))
        if in_any_order:  # an incremental output holds a replaced article's rows in a later part
            key = [c for c in left.columns if c.endswith("_id") or c in ("input_path", "input_record")][:2]
            left, right = (df.sort_values(key, ignore_index=True) for df in (left, right))
        pd.testing.assert_frame_equal(left, right, obj=table)


@pytest.fixture(scope="module")
def local_run(tmp_path_factory):
    out = str(tmp_path_factory.mktemp("local") / "out")
    _run(out)  # the sample corpus
    return out


def test_a_file_url_equals_a_local_run_row_for_row(local_run, tmp_path):
    url = (tmp_path / "out").as_uri()
    assert url.startswith("file:///")
    _run(url)
    assert (tmp_path / "out" / "claims").is_dir()  # a file:// URL is the local directory
    _assert_same_tables(local_run, url)


def test_a_memory_url_equals_a_local_run_and_reruns_incrementally(local_run, memory_url):
    first = _run(memory_url)
    _assert_same_tables(local_run, memory_url)
    assert len(pd.read_parquet(memory_url + "/claims")) == first.claims  # plain pandas reads it too
    again = _run(memory_url)
    assert again.articles_new == 0 and again.articles_skipped == first.articles_seen - first.articles_rejected
    _assert_same_tables(local_run, memory_url)
    assert len(load("runs", memory_url)) == 2


def test_a_changed_article_replaces_its_rows_at_a_url(memory_url, tmp_path):
    feed = tmp_path / "feed.jsonl"

    def write(value: str) -> None:
        rows = [{"id": f"a{i}", "source": "Wire", "published": "2025-06-2%d" % i,
                 "text": f"Country {i} will raise defence spending to {value if i == 0 else '2'}% of GDP, its government said."}
                for i in range(3)]
        feed.write_text("".join(json.dumps(r) + "\n" for r in rows), encoding="utf-8")

    write("3")
    _run(memory_url, paths=(str(feed),))
    write("4")
    os.utime(feed, ns=(1, 1))  # another mtime: the file is read again
    summary = _run(memory_url, paths=(str(feed),))
    assert summary.articles_new == 1
    claims = load("claims", memory_url)
    assert sorted(claims["article_id"]) == ["a0", "a1", "a2"]
    assert claims.set_index("article_id").loc["a0", "value"] == 4.0
    fresh = str(tmp_path / "fresh")
    _run(fresh, paths=(str(feed),))
    _assert_same_tables(fresh, memory_url, in_any_order=True)


def test_a_second_writer_on_a_url_fails_while_the_lock_object_exists(memory_url):
    with Store(memory_url):
        with pytest.raises(OutputError, match="another policy-claims run"):
            Store(memory_url).open()
    with Store(memory_url):  # released on close
        pass


def test_a_lock_object_left_by_a_dead_process_of_this_host_is_taken_over(memory_url):
    import socket
    import subprocess
    import sys

    dead = subprocess.run([sys.executable, "-c", "import os; print(os.getpid())"], capture_output=True, text=True).stdout.strip()
    with Store(memory_url):
        pass
    files = output_files(memory_url)
    files.write_json({"host": socket.gethostname(), "pid": int(dead), "since": "earlier", "token": "x"}, OBJECT_LOCK)
    with Store(memory_url):
        pass
    files.write_json({"host": "another-host", "pid": 1, "since": "earlier", "token": "y"}, OBJECT_LOCK)
    with pytest.raises(OutputError, match=f"remove .*{OBJECT_LOCK}"):
        Store(memory_url).open()


def test_a_batch_committed_at_a_url_before_a_crash_is_rolled_forward(memory_url):
    with Store(memory_url):
        pass
    files = output_files(memory_url)
    assert isinstance(files, ObjectFiles)
    row = {"article_id": "z", "text": "t", "content_hash": "h", "input_path": "/x", "run_id": "r"}
    files.write_parquet(to_arrow("articles", [row]), "articles/.part-b2.parquet.tmp")
    files.write_parquet(to_arrow("articles", [row]), "articles/.part-b3.parquet.tmp")  # never committed
    files.write_json({"batch": "b2", "publish": [["articles/.part-b2.parquet.tmp", "articles/part-b2.parquet"]]}, f"{JOURNAL}/b2.json")
    with Store(memory_url):
        pass
    assert list(load("articles", memory_url)["article_id"]) == ["z"]
    assert files.names("articles") == ["part-0-schema.parquet", "part-b2.parquet"]
    assert files.names(JOURNAL) == []


def test_an_output_url_holding_other_files_is_refused(memory_url):
    fs = fsspec.filesystem("memory")
    fs.pipe_file(memory_url.replace("memory://", "/") + "/notes.txt", b"mine")
    with pytest.raises(OutputError, match="not a policy-claims output"):
        Store(memory_url).open()


def test_tables_without_rows_read_with_all_their_columns_at_a_url(memory_url):
    from pipeline.schema import SCHEMAS

    with Store(memory_url):
        pass
    for table in ("articles", "claims", "runs"):
        assert list(pd.read_parquet(f"{memory_url}/{table}").columns) == SCHEMAS[table].names
    claims = load("claims", memory_url)
    assert claims.empty and list(claims.columns) == SCHEMAS["claims"].names
    assert load("claim_events", memory_url).empty
