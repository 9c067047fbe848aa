"""How a figure is stated: hedged, negated, credited to a report, compared, due by a year.

- hedged / negated: a cue of ``modality_cues.csv`` in the figure's modal clause (its clause cut
  also at subordinators: "sources say Japan pulled out after the U.S. demanded 3.5%" does not hedge
  the demand, which the subordinate clause presents as fact).
- attributed_to: an outlet of ``outlets.csv`` in the sentence; "sources" in the sentence of an article
  that credits a named report earlier ("according to a Financial Times report") take that report.
- compared_to: another figure of the same unit after the figure, joined by a word of
  ``comparison_cues.csv`` ("3.5% ... well above a previously suggested 3%", "up from 2.1 pct"),
  or before it in "from 2% to 3%".
- deadline_year: "by 2035" / "by the end of 2029"; "in 2029" / "for 1988" when the stance sets a target.
"""
from __future__ import annotations

import functools

import regex

from .lexicon import CueSet, Guarded, Hit, Prefiltered, ascii_twin, caseless, count_words, cues, phrases_alternation, read_rows, span_around

MODAL_WORDS = ("but", "while", "whereas", "although", "however", "after", "before", "because", "since", "when", "until", "unless",
               "following")
MODAL_BREAK = regex.compile(r";|\s(?:" + "|".join(MODAL_WORDS) + r")\s", regex.IGNORECASE)
# scanned only at a ";" or a space before one of its words (the regex module tries every character otherwise)
MODAL_SCAN = Prefiltered(MODAL_BREAK, r";|\s(?=(?:" + "|".join(caseless(w) for w in MODAL_WORDS) + r")\s)")
BY_YEAR = regex.compile(r"\b(?:by|before|until)\s+(?:the\s+(?:end|start|middle)\s+of\s+)?(?:fiscal\s+|the\s+year\s+)?((?:19|20)\d\d)\b",
                        regex.IGNORECASE)
BY_YEAR_SCAN = Guarded(BY_YEAR, ("by", "before", "until"))  # (searched only where one of its words stands)
IN_YEAR = regex.compile(r"\b(?:in|for|during)\s+(?:fiscal\s+|the\s+year\s+|calendar\s+)?((?:19|20)\d\d)(?:/\d\d)?\b",
                        regex.IGNORECASE)
TARGET_TYPES = frozenset({"commitment", "demand", "proposal", "forecast", "rejection"})
REPORT_CREDIT = regex.compile(r"according\s+to\s+(?:a|an|the)?\s*$|^\s*(?:report|newspaper|daily|said|reported|says|reports)\b",
                              regex.IGNORECASE)
COMPARE_GAP_WORDS = 14
# "55% ... could climb above 60%": a movement's goal, not a figure it is compared with
MOVEMENT = regex.compile(r"\b(?:rise|rises|rising|rose|climb\w*|fall|falls|falling|fell|drop\w*|grow|grows|growing|grew|go|goes|went|"
                         r"reach\w*|widen\w*|narrow\w*|increase[sd]?|exceed\w*|cut|cuts|lift\w*|raise[sd]?|push\w*|bring\w*|move\w*)"
                         r"\s+(?:\w+\s+)?(?:to\s+)?(?:above|below|under|than)\b", regex.IGNORECASE)
# "6,000 billion yen, including more than 1,000 billion": a part of the total, not a figure it is compared with (the
# "than" is the part's bound)
PART_GAP = regex.compile(r"\b(?:including|of\s+which)\b", regex.IGNORECASE)
# "to cut the requirement to below 420 billion", "spending of more than 2%": after a preposition the comparison word is
# the next figure's own bound, not a comparison with the figure before
NEXT_BOUND = regex.compile(r"\b(?:to|at|of|by|for|with|and|or)\s+(?:(?:well|just|slightly|far)\s+)?"
                           r"(?:below|under|above|over|(?:more|less|fewer)\s+than)\s*$", regex.IGNORECASE)


def _bound_start(gap: str) -> int:
    """Where the next figure's own bound phrase starts in the gap before it (the gap's length when there is none)."""
    m = NEXT_BOUND.search(gap)
    return m.start() if m else len(gap)


# a comparison does not reach across a new clause ("... from the debt brake, which otherwise limits ... to 0.35%")
COMPARE_STOP = regex.compile(r";|,\s+(?:which|who|while|but|saying|adding)\b|\s(?:while|but|whereas)\s", regex.IGNORECASE)
# "11.5 billion dlrs from defense and 11.5 billion dlrs from domestic programs", "9 billion dlrs in domestic cuts, 9
# billion dlrs in defence": a comparator whose object is a noun, the next figure joined by "and" or a comma, coordinates
# two figures of their own (each its own noun), not one compared with the other
COORDINATED = regex.compile(r"\b(?:from|than|against|compared\s+(?:with|to))\s+(?:[\w.'’-]+\s+){1,6}?(?:and|or|,)\s*$", regex.IGNORECASE)


def modality_cues() -> CueSet:
    return cues("modality_cues.csv")


def outlet_cues() -> CueSet:
    return cues("outlets.csv", "name")


@functools.lru_cache(maxsize=1)
def comparison_regex() -> regex.Pattern:
    words = [r["cue"] for r in read_rows("comparison_cues.csv")]
    return ascii_twin(regex.compile(r"\b(?:" + phrases_alternation(words) + r")\b", regex.IGNORECASE))


def modal_clause(text: str, clause: tuple[int, int], fig_start: int, fig_end: int) -> tuple[int, int]:
    """The part of the figure's clause its hedges and negations must stand in."""
    return span_around(MODAL_SCAN, text, clause[0], clause[1], fig_start, fig_end)


