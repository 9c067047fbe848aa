"""Property-based tests: random text through `process_article`, random bytes through a whole run.

Never raises; every offset slices back to its text; every value is finite and ordered.
"""
from __future__ import annotations

import math
from pathlib import Path

import pandas as pd
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from pipeline.options import RunOptions
from pipeline.process import finish_article, process_article
from pipeline.run import run

# text that looks like news about figures: words, digits, signs, currency, unicode and line breaks
PIECES = st.sampled_from([
    "the", "government", "pledged", "defence", "spending", "of", "GDP", "budget", "deficit", "to", "by", "NATO",
    "Japan", "U.S.", "allies", "per cent", "percent", "%", "$", "€", "£", "¥", "bn", "billion", "trillion", "mln",
    "dlrs", "yen", "euros", "rose", "fell", "from", "between", "and", "about", "at least", "up to", "2030",
    ".", ",", ";", "(", ")", "[", "]", "-", "–", "\n", "\n\n", " ", "\t", "\u00a0", "½", "٣", "१", "Ⅻ", "𝟗",
    "3.5", "1,000", "0.5", "12", "2.5%", "5%", "1.5bn", "-3", "1e308", "9" * 40, "1" * 400, "“", "”", "'s",
])
NEWSY = st.lists(st.one_of(PIECES, st.integers(-10**6, 10**12).map(str), st.text(max_size=6)), max_size=120).map(" ".join)
ANY_TEXT = st.one_of(NEWSY, st.text(max_size=400))


def _check_rows(text: str, rows) -> None:
    for m in rows.mentions:
        assert text[m["char_start"]:m["char_end"]] == m["surface"], m
        for k in ("value", "value_low", "value_high"):
            assert isinstance(m[k], float) and math.isfinite(m[k]), m
        assert m["value_low"] <= m["value"] <= m["value_high"], m
    by_id = {m["mention_id"]: m for m in rows.mentions}
    for c in rows.claims:
        span = text[c["char_start"]:c["char_end"]]
        m = by_id[c["mention_id"]]
        assert span == c["figure_text"] or m["surface"] in span, c
        assert c["char_start"] <= m["char_start"] and m["char_end"] <= c["char_end"] or span == c["figure_text"], c
        for k in ("value", "value_low", "value_high"):
            assert math.isfinite(c[k]), c
        assert c["value_low"] <= c["value"] <= c["value_high"], c
        if c.get("compared_to") is not None:
            assert math.isfinite(c["compared_to"])
        assert 0.0 <= c["confidence"] <= 1.0


@settings(max_examples=150, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(text=ANY_TEXT, title=st.one_of(st.none(), st.text(max_size=40)))
def test_random_text_through_process_article(text, title):
    article = finish_article({"article_id": None, "source": "fuzz", "url": None, "title": title, "published": None,
                              "text": text, "input_path": "/fuzz.txt", "input_record": None}, "run")
    _check_rows(text, process_article(article, "run"))


KINDS = ["a.txt", "b.md", "c.html", "d.jsonl", "e.csv", "f.warc", "g.txt.gz", "h.jsonl.gz", "i.warc.gz", "j.ndjson"]


@settings(max_examples=12, deadline=None, suppress_health_check=[HealthCheck.too_slow, HealthCheck.function_scoped_fixture])
@given(data=st.lists(st.one_of(st.binary(max_size=600), NEWSY.map(str.encode),
                               NEWSY.map(lambda t: ('{"text": "%s"}\n' % t.replace("\\", "").replace('"', "")).encode())),
                     min_size=len(KINDS), max_size=len(KINDS)),
       gz_prefix=st.booleans())
def test_random_bytes_as_every_kind_through_a_run(tmp_path_factory, data, gz_prefix):
    base = tmp_path_factory.mktemp("fuzzrun")
    inp = base / "in"
    inp.mkdir()
    for name, blob in zip(KINDS, data):
        if gz_prefix and name.endswith(".gz"):
            import gzip

            blob = gzip.compress(blob)[: max(10, len(blob))]  # real gzip, maybe cut
        (inp / name).write_bytes(blob)
    summary = run(RunOptions(paths=(str(inp),), output=str(base / "out"), progress=False))
    assert summary.status == "completed"
    out = Path(base / "out")
    articles = pd.read_parquet(out / "articles")
    rejects = pd.read_parquet(out / "rejects")
    # every file is accounted for: an article or a reject (or both, for multi-record files)
    seen = set(articles.input_path) | set(rejects.input_path)
    assert {str(inp / n) for n in KINDS} <= seen, {str(inp / n) for n in KINDS} - seen
    texts = dict(zip(articles.article_id, articles.text))
    mentions = pd.read_parquet(out / "mentions")
    for m in mentions.itertuples():
        assert texts[m.article_id][m.char_start:m.char_end] == m.surface
    assert mentions[["value", "value_low", "value_high"]].map(math.isfinite).all().all()
