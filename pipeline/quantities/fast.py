"""The fast path of the grammar: figures that start with a digit (nearly all of them).

One ``re`` scan over the whole article finds every number, its scale word, an optional range
("5 to 6", "35-40", "15 billion to 20 billion") and the (up to three) words that follow it; the
pattern is led by a digit so the engine skips to digits in C. The unit is then looked up in the
lexicon's token tables (dict lookups, longest phrase first) instead of being matched by a large
regex alternation, which measured 5-10 microseconds per number. A currency written before the
number ("$", "US$", "EUR", "£") is read from the characters just before it.

Figures led by a number word ("five pct", "half a percentage point") are left to the full
grammar (``grammar.py``), which the extractor runs on the few sentences holding one.
"""
from __future__ import annotations

import functools
import re

from .lexicon import Currency, load, normalise

_REST = (
    r"(?:\d{0,2}(?:-|[ \t])\d{1,2}/\d{1,2}(?![\d/])|\d?/\d{1,2}(?![\d/])"
    r"|\d{0,2}(?:,\d{3}){1,4}(?:\.\d{1,8})?(?!\d)|\d{0,14}(?:\.\d{1,8})?(?!\d)|\d{0,2}[½¼¾⅛⅜⅝⅞⅓⅔]"
    # a decimal comma, only right before "%" ("1,5 %" in translated text); tried last, so it
    # costs only numbers whose other readings found no figure
    r"|\d{0,2},\d{1,2}(?=[ \t]?[%€]))"
)
_WORD = re.compile(r"[A-Za-z%][\w.$%'’]*")


def _by_first_letter(words: list[str]) -> str:
    """An alternation of lower-case ``words`` grouped by first letter, each group keeping the
    words' order: "billions|billion|bln|mln" -> "b(?:illions|illion|ln)|m(?:ln)". Case-
    insensitive, it matches what the flat alternation matches (two words with different first
    letters never both match at one place), but ``re`` tries one group instead of every word
    (a flat case-insensitive alternation has no fast first-character skip)."""
    groups: dict[str, list[str]] = {}
    for word in words:
        assert word == word.lower() and word[:1].isascii() and word[:1].isalpha(), word
        groups.setdefault(word[0], []).append(word[1:])
    return "|".join(re.escape(first) + "(?:" + "|".join(re.escape(rest) for rest in rests) + ")"
                    for first, rests in groups.items())


def _tail(lex, joiner: bool) -> str:
    scales = _by_first_letter(sorted(lex.scales, key=lambda s: (-len(s), s)))
    words = sorted((w for w, (_, k) in lex.number_words.items() if k in ("unit", "teen", "tens")),
                   key=lambda w: (-len(w), w))
    word_number = "|".join(words)
    # Each optional part starts with a cheap lookahead on its first letter (case-insensitive like
    # the part itself, so it never rejects what the part would match): most numbers are followed
    # by neither, and failing on one character class is much cheaper than trying every
    # case-insensitive alternative (the two guards cut the scan by about a sixth).
    first = "".join(sorted({s[0].lower() for s in lex.scales} | {"a"}))
    scale = (rf"(?=[ \t\n-]{{0,3}}(?i:[{re.escape(first)}]))"
             rf"[ \t\n-]{{0,3}}(?i:an?[ \t\n]{{1,3}})?(?i:{scales})(?![A-Za-z])")
    # "of a", "of one" between a fraction word and its unit ("half a percentage point")
    join = r"(?P<j>[ \t\n-]{1,3}(?i:of[ \t\n]{1,3})?(?i:an?|one)(?=[ \t\n-]))?" if joiner else ""
    return rf"""
        (?P<s1>{scale})?
        (?:(?=[\s-]{{0,3}}(?:[-–—%.…]|[ptaoPTAO]))   # u1 or conn: "%", a dash, "...", pct/per cent, to/and/through/or
          (?P<u1>[ \t]{{0,3}}%|[ \t\n-]{{1,3}}(?i:pct|percent|per[ -]?cent)(?![A-Za-z]))?
          (?P<conn>[ ]{{0,2}}[-–—][ ]{{0,2}}(?=[\d$£€¥])|\s{{1,3}}(?i:to|and|through|or)\s{{1,3}}(?=[\d$£€¥a-zA-Z])
                   |(?:\.{{2,3}}|…)(?=\d))   # "8...11 billion euros" (an ellipsis between two numbers)
          (?P<sym2>(?:US|HK|C|A|NZ|S)?[$£€¥][ ]?)?
          (?P<n2>\d{_REST}|(?i:{word_number})(?:-(?i:{word_number}))?(?![A-Za-z]))
          (?P<s2>{scale})?
        )?
        {join}
        (?P<w>[ \t]{{0,3}}[%€]|[ \t\n-]{{0,3}}[A-Za-z][A-Za-z.'’$\u0100-\u017f]{{0,15}})?   # "zł", "Kč"
        (?(w)|(?(s1)|(?(conn)|(?(sym)|(?!)))))   # a unit word, a scale, a range or a currency before
    """


