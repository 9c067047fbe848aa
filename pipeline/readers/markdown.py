"""Markdown to plain text: markup goes, the words stay.

Only what news exports use: YAML-ish front matter (title/date), ATX headings, emphasis, links,
images, inline code, code fences, block quotes, list bullets, rules, link definitions and simple
inline HTML tags. The result then goes through the scraped-page cleaner like any .txt file.
"""
from __future__ import annotations

import re
from datetime import datetime
from typing import NamedTuple

from .dates import parse_published

_FRONT_MATTER = re.compile(r"\A---[ \t]*\n(.*?)\n(?:---|\.\.\.)[ \t]*(?:\n|\Z)", re.DOTALL)
_FRONT_KEY = re.compile(r"^([A-Za-z_][\w-]*)\s*:\s*(.*?)\s*$", re.MULTILINE)
_HEADING = re.compile(r"^[ \t]{0,3}(#{1,6})[ \t]+(.*?)[ \t#]*$")
_SETEXT = re.compile(r"^[ \t]{0,3}(=+|-+)[ \t]*$")
_RULE = re.compile(r"^[ \t]{0,3}([-*_])([ \t]*\1){2,}[ \t]*$")
_FENCE = re.compile(r"^[ \t]{0,3}(```|~~~)")
_LINK_DEF = re.compile(r"^[ \t]{0,3}\[[^\]]+\]:\s*\S+.*$")
_QUOTE = re.compile(r"^[ \t]{0,3}(>[ \t]?)+")
_BULLET = re.compile(r"^([ \t]*)[-*+][ \t]+")
# Every span is bounded (300-500 characters): unbounded ones make these patterns quadratic on
# hostile lines ("[[[[..." or "*a *a *a ..." of 100k characters).
_IMAGE = re.compile(r"!\[([^\]\[\n]{0,300})\]\([^()\s]{0,500}\)|!\[([^\]\[\n]{0,300})\]\[[^\]\[\n]{0,100}\]")
_LINK = re.compile(r"\[([^\]\[\n]{1,300})\]\([^()\s]{0,500}\)|\[([^\]\[\n]{1,300})\]\[[^\]\[\n]{0,100}\]")
_AUTOLINK = re.compile(r"<(https?://[^<>\s]{1,500})>")
_TAG = re.compile(r"</?[A-Za-z][\w-]{0,30}(\s[^<>]{0,500})?/?>")
# emphasis content may not hold its own marker, so each opening mark scans only to the next one
_STRONG = re.compile(r"(\*\*(?=\S)([^*\n]{1,300}?)(?<=\S)\*\*)|(__(?=\S)([^_\n]{1,300}?)(?<=\S)__)")
_EMPHASIS = re.compile(r"(?<![\w*])\*(?=\S)([^*\n]{1,300}?)(?<=\S)\*(?![\w*])|(?<![\w_])_(?=\S)([^_\n]{1,300}?)(?<=\S)_(?![\w_])")
_STRIKE = re.compile(r"~~(?=\S)([^~\n]{1,300}?)(?<=\S)~~")
_CODE = re.compile(r"`{1,3}([^`\n]{1,300})`{1,3}")


class MarkdownParts(NamedTuple):
    title: str | None
    published: datetime | None
    text: str


def _front_matter(text: str) -> tuple[dict[str, str], str]:
    match = _FRONT_MATTER.match(text)
    if not match:
        return {}, text
    fields = {k.lower(): v.strip("\"'") for k, v in _FRONT_KEY.findall(match.group(1))}
    return fields, text[match.end():]


def strip_inline(line: str) -> str:
    """Links and images to their text, emphasis and code marks removed, inline HTML tags removed."""
    if not any(c in line for c in "[*_`<~"):
        return line
    line = _IMAGE.sub("", line)
    line = _LINK.sub(lambda m: m.group(1) or m.group(2), line)
    line = _AUTOLINK.sub(r"\1", line)
    line = _TAG.sub("", line)
    line = _CODE.sub(r"\1", line)
    line = _STRONG.sub(lambda m: m.group(2) or m.group(4), line)
    line = _STRIKE.sub(r"\1", line)
    return _EMPHASIS.sub(lambda m: m.group(1) or m.group(2), line)


def strip_markdown(text: str) -> MarkdownParts:
    """Plain text of a Markdown article, with the title from front matter or a leading "# " heading."""
    fields, text = _front_matter(text)
    title = fields.get("title") or None
    published = parse_published(fields.get("date") or fields.get("published"))
    out: list[str] = []
    seen_content = False
    for raw in text.split("\n"):
        if _FENCE.match(raw) or _LINK_DEF.match(raw) or _RULE.match(raw):
            continue
        if _SETEXT.match(raw) and out and out[-1].strip():
            continue  # underline of a setext heading: the line above is the heading
        heading = _HEADING.match(raw)
        if heading:
            words = strip_inline(heading.group(2)).strip()
            if len(heading.group(1)) == 1 and not seen_content:
                # the leading "# " heading is the title (front matter's title wins if both exist)
                title = title or words
                seen_content = True
                continue
            out.extend(["", words, ""])  # a heading is its own paragraph
            seen_content = True
            continue
        line = _BULLET.sub(r"\1", _QUOTE.sub("", raw))
        line = strip_inline(line)
        seen_content = seen_content or bool(line.strip())
        out.append(line)
    return MarkdownParts(title, published, "\n".join(out))
