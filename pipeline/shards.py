"""Work units of a run: which inputs a worker reads itself, and which the client reads for it.

The client lists the input files and cuts them into shards, streaming (never the whole plan in
memory at once):

- ``files``: a group of whole input files (one-article pages, small JSONL/CSV/WARC files). The
  worker reads them with `readers.read_input`, exactly as a single process would.
- ``range``: a line-aligned byte range of a large, uncompressed JSON Lines file, with the number of
  its first line, so `input_record` is the same as when the file is read whole. The client finds
  the boundaries by counting newlines (memchr speed); the worker seeks and reads only its range.
- ``articles``: articles the client read itself, from a large file that cannot be split (gzip,
  CSV, WARC, or over `max_bytes`): reading it in the client keeps each unit bounded.

Every engine runs the same shards in the same order, so results do not depend on the engine.
Workers need the input paths on a shared filesystem (the Dask engine; local processes share it).
"""
from __future__ import annotations

import codecs
from typing import Iterator, NamedTuple

from .readers import InputFile, read_input

SPLITTABLE_KINDS = frozenset({"jsonl"})
# a non-splittable file above this many bytes on disk is read by the client in batches
CLIENT_READ_BYTES = 32 << 20
# a splittable file above this many bytes is cut into line ranges; smaller ones are read whole
RANGE_MIN_BYTES = 64 << 10
# a range holds batch_articles lines, or fewer when the file's lines are long: about this many bytes
RANGE_TARGET_BYTES = 32 << 20
_SCAN_BLOCK = 8 << 20


class Shard(NamedTuple):
    kind: str  # files, range, articles
    files: tuple  # InputFile(s) the shard reads (one for range)
    start: int = 0  # range: first byte
    end: int = 0  # range: end byte (exclusive)
    first_line: int = 1  # range: number of the first line
    last_of_file: bool = True  # range: this shard ends its file
    articles: tuple = ()  # articles: finished articles read by the client
    nbytes: int = 0  # input bytes covered (progress)


def _range_start(path: str, batch_articles: int) -> tuple[int, int] | None:
    """(where records start, lines per range) of a plain JSONL file, or None when the file is not
    plain UTF-8-ish text (UTF-16 or binary: the whole-file reader handles and reports those).
    Lines per range: batch_articles, fewer when the first MiB shows long lines (bounded memory)."""
    from .readers.rawio import binary_reason

    with open(path, "rb") as fh:
        head = fh.read(1 << 20)
    if head.startswith((codecs.BOM_UTF16_LE, codecs.BOM_UTF16_BE)) or binary_reason(head[: 1 << 16]):
        return None
    average = len(head) / max(1, head.count(b"\n"))
    per_range = max(1, min(batch_articles, int(RANGE_TARGET_BYTES / average)))
    return (3 if head.startswith(codecs.BOM_UTF8) else 0), per_range


def line_ranges(path: str, start: int, lines_per_range: int, sizes=None) -> Iterator[tuple[int, int, int]]:
    """(start byte, end byte, first line number) of consecutive ranges of `lines_per_range` lines
    (or, with `sizes`, of `sizes(i)` lines for the i-th range), from `start` to the end of the file."""
    first_line, range_start, lines_in, pos, number = 1, start, 0, start, 0
    per = lines_per_range if sizes is None else sizes(0)
    with open(path, "rb") as fh:
        fh.seek(start)
        while True:
            block = fh.read(_SCAN_BLOCK)
            if not block:
                break
            offset = 0
            # the block's newlines are counted once; each range found in it takes its lines off the count (counting
            # from each range's end to the block's end again read a block of short lines many times: Reuters'
            # ~1 MB ranges in 8 MiB blocks, 4.5 times over)
            count = block.count(b"\n")
            while True:
                need = per - lines_in
                if count < need:
                    lines_in += count
                    break
                for _ in range(need):  # walk to the range's last newline
                    offset = block.index(b"\n", offset) + 1
                count -= need
                end = pos + offset
                yield range_start, end, first_line
                first_line += per
                range_start, lines_in, number = end, 0, number + 1
                if sizes is not None:
                    per = sizes(number)
            pos += len(block)
    if pos > range_start:
        yield range_start, pos, first_line