def hedged_negated(text: str, span: tuple[int, int], fig_start: int, fig_end: int, hits: list[Hit]) -> tuple[bool, bool]:
    hedged = negated = False
    for h in hits:
        if span[0] <= h.start and h.end <= span[1] and not (fig_start <= h.start < fig_end):
            if h.entry["field"] == "hedged":
                hedged = True
            else:
                negated = True
    return hedged, negated


def outlets_in(text: str, start: int, end: int) -> list[Hit]:
    return outlet_cues().hits(text, start, end)


def credited_report(text: str, hits: list[Hit]) -> str | None:
    """A named outlet credited as a report ("according to a Financial Times report", "Nikkei reported")."""
    for h in hits:
        name = h.entry["credited"]
        if name == "sources":
            continue
        before = text[max(0, h.start - 20):h.start]
        after = text[h.end:h.end + 20]
        if REPORT_CREDIT.search(before) or REPORT_CREDIT.search(after):
            return name
    return None


def attribution(sentence_outlets: list[Hit], earlier_report: str | None, fig_start: int) -> str | None:
    named = [h for h in sentence_outlets if h.entry["credited"] != "sources"]
    if named:
        return min(named, key=lambda h: abs(h.start - fig_start)).entry["credited"]
    if sentence_outlets:
        return earlier_report or "sources"
    return None


FROM_TO_GAP_CHARS = 40  # "from 2% to 3%": longer whitespace around "to" is not a range
# compiled once (module-level regex.search() with a pattern string looked it up in regex's cache per call)
# (not a range's low end: "forecasts range from 14 billion dlrs to 19 billion")
# ("from its estimated 171 billion dlr level next year to about 134 billion dlrs": an estimate's level, named with its year)
FROM_END = regex.compile(r"(?<!\b(?:range|ranges|ranged|ranging|vary|varies|varied|varying|anywhere)\s+)\bfrom\s+(?:(?:the|a|its|current|present|previous|earlier|old|estimated|projected|expected|forecast)\s+){0,2}$", regex.IGNORECASE)
TO_GAP = regex.compile(r"\s+(?:level\s+)?(?:(?:this|next|last)\s+year\s+)?to\s+(?:(?:about|around|some|roughly|nearly|almost)\s+)?",
                       regex.IGNORECASE)
MAX_COMPARED_FIGURES = 200  # figures of one sentence above which none is paired with another


def compared_to(text: str, fig: dict, figures: list[dict]) -> dict | None:
    """The figure of the same sentence that `fig` is compared with, if any."""
    if len(figures) > MAX_COMPARED_FIGURES:
        return None  # a table or list run together, not prose: pairing would be quadratic
    comp = comparison_regex()
    # only the figure(s) starting first after this one can be compared with it (any figure between
    # the two rules a pair out), and "from X to" needs a short gap: so a sentence with thousands of
    # figures is not quadratic in gap scans
    first_after = min((f["char_start"] for f in figures if f is not fig and f["char_start"] >= fig["end"]), default=None)
    for other in figures:
        if other is fig or other["unit"] != fig["unit"]:
            continue
        if other["char_start"] >= fig["end"]:
            if other["char_start"] != first_after:
                continue
            gap = text[fig["end"]:other["char_start"]]
            if count_words(gap) <= COMPARE_GAP_WORDS and not COMPARE_STOP.search(gap) \
                    and comp.search(gap[:_bound_start(gap)]) and not PART_GAP.search(gap) \
                    and not MOVEMENT.search(gap) and not COORDINATED.search(gap) \
                    and not any(f is not other and f is not fig and fig["end"] <= f["char_start"] < other["char_start"] for f in figures):
                return other
        elif other["char_end"] <= fig["char_start"] and fig["char_start"] - other["char_end"] <= FROM_TO_GAP_CHARS:
            # "from 2% to 3%": the earlier figure right after "from", followed by "to" and this one
            before = text[max(0, other["char_start"] - 30):other["char_start"]]
            gap = text[other["char_end"]:fig["char_start"]]
            if FROM_END.search(before) and TO_GAP.fullmatch(gap):
                return other
    return None


def deadline(text: str, clause: tuple[int, int], fig_start: int, fig_end: int, claim_type: str) -> int | None:
    m = BY_YEAR_SCAN.search(text, clause[0], clause[1])
    if m:
        return int(m.group(1))
    if claim_type in TARGET_TYPES:
        best = None
        for m in IN_YEAR.finditer(text, clause[0], clause[1]):
            dist = m.start() - fig_end if m.start() >= fig_end else fig_start - m.end()
            if best is None or dist < best[0]:
                best = (dist, int(m.group(1)))
        if best:
            return best[1]
    return None


YEAR = regex.compile(r"\b((?:19|20)\d\d)\b")
NEXT_YEAR = regex.compile(r"\bnext\s+year\b|\bcoming\s+year\b", regex.IGNORECASE)
NEXT_YEAR_SCAN = Guarded(NEXT_YEAR, ("next", "coming"))  # (searched only where its words stand)


def later_year(text: str, clause: tuple[int, int], published) -> bool:
    """Whether the clause speaks of a year after the article's ("next year", "the 1988 deficit" in 1987)."""
    if NEXT_YEAR_SCAN.search(text, clause[0], clause[1]):
        return True
    year = getattr(published, "year", None)
    return year is not None and any(int(y) > year for y in YEAR.findall(text, clause[0], clause[1]))


# every regex pattern above runs as its standard-re twin on ASCII text (lexicon.AsciiTwin: the same matches, less CPU)
from .lexicon import ascii_twins as _ascii_twins  # noqa: E402  (after the patterns it replaces)

_ascii_twins(globals())
