"""``find_mentions``: percent, percentage-point and money figures of each sentence.

A cheap compiled prefilter (a percent, scale or currency token) picks the sentences worth parsing;
the grammar (``grammar.py``) finds candidate figures there; Python turns each match into a Mention
dict: value in whole units, range ends, bound, currency, change and the basis ("of GDP"), carrying
a basis or a currency to later figures of the same sentence where the text compares them.
"""
from __future__ import annotations

import bisect
import functools
import math
import re
from typing import Iterable

import regex

from . import fast
from .grammar import compiled_one
from .lexicon import Currency, load, normalise, read_rows

PARSER = "grammar"
WINDOW = 48    # characters looked at before/after a figure for bound, change and basis words

_FRACTION_CHARS = {"½": 0.5, "¼": 0.25, "¾": 0.75, "⅛": 0.125, "⅜": 0.375, "⅝": 0.625, "⅞": 0.875,
                   "⅓": 1 / 3, "⅔": 2 / 3}
# The small patterns of the hot path use ``re`` (each call costs a fraction of a ``regex`` call).
# The two modules' ``\s`` differ only on the separators \x1c-\x1f (whitespace to ``re``, not to
# ``regex``, in which these patterns were written): ``_SPACE`` leaves them out, so each pattern
# matches what its ``regex`` original matched (tests/quantities/test_quantities_patterns.py).
_SPACE = r"[^\S\x1c-\x1f]"
_SPLIT_WORDS = re.compile(rf"(?:{_SPACE}|-)+")
_WORD = re.compile(r"[A-Za-z]+")
_NEXT_WORD = re.compile(rf"[A-Za-z]{{1,20}}(?:{_SPACE}|-){{1,3}}")
_LETTERS = re.compile(r"[A-Za-z]{1,20}")
# ``\w`` differs between the modules beyond ASCII ("½", combining marks): the word starts of
# ASCII text are found with ``re`` (where both mean [A-Za-z0-9_]), others with ``regex``.
_WORD_START = regex.compile(r"(?<![\w.,'’-])[\w$£€¥]")
_WORD_START_ASCII = re.compile(r"(?<![\w.,'’-])[\w$£€¥]", re.ASCII)
_INDEX_WORDS = regex.compile(
    r"(?i:\b(?:index|indices|dow|nikkei|ft-?se|hang\s+seng|dax|cac|nasdaq|s&p|average|stocks?|shares?"
    r"|futures|contracts?|bonds?|prices?|cents|points\s+higher|points\s+lower)\b)"
)


_OTHER_DOLLARS = {"CAD", "AUD", "HKD", "NZD", "SGD", "TWD"}


class _Lookups:
    def __init__(self) -> None:
        lex = load()
        self.lex = lex
        self.scales = {normalise(k): v for k, v in lex.scales.items()}
        self.percent = {normalise(k): v for k, v in lex.percent_units.items()}
        self.pre = {normalise(k): v for k, v in lex.currencies_pre.items()}
        self.post = {normalise(k): v for k, v in lex.currencies_post.items()}
        self.bounds = {" ".join(k.lower().split()): v for k, v in lex.bounds.items()}
        self.basis = {normalise(k): v for k, v in lex.basis.items()}
        self.change_before = {k.lower(): v for k, v in lex.change_before.items()}
        self.change_after = {k.lower(): v for k, v in lex.change_after.items()}
        self.words = lex.number_words
        self.trigger_words = frozenset(lex.number_words)
        self.weak_triggers = frozenset({"a", "an", "of", "one"})
        self.start_words = frozenset(lex.number_words) | {"between", "minus", "negative"}
        self.bound_last = frozenset(k.split()[-1] for k in self.bounds)
        self.context_words = (self.bound_last | frozenset(self.change_before) | frozenset(_FILLERS)
                              | {"of"})
        self.fraction_words = frozenset(w for w, (_, k) in lex.number_words.items() if k == "fraction") | {
            "three-quarters", "quarters", "a"}
        kinds: dict[str, set[str]] = {}
        for row in read_rows("function_words.csv"):
            kinds.setdefault(row["kind"], set()).add(row["word"])
        self.result_nouns = frozenset(kinds.get("result", ()))
        self.particle_up = frozenset(kinds.get("particle_up", ()))
        self.up_to_level = self.particle_up | frozenset(kinds.get("motion_up", ()))
        self.money_raising = frozenset(kinds.get("money_raising", ()))
        self.money_comparative = frozenset(kinds.get("money_comparative", ()))
        self.money_of = frozenset(kinds.get("money_of", ()))
        self.weight_cues = tuple(sorted(kinds.get("weight_cue", ())))
        self.partner_followers = (lex.followers | frozenset(kinds.get("partner_follower", ()))) - {"of"}
        self.balance_words = frozenset(kinds.get("balance_word", ()))


_LOOKUPS: _Lookups | None = None


def _lookups() -> _Lookups:
    global _LOOKUPS
    if _LOOKUPS is None:
        _LOOKUPS = _Lookups()
    return _LOOKUPS


def parse_number(text: str) -> float | None:
    """"1,234.5", ".5", "5-3/4", "5 3/4", "3/4", "5½", "two and one half", "three-quarters",
    "twenty-five", "one point three", "a half" -> float (None when it is not a number)."""
    if text.isdigit() or text.replace(".", "", 1).isdigit():
        return float(text)  # "5", "3.5": the common case (no commas, fractions or words)
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
        if "," in s and len(s) - s.rindex(",") <= 3:
            return float(s.replace(",", "."))  # a decimal comma ("1,5 %"): thousands have 3 digits
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


def _currency_code(cur: Currency, sentence_lower: str, document_lower: str | None = None) -> str:
    """An ambiguous currency name ("francs", "crowns", "pesos") takes the code of a cue word in
    its sentence, else of the first cue word of the article, else its default."""
    for cue, code in cur.cues:
        if cue in sentence_lower:
            return code
    if document_lower is not None and cur.code not in ("GBP", "DEM"):
        # (not for "pounds"/"marks": "Northern Ireland" or "Finland" in a UK/German story
        # says nothing about its currency)
        best = None
        for cue, code in cur.cues:
            i = document_lower.find(cue)
            if i >= 0 and (best is None or i < best[0]):
                best = (i, code)
        if best is not None:
            return best[1]
    return cur.code


def _mention(text: str, sentence_index: int, start: int, end: int, value: float, low: float,
             high: float, bound: str, unit: str, currency: str | None) -> dict:
    return {
        "sentence_index": sentence_index, "char_start": start, "char_end": end,
        "surface": text[start:end], "value": value, "value_low": low, "value_high": high,
        "bound": bound, "unit": unit, "basis": None, "currency": currency, "change": None,
        "parser": PARSER,
    }


def _first_word(text: str, pos: int) -> str:
    m = _LETTERS.match(text, pos)
    return m.group(0).lower() if m else ""


def _next_word(text: str, pos: int) -> int:
    m = _NEXT_WORD.match(text, pos)
    return m.end() if m else pos


def _word_matches(text: str, sentence, anchors: list[int]) -> list:
    """Full-grammar matches for figures led by a number word, tried at the starts of the (up to
    five) words before each anchor (a percent, point or scale word after a number word)."""
    grammar = fast.word_pattern()
    lk = _lookups()
    found = []
    covered = -1
    for anchor in sorted(set(anchors)):
        if anchor < covered:
            continue
        lo = max(sentence.start, anchor - 48)
        for pos in _word_starts(text, lo, anchor)[-6:]:
            if pos < covered or not _may_start_figure(text, pos, lk):
                continue
            m = grammar.match(text, pos, sentence.end)
            if m is not None and m.end() > anchor:
                found.append(m)
                covered = m.end()
                break
    return found


