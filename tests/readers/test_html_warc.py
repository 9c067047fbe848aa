"""HTML pages (files, record fields, WARC responses): main text only, metadata, guards."""
from __future__ import annotations

import io
import json
import re
import time
from datetime import datetime, timezone

import pytest

from pipeline.readers.html import extract_html

from .conftest import FIXTURES, articles, assert_well_formed, read, rejects


def test_boilerplate_figures_never_reach_the_text():
    [article] = read(FIXTURES / "boilerplate_page.html")
    assert_well_formed(article)
    text = article["text"]
    # every figure in script, style, cookie banner, nav, aside and footer is 61-66%
    assert not re.search(r"6[1-6]%", text), text
    assert text.startswith("Prime Minister Mark Carney said on Monday")
    assert "1.4% of GDP" in text and "\n\n" in text
    assert article["title"] == "Canada pledges to reach 2% of GDP on defence this year"
    assert not text.startswith(article["title"])  # the headline is not repeated in the body
    assert article["published"] == datetime(2025, 6, 9, 20, 30, tzinfo=timezone.utc)
    assert article["url"] == "https://www.examplepost.test/2025/06/09/canada-defence"
    assert article["source"] == "Example Post"


def test_time_element_gives_the_date(tmp_path):
    path = tmp_path / "page.htm"
    path.write_text("<html><body><article><h1>Deficit falls</h1><time datetime='2024-11-05T08:00:00+01:00'>5 Nov</time>"
                    "<p>The deficit fell to 2.1% of GDP in the third quarter, the statistics office said on Tuesday.</p>"
                    "</article></body></html>")
    [article] = read(path)
    assert article["published"] == datetime(2024, 11, 5, 7, tzinfo=timezone.utc)
    assert article["title"] == "Deficit falls"


def test_declared_legacy_charset(tmp_path):
    path = tmp_path / "legacy.html"
    page = ("<html><head><meta charset='windows-1252'></head><body><article><p>Caf\u00e9 owners said on Monday "
            "that the new tax \u2013 set at 5% \u2013 would hurt small businesses across the whole country.</p>"
            "</article></body></html>")
    path.write_bytes(page.encode("cp1252"))
    [article] = read(path)
    assert "Café owners" in article["text"] and "– set at 5% –" in article["text"]


def test_deeply_nested_html_is_rejected_quickly(tmp_path):
    depth = 100_000
    page = "<html><body>" + "<div>" * depth + "<p>Deep 5% text.</p>" + "</div>" * depth + "</body></html>"
    path = tmp_path / "deep.html"
    path.write_text(page)
    start = time.perf_counter()
    [reject] = read(path)
    assert time.perf_counter() - start < 10
    assert reject["reason"] == "unsupported" and "nested" in reject["detail"]
    record = tmp_path / "deep.jsonl"
    record.write_text(json.dumps({"id": "d", "html": page}) + "\n" + json.dumps({"id": "e", "text": "ok"}) + "\n")
    items = read(record)
    assert [i.get("reason") or i["article_id"] for i in items] == ["unsupported", "e"]


def test_page_without_article_text_is_empty(tmp_path):
    path = tmp_path / "nav.html"
    path.write_text("<html><body><nav><a href='/'>Home</a></nav><script>var a = '5%';</script></body></html>")
    [reject] = read(path)
    assert reject["reason"] == "empty"


def test_html_size_cap(monkeypatch):
    from pipeline.readers import html as html_module
    from pipeline.readers.rawio import ReadFailure

    monkeypatch.setattr(html_module, "HTML_MAX_BYTES", 100)
    with pytest.raises(ReadFailure) as failure:
        extract_html(b"<p>" + b"x" * 200 + b"</p>")
    assert failure.value.reason == "too_large"


def _warc_bytes(gzip_records: bool) -> bytes:
    from warcio.statusandheaders import StatusAndHeaders
    from warcio.warcwriter import WARCWriter

    out = io.BytesIO()
    writer = WARCWriter(out, gzip=gzip_records)
    writer.write_record(writer.create_warcinfo_record("x.warc", {"software": "test"}))

    def response(url, status, ctype, body, date="2025-05-01T12:00:00Z"):
        headers = StatusAndHeaders(status, [("Content-Type", ctype)], protocol="HTTP/1.1")
        record = writer.create_warc_record(url, "response", payload=io.BytesIO(body), http_headers=headers,
                                           warc_headers_dict={"WARC-Date": date})
        writer.write_record(record)

    page = ("<html><head><title>Aid falls</title></head><body><article><h1>Aid falls</h1><p>Official development "
            "assistance fell 7.1% in 2024, the OECD said on Wednesday in its preliminary figures.</p></article>"
            "</body></html>").encode()
    response("https://www.news.test/aid", "200 OK", "text/html; charset=utf-8", page)
    response("https://www.news.test/missing", "404 Not Found", "text/html", b"<p>gone</p>")
    response("https://www.news.test/data.json", "200 OK", "application/json", b'{"a": 1}')
    dated = page.replace(b"<head>", b"<head><meta property='article:published_time' content='2025-04-16T10:00:00Z'>")
    response("https://other.test/aid2", "200 OK", "text/html", dated)
    return out.getvalue()


