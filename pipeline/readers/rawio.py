"""Bytes in: opening inputs with size caps, gzip, binary sniffing and decoding.

Every failure is turned into a `ReadFailure` carrying a reject reason, so readers can keep what
they read before it and report the rest.
"""
from __future__ import annotations

import codecs
import contextlib
import gzip
import io
import zlib
from typing import Iterator

from .data import binary_signatures

# Read buffer for streamed kinds: large enough that the Python-level readinto below runs rarely.
STREAM_BUFFER = 1 << 20
SNIFF_BYTES = 1 << 16

# Bytes that do not occur in text (everything below 0x20 except \t \n \v \f \r, and DEL).
_CONTROL_BYTES = bytes(b for b in range(32) if b not in (9, 10, 11, 12, 13)) + b"\x7f"


class ReadFailure(Exception):
    """A read that cannot go on; `reason` is a reject reason."""

    def __init__(self, reason: str, detail: str):
        super().__init__(detail)
        self.reason = reason
        self.detail = detail


def _legacy_fallback(err: UnicodeDecodeError) -> tuple[str, int]:
    """Decode bytes that are not valid in the expected codec as cp1252, or latin-1 where cp1252
    leaves a byte undefined: legacy Western text is then read correctly instead of rejected."""
    bad = err.object[err.start:err.end]
    chars = []
    for b in bad:
        try:
            chars.append(bytes([b]).decode("cp1252"))
        except UnicodeDecodeError:
            chars.append(chr(b))
    return "".join(chars), err.end


LEGACY = "policy_claims_legacy"
codecs.register_error(LEGACY, _legacy_fallback)


def decode_bytes(data: bytes) -> str:
    """BOM-aware UTF-8; a file that is not valid UTF-8 is read as cp1252 (latin-1 for the bytes
    cp1252 leaves undefined)."""
    if data.startswith(codecs.BOM_UTF8):
        return data[3:].decode("utf-8", errors=LEGACY)
    if data.startswith((codecs.BOM_UTF16_LE, codecs.BOM_UTF16_BE)):
        return data.decode("utf-16", errors="replace")
    try:
        return data.decode("utf-8")
    except UnicodeDecodeError:
        return data.decode("cp1252", errors=LEGACY)


def decode_line(data: bytes) -> str:
    """One line of a streamed file: UTF-8, with cp1252 for any byte that is not valid UTF-8."""
    return data.decode("utf-8", errors=LEGACY)


def binary_reason(head: bytes) -> str | None:
    """Why the first bytes of a file look binary, or None when they look like text."""
    if not head or head.startswith((codecs.BOM_UTF16_LE, codecs.BOM_UTF16_BE, codecs.BOM_UTF8)):
        return None
    for signature, what in binary_signatures():
        if head.startswith(signature):
            return what
    nuls = head.count(0)
    controls = len(head) - len(head.translate(None, _CONTROL_BYTES))
    # a stray NUL or two in text is stripped later; many of them, or many controls, mean binary
    if nuls > max(2, len(head) // 200) or controls > max(2, len(head) // 20):
        return f"binary data ({controls} control bytes in the first {len(head)})"
    return None


class _CappedRaw(io.RawIOBase):
    """Counts the (decompressed) bytes read and turns the stream's failures into ReadFailure."""

    def __init__(self, inner, max_bytes: int, compressed: bool):
        self._inner = inner
        self._max = max_bytes
        self._compressed = compressed
        self.count = 0

    def readable(self) -> bool:
        return True

    def readinto(self, buffer) -> int:
        # Never more than the allowance, so everything before the cap is delivered; once it is
        # used up, a one-byte probe tells a file of exactly max_bytes from a longer one.
        remaining = self._max - self.count
        want = min(len(buffer), max(remaining, 1))
        try:
            if self._compressed:
                # read1: at most one step of decompression, so the data before a fault in a
                # truncated gzip is handed out before the fault is raised
                data = self._inner.read1(want)
                n = len(data)
                buffer[:n] = data
            else:
                n = self._inner.readinto(memoryview(buffer)[:want])
        except (EOFError, zlib.error, gzip.BadGzipFile) as exc:
            raise ReadFailure("corrupt_archive", f"gzip data corrupt or truncated after {self.count} bytes: {exc}") from None
        except OSError as exc:
            raise ReadFailure("unreadable", f"read failed after {self.count} bytes: {exc}") from None
        if remaining <= 0 and n:
            raise ReadFailure("too_large", f"more than {self._max} bytes{' decompressed' if self._compressed else ''}")
        self.count += n or 0
        return n


@contextlib.contextmanager
def open_stream(path: str, compressed: bool, max_bytes: int) -> Iterator[io.BufferedReader]:
    """A buffered binary stream of the file's (decompressed) bytes, raising ReadFailure for
    unreadable files, corrupt gzip and more than max_bytes."""
    try:
        raw = open(path, "rb")  # noqa: SIM115 - closed below
    except OSError as exc:
        raise ReadFailure("unreadable", f"{type(exc).__name__}: {exc.strerror or exc}") from None
    try:
        inner = gzip.GzipFile(fileobj=raw, mode="rb") if compressed else raw
        yield io.BufferedReader(_CappedRaw(inner, max_bytes, compressed), buffer_size=STREAM_BUFFER)
    finally:
        raw.close()


def read_all(path: str, compressed: bool, max_bytes: int) -> bytes:
    """The whole (decompressed) content of a one-article file, at most max_bytes."""
    with open_stream(path, compressed, max_bytes) as stream:
        return stream.read()


def sniff(stream: io.BufferedReader) -> bytes:
    """The first bytes of a stream without consuming them."""
    return stream.peek(SNIFF_BYTES)[:SNIFF_BYTES]
