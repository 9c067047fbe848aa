"""The orchestrator end to end: tables written, incremental runs, changed content, --full, runs rows."""
import json

import pandas as pd
import pytest

from pipeline.options import RunOptions
from pipeline.run import run

ARTICLES = [
    {"id": "a1", "source": "Test Wire", "published": "2025-06-21T09:00:00Z", "title": "Pressure on Tokyo",
     "text": "The United States has pressed Japan to raise its defence spending to 3.5% of GDP, officials said."},
    {"id": "a2", "source": "Test Wire", "published": "2025-06-25", "title": "Allies agree",
     "text": "NATO allies agreed on Wednesday to spend 5% of GDP on defence by 2035."},
    {"id": "a3", "source": "Test Wire", "published": "2025-06-26", "title": "Match report",
     "text": "The home side won 3-1 in front of 40,000 fans on Saturday."},
]


def _write_jsonl(path, records):
    path.write_text("".join(json.dumps(r) + "\n" for r in records), encoding="utf-8")


def _run(inputs, out, **kw):
    return run(RunOptions(paths=tuple(str(p) for p in inputs), output=str(out), progress=False, **kw))


@pytest.fixture()
def feed(tmp_path):
    path = tmp_path / "feed" / "news.jsonl"
    path.parent.mkdir()
    _write_jsonl(path, ARTICLES)
    return path


def test_run_writes_all_five_tables(feed, tmp_path):
    out = tmp_path / "out"
    summary = _run([feed], out)
    assert summary.status == "completed"
    for table in ("articles", "mentions", "claims", "runs", "rejects"):
        assert (out / table).is_dir()
        pd.read_parquet(out / table)  # readable whole
    articles = pd.read_parquet(out / "articles")
    assert sorted(articles.article_id) == ["a1", "a2", "a3"]
    assert str(articles.published.dt.tz) == "UTC"
    mentions = pd.read_parquet(out / "mentions")
    for m in mentions.itertuples():
        text = articles.set_index("article_id").loc[m.article_id, "text"]
        assert text[m.char_start:m.char_end] == m.surface
    runs = pd.read_parquet(out / "runs")
    assert list(runs.status) == ["completed"]
    assert runs.articles_seen.iloc[0] == 3 and runs.articles_new.iloc[0] == 3


def test_unchanged_rerun_skips_everything_and_adds_no_rows(feed, tmp_path):
    out = tmp_path / "out"
    first = _run([feed], out)
    before = {t: len(pd.read_parquet(out / t)) for t in ("articles", "mentions", "claims")}
    second = _run([feed], out)
    assert second.articles_new == 0 and second.articles_skipped == first.articles_seen
    assert {t: len(pd.read_parquet(out / t)) for t in before} == before
    assert len(pd.read_parquet(out / "runs")) == 2


def test_same_articles_in_a_new_file_are_skipped_by_content(feed, tmp_path):
    out = tmp_path / "out"
    _run([feed], out)
    copy = tmp_path / "feed" / "copy.jsonl"
    _write_jsonl(copy, ARTICLES)
    summary = _run([feed.parent], out)
    assert summary.articles_new == 0 and summary.articles_skipped == 6
    assert pd.read_parquet(out / "articles").article_id.is_unique


def test_changed_content_replaces_old_rows(feed, tmp_path):
    out = tmp_path / "out"
    _run([feed], out)
    changed = [dict(ARTICLES[0], text=ARTICLES[0]["text"].replace("3.5%", "3%")), *ARTICLES[1:]]
    _write_jsonl(feed, changed)
    summary = _run([feed], out)
    assert summary.articles_new == 1
    articles = pd.read_parquet(out / "articles")
    assert articles.article_id.is_unique and len(articles) == 3
    assert "3%" in articles.set_index("article_id").loc["a1", "text"]
    mentions = pd.read_parquet(out / "mentions")
    assert mentions.mention_id.is_unique
    assert 3.5 not in set(mentions[mentions.article_id == "a1"].value)


