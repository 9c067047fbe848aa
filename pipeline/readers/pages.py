"""Cleaning plain-text pages scraped from the web (and BBC-style title-first files).

A page is read as lines. Each line is classified by the rules in data/readers/page_lines.csv:

- `drop`: boilerplate anywhere (ad slots, share buttons, social counters, navigation labels);
- `cut`: a footer heading ("Related Articles", "LEAVE A REPLY", "Stay Connected"): it and every
  line after it go, once the body has begun;
- `header`: page-header furniture (weather "30.2 C"), never a title;
- `byline`: "By ...", "Published ...", dropped right after the title.

Then the page is split in zones: the head (lines before the title: weather, place, date line,
navigation and section labels), the title (a line that is not a sentence and stands apart from the
text, nearest the body), the byline zone, and the body. A date line in the head or byline zone
gives `published`. Nothing that could be article text is dropped without a rule saying so: on the
Reuters and Yle corpora no rule fires and every word is kept.
"""
from __future__ import annotations

import functools
import re
from datetime import datetime
from typing import NamedTuple

from .data import page_line_rules
from .dates import DATE_IN_TEXT, find_date, parse_date_string

# Lines longer than this are prose; no boilerplate rule is tried on them.
MAX_BOILERPLATE_LINE = 200
TITLE_MIN_WORDS, TITLE_MAX_WORDS = 4, 30
# The title is looked for among this many non-blank lines at the top of the page.
HEAD_LINES = 25
# A line is prose (the body has begun) when it ends like a sentence and has this many words,
# or is long whatever its ending.
PROSE_MIN_WORDS, PROSE_ANY_ENDING_WORDS = 6, 30
# What may surround the date on a date line: a stamp word, separators, a time and zone.
_DATE_LINE_REST = re.compile(
    r"[\s|,.:;•·\-–—]*(?:(?:published|updated|last updated|first published|posted|date|on)\b[\s|,.:;•·\-–—]*)*"
    r"(?:(?:at\s+)?\d{1,2}[:.]\d{2}(?::\d{2})?\s*(?:[ap]\.?m\.?)?\s*(?:[A-Z]{2,5}|[+-]\d{2}:?\d{2})?)?[\s|,.:;•·\-–—]*",
    re.IGNORECASE)

_EXACT_TRIM = " \t-–—•|:!.·*_#>"
# ends like a sentence; an ellipsis ("My memories of Marley...") does not
_SENTENCE_END = re.compile(r"(?<!\.\.)[.!][\"'”’)\]]*$")


class PageParts(NamedTuple):
    title: str | None
    published: datetime | None
    text: str


@functools.lru_cache(maxsize=None)
def _compiled_rules() -> tuple[dict[str, set[str]], list[tuple[str, re.Pattern]]]:
    exact: dict[str, set[str]] = {}
    patterns: dict[str, list[str]] = {}
    for action, match, pattern in page_line_rules():
        if match == "exact":
            exact.setdefault(pattern.casefold().strip(_EXACT_TRIM), set()).add(action)
        else:
            patterns.setdefault(action, []).append(pattern)
    # trailing separators and colons may follow a pattern; not a full stop (that makes a sentence)
    compiled = [(action, re.compile("(?:" + "|".join(f"(?:{p})" for p in pats) + r")[\s:;|•·*!\-–—]*", re.IGNORECASE))
                for action, pats in patterns.items()]
    # first match wins in this order
    order = {"drop": 0, "cut": 1, "header": 2, "byline": 3}
    compiled.sort(key=lambda item: order.get(item[0], 9))
    return exact, compiled


def line_action(line: str) -> str | None:
    """drop / cut / header / byline for boilerplate lines, None for content."""
    if not line or len(line) > MAX_BOILERPLATE_LINE:
        return None
    exact, patterns = _compiled_rules()
    actions = exact.get(line.casefold().strip(_EXACT_TRIM))
    action = (sorted(actions)[0] if len(actions) > 1 else next(iter(actions))) if actions else None
    if action is None:
        action = next((name for name, pattern in patterns if pattern.fullmatch(line)), None)
    if action in ("cut", "byline") and line[0].islower():
        # footer headings and bylines start with a capital; "comments." or "published today,
        # said ..." is the middle of a hard-wrapped sentence, and cutting there would lose text
        return None
    return action


def _words(line: str) -> int:
    return len(line.split())


def is_prose(line: str) -> bool:
    words = _words(line)
    return words >= PROSE_ANY_ENDING_WORDS or (words >= PROSE_MIN_WORDS and bool(_SENTENCE_END.search(line)))


def date_of_line(line: str) -> datetime | None:
    """The date of a line that is only a date, with at most a stamp word and a time around it:
    "Saturday, June 21, 2025", "Published: 3 March 2025 10:30 GMT" (not "Period ended December
    31, 1986")."""
    if len(line) > 80:
        return None
    match = DATE_IN_TEXT.search(line)
    if not match or not _DATE_LINE_REST.fullmatch(line[:match.start()] + " " + line[match.end():]):
        return None
    return parse_date_string(match.group(0))


