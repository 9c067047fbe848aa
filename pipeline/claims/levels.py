"""A figure's own date and how it stands to the other figures of its sentence.

The year a figure is dated by (a phrase right after it or one heading it: past, current or later, against the
article's date) decides whether a level is reported (actual) or forecast, whatever the verb's tense elsewhere in
the sentence. Relations between figures: one restating another in other terms or being a part of it ("1.20 billion
punts, which is 6.9 pct of GNP", "including 1,000 billion"), and the current level a change verb moves to a later
figure ("would reduce the 55 pct top tax rate to 38 pct"), which is stated as it stands, not as the change's goal.
"""
from __future__ import annotations

import bisect

import regex

from . import lexicon as _lexicon
from . import modality as _modality
from . import ownacts as _ownacts
from . import stance as _stance


# (also "for the past five years", "in the previous fiscal year": years gone by)
PAST_YEAR = regex.compile(r"\b(?:in|of|for|during)\s+((?:19|20)\d\d)\b(?!\s*/)|\b(?:19|20)\d\d/(\d\d)\s+(?:shortfall|deficit|surplus|level)|\blast\s+year\b"
                          r"|\b(?:past|previous)\s+(?:\w+\s+)?(?:fiscal\s+)?years?\b", regex.IGNORECASE)
# a month or a run of months a level was stated for ("in February", "in the first 11 months", "last month")
PAST_PERIOD = regex.compile(r"\b(?:in|for|during)\s+(?:the\s+month\s+of\s+)?(?:January|February|March|April|May|June|July|August|"
                            r"September|October|November|December)\b(?!\s+\d)|\b(?:in|for|during)\s+the\s+first\s+\w+\s+months\b"
                            r"|\b(?:last|previous)\s+(?:month|quarter)\b")
THIS_YEAR_AFTER = regex.compile(r"\s+(?:\w+\s+){0,2}?(?:this|the\s+current)\s+(?:fiscal\s+)?year\b", regex.IGNORECASE)
AFTER_PRIOR = regex.compile(r"\bafter\s+(?:an?|the|its)\s+(?:(?:about|around|estimated|some)\s+)?$", regex.IGNORECASE)
# a relative clause between commas closed before the figure (", which rose sharply last year,"): roles.aside_regex's relative
# part alone. That wider aside (comparisons, adverbial phrases such as ", after ... in 1986,", appositions) read here would
# move the window of an adverbial aside's year too: tried, one corpus article's figure changes type and deadline
# (reuters-18911), so the two stay apart
RELATIVE_ASIDE = regex.compile(r",\s*(?:which|who|whom|whose)\b[^,;()]{1,160},", regex.IGNORECASE)
AT_LEVEL = regex.compile(r"(?:\bwith\s+(?:\w+\s+){1,3}|,\s+)at\s+(?:(?:about|around|roughly|some|nearly|almost|an\s+estimated)\s+)?$", regex.IGNORECASE)


YEAR_OWNER = regex.compile(r"\b(?:last|this|next|(?:19|20)\d\d)\s+(?:fiscal\s+)?year['’]s\s+(?:\w+\s+)?$|\b(?:19|20)\d\d['’]s\s+$",
                           regex.IGNORECASE)

# The year a figure itself is dated by: a phrase right after it ("1.87 billion in 1985/86", "2.0% of GDP this year",
# "152 billion pounds in the last fiscal year", "36.3 billion dollars it posted in 2024/25"), else one heading it ("the
# 1985 deficit of 696 mln"). A verb's tense or a forecast word elsewhere in the sentence does not move it: an estimate of
# this year's or a past year's level reports that level, one of a later year forecasts it.
OWN_DATE_AFTER = regex.compile(
    r"\s+(?:(?!(?:and|but|or|than|from|to|against|compared|after|before|while)\s)(?-i:[a-z]+)\s+){0,3}?"
    r"(?:(?:in|for|during|by|at\s+the\s+end\s+of)\s+(?:the\s+)?(?:fiscal\s+|calendar\s+|financial\s+)?(?:year\s+)?"
    r"(?P<y>(?:19|20)\d\d)(?:[/-](?P<fy>\d\d))?\b"
    r"|(?:in\s+|for\s+)?(?P<rel>this|last|next|the\s+current|the\s+last|the\s+previous|the\s+coming)\s+"
    r"(?:fiscal\s+|financial\s+|calendar\s+)?year\b)", regex.IGNORECASE)