@pytest.mark.parametrize("gzip_records, name", [(False, "crawl.warc"), (True, "crawl.warc.gz")])
def test_warc_html_responses_only(tmp_path, gzip_records, name):
    path = tmp_path / name
    path.write_bytes(_warc_bytes(gzip_records))
    items = read(path)
    for item in items:
        assert_well_formed(item)
    assert [(a["input_record"], a["url"]) for a in items] == [(2, "https://www.news.test/aid"), (5, "https://other.test/aid2")]
    first, second = items
    assert first["published"] == datetime(2025, 5, 1, 12, tzinfo=timezone.utc)  # WARC-Date: the page has none
    assert second["published"] == datetime(2025, 4, 16, 10, tzinfo=timezone.utc)
    assert first["source"] == "news.test" and first["title"] == "Aid falls"
    assert first["text"].startswith("Official development assistance fell 7.1%")


def test_damaged_warc_keeps_earlier_records(tmp_path):
    data = _warc_bytes(False)
    path = tmp_path / "damaged.warc"
    cut = data.index(b"WARC/1.0", data.index(b"https://www.news.test/missing"))  # the record after the 404
    path.write_bytes(data[:cut] + b"this is not a WARC record at all\r\n\r\n" + data[cut:])
    items = read(path)
    assert [a["url"] for a in articles(items)] == ["https://www.news.test/aid"]
    assert rejects(items)[-1]["reason"] == "corrupt_archive"


def test_not_a_warc(tmp_path):
    path = tmp_path / "junk.warc.gz"
    path.write_bytes(b"\x1f\x8b\x08\x00garbage that is not gzip")
    [reject] = read(path)
    assert reject["reason"] == "corrupt_archive" and reject["input_record"] is None


def test_latin1_label_is_read_as_windows_1252(tmp_path):
    path = tmp_path / "label.html"
    page = ("<html><head><meta http-equiv='Content-Type' content='text/html; charset=ISO-8859-1'></head><body>"
            "<article><p>The levy \u2013 worth \u20ac5bn \u2013 was announced on Monday by the finance "
            "minister, who said it would raise 0.2% of GDP.</p></article></body></html>")
    path.write_bytes(page.encode("cp1252"))
    [article] = read(path)
    assert "The levy – worth €5bn – was announced" in article["text"]


def test_huge_page_uses_the_linear_extractor(tmp_path):
    paragraphs = "".join(f"<p>Paragraph {i} says spending rose {i % 9}% of GDP this year.</p>" for i in range(30_000))
    page = ("<html><head><title>Huge | Site</title><meta property='og:site_name' content='Site'></head><body>"
            "<nav>Markets 71%</nav><div id='cookie-consent'>72% accept cookies</div>"
            f"<article><h1>Huge page</h1>{paragraphs}<div class='related-links'><p>Related: 73%</p></div></article>"
            "<aside>74%</aside><footer>75%</footer><script>var x = '76%';</script></body></html>")
    path = tmp_path / "huge.html"
    path.write_text(page)
    start = time.perf_counter()
    [article] = read(path)
    assert time.perf_counter() - start < 10  # trafilatura would take ~40 s
    assert article["title"] == "Huge page" and article["source"] == "Site"
    assert article["text"].startswith("Paragraph 0 says spending rose 0% of GDP this year.\n\nParagraph 1")
    assert article["text"].count("\n\n") == 29_999
    assert not re.search(r"7[1-6]%", article["text"])


def test_html_saved_as_txt_is_read_as_html(tmp_path):
    path = tmp_path / "saved-page.txt"
    path.write_bytes((FIXTURES / "boilerplate_page.html").read_bytes())
    [article] = read(path)
    assert article["title"] == "Canada pledges to reach 2% of GDP on defence this year"
    assert "<" not in article["text"] and not re.search(r"6[1-6]%", article["text"])
