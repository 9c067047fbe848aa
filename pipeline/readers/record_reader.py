"""What the multi-record readers (JSON Lines, CSV) share: the frame that opens a record file, and
one record (a mapping of field names to values) to an Article or Reject."""
from __future__ import annotations

import io
from typing import Callable, Iterator

from .dates import parse_published
from .rawio import ReadFailure, binary_reason, open_stream, sniff
from .records import choose_source, finish_article, make_reject, optional_string
from .textnorm import normalise_text


class Position:
    """The number of the last record a reader handed out (0 before the first)."""

    __slots__ = ("last",)

    def __init__(self) -> None:
        self.last = 0


RecordsOf = Callable[[io.BufferedReader, bytes, Position], Iterator[dict]]


def read_record_file(path: str, compressed: bool, max_bytes: int, unit: str, records_of: RecordsOf) -> Iterator[dict]:
    """Articles and Rejects of a file of records: open it as a (decompressed, capped) stream,
    reject it whole as `binary` when its first bytes say so, else yield what
    `records_of(stream, first bytes, position)` yields. `records_of` keeps `position.last` at the
    number of the last record it handed out, so that a read failure midway (corrupt gzip, over
    max_bytes, I/O error) keeps the records before it and ends the file with one Reject for the
    rest, numbered from the first record lost (`unit`: what the detail calls records)."""
    position = Position()
    try:
        with open_stream(path, compressed, max_bytes) as stream:
            head = sniff(stream)
            why_binary = binary_reason(head)
            if why_binary:
                yield make_reject(path, None, "binary", why_binary)
                return
            yield from records_of(stream, head, position)
    except ReadFailure as failure:
        lost = position.last + 1
        yield make_reject(path, lost if position.last else None, failure.reason,
                          f"{failure.detail}; {unit} from {lost} on not read")


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
