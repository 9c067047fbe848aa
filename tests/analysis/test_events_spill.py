"""The claims a run spills for the claim events as it commits (`EventSpill`) give the same events,
and the same bucket fingerprints, as reading the output's parts back; when the output holds parts
the run did not write, the parts are read instead."""
from __future__ import annotations

import json
import shutil
from pathlib import Path

import pyarrow.parquet as pq

from pipeline.analysis import events as events_module
from pipeline.analysis.events import update_events
from pipeline.options import RunOptions, sample_corpus_path
from pipeline.run import run


def _run(out: Path, paths: tuple[str, ...], **kw) -> None:
    summary = run(RunOptions(paths=paths, output=str(out), progress=False, quiet=True, batch_articles=2, **kw))
    assert summary.status == "completed"


def _events(out: Path) -> tuple[dict, dict]:
    """Each claim_events part's rows, and each bucket's fingerprint."""
    parts = {p.name: pq.read_table(p).to_pylist() for p in sorted((out / "claim_events").glob("part-*.parquet"))}
    state = json.loads((out / "claim_events" / "_state.json").read_text())
    return parts, {name: b["fingerprint"] for name, b in state["buckets"].items()}


def _rebuilt(out: Path, tmp: Path) -> tuple[dict, dict]:
    copy = tmp / "rebuilt"
    shutil.copytree(out, copy, ignore=shutil.ignore_patterns("claim_events"))
    update_events(copy)  # no spill: reads every part back
    return _events(copy)


def _spills_from_parts(monkeypatch) -> list[int]:
    calls: list[int] = []
    real = events_module._spill_by_bucket

    def counting(files, folder):
        calls.append(1)
        return real(files, folder)

    monkeypatch.setattr(events_module, "_spill_by_bucket", counting)
    return calls


def test_a_run_from_scratch_spills_as_it_commits_and_gets_the_events_of_its_parts(tmp_path, monkeypatch):
    out = tmp_path / "out"
    calls = _spills_from_parts(monkeypatch)
    _run(out, (sample_corpus_path(),))
    assert calls == []  # the run's own spill covered every part
    parts, fingerprints = _events(out)
    assert sum(map(len, parts.values())) > 0
    calls.clear()
    assert (parts, fingerprints) == _rebuilt(out, tmp_path)
    assert calls == [1]


def test_a_run_over_an_output_with_older_parts_reads_the_parts(tmp_path, monkeypatch):
    sample = Path(sample_corpus_path())
    first = sorted(p for p in sample.iterdir() if p.suffix == ".txt")
    out = tmp_path / "out"
    _run(out, tuple(str(p) for p in first[:2]))
    calls = _spills_from_parts(monkeypatch)
    _run(out, (str(sample),))  # new articles next to the first run's parts
    assert calls == [1]
    assert _events(out) == _rebuilt(out, tmp_path)