def _word_starts(text: str, lo: int, hi: int) -> list[int]:
    """Starts of the words in text[lo:hi] (a letter, digit or currency symbol not preceded by a
    word character or by . , ' ’ -)."""
    # the lookbehind sees the character before ``lo`` too
    if text[max(0, lo - 1):hi].isascii():
        return [w.start() for w in _WORD_START_ASCII.finditer(text, lo, hi)]
    return [w.start() for w in _WORD_START.finditer(text, lo, hi)]


def _may_start_figure(text: str, pos: int, lk: "_Lookups") -> bool:
    """Can a figure start at this word: a digit, a currency symbol, a number word, "between",
    "minus", or "a"/"an" before a fraction word ("a half")?"""
    if text[pos].isdigit() or text[pos] in "$£€¥":
        return True
    first = _first_word(text, pos)
    if first in lk.start_words:
        return True
    if first not in ("a", "an"):
        return False
    second = _first_word(text, _next_word(text, pos))
    return second in lk.fraction_words or second == "hundred"  # "a half", "a hundred pounds"


def _finish(text: str, sentence, out: list[dict], prior: str | None = None) -> list[dict]:
    """Carry currencies, read bounds, changes and bases, add elliptical partners, carry bases;
    drop helper keys."""
    lk = _lookups()
    s0, s1 = sentence.start, sentence.end
    _carry_currency(text, out, s1, prior, s0)
    has_basis = False
    for mention in out:
        _bound_and_change(text, s0, s1, mention, lk)
        if mention["unit"] == "percent":
            end = mention["char_end"]
            if text.startswith("of", end + 1) or text.startswith("of", end):
                b = compiled_one("basis").match(text, end, min(s1, end + 80))
                if b:
                    mention["basis"] = lk.basis.get(normalise(b.group("basis")))
                    has_basis = has_basis or bool(mention["basis"])
    if out:
        _elliptical_partners(text, s0, s1, out, lk, _PARTNER.finditer(text, out[0]["char_end"], s1))
    if has_basis:  # only a figure with a basis passes one on
        _carry_basis(text, out)
    if len(out) > 1:
        _carry_bound_into_conversion(text, out)
    for mention in out:
        if "_cur" in mention:
            del mention["_cur"]
    return out


# Elliptical partners: a bare number compared with the figure before it ("to 49 pct from 46",
# "13,090 lire against 12,705", "5.5 pct in May after 5.25 in April") is a figure of the same
# unit, scale and currency (QUANTITIES.md: elliptical amounts). ``_PARTNER`` reads the
# comparator, an optional qualifier ("a revised", "about") and the number, which may not run on
# into another number ("1987/88", "46-48", "5,4"). ``_finish`` scans for it from the end of a
# sentence's first figure only (gating the scan on a ``str.find`` of the comparator words measured
# slower, quant12).
_PARTNER = re.compile(
    r"(?:from|against|compared[ \t\n]+(?:with|to)|versus|vs\.?|after)[ \t\n]+"
    r"(?:(?:a|an)[ \t\n]+)?(?:(?:upwardly|downwardly|slightly|originally|previously)[ \t\n]+)?"
    r"(?:(?:revised|record|provisional|preliminary|unrevised|adjusted|about|around|some|roughly"
    r"|approximately|nearly|almost)[ \t\n]+)?"
    r"(?<![\w.,/-])(?P<n>\d{1,3}(?:,\d{3})+(?:\.\d+)?|\d+(?:\.\d+)?(?:[- ]\d{1,2}/\d{1,2})?|\d{1,2}/\d{1,2})"
    r"(?![\w%$£€¥/:-]|[.,]{1,2}\d)"
)
_YEAR_IN_GAP = re.compile(r"\b(?:19|20)\d\d\b")
_PARTNER_GAP = 60  # characters between a figure and its comparator
_FIRST_NUMBER = re.compile(r"\d[\d,]*(?:\.\d+)?")
_RUNS_ON = frozenset({"to", "and", "or"})  # "from 46 to 50 countries": a range of something else


def _elliptical_partners(text: str, s0: int, s1: int, out: list[dict], lk: "_Lookups",
                         matches) -> None:
    """Add the bare numbers compared with a figure right before them (``matches``: of
    ``_PARTNER`` after the sentence's first figure): not a year, a count ("from 46 countries") or a number run
    on into a range; after ``from`` only the partner of a level ("rose to 49 pct from 46"), not
    of a change ("rose 5 pct from 120", a base in another unit). No number may stand between the
    figure and its comparator, except years."""
    added = []
    for m in matches:
        h = m.start()
        if text[h - 1].isalnum():
            continue  # "therefrom": not the word
        mention, after = None, None  # the figure right before the comparator and the next one
        for other in out:
            if other["char_end"] <= h:
                mention = other
            else:
                after = other
                break
        if mention is None or h - mention["char_end"] > _PARTNER_GAP \
                or (after is not None and after["char_start"] < m.end("n")):
            continue
        unit = mention["unit"]
        if unit not in ("percent", "percentage_points", "currency") or mention["bound"] == "range":
            continue
        gap = text[mention["char_end"]:h]
        if ";" in gap or any(c.isdigit() for c in _YEAR_IN_GAP.sub("", gap)):
            continue
        if mention["change"] is not None and text.startswith("from", h):
            continue
        number = m.group("n")
        if number.isdigit() and 1900 <= int(number) <= 2100:
            continue  # "from 1986"
        if not _partner_followed_ok(text, m.end(), s1, lk):
            continue
        if "/" in number and not _market_fraction(number):
            continue  # "after 9/11": a date, not a price fraction
        value = parse_number(number)
        if value is None:
            continue
        if unit == "currency":
            value = _partner_money(mention, value)
            if value is None:
                continue
        elif "," in number or not _near(value, abs(mention["value"]), 5 if mention["change"] else 50):
            continue  # "up 12 pct compared to 14,918,036 in the 1986 quarter": a base, not a rate
        partner = _mention(text, mention["sentence_index"], m.start("n"), m.end("n"), value, value,
                           value, "exact", unit, mention["currency"])
        _bound_and_change(text, s0, s1, partner, lk)
        partner["change"] = None  # QUANTITIES.md: an elliptical partner carries no change
        added.append(partner)
    if added:
        out.extend(added)
        out.sort(key=lambda r: r["char_start"])


def _partner_followed_ok(text: str, end: int, s1: int, lk: "_Lookups") -> bool:
    """Punctuation, the sentence's end or a follower word ("in", "a year earlier") after a partner;
    not "of" ("from 46 of its stores": a count), nor "to"/"and"/"or" before another number, nor
    "a.m."."""
    rest = text[end:min(s1, end + 30)].lstrip()
    if not rest or not rest[0].isalpha():
        return True
    w = _WORD.match(rest)
    word = w.group(0).lower()
    if word not in lk.partner_followers:
        return False
    after = rest[w.end():]
    if word in _RUNS_ON and after.lstrip()[:1].isdigit():
        return False
    return not (word == "a" and after.startswith("."))


