"""Crash safety with real processes: kill -9 in the middle of a run, then run again; SIGTERM.

A `python -m pipeline run` subprocess with small batches (many commits) is killed once its first
commits are on disk. Every table must stay readable, and the next run must finish the work so that
the ids equal a clean run's, with no duplicates.
"""
import json
import os
import signal
import subprocess
import sys
import time
from pathlib import Path

import pandas as pd
import psutil
import pytest

from pipeline.store import Store

ROOT = Path(__file__).resolve().parents[1]
COUNTRIES = ["Japan", "Germany", "France", "Canada", "Italy", "Spain", "Poland", "Norway", "Brazil", "India"]
TABLES = ("articles", "mentions", "claims", "rejects", "runs")


def _corpus(folder: Path, n: int = 3000) -> Path:
    folder.mkdir()
    with open(folder / "feed.jsonl", "w", encoding="utf-8") as fh:
        for i in range(n):
            c = COUNTRIES[i % len(COUNTRIES)]
            fh.write(json.dumps({
                "id": f"crash-{i}", "source": "Crash Wire", "published": "2025-07-01",
                "title": f"{c} budget, item {i}",
                "text": f"{c} will raise defence spending to {i % 4 + 1}.{i % 10}% of GDP by 2030, its government said. "
                        f"The deficit reached {i % 9 + 1} billion dollars in {1990 + i % 30}.",
            }) + "\n")
    for i in range(20):
        (folder / f"page-{i}.txt").write_text(
            f"{COUNTRIES[i % 10]} cuts aid\n\nThe government will cut development aid to {i % 5 / 10 + 0.2:.1f}% of GNI next year.",
            encoding="utf-8")
    return folder


def _start(corpus: Path, out: Path, *extra: str) -> subprocess.Popen:
    env = dict(os.environ, PYTHONPATH=str(ROOT) + os.pathsep + os.environ.get("PYTHONPATH", ""))
    return subprocess.Popen(
        [sys.executable, "-m", "pipeline", "run", str(corpus), "--output", str(out), "--no-progress", *extra],
        cwd=ROOT, env=env, stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True,
    )


def _wait_for_commits(proc: subprocess.Popen, out: Path, parts: int, timeout: float = 120) -> None:
    deadline = time.monotonic() + timeout
    while time.monotonic() < deadline:
        if len(list((out / "articles").glob("part-2*.parquet"))) >= parts:  # batch parts, not the schema part
            return
        if proc.poll() is not None:
            pytest.fail(f"run ended before {parts} commits: {proc.stderr.read()}")
        time.sleep(0.02)
    proc.kill()
    pytest.fail("no commits appeared in time")


def _ids(out: Path) -> dict[str, list]:
    return {
        "articles": pd.read_parquet(out / "articles").article_id.tolist(),
        "mentions": pd.read_parquet(out / "mentions").mention_id.tolist(),
        "claims": pd.read_parquet(out / "claims").claim_id.tolist(),
    }


@pytest.fixture(scope="module")
def corpus_and_clean(tmp_path_factory):
    base = tmp_path_factory.mktemp("crash")
    corpus = _corpus(base / "corpus")
    clean = base / "clean"
    proc = _start(corpus, clean, "--batch-size", "500")
    _, err = proc.communicate(timeout=600)
    assert proc.returncode == 0, err
    return corpus, _ids(clean)


@pytest.mark.slow
@pytest.mark.parametrize("workers", ["1", "2"])
def test_kill_9_mid_run_then_rerun_equals_a_clean_run(corpus_and_clean, tmp_path, workers):
    corpus, clean = corpus_and_clean
    out = tmp_path / "out"
    proc = _start(corpus, out, "--batch-size", "50", "--workers", workers)
    _wait_for_commits(proc, out, parts=4)
    children = psutil.Process(proc.pid).children(recursive=True)
    os.kill(proc.pid, signal.SIGKILL)
    proc.communicate(timeout=30)
    # every table is readable right after the kill, and holds no duplicate ids
    for table in TABLES:
        pd.read_parquet(out / table)
    partial = _ids(out)
    assert 0 < len(partial["articles"]) < len(clean["articles"])
    for table, ids in partial.items():
        assert len(ids) == len(set(ids)), f"duplicate ids in {table} after the kill"
    # worker processes notice their orchestrator died and end
    gone, alive = psutil.wait_procs(children, timeout=10)
    assert not alive, f"orphaned workers still running: {alive}"

    # a batch killed after its commit point is rolled forward by the next open of the store: count it as done
    with Store(out):
        pass
    recovered = _ids(out)
    assert set(partial["articles"]) <= set(recovered["articles"])

    again = _start(corpus, out, "--batch-size", "50", "--workers", workers)
    _, err = again.communicate(timeout=600)
    assert again.returncode == 0, err
    after = _ids(out)
    for table in after:
        assert len(after[table]) == len(set(after[table])), f"duplicate ids in {table}"
        assert set(after[table]) == set(clean[table]), f"{table} differs from a clean run"
    runs = pd.read_parquet(out / "runs").sort_values("started_at")
    assert list(runs.status) == ["interrupted", "completed"]
    # the re-run only did what the killed run had not committed
    assert runs.articles_new.iloc[1] == len(clean["articles"]) - len(recovered["articles"])
    assert not list((out / "_journal").glob("*.json"))


@pytest.mark.slow
def test_sigterm_records_an_interrupted_run(corpus_and_clean, tmp_path):
    corpus, clean = corpus_and_clean
    out = tmp_path / "out"
    proc = _start(corpus, out, "--batch-size", "50")
    _wait_for_commits(proc, out, parts=2)
    proc.send_signal(signal.SIGTERM)
    _, err = proc.communicate(timeout=60)
    assert proc.returncode == 130, err
    assert "interrupted" in err and "Traceback" not in err
    runs = pd.read_parquet(out / "runs")
    assert list(runs.status) == ["interrupted"]
    assert runs.finished_at.notna().all() and runs.articles_new.iloc[0] > 0
    assert runs.articles_new.iloc[0] == len(pd.read_parquet(out / "articles"))


def test_a_second_run_on_the_same_output_fails_at_once(tmp_path):
    corpus = _corpus(tmp_path / "corpus", n=2000)
    out = tmp_path / "out"
    first = _start(corpus, out, "--batch-size", "50")
    try:
        _wait_for_commits(first, out, parts=1)
        t = time.monotonic()
        second = _start(corpus, out)
        _, err = second.communicate(timeout=60)
        assert second.returncode == 1
        assert "another policy-claims run" in err and "Traceback" not in err
        assert time.monotonic() - t < 30  # at once: it does not wait for the lock
    finally:
        first.kill()
        first.communicate()


@pytest.mark.slow
def test_sigterm_with_workers_stops_promptly(corpus_and_clean, tmp_path):
    corpus, _ = corpus_and_clean
    out = tmp_path / "out"
    proc = _start(corpus, out, "--batch-size", "400", "--workers", "2")
    _wait_for_commits(proc, out, parts=1)
    children = psutil.Process(proc.pid).children(recursive=True)
    t = time.monotonic()
    proc.send_signal(signal.SIGTERM)
    _, err = proc.communicate(timeout=60)
    assert proc.returncode == 130, err
    assert time.monotonic() - t < 10  # does not wait for the batches in flight
    gone, alive = psutil.wait_procs(children, timeout=10)
    assert not alive
    assert list(pd.read_parquet(out / "runs").status) == ["interrupted"]
