"""The Dask engine writing to an fsspec URL: workers read and process the shards, the client commits
to `memory://`; the same rows as the local engine writing to a local directory. An in-process
`LocalCluster` (threads) keeps it cheap; tests/test_dask.py covers a real multi-process cluster."""
import json
import uuid

import fsspec
import pandas as pd
import pytest

distributed = pytest.importorskip("distributed", reason="the dask engine needs dask[distributed] (pip install '.[dask]')")

from pipeline.analysis.load import load  # noqa: E402
from pipeline.options import RunOptions  # noqa: E402
from pipeline.run import run  # noqa: E402


@pytest.fixture(scope="module")
def scheduler():
    with distributed.LocalCluster(n_workers=2, threads_per_worker=1, processes=False, dashboard_address=None) as cluster:
        yield cluster.scheduler_address


def _corpus(folder):
    folder.mkdir()
    with open(folder / "wire.jsonl", "w", encoding="utf-8") as fh:
        for i in range(120):
            country = ["Japan", "Germany", "France", "Canada"][i % 4]
            fh.write(json.dumps({"id": f"u{i}", "source": f"Wire {i % 3}", "published": f"2025-06-1{i % 10}",
                                 "text": f"NATO allies urged {country} to raise military spending to {i % 3 + 2}% of GDP. "
                                         f"Its deficit will reach {i % 5 + 1}.5% of GDP next year, the ministry said."}) + "\n")
    return folder


def test_dask_engine_to_a_memory_url_equals_the_local_engine(scheduler, tmp_path):
    corpus = _corpus(tmp_path / "feed")
    url = f"memory://pc-dask-{uuid.uuid4().hex[:8]}/out"
    try:
        local = run(RunOptions(paths=(str(corpus),), output=str(tmp_path / "local"), progress=False, quiet=True, batch_articles=32))
        dask = run(RunOptions(paths=(str(corpus),), output=url, progress=False, quiet=True, batch_articles=32,
                              engine="dask", scheduler=scheduler))
        assert dask.status == "completed" and dask.articles_new == local.articles_new == 120
        for table in ("articles", "mentions", "claims", "claim_events"):
            expected = load(table, str(tmp_path / "local")).drop(columns=["run_id"], errors="ignore")
            got = load(table, url).drop(columns=["run_id"], errors="ignore")
            assert len(expected) > 0, table
            pd.testing.assert_frame_equal(got, expected, obj=table)
        again = run(RunOptions(paths=(str(corpus),), output=url, progress=False, quiet=True, engine="dask", scheduler=scheduler))
        assert again.articles_new == 0 and again.articles_skipped == 120
    finally:
        fs = fsspec.filesystem("memory")
        root = url.replace("memory://", "/").rsplit("/", 1)[0]
        if fs.exists(root):
            fs.rm(root, recursive=True)
