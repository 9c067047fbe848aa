"""``find_mentions``: percent, percentage-point and money figures of each sentence.

A cheap compiled prefilter (a percent, scale or currency token) picks the sentences worth parsing;
the grammar (``grammar.py``) finds candidate figures there; Python turns each match into a Mention
dict: value in whole units, range ends, bound, currency, change and the basis ("of GDP"), carrying
a basis or a currency to later figures of the same sentence where the text compares them.
"""
from __future__ import annotations

import bisect
import math
from typing import Iterable

import regex

from .grammar import compiled
from .lexicon import Currency, load, normalise

PARSER = "grammar"
TIMEOUT = 1.0  # seconds per sentence: the grammar is linear, this only guards hostile input
WINDOW = 48    # characters looked at before/after a figure for bound, change and basis words

_FRACTION_CHARS = {"½": 0.5, "¼": 0.25, "¾": 0.75, "⅛": 0.125, "⅜": 0.375, "⅝": 0.625, "⅞": 0.875,
                   "⅓": 1 / 3, "⅔": 2 / 3}
_SPLIT_WORDS = regex.compile(r"[\s-]+")
_WORD = regex.compile(r"[A-Za-z]+")
_INDEX_WORDS = regex.compile(
    r"(?i:\b(?:index|indices|dow|nikkei|ft-?se|hang\s+seng|dax|cac|nasdaq|s&p|average|stocks?|shares?"
    r"|futures|contracts?|bonds?|prices?|cents|points\s+higher|points\s+lower)\b)"
)


_KINDS = ("rpre", "rpost", "mpre", "vpost", "bare")
_OTHER_DOLLARS = {"CAD", "AUD", "HKD", "NZD", "SGD", "TWD"}


class _Lookups:
    def __init__(self) -> None:
        lex = load()
        self.lex = lex
        self.scales = {normalise(k): v for k, v in lex.scales.items()}
        self.percent = {normalise(k): v for k, v in lex.percent_units.items()}
        self.pre = {normalise(k): v for k, v in lex.currencies_pre.items()}
        self.post = {normalise(k): v for k, v in lex.currencies_post.items()}
        self.bounds = {normalise(k): v for k, v in lex.bounds.items()}
        self.basis = {normalise(k): v for k, v in lex.basis.items()}
        self.change_before = {normalise(k): v for k, v in lex.change_before.items()}
        self.change_after = {normalise(k): v for k, v in lex.change_after.items()}
        self.words = lex.number_words


_LOOKUPS: _Lookups | None = None


def _lookups() -> _Lookups:
    global _LOOKUPS
    if _LOOKUPS is None:
        _LOOKUPS = _Lookups()
    return _LOOKUPS


def parse_number(text: str) -> float | None:
    """"1,234.5", ".5", "5-3/4", "5 3/4", "3/4", "5½", "two and one half", "three-quarters",
    "twenty-five", "one point three", "a half" -> float (None when it is not a number)."""
    s = text.strip()
    if not s:
        return None
    if s[0].isdigit() or s[0] == ".":
        if s[-1] in _FRACTION_CHARS:
            whole = s[:-1]
            return (float(whole) if whole else 0.0) + _FRACTION_CHARS[s[-1]]
        if "/" in s:
            head, _, frac = s.replace("-", " ").rpartition(" ")
            num, _, den = frac.partition("/")
            if not den or float(den) == 0:
                return None
            return (float(head) if head else 0.0) + float(num) / float(den)
        return float(s.replace(",", ""))
    if s in _FRACTION_CHARS:
        return _FRACTION_CHARS[s]
    return _parse_words(s.lower())


def _parse_words(s: str) -> float | None:
    words = _lookups().words
    tokens = [t for t in _SPLIT_WORDS.split(s) if t]
    if "point" in tokens:  # spoken decimal: "one point three"
        i = tokens.index("point")
        whole = _parse_words(" ".join(tokens[:i]))
        digits = "".join(str(int(words[t][0])) for t in tokens[i + 1:] if t in words)
        return None if whole is None or not digits else float(f"{int(whole)}.{digits}")
    total, current = 0.0, None
    i = 0
    while i < len(tokens):
        t = tokens[i]
        if t == "and":
            total += current or 0.0
            current = None
        elif t in ("a", "an"):
            current = 1.0 if current is None else current
        elif t in words:
            value, kind = words[t]
            if kind == "fraction":
                count = 1.0 if current is None else current
                total += count * value
                current = None
            elif kind == "hundred":
                current = (current or 1.0) * 100
            else:
                current = (current or 0.0) + value
        else:
            return None
        i += 1
    total += current or 0.0
    return total


def _currency_code(cur: Currency, sentence_lower: str) -> str:
    for cue, code in cur.cues:
        if cue in sentence_lower:
            return code
    return cur.code


def _scale(m, group: str) -> float:
    text = m.group(group)
    if not text:
        return 1.0
    key = normalise(text).lstrip("-").strip()
    if key.startswith(("a ", "an ")):
        key = key.split(" ", 1)[1]
    return _lookups().scales.get(key, 1.0)


