"""The quantity grammar: one compiled ``regex`` pattern built from the lexicon's named token lists.

Every quantifier is bounded (``{0,3}``, ``{1,15}``...) and no repeat is nested inside another
unbounded repeat, so matching time is linear in the sentence length. Alternatives, tried left to right at each position (the leftmost match wins):

``rpre``   money range with the currency before the numbers: "£19 to £29", "$5-6 billion"
``rpost``  range with the unit after: "between 5 and 5.5 pct", "1.5 to two pct", "2-3%",
           "15 billion to 20 billion dlrs", "0.75 to one percentage point"
``mpre``   money with the currency first: "$1.5 trillion", "US$ 5 mln", "EUR2.3bn", "HK$327m"
``vpost``  a number, optional scale, then a unit: "3.5%", "five pct", "4.5 bln dlrs", "43tn yen",
           "half a percentage point", "two and one half pct", "5-3/4 pct", "50 cts"
``bare``   a number with a scale word and no unit ("16.18 billion"): money only when an earlier
           figure of the sentence names the currency (decided by the extractor)
"""
from __future__ import annotations

import functools

import regex

from .lexicon import Lexicon, alternation, factored, load


def _short(token: str) -> bool:
    """One- or two-letter unit tokens ("pc", "m", "bn") must touch the number ("5pc", "£600m")."""
    return token.isalpha() and len(token) <= 2


