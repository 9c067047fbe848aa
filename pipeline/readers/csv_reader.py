"""CSV (.csv): a header row naming a `text` or `html` column (any case), then one article a row.

The delimiter is a comma, or `;`, tab or `|` when that is what makes the header name a text or
html column.

input_record is the data row number: 1 is the first row after the header. Blank lines are
skipped (they count in the numbering); a row whose fields are all blank is rejected `empty`.
"""
from __future__ import annotations

import codecs
import csv
import io
import sys
from typing import Iterator

from .rawio import LEGACY
from .record_reader import Position, read_record_file, record_items
from .records import make_reject, optional_string

# Rows stop when the next one cannot be parsed this many times in a row (a stuck parser).
MAX_CONSECUTIVE_ERRORS = 1000


def _allow_huge_fields() -> None:
    # the default 128 KB limit rejects long articles; the byte cap on the file bounds memory instead
    limit = sys.maxsize
    while True:
        try:
            csv.field_size_limit(limit)
            return
        except OverflowError:
            limit //= 2


_DELIMITERS = (",", ";", "\t", "|")


def _delimiter(head: bytes) -> str:
    """The delimiter that makes the first line a header with a text or html column (Excel in
    many European locales writes `;`); a comma when none does."""
    first_line = head.split(b"\n", 1)[0].decode("utf-8", errors=LEGACY).lstrip("\ufeff")
    for delimiter in _DELIMITERS:
        names = _header_names(next(csv.reader([first_line], delimiter=delimiter), []))
        if "text" in names or "html" in names:
            return delimiter
    return ","


def _header_names(header: list[str]) -> list[str]:
    return [name.strip().lower() for name in header]


def _as_record(names: list[str], row: list[str]) -> dict:
    record: dict[str, str] = {}
    for name, value in zip(names, row):
        record.setdefault(name, value)  # a repeated column name: the first one counts
    return record


def _is_blank_line(row: list[str]) -> bool:
    """A line with nothing on it (or only spaces): no record. A row of delimiters with blank
    fields between them (",,,") is a record, one without any text."""
    return len(row) <= 1 and not "".join(row).strip()


def read_csv(path: str, compressed: bool, max_bytes: int, max_chars: int) -> Iterator[dict]:
    _allow_huge_fields()
    return read_record_file(path, compressed, max_bytes, "rows",
                            lambda stream, head, position: _rows(path, stream, head, position, max_chars))


def _rows(path: str, stream: io.BufferedReader, head: bytes, position: Position, max_chars: int) -> Iterator[dict]:
    """Articles and Rejects of the rows after the header; `position.last` is the row number."""
    utf16 = head.startswith((codecs.BOM_UTF16_LE, codecs.BOM_UTF16_BE))
    text = io.TextIOWrapper(stream, encoding="utf-16" if utf16 else "utf-8-sig",
                            errors="replace" if utf16 else LEGACY, newline="")
    reader = csv.reader(text, delimiter="," if utf16 else _delimiter(head))
    try:
        header = next(reader, None)
    except csv.Error as exc:
        yield make_reject(path, None, "invalid_csv", f"header row cannot be parsed: {exc}")
        return
    if header is None or not any(cell.strip() for cell in header):
        yield make_reject(path, None, "empty", "no header row")
        return
    names = _header_names(header)
    if "text" not in names and "html" not in names:
        yield make_reject(path, None, "invalid_csv", "no text or html column in the header: " + ", ".join(names)[:200])
        return
    seen_ids: set[str] = set()
    errors_in_a_row = 0
    while True:
        try:
            row = next(reader)
        except StopIteration:
            break
        except csv.Error as exc:
            position.last += 1
            errors_in_a_row += 1
            yield make_reject(path, position.last, "invalid_csv", str(exc))
            if errors_in_a_row >= MAX_CONSECUTIVE_ERRORS:
                break
            continue
        errors_in_a_row = 0
        position.last += 1
        if _is_blank_line(row):
            continue
        if not any(cell.strip() for cell in row):
            yield make_reject(path, position.last, "empty", "every field of the row is blank")
            continue
        record = _as_record(names, row)
        record_id = optional_string(record.get("id"))
        if record_id is not None:
            if record_id in seen_ids:
                yield make_reject(path, position.last, "duplicate_id", f"id {record_id!r} already seen in this file")
                continue
            seen_ids.add(record_id)
        yield from record_items(record, path, position.last, max_chars)
