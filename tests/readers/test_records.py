"""JSON Lines and CSV: one article per line/row, bad records rejected with their number."""
from __future__ import annotations

import gzip
import json
from datetime import datetime, timezone

import pytest

from .conftest import FIXTURES, articles, assert_well_formed, read, rejects


def test_jsonl_good_and_bad_records():
    items = read(FIXTURES / "mixed.jsonl")
    for item in items:
        assert_well_formed(item)
    got = [(i["input_record"], i["reason"] if i.get("reject") else i["article_id"]) for i in items]
    assert got == [(1, "a1"), (2, "invalid_json"), (3, "invalid_json"), (5, "invalid_json"),
                   (6, "missing_text"), (7, "missing_text"), (8, "empty"), (9, "missing_text"),
                   (10, "duplicate_id"), (11, "7"), (12, None)]
    first = items[0]
    assert first["source"] == "Wire" and first["url"] == "https://wire.test/a1" and first["title"] == "Good one"
    assert first["published"] == datetime(2025, 1, 2, 3, 4, 5, tzinfo=timezone.utc)
    assert items[-2]["text"] == "Numeric id, US-style date."  # text wins over html
    assert items[-2]["published"] == datetime(2025, 6, 21, tzinfo=timezone.utc)
    assert items[-2]["source"] == "mixed"  # no source, no url: the file's name
    assert items[-1]["text"].startswith("From HTML: the deficit is 3% of GDP")
    assert items[-1]["published"] == datetime(2025, 1, 2, 9, tzinfo=timezone.utc)


def test_jsonl_legacy_encoded_line_and_bom(tmp_path):
    path = tmp_path / "legacy.ndjson"
    good = json.dumps({"text": "plain"}).encode()
    legacy = '{"text": "Caf\u00e9 spending \u2013 2%"}'.encode("cp1252")
    path.write_bytes(b"\xef\xbb\xbf" + good + b"\r\n" + legacy + b"\n")
    texts = [a["text"] for a in articles(read(path))]
    assert texts == ["plain", "Café spending – 2%"]


def test_jsonl_source_from_url(tmp_path):
    path = tmp_path / "feed.jsonl"
    path.write_text(json.dumps({"url": "https://www.example.com/x", "text": "t", "published": "garbage"}) + "\n")
    [article] = read(path)
    assert article["source"] == "example.com" and article["published"] is None


