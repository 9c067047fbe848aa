"""Claim events updated bucket by bucket equal a rebuild from scratch, after any sequence of runs
(new articles, a changed article, a deleted part, --full), and survive a crash mid-update."""
from __future__ import annotations

import json
import os
import shutil
from pathlib import Path

import pandas as pd
import pyarrow.parquet as pq
import pytest

from pipeline.analysis import events as events_module
from pipeline.analysis.events import BUCKETS, bucket_part, compute_events, update_events
from pipeline.options import RunOptions
from pipeline.run import run
from pipeline.schema import to_arrow
from pipeline.store import Store

from .conftest import article, claim, write_output

TARGETS = ["JPN", "DEU", "FRA", "ITA", "CAN", "POL", "ESP", "NOR"]


def _rebuilt(out: Path, tmp: Path) -> pd.DataFrame:
    """The events a from-scratch update computes from a copy of the output's claims and articles."""
    copy = tmp / f"rebuild-{len(list(tmp.iterdir()))}"
    shutil.copytree(out, copy, ignore=shutil.ignore_patterns("claim_events"))
    update_events(copy)
    return pd.read_parquet(copy / "claim_events")


def _written(out: Path) -> pd.DataFrame:
    return pd.read_parquet(out / "claim_events")


def _inodes(out: Path) -> dict[str, int]:
    return {p.name: p.stat().st_ino for p in (out / "claim_events").glob("part-b*.parquet")}


def _batch(tag: str, n: int, day: int, value: float = 3.5) -> tuple[list[dict], list[dict]]:
    arts = [article(f"{tag}{i}", f"Outlet {i % 3}", day + i % 4) for i in range(n)]
    claims = [claim(f"c-{tag}{i}", f"{tag}{i}", day + i % 4, target_code=TARGETS[i % len(TARGETS)], value=value + i % 2)
              for i in range(n)]
    return arts, claims


def test_incremental_updates_equal_a_rebuild_and_leave_untouched_buckets_alone(tmp_path):
    out = tmp_path / "out"
    scratch = tmp_path / "scratch"
    scratch.mkdir()
    write_output(out, *_batch("a", 40, 0), part="part-1.parquet")
    update_events(out)
    pd.testing.assert_frame_equal(_written(out), _rebuilt(out, scratch))
    assert len(_inodes(out)) > 1  # the events spread over several buckets

    # a later batch adds one new key (Norway, 9% of GDP): only its bucket is rewritten
    before = _inodes(out)
    write_output(out, [article("late", "Late Wire", 2)], [claim("c-late", "late", 2, target_code="NOR", value=9.0)], part="part-2.parquet")
    update_events(out)
    pd.testing.assert_frame_equal(_written(out), _rebuilt(out, scratch))
    changed = {n for n, ino in _inodes(out).items() if before.get(n) != ino}
    assert len(changed) == 1

    # a changed article: its old claim leaves part-1 (rewritten), its new claim is in part-3
    arts, claims = _batch("a", 40, 0)
    pq.write_table(to_arrow("articles", arts[1:]), out / "articles" / "part-1.parquet")
    pq.write_table(to_arrow("claims", claims[1:]), out / "claims" / "part-1.parquet")
    write_output(out, [arts[0]], [dict(claims[0], value=4.25)], part="part-3.parquet")
    update_events(out)
    pd.testing.assert_frame_equal(_written(out), _rebuilt(out, scratch))
    assert "c-a0" in {c for ids in _written(out)["claim_ids"] for c in ids}

    # a whole part gone: its events go with it
    for table in ("articles", "claims"):
        (out / table / "part-2.parquet").unlink()
    update_events(out)
    pd.testing.assert_frame_equal(_written(out), _rebuilt(out, scratch))
    assert "c-late" not in {c for ids in _written(out)["claim_ids"] for c in ids}


def test_buckets_hold_the_same_events_as_one_computation_over_all_claims(tmp_path):
    out = write_output(tmp_path / "out", *_batch("a", 60, 0), part="part-1.parquet")
    write_output(out, *_batch("b", 30, 20, value=2.0), part="part-2.parquet")
    update_events(out)
    written = _written(out).sort_values("event_id").reset_index(drop=True)
    articles = pd.read_parquet(out / "articles")
    claims = pd.read_parquet(out / "claims")
    whole = events_module.build_events(claims, articles).sort_values("event_id").reset_index(drop=True)
    pd.testing.assert_frame_equal(written.astype(object), whole.astype(object), check_dtype=False)
    assert all(p.name in {bucket_part(b) for b in range(BUCKETS)} for p in (out / "claim_events").glob("part-b*.parquet"))