@functools.lru_cache(maxsize=1)
def pattern() -> "re.Pattern[str]":
    """Digit-led figures, scanned over the whole text."""
    lex = load()
    return re.compile(
        # a digit not inside a word or number; after a currency code ("EUR2.3bn", "RM1,500") or a
        # symbol with its country after it ("$US3", "$A1,250,000"); after the yen sign of ASCII wire
        # text ("Y=114 trillion")
        r"(?P<n1>\d(?:(?<=[A-Z]{3}\d)|(?<![\w.,/]\d)|(?<=\$[A-Z]\d)|(?<=\$[A-Z]{2}\d|[^\w]RM\d|[^\w]PS\d)"
        # a number written with a leading point (".5 per cent", "rose .75 pct", "$.50"): the match
        # starts at its first digit, the extractor puts the point back into the figure
        r"|(?P<pt>(?<=[\s(\[$£€¥+~-]\.\d)))"
        r"(?P<sym>(?<=[$£€¥₹A-Z=]\d)|(?<=[$£€¥₹A-Z][ ]\d))?"
        + _REST + ")" + _tail(lex, joiner=False),
        re.VERBOSE,
    )


# Byte table for ``figures``: a digit becomes b"1", anything else b"\0".
_DIGIT_MARKS = bytes(0x31 if 0x30 <= b <= 0x39 else 0 for b in range(256))


def figures(text: str):
    """``pattern().finditer(text)``, faster on ASCII text.

    The ``re`` module finds the pattern's first character (a digit) by testing every character
    of the text, about 15 ns each. On ASCII text the digits are found instead by ``bytes.find``
    on a digit map of the text (memchr speed) and the pattern is matched only at the first digit
    of each run: a later digit of a run is preceded by a digit, which the pattern's opening
    lookbehinds reject, so no match is lost and none is added (measured: ~10% less scan time;
    the matches at the numbers themselves are the rest).
    """
    if not text.isascii():
        yield from pattern().finditer(text)
        return
    marks = text.encode("ascii").translate(_DIGIT_MARKS)
    find = marks.find
    match = pattern().match
    pos = 0
    while True:
        i = find(b"1", pos)
        if i < 0:
            return
        m = match(text, i)
        if m is None:
            pos = find(b"\0", i)  # past this run of digits
            if pos < 0:
                return
        else:
            yield m
            pos = m.end()


@functools.lru_cache(maxsize=1)
def word_pattern() -> "re.Pattern[str]":
    """Figures led by a number word ("five pct", "half a percentage point", "one to 1.5 billion
    dlrs"), matched at given positions only (the extractor finds them with str.find)."""
    from .grammar import pieces

    lex = load()
    word_number = pieces()["_parts"]["word_number"]
    return re.compile(
        rf"(?P<n1>{word_number})(?P<sym>(?!))?(?P<pt>(?!))?" + _tail(lex, joiner=True),
        re.VERBOSE,
    )


