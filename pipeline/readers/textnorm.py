"""Normalising decoded text and keeping article texts within max_chars."""
from __future__ import annotations

import re
import unicodedata

# Control characters other than \n and \t (C0, DEL, C1) and stray BOMs/zero-width no-break spaces:
# they break sentence splitting and offsets downstream and carry no meaning in an article.
# Lone surrogates (from "\\ud800" escapes in JSON) go too: they cannot be written as UTF-8.
_CONTROLS = re.compile(r"[\x00-\x08\x0b-\x1f\x7f-\x9f\ufeff\ud800-\udfff]")
# The same test on UTF-8 bytes, which is ~7x faster than a str regex: C0 and DEL by deleting them
# (bytes.translate) and comparing lengths; C1, BOM and surrogates by their UTF-8 encodings.
_C0_BYTES = bytes(b for b in range(32) if b not in (9, 10)) + b"\x7f"
_C1_OR_BOM = re.compile(rb"\xc2[\x80-\x9f]|\xef\xbb\xbf|\xed[\xa0-\xbf]")


def has_controls(text: str) -> bool:
    data = text.encode("utf-8", "surrogatepass")
    if len(data.translate(None, _C0_BYTES)) != len(data):
        return True
    return len(data) != len(text) and _C1_OR_BOM.search(data) is not None


def normalise_text(text: str) -> str:
    """Newlines to \\n, control characters removed, NFC. Cheap when there is nothing to do."""
    if "\r" in text:
        text = text.replace("\r\n", "\n").replace("\r", "\n")
    if has_controls(text):
        text = _CONTROLS.sub("", text)
    if not text.isascii() and not unicodedata.is_normalized("NFC", text):
        text = unicodedata.normalize("NFC", text)
    return text


_SENTENCE_END = re.compile(r"[.!?][\"'”’)]?\s")


def cut_text(text: str, max_chars: int) -> str:
    """`text` if short enough, else its longest prefix below max_chars that ends a paragraph,
    else a sentence, else a word (a hard cut only when there is no whitespace at all)."""
    if len(text) <= max_chars:
        return text
    head = text[:max_chars]
    para = head.rfind("\n\n")
    if para > max_chars // 2:
        return head[:para].rstrip()
    ends = [m.end() for m in _SENTENCE_END.finditer(head, max_chars // 2)]
    if ends:
        return head[:ends[-1]].rstrip()
    space = max(head.rfind(" "), head.rfind("\n"))
    return head[:space].rstrip() if space > 0 else head
