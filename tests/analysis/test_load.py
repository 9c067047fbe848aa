"""`load`: typed DataFrames, filters pushed down to Parquet."""
from __future__ import annotations

import pandas as pd
import pytest

from pipeline.analysis.events import update_events
from pipeline.analysis.load import _filter, load, table_names
from pipeline.schema import CLAIM_TYPES, METRICS

from .conftest import article, claim, write_output


@pytest.fixture()
def out(tmp_path):
    articles = [article("a", "Wire", 0), article("b", "Daily", 9), article("c", "Wire", 40), article("d", "Blog", published=None)]
    claims = [
        claim("c1", "a", 0),
        claim("c2", "b", 9, actor_code="NATO", target_code="DEU", value=5.0, claim_type="commitment"),
        claim("c3", "c", 40, metric="fiscal_deficit", actor_code=None, target_code="FRA", value=3.0, deadline_year=2029),
        claim("c4", "d", published=None, unit="tonne", basis=None),
    ]
    return write_output(tmp_path / "out", articles, claims)


def test_every_table_loads_with_declared_dtypes(out):
    for table in table_names():
        df = load(table, out)
        assert isinstance(df, pd.DataFrame)
    claims = load("claims", out)
    assert list(claims["metric"].cat.categories) == list(METRICS)
    assert list(claims["claim_type"].cat.categories) == list(CLAIM_TYPES)
    assert "tonne" in claims["unit"].cat.categories  # open vocabulary: observed units added
    assert str(claims["published"].dtype).startswith("datetime64") and str(claims["published"].dt.tz) == "UTC"
    assert str(claims["deadline_year"].dtype) == "Int32" and claims["deadline_year"].isna().sum() == 3
    assert claims["hedged"].dtype == bool
    assert str(load("articles", out)["input_record"].dtype) == "Int64"


def test_date_range_is_inclusive_and_whole_days(out):
    got = load("claims", out, start="2025-06-21", end="2025-06-30")
    assert sorted(got["claim_id"]) == ["c1", "c2"]
    assert sorted(load("claims", out, end="2025-06-21")["claim_id"]) == ["c1"]
    assert sorted(load("claims", out, start=pd.Timestamp("2025-06-21 00:00:01", tz="UTC"))["claim_id"]) == ["c2", "c3"]
    assert sorted(load("articles", out, start="2025-07-01")["article_id"]) == ["c"]


def test_metric_actor_target_filters_take_one_value_or_several(out):
    assert sorted(load("claims", out, metric="defense_spending")["claim_id"]) == ["c1", "c2", "c4"]
    assert sorted(load("claims", out, actor=["USA", "NATO"], target="DEU")["claim_id"]) == ["c2"]
    assert list(load("claims", out, target=["FRA"], columns=["claim_id", "value"]).columns) == ["claim_id", "value"]


def test_filters_are_pushed_down_as_dataset_expressions(out):
    lo = pd.Timestamp("2025-06-21", tz="UTC")
    expr = _filter("claims", lo, None, "defense_spending", ["USA"], None, out)
    text = str(expr)
    assert "published" in text and "metric" in text and "actor_code" in text


def test_mentions_by_date_go_through_their_articles(out):
    import pyarrow.parquet as pq

    from pipeline.schema import to_arrow

    rows = [{"mention_id": f"m{a}", "article_id": a, "sentence_index": 0, "char_start": 0, "char_end": 3, "surface": "3%",
             "value": 3.0, "value_low": 3.0, "value_high": 3.0, "bound": "exact", "unit": "percent", "basis": None,
             "currency": None, "change": None, "parser": "grammar"} for a in "abcd"]
    pq.write_table(to_arrow("mentions", rows), out / "mentions" / "part-a.parquet")
    assert sorted(load("mentions", out, start="2025-06-25")["article_id"]) == ["b", "c"]


def test_claim_events_load_written_or_computed_on_the_fly(out):
    on_the_fly = load("claim_events", out)
    update_events(out)
    written = load("claim_events", out)
    pd.testing.assert_frame_equal(on_the_fly, written)
    assert str(written["first_seen"].dt.tz) == "UTC" and isinstance(written["metric"].dtype, pd.CategoricalDtype)
    assert sorted(load("claim_events", out, start="2025-06-25", end="2025-07-05")["target_code"]) == ["DEU"]
    assert list(load("claim_events", out, metric="fiscal_deficit")["target_code"]) == ["FRA"]


def test_missing_output_gives_empty_typed_tables(tmp_path):
    df = load("claims", tmp_path / "nothing")
    assert df.empty and isinstance(df["metric"].dtype, pd.CategoricalDtype)
    assert load("claim_events", tmp_path / "nothing").empty


@pytest.mark.parametrize(
    "kwargs, message",
    [
        ({"table": "claimz"}, "unknown table"),
        ({"table": "claims", "metric": "defence_spending"}, "unknown metric"),
        ({"table": "articles", "actor": "USA"}, "applies to claims"),
        ({"table": "rejects", "start": "2025-01-01"}, "no date"),
        ({"table": "claims", "columns": ["nope"]}, "no column"),
    ],
)
def test_bad_requests_say_what_is_wrong(out, kwargs, message):
    with pytest.raises(ValueError, match=message):
        load(output=out, **kwargs)