def tapered_sizes(lines_per_range: int, workers: int):
    """Lines of the i-th range of a file's tapered end (see `_taper`): halving every `workers`
    ranges, from half a range down to an eighth."""
    smallest = max(1, lines_per_range // 8)
    return lambda i: max(smallest, lines_per_range >> (1 + i // workers))


def _taper(path: str, ranges: list[tuple[int, int, int]], lines_per_range: int, workers: int) -> list[tuple[int, int, int]]:
    """The last `workers` + 1 ranges of a file cut again into smaller ranges (`tapered_sizes`), so
    parallel workers run out of work at about the same time: with equal ranges, one worker can
    start a last whole range just as the others finish and run it alone (on average half a range
    of one worker's time, idle on the others). Only when the file has more ranges than workers
    (a small file stays in as few units as before)."""
    if workers < 2 or len(ranges) <= workers or lines_per_range < 2:
        return ranges
    keep = len(ranges) - (workers + 1)
    start, _, first_line = ranges[keep]
    tail = [(lo, hi, first + first_line - 1)
            for lo, hi, first in line_ranges(path, start, lines_per_range, tapered_sizes(lines_per_range, workers))]
    return ranges[:keep] + tail


def plan(files: list[InputFile], batch_articles: int, max_bytes: int, max_chars: int, skip,
         workers: int = 1) -> Iterator[Shard]:
    """The shards of a run, in input order. `skip(f)` is true for a file the run need not read
    (unchanged since it was fully processed); such files are left out. With parallel `workers`, a
    file cut into line ranges ends in smaller ones (`_taper`)."""
    group: list[InputFile] = []
    group_bytes = 0

    def flush() -> Shard:
        nonlocal group, group_bytes
        shard = Shard("files", tuple(group), nbytes=group_bytes)
        group, group_bytes = [], 0
        return shard

    for f in files:
        if skip(f):
            continue
        big = f.size > CLIENT_READ_BYTES or f.size > max_bytes
        split = None
        if f.kind in SPLITTABLE_KINDS and not f.compressed and f.size <= max_bytes and f.size > RANGE_MIN_BYTES:
            split = _range_start(f.path, batch_articles)
        if split is not None:
            if group:
                yield flush()
            start, per_range = split
            # the whole file is scanned before its first shard (3 ints a range). Handing ranges out
            # as the scan finds them starts the workers ~0.1 s sooner but cost them ~0.1 s more
            # system CPU (Reuters, 2 workers, 4 runs; the 8 MiB scan blocks freed before the fork
            # seem to leave glibc's mmap threshold raised in the workers they fork into)
            ranges = _taper(f.path, list(line_ranges(f.path, start, per_range)), per_range, workers)
            for i, (lo, hi, first) in enumerate(ranges):
                yield Shard("range", (f,), lo, hi, first, i == len(ranges) - 1, nbytes=hi - lo + (start if i == 0 else 0))
            if not ranges:
                yield Shard("range", (f,), start, start, 1, True, nbytes=f.size)
            continue
        if big:
            if group:
                yield flush()
            yield from _client_read(f, batch_articles, max_bytes, max_chars)
            continue
        group.append(f)
        group_bytes += f.size
        if len(group) >= batch_articles or group_bytes >= CLIENT_READ_BYTES:
            yield flush()
    if group:
        yield flush()


def _client_read(f: InputFile, batch_articles: int, max_bytes: int, max_chars: int) -> Iterator[Shard]:
    """A large file that cannot be split: read here, handed out in batches of articles (and rejects)."""
    items: list[dict] = []
    articles = 0
    for item in read_input(f, max_bytes=max_bytes, max_chars=max_chars):
        items.append(item)
        if not item.get("reject"):
            articles += 1
            if articles >= batch_articles:
                yield Shard("articles", (f,), last_of_file=False, articles=tuple(items))
                items, articles = [], 0
    yield Shard("articles", (f,), last_of_file=True, articles=tuple(items), nbytes=f.size)


def read_shard(shard: Shard, max_bytes: int, max_chars: int) -> Iterator[dict]:
    """The items (Article and Reject dicts, as the readers give them) of a shard, in input order."""
    if shard.kind == "articles":
        yield from shard.articles
    elif shard.kind == "files":
        for f in shard.files:
            yield from read_input(f, max_bytes=max_bytes, max_chars=max_chars)
    else:
        yield from _read_range(shard, max_chars)


def _read_range(shard: Shard, max_chars: int) -> Iterator[dict]:
    """Lines [start, end) of a JSONL file, exactly as `readers.jsonl_reader.read_jsonl` reads them."""
    from .readers.jsonl_reader import items_from_lines
    from .readers.records import make_reject

    path = shard.files[0].path
    try:
        with open(path, "rb") as fh:
            fh.seek(shard.start)
            data = fh.read(shard.end - shard.start)
    except OSError as exc:
        yield make_reject(path, shard.first_line, "unreadable", f"read failed: {exc.strerror or exc}")
        return
    yield from items_from_lines(path, enumerate(data.split(b"\n"), shard.first_line), max_chars)
