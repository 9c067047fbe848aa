"""Cleaning plain-text pages scraped from the web (and BBC-style title-first files).

A page is read as lines. Each line is classified by the rules in data/readers/page_lines.csv:

- `drop`: boilerplate anywhere (ad slots, share buttons, social counters, navigation labels);
- `cut`: a footer heading ("Related Articles", "LEAVE A REPLY", "Stay Connected"): it and every
  line after it go, once the body has begun;
- `header`: page-header furniture (weather "30.2 C"), never a title;
- `byline`: "By ...", "Published ...", dropped right after the title;
- `ad`: an ad slot label ("- Advertisement -", "Sponsored"): it goes, and so do the non-prose
  lines glued under it (the ad's pitch);
- `box`: a summary box heading ("Key points") above the body: it and the non-prose lines after
  it (its bullets) go.

Then the page is split in zones: the head (lines before the title: weather, place, date line,
navigation and section labels, kickers), the title (a line that is not a sentence and stands apart
from the text: the headline-like candidate nearest the body), the deck (title to body: standfirst,
bylines, dates, buttons; only the standfirst stays), and the body. A date line in the head or the
deck gives `published`. Nothing that could be article text is dropped without a rule saying so: on
the Reuters corpus no rule fires and every word is kept; on Yle only the image captions go ("...
Photo: N.N. / Yle").
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
# A short line that is not a sentence is a label (section, kicker, place, author's role: "UK
# politics", "EXCLUSIVE", "Taipei"): page furniture that does not glue a title to the text.
LABEL_MAX_WORDS = 3
# The title is looked for among this many non-blank lines at the top of the page.
HEAD_LINES = 25
# A line is prose (the body has begun) when it ends like a sentence and has this many words,
# or is long whatever its ending.
PROSE_MIN_WORDS, PROSE_ANY_ENDING_WORDS = 6, 30
# What may surround the date on a date line: a stamp word, separators, a time and zone.
_DATE_LINE_REST = re.compile(
    # a dateline place may come first ("Tokyo | 2025-08-29", "Madrid | 22 Apr 2025 | 13:10")
    r"(?:(?-i:[A-Z])[\w.'’-]*(?:\s+(?-i:[A-Z])[\w.'’-]*){0,2}\s*[|•·]\s*)?"
    r"[\s|,.:;•·/\-–—]*(?:(?:published|updated|last updated|first published|last modified|modified|posted|date|on)\b[\s|,.:;•·\-–—]*)*"
    r"(?:(?:at\s+)?\d{1,2}[:.]\d{2}(?::\d{2})?\s*(?:[ap]\.?m\.?)?\s*(?:[A-Z]{2,5}|[+-]\d{2}:?\d{2})?)?"
    # a zone right after a date that carried its time ("2025-08-29 09:12 JST"): capitals only
    r"(?:\s*(?-i:[A-Z]{2,5}))?[\s|,.:;•·/\-–—]*",
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
    order = {"ad": 0, "drop": 0, "cut": 1, "header": 2, "byline": 3, "box": 4}
    compiled.sort(key=lambda item: order.get(item[0], 9))
    return exact, compiled


def line_action(line: str) -> str | None:
    """drop / ad / cut / header / byline / box for boilerplate lines, None for content."""
    if not line or len(line) > MAX_BOILERPLATE_LINE:
        return None
    return _short_line_action(line)


# a page asks for the same line's class several times (title candidates, labels, deck, body);
# only short lines reach the cache, so it stays small whatever the input
@functools.lru_cache(maxsize=16384)
def _short_line_action(line: str) -> str | None:
    exact, patterns = _compiled_rules()
    actions = exact.get(line.casefold().strip(_EXACT_TRIM))
    action = (sorted(actions)[0] if len(actions) > 1 else next(iter(actions))) if actions else None
    if action is None:
        action = next((name for name, pattern in patterns if pattern.fullmatch(line)), None)
    if action in ("cut", "byline", "box") and line[0].islower():
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
    return _short_line_date(line)


@functools.lru_cache(maxsize=16384)
def _short_line_date(line: str) -> datetime | None:
    match = DATE_IN_TEXT.search(line)
    # a second date may follow a stamp word: "April 2, 2025 · Updated April 3, 2025" (the first counts)
    if not match or not _DATE_LINE_REST.fullmatch(DATE_IN_TEXT.sub(" ", line)):
        return None
    return parse_date_string(match.group(0))


def _is_label(line: str) -> bool:
    """A short line that is not a sentence and does not start in lower case ("Defence", "UK
    politics", "NATO SUMMIT 2025"): a section label, kicker or place, never the middle of a
    wrapped sentence (whose short lines end it: "mln dlrs.") nor its start ("in 1986"), nor a
    table cell or row ("Pay March 31", "IMPORTS     ALLOCATIONS": figures, or columns set by
    runs of spaces), which would make the row next to it stand apart."""
    return (0 < _words(line) <= LABEL_MAX_WORDS and not line[0].islower() and not _SENTENCE_END.search(line)
            and not line.endswith((",", ";")) and "  " not in line
            and (not any(ch.isdigit() for ch in line) or not any(ch.islower() for ch in line)))


def _is_furniture(line: str) -> bool:
    return line_action(line) is not None or date_of_line(line) is not None


def _is_separator(line: str) -> bool:
    """A blank line, page furniture or a label: what sets a title off from the text around it."""
    return not line or _is_furniture(line) or _is_label(line)


def _title_shaped(line: str) -> bool:
    """Not a sentence, 4-30 words, starts with a capital and does not end like a clause."""
    return (TITLE_MIN_WORDS <= _words(line) <= TITLE_MAX_WORDS and not _SENTENCE_END.search(line)
            and line[0].isupper() and not line.endswith((",", ";")) and line_action(line) is None
            and date_of_line(line) is None)


def _labels_set_off(lines: list[str], j: int, step: int) -> bool:
    """Line j starts a run of labels (going by step, -1 up or +1 down) that ends at a blank line,
    furniture or the page's edge: "Washington" over "Politics | Defense" over a headline. In a
    table, short cells ("Year", "Pay June one") sit between rows, and the run ends at a row."""
    for _ in range(LABEL_MAX_WORDS + 1):
        if not (0 <= j < len(lines)) or not lines[j] or _is_furniture(lines[j]):
            return True
        if not _is_label(lines[j]):
            return False
        j += step
    return False


def _is_deck(lines: list[str], i: int) -> bool:
    """A standfirst glued under a headline ("Spain secures a carve-out as leaders meet in The
    Hague"): title-shaped, and followed by a blank line or furniture (a date, buttons); two
    glued rows of a table ("Shr 20 cts vs 21 cts" over "Net 783,564 vs 806,278") are followed
    by more rows or a label ("Year")."""
    return (i + 1 < len(lines) and bool(lines[i]) and _title_shaped(lines[i])
            and (not lines[i + 1] or _is_furniture(lines[i + 1])))


def _could_be_title(lines: list[str], i: int, has_body: bool = False) -> bool:
    """`has_body`: the page has a prose body below; only then are labels and a standfirst page
    furniture around a headline (a file of short table lines has neither: "Qtly div 36 cts vs 36
    cts prior" over "Pay April one" is a table, not a headline over a label)."""
    line = lines[i]
    if line_action(line) or date_of_line(line) or _SENTENCE_END.search(line):
        return False
    # a title stands apart: a line glued to text on either side is part of a hard-wrapped
    # paragraph ("although normal humidity levels have not been restored,"); labels and furniture
    # around it do not glue it, nor a standfirst under it when a title-shaped headline heads the pair
    def apart(j: int) -> bool:
        if not lines[j] or _is_furniture(lines[j]):
            return True
        return has_body and _labels_set_off(lines, j, j - i)

    if i > 0 and not apart(i - 1):
        return False
    headline_over_deck = has_body and _title_shaped(line) and not looks_like_chrome(line) and _is_deck(lines, i + 1)
    if i + 1 < len(lines) and not apart(i + 1) and not headline_over_deck:
        return False
    if line.endswith((",", ";")):
        return False
    words = _words(line)
    if TITLE_MIN_WORDS <= words <= TITLE_MAX_WORDS:
        return True
    # BBC style: a short first line set off by a blank line is the title too
    return i == 0 and 0 < words <= TITLE_MAX_WORDS and len(lines) > 1 and not lines[1]


# A caption or bio glued to its credit ("Soldiers in Warsaw. Photo: ..."): a sentence ends inside the line.
_INNER_SENTENCE_END = re.compile(r"[a-z]{2}[.!?]\s+\S")
# "Reading time: 3 minutes", "Share this article: Facebook · X": a short label, a colon, a short value.
_LABEL_VALUE = re.compile(r"^\S+(?:\s+\S+){0,2}:\s+\S+(?:\s+\S+){0,3}$")


def looks_like_chrome(line: str) -> bool:
    """A title candidate shaped like page chrome rather than a headline: no lower-case word
    ("NATO SUMMIT 2025 THE HAGUE"), a sentence ending inside it (a caption with its credit), a
    label and a short value ("Reading time: 3 minutes"), or button separators ("Listen · 4 min").
    It is still a title when nothing headline-like is found."""
    return (not any(ch.islower() for ch in line) or bool(_INNER_SENTENCE_END.search(line))
            or bool(_LABEL_VALUE.match(line)) or any(mark in line for mark in "·•|") or _plain_phrase(line))


def _plain_phrase(line: str) -> bool:
    """No capital after the first word and no figure: a button or prompt ("Click to email a link
    to a friend", "Add to my feed"); a headline names someone or something, or gives a figure."""
    words = line.split()
    return not any(ch.isdigit() for ch in line) and not any(word[0].isupper() for word in words[1:])


def _first_prose(lines: list[str]) -> int:
    for i, line in enumerate(lines):
        if is_prose(line) and line_action(line) is None:
            return i
    return len(lines)


def _find_title(lines: list[str], body_start: int) -> int | None:
    """The title line: the headline-like candidate nearest the body, since what comes before it
    at the top of a page is navigation and section labels ("World Business Markets Politics") and
    what comes after it may be chrome no rule knows (looks_like_chrome); but a first line set off
    by a blank line, or the first candidate when no body is found. Only the first HEAD_LINES
    non-blank lines are looked at."""
    candidates = []
    seen = 0
    for i in range(min(body_start, len(lines))):
        if not lines[i]:
            continue
        seen += 1
        if seen > HEAD_LINES:
            break
        if _could_be_title(lines, i, body_start < len(lines)):
            candidates.append(i)
        elif _SENTENCE_END.search(lines[i]) and not _is_separator(lines[i]):
            break  # a sentence: the text has begun, and no title comes after it
    if not candidates:
        return None
    first_set_off = candidates[0] == 0 and len(lines) > 1 and not lines[1]
    # BBC style: a first line set off by a blank line is the title, and what follows before the
    # body is a standfirst ("Japanese brewers are increasingly making money from ...")
    # a headline beats chrome that passed the rules (a caption, a share prompt) wherever it stands
    headline_like = [i for i in candidates if not looks_like_chrome(lines[i])] or candidates
    title_at = candidates[0] if first_set_off or body_start >= len(lines) else headline_like[-1]
    # a title needs something after it, or the file is a one-line article
    return title_at if any(lines[j] for j in range(title_at + 1, len(lines))) else None


def _head_date(lines: list[str]) -> datetime | None:
    for line in lines:
        moment = date_of_line(line)
        if moment:
            return moment
    return None


def _deck(lines: list[str], start: int, body_start: int) -> tuple[list[str], datetime | None]:
    """The lines between the title and the body, furniture blanked, and a date found in them.

    Bylines, stamps, date lines, buttons and the author's role under a byline ("Political
    Editor") go; a standfirst, or anything else no rule knows, stays as text. A footer heading
    here ("Comments") is a link in the page header, not the end of the article."""
    kept: list[str] = []
    published = None
    after_byline = False
    for line in lines[start:body_start]:
        action = line_action(line) if line else None
        moment = date_of_line(line) if line and action != "cut" else None
        if action in ("byline", "drop", "ad") and moment is None:
            moment, _ = find_date(line)  # "By Jane Doe, Senior Correspondent | June 21, 2025"
        published = published or moment
        furniture = action in ("byline", "drop", "ad", "header", "cut") or moment is not None
        role = after_byline and _is_label(line)
        after_byline = action == "byline" or (role and after_byline)
        kept.append("" if not line or furniture or role else line)
    return kept, published


def _body_paragraphs(lines: list[str]) -> list[str]:
    paragraphs: list[str] = []
    current: list[str] = []
    seen_prose = False
    box = None  # None, "heading" (blanks after a box heading), "items" (its lines)
    pitch = False  # just after an ad label: glued non-prose lines are its pitch

    def end_paragraph() -> None:
        nonlocal current
        if current:
            paragraphs.append("\n".join(current))
            current = []

    for line in lines:
        action = line_action(line) if line else None
        if action == "cut" and seen_prose:
            # a footer heading ends the article; before any prose it is a link in the page header
            break
        if pitch and line and action is None and not is_prose(line):
            end_paragraph()
            continue
        pitch = action == "ad" or (pitch and bool(line) and action is not None)
        if action == "box" and not seen_prose:
            # only above the body: further down "Highlights" may head a section of the article
            box = "heading"
            end_paragraph()
            continue
        if box and not (line and is_prose(line)):
            # a summary box: its heading, then one run of non-prose lines (bullets) up to a blank
            if line:
                box = "items"
            elif box == "items":
                box = None
            end_paragraph()
            continue
        box = None
        if not line or action in ("drop", "ad", "cut"):
            # a blank or a removed line ends the paragraph
            end_paragraph()
            continue
        current.append(line)
        seen_prose = seen_prose or is_prose(line)
    end_paragraph()
    return paragraphs


def _same_text(a: str, b: str) -> bool:
    return a.split() == b.split() or a.casefold().split() == b.casefold().split()


def clean_page(text: str, title: str | None = None) -> PageParts:
    """Title, publication date and clean body text of a scraped page or title-first file.

    `title` is given when the caller already knows it (a Markdown "# " heading); the head zone is
    then everything before the body.
    """
    lines = [line.strip() for line in text.split("\n")]
    body_start = _first_prose(lines)
    if title:
        # a known title (an HTML page's headline) written again in the head: what is above it is
        # the head (kickers, section labels), as on a page whose title is found
        title_at = next((i for i in range(min(body_start, HEAD_LINES * 2, len(lines)))
                         if lines[i] and _same_text(lines[i], title)), None)
    else:
        title_at = _find_title(lines, body_start)
    if title_at is not None:
        title = title or lines[title_at]
        head = lines[:title_at]
        deck, deck_date = _deck(lines, title_at + 1, body_start)
        published = _head_date(head) or deck_date
        return PageParts(title, published, "\n\n".join(_body_paragraphs(deck + lines[max(body_start, title_at + 1):])))
    else:
        # no title line: only recognisable furniture before the body goes
        head = [line for line in lines[:body_start] if line]
        published = _head_date(head)
        start = 0
        while start < body_start and (not lines[start] or line_action(lines[start]) in ("drop", "ad", "header")
                                      or date_of_line(lines[start])):
            start += 1
        if title:
            deck, deck_date = _deck(lines, start, body_start)
            published = published or deck_date
            return PageParts(title, published, "\n\n".join(_body_paragraphs(deck + lines[max(start, body_start):])))
    return PageParts(title, published, "\n\n".join(_body_paragraphs(lines[start:])))