OWN_DATE_BEFORE = regex.compile(r"\b(?P<y>(?:19|20)\d\d)(?:/(?P<fy>\d\d))?\s+(?:(?-i:[a-z]+)\s+){1,2}(?:of|at|was|were|is)\s+"
                                r"(?:(?:about|around|some|an?|the)\s+)?$", regex.IGNORECASE)
RELATIVE_DATES = {"this": "current", "the current": "current", "last": "past", "the last": "past", "the previous": "past",
                  "next": "later", "the coming": "later"}
FISCAL_YEAR_END_MONTH = 6  # a fiscal year "1986/87" has ended by an article of the second half of its last year


def own_date(text: str, clause, start: int, end: int, published) -> str | None:
    """"past", "current" or "later": the year the figure itself is dated by, against the article's (None: no date of its own)."""
    own = own_stretch(text, clause, start, end)
    m = OWN_DATE_AFTER.match(text, end, own[1]) or OWN_DATE_BEFORE.search(text, max(own[0], start - 40), start)
    if m is None:
        return None
    if m.groupdict().get("rel"):
        return RELATIVE_DATES.get(" ".join(m.group("rel").lower().split()))
    year, month = getattr(published, "year", None), getattr(published, "month", 1)
    if year is None:
        return None
    first = int(m.group("y"))
    if m.group("fy"):  # "1985/86": the fiscal year ends in its second year
        last = first // 100 * 100 + int(m.group("fy"))
        if last < year or (last == year and month > FISCAL_YEAR_END_MONTH):
            return "past"
        return "current" if first <= year else "later"
    return "past" if first < year else "current" if first == year else "later"



_STRETCHES = _lexicon.LastSeen()  # {(clause, start, end): own_stretch} of the last text seen


def own_stretch(text: str, clause, start: int, end: int) -> tuple[int, int]:
    """The part of the clause around a figure that no other figure cuts off ("an increase of 18 pct over last year's 5.8
    billion": "last year" is the 5.8 billion's). Kept for the last text seen: the retyping rules ask again for the same
    figure (Reuters: 23,912 calls, 7,619 distinct)."""
    answers = _STRETCHES.answers(text)
    key = (clause[0], clause[1], start, end)
    found = answers.get(key)
    if found is None:
        found = answers[key] = _own_stretch(text, clause, start, end)
    return found


def _own_stretch(text: str, clause, start: int, end: int) -> tuple[int, int]:
    lo, hi = clause
    for m in _stance.FIGURE_IN.finditer(text, lo, start):
        lo = max(lo, m.end())
    if lo > clause[0] and (dated := OWN_DATE_AFTER.match(text, lo, start)) is not None:
        lo = dated.end()  # "from 2.8% in 2024, and public debt to ease to 101.5%": the year is the figure's before
    nxt = _stance.FIGURE_IN.search(text, end, hi)
    if nxt is None:
        return lo, hi
    owner = YEAR_OWNER.search(text, end, nxt.start())  # "last year's 5.8 billion": the year is that figure's
    return lo, (owner.start() if owner is not None else nxt.start())


def forecast_figure(st) -> bool:
    """Whether a forecast word qualifies the figure itself ("the forecast for 1986 of 23.71 billion", "a projected 3.22
    billion deficit for 1986/87"): what was forecast, even for a year gone by, not the level reached."""
    return st.how == "attributive" and st.cue is not None and st.cue.entry["claim_type"] == "forecast"


