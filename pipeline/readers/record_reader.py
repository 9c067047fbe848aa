"""One JSON or CSV record (a mapping of field names to values) to an Article or Reject."""
from __future__ import annotations

from .dates import parse_published
from .rawio import ReadFailure
from .records import choose_source, finish_article, make_reject, optional_string
from .textnorm import normalise_text


def _json_type(value: object) -> str:
    return "null" if value is None else type(value).__name__


def record_items(record: dict, input_path: str, input_record: int, max_chars: int) -> list[dict]:
    """Fields id, url, source, title, published, and text (preferred) or html."""
    text = record.get("text")
    html = record.get("html")
    url = optional_string(record.get("url"))
    title = optional_string(record.get("title"))
    published = parse_published(record.get("published"))
    site = None
    if isinstance(text, str) and text.strip():
        text = normalise_text(text)
    elif isinstance(html, str) and html.strip():
        try:
            from .html import extract_html

            page = extract_html(html, url)
        except ReadFailure as failure:
            return [make_reject(input_path, input_record, failure.reason, failure.detail)]
        text = normalise_text(page.text)
        title = title or page.title
        published = published or page.published
        url = url or page.url
        site = page.site
    elif isinstance(text, str) or isinstance(html, str):
        return [make_reject(input_path, input_record, "empty", "text is blank")]
    else:
        present = "text" if "text" in record else "html" if "html" in record else None
        detail = f"{present} is {_json_type(record[present])}, not a string" if present else "no text or html field"
        return [make_reject(input_path, input_record, "missing_text", detail)]
    fields = {
        "article_id": optional_string(record.get("id")),
        "source": choose_source(record.get("source"), url, site, input_path, one_article_file=False),
        "url": url, "title": title, "published": published, "text": text,
        "input_path": input_path, "input_record": input_record,
    }
    return finish_article(fields, max_chars)
