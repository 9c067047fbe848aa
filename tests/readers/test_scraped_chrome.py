"""Scraped pages with chrome around the headline: title, date and body are read right.

Each page in fixtures/chrome/ was written for this test (own sentences on 2024-25 defence and
fiscal news; the figures follow public reporting loosely). expected.json gives, per page, the
title, the publication day, the first and last body sentences, the chrome lines between them
("inner_chrome") and an optional standfirst ("lead"), which may stay in the text as BBC
standfirsts do. The expected body is every non-blank line (or HTML paragraph) from the first
sentence to the last, less the inner chrome: so a chrome line left in the text and a body
sentence lost both fail. The t* and h* pages were written first and the reader fixed on them; the
b* pages were written afterwards as a blind check (main: title 2, date 6, body 0 of 8; after the
first fixes: title 3, date 6, body 0), then fixed too; the c* pages were a second blind check
(main: title 1, date 2, body 0 of 4; branch before their fixes: 2, 3, 0), then fixed too.
"""
from __future__ import annotations

import json
from datetime import date

import lxml.html
import pytest

from .conftest import FIXTURES, articles, read

CHROME = FIXTURES / "chrome"
EXPECTED = json.loads((CHROME / "expected.json").read_text(encoding="utf-8"))


def _page_lines(name: str) -> list[str]:
    raw = (CHROME / name).read_text(encoding="utf-8")
    if name.endswith(".html"):
        return [" ".join(p.text_content().split()) for p in lxml.html.fromstring(raw).iter("p")]
    return [line.strip() for line in raw.split("\n")]


def expected_body(name: str) -> list[str]:
    want = EXPECTED[name]
    lines = _page_lines(name)
    first, last = lines.index(want["first"]), lines.index(want["last"])
    chrome = set(want.get("inner_chrome", []))
    return [line for line in lines[first:last + 1] if line and line not in chrome]


def check(name: str) -> dict[str, bool]:
    """Which of title, date and body the reader gets right on one page (and what it read)."""
    [article] = articles(read(CHROME / name))
    want = EXPECTED[name]
    body = expected_body(name)
    published = article["published"]
    texts = ["\n\n".join(body)] + (["\n\n".join([want["lead"]] + body)] if want.get("lead") else [])
    return {"title": article["title"] == want["title"],
            "date": (published.date() if published else None)
            == (date.fromisoformat(want["published"]) if want["published"] else None),
            "body": article["text"] in texts,
            "article": article}


@pytest.mark.parametrize("name", sorted(EXPECTED))
def test_chrome_page_title_date_and_body(name):
    result = check(name)
    article = result.pop("article")
    assert result == {"title": True, "date": True, "body": True}, (article["title"], article["published"],
                                                                 article["text"])


def test_html_cleaning_keeps_tables_and_section_headings_below_the_body():
    """The page cleaning applied to an HTML article keeps a table (its header row has no figure)
    and a "Highlights" section with a short line under it, once the body has begun: a box is
    only chrome above the body."""
    from pipeline.readers.html import extract_html

    page = b"""<!DOCTYPE html><html><head><meta charset="utf-8"><title>Allies' spending in 2025</title></head>
<body><article><h1>Allies' Spending in 2025</h1>
<p>NATO published its estimates of defence spending by its members on Thursday, showing every ally at 2% or more.</p>
<table><tr><th>Country</th><th>Share</th><th>Change</th></tr><tr><td>Poland</td><td>4.48%</td><td>up</td></tr></table>
<h2>Highlights</h2><p>Poland leads the table</p>
<p>Spain reaches the goal for the first time since it joined the alliance, officials said.</p>
</article></body></html>"""
    parts = extract_html(page)
    assert parts.title == "Allies' Spending in 2025"
    for kept in ("| Country | Share | Change |", "| Poland | 4.48% | up |", "Highlights\n\nPoland leads the table",
                 "officials said."):
        assert kept in parts.text, kept