def _market_fraction(number: str) -> bool:
    """"1-1/8", "7/8", "5-9/16": a fraction of a market quote (a power-of-two denominator, less
    than one), not a date ("9/11")."""
    num, _, den = number.replace("-", " ").rpartition(" ")[2].partition("/")
    return int(num) < int(den) and int(den) in (2, 4, 8, 16, 32, 64)


def _near(a: float, b: float, times: float) -> bool:
    """Are two levels within ``times`` of each other (both zero counts as near)?"""
    if a == 0 or b == 0:
        return a == b or max(a, b) <= 1
    return 1 / times <= a / b <= times


def _partner_money(mention: dict, value: float) -> float | None:
    """A bare partner's money value in its figure's scale and currency factor ("to 120 mln stg
    from 81" -> 81 mln; "to 50 cts from 45" -> 0.45); None when the scale cannot be read or the
    two numbers are too far apart to be two levels of one thing."""
    n = _FIRST_NUMBER.search(mention["surface"])
    number = parse_number(n.group(0)) if n else None
    if not number:
        return None
    if not _near(value, number, 50):
        return None
    mult = abs(mention["value"]) / number
    e = round(math.log10(mult))
    if abs(mult / 10.0 ** e - 1) > 1e-9:
        return None  # a scale word that is no power of ten: left alone
    if e > 0 and value >= 1000:
        return None  # "5.2 mln dlrs vs 4,123,000": the partner carries its own magnitude
    return value * 10.0 ** e


# a word of approximation before a sum's restatement in other money: "(about £322m)", "or around 17.9 billion zloty"
CONVERSION_HEDGE = r"(?:(?:about|around|some|roughly|nearly|almost|over|under)\s+)?"
# between a sum and the same sum in other money: a bracket ("$6bn (£3.2bn)", "over $600m (about £322m)"), a semicolon before
# a second conversion in it ("up to 50m euros ($55m; £43m)") or "or" ("around 4.6 billion US dollars, or 17.9 billion
# zloty"); a bare comma is no restatement ("about 4 billion crowns, 1 billion of it for roads"). The claims stage's type
# model reads it too.
CONVERSION_GAP = re.compile(r"\s*(?:[(;]|,?\s*or(?=\s))\s*" + CONVERSION_HEDGE)


def _carry_bound_into_conversion(text: str, out: list[dict]) -> None:
    """A bound carries into an attached conversion (CONVERSION_GAP): "over $600m (£322m)" -> both at_least, and
    "around 4.6 billion US dollars, or 17.9 billion zloty", "about 9.8 mln dlrs or 45 cts a share"."""
    previous = None
    for mention in out:
        if previous is not None and mention["unit"] == "currency" == previous["unit"] \
                and previous["bound"] in ("at_least", "at_most", "about") and mention["bound"] == "exact" \
                and CONVERSION_GAP.fullmatch(text, previous["char_end"], mention["char_start"]):
            mention["bound"] = previous["bound"]
        previous = mention


# What a match that is no figure gives: a shared empty tuple, not a new list (a third of the
# matches are numbers with an ordinary word after them, "1986 the").
_NO_MENTIONS: tuple = ()
_OF_WORD = re.compile(r"[ \t\n]{1,3}(?:of|OF|Of)[ \t\n]{1,3}([A-Za-z]+)")


def _weight_pounds(text: str, s0: int, start: int, end: int) -> bool:
    """Are the "pounds" of the figure ``start``-``end`` a weight? After a weight word among the four
    words before ("weighs less than 50 pounds", "a take-off weight of 870,000 pounds"), or before
    "of" and a word that is no money word ("45 mln pounds of copper"; "47 billion pounds of
    spending cuts" stays money): ``function_words.csv``, kinds ``weight_cue`` and ``money_of``."""
    lk = _lookups()
    m = _OF_WORD.match(text, end)
    if m is not None and m.group(1).lower() not in lk.money_of:
        return True
    before = text[max(s0, start - 48):start].lower().split()[-4:]
    return any(word.startswith(lk.weight_cues) for word in before)


_T_AFTER = frozenset(".,;:!?)'\"’”")


def _fast_mentions(text: str, m, sentence, lower_of) -> "list[dict] | tuple":
    """Raw mentions from one match of the fast (digit-led) grammar."""
    s0 = sentence.start
    idx = sentence.index
    n1s = m.start()
    n1_text, w, s1_text, conn, point = m.group("n1", "w", "s1", "conn", "pt")
    if point is not None:
        return _leading_point(text, m, sentence, lower_of)
    unit = fast.unit_at(text, m.start("w"), w) if w else None
    if unit is not None and unit[0] != "currency" and conn is None:
        pre = None  # a percent: no currency can stand before it
    else:
        pre = fast.currency_before(text, n1s, s0)
        if unit is None and pre is None and not s1_text and conn is None:
            return _NO_MENTIONS
    lo = parse_number(n1_text)
    if lo is None:
        return _NO_MENTIONS
    s1 = _scale_text(s1_text) if s1_text else 1.0
    if conn is not None:
        return _fast_range(text, m, sentence, lower_of, lo, unit, pre, s1)
    if unit is not None:
        kind, cur, end = unit
        if kind == "currency":
            code = _currency_code(cur, lower_of(), lower_of.document()) if cur.cues else cur.code
            if cur.weight and _weight_pounds(text, s0, n1s, end):
                return _NO_MENTIONS  # "weighs 17 pounds", "45 mln pounds of copper"
            value = lo * s1 * cur.factor
            start = pre[1] if pre is not None else n1s
        else:
            if kind == "percentage_points" and _bare_point_text(text[m.start("w"):end]):
                if lo >= 10 or lower_of.index_words():
                    return _NO_MENTIONS
            value, code, start, cur = lo, None, n1s, None
            if s1_text:
                return _NO_MENTIONS  # "5 mln pct" is not a percent
        value, start = _signed(text, start, s0, value)
        mention = _mention(text, idx, start, end, value, value, value, "exact", kind, code)
        mention["_cur"] = cur
        return [mention]
    if pre is not None:
        cur, start = pre
        if cur.scaled_only and not s1_text and "," not in n1_text:
            return _NO_MENTIONS  # "PS4" is a console; "PS45m", "PS12,500" are pounds
        end = m.end("s1") if s1_text else m.end("n1")
        if not s1_text and w and w[0] in "Tt" and m.start("w") == end and (len(w) == 1 or w[1] in _T_AFTER):
            s1, end = 1e12, end + 1  # "$2.174T": a trillion, glued to a money figure only ("5 t" is tonnes)
        value = lo * s1 * cur.factor
        value, start = _signed(text, start, s0, value)
        code = _currency_code(cur, lower_of(), lower_of.document()) if cur.cues else cur.code
        mention = _mention(text, idx, start, end, value, value, value, "exact", "currency", code)
        mention["_cur"] = cur
        return [mention]
    if s1_text:
        v = lo * s1
        return [_mention(text, idx, n1s, m.end("s1"), v, 0.0, 0.0, "exact", "_bare", None)]
    return _NO_MENTIONS


class _PointMatch:
    """A digit-led match whose number has a leading point (".5 pct"): the match as the extractor
    reads it, with "n1" starting at the point ("." + digits)."""

    __slots__ = ("_m",)

    def __init__(self, m) -> None:
        self._m = m

    def start(self, group=0):
        s = self._m.start(group)
        return s - 1 if group in (0, "n1") else s

    def end(self, group=0):
        return self._m.end(group)

    def group(self, *names):
        found = self._m.group(*names)
        if len(names) == 1:
            names, found = names, (found,)
        # "n1" with its point; "pt" (the leading point's mark) answered once, by this wrapper
        found = tuple("." + f if n in (0, "n1") else None if n == "pt" else f for n, f in zip(names, found))
        return found[0] if len(names) == 1 else found


