"""Publication dates: record fields, page metadata and scraped date lines, always UTC."""
from __future__ import annotations

import functools
import re
from datetime import datetime, timezone

from .data import date_formats

_WEEKDAYS = "monday|tuesday|wednesday|thursday|friday|saturday|sunday|mon|tue|tues|wed|thu|thur|thurs|fri|sat|sun"
_MONTHS = ("january|february|march|april|may|june|july|august|september|october|november|december|"
           "jan|feb|mar|apr|jun|jul|aug|sep|sept|oct|nov|dec")
# A date written inside a line: "Saturday, June 21, 2025", "21 June 2025", "2025-06-21", "2025/06/21".
DATE_IN_TEXT = re.compile(
    rf"\b(?:(?:{_WEEKDAYS})\.?,?\s+)?"
    rf"(?:(?:{_MONTHS})\.?\s+\d{{1,2}}(?:st|nd|rd|th)?,?\s+\d{{4}}"
    rf"|\d{{1,2}}(?:st|nd|rd|th)?\s+(?:{_MONTHS})\.?,?\s+\d{{4}}"
    rf"|\d{{4}}-\d{{2}}-\d{{2}}(?:[T ]\d{{2}}:\d{{2}}(?::\d{{2}})?(?:\.\d+)?(?:Z|[+-]\d{{2}}:?\d{{2}})?)?"
    # year first with slashes or dots ("2025/08/29"): never ambiguous, unlike 03/04/2025
    rf"|\d{{4}}[/.]\d{{2}}[/.]\d{{2}}"
    # day and month with slashes: parsed only when the order does not matter (_numeric_date)
    rf"|\d{{1,2}}/\d{{1,2}}/\d{{4}})\b",
    re.IGNORECASE)
_ORDINAL = re.compile(r"(\d)(st|nd|rd|th)\b", re.IGNORECASE)
_SPACES = re.compile(r"\s+")
# Sane bounds: a "published" outside them is a parsing accident, not a date.
_EARLIEST, _LATEST = 1800, 2200


def as_utc(moment: datetime) -> datetime:
    """Naive times are taken as UTC; aware ones converted to it."""
    if moment.tzinfo is None:
        return moment.replace(tzinfo=timezone.utc)
    return moment.astimezone(timezone.utc)


def _plausible(moment: datetime | None) -> datetime | None:
    if moment is None or not (_EARLIEST <= moment.year <= _LATEST):
        return None
    return as_utc(moment)


def _from_epoch(value: float) -> datetime | None:
    if value > 1e11:  # milliseconds
        value /= 1000.0
    try:
        return datetime.fromtimestamp(value, tz=timezone.utc)
    except (OverflowError, OSError, ValueError):
        return None


@functools.lru_cache(maxsize=4096)
def parse_date_string(text: str) -> datetime | None:
    """ISO-8601, RFC 2822 or one of date_formats.txt; None when it is none of them."""
    text = _SPACES.sub(" ", text.strip())
    if not text or len(text) > 80:
        return None
    try:
        return _plausible(datetime.fromisoformat(text))  # 3.11: takes "Z" and most ISO forms
    except ValueError:
        pass
    if "," in text or " " in text:
        import email.utils  # here: the email package is a tenth of a second of imports in each worker, for RFC 2822 dates only

        try:
            return _plausible(email.utils.parsedate_to_datetime(text))
        except (TypeError, ValueError, IndexError):
            pass
    cleaned = _ORDINAL.sub(r"\1", text)
    for fmt in date_formats():
        try:
            return _plausible(datetime.strptime(cleaned, fmt))
        except ValueError:
            continue
    return _numeric_date(text)


_NUMERIC_DATE = re.compile(r"(\d{1,2})/(\d{1,2})/(\d{4})")


def _numeric_date(text: str) -> datetime | None:
    """"14/07/2025" or "04/04/2025": a day-month date with slashes, when only one reading exists
    (a part above 12, or both parts equal); "03/04/2025" stays None (3 April or March 4)."""
    match = _NUMERIC_DATE.fullmatch(text)
    if not match:
        return None
    first, second, year = (int(part) for part in match.groups())
    if first == second or (first > 12) != (second > 12):
        day, month = (first, second) if second <= 12 else (second, first)
        try:
            return _plausible(datetime(year, month, day))
        except ValueError:
            return None
    return None


def parse_published(value: object) -> datetime | None:
    """A record's `published` field (string, epoch number or datetime) as a UTC datetime."""
    if value is None or isinstance(value, bool):
        return None
    if isinstance(value, datetime):
        return _plausible(value)
    if isinstance(value, (int, float)):
        return _plausible(_from_epoch(float(value)))
    if isinstance(value, str):
        try:  # the common case (ISO-8601, as in most feeds) without the cache and the fallbacks
            return _plausible(datetime.fromisoformat(value))
        except ValueError:
            return parse_date_string(value)
    return None


def find_date(line: str) -> tuple[datetime | None, int]:
    """The first date written in a line and how many characters of the line it covers."""
    match = DATE_IN_TEXT.search(line)
    if not match:
        return None, 0
    moment = parse_date_string(match.group(0))
    return moment, (match.end() - match.start()) if moment else 0
