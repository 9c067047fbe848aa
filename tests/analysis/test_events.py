"""Claim events: the same claim across articles and outlets, close in time, becomes one row."""
from __future__ import annotations

from datetime import timedelta

import pandas as pd
import pyarrow.parquet as pq
import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from pipeline.analysis.events import build_events, events_table, update_events
from pipeline.analysis.tables import COLUMNS, KEY, SCHEMA, WINDOW_DAYS
from pipeline.schema import to_arrow

from .conftest import T0, article, claim, write_output


def _events(articles, claims, **kw) -> pd.DataFrame:
    from pipeline.analysis.load import to_frame

    return to_frame(events_table(to_arrow("claims", claims), to_arrow("articles", articles), **kw), "claim_events")


def test_seed_and_a_second_differently_worded_report_merge_into_one_event_with_two_sources(two_reports):
    articles, claims = two_reports
    events = _events(articles, claims)
    assert len(events) == 1
    e = events.iloc[0]
    assert (e.actor_code, e.target_code, e.metric, e.claim_type, e.value, e.unit, e.basis) == ("USA", "JPN", "defense_spending", "demand", 3.5, "percent", "GDP")
    assert (e.mentions, e.articles, e.sources, e.hedged_mentions) == (2, 2, 2, 1)
    assert e.first_seen == pd.Timestamp("2025-06-21", tz="UTC") and e.last_seen == pd.Timestamp("2025-06-22", tz="UTC")
    assert list(e.claim_ids) == ["c1", "c2"] and list(e.article_ids) == ["seed", "second"]
    assert list(e.source_names) == ["Other Daily", "Seed News"]
    assert e.figure_text == "3.5% of its GDP"  # as the earliest report wrote it


def test_build_events_on_dataframes_gives_the_same_table(two_reports):
    articles, claims = two_reports
    a = to_arrow("articles", articles).to_pandas()
    c = to_arrow("claims", claims).to_pandas()
    c["metric"] = c["metric"].astype("category")
    got = build_events(c, a)
    want = _events(articles, claims)
    pd.testing.assert_frame_equal(got, want)


@pytest.mark.parametrize(
    "change",
    [
        {"actor_code": "NATO"}, {"target_code": "DEU"}, {"metric": "public_spending"}, {"claim_type": "proposal"},
        {"value": 3.0}, {"unit": "percentage_points"}, {"basis": None}, {"negated": True},
    ],
)
def test_claims_differing_in_any_key_column_stay_apart(two_reports, change):
    articles, claims = two_reports
    claims[1].update(change)
    assert len(_events(articles, claims)) == 2


def test_same_article_twice_counts_two_mentions_one_article():
    articles = [article("a", "Wire")]
    claims = [claim("c1", "a"), claim("c2", "a", char_start=50)]
    e = _events(articles, claims).iloc[0]
    assert (e.mentions, e.articles, e.sources) == (2, 1, 1)


def test_close_in_time_is_chained_within_the_window():
    days = [0, 20, 40, 60, 100]  # each within 30 days of the previous until the 40-day gap
    articles = [article(f"a{d}", f"S{d}", d) for d in days]
    claims = [claim(f"c{d}", f"a{d}", d) for d in days]
    events = _events(articles, claims)
    assert sorted(events["mentions"]) == [1, 4]
    assert WINDOW_DAYS == 30
    assert len(_events(articles, claims, window_days=45)) == 1


def test_undated_claims_form_an_event_of_their_own():
    articles = [article("a", "Wire", 0), article("b", "Blog", published=None), article("c", "Blog2", published=None)]
    claims = [claim("c1", "a", 0), claim("c2", "b", published=None), claim("c3", "c", published=None)]
    events = _events(articles, claims)
    undated = events[events["first_seen"].isna()]
    assert len(events) == 2 and len(undated) == 1 and undated.iloc[0]["sources"] == 2


def test_unnamed_actors_merge_with_each_other_and_value_noise_is_ignored():
    articles = [article("a", "A"), article("b", "B", 1)]
    claims = [claim("c1", "a", actor_code=None, value=3.5), claim("c2", "b", 1, actor_code=None, value=3.5000000001)]
    events = _events(articles, claims)
    assert len(events) == 1 and pd.isna(events.iloc[0]["actor_code"])