def test_full_rebuild_keeps_ids_unique_and_equal(feed, tmp_path):
    out = tmp_path / "out"
    _run([feed], out)
    claims_before = sorted(pd.read_parquet(out / "claims").claim_id)
    summary = _run([feed], out, full=True)
    assert summary.articles_new == 3
    assert sorted(pd.read_parquet(out / "claims").claim_id) == claims_before
    assert pd.read_parquet(out / "articles").article_id.is_unique


def test_duplicate_id_with_other_content_is_rejected(tmp_path):
    path = tmp_path / "dup.jsonl"
    _write_jsonl(path, [ARTICLES[0], dict(ARTICLES[0], text="Something else entirely.")])
    summary = _run([path], tmp_path / "out")
    assert summary.articles_rejected == 1
    rejects = pd.read_parquet(tmp_path / "out" / "rejects")
    assert list(rejects.reason) == ["duplicate_id"]


def test_workers_give_the_same_rows_as_one_process(feed, tmp_path):
    _run([feed], tmp_path / "one")
    _run([feed], tmp_path / "two", workers=2, batch_articles=1)
    for table, key in (("articles", "article_id"), ("mentions", "mention_id"), ("claims", "claim_id")):
        a = pd.read_parquet(tmp_path / "one" / table).drop(columns=["run_id"], errors="ignore").sort_values(key, ignore_index=True)
        b = pd.read_parquet(tmp_path / "two" / table).drop(columns=["run_id"], errors="ignore").sort_values(key, ignore_index=True)
        pd.testing.assert_frame_equal(a, b)


def _cli(args, cwd):
    import os
    import subprocess
    import sys
    from pathlib import Path

    root = Path(__file__).resolve().parents[1]
    env = dict(os.environ, PYTHONPATH=str(root))
    return subprocess.run([sys.executable, "-m", "pipeline", *args], cwd=cwd, env=env, capture_output=True, text=True, timeout=300)


def test_runs_row_counts_everything(feed, tmp_path):
    out = tmp_path / "out"
    bad = feed.parent / "bad.jsonl"
    bad.write_text("{oops\n", encoding="utf-8")
    summary = _run([feed.parent], out)
    runs = pd.read_parquet(out / "runs")
    row = runs.iloc[0]
    assert row.run_id == summary.run_id and row.status == "completed"
    assert list(row.inputs) == [str(feed.parent)]
    assert (row.articles_seen, row.articles_new, row.articles_skipped, row.articles_rejected) == (3, 3, 0, 1)
    assert row.mentions == len(pd.read_parquet(out / "mentions")) and row.claims == len(pd.read_parquet(out / "claims"))
    assert row.seconds > 0 and row.version and row.engine == "local" and row.workers == 1
    assert row.finished_at >= row.started_at
    assert "1 invalid_json" in summary.line()


def test_log_format_json_prints_a_machine_readable_summary(feed, tmp_path):
    proc = _cli(["run", str(feed), "--output", str(tmp_path / "out"), "--log-format", "json"], tmp_path)
    assert proc.returncode == 0, proc.stderr
    lines = [json.loads(line) for line in proc.stderr.splitlines() if line.strip()]
    summary = lines[-1]
    assert summary["status"] == "completed" and summary["articles_new"] == 3 and summary["run_id"]


def test_quiet_prints_nothing_on_success_and_one_line_on_failure(feed, tmp_path):
    proc = _cli(["run", str(feed), "--output", str(tmp_path / "out"), "--quiet"], tmp_path)
    assert proc.returncode == 0 and proc.stdout == "" and proc.stderr == ""
    proc = _cli(["run", str(feed), "--output", str(tmp_path / "out"), "--quiet", "--log-format", "json"], tmp_path)
    assert proc.returncode == 0
    assert all(json.loads(line) for line in proc.stderr.splitlines())  # whatever it prints is JSON
    (tmp_path / "notours").mkdir()
    (tmp_path / "notours" / "x.txt").write_text("x")
    proc = _cli(["run", str(feed), "--output", str(tmp_path / "notours"), "--quiet"], tmp_path)
    assert proc.returncode == 1 and len(proc.stderr.strip().splitlines()) == 1


