"""HTML pages to clean text with trafilatura: main text, title, publication date, canonical URL.

Guards: the caller caps the bytes (HTML_MAX_BYTES); lxml's own depth limit (256) stops deep
nesting, and such a page is rejected rather than half-read; any parser or extractor failure
becomes a ReadFailure. trafilatura is given an already parsed tree and never a URL to fetch.
"""
from __future__ import annotations

import codecs
import re
from datetime import datetime
from typing import NamedTuple

import lxml.etree
import lxml.html

from .data import html_date_meta
from .dates import parse_published
from .html_simple import simple_extract
from .rawio import LEGACY, ReadFailure, decode_bytes

# trafilatura takes ~10-50 ms per ordinary page but grows fast with size: pages above this are
# rejected `too_large` whatever max_bytes says.
HTML_MAX_BYTES = 5_000_000
# ... and with the number of elements (20,000: ~5 s, 50,000: ~30 s; news pages have 1,000-5,000):
# above this, the plain extractor in html_simple.py reads the page instead, in linear time.
HTML_MAX_ELEMENTS = 10_000

_CHARSET = re.compile(rb"""<meta[^>]+charset\s*=\s*["']?\s*([A-Za-z0-9_.:-]+)""", re.IGNORECASE)
_WINDOWS_1252_LABELS = frozenset({"cp1252", "iso8859-1", "ascii"})
_XML_DECLARATION = re.compile(r"^\s*<\?xml[^>]*\?>")
_JSONLD_DATE = re.compile(r'"datePublished"\s*:\s*"([^"]{8,40})"')


class HtmlParts(NamedTuple):
    title: str | None
    published: datetime | None
    text: str
    url: str | None
    site: str | None


def decode_html(data: bytes) -> str:
    """Bytes to text by the page's declared charset, else UTF-8, else cp1252."""
    declared = _CHARSET.search(data[:4096])
    if declared:
        try:
            name = codecs.lookup(declared.group(1).decode("ascii")).name
        except (LookupError, UnicodeDecodeError):
            name = None
        if name in _WINDOWS_1252_LABELS:
            # as browsers do (WHATWG): pages labelled latin-1 or ASCII are really windows-1252
            return data.decode("cp1252", errors=LEGACY)
        if name and name not in ("utf-8", "utf-16", "utf-16-le", "utf-16-be"):
            return data.decode(name, errors="replace")
    return decode_bytes(data)


def parse_html(text: str) -> lxml.html.HtmlElement:
    parser = lxml.html.HTMLParser(no_network=True, remove_comments=True, remove_pis=True,
                                  huge_tree=False)
    tree = lxml.html.document_fromstring(_XML_DECLARATION.sub("", text, count=1), parser=parser)
    if any(entry.type_name == "ERR_RESOURCE_LIMIT" for entry in parser.error_log):
        raise ReadFailure("unsupported", "HTML nested deeper than the parser's limit (256 levels)")
    return tree


def published_from_tree(tree: lxml.html.HtmlElement) -> datetime | None:
    """The publication time the page states in its own markup (full time when it gives one)."""
    metas = {}
    for meta in tree.iter("meta"):
        content = meta.get("content")
        if not content:
            continue
        for attribute in ("property", "name", "itemprop"):
            key = meta.get(attribute)
            if key:
                metas.setdefault((attribute, key.lower()), content)
    for key in html_date_meta():
        moment = parse_published(metas.get(key))
        if moment:
            return moment
    for script in tree.iter("script"):
        if (script.get("type") or "").lower() == "application/ld+json" and script.text:
            found = _JSONLD_DATE.search(script.text)
            if found and (moment := parse_published(found.group(1))):
                return moment
    for time_el in tree.iter("time"):
        moment = parse_published(time_el.get("datetime"))
        if moment:
            return moment
    return None


def site_from_tree(tree: lxml.html.HtmlElement) -> str | None:
    """The outlet's name as the page declares it (og:site_name, application-name).

    trafilatura's own guess falls back to pieces of the <title>, which can be the headline.
    """
    for meta in tree.iter("meta"):
        key = (meta.get("property") or meta.get("name") or "").lower()
        if key in ("og:site_name", "application-name"):
            name = (meta.get("content") or "").strip()
            if name:
                return name
    return None


def _element_count(tree) -> int:
    return sum(1 for _ in tree.iter())


def _blocks(body) -> list[tuple[str, str]]:
    """(tag, text) of each top-level block of trafilatura's output: p, head, list, table, quote."""
    from trafilatura.xml import xmltotxt

    blocks = []
    for child in body:
        text = xmltotxt(child, False).strip()
        if text:
            blocks.append((child.tag, text))
    return blocks


def _split_headline(blocks: list[tuple[str, str]], title: str | None) -> tuple[str | None, list[str]]:
    """A leading heading is the headline: it becomes the title when the page has none, and leaves
    the body either way (as a .txt file's title line does), so its figures are not counted twice."""
    if blocks and (blocks[0][0] == "head" or blocks[0][1] == title):
        return title or blocks[0][1], [text for _, text in blocks[1:]]
    return title, [text for _, text in blocks]


def extract_html(data: bytes | str, url: str | None = None) -> HtmlParts:
    """Main text (paragraphs separated by blank lines), title, date, canonical URL and site name."""
    from trafilatura import bare_extraction  # imported here: JSONL-only runs never pay for it

    if isinstance(data, bytes):
        if len(data) > HTML_MAX_BYTES:
            raise ReadFailure("too_large", f"HTML page of {len(data)} bytes (limit {HTML_MAX_BYTES})")
        data = decode_html(data)
    elif len(data) > HTML_MAX_BYTES:
        raise ReadFailure("too_large", f"HTML page of {len(data)} characters (limit {HTML_MAX_BYTES})")
    if not data.strip():
        return HtmlParts(None, None, "", url, None)
    try:
        tree = parse_html(data)
        published = published_from_tree(tree)
        site = site_from_tree(tree)
        if _element_count(tree) > HTML_MAX_ELEMENTS:
            title, paragraphs = simple_extract(tree)
            return HtmlParts(title, published, "\n\n".join(paragraphs), url, site)
        doc = bare_extraction(tree, url=url, with_metadata=True, include_comments=False,
                              include_tables=True, include_images=False, include_links=False,
                              deduplicate=False,
                              date_extraction_params={"extensive_search": False, "original_date": True})
    except ReadFailure:
        raise
    except RecursionError:
        raise ReadFailure("unsupported", "HTML nested too deeply to extract") from None
    except (lxml.etree.LxmlError, ValueError, TypeError, AttributeError, KeyError, IndexError) as exc:
        raise ReadFailure("unreadable", f"HTML could not be parsed: {type(exc).__name__}: {exc}") from None
    if doc is None or doc.body is None:
        return HtmlParts(None, published, "", url, site)
    title, paragraphs = _split_headline(_blocks(doc.body), (doc.title or "").strip() or None)
    text = "\n\n".join(paragraphs)
    page_date = None
    if title:
        # what trafilatura keeps of the page's chrome in the article (a kicker above the headline,
        # share and listen buttons, "Advertisement", newsletter prompts) goes as on a .txt page
        text, page_date = _clean_article(text, title)
    return HtmlParts(title, published or parse_published(doc.date) or page_date, text, url or doc.url, site)


def _clean_article(text: str, title: str) -> tuple[str, datetime | None]:
    from .pages import clean_page

    cleaned = clean_page(text, title)
    return cleaned.text, cleaned.published