def test_event_ids_are_stable_and_follow_the_first_day(two_reports):
    articles, claims = two_reports
    first = _events(articles, claims).iloc[0]["event_id"]
    later = articles + [article("third", "Third", 5)]
    assert _events(later, claims + [claim("c3", "third", 5)]).iloc[0]["event_id"] == first  # later report joins
    earlier = articles + [article("zero", "Early", -3)]
    moved = _events(earlier, claims + [claim("c0", "zero", -3)])
    assert len(moved) == 1 and moved.iloc[0]["event_id"] != first  # documented: first day moved back
    assert list(moved.iloc[0]["claim_ids"]) == ["c0", "c1", "c2"]


def test_no_claims_gives_an_empty_table_of_the_declared_schema():
    table = events_table(to_arrow("claims", []), to_arrow("articles", []))
    assert table.num_rows == 0 and table.schema.equals(SCHEMA)


def test_declaration_names_the_key_columns():
    names = [c.name for c in COLUMNS]
    assert set(KEY) <= set(names) and names[0] == "event_id"
    assert {"actor_code", "target_code", "metric", "claim_type", "value", "unit", "basis"} <= set(KEY)


def _event_parts(out) -> list:
    """The claim_events part files that hold events (not the empty schema part)."""
    return sorted(p for p in (out / "claim_events").glob("part-b*.parquet"))


def test_update_events_writes_the_table_atomically_and_follows_new_claims(tmp_path, two_reports):
    articles, claims = two_reports
    out = write_output(tmp_path / "out", articles[:1], claims[:1])
    assert update_events(out) == 1
    [part] = _event_parts(out)  # one event: one bucket
    assert pq.read_table(part).column("articles").to_pylist() == [1]
    write_output(out, articles[1:], claims[1:], part="part-b.parquet")  # the next nightly run's batch
    (out / "claim_events" / f".{part.name}.events-x.tmp").write_bytes(b"junk from a killed run")
    assert update_events(out) == 1
    assert _event_parts(out) == [part]
    assert pq.read_table(part).column("sources").to_pylist() == [2]
    assert sorted(p.name for p in (out / "claim_events").iterdir()) == sorted([part.name, "_state.json", "part-0-schema.parquet"])
    assert len(pd.read_parquet(out / "claim_events")) == 1


def test_update_events_on_an_output_without_claims(tmp_path):
    out = write_output(tmp_path / "out", [], [])
    assert update_events(out) == 0
    assert _event_parts(out) == []
    empty = pd.read_parquet(out / "claim_events")
    assert len(empty) == 0 and list(empty.columns) == [c.name for c in COLUMNS]


def test_update_events_skips_work_when_claims_did_not_change(tmp_path, two_reports):
    articles, claims = two_reports
    out = write_output(tmp_path / "out", articles, claims)
    assert update_events(out) == 1
    [part] = _event_parts(out)
    before = part.stat().st_ino  # a rewrite renames a new file into place
    assert update_events(out) == 1 and part.stat().st_ino == before  # nothing new: not rewritten
    assert update_events(out, force=True) == 1 and part.stat().st_ino != before
    assert update_events(out, window_days=10) == 1  # another window is another table


@settings(max_examples=60, deadline=None)
@given(st.lists(st.tuples(st.integers(0, 3), st.sampled_from([2.0, 3.5, 5.0]), st.sampled_from(["USA", None]),
                          st.one_of(st.none(), st.integers(0, 120))), max_size=25), st.randoms())
def test_every_claim_lands_in_exactly_one_event_whatever_the_order(rows, rnd):
    articles = [article(f"a{i}", f"S{src}", published=None if day is None else T0 + timedelta(days=day))
                for i, (src, _, _, day) in enumerate(rows)]
    claims = [claim(f"c{i}", f"a{i}", published=a["published"], value=v, actor_code=actor)
              for i, ((_, v, actor, _), a) in enumerate(zip(rows, articles))]
    events = _events(articles, claims)
    ids = [c for ids in events["claim_ids"] for c in ids]
    assert sorted(ids) == sorted(c["claim_id"] for c in claims)
    assert events["mentions"].sum() == len(claims) and events["event_id"].is_unique
    shuffled = claims[:]
    rnd.shuffle(shuffled)
    pd.testing.assert_frame_equal(_events(articles, shuffled), events)
