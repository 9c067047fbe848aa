"""Claim events from real runs: the seed article and the sample's second report of the same demand."""
from __future__ import annotations

from pathlib import Path

import pytest

from pipeline.analysis.events import update_events
from pipeline.analysis.load import load
from pipeline.options import RunOptions, sample_corpus_path
from pipeline.run import run

from .conftest import corpora_dir

SECOND_REPORT = Path(sample_corpus_path()) / "japan-2plus2-cancelled.txt"


def _run(path: Path, out: Path) -> None:
    summary = run(RunOptions(paths=(str(path),), output=str(out), progress=False, quiet=True))
    assert summary.status == "completed"
    update_events(out)  # what the orchestrator does at the end of each run


@pytest.mark.corpora
def test_seed_and_second_report_in_two_nightly_runs_become_one_event_with_two_sources(tmp_path):
    corpora = corpora_dir()
    if corpora is None:
        pytest.skip("../shared/corpora (seed article) is absent")
    out = tmp_path / "out"
    _run(SECOND_REPORT, out)  # night 1: the second report (June 22)
    _run(corpora / "seed" / "seed_article.txt", out)  # night 2: the seed page (June 21) arrives late
    events = load("claim_events", out, metric="defense_spending", actor="USA", target="JPN")
    demand = events[(events["claim_type"] == "demand") & (events["value"] == 3.5) & (events["basis"] == "GDP") & ~events["negated"]]
    assert len(demand) == 1, demand
    e = demand.iloc[0]
    assert (e.articles, e.sources) == (2, 2)
    assert str(e.first_seen.date()) == "2025-06-21" and str(e.last_seen.date()) == "2025-06-22"
    claims = load("claims", out).set_index("claim_id")
    assert set(claims.loc[list(e.claim_ids), "article_id"]) == set(e.article_ids)