class Tables:
    """Unit lookups: one-word units by lower-cased word, multi-word units through a small regex
    tried only after a word that starts one ("per", "percentage", "Canadian", "U.S." ...)."""

    def __init__(self) -> None:
        lex = load()
        self.single: dict[str, tuple[str, Currency | None]] = {}
        self.codes: dict[str, Currency] = {}
        multi: dict[str, tuple[str, Currency | None]] = {}
        for token, unit in lex.percent_units.items():
            target = multi if " " in token or "-" in token else self.single
            target[normalise(token)] = (unit, None)
        for token, cur in lex.currencies_post.items():
            if token.isupper() and token.isalpha():
                self.codes[token] = cur
            elif " " in token or "-" in token:
                multi[normalise(token)] = ("currency", cur)
            else:
                self.single[token.lower()] = ("currency", cur)
        # names written capitalised in the list ("Ecus") are currencies also when capitalised
        self.capitalised = frozenset(t.lower() for t in lex.currencies_post
                                     if t[:1].isupper() and not t.isupper() and " " not in t and "-" not in t)
        self.multi = multi
        self.multi_first = {k.split(" ")[0] for k in multi}
        firsts = "|".join(re.escape(w) for w in sorted(self.multi_first, key=lambda w: (-len(w), w)))
        rests = "|".join(
            r"[\s-]{1,3}".join(re.escape(p) for p in k.split(" ")[1:])
            for k in sorted(multi, key=lambda k: (-len(k), k))
        )
        self.multi_re = re.compile(rf"(?i:{firsts})[\s-]{{1,3}}(?i:{rests})(?![A-Za-z])")
        # the second words of the multi-word units: the pattern needs one after the first word
        self.second_words = tuple(sorted({k.split(" ")[1] for k in multi}))
        self.longest_second = max(map(len, self.second_words))
        self.pre: dict[str, Currency] = {t: c for t, c in lex.currencies_pre.items()}
        self.pre_last = {t[-1] for t in self.pre}
        self.max_pre = max(len(t) for t in self.pre)


@functools.lru_cache(maxsize=1)
def tables() -> Tables:
    return Tables()


_UNIT_CACHE: dict[str, tuple] = {}
# The answers for the first words of multi-word units ("pct", "U.S.", "Canadian"), valid where no
# later word of such a unit can follow (``_multi_may_follow``): most of them ("5 pct in 1986").
_FIRST_WORD_CACHE: dict[str, tuple] = {}
_MISS = ("miss",)


def unit_at(text: str, start: int, w: str):
    """The unit written at ``start`` (``w`` is the first word there, with its leading space):
    (kind, Currency or None, end) with kind "percent"/"percentage_points"/"currency", or None."""
    cached = _UNIT_CACHE.get(w)
    if cached is None:
        cached = _FIRST_WORD_CACHE.get(w)
        if cached is None or _multi_may_follow(text, start + len(w)):
            return _lookup_unit(text, start, w)
    if cached is _MISS:
        return None
    return (cached[0], cached[1], start + cached[2])


def _lookup_unit(text: str, start: int, w: str):
    """``_unit_at``, its answer kept when it depends only on ``w``."""
    found = _unit_at(text, start, w)
    t = _TABLES or tables()
    key = w.lstrip(" \t\n-").lower()
    entry = _MISS if found is None else (found[0], found[1], found[2] - start)
    # one-word answers depend only on ``w`` (a multi-word unit or "euro zone" look further on)
    if key not in t.multi_first and key not in ("euro", "euros", "€"):
        if len(_UNIT_CACHE) < 20000:
            _UNIT_CACHE[w] = entry
    elif "euro" not in key and key != "€" and len(_FIRST_WORD_CACHE) < 20000 and not _multi_may_follow(text, start + len(w)):
        _FIRST_WORD_CACHE[w] = entry
    return found