def _is_separator(line: str) -> bool:
    """A blank line or page furniture: what sets a title off from the text around it."""
    return not line or line_action(line) is not None or date_of_line(line) is not None


def _could_be_title(lines: list[str], i: int) -> bool:
    line = lines[i]
    if line_action(line) or date_of_line(line) or _SENTENCE_END.search(line):
        return False
    # a title stands apart: a line glued to text on either side is part of a hard-wrapped
    # paragraph ("although normal humidity levels have not been restored,")
    if (i > 0 and not _is_separator(lines[i - 1])) or (i + 1 < len(lines) and not _is_separator(lines[i + 1])):
        return False
    if line.endswith((",", ";")):
        return False
    words = _words(line)
    if TITLE_MIN_WORDS <= words <= TITLE_MAX_WORDS:
        return True
    # BBC style: a short first line set off by a blank line is the title too
    return i == 0 and 0 < words <= TITLE_MAX_WORDS and len(lines) > 1 and not lines[1]


def _first_prose(lines: list[str]) -> int:
    for i, line in enumerate(lines):
        if is_prose(line) and line_action(line) is None:
            return i
    return len(lines)


def _find_title(lines: list[str], body_start: int) -> int | None:
    """The title line: the candidate nearest the body, since what comes before it at the top of a
    page is navigation and section labels ("World Business Markets Politics"); but a first line
    set off by a blank line, or the first candidate when no body is found. Only the first
    HEAD_LINES non-blank lines are looked at."""
    candidates = []
    seen = 0
    for i in range(min(body_start, len(lines))):
        if not lines[i]:
            continue
        seen += 1
        if seen > HEAD_LINES:
            break
        if _could_be_title(lines, i):
            candidates.append(i)
        elif _SENTENCE_END.search(lines[i]) and not _is_separator(lines[i]):
            break  # a sentence: the text has begun, and no title comes after it
    if not candidates:
        return None
    first_set_off = candidates[0] == 0 and len(lines) > 1 and not lines[1]
    # BBC style: a first line set off by a blank line is the title, and what follows before the
    # body is a standfirst ("Japanese brewers are increasingly making money from ...")
    title_at = candidates[0] if first_set_off or body_start >= len(lines) else candidates[-1]
    # a title needs something after it, or the file is a one-line article
    return title_at if any(lines[j] for j in range(title_at + 1, len(lines))) else None


def _head_date(lines: list[str]) -> datetime | None:
    for line in lines:
        moment = date_of_line(line)
        if moment:
            return moment
    return None


def _skip_byline_zone(lines: list[str], start: int) -> tuple[int, datetime | None]:
    """Index of the first body line after the title, and a date found in the bylines."""
    published = None
    i = start
    while i < len(lines):
        line = lines[i]
        if not line:
            i += 1
            continue
        if is_prose(line):
            break  # "By early 2005 the net could have two new domain names." is the body
        action = line_action(line)
        moment = date_of_line(line) if action != "cut" else None
        if action in ("byline", "drop") or moment:
            if moment is None:
                moment, _ = find_date(line)  # "By Jane Doe, Senior Correspondent | June 21, 2025"
            published = published or moment
            i += 1
            continue
        break
    return i, published


def _body_paragraphs(lines: list[str]) -> list[str]:
    paragraphs: list[str] = []
    current: list[str] = []
    for line in lines:
        action = line_action(line) if line else None
        if action == "cut" and (paragraphs or current):
            break
        if not line or action in ("drop", "cut"):
            # a blank or a removed line ends the paragraph
            if current:
                paragraphs.append("\n".join(current))
                current = []
            continue
        current.append(line)
    if current:
        paragraphs.append("\n".join(current))
    return paragraphs


def clean_page(text: str, title: str | None = None) -> PageParts:
    """Title, publication date and clean body text of a scraped page or title-first file.

    `title` is given when the caller already knows it (a Markdown "# " heading); the head zone is
    then everything before the body.
    """
    lines = [line.strip() for line in text.split("\n")]
    body_start = _first_prose(lines)
    title_at = None if title else _find_title(lines, body_start)
    if title_at is not None:
        title = lines[title_at]
        head = lines[:title_at]
        start, byline_date = _skip_byline_zone(lines, title_at + 1)
        published = _head_date(head) or byline_date
    else:
        # no title line: only recognisable furniture before the body goes
        head = [line for line in lines[:body_start] if line]
        published = _head_date(head)
        start = 0
        while start < body_start and (not lines[start] or line_action(lines[start]) in ("drop", "header")
                                      or date_of_line(lines[start])):
            start += 1
        if title:
            start, byline_date = _skip_byline_zone(lines, start)
            published = published or byline_date
    return PageParts(title, published, "\n\n".join(_body_paragraphs(lines[start:])))