def test_claims_whose_articles_are_in_another_part_still_get_their_sources(tmp_path):
    arts, claims = _batch("a", 6, 0)
    out = write_output(tmp_path / "out", arts, [], part="part-1.parquet")
    write_output(out, [], claims, part="part-2.parquet")  # hand-made: claims apart from their articles
    update_events(out)
    assert set(_written(out)["source_names"].explode()) == {"Outlet 0", "Outlet 1", "Outlet 2"}


def test_a_crash_after_the_commit_point_is_rolled_forward(tmp_path, monkeypatch):
    out = write_output(tmp_path / "out", *_batch("a", 20, 0), part="part-1.parquet")
    update_events(out)
    old = _written(out)
    write_output(out, *_batch("b", 20, 40), part="part-2.parquet")
    real_apply = Store._apply

    def crash_on_events(self, entry):
        if entry["batch"].startswith("events-"):
            raise KeyboardInterrupt("killed")
        return real_apply(self, entry)

    monkeypatch.setattr(Store, "_apply", crash_on_events)
    with pytest.raises(KeyboardInterrupt):
        update_events(out)
    monkeypatch.setattr(Store, "_apply", real_apply)
    pd.testing.assert_frame_equal(_written(out), old)  # readers still see the old table whole
    assert list((out / "_journal").glob("events-*.json"))
    with Store(out):  # the next run's open rolls the committed update forward
        pass
    scratch = tmp_path / "scratch"
    scratch.mkdir()
    pd.testing.assert_frame_equal(_written(out), _rebuilt(out, scratch))
    state = json.loads((out / "claim_events" / "_state.json").read_text())
    assert state["rows"] == len(_written(out))


def test_a_crash_before_the_commit_point_leaves_the_old_table_and_is_redone(tmp_path, monkeypatch):
    out = write_output(tmp_path / "out", *_batch("a", 20, 0), part="part-1.parquet")
    update_events(out)
    old = _written(out)
    write_output(out, *_batch("b", 20, 40), part="part-2.parquet")
    calls = []
    real = events_module._bucket_events

    def dies_midway(path, window_days):
        calls.append(path)
        if len(calls) == 2:
            raise KeyboardInterrupt("killed")
        return real(path, window_days)

    monkeypatch.setattr(events_module, "_bucket_events", dies_midway)
    with pytest.raises(KeyboardInterrupt):
        update_events(out)
    monkeypatch.undo()
    pd.testing.assert_frame_equal(_written(out), old)
    update_events(out)
    assert not [p for p in os.listdir(out / "claim_events") if p.endswith(".tmp")]
    scratch = tmp_path / "scratch"
    scratch.mkdir()
    pd.testing.assert_frame_equal(_written(out), _rebuilt(out, scratch))


def _feed(path: Path, ids: range, value_of=lambda i: 2 + i % 3) -> None:
    with open(path, "w", encoding="utf-8") as fh:
        for i in ids:
            country = ["Japan", "Germany", "France", "Canada"][i % 4]
            fh.write(json.dumps({
                "id": f"n-{i}", "source": f"Wire {i % 2}", "published": f"2025-0{5 + i % 3}-1{i % 10}",
                "text": f"The United States demanded that {country} raise defence spending to {value_of(i)}% of GDP, officials said.",
            }) + "\n")


def _run(paths: list[Path], out: Path, full: bool = False) -> None:
    assert run(RunOptions(paths=tuple(map(str, paths)), output=str(out), full=full, progress=False, quiet=True)).status == "completed"


def test_nightly_runs_with_a_changed_article_and_full_equal_a_fresh_run(tmp_path):
    one, two = tmp_path / "one.jsonl", tmp_path / "two.jsonl"
    out = tmp_path / "out"
    _feed(one, range(0, 24))
    _run([one], out)
    _feed(two, range(24, 40))
    _run([one, two], out)  # night 2: new articles
    _feed(one, range(0, 24), value_of=lambda i: 7 if i == 3 else 2 + i % 3)
    os.utime(one, ns=(10**18, 10**18))
    _run([one, two], out)  # night 3: one article changed its figure
    fresh = tmp_path / "fresh"
    _run([one, two], fresh)
    assert compute_events(out).equals(compute_events(fresh))
    pd.testing.assert_frame_equal(_written(out), _written(fresh))
    _run([one, two], out, full=True)
    pd.testing.assert_frame_equal(_written(out), _written(fresh))
    assert 7.0 in set(_written(out)["value"])


def test_an_output_with_the_old_single_part_is_converted_to_buckets(tmp_path):
    out = write_output(tmp_path / "out", *_batch("a", 12, 0), part="part-1.parquet")
    (out / "claim_events").mkdir()
    pq.write_table(compute_events(out), out / "claim_events" / "part-0.parquet")  # written by an older version
    update_events(out)
    assert not (out / "claim_events" / "part-0.parquet").exists()
    scratch = tmp_path / "scratch"
    scratch.mkdir()
    pd.testing.assert_frame_equal(_written(out), _rebuilt(out, scratch))
