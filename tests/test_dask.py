"""The Dask engine on a real cluster: a `dask scheduler` and two `dask worker` processes on
127.0.0.1 read the shards and process them; the client commits. Same rows as the local engine."""
import json
import os
import socket
import subprocess
import sys
import time
from pathlib import Path

import pandas as pd
import pytest

distributed = pytest.importorskip("distributed", reason="the dask engine needs dask[distributed] (pip install '.[dask]')")

from pipeline.options import RunOptions  # noqa: E402
from pipeline.run import run  # noqa: E402

ROOT = Path(__file__).resolve().parents[1]
COUNTRIES = ["Japan", "Germany", "France", "Canada", "Italy", "Spain", "Poland", "Norway"]


def _free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return s.getsockname()[1]


def _dask_command(*args: str) -> list[str]:
    # `python -m distributed.cli.dask_*` works whether or not the `dask` launcher is on PATH
    return [sys.executable, "-m", *args]


@pytest.fixture(scope="module")
def cluster(tmp_path_factory):
    logs = tmp_path_factory.mktemp("dask-logs")
    env = dict(os.environ, PYTHONPATH=str(ROOT) + os.pathsep + os.environ.get("PYTHONPATH", ""))
    port = _free_port()
    address = f"tcp://127.0.0.1:{port}"
    procs = []

    def start(name, cmd):
        log = open(logs / f"{name}.log", "w")
        procs.append((subprocess.Popen(cmd, cwd=ROOT, env=env, stdout=log, stderr=subprocess.STDOUT), log))

    try:
        start("scheduler", _dask_command("distributed.cli.dask_scheduler", "--host", "127.0.0.1", "--port", str(port),
                                         "--dashboard-address", ":0", "--no-show"))
        for i in range(2):
            start(f"worker{i}", _dask_command("distributed.cli.dask_worker", address, "--host", "127.0.0.1",
                                              "--nworkers", "1", "--nthreads", "1", "--dashboard-address", ":0",
                                              "--name", f"w{i}", "--local-directory", str(logs / f"w{i}")))
        from distributed import Client

        deadline = time.monotonic() + 90
        while True:
            try:
                with Client(address, timeout="5s") as client:
                    client.wait_for_workers(2, timeout=60)
                break
            except (OSError, TimeoutError):
                if time.monotonic() > deadline:
                    raise
                time.sleep(0.5)
        yield address
    finally:
        for proc, log in reversed(procs):
            proc.terminate()
        for proc, log in reversed(procs):
            try:
                proc.wait(20)
            except subprocess.TimeoutExpired:
                proc.kill()
                proc.wait()
            log.close()


@pytest.fixture()
def corpus(tmp_path):
    feed = tmp_path / "feed"
    feed.mkdir()
    with open(feed / "wire.jsonl", "w", encoding="utf-8") as fh:  # > 64 KiB: read by workers in line ranges
        for i in range(400):
            c = COUNTRIES[i % len(COUNTRIES)]
            fh.write(json.dumps({
                "id": f"d{i}", "source": "Dask Wire", "published": "2025-06-2" + str(i % 9),
                "title": f"{c} and the {i % 5 + 2}% question",
                "text": f"{c} was urged by NATO allies to raise military spending to {i % 3 + 2}.{i % 10}% of GDP. "
                        f"Its finance ministry expects a budget deficit of {i % 6 + 1}.5% of GDP in {2020 + i % 6}, "
                        f"after a deficit of {i % 40 + 10} billion euros. " + "Officials met again on Tuesday. " * 4,
            }) + "\n")
        fh.write("{broken json\n")
    (feed / "small.jsonl").write_text(
        json.dumps({"id": "s1", "title": "Aid", "text": "Britain will cut aid to 0.3% of GNI from 0.5%, ministers said."}) + "\n"
        + json.dumps({"id": "s2", "title": "Tariffs", "text": "Washington set a 15% tariff on European cars."}) + "\n",
        encoding="utf-8")
    for i in range(6):
        (feed / f"page-{i}.txt").write_text(
            f"Deficit target\n\nThe government of {COUNTRIES[i]} pledged to cut its budget deficit to {i + 1}% of GDP by 2027.",
            encoding="utf-8")
    return feed


def _frames(out: Path) -> dict[str, pd.DataFrame]:
    res = {}
    for table, key in (("articles", "article_id"), ("mentions", "mention_id"), ("claims", "claim_id"),
                       ("rejects", ["input_path", "input_record"])):
        res[table] = pd.read_parquet(out / table).drop(columns=["run_id"], errors="ignore").sort_values(key, ignore_index=True)
    return res


def test_dask_cluster_writes_the_same_rows_as_the_local_engine(cluster, corpus, tmp_path):
    local = run(RunOptions(paths=(str(corpus),), output=str(tmp_path / "local"), progress=False, batch_articles=64))
    dask = run(RunOptions(paths=(str(corpus),), output=str(tmp_path / "dask"), progress=False, batch_articles=64,
                          engine="dask", scheduler=cluster))
    assert dask.status == "completed" and local.articles_new == dask.articles_new == 408
    assert (local.mentions, local.claims, local.articles_rejected) == (dask.mentions, dask.claims, dask.articles_rejected)
    expected, got = _frames(tmp_path / "local"), _frames(tmp_path / "dask")
    for table in expected:
        assert len(expected[table]) > 0, table
        pd.testing.assert_frame_equal(got[table], expected[table], obj=table)
    runs = pd.read_parquet(tmp_path / "dask" / "runs")
    assert list(runs.engine) == ["dask"]

    # incremental on the cluster too: an unchanged re-run adds nothing
    again = run(RunOptions(paths=(str(corpus),), output=str(tmp_path / "dask"), progress=False, engine="dask", scheduler=cluster))
    assert again.articles_new == 0 and again.articles_skipped == 408
    assert len(pd.read_parquet(tmp_path / "dask" / "articles")) == 408


def test_dask_cli_with_an_unreachable_scheduler_fails_with_one_line(tmp_path, corpus):
    env = dict(os.environ, PYTHONPATH=str(ROOT))
    proc = subprocess.run(
        [sys.executable, "-m", "pipeline", "run", str(corpus), "--output", str(tmp_path / "o"), "--engine", "dask",
         "--scheduler", f"tcp://127.0.0.1:{_free_port()}", "--no-progress"],
        cwd=ROOT, env=env, capture_output=True, text=True, timeout=120,
    )
    assert proc.returncode == 1
    assert "cannot reach the Dask scheduler" in proc.stderr and "Traceback" not in proc.stderr


def test_inputs_the_workers_cannot_see_fail_before_any_commit(cluster, tmp_path):
    from pipeline.engines import DaskEngine, EngineError

    engine = DaskEngine(cluster, {})
    try:
        engine.check_visible([str(tmp_path)])  # visible: no error
        with pytest.raises(EngineError, match="cannot see input folder"):
            engine.check_visible([str(tmp_path / "only-on-the-client")])
    finally:
        engine.close()