def names_past_year(text: str, stretch, published) -> bool:
    """Whether the stretch names a year before the article's ("in 1986", "last year", "1985/86 deficit", "in previous
    years"); a year of its own or a later one ("the budget for 2026" in 2025) is none (with no date, any year counts)."""
    year = getattr(published, "year", None)
    for m in PAST_YEAR.finditer(text, stretch[0], stretch[1]):
        if year is None or not (m.group(1) or m.group(2)):
            return True
        if m.group(1) and int(m.group(1)) < year:
            return True
        if m.group(2) and year // 100 * 100 + int(m.group(2)) < year:
            return True
    return False


def past_level(text: str, clause, start: int, end: int, published) -> bool:
    """Whether a figure is dated in a year before the article's, right beside it ("a 1.1 billion shortfall in
    1986", "compared with 1,300 billion francs in 1986"), or stated as where a level stands ("with public debt at
    about 135%")."""
    # a year beyond another figure is that figure's ("a deficit in 1987 of 2.5 billion stg, after a 1.1 billion shortfall
    # in 1986": 1987 dates the 2.5 billion only)
    own = own_stretch(text, clause, start, end)
    lo, hi = max(own[0], start - 45), min(own[1], end + 25)
    aside = _lexicon.last_match(RELATIVE_ASIDE, text, max(clause[0], start - 200), start)
    if aside is not None and not text[aside.end():start].count(","):
        # "public debt, which rose to 69% of GDP last year, could climb above 70%": the aside's year dates its own words,
        # not the figure after it
        lo = max(lo, aside.end())
    if AT_LEVEL.search(text, max(clause[0], start - 40), start):
        return True
    dated = own_date(text, clause, start, end, published)
    if dated is not None:  # "against an expected 2.9 billion in 1986/87 and 1.87 billion in 1985/86": its own year decides
        return dated == "past"
    year = getattr(published, "year", None)
    past = False
    for m in PAST_YEAR.finditer(text, lo, hi):
        y = m.group(1) or m.group(2)
        if y is not None and m.group(2):  # "a 1985/86 shortfall": the fiscal year's end, in the article's century
            y = str(year // 100 * 100 + int(y)) if year else None
        if y is None:
            past = past or m.group(0).lower().startswith(("last", "past", "previous"))
        elif year is not None and int(y) < year:
            past = True
        else:
            return False
    # "..., which reached 220 billion last year, is expected to fall to 170 billion this year": the year it speaks of
    return past and not _modality.NEXT_YEAR_SCAN.search(text, lo, hi) and not THIS_YEAR_AFTER.match(text, end, hi)


# "1.20 billion punts, which is 6.9 pct of GNP", "NT$949.5 billion, equal to 3.32% of GDP"; "6,000 billion yen, including 1,000 billion"
RESTATE_SCAN = 200  # figures of one sentence above which none restates another (a table run together)
RESTATE = _ownacts.RESTATE_GAP  # (the gap ownacts.shares_follow_heads reads too)
# (past the whole's deadline: "5% of GDP by 2035, of which 3.5% is for core defence"; past what the whole is spent on:
# "spending 5% of GDP on defence and security by 2035, of which 3.5% on core defence", modern47)
PART_OF = regex.compile(r"\s*(?:\([^()]{0,40}\)\s*)?(?:\s+on\s+(?:[\w'’-]+\s+){0,3}?[\w'’-]+)?(?:\s+(?:by|in|until)\s+(?:19|20)\d\d(?:[-/]\d{2,4})?)?,?\s*(?:including|of\s+which)\s+(?:(?:about|around|some|roughly|nearly|almost|just|over|more\s+than)\s+)*",
                        regex.IGNORECASE)


def restated_figure(text: str, fig: dict, figs: list[dict]) -> dict | None:
    """The earlier figure of the sentence this one restates in other terms (a share of a sum) or is a part of."""
    i = next((k for k in range(len(figs)) if figs[k] is fig), None) if len(figs) <= RESTATE_SCAN else None
    if i is None:
        return None  # a run of thousands of figures is a table, not prose
    for other in reversed(figs[max(0, i - 3):i]):  # the few figures right before it
        if "claim" not in other or other["end"] > fig["char_start"] or fig["char_start"] - other["end"] > 60:
            continue
        if (other["unit"] != fig["unit"] and RESTATE.fullmatch(text, other["end"], fig["char_start"])) \
                or (other["unit"] == fig["unit"] and PART_OF.fullmatch(text, other["end"], fig["char_start"])):
            return other
    return None


# "would reduce the 55 pct top tax rate to 38 pct": the level a change starts from, stated as it stands
CHANGE_VERB_BEFORE = regex.compile(r"\b(?:reduc\w*|cut\w*|lower\w*|rais\w*|increas\w*|lift\w*|bring\w*|brought|trim\w*|slash\w*)\s+"
                                   r"(?:the|its|their|a|an|this\s+year['’]s|current)\s+(?:[\w'’-]+\s+){0,2}$", regex.IGNORECASE)
CHANGE_VERB_BEFORE_SCAN = _lexicon.Guarded(CHANGE_VERB_BEFORE, ("reduc", "cut", "lower", "rais", "increas", "lift", "bring", "brought",
                                                              "trim", "slash"))  # (searched only where one of its verbs stands)
TO_NEXT = regex.compile(r"\s+(?:[\w'’-]+\s+){0,6}?to\s+(?:(?:about|around|some|just|below|under|over|above)\s+)?$", regex.IGNORECASE)


# "would have preferred an increase in the 10 pct value-added tax": a change of a rate named by its level, which stands
CHANGE_IN_BEFORE = regex.compile(r"\b(?:increase|increases|rise|rises|hike|hikes|cut|cuts|reduction|reductions|change|changes)\s+"
                                 r"(?:in|on)\s+the\s+(?:current\s+|present\s+|existing\s+)?$", regex.IGNORECASE)
CHANGE_IN_BEFORE_SCAN = _lexicon.Guarded(CHANGE_IN_BEFORE, ("increase", "rise", "hike", "cut", "reduction", "change"))  # (the same: its nouns)


def changed_level(text: str, sentence, fig: dict, figs: list[dict]) -> bool:
    """Whether the figure is the current level a change verb moves to a later figure of its unit."""
    if not CHANGE_VERB_BEFORE_SCAN.search(text, max(sentence.start, fig["char_start"] - 60), fig["char_start"]):
        return False
    i = bisect.bisect_left(figs, fig["end"], key=lambda f: f["char_start"])  # figs are in text order
    nxt = next((f for f in figs[i:i + 3] if f["unit"] == fig["unit"]), None)
    return nxt is not None and nxt["char_start"] - fig["end"] <= 80 and TO_NEXT.fullmatch(text, fig["end"], nxt["char_start"]) is not None


def later_before(text: str, sentences, sentence, published, back: int = 2) -> bool:
    """Whether one of the `back` sentences before this one speaks of a later year ("Next year, ...")."""
    i = sentence.index
    if not (0 <= i < len(sentences) and sentences[i] is sentence):
        return False
    # (a sentence naming its own subject after one whose later year dates a figure of its own states a level of its
    # own: "The Commission asked France to cut the deficit below 3% of GDP by 2029. French defence spending is about 2.1%
    # of GDP."; one going on with it by a pronoun shares its year: "That alone brings in about 8 billion.", and so does
    # one looking ahead: "Growth rates will pick up later, producing a 2.2 pct increase", or one after a sentence that
    # opens on the later year, which frames what follows: "Next year, the government will receive ... The state spends")
    own_subject = _ownacts.NAMED_SUBJECT.match(text, sentence.start, sentence.end) is not None \
        and _ownacts.LOOKS_AHEAD.search(text, sentence.start, sentence.end) is None
    return any(_modality.later_year(text, (s.start, s.end), published)
               and not (own_subject and _ownacts.OWN_FIGURE.search(text, s.start, s.end) is not None
                        and not _ownacts.fronted_later(text, s.start, s.end, published))
               for s in sentences[max(0, i - back):i])


# every regex pattern above runs as its standard-re twin on ASCII text (lexicon.AsciiTwin: the same matches, less CPU)
from .lexicon import ascii_twins as _ascii_twins  # noqa: E402  (after the patterns it replaces)

_ascii_twins(globals())