def _mention(text: str, sentence_index: int, start: int, end: int, value: float, low: float,
             high: float, bound: str, unit: str, currency: str | None) -> dict:
    return {
        "sentence_index": sentence_index, "char_start": start, "char_end": end,
        "surface": text[start:end], "value": value, "value_low": low, "value_high": high,
        "bound": bound, "unit": unit, "basis": None, "currency": currency, "change": None,
        "parser": PARSER,
    }


def _unit_of(m, pct_group: str, cur_group: str, sentence_lower: str):
    """(unit, currency code, factor, Currency) of a matched unit, or None."""
    lk = _lookups()
    pct = m.group(pct_group)
    if pct:
        key = normalise(pct.replace("%", " % ")).lstrip("-").strip()
        unit = lk.percent.get(key) or ("percent" if "%" in pct else None)
        return (unit, None, 1.0, None) if unit else None
    cur = m.group(cur_group)
    if cur:
        c = lk.post.get(normalise(cur).lstrip("-").strip())
        if c is None:
            return None
        return ("currency", _currency_code(c, sentence_lower), c.factor, c)
    return None


def _sentence_mentions(text: str, sentence, prefilter_hit: bool = True) -> list[dict]:
    pats = compiled()
    lk = _lookups()
    s0, s1 = sentence.start, sentence.end
    sentence_text = text[s0:s1]
    lower = sentence_text.lower()
    out: list[dict] = []
    try:
        matches = list(pats["grammar"].finditer(text, s0, s1, timeout=TIMEOUT))
    except TimeoutError:
        return out
    for m in matches:
        kind = next(k for k in _KINDS if m.start(k) >= 0)
        if kind in ("rpre", "rpost"):
            out.extend(_range(text, sentence, m, kind, lower))
        elif kind == "mpre":
            c = lk.pre.get(normalise(m.group("cpre")))
            v = parse_number(m.group("n1"))
            if c is None or v is None:
                continue
            value = v * _scale(m, "s1") * c.factor * (-1 if m.group("minus") else 1)
            out.append(_mention(text, sentence.index, m.start(), m.end(), value, value, value,
                                "exact", "currency", _currency_code(c, lower)))
            out[-1]["_cur"] = c
        elif kind == "vpost":
            u = _unit_of(m, "pct", "cur", lower)
            v = parse_number(m.group("n1"))
            if u is None or v is None:
                continue
            unit, code, factor, c = u
            if unit == "percentage_points" and _bare_point(m.group("pct")):
                if _INDEX_WORDS.search(sentence_text) or v >= 10:
                    continue
            scale = _scale(m, "s1") if unit == "currency" else 1.0
            value = v * scale * factor * (-1 if m.group("minus") else 1)
            out.append(_mention(text, sentence.index, m.start(), m.end(), value, value, value,
                                "exact", unit, code))
            out[-1]["_cur"] = c
        elif kind == "bare":
            v = parse_number(m.group("n1"))
            if v is None:
                continue
            out.append(_mention(text, sentence.index, m.start(), m.end(), v * _scale(m, "s1"),
                                0.0, 0.0, "exact", "_bare", None))
    _carry_currency(text, out, s1)
    for mention in out:
        _bound_and_change(text, s0, s1, mention)
        if mention["unit"] == "percent":
            b = pats["basis"].match(text, mention["char_end"], min(s1, mention["char_end"] + 80))
            if b:
                mention["basis"] = lk.basis.get(normalise(b.group("basis")))
    _carry_basis(text, out)
    for mention in out:
        mention.pop("_cur", None)
    return out


def _bare_point(pct: str) -> bool:
    key = normalise(pct).lstrip("-").strip()
    return key in ("point", "points")


def _range(text: str, sentence, m, kind: str, lower: str) -> list[dict]:
    lk = _lookups()
    lo, hi = parse_number(m.group("n1")), parse_number(m.group("n2"))
    conn = m.group("conn").strip().lower()
    between = bool(m.group("between"))
    if kind == "rpre":
        c = lk.pre.get(normalise(m.group("cpre")))
        if c is None or lo is None or hi is None:
            return []
        unit, code, factor = "currency", _currency_code(c, lower), c.factor
        s2 = _scale(m, "s2")
        s1 = _scale(m, "s1") if m.group("s1") else s2
        first_has_unit = False
    else:
        u = _unit_of(m, "pct", "cur", lower)
        if u is None or lo is None or hi is None:
            return []
        unit, code, factor, c = u
        s2 = _scale(m, "s2") if unit == "currency" else 1.0
        s1 = (_scale(m, "s1") if m.group("s1") else s2) if unit == "currency" else 1.0
        first_has_unit = bool(m.group("u1"))
        if first_has_unit:
            u1 = _unit_of(m, "pct1", "cur1", lower)
            if u1 is None or u1[0] != unit:
                first_has_unit = None  # different units: two separate figures
    lo_v, hi_v = lo * s1 * factor, hi * s2 * factor
    valid = (
        (conn != "and" or between)
        and (first_has_unit is False or (first_has_unit and between))
        and lo_v < hi_v
    )
    if valid:
        mid = (lo_v + hi_v) / 2
        mention = _mention(text, sentence.index, m.start(), m.end(), mid, lo_v, hi_v, "range", unit, code)
        return [mention]
    # not a range: the second figure alone (and the first one when it has its own unit)
    out = []
    u1 = _unit_of(m, "pct1", "cur1", lower) if kind == "rpost" and m.group("u1") else None
    if u1 is not None:
        v1 = lo * (_scale(m, "s1") if u1[0] == "currency" else 1.0) * u1[2]
        out.append(_mention(text, sentence.index, m.start("n1"), m.end("u1"), v1, v1, v1, "exact", u1[0], u1[1]))
    elif kind == "rpre" and not between:
        v1 = lo * _scale(m, "s1") * factor
        end1 = m.end("s1") if m.group("s1") else m.end("n1")
        out.append(_mention(text, sentence.index, m.start(), end1, v1, v1, v1, "exact", unit, code))
    start2 = m.start("n2")
    if kind == "rpre":
        # include a currency symbol written before the second number
        pre = text[m.end("conn"):start2]
        start2 -= len(pre.lstrip())
    if unit == "percentage_points" and _bare_point(m.group("pct")) and hi >= 10:
        return out
    out.append(_mention(text, sentence.index, start2, m.end(), hi_v, hi_v, hi_v, "exact", unit, code))
    return out