@functools.lru_cache(maxsize=1)
def pieces() -> dict[str, str]:
    lex: Lexicon = load()
    words = lex.number_words
    units = [w for w, (_, k) in words.items() if k == "unit"]
    teens = [w for w, (_, k) in words.items() if k == "teen"]
    tens = [w for w, (_, k) in words.items() if k == "tens"]
    fractions = [w for w, (_, k) in words.items() if k == "fraction"]
    unit_w = alternation(units)
    below_100 = rf"(?:(?:{alternation(tens)})(?:[\s-]{{1,2}}(?:{unit_w}))?|{alternation(teens)}|{unit_w})"
    # "two hundred", "a hundred", "one hundred and fifty"
    card = (
        rf"(?:{below_100}(?:\s{{1,3}}hundred)?|(?:a|one)\s{{1,3}}hundred)"
        rf"(?:(?<=hundred)[\s-]{{1,3}}and[\s-]{{1,3}}{below_100})?"
    )
    frac_name = alternation(fractions)
    frac_word = rf"(?:(?:a|one|two|three|five|seven)[\s-]{{1,3}}(?:{frac_name})|half)"
    word_number = (
        rf"\b(?i:{frac_word}"
        rf"|(?:{card})\s{{1,3}}point\s{{1,3}}(?:{unit_w})(?:\s{{1,3}}(?:{unit_w}))?"  # one point three
        rf"|(?:{card})(?:[\s-]{{1,3}}and[\s-]{{1,3}}(?:a|one|two|three)[\s-]{{1,3}}(?:{frac_name}))?"  # "three-and-a-half"
        rf")(?![A-Za-z])"
    )
    digits = r"(?:(?:\d{1,3}(?:,\d{3}){1,4}|\d{1,15})(?:\.\d{1,8})?|\.\d{1,8})(?![\d])"
    fraction = r"(?:\d{1,3}(?:-|[ \t])\d{1,2}/\d{1,2}|\d{1,2}/\d{1,2})(?![\d/])|\d{0,3}[½¼¾⅛⅜⅝⅞⅓⅔]"
    number = rf"(?:{fraction}|{digits}|{word_number})"
    dig_number = rf"(?:{fraction}|{digits})"

    long_scales = [s for s in lex.scales if not _short(s)]
    short_scales = [s for s in lex.scales if _short(s)]
    scale = (
        rf"(?:(?:-|\s{{1,3}})?(?:(?i:a)\s{{1,3}})?(?i:{alternation(long_scales)})"
        rf"|[ ]?(?i:{alternation(short_scales)}))(?![A-Za-z])"
    )

    pct_long = [t for t in lex.percent_units if not _short(t) and t != "%"]
    pct_short = [t for t in lex.percent_units if _short(t)]
    percent = rf"(?:\s{{0,3}}%|(?:-|\s{{1,3}})?(?i:{factored(pct_long)})(?![A-Za-z])" + (
        rf"|(?<=\d)(?:{alternation(pct_short)})(?![A-Za-z])" if pct_short else "") + ")"

    def cur_alt(tokens) -> str:
        # ISO codes and "DM" are upper case only; names in any case. Two alternations (not one
        # group per token) so the regex engine can match each as a set of strings.
        codes = [t for t in tokens if t.isupper() and t.isalpha()]
        names = [t for t in tokens if t not in codes]
        parts = ([f"(?i:{factored(names)})"] if names else []) + ([alternation(codes)] if codes else [])
        return "|".join(parts)

    post_names = [t for t in lex.currencies_post if len(t) > 1]
    attached = [t for t in lex.currencies_post if len(t) == 1]  # "873p" (pence) must touch the number
    cur_post = rf"(?:(?:(?:-|\s{{0,3}})(?:{cur_alt(post_names)})" + (
        rf"|(?<=\d)(?:{cur_alt(attached)})" if attached else "") + r")(?![A-Za-z]))"
    symbols = [t for t in lex.currencies_pre if not t[-1].isalpha() and not t[-1] == "."]
    pre_words = [t for t in lex.currencies_pre if t not in symbols]
    cur_pre = (
        rf"(?:(?:{alternation(symbols, r'[ ]?')})[ ]?"
        rf"|(?<![A-Za-z])(?:{cur_alt(pre_words)})(?:[ ]?(?=\d)|[ ]?(?=\.\d)))"
    )
    # "of a", "of one" between a fraction word and its unit ("half a percentage point")
    joiner = r"(?:\s{1,3}(?:of\s{1,3})?(?:a|an|one)(?=[\s-]))?"
    unit = rf"(?:{joiner}(?P<pct>{percent})|(?P<cur>{cur_post}))"
    sign = r"(?P<minus>(?i:minus|negative)\s{1,3}|[-−](?=\.?\d))?"
    start = r"(?<![\w.,/\-−$£€¥])"
    # "and" joins a range only after "between" ("between 5 and 6 pct"; "two and one half" is a number)
    # a dash joins a range only right after a digit, "%" or a scale ("35-40 pct", "$5bn-$6bn"; not
    # "Forty-three", not the fraction "4-5/8")
    conn = (
        r"(?P<conn>(?<=[\d%]|[\d ](?i:m|bn|b|k|tn|mn|mln|bln|trln|thousand|million|billion|trillion))"
        r"[ ]{0,2}[-–—](?!\d{1,2}/\d)[ ]{0,2}"
        r"|\s{1,3}(?i:to|through)\s{1,3}|\s{1,3}(?(between)(?i:and)|(?!))\s{1,3})"
    )

    def n(name: str, dig_only: bool = False) -> str:
        return f"(?P<{name}>{dig_number if dig_only else number})"

    rpre = (
        rf"(?P<rpre>(?P<between>(?i:between)\s{{1,3}})?(?P<cpre>{cur_pre}){n('n1', True)}(?P<s1>{scale})?"
        rf"{conn}(?:{cur_pre})?{n('n2', True)}(?P<s2>{scale})?)"
    )
    rpost = (
        rf"(?P<rpost>(?P<between>(?i:between)\s{{1,3}})?{n('n1')}(?P<s1>{scale})?"
        rf"(?P<u1>{unit.replace('?P<pct>', '?P<pct1>').replace('?P<cur>', '?P<cur1>')})?"
        rf"{conn}{n('n2')}(?P<s2>{scale})?{unit})"
    )
    mpre = rf"(?P<mpre>{sign}(?P<cpre>{cur_pre}){n('n1', True)}(?P<s1>{scale})?)"
    vpost = rf"(?P<vpost>{sign}{n('n1')}(?P<s1>{scale})?{unit})"
    bare = rf"(?P<bare>{n('n1', True)}(?P<s1>{scale}))"
    grammar = rf"{start}(?:{rpre}|{rpost}|{mpre}|{vpost}|{bare})"

    # The fast grammar: every match starts at a digit (the regex engine skips ahead to digits), a
    # currency written before the number is captured by a lookbehind, and "between", a minus sign
    # and bound words are read by the extractor from the text before the match. Sentences whose
    # figures start with a number word ("five pct", "half a point") use ``grammar`` instead.
    rest = (
        r"(?:\d{0,2}(?:-|[ \t])\d{1,2}/\d{1,2}(?![\d/])|\d?/\d{1,2}(?![\d/])"
        r"|\d{0,2}(?:,\d{3}){1,4}(?:\.\d{1,8})?(?!\d)|\d{0,14}(?:\.\d{1,8})?(?!\d)|\d{0,2}[½¼¾⅛⅜⅝⅞⅓⅔])"
    )
    cur_pre_lb = rf"(?:(?:{alternation(symbols, r'[ ]?')})|(?<![A-Za-z])(?:{cur_alt(pre_words)}))[ ]?"
    n1_fast = rf"(?P<n1>\d(?:(?<=(?P<cpre>{cur_pre_lb})\d)|(?<![\w.,/]\d)){rest})"
    n2_fast = rf"(?P<n2>{number})"
    fast = (
        rf"{n1_fast}(?P<s1>{scale})?(?:"
        rf"(?P<u1>{unit.replace('?P<pct>', '?P<pct1>').replace('?P<cur>', '?P<cur1>')})?"
        rf"{conn.replace('(?(between)(?i:and)|(?!))', '(?i:and)')}(?P<cpre2>{cur_pre})?{n2_fast}(?P<s2>{scale})?"
        rf"(?:{unit}|(?(cpre)|(?!)))"
        rf"|{unit}|(?(cpre)|(?(s1)|(?!))))"
    )

    bounds = alternation(lex.bounds, r"\s{1,3}")
    hyphen_or_space = r"[\s-]{1,3}"
    basis = "|".join(
        alternation([b], r"\s{1,3}") if b.isupper() else "(?i:" + alternation([b], hyphen_or_space) + ")"
        for b in sorted(lex.basis, key=lambda b: (-len(b), b))
    )
    change_before = alternation(lex.change_before)
    change_after = alternation(lex.change_after)
    return {
        "_parts": {"rpre": rpre, "rpost": rpost, "mpre": mpre, "vpost": vpost, "bare": bare,
                   "number": number, "word_number": word_number, "scale": scale, "unit": unit,
                   "cur_pre": cur_pre, "cur_post": cur_post, "percent": percent, "start": start},
        "grammar": grammar,
        "fast": fast,
        # a bound phrase right before a figure ("at least", "up to", "some")
        "bound": rf"(?i:(?<![\w])(?P<bound>{bounds})\s{{1,3}})\Z",
        # a change verb (optionally + "by") or a change noun + "of" right before the figure
        "change_before": (
            rf"(?i:(?<![\w])(?:(?P<verb>{change_before})(?:(?:\s{{1,3}}[\w'’-]{{1,20}}){{0,3}}?\s{{1,3}}by)?"
            rf"|(?P<noun>{change_after})\s{{1,3}}of)"
            rf"(?:\s{{1,3}}(?:a|an|another|a\s{{1,3}}further|a\s{{1,3}}record|an\s{{1,3}}estimated"
            rf"|a\s{{1,3}}provisional|only|just|perhaps|slightly|sharply|a\s{{1,3}}sharp|a\s{{1,3}}steep))?"
            rf"\s{{1,3}})\Z"
        ),
        "change_after": rf"(?i:[\s-]{{0,3}}(?P<after>{change_after}))(?![A-Za-z])",
        # "of GDP", "of its GDP", "of the country's gross national product"
        "basis": (
            rf"\s{{0,3}}(?i:of)\s{{1,3}}(?:(?!(?i:of)\b)[^\W\d][\w.&'’-]{{0,24}}\s{{1,3}}){{0,3}}?"
            rf"(?P<basis>{basis})(?![A-Za-z])"
        ),
        "prefilter": (
            rf"%|\d\s?(?:pc|[mbk]|bn|tn)\b|(?i:per[\s-]?cent|pct|point|{alternation(long_scales)})"
            rf"|{cur_alt(post_names + pre_words)}|{alternation(symbols, r'[ ]?')}"
        ),
    }


@functools.lru_cache(maxsize=None)
def compiled_one(name: str) -> "regex.Pattern[str]":
    """One pattern, compiled on first use (the hot path needs only ``basis``)."""
    return regex.compile(pieces()[name], regex.VERSION0)
