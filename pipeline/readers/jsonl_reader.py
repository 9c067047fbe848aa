"""JSON Lines (.jsonl, .ndjson): one article a line, streamed.

The lean path of the pipeline: orjson on the raw bytes of each line, no regex per record beyond
the control-character check in normalise_text; lines that are not valid UTF-8 are decoded as
cp1252 and parsed again.
"""
from __future__ import annotations

import codecs
import io
import json
import re
from typing import Iterable, Iterator

from .rawio import decode_line
from .record_reader import Position, read_record_file, record_items
from .records import make_reject, optional_string

try:
    import orjson

    _loads = orjson.loads
except ImportError:  # pragma: no cover - orjson is optional
    _loads = json.loads


def _parse_line(line: bytes | str) -> object:
    """The JSON value of a line; raises ValueError (or RecursionError) when it is not JSON.

    orjson first; if it refuses, the line decoded with the cp1252 fallback (a legacy-encoded
    line), then the standard library, which also takes what Python's own json.dumps writes (NaN,
    Infinity) and lone surrogate escapes (removed later by normalise_text).
    """
    try:
        return _loads(line)
    except ValueError as first_error:
        text = decode_line(line) if isinstance(line, bytes) else line
        try:
            return _loads(text)
        except ValueError:
            pass
        try:
            return json.loads(text)
        except ValueError:
            raise first_error from None


_POSITION = re.compile(r":? line 1 column (\d+) \(char \d+\)")


def _json_error(exc: Exception) -> str:
    """The parser's message without its "line 1" (the line is input_record)."""
    return _POSITION.sub(r" at column \1", str(exc).split("\n")[0]) or "not JSON"


def _lines(stream: io.BufferedReader, head: bytes) -> Iterator[bytes | str]:
    if head.startswith((codecs.BOM_UTF16_LE, codecs.BOM_UTF16_BE)):
        return iter(io.TextIOWrapper(stream, encoding="utf-16", errors="replace"))
    if head.startswith(codecs.BOM_UTF8):
        stream.read(3)
    return iter(stream.readline, b"")


def items_from_lines(path: str, numbered_lines: Iterable[tuple[int, bytes | str]], max_chars: int,
                     seen_ids: set[str] | None = None) -> Iterator[dict]:
    """Articles and Rejects of (line number, line) pairs of a JSONL file.

    Public so that a worker reading a byte range of a big file (pipeline/shards.py) gets exactly
    what read_jsonl gives for the same lines; pass one `seen_ids` set per file to catch repeated ids.
    """
    seen_ids = set() if seen_ids is None else seen_ids
    for line_no, line in numbered_lines:
        if not line.strip():
            continue
        try:
            record = _parse_line(line)
        except (ValueError, RecursionError) as exc:
            yield make_reject(path, line_no, "invalid_json", _json_error(exc))
            continue
        if not isinstance(record, dict):
            yield make_reject(path, line_no, "invalid_json", f"a JSON {type(record).__name__}, not an object")
            continue
        record_id = optional_string(record.get("id"))
        if record_id is not None:
            if record_id in seen_ids:
                yield make_reject(path, line_no, "duplicate_id", f"id {record_id!r} already seen in this file")
                continue
            seen_ids.add(record_id)
        yield from record_items(record, path, line_no, max_chars)


def _numbered(lines: Iterator[bytes | str], position: Position) -> Iterator[tuple[int, bytes | str]]:
    """(number, line) pairs, the last number handed out kept in `position` (for a read failure)."""
    for position.last, line in enumerate(lines, 1):
        yield position.last, line


def read_jsonl(path: str, compressed: bool, max_bytes: int, max_chars: int) -> Iterator[dict]:
    def records_of(stream: io.BufferedReader, head: bytes, position: Position) -> Iterator[dict]:
        return items_from_lines(path, _numbered(_lines(stream, head), position), max_chars)

    return read_record_file(path, compressed, max_bytes, "lines", records_of)
