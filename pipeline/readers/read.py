"""read_input: one input file to Article and Reject dicts, never raising for bad input."""
from __future__ import annotations

import importlib
from typing import Iterator

from .inputs import InputFile
from .records import display_path, make_reject

ONE_ARTICLE_KINDS = frozenset({"text", "markdown", "html"})
MAX_BYTES = 20_000_000
MAX_CHARS = 2_000_000

# kind -> (module, function) of its reader, `function(path, compressed, max_bytes, max_chars)`;
# a module loads when the first file of its kind is read (the page and WARC readers load lxml,
# a tenth of a second a process that a JSONL-only run never needs)
_READERS = {
    **{kind: (".page_reader", "read_page_file") for kind in ONE_ARTICLE_KINDS},
    "jsonl": (".jsonl_reader", "read_jsonl"),
    "csv": (".csv_reader", "read_csv"),
    "warc": (".warc_reader", "read_warc"),
}


def _reader_for(f: InputFile, max_bytes: int, max_chars: int) -> Iterator[dict]:
    if f.kind not in _READERS:
        return iter([make_reject(f.path, None, "unsupported", f"no reader for kind {f.kind!r}")])
    if f.kind in ONE_ARTICLE_KINDS and f.size > max_bytes:
        # one-article files are rejected whole rather than cut mid-article
        return iter([make_reject(f.path, None, "too_large", f"{f.size} bytes on disk (limit {max_bytes})")])
    module, function = _READERS[f.kind]
    read = getattr(importlib.import_module(module, __package__), function)
    if f.kind in ONE_ARTICLE_KINDS:
        return read(f.path, f.kind, f.compressed, max_bytes, max_chars)
    return read(f.path, f.compressed, max_bytes, max_chars)


def read_input(f: InputFile, max_bytes: int = MAX_BYTES, max_chars: int = MAX_CHARS) -> Iterator[dict]:
    """Articles and Rejects of one input file, in file order.

    Bad input never raises: each reader turns its failures into Rejects and goes on with the next
    record; anything that still escapes (a bug) ends this file with one `unreadable` Reject, so
    the batch goes on with the next file.
    """
    shown = display_path(f.path)
    nothing = True
    try:
        for item in _reader_for(f, max_bytes, max_chars):
            nothing = False
            if shown != f.path:
                item["input_path"] = shown
            yield item
        if nothing:
            # a JSONL, CSV or WARC file with no record at all (zero bytes, blank lines, a header
            # only): one Reject, so every input that gives no article is accounted for
            yield make_reject(shown, None, "empty", "file holds no records")
    except Exception as exc:  # noqa: BLE001 - the batch must survive a reader bug
        yield make_reject(shown, None, "unreadable", f"reader failed: {type(exc).__name__}: {exc}")