def _leading_point(text: str, m, sentence, lower_of) -> "list[dict] | tuple":
    """".5 per cent", "rose .75 pct", "$.50 a share": a number written without its leading zero
    (the pattern lets such a number start after a space, bracket, sign or currency symbol: group
    "pt"). Only plain digits after the point: ".5,000" or ".5 1/2" are no such number."""
    if not m.group("n1").isdigit():
        return _NO_MENTIONS
    return _fast_mentions(text, _PointMatch(m), sentence, lower_of)


def _fast_range(text, m, sentence, lower_of, lo, unit, pre, s1) -> "list[dict] | tuple":
    idx, s0 = sentence.index, sentence.start
    hi = parse_number(m.group("n2"))
    if hi is None:
        return _NO_MENTIONS
    conn = m.group("conn").strip().lower()
    n1s = m.start("n1")
    before = text[max(s0, n1s - 12):pre[1] if pre else n1s]
    between = before.rstrip().lower().endswith("between") and before[-1:].isspace()
    s2_text = m.group("s2")
    s2 = _scale_text(s2_text) if s2_text else 1.0
    sym2 = m.group("sym2")
    pre2 = fast.currency_before(text, m.start("n2"), m.start("n2") - 5) if sym2 else None
    u1 = m.group("u1")
    # the range's unit: after the second number, else a currency before either number
    if unit is not None:
        kind, cur, end = unit
    elif pre is not None or pre2 is not None:
        kind, cur = "currency", (pre or pre2)[0]
        end = m.end("s2") if s2_text else m.end("n2")
    else:
        kind = cur = None
        end = m.end("n2")
    out: list[dict] = []
    code = None
    if kind == "currency":
        code = _currency_code(cur, lower_of(), lower_of.document()) if cur.cues else cur.code
        if cur.weight and _weight_pounds(text, s0, n1s, end):
            # "between 40 and 50 mln pounds of copper": a weight
            if u1 is None:
                return _NO_MENTIONS
            # "weight was up 20 pct to 52.7 mln pounds": the percent stays
            v1, start1 = _signed(text, n1s, s0, lo)
            return [_mention(text, idx, start1, m.end("u1"), v1, v1, v1, "exact", "percent", None)]
    factor = cur.factor if kind == "currency" else 1.0
    if kind == "currency":
        lo_v = lo * (s1 if m.group("s1") else s2) * factor
        hi_v = hi * s2 * factor
    else:
        lo_v, hi_v = lo, hi
    first_unit_same = u1 is None or kind in ("percent",)
    if _is_date_or_year(text, n1s, m.group("n1"), s0) and u1 is None and pre is None and not m.group("s1"):
        first_unit_same = False  # "ended January 28 to 285 mln dlrs", "in 1986 to 20 pct"
    # "rose $19bn to $419.3bn", "rose from 5 to 6 pct": a change and a level, or two levels
    two_levels = conn == "to" and _change_then_level(text, s0, pre[1] if pre else n1s,
                                                     pre is not None and pre2 is not None)
    valid = (
        kind is not None
        and (conn != "and" or between)
        and (u1 is None or between or conn in _DASHES  # "2.1%-2.3%" is a range
             or (conn == "to" and (_ranging_from(text, s0, pre[1] if pre else n1s)
                                   or _percent_range_to(text, s0, n1s))))
        and first_unit_same
        and not (kind != "currency" and (m.group("s1") or s2_text))
        and not two_levels
        and not _other_currencies(pre, pre2)  # "$2.3bn or £1.2bn": a conversion, not a range
        and not (conn == "or" and kind == "percentage_points" and hi >= 10
                 and _bare_point_text(text[m.start("w"):end]))  # "a 30 or 40 point victory"
        and lo_v < hi_v
    )
    if valid:
        start = pre[1] if pre is not None else n1s
        if between:
            start = n1s - len(before) + before.lower().rfind("between") if pre is None else \
                pre[1] - len(before) + before.lower().rfind("between")
        mention = _mention(text, idx, start, end, (lo_v + hi_v) / 2, lo_v, hi_v, "range", kind, code)
        mention["_cur"] = cur
        return [mention]
    if kind is None and s2_text and pre is None and u1 is None and not m.group("s1") and lo < hi \
            and _bare_range_conn(conn, between, two_levels, first_unit_same):
        # "six or seven million", "1.6 or 1.7 billion", "between 30 and 35 billion": a bare range;
        # money when a currency carries to it (``_carry_currency``), else dropped like any bare figure
        lo_v, hi_v = lo * s2, hi * s2
        start = n1s - len(before) + before.lower().rfind("between") if between else n1s
        return [_mention(text, idx, start, m.end("s2"), (lo_v + hi_v) / 2, lo_v, hi_v, "range", "_bare", None)]
    # not a range: each number with its own unit
    if u1 is not None:
        v1, start1 = _signed(text, n1s, s0, lo)
        out.append(_mention(text, idx, start1, m.end("u1"), v1, v1, v1, "exact", "percent", None))
    elif pre is not None:
        c1, start1 = pre
        end1 = m.end("s1") if m.group("s1") else m.end("n1")
        v1 = lo * s1 * c1.factor
        out.append(_mention(text, idx, start1, end1, v1, v1, v1, "exact", "currency",
                            _currency_code(c1, lower_of(), lower_of.document()) if c1.cues else c1.code))
        out[-1]["_cur"] = c1
    elif m.group("s1") and conn == "and" and kind == "currency":
        # "levels of 290.5 billion and 9 billion dlrs": two sums joined by "and" (no "between"),
        # the first written with its own scale and without the currency the second names
        v1 = lo * s1 * factor
        out.append(_mention(text, idx, n1s, m.end("s1"), v1, v1, v1, "exact", kind, code))
        out[-1]["_cur"] = cur
    elif m.group("s1") and (kind is None or conn == "or"):
        # "5.1 mln or 1.19 dlrs a share": "or" joins two figures, the first bare (a carried currency)
        v1 = lo * s1
        out.append(_mention(text, idx, n1s, m.end("s1"), v1, 0.0, 0.0, "exact", "_bare", None))
    elif conn == "and" and kind == "currency" and first_unit_same and not m.group("s1") \
            and _amount_word_before(text, s0, n1s):
        # "increased by 9 and 11 euros": two amounts, the first written without the currency
        # ("in year one and 21 mln dlrs in year two" is no amount: a label comes before it)
        # it shares the second's scale ("20 and five mln yen") unless it is written in full
        # ("500,000 and one mln stg")
        v1 = lo * (s2 if lo < 1000 else 1.0) * factor
        out.append(_mention(text, idx, n1s, m.end("n1"), v1, v1, v1, "exact", kind, code))
        out[-1]["_cur"] = cur
    elif two_levels and kind is not None and first_unit_same and not (kind != "currency" and m.group("s1")):
        # "from 5 to 6 pct": the first level is written without the unit it shares with the second
        end1 = m.end("s1") if m.group("s1") else m.end("n1")
        v1, start1 = _signed(text, n1s, s0, lo_v)
        out.append(_mention(text, idx, start1, end1, v1, v1, v1, "exact", kind, code))
        out[-1]["_cur"] = cur
    if kind is not None:
        if kind == "percentage_points" and _bare_point_text(text[m.start("w"):end]) and hi >= 10:
            return out
        start2 = pre2[1] if pre2 is not None else m.start("n2")
        if unit is None and pre2 is not None and pre2[0] is not cur:
            # the second figure's own currency symbol ("$2.3bn or £1.2bn")
            cur = pre2[0]
            code = _currency_code(cur, lower_of(), lower_of.document()) if cur.cues else cur.code
            factor = cur.factor
        if kind == "currency":
            v2 = hi * s2 * factor
        elif s2_text:
            return out
        else:
            v2 = hi
        out.append(_mention(text, idx, start2, end, v2, v2, v2, "exact", kind, code))
        out[-1]["_cur"] = cur
    elif s2_text and m.group("n2")[0].isdigit():
        v2 = hi * s2
        out.append(_mention(text, idx, m.start("n2"), m.end("s2"), v2, 0.0, 0.0, "exact", "_bare", None))
    return out