def test_progress_bar_when_asked(feed, tmp_path, capsys):
    run(RunOptions(paths=(str(feed),), output=str(tmp_path / "out"), progress=True))
    assert "policy-claims" in capsys.readouterr().err


# -- any sequence of runs: ids stay unique and the tables stay consistent ---------------------------
from hypothesis import HealthCheck, given, settings  # noqa: E402
from hypothesis import strategies as st  # noqa: E402

_TEXTS = [
    "Japan will raise defence spending to 2% of GDP by 2027, the government said.",
    "The deficit reached 3.5% of GDP last year, the finance ministry said.",
    "Germany pledged 0.7% of GNI in aid.",
    "The home side won 3-1 on Saturday.",
]
_record = st.tuples(st.integers(0, 5), st.integers(0, len(_TEXTS) - 1), st.integers(0, 2))
_run_step = st.tuples(st.lists(_record, max_size=6), st.lists(_record, max_size=6), st.booleans(), st.booleans())


def _check_consistent(out):
    articles = pd.read_parquet(out / "articles")
    mentions = pd.read_parquet(out / "mentions")
    claims = pd.read_parquet(out / "claims")
    assert articles.article_id.is_unique and mentions.mention_id.is_unique and claims.claim_id.is_unique
    texts = dict(zip(articles.article_id, articles.text))
    for m in mentions.itertuples():
        assert texts[m.article_id][m.char_start:m.char_end] == m.surface
    assert set(claims.mention_id) <= set(mentions.mention_id)
    assert set(claims.article_id) <= set(texts)
    return articles


@settings(max_examples=15, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture])
@given(st.lists(_run_step, min_size=1, max_size=4))
def test_any_sequence_of_runs_keeps_ids_unique_and_tables_consistent(tmp_path_factory, steps):
    import os

    base = tmp_path_factory.mktemp("seq")
    feed, out = base / "feed", base / "out"
    feed.mkdir()
    tick = 1_700_000_000
    for a_records, b_records, full, workers2 in steps:
        for name, records in (("a.jsonl", a_records), ("b.jsonl", b_records)):
            rows = [{"id": f"x{i}", "title": f"t{v}", "text": _TEXTS[t] + " " * v} for i, t, v in records]
            _write_jsonl(feed / name, rows)
            tick += 10
            os.utime(feed / name, ns=(tick * 10**9, tick * 10**9))
        summary = _run([feed], out, full=full, workers=2 if workers2 else 1, batch_articles=2)
        assert summary.status == "completed"
        _check_consistent(out)
    # a --full run over the last inputs gives, for the articles in them, what a clean run gives
    _run([feed], out, full=True)
    clean = base / "clean"
    _run([feed], clean)
    got = _check_consistent(out)
    want = _check_consistent(clean)
    got = got[got.article_id.isin(want.article_id)]
    cols = ["article_id", "text", "title", "content_hash"]
    pd.testing.assert_frame_equal(got[cols].sort_values("article_id", ignore_index=True),
                                  want[cols].sort_values("article_id", ignore_index=True))
    for table, key in (("mentions", "mention_id"), ("claims", "claim_id")):
        g = pd.read_parquet(out / table)
        w = pd.read_parquet(clean / table)
        g = g[g.article_id.isin(want.article_id)]
        assert sorted(g[key]) == sorted(w[key]), table


