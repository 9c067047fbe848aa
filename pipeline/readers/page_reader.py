"""One-article files: plain text and Markdown (scraped-page cleaning) and HTML (trafilatura)."""
from __future__ import annotations

import re
from typing import Iterator

from .html import extract_html
from .markdown import strip_markdown
from .pages import clean_page
from .rawio import SNIFF_BYTES, ReadFailure, binary_reason, decode_bytes, read_all
from .records import choose_source, finish_article, make_reject
from .textnorm import normalise_text


_HTML_START = re.compile(rb"\A(?:\xef\xbb\xbf)?\s*(?:<!doctype\s+html|<html[\s>])", re.IGNORECASE)


def _page_fields(kind: str, data: bytes) -> dict:
    if kind == "html" or (kind == "text" and _HTML_START.match(data[:1024])):
        # a web page saved under .txt is still a web page: its markup must not become text
        page = extract_html(data)
        return {"title": page.title, "published": page.published, "text": normalise_text(page.text),
                "url": page.url, "site": page.site}
    text = normalise_text(decode_bytes(data))
    title = published = None
    if kind == "markdown":
        title, published, text = strip_markdown(text)
    cleaned = clean_page(text, title)
    return {"title": cleaned.title, "published": published or cleaned.published, "text": cleaned.text,
            "url": None, "site": None}


def read_page_file(path: str, kind: str, compressed: bool, max_bytes: int, max_chars: int) -> Iterator[dict]:
    try:
        data = read_all(path, compressed, max_bytes)
        if not data.strip():
            yield make_reject(path, None, "empty", "file is empty" if not data else "whitespace only")
            return
        why_binary = binary_reason(data[:SNIFF_BYTES])
        if why_binary:
            yield make_reject(path, None, "binary", why_binary)
            return
        page = _page_fields(kind, data)
    except ReadFailure as failure:
        yield make_reject(path, None, failure.reason, failure.detail)
        return
    fields = {"article_id": None, "source": choose_source(None, page["url"], page["site"], path, one_article_file=True),
              "url": page["url"], "title": page["title"], "published": page["published"], "text": page["text"],
              "input_path": path, "input_record": None}
    yield from finish_article(fields, max_chars)