def _bare_range_conn(conn: str, between: bool, two_levels: bool, first_unit_same: bool) -> bool:
    """Does ``conn`` join two bare scaled numbers into one range: "or" ("1.6 or 1.7 billion"),
    "between A and B", a dash, or "to" where "to" would make a range of figures with a unit (not
    two levels after "rose from", not "in 1986 to 20 billion")?"""
    if conn == "or":
        return True
    if conn == "and":
        return between
    if conn == "to":
        return first_unit_same and not two_levels
    return conn in _DASHES


def _amount_word_before(text: str, s0: int, start: int) -> bool:
    """Is the word before ``start`` one that introduces an amount ("by", "of", a bound or change
    word), not a label ("year", "phase")?"""
    words = text[max(s0, start - 16):start].split()
    return bool(words) and words[-1].lower() in _lookups().context_words | _AMOUNT_PREPOSITIONS


_AMOUNT_PREPOSITIONS = frozenset({"by", "of", "at", "to", "from"})
# connectives written between the two ends of a range like a dash ("2.1%-2.3%", "8...11 billion")
_DASHES = frozenset({"-", "–", "—", "..", "...", "…"})
_RANGE_VERBS = frozenset({"range", "ranges", "ranged", "ranging", "vary", "varies", "varied", "varying"})


def _percent_range_to(text: str, s0: int, start: int) -> bool:
    """"a forecast of 3% to 3.5%", "rise to 7% to 10% of GDP": percents written on both ends of
    "to" are a range unless "from" comes shortly before the first ("from 25 pct to five pct", "from
    the current 14% to 25.5%": two levels, QUANTITIES.md), or "by" or a change verb does ("rose 0.5
    pct to 3.2 pct", "raised its rate by 1/4 pct to 8-1/4 pct", "lifted rates 0.25% to 5.5%": a
    change and its level)."""
    if start <= s0 or not text[start - 1].isspace():
        return True
    lk = _lookups()
    words = [w.strip(_STRIP).lower() for w in text[max(s0, start - WINDOW):start].split()[-7:]]
    if words and words[-1] in lk.bound_last:
        words = _take_bound(words, {"bound": "range"}, lk)
    if not words:
        return True
    if "from" in words[-3:] or "by" in words[-2:]:
        return False  # "from 25 pct", "from the current 14% to 25.5%"; "raised ... by 1/4 pct to 8-1/4 pct"
    if any(w in lk.change_before for w in words[-4:]):
        return False  # "lifted interest rates 0.25% to 5.5%": the verb a few words before
    return _change_before(words, lk) is None


def _ranging_from(text: str, s0: int, start: int) -> bool:
    """Is the figure at ``start`` the low end of "ranging from X% to Y%" (a range even when each
    end writes its unit, like "between 2% and 3%")?"""
    words = text[max(s0, start - 24):start].split()[-2:]
    return len(words) == 2 and words[1].lower() == "from" and words[0].lower() in _RANGE_VERBS


def _other_currencies(pre, pre2) -> bool:
    """Do both ends of "X to/or Y" carry currency symbols of different currencies?"""
    return pre is not None and pre2 is not None and pre[0].code != pre2[0].code


# Change words before "from" that do not make "from X to Y" two levels: the adverbs compare with
# an earlier range ("up from seven to nine pct a week ago"), and "would raise from 8.5 to 17 billion
# dlrs" raises money (a range of revenue), not a level.
_NOT_FROM_VERBS = frozenset({"up", "down", "higher", "lower", "off", "raise"})


def _change_then_level(text: str, s0: int, start: int, both_symbols: bool) -> bool:
    """Is "X to Y" starting at ``start`` two figures rather than a range? Two levels after a
    change verb and "from" ("rose from 5 to 6 pct": QUANTITIES.md lists "from 25 pct to five pct"
    as two figures), or a change and the level it reaches when each end has its own currency
    symbol ("rose $19bn to $419.3bn", like "raised 7.8% to 830bn rupees"). A range written
    after a change verb keeps the unit for its second end ("fall by 15 billion to 20 billion
    dlrs", "rose 5 to 6 pct"), and "ranging from £19 to £29" has no change verb: both stay ranges."""
    if start <= s0 or not text[start - 1].isspace():
        return False
    lk = _lookups()
    words = [w.strip(_STRIP).lower() for w in text[max(s0, start - WINDOW):start].split()[-7:]]
    if not words:
        return False
    if words[-1] == "from":
        before = [w for w in words[:-1] if w not in _FILLERS]
        return bool(before) and before[-1] in lk.change_before and before[-1] not in _NOT_FROM_VERBS
    if not both_symbols:
        return False
    if words[-1] in lk.bound_last:
        words = _take_bound(words, {"bound": "range"}, lk)
    return _change_before(words, lk) is not None


_MONTHS = frozenset(
    "january february march april may june july august september october november december "
    "jan feb mar apr jun jul aug sep sept oct nov dec".split()
)


def _is_date_or_year(text: str, start: int, number: str, s0: int) -> bool:
    """A day after a month name ("January 28") or a year ("1986") written as a range's first number."""
    if len(number) == 4 and number.isdigit() and 1900 <= int(number) <= 2100:
        return True
    head = text[max(s0, start - 12):start].split()
    return bool(head) and head[-1].rstrip(".,").lower() in _MONTHS


def _signed(text: str, start: int, s0: int, value: float) -> tuple[float, int]:
    """A minus sign or "minus"/"negative" right before the figure makes it negative (and joins
    the span); "(£600m)" and "2-3%" are not negative."""
    if start > s0 and text[start - 1] in "-−":
        if start - 1 == s0 or not (text[start - 2].isalnum() or text[start - 2] in "%.,"):
            return -value, start - 1
        return value, start
    if start - 2 < s0 or text[start - 1] != " " or text[start - 2] not in "seSE":
        return value, start
    head = text[max(s0, start - 10):start]
    low = head.lower()
    for word in ("minus ", "negative "):
        if low.endswith(word) and (len(head) == len(word) or not head[-len(word) - 1].isalpha()):
            return -value, start - len(word)
    return value, start


@functools.lru_cache(maxsize=512)
def _scale_text(text: str) -> float:
    key = normalise(text).lstrip("-").strip()
    if key.startswith(("a ", "an ")):
        key = key.split(" ", 1)[1]
    return _lookups().scales.get(key, 1.0)


