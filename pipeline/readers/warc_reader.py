"""WARC (.warc, .warc.gz): one article per HTML response with HTTP status 200.

input_record is the record's position in the file (1 = first WARC record, warcinfo and requests
included). Other records are skipped silently. The URL comes from WARC-Target-URI; WARC-Date is
the publication date only when the page states none.
"""
from __future__ import annotations

from typing import Iterator

from .dates import parse_published
from .html import HTML_MAX_BYTES, extract_html
from .rawio import ReadFailure, open_stream
from .records import choose_source, finish_article, make_reject
from .textnorm import normalise_text


def _is_html_ok_response(record) -> bool:
    if record.rec_type != "response" or record.http_headers is None:
        return False
    if record.http_headers.get_statuscode() != "200":
        return False
    return "html" in (record.http_headers.get_header("Content-Type") or "").lower()


def _page_items(record, path: str, number: int, max_chars: int) -> list[dict]:
    url = record.rec_headers.get_header("WARC-Target-URI")
    body = record.content_stream().read(HTML_MAX_BYTES + 1)
    try:
        page = extract_html(body, url)
    except ReadFailure as failure:
        return [make_reject(path, number, failure.reason, failure.detail)]
    published = page.published or parse_published(record.rec_headers.get_header("WARC-Date"))
    fields = {"article_id": None, "source": choose_source(None, url, page.site, path, one_article_file=False),
              "url": url or page.url, "title": page.title, "published": published,
              "text": normalise_text(page.text), "input_path": path, "input_record": number}
    return finish_article(fields, max_chars)


def _gzip_fault(path: str, max_bytes: int) -> str | None:
    """Why the file's gzip data (all members) is truncated or corrupt, or None when it is whole or
    not gzip at all. One streaming pass with zlib, up to max_bytes of compressed data."""
    import zlib

    with open(path, "rb") as fh:
        if fh.read(2) != b"\x1f\x8b":
            return None
        fh.seek(0)
        d, seen, inside = zlib.decompressobj(wbits=31), 0, False  # inside: a member begun and not ended
        while seen < max_bytes:
            block = fh.read(1 << 20)
            if not block:
                return f"gzip data truncated after {seen} bytes" if inside else None
            seen += len(block)
            while block:
                inside = True
                try:
                    d.decompress(block, 1 << 20)
                    while d.unconsumed_tail:
                        d.decompress(d.unconsumed_tail, 1 << 20)
                except zlib.error as exc:
                    return f"gzip data corrupt after {seen} bytes: {exc}"
                block = d.unused_data
                if d.eof:
                    if block.strip(b"\0") == b"":
                        block = b""  # padding after the last member
                    d, inside = zlib.decompressobj(wbits=31), False
                    if not block:
                        break
    return None


def read_warc(path: str, compressed: bool, max_bytes: int, max_chars: int) -> Iterator[dict]:
    from warcio.archiveiterator import ArchiveIterator

    number = 0
    try:
        # warcio detects and decompresses gzip itself (per-record or whole-file), so the stream
        # is read raw and max_bytes counts the bytes on disk
        with open_stream(path, False, max_bytes) as stream:
            for number, record in enumerate(ArchiveIterator(stream), 1):
                if not str(record.format).startswith("warc"):
                    # warcio also reads old ARC files, and takes some garbage for them
                    yield make_reject(path, number if number > 1 else None, "corrupt_archive",
                                      f"record {number} is not a WARC record")
                    return
                if _is_html_ok_response(record):
                    yield from _page_items(record, path, number, max_chars)
            if number == 0:
                # warcio yields nothing, silently, for data that is not WARC at all
                yield make_reject(path, None, "corrupt_archive", "no WARC record found")
                return
        # warcio also ends silently at a truncated or damaged gzip member: check the gzip stream
        fault = _gzip_fault(path, max_bytes)
        if fault:
            yield make_reject(path, number + 1, "corrupt_archive", f"{fault}; records from {number + 1} on not read")
    except ReadFailure as failure:
        yield make_reject(path, number + 1 if number else None, failure.reason, failure.detail)
    except Exception as exc:  # warcio raises many types for damaged archives
        yield make_reject(path, number + 1 if number else None, "corrupt_archive",
                          f"WARC cannot be parsed after record {number}: {type(exc).__name__}: {exc}")