def _multi_may_follow(text: str, end: int) -> bool:
    """Can ``Tables.multi_re`` match at the word that ends at ``end``? It needs that word, 1-3
    spaces or hyphens, then the second word of a multi-word unit ("pct points", "U.S. dlrs").
    A necessary test, exact on ASCII: a non-ASCII character where it looks says True (matching
    without case folds a few of them onto ASCII letters: "K", the Kelvin sign)."""
    n = len(text)
    if end >= n:
        return False
    q = end
    while q < n and (text[q] == " " or text[q] == "-" or text[q].isspace()):
        q += 1
        if q - end > 3:
            return False
    if q == end:  # the word runs on: into a non-ASCII character (maybe part of a longer first word)
        return not text[q].isascii()
    t = _TABLES or tables()
    head = text[q:q + t.longest_second]
    return not head.isascii() or head.lower().startswith(t.second_words)


def _unit_at(text: str, start: int, w: str):
    t = _TABLES or tables()
    stripped = w.lstrip(" \t\n-")
    offset = start + len(w) - len(stripped)
    if stripped == "%":
        return ("percent", None, offset + 1)
    if stripped == "€":
        # the euro sign after the number ("15 €", "20€", "12,50 €"), as continental papers write it;
        # not when a number follows it: "in 2024 €5bn" is the sign of the next figure
        after = text[offset + 1:offset + 3].lstrip(" ")
        if after[:1].isdigit() or after[:1] == ".":
            return None
    key = stripped.lower()
    if key not in t.single and key.rstrip(".") in t.single:
        key = key.rstrip(".")
        stripped = stripped[: len(key)]
    elif len(key) > 1 and key[-1] in "'’" and key[:-1] in t.single:
        # a possessive plural ("50 billion francs' tax cuts", "the 4 billion marks' package"):
        # the name without its apostrophe, which stays out of the surface
        key = key[:-1]
        stripped = stripped[: len(key)]
    if key in t.multi_first:
        m = t.multi_re.match(text, offset)
        if m:
            found = t.multi.get(normalise(m.group(0)))
            if found is not None:
                return (found[0], found[1], m.end())
    found = t.single.get(key)
    if found is not None:
        if (key == "p" or (key == "pc" and stripped != "pc")) and offset != start:
            return None  # "p" (pence) and "PC" must touch the number; "3.5 pc" is a percent
        if found[0] == "currency" and stripped[:1].isupper() and not stripped.isupper() and key not in t.capitalised:
            return None  # "50 Cent" (a name), "12 Euro zone countries"
        if key in ("euro", "euros"):
            after = text[offset + len(key):offset + len(key) + 12].lstrip(" -\n").lower()
            if after.startswith(("zone", "area", "member")):
                return None
        return (found[0], found[1], offset + len(key))
    code = stripped.rstrip(".")
    cur = t.codes.get(code)
    if cur is not None:
        return ("currency", cur, offset + len(code))
    return None


_TABLES: Tables | None = None


def currency_before(text: str, start: int, limit: int):
    """(Currency, start of its token) when a currency symbol or code is written right before
    ``start`` ("$5", "US$ 5", "EUR2.3bn"), else None."""
    t = _TABLES or tables()
    q = start
    if q > limit and text[q - 1] == " ":
        q -= 1
    if q <= limit or text[q - 1] not in t.pre_last:
        return None
    for length in range(min(t.max_pre, q - limit), 0, -1):
        token = text[q - length:q]
        cur = t.pre.get(token)
        if cur is None:
            continue
        if token[0].isalpha() and q - length > 0 and text[q - length - 1].isalpha():
            continue
        if token[-1].isalpha() and q == start:
            # "EUR2.3bn" is fine, but a code glued to a number inside a word ("ABCUSD5") is not
            pass
        return cur, q - length
    return None


def warm() -> None:
    """Build the pattern and tables now (module globals for the hot path)."""
    global _TABLES
    pattern()
    word_pattern()
    _TABLES = tables()