def _bare_point_text(unit_text: str) -> bool:
    return normalise(unit_text).lstrip("-").strip() in ("point", "points")


def _carry_currency(text: str, out: list[dict], s1: int, prior: str | None = None, s0: int = 0) -> None:
    """Bare "16.18 billion" after "22.63 billion dlrs" is money in the same currency; "dlrs" after
    "Canadian dlrs" in one sentence are Canadian dollars. A conversion in parentheses passes no
    currency on ("1,546 trillion rials ($175.6bn) from 1,070 trillion": rials)."""
    units = [m["unit"] for m in out]
    if "_bare" not in units and "currency" not in units:
        return  # percents only: nothing to carry (most sentences)
    lk = _lookups()
    last_code = None
    last_dollar = None
    keep = []
    # "Down to about 3.6 billion, it may turn out at four billion dlrs": bare figures before the
    # sentence's first money figure take its currency
    # (or, in a sentence with no money figure, the currency of the previous two sentences' last one:
    # "... 3.5 billion dlrs. Hawke said the deficit may turn out at four billion.")
    first_code = prior
    for m in out:
        if m["unit"] == "currency":
            first_code = m["currency"]
            break
    for mention in out:
        if mention["unit"] == "_bare":
            code = last_code or first_code
            if code is None or not _followed_ok(text, mention["char_end"], s1, lk.lex.followers):
                continue
            last_code = code
            mention["unit"] = "currency"
            mention["currency"] = last_code
            if mention["bound"] != "range":  # a bare range keeps its ends
                v = mention["value"]
                mention["value_low"] = mention["value_high"] = v
        elif mention["unit"] == "currency":
            c = mention.get("_cur")
            if c is not None and c.generic_dollar and last_dollar and mention["currency"] == "USD":
                mention["currency"] = last_dollar
            if mention["currency"] in _OTHER_DOLLARS and not (c and c.generic_dollar):
                last_dollar = mention["currency"]
            if last_code is None or not _in_parentheses(text, s0, mention["char_start"]):
                last_code = mention["currency"]
        keep.append(mention)
    out[:] = keep


def _in_parentheses(text: str, s0: int, start: int) -> bool:
    """Is ``start`` inside an open parenthesis of its sentence ("($175.6bn; £93.6bn)")?"""
    return text.rfind("(", s0, start) > text.rfind(")", s0, start)


def _followed_ok(text: str, end: int, limit: int, followers: frozenset[str]) -> bool:
    rest = text[end:min(limit, end + 30)].lstrip()
    if not rest or not rest[0].isalpha():
        return True
    w = _WORD.match(rest)
    return bool(w) and w.group(0).lower() in followers


_FILLERS = frozenset(
    "a an another further record estimated provisional only just perhaps slightly sharply sharp steep "
    "by".split()
)
_PARTICLE_VERBS = frozenset(
    "hand hands handed handing take takes took taken taking turn turns turned turning hold holds held "
    "holding carry carried carries signed sign signs".split()
)
_STRIP = "\"'“”‘’(),;:"


def _bound_and_change(text: str, s0: int, s1: int, mention: dict, lk: "_Lookups") -> None:
    """Bound ("at least", "up to", "some") and change ("rose 5%", "fell by", "a 3% rise", "cut by
    up to") from the words right before and after the figure: dict lookups, no regex."""
    start = mention["char_start"]
    direction = None
    # the words before count only when a space separates them from the figure (most figures
    # stop here or at the first short split in _context_words_before)
    if start > s0 and text[start - 1].isspace():
        words = _context_words_before(text, s0, start, lk)
        if words:
            if words[-1] in lk.bound_last:
                words = _take_bound(words, mention, lk)
            direction = _change_before(words, lk, mention["unit"] == "currency")
        elif text[start - 3:start] in ("or ", "OR ") and mention["unit"] != "currency":
            direction = _restated_change(text, s0, start, lk)
    elif start > s0 and text[start - 1] in "+~" and (start - 1 == s0 or not text[start - 2].isalnum()):
        if text[start - 1] == "+":
            direction = "up"  # "Dow +0.4%": a signed gain
        elif mention["bound"] != "range":
            mention["bound"] = "about"  # "~80% of the surface"
    if direction is None:
        end = mention["char_end"]
        # a change noun after the figure: "a 3% rise", "20 percent higher", "5 pct-drop"
        if end < s1 and (text[end].isspace() or text[end] == "-"):
            direction = _change_after(text, end, min(s1, end + 24), lk, mention["unit"] == "currency")
    mention["change"] = direction


# The first word of text[end:limit] as ``.replace("-", " ", 1).split(None, 1)[0]`` reads it when
# that text starts with a space or a hyphen: after a leading hyphen the whole next token, else the
# token up to its first hyphen. (``\s`` of ``re`` is str.split's whitespace.)
_WORD_AFTER = re.compile(r"\s*(?:-\s*(\S+)|([^\s-]+))")


def _change_after(text: str, end: int, limit: int, lk: "_Lookups", money: bool = False) -> str | None:
    """The direction of a change noun right after the figure ("a 3% rise", "5 pct-drop"); an
    amount of money "more" or "less" is a difference, not a change."""
    m = _WORD_AFTER.match(text, end, limit)
    if m is None:
        return None
    word = (m.group(1) or m.group(2)).strip(_STRIP + ".!?").lower()
    if money and word in lk.money_comparative:
        return None
    return lk.change_after.get(word)


def _context_words_before(text: str, s0: int, start: int, lk: "_Lookups") -> list[str]:
    """The (up to seven) words before the figure (which a space precedes), stripped and
    lower-cased, when the last of them is a bound, change or filler word or "by" is among the
    last three; else [] (most figures: one short split decides)."""
    near = text[max(s0, start - 24):start].rsplit(None, 3)  # the last three words are enough
    if not near or (near[-1].strip(_STRIP).lower() not in lk.context_words and "by" not in near[-3:]):
        return []
    window = text[max(s0, start - WINDOW):start]
    split = window.split()
    if start - WINDOW > s0 and split:
        split = split[1:]  # the first word may be cut
    if split and (split[-1].strip(_STRIP).lower() in lk.context_words or "by" in split[-3:]):
        return [w.strip(_STRIP).lower() for w in split[-7:]]
    return []


def _take_bound(words: list[str], mention: dict, lk: "_Lookups") -> list[str]:
    """A bound phrase of up to four words ending right before the figure sets the mention's bound;
    returns the words before it."""
    for n in (4, 3, 2, 1):
        if len(words) >= n:
            phrase = " ".join(words[-n:])
            bound = lk.bounds.get(phrase)
            if bound is not None and phrase == "over" and len(words) > 1 and words[-2] in _PARTICLE_VERBS:
                bound = None  # "handed over $5", "taking over 5 pct": a verb particle
            if bound is not None and phrase == "up to" and len(words) > 2 and words[-3] in lk.up_to_level:
                bound = None  # "went up to 5.5%", "added up to 22,201bn yen": the level reached
            if bound is not None:
                if mention["bound"] != "range":
                    mention["bound"] = bound
                return words[:-n]
    return words


# "fell 52 points, or 0.7%", "grew by 250,000 jobs or 0.2 per cent": a percent after "or"
# restating the change just written in another unit takes that change's direction
# (the restated figure needs a unit word that is no percent: "fall 5 or 4 pct" are alternatives)
_RESTATED = re.compile(r"([A-Za-z]+)(?:\s+by)?\s+[$£€¥]?\d[\d.,]*\s+([A-Za-z]+),?\s+(?:or|OR)\s+$")