def _carry_currency(text: str, out: list[dict], s1: int) -> None:
    """Bare "16.18 billion" after "22.63 billion dlrs" is money in the same currency; "dlrs" after
    "Canadian dlrs" in one sentence are Canadian dollars."""
    lk = _lookups()
    last_code = None
    last_dollar = None
    keep = []
    for mention in out:
        if mention["unit"] == "_bare":
            if last_code is None or not _followed_ok(text, mention["char_end"], s1, lk.lex.followers):
                continue
            mention["unit"] = "currency"
            mention["currency"] = last_code
            v = mention["value"]
            mention["value_low"] = mention["value_high"] = v
        elif mention["unit"] == "currency":
            c = mention.get("_cur")
            if c is not None and c.generic_dollar and last_dollar and mention["currency"] == "USD":
                mention["currency"] = last_dollar
            if mention["currency"] in _OTHER_DOLLARS and not (c and c.generic_dollar):
                last_dollar = mention["currency"]
            last_code = mention["currency"]
        keep.append(mention)
    out[:] = keep


def _followed_ok(text: str, end: int, limit: int, followers: frozenset[str]) -> bool:
    rest = text[end:min(limit, end + 30)].lstrip()
    if not rest or not rest[0].isalpha():
        return True
    w = _WORD.match(rest)
    return bool(w) and w.group(0).lower() in followers


def _bound_and_change(text: str, s0: int, s1: int, mention: dict) -> None:
    pats = compiled()
    lk = _lookups()
    start = mention["char_start"]
    window_start = max(s0, start - WINDOW)
    before = text[window_start:start]
    b = pats["bound"].search(before)
    if b:
        if mention["bound"] != "range":
            mention["bound"] = lk.bounds.get(normalise(b.group("bound")), mention["bound"])
        before = before[:b.start()]
    c = pats["change_before"].search(before)
    if c:
        word = c.group("verb") or c.group("noun")
        table = lk.change_before if c.group("verb") else lk.change_after
        mention["change"] = table.get(normalise(word))
    if mention["change"] is None:
        a = pats["change_after"].match(text, mention["char_end"], min(s1, mention["char_end"] + WINDOW))
        if a:
            mention["change"] = lk.change_after.get(normalise(a.group("after")))


def _carry_basis(text: str, out: list[dict]) -> None:
    """A later percent compared with a share of GDP in the same sentence is a share of GDP too
    ("3.5% of its GDP - well above a previously suggested 3%"), unless a noun names what it is
    ("the 2% standard")."""
    lk = _lookups()
    previous = None
    for mention in out:
        if mention["unit"] != "percent":
            continue
        if mention["basis"] is None and previous is not None and previous["basis"]:
            gap = text[previous["char_end"]:mention["char_start"]]
            gap_words = {w.lower() for w in _WORD.findall(gap)}
            if len(gap) <= 140 and gap_words & lk.lex.comparators and _followed_ok(
                    text, mention["char_end"], mention["char_end"] + 30, lk.lex.followers):
                mention["basis"] = previous["basis"]
        previous = mention


def find_mentions(text: str, sentences: Iterable) -> list[dict]:
    """Mention dicts for every percent, percentage-point and money figure of ``text``."""
    sentences = list(sentences)
    if not text or not sentences:
        return []
    hits = compiled()["prefilter"].finditer(text)
    starts = [s.start for s in sentences]
    wanted: list = []
    last = -1
    for h in hits:
        i = bisect.bisect_right(starts, h.start()) - 1
        if i < 0 or i == last:
            continue
        s = sentences[i]
        if h.start() >= s.end:
            continue
        wanted.append(s)
        last = i
    mentions: list[dict] = []
    for s in wanted:
        for mention in _sentence_mentions(text, s):
            if all(math.isfinite(mention[k]) for k in ("value", "value_low", "value_high")):
                mentions.append(mention)
    return mentions
