"""shards.line_ranges reads a file in blocks (`_SCAN_BLOCK`) and counts each block's newlines once: the ranges are the
same whatever the block size, with ranges ending inside a block, several ranges in one block, and ranges spanning
blocks (a block size of a few bytes puts every case on a small file)."""
from hypothesis import given, settings
from hypothesis import strategies as st

from pipeline import shards


def _expected(data: bytes, start: int, sizes) -> list[tuple[int, int, int]]:
    """The ranges worked out on the whole data: range i holds the next sizes(i) lines; what is left at the end (fewer
    lines, or bytes after the last newline) is a last range."""
    out, range_start, first_line, number, pos = [], start, 1, 0, start
    ends = [i + 1 for i, b in enumerate(data) if b == 10 and i >= start]
    while True:
        per = sizes(number)
        taken = [e for e in ends if e > pos][:per]
        if len(taken) < per:
            break
        pos = taken[-1]
        out.append((range_start, pos, first_line))
        first_line += per
        range_start, number = pos, number + 1
    if len(data) > range_start:
        out.append((range_start, len(data), first_line))
    return out


@settings(max_examples=80, deadline=None)
@given(st.lists(st.binary(max_size=12).map(lambda b: b.replace(b"\n", b"")), max_size=50),
       st.integers(1, 6), st.integers(1, 40), st.booleans(), st.booleans())
def test_ranges_do_not_depend_on_the_block_size(tmp_path_factory, lines, per, block, trailing, tapered):
    path = tmp_path_factory.mktemp("blocks") / "f.jsonl"
    data = b"\n".join(lines) + (b"\n" if trailing and lines else b"")
    path.write_bytes(data)
    sizes = shards.tapered_sizes(per, 2) if tapered else None
    expected = _expected(data, 0, sizes or (lambda i: per))
    saved = shards._SCAN_BLOCK
    try:
        shards._SCAN_BLOCK = block
        assert list(shards.line_ranges(str(path), 0, per, sizes)) == expected
    finally:
        shards._SCAN_BLOCK = saved
    assert list(shards.line_ranges(str(path), 0, per, sizes)) == expected  # the run's block size: one block here


def test_a_feed_of_short_lines_cut_in_small_blocks(tmp_path):
    path = tmp_path / "feed.jsonl"
    lines = [('{"id": "n%d", "text": "Rates rose by %d basis points."}' % (i, i % 50)).encode() for i in range(500)]
    data = b"\n".join(lines) + b"\n"
    path.write_bytes(data)
    saved = shards._SCAN_BLOCK
    try:
        for block in (64, 1000, 4096, len(data) - 1, len(data), 1 << 20):
            shards._SCAN_BLOCK = block
            ranges = list(shards.line_ranges(str(path), 0, 37))
            assert ranges == _expected(data, 0, lambda i: 37)
            assert len(ranges) == 14 and ranges[-1] == (ranges[-2][1], len(data), 13 * 37 + 1)
    finally:
        shards._SCAN_BLOCK = saved
