"""Random input of every kind: reading never raises and yields only well-formed items."""
from __future__ import annotations

import gzip
import json
import os
import tempfile

from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from .conftest import assert_well_formed, read

NAMES = ["x.txt", "x.md", "x.html", "x.jsonl", "x.csv", "x.warc", "x.txt.gz", "x.jsonl.gz", "x.csv.gz", "x.warc.gz"]
FUZZ = settings(max_examples=40, deadline=None, suppress_health_check=[HealthCheck.too_slow])

# bytes that look a little like each format, so the fuzzer gets past the first check more often
_FRAGMENTS = st.sampled_from([b"{", b"}", b'"text"', b":", b",", b"\n", b"\r\n", b"<p>", b"</p>", b"<html>",
                              b"WARC/1.0\r\n", b"text,html\n", b'"', b"\x00", b"\xff\xfe", b"\xef\xbb\xbf",
                              b"3.5% of GDP", b"Advertisement", b"Related Articles", b"# ", b"null", b"\x1f\x8b"])
_CONTENT = st.one_of(st.binary(max_size=3000), st.lists(st.one_of(_FRAGMENTS, st.binary(max_size=20)), max_size=60).map(b"".join))


def _read_bytes(name: str, data: bytes, compress: bool) -> list[dict]:
    with tempfile.TemporaryDirectory() as folder:
        path = os.path.join(folder, name)
        with open(path, "wb") as fh:
            fh.write(gzip.compress(data) if compress and name.endswith(".gz") else data)
        return read(path, max_bytes=100_000, max_chars=500)


@FUZZ
@given(name=st.sampled_from(NAMES), data=_CONTENT, compress=st.booleans())
def test_random_bytes_never_raise(name, data, compress):
    for item in _read_bytes(name, data, compress):
        assert_well_formed(item)


_JSON_VALUES = st.recursive(
    st.none() | st.booleans() | st.integers() | st.floats(allow_nan=False) | st.text(max_size=40),
    lambda inner: st.lists(inner, max_size=3) | st.dictionaries(st.text(max_size=5), inner, max_size=3),
    max_leaves=8)
_RECORDS = st.dictionaries(st.sampled_from(["id", "url", "source", "title", "published", "text", "html", "x"]),
                           _JSON_VALUES, max_size=7)


@FUZZ
@given(records=st.lists(_RECORDS, max_size=8))
def test_random_json_records_never_raise(records):
    data = "\n".join(json.dumps(r) for r in records).encode()
    for item in _read_bytes("x.jsonl", data, False):
        assert_well_formed(item)


_PAGE_LINES = st.sampled_from([
    "30.2 C", "New York", "Saturday, June 21, 2025", "", "Tensions Rise: Japan Cancels Meeting Over Spending",
    "- Advertisement -", "Japan has canceled a key meeting with the United States on Friday.", "Related Articles",
    "By Jane Doe", "comments.", "Share on Facebook", "a", "# Head", "**x**", "[l](u)", "---", "> q", "LEAVE A REPLY",
    "the deficit rose to 3% of GDP,", "Home | World | Business", "Published: 3 March 2025"])


@FUZZ
@given(lines=st.lists(_PAGE_LINES, max_size=30), name=st.sampled_from(["p.txt", "p.md"]))
def test_page_cleaning_only_removes(lines, name):
    """Whatever the mix of boilerplate and text, cleaning never invents words."""
    source_words = set(" ".join(lines).split())
    for item in _read_bytes(name, "\n".join(lines).encode(), False):
        assert_well_formed(item)
        if not item.get("reject") and name.endswith(".txt"):
            assert set((item["title"] or "").split()) | set(item["text"].split()) <= source_words