def _restated_change(text: str, s0: int, start: int, lk: "_Lookups") -> str | None:
    m = _RESTATED.search(text, max(s0, start - 60), start)
    if m is None or m.group(2).lower() in ("pct", "percent", "per", "cent", "percentage", "pc"):
        return None
    return lk.change_before.get(m.group(1).lower())


def _change_before(words: list[str], lk: "_Lookups", money: bool = False) -> str | None:
    """A change verb ("rose", "cut ... by", "up") among the words before, skipping fillers ("by a
    further"); or a change noun + "of" right before ("a rise of 5%"). Not a change: "up" of a
    particle verb ("make up 16%"), a money result ("a loss of 3.6 mln dlrs") and money raised
    ("raised more than $150m"; ``money``: the figure is money)."""
    for i in range(len(words) - 1, max(-1, len(words) - 7), -1):
        w = words[i]
        d = lk.change_before.get(w)
        if d is not None:
            if w == "up" and i > 0 and words[i - 1] in lk.particle_up:
                return None
            if money and w in lk.money_raising and "by" not in words[i + 1:]:
                return None
            return d
        if w == "of" and i > 0 and lk.change_after.get(words[i - 1]) and i == len(words) - 1:
            if words[i - 1] == "up" and i > 1 and words[i - 2] in lk.particle_up:
                return None  # "made up of $250m"
            if money and words[i - 1] in lk.result_nouns:
                return None
            return lk.change_after[words[i - 1]]
        if w in _FILLERS:
            continue
        if i >= 2 and i == len(words) - 1 and words[i - 1] in ("a", "an") and words[i - 2] == "by":
            continue  # "grow by a respectable 3.2 pct": an adjective between "by a" and the figure
        if "by" in words[i + 1:]:
            continue  # "raised its rates by": the verb may stand a few words before "by"
        break
    return None


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


_ANCHORS = ("pct", "percent", "per cent", "per\ncent", "point", "billion", "million", "trillion", "mln", "bln",
            "dlr", "cts", "cents", "dollars")
# Each anchor word is searched through a core it contains, one str.find pass per core: "cent" finds
# percent, per cent and cents, "llion" the three scale words (8 passes over the article, not 14).
# Currency names other than dollars have no anchor: "eight euros", "nine yen", "a hundred pounds"
# are not read. Measured (session 15, Reuters, both versions in one process): passes for "euro"
# and "yen" cost +2.3% of find_mentions CPU (each pass ~0.9 ns a character plus its hits), over the
# stage's budget for that change; "pounds" after a number word is as often a weight as money.
_ANCHOR_CORES = ("cent", "llion", "ln", "pct", "point", "dlr", "cts", "dollars")


def _anchor_families() -> list[tuple[str, tuple[tuple[str, int], ...]]]:
    """(core, ((anchor word, offset of the core in it), ...)) for every core; each anchor word
    belongs to exactly one core."""
    families = []
    for core in _ANCHOR_CORES:
        members = tuple((t, t.index(core)) for t in _ANCHORS if core in t)
        families.append((core, members))
    assigned = [t for _, members in families for t, _ in members]
    assert sorted(assigned) == sorted(_ANCHORS), "each anchor word needs exactly one core"
    return families


_FAMILIES = _anchor_families()


def _anchor_positions(text: str) -> list[int]:
    """Start of every occurrence of every anchor word in ``text`` (str.find semantics: inside
    words too); no anchor word overlaps itself, so each is found once. Grouped by core, not in
    text order. (A list filled in the loop: a generator's yield per hit cost more than the find.)"""
    found: list[int] = []
    append = found.append
    find, startswith = text.find, text.startswith
    for core, members in _FAMILIES:
        c = find(core)
        if c < 0:
            continue
        if members == ((core, 0),):  # the core is the whole anchor word ("pct", "dlr")
            while c >= 0:
                append(c)
                c = find(core, c + 1)
            continue
        while c >= 0:
            for token, offset in members:
                i = c - offset
                if i >= 0 and startswith(token, i):
                    append(i)
            c = find(core, c + 1)
    return found


def _word_number_anchors(text: str, starts: list[int], sentences: list) -> dict[int, list[int]]:
    """Sentence index -> positions of percent, point or scale words that follow a number word
    ("five pct", "half a percentage point", "six billion dlrs"); found with str.find (fast: a
    regex alternation of these words scans several times slower, as its first letters are common)."""
    lk = _lookups()
    found: dict[int, list[int]] = {}
    # Most anchor words follow digits ("5 mln dlrs", "10 pct"); such a word follows a number word
    # only in "between five and 30 pct", so without "between" they are rejected here, cheaply.
    after_digits = "between" in text.lower()
    for i in _anchor_positions(text):
        j = i - 1
        while j >= 0 and text[j] in " \t\n-":
            j -= 1
        if (after_digits or j < 0 or not text[j].isdigit()) and _is_word_anchor(text, i, j, lk):
            k = bisect.bisect_right(starts, i) - 1
            if k >= 0 and i < sentences[k].end:
                found.setdefault(k, []).append(i)
    return found


def _is_word_anchor(text: str, i: int, j: int, lk: "_Lookups") -> bool:
    """Does the anchor word at ``i`` follow a number word (or a range led by one)? ``j`` is the
    last character before it that is not a space or hyphen."""
    words = lk.trigger_words
    if j >= 0 and text[j].isdigit():
        if not _between_word_and(text, j, words):
            return False
    elif j < 0 or text[j] == "%":
        return False
    prev = text[max(0, i - 32):i].replace("-", " ").lower().split()[-4:]
    while prev and prev[-1] in ("percentage", "pct", "percent", "per", "cent"):
        prev.pop()
    if not prev:
        return False
    last = prev[-1]
    if last in words:
        return True
    if last in lk.weak_triggers and any(w in lk.fraction_words for w in prev[:-1]):
        return True  # "half a point", "three-quarters of a point"
    # "between one to 1.5 billion", "five to 5.5 pct" (the cheap test first)
    return len(prev) > 2 and ("to" in prev or "and" in prev or "between" in prev) and any(
        w in words for w in prev[:-1])


def _between_word_and(text: str, j: int, words: frozenset[str]) -> bool:
    """Is the number that ends at ``j`` the second of "between <number word> and <digits>"?"""
    while j >= 0 and (text[j].isdigit() or text[j] in ".,"):
        j -= 1
    window = text[max(0, j - 40):j + 1].lower()
    if "between" not in window:
        return False
    before = window.split()[-3:]
    return len(before) == 3 and before[0] == "between" and before[1] in words and before[2] == "and"


class _SentenceContext:
    """Lazily computed facts about one sentence: ``ctx()`` is its lower-cased text."""

    __slots__ = ("text", "sentence", "_lower", "_index", "_article")

    def __init__(self, text: str, sentence, article: dict | None = None) -> None:
        self.text, self.sentence, self._lower, self._index = text, sentence, None, None
        self._article = article if article is not None else {}

    def document(self) -> str:
        """The whole article, lower-cased (computed once per article)."""
        lower = self._article.get("lower")
        if lower is None:
            lower = self._article["lower"] = self.text.lower()
        return lower

    def __call__(self) -> str:
        if self._lower is None:
            self._lower = self.text[self.sentence.start:self.sentence.end].lower()
        return self._lower

    def index_words(self) -> bool:
        """Does the sentence talk about an index, stocks or prices ("points" are then index points)?"""
        if self._index is None:
            self._index = bool(_INDEX_WORDS.search(self.text, self.sentence.start, self.sentence.end))
        return self._index