def test_truncated_gzip_jsonl_keeps_the_good_prefix(tmp_path):
    lines = [json.dumps({"id": f"r{i}", "text": f"Record {i} says the deficit is {i}% of GDP " + "x" * (i % 97)})
             for i in range(2000)]
    whole = gzip.compress(("\n".join(lines) + "\n").encode())
    path = tmp_path / "cut.jsonl.gz"
    path.write_bytes(whole[: len(whole) * 2 // 3])
    items = read(path)
    good = articles(items)
    [fault] = rejects(items)
    assert 100 < len(good) < 2000
    assert [a["article_id"] for a in good] == [f"r{i}" for i in range(len(good))]
    assert fault["reason"] == "corrupt_archive" and fault["input_record"] == len(good) + 1


def test_jsonl_cut_at_max_bytes(tmp_path):
    path = tmp_path / "big.jsonl"
    path.write_text("".join(json.dumps({"text": f"record {i} " + "y" * 50}) + "\n" for i in range(100)))
    items = read(path, max_bytes=2000)
    assert 0 < len(articles(items)) < 100
    assert rejects(items)[-1]["reason"] == "too_large"


def test_binary_file_under_jsonl_name(tmp_path):
    path = tmp_path / "blob.jsonl"
    path.write_bytes(bytes(range(256)) * 100)
    assert [r["reason"] for r in read(path)] == ["binary"]


def test_csv_rows():
    items = read(FIXTURES / "briefs.csv")
    for item in items:
        assert_well_formed(item)
    got = [(i["input_record"], i["reason"] if i.get("reject") else i["article_id"]) for i in items]
    # row 2 (",,,,,") is a record without text; row 3's text is blank
    assert got == [(1, "b1"), (2, "empty"), (3, "empty"), (4, "b3"), (5, "duplicate_id")]
    first = items[0]
    assert first["text"] == "China will run a deficit of about 4% of GDP, the premier said.\nA second line in the same field."
    assert first["title"] == "Deficit target" and first["source"] == "Briefs"
    assert first["published"] == datetime(2025, 3, 5, tzinfo=timezone.utc)
    assert items[3]["source"] == "briefs"


def test_csv_row_of_blank_fields_is_rejected_and_blank_lines_are_not_records(tmp_path):
    path = tmp_path / "feed.csv"
    path.write_text("id,title,text\n"
                    "a1,One,The deficit will be 3% of GDP.\n"
                    "\n"  # a blank line between rows: not a record (it still counts in the numbering)
                    ",,\n"  # every field blank: a record that cannot become an article
                    "  \n"  # spaces only: a blank line
                    " , ,\t\n"  # blank fields holding spaces: a record
                    "a2,Two,Aid rose to 0.7% of GNI.\n", encoding="utf-8")
    items = read(path)
    for item in items:
        assert_well_formed(item)
    got = [(i["input_record"], i["reason"] if i.get("reject") else i["article_id"]) for i in items]
    assert got == [(1, "a1"), (3, "empty"), (5, "empty"), (6, "a2")]
    assert items[1]["detail"] == "every field of the row is blank"


def test_csv_without_text_column_is_rejected_whole():
    [reject] = read(FIXTURES / "no_text_column.csv")
    assert reject["reason"] == "invalid_csv" and reject["input_record"] is None


def test_csv_html_column_huge_field_and_cp1252(tmp_path):
    path = tmp_path / "pages.csv.gz"
    huge = "word " * 60_000  # far above csv's default 128 KB field limit
    body = f'HTML,id\n"<html><body><article><p>The minister said on Monday that spending will rise to 2% of GDP. {huge}</p></article></body></html>",p1\n'
    path.write_bytes(gzip.compress(body.encode()))
    [article] = read(path)
    assert article["text"].startswith("The minister said on Monday that spending will rise to 2% of GDP.")
    legacy = tmp_path / "legacy.csv"
    legacy.write_bytes("text\nCaf\u00e9 owners pay 5% more \u2013 or so\n".encode("cp1252"))
    [article] = read(legacy)
    assert article["text"] == "Café owners pay 5% more – or so"


@pytest.mark.parametrize("content", [b"", b"\n\n", b"text\n"])
def test_csv_without_rows(tmp_path, content):
    path = tmp_path / "empty.csv"
    path.write_bytes(content)
    items = read(path)
    assert all(r["reason"] == "empty" for r in items)


@pytest.mark.corpora
def test_reuters_corpus_reads_completely(corpora):
    import time

    start = time.perf_counter()
    items = read(corpora / "reuters21578.jsonl")
    seconds = time.perf_counter() - start
    assert len(items) == 19043 and not rejects(items)
    assert items[0]["article_id"] == "reuters-1" and items[0]["source"] == "Reuters"
    assert items[0]["published"] == datetime(1987, 2, 26, 15, 1, 1, tzinfo=timezone.utc)
    print(f"reuters: {len(items) / seconds:.0f} records/s")


def test_truncated_gzip_csv_keeps_the_good_prefix(tmp_path):
    rows = "".join(f'r{i},"Row {i}: the deficit is {i}% of GDP {"z" * (i % 89)}"\n' for i in range(3000))
    whole = gzip.compress(("id,text\n" + rows).encode())
    path = tmp_path / "cut.csv.gz"
    path.write_bytes(whole[: len(whole) // 2])
    items = read(path)
    good = articles(items)
    [fault] = rejects(items)
    assert 100 < len(good) < 3000 and fault["reason"] == "corrupt_archive"
    assert [a["article_id"] for a in good] == [f"r{i}" for i in range(len(good))]


def test_jsonl_utf16_with_bom(tmp_path):
    path = tmp_path / "wide.jsonl"
    path.write_bytes(('{"id": "w1", "text": "Caf\u00e9 tax up 2%"}\n{"id": "w2", "text": "ok"}\n').encode("utf-16"))
    assert [a["text"] for a in read(path)] == ["Café tax up 2%", "ok"]


def test_invalid_json_detail_names_the_column():
    items = read(FIXTURES / "mixed.jsonl")
    assert items[1]["detail"] == "unexpected control character in string at column 29"


def test_python_style_json_and_lone_surrogates(tmp_path):
    path = tmp_path / "py.jsonl"
    path.write_text('{"text": "a\\ud800b", "score": NaN}\n{"text": "ok", "x": Infinity}\n')
    assert [a["text"] for a in read(path)] == ["ab", "ok"]


@pytest.mark.parametrize("delimiter", [";", "\t", "|"])
def test_csv_other_delimiters(tmp_path, delimiter):
    path = tmp_path / "excel.csv"
    path.write_text(delimiter.join(["id", "Text"]) + "\n" + delimiter.join(["e1", '"Spending, they said, rose 2%."']) + "\n")
    [article] = read(path)
    assert article["article_id"] == "e1" and article["text"] == "Spending, they said, rose 2%."