def test_a_signal_during_a_commit_takes_effect_after_it():
    import signal as sig

    from pipeline import run as run_mod

    signals = run_mod._Signals()
    done = []
    with pytest.raises(KeyboardInterrupt):
        with signals:
            signals.handle(sig.SIGTERM, None)  # arrives mid-commit: noted, not raised
            done.append("commit finished")
    assert done == ["commit finished"] and signals.pending is None
    with pytest.raises(KeyboardInterrupt):
        signals.handle(sig.SIGTERM, None)  # outside a commit: at once


_NO_PANDAS_PROBE = """
import sys
from pipeline.cli import main
code = main(["run", sys.argv[1], "--output", sys.argv[2], "--quiet", "--workers", sys.argv[3]])
again = main(["run", sys.argv[1], "--output", sys.argv[2], "--quiet", "--workers", sys.argv[3], "--full"])
print(code, again, "pandas" in sys.modules, "pyarrow.dataset" in sys.modules)
"""


@pytest.mark.parametrize("workers", ["1", "2"])
def test_a_command_line_run_never_imports_pandas(feed, tmp_path, workers):
    """pandas costs half a second of start-up a process; the run path builds, writes and rewrites
    (a second run, `--full`, replaces every article's rows) its tables without it (it is only loaded
    for analysts, by `pipeline.load` and `to_pandas`), nor `pyarrow.dataset` (which loads pandas)."""
    import subprocess
    import sys

    out = tmp_path / "out"
    probe = subprocess.run([sys.executable, "-c", _NO_PANDAS_PROBE, str(feed), str(out), workers],
                           capture_output=True, text=True, timeout=300)
    assert probe.stdout.split() == ["0", "0", "False", "False"], probe.stderr[-2000:]
    articles = pd.read_parquet(out / "articles")  # the tables are whole and typed as declared
    assert sorted(articles.article_id) == ["a1", "a2", "a3"] and str(articles.published.dt.tz) == "UTC"


_NO_NUMPY_PROBE = """
import sys
from pipeline.__main__ import _arrow_without_numpy
from pipeline.cli import main
argv = ["run", *sys.argv[1:]]
_arrow_without_numpy(argv)  # what `python -m pipeline` and `policy-claims` do before `main`
code = main(argv)
again = main([*argv, "--full"])  # replaces every article's rows: pyarrow.compute's filter
print(code, again, "numpy" in sys.modules)
"""


@pytest.mark.parametrize("workers", ["1", "2"])
def test_a_command_line_run_never_imports_numpy(feed, tmp_path, workers):
    """The command-line program runs without numpy (a tenth of a second of start-up): pyarrow
    and pyarrow.compute carry on without it, and the tables are the same."""
    import subprocess
    import sys

    out = tmp_path / "out"
    probe = subprocess.run([sys.executable, "-c", _NO_NUMPY_PROBE, str(feed), "--output", str(out), "--quiet", "--workers", workers],
                           capture_output=True, text=True, timeout=300)
    assert probe.stdout.split() == ["0", "0", "False"], probe.stderr[-2000:]
    articles = pd.read_parquet(out / "articles")
    assert sorted(articles.article_id) == ["a1", "a2", "a3"] and str(articles.published.dt.tz) == "UTC"
    assert len(pd.read_parquet(out / "claim_events")) > 0


def test_arrow_without_pandas_still_converts_to_pandas_when_asked():
    import subprocess
    import sys

    probe = """
import sys
from datetime import datetime, timezone
from pipeline.schema import arrow_without_pandas, to_arrow
arrow_without_pandas()
table = to_arrow("runs", [{"run_id": "r", "started_at": datetime(2025, 6, 21, tzinfo=timezone.utc), "status": "completed", "inputs": ["a"]}])
before = "pandas" in sys.modules
frame = table.to_pandas()
print(before, "pandas" in sys.modules, str(frame.started_at.dt.tz), frame.inputs[0].tolist())
"""
    out = subprocess.run([sys.executable, "-c", probe], capture_output=True, text=True, timeout=120)
    assert out.stdout.split() == ["False", "True", "UTC", "['a']"], out.stderr[-2000:]