def _merge(mentions: list[dict]) -> list[dict]:
    """Overlapping figures from the two paths: keep the longer one ("0.75 to one percentage
    point" over "one percentage point"). One sweep in start order."""
    kept: list[dict] = []
    for r in sorted(mentions, key=lambda r: (r["char_start"], r["char_start"] - r["char_end"])):
        if kept and r["char_start"] < kept[-1]["char_end"]:
            last = kept[-1]
            if r["char_end"] - r["char_start"] > last["char_end"] - last["char_start"]:
                kept[-1] = r
            continue
        kept.append(r)
    return kept


def _digit_led_mentions(text: str, sentences: list, starts: list[int], article: dict) -> dict[int, tuple]:
    """Sentence index -> (its context, its raw digit-led mentions), for the sentences where a
    digit-led match gives a mention, in text order. Each match is turned into mentions as the
    scan meets it: a third of the matches give none ("1986 the"), and a sentence with only such
    matches is never visited again."""
    found: dict[int, tuple] = {}
    bisect_right = bisect.bisect_right
    k, sentence, ctx, raw = 0, sentences[0], None, None
    for m in fast.figures(text):
        pos = m.start()
        if pos >= sentence.end:  # past this sentence: the next one holding ``pos``, if any
            k = bisect_right(starts, pos) - 1  # >= 0, as pos >= the first sentence's end
            sentence, ctx = sentences[k], None
        if pos < sentence.start or pos >= sentence.end:
            continue  # between two sentences
        if ctx is None:
            ctx, raw = _SentenceContext(text, sentence, article), None
        end = sentence.end
        for mention in _fast_mentions(text, m, sentence, ctx):
            if mention["char_end"] <= end:
                if raw is None:
                    raw = []
                    found[k] = (ctx, raw)
                raw.append(mention)
    return found


def _with_word_led(text: str, sentence, raw: list[dict], anchors: list[int], lower_of) -> list[dict]:
    """The sentence's digit-led mentions merged with the figures led by a number word at its
    anchors ("five pct", "half a point")."""
    end = sentence.end
    worded = [mention for m in _word_matches(text, sentence, anchors)
              for mention in _fast_mentions(text, m, sentence, lower_of)
              if mention["char_end"] <= end]
    if worded:
        return _merge(raw + worded)
    return raw


def find_mentions(text: str, sentences: Iterable) -> list[dict]:
    """Mention dicts for every percent, percentage-point and money figure of ``text``."""
    sentences = list(sentences)
    if not text or not sentences:
        return []
    if fast._TABLES is None:
        fast.warm()
    starts = [s.start for s in sentences]
    word_anchors = _word_number_anchors(text, starts, sentences)
    article: dict = {}
    digit_led = _digit_led_mentions(text, sentences, starts, article)
    if word_anchors:
        order = sorted(set(digit_led) | set(word_anchors))
    else:
        order = digit_led  # filled in text order, so already sorted
    mentions: list[dict] = []
    last_money = None  # (sentence index, currency) of the latest money figure
    for k in order:
        sentence = sentences[k]
        lower_of, raw = digit_led.get(k) or (None, [])
        anchors = word_anchors.get(k)
        if anchors is not None:
            if lower_of is None:
                lower_of = _SentenceContext(text, sentence, article)
            raw = _with_word_led(text, sentence, raw, anchors, lower_of)
        if not raw:
            continue
        prior = last_money[1] if last_money is not None and k - last_money[0] <= 2 else None
        if prior is None and last_money is not None and k - last_money[0] <= BALANCE_CARRY_REACH \
                and _names_balance(text, sentence, raw):
            prior = last_money[1]  # "Germany's current account surplus widened to 6.6 billion", far after the money
        if last_money is None and _names_balance(text, sentence, raw):
            # the article's first money is still to come: "... a revised 1988 budget ... to cut the deficit to 133.7 billion
            # next year. [...] ... 400 million dlrs": the currency of the first money figure of the next sentences
            prior = _next_currency(digit_led, order, k)
        for mention in _finish(text, sentence, raw, prior):
            if mention["unit"] == "currency" and mention["currency"]:
                last_money = (k, mention["currency"])
            v = mention["value"]
            if v - v == 0 and mention["value_low"] - mention["value_low"] == 0 \
                    and mention["value_high"] - mention["value_high"] == 0:  # finite
                if mention["unit"] == "currency" or mention["bound"] == "range":
                    _exact_values(mention)  # a percent read from the text is already its decimal
                mentions.append(mention)
    return mentions


# sentences after a bare sum naming a balance or a debt, before any money of the article, within which the first money figure
# gives it its currency
FORWARD_CARRY_REACH = 3


def _next_currency(digit_led: dict, order: list[int], k: int) -> str | None:
    """The currency of the first money figure (a digit-led one with its own currency word) of the sentences after sentence
    ``k``, within FORWARD_CARRY_REACH of it."""
    for j in order:
        if j <= k:
            continue
        if j - k > FORWARD_CARRY_REACH:
            return None
        for m in (digit_led.get(j) or (None, []))[1]:
            if m["unit"] == "currency" and m.get("currency"):
                return m["currency"]
    return None


# sentences after the article's latest money figure within which a bare "6.6 billion" of a sentence naming a balance or a debt
# still takes that figure's currency (beyond two sentences only there: "... 1,500 billion yen in tax cuts. [prices, growth,
# percents] ... Germany's current account surplus widened to a provisional 6.6 billion in February"; a bare "3,660 billion"
# after "cubic feet" names no balance and stays no money)
BALANCE_CARRY_REACH = 12


def _names_balance(text: str, sentence, raw: list[dict]) -> bool:
    """Whether a sentence holding a bare figure names a balance or a debt (function_words.csv, balance_word)."""
    if not any(m["unit"] == "_bare" for m in raw):
        return False
    words = _lookups().balance_words
    return any(w.group(0).lower() in words for w in _WORD.finditer(text, sentence.start, sentence.end))


def _decimal(v: float) -> float:
    """The short decimal figure a scaled or averaged value stands for: "67.1 mln" is 67.1 * 1e6 =
    67099999.99999999 in floats -> 67100000.0; the midpoint of 3.80 and 3.90 pct,
    3.8499999999999996 -> 3.85. A double holds any decimal of 15 significant digits exactly, and
    the products and midpoints here are off by a few units in the 16th-17th digit, far below half
    a unit of the 15th: rounded to 15 digits, such a value shows its short decimal (at most 12
    significant digits). A value with no short decimal (1/3 pct) is left as computed."""
    if not v % 1 or len(repr(v)) < 17:
        return v  # an integer, or already a short decimal (noise shows as 16-17 digits)
    short = f"{v:.15g}"
    digits = short.split("e")[0].replace("-", "").replace(".", "").strip("0")
    return float(short) if len(digits) <= 12 else v


def _exact_values(mention: dict) -> None:
    mention["value"] = _decimal(mention["value"])
    mention["value_low"] = _decimal(mention["value_low"])
    mention["value_high"] = _decimal(mention["value_high"])
