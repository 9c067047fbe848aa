"""Building the Article and Reject dicts every reader yields (docs/ARCHITECTURE.md)."""
from __future__ import annotations

import os
from datetime import datetime
from urllib.parse import urlsplit

ARTICLE_KEYS = ("article_id", "source", "url", "title", "published", "text", "input_path", "input_record")
REJECT_KEYS = ("reject", "input_path", "input_record", "reason", "detail")


def display_path(path: str) -> str:
    """A path that can be written as UTF-8: bytes of a file name that are not UTF-8 (kept by
    Python as lone surrogates) become U+FFFD. The InputFile keeps the real path for opening."""
    try:
        path.encode("utf-8")
        return path
    except UnicodeEncodeError:
        return path.encode("utf-8", "surrogateescape").decode("utf-8", "replace")


def make_reject(input_path: str, input_record: int | None, reason: str, detail: str) -> dict:
    # detail is free text for people: keep it short so a flood of rejects stays readable
    return {"reject": True, "input_path": display_path(input_path), "input_record": input_record,
            "reason": reason, "detail": display_path(detail[:300])}


def make_article(*, article_id: str | None, source: str | None, url: str | None, title: str | None,
                 published: datetime | None, text: str, input_path: str,
                 input_record: int | None) -> dict:
    return {"article_id": article_id, "source": source, "url": url, "title": title,
            "published": published, "text": text, "input_path": input_path,
            "input_record": input_record}


def is_reject(item: dict) -> bool:
    return item.get("reject") is True


def site_name(url: str | None) -> str | None:
    """'https://www.reuters.com/world/...' -> 'reuters.com' (the outlet, for want of a named source)."""
    if not url:
        return None
    try:
        host = urlsplit(url).hostname or ""
    except ValueError:
        return None
    return host.removeprefix("www.") or None


def file_source(input_path: str, one_article_file: bool) -> str:
    """The source of last resort, from where the file lies.

    A folder of one-article files is usually one outlet or feed (corpus/bbc/business/001.txt ->
    'business'), so its name is used; a multi-record file is itself the feed ('reuters.jsonl' ->
    'reuters').
    """
    if one_article_file:
        parent = os.path.basename(os.path.dirname(input_path))
        if parent:
            return parent
    return os.path.basename(input_path).split(".")[0] or "unknown"


def choose_source(record_source: object, url: str | None, page_site: str | None,
                  input_path: str, one_article_file: bool) -> str:
    """Record's `source`, else the page's site name, else the URL's host, else the file's place."""
    named = optional_string(record_source) if isinstance(record_source, str) else None
    if named:
        return named
    return page_site or site_name(url) or file_source(input_path, one_article_file)


def optional_string(value: object) -> str | None:
    """A record field as a clean one-line string: numbers become strings, blanks and other types
    None; control characters and line breaks (rare: checked with the cheap isprintable) go."""
    if isinstance(value, str):
        if not value.isprintable():
            from .textnorm import normalise_text

            value = " ".join(normalise_text(value).split())
        value = value.strip()
        return value or None
    if isinstance(value, (int, float)) and not isinstance(value, bool):
        return str(value)
    return None


def finish_article(fields: dict, max_chars: int) -> list[dict]:
    """The Article for `fields` (text already clean), or an `empty` Reject; an over-long text is
    cut to max_chars and a `truncated` note follows the article, so the cut is on record."""
    text = fields["text"]
    where = (fields["input_path"], fields["input_record"])
    if not text or text.isspace():
        return [make_reject(*where, "empty", "no article text")]
    if len(text) <= max_chars:
        return [make_article(**fields)]
    from .textnorm import cut_text

    cut = cut_text(text, max_chars)
    fields["text"] = cut
    note = make_reject(*where, "truncated", f"article kept, text cut to {len(cut)} of {len(text)} characters")
    return [make_article(**fields), note]
