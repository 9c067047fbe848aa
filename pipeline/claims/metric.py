"""What a figure measures: the metric cue of ``metric_cues.csv`` that governs it.

Scope rule: every cue in the figure's sentence is a candidate; its cost is the number of words
between it and the figure, plus its weight (weak, ambiguous words cost more), plus a penalty for a
cue after the figure ("5% of GDP in defence spending" costs 1 more than "defence budget to 3.5%"),
for each other figure in between and for a clause boundary in between. The cheapest cue within the
window governs; a negative cue (company, market, poll) governing the figure means it is no claim.
A basis phrase ("of its GDP") is never itself a metric cue. With several fiscal figures in one sentence: a cue
inside an aside listing parts ("which includes aid to Ukraine,") or after a means ("financed by new borrowing") or
an "as" clause costs a clause break; a weak word that is the whole a share is taken of ("20 pct of the national
budget of 70 billion") is the total; an anaphoric verb takes its clause's noun ("revenue will reach").
"""
from __future__ import annotations

import bisect
import functools
import itertools

import regex

from .lexicon import (WORD, CueSet, Guarded, Hit, Prefiltered, ascii_twin, caseless, count_words, cues, last_match,
                      phrases_alternation, read_rows)

SCORED = frozenset({
    "defense_spending", "fiscal_deficit", "public_debt", "external_debt", "current_account",
    "development_aid", "public_spending", "tax_revenue", "tariff_rate", "debt_service",
})
UNSCORED = frozenset({"gdp_growth", "inflation", "other"})

BASIS_WORDS = {"gdp": "GDP", "gnp": "GNP", "gni": "GNI", "nni": "NNI",
               "gross domestic product": "GDP", "gross national product": "GNP",
               "gross national income": "GNI", "net national income": "NNI"}
_BASIS_NAME = r"(?P<basis>GDP|GNP|GNI|NNI|gross\s+domestic\s+product|gross\s+national\s+product|gross\s+national\s+income|net\s+national\s+income)"
_POSSESSOR = (r"(?:(?:its|their|the|this\s+year['’]s|the\s+(?:country|nation|state)['’]s|[A-Z][\w.]*(?:\s+[A-Z]\w*)?['’]s?)\s+)?"
              r"(?:(?:annual|yearly|national|total|combined|forecast|projected|estimated|nominal)\s+)?")
# "of its GDP", "of the country's gross domestic product", "as a share of GDP"
# (with its acronym in brackets: "of gross domestic product (GDP)", the acronym no growth word either)
BASIS_PHRASE = regex.compile(r"(?:as\s+a\s+(?:share|percentage|proportion)\s+)?of\s+" + _POSSESSOR + _BASIS_NAME + r"\b"
                             r"(?:\s*\((?:GDP|GNP|GNI|NNI)\))?", regex.IGNORECASE)
BASIS_CUES = frozenset(BASIS_WORDS)
# a ratio to a basis: "the ratio of the current account surplus to GNP", "the ratio of public debt to GDP", "the debt-to-GDP
# ratio": the basis is what the share is taken of, the noun before it what the share measures (never "GNP" read as growth)
# (a gloss of the basis in brackets goes with it: "to GNP (gross national product)")
RATIO_PHRASE = Guarded(regex.compile(r"(?:\bratio\s+of\s+(?:[\w'’-]+\s+){1,6}?to\s+(?:(?:its|the|their)\s+)?" + _BASIS_NAME + r"\b"
                                     r"|[\w'’]+[\s-]+to[\s-]+" + _BASIS_NAME + r"[\s-]+ratio\b)(?:\s*\([\w\s]{1,40}\))?",
                                     regex.IGNORECASE), ("ratio",))
TAIL_REACH = 300  # chars: "of the country's estimated gross domestic product" is far shorter
# "5 percent of NATO countries' income, i.e. gross domestic product": an income glossed as the basis (the mention may
# already hold "of ... income")
_GLOSSED_INCOME = (r"(?:of\s+(?:(?:the|its|their|[A-Z]\w*)\s+)?(?:[\w-]+\s+)?(?:[\w-]+['’]s?\s+)?(?:national\s+)?income)?"
                   r",?\s+(?:i\.\s?e\.|that\s+is|in\s+other\s+words|meaning)\s*,?\s+(?:its\s+|their\s+)?")
FIGURE_TAIL = regex.compile(r"\s*(?:of\s+" + _POSSESSOR + _BASIS_NAME + r"\b|" + _GLOSSED_INCOME + _BASIS_NAME + r"\b)",
                            regex.IGNORECASE)
# tried only where the text after the figure holds a basis name (the regex module looks for the pattern's words
# through the whole window before it fails, as it nearly always does)
FIGURE_TAIL_SCAN = Guarded(FIGURE_TAIL, ("gdp", "gnp", "gni", "nni", "gross", "net"))
# a new clause: also a conditional one after a comma ("the deficit is thought to be more than 10%, if the spending of
# the states is included")
# (and a new bullet or label line of a list: "- 12 billion euros for defence\n- 3 billion euros for climate aid",
# "Defence: 82.7 billion euros\nEducation: 21.3 billion euros")
CLAUSE_BREAK = regex.compile(r";|\s(?:but|while|whereas|although)\s|\.\s|,\s+(?:if|unless)\s|\n\s*[-•*–]\s|\n\s*(?-i:[A-Z])[\w -]{0,40}:\s"
                             # "the deficit is set to rise to 5.8% of GDP as spending on pensions grows": "as" opening a clause
                             # (not "as a share of", "as part of", "as much as", "as well as", "as high as" ...)
                             r"|(?<!\bas\s+\w+)\sas\s+(?!(?:a|an|part|much|many|well|of|for|in|to|against|compared|opposed|such|high|low|"
                             r"large|big|little|far|long|soon|from|at|with|by|on|percent|per|pct|fast|quickly|slowly|strongly|sharply|early|late|"
                             r"recently|expected|planned|forecast|usual|before|ever|possible|follows?|if|though)\b|[\d$£€])",
                             regex.IGNORECASE)
# Where a CLAUSE_BREAK match can start: ";", a line break before a bullet or a label, ". ", a comma before "if" or
# "unless", a space before "as", "although", "but", "while" or "whereas" (a new alternative must be covered here too:
# tests/claims/test_prefiltered.py); a cue's gap is scanned only there
CLAUSE_SCAN = Prefiltered(CLAUSE_BREAK, r";|\n(?=\s*(?:[-•*–]|[A-Z]))|\.\s|,\s+(?=[iI\u0130uU])|\s(?=(?:"
                          + "|".join(caseless(w) for w in ("as", "although", "but", "while", "whereas")) + r")\s)")

# a verb of saying or expecting between a company's name and a figure: the company speaks (its own figure would follow a
# noun of its own: "Acme Corp said profits rose 5%")
SPEAKER_VERB = regex.compile(r"\b(?:said|says|expects|expected|forecasts?|forecast|predicts|predicted|estimates|estimated|sees|saw)\b",
                             regex.IGNORECASE)
# a means after the figure ("through increased revenues"); how a sum is paid for ("the defence ministry's budget will rise by
# 3.2 billion euros, financed by new borrowing") is another figure's noun (a purpose, "in order to check inflation", is
# purpose_phrases.csv's: wherever MEANS is asked, `_purpose` is asked of the same stretch, first or beside it in `_aimed_at`)
MEANS = regex.compile(r"\b(?:through|via|by\s+means\s+of|(?:financed|funded|sourced|paid\s+for)\s+(?:\w+\s+)?(?:by|through|with))\b",
                      regex.IGNORECASE)
NEXT_SUBJECT_VERB = regex.compile(r"\s+(?:(?:would|will|could|should|may|might|must|is|are|was|were|has|have|had)\s+(?!of\b)"
                                   r"|(?:rose|fell|grew|rises|falls|grows|totalled|totaled|reached|stood)\b)", regex.IGNORECASE)
MEANS_BEFORE = regex.compile(r"\b(?:financed|funded|paid\s+for|covered|sourced)\s+(?:\w+\s+)?(?:by|through|with)\s+"
                             r"(?:(?:the|a|an|its|their)\s+)?(?:new\s+|more\s+|higher\s+)?$",
                             regex.IGNORECASE)
MEANS_REACH = 40  # chars before a cue
COORDINATION = regex.compile(r"\s(?:and|or)\s", regex.IGNORECASE)
COORDINATION_PENALTY = 2
PRE_WINDOW = 16
POST_WINDOW = 9
GAP_CHARS_PER_WORD = 40  # a gap longer than this per allowed word is out of reach whatever it holds
POST_PENALTY = 1
BREAK_PENALTY = 5
FIGURE_PENALTY = 1
# a period between the figure and its "in" noun ("owed about $5bn this year in debt repayments", "2 billion a year in interest
# payments") says when, not what: its words are no distance
# what a figure is set against after it: "will rise 3 pct, in line with nominal growth", "2.5 pct, faster than economic growth",
# "compared with a current account gap of 4 billion": a noun there is the other term of the comparison, as far from the figure
# as a new clause
SET_AGAINST = regex.compile(r"\b(?:compared\s+(?:with|to)|in\s+line\s+with|(?:faster|slower|higher|lower|more|less)\s+than|"
                            r"as\s+against|versus)\b", regex.IGNORECASE)
# a cause or a concession after the figure: "the deficit narrowed to 3.1% thanks to higher tax receipts", "borrowing was 7.1
# billion, despite big rises in government spending", "debt rose to 138% of GDP, driven by interest costs": the noun after it
# is what moved the figure, not what the figure measures (as far from the figure as a new clause)
CAUSE_AFTER = regex.compile(r"\b(?:despite|in\s+spite\s+of|due\s+to|owing\s+to|because\s+of|thanks\s+to|on\s+the\s+back\s+of|amid|"
                            r"reflecting|as\s+a\s+result\s+of|"
                            r"(?:driven|fuell?ed|boosted|helped|hit|dragged|weighed|pushed|held)\s+(?:down\s+|up\s+)?by)\b",
                            regex.IGNORECASE)


@functools.cache
def _cause_before_cue():
    """A cause opening right before the cue (cause_openers.csv), with at most a few words of its own ("because of the
    long-run consequences of tax")."""
    phrases = [r["phrase"] for r in read_rows("cause_openers.csv")]
    return ascii_twin(regex.compile(r"\b(?:" + phrases_alternation(phrases) + r")\s+(?:[\w'’-]+\s+){0,6}$", regex.IGNORECASE))


PERIOD_LEAD = regex.compile(r"\s+(?:(?:this|next|last|each|every|per|a)\s+(?:year|month|quarter|week)|annually|yearly)(?=\s)",
                            regex.IGNORECASE)
# (adjectives between commas too: "18.5 billion dlrs in new, unspecified, taxes")
IN_OF_NOUN = regex.compile(r"\s+(?:in|of|for|to)\s+(?:(?:new|additional|extra|higher|lower|the)(?:,?\s+(?-i:[a-z])[\w-]*,)?\s+)?"
                        # a possessor before the noun: "77 billion dlrs of Mexico's foreign debt", "30 billion of its debt"
                        r"(?:(?:its|their|(?:the\s+)?(?-i:[A-Z])[\w.]*['’]s?|the\s+(?:country|nation|state|government)['’]s)\s+)?",
                        regex.IGNORECASE)
IN_OF_BONUS = 2
IN_OF_CUE = regex.compile(r"(?:in|of|for)\s", regex.IGNORECASE)


def metric_cues() -> CueSet:
    return cues("metric_cues.csv")


def basis_name(words: str) -> str:
    return BASIS_WORDS[" ".join(words.lower().split())]


def ratio_bases(text: str, start: int, end: int) -> list[tuple[tuple[int, int], str, tuple[int, int]]]:
    """The ratio phrases of text[start:end]: the span of each one's basis word, its basis ("GNP") and the phrase's span."""
    found, pos = [], start
    while (m := RATIO_PHRASE.search(text, pos, end)) is not None:
        found.append(((m.start("basis"), m.end()), basis_name(m.group("basis")), m.span()))
        pos = m.end()
    return found


RATIO_REACH = 120  # chars before a figure to look for its ratio phrase
RATIO_GAP_WORDS = 8  # words between a ratio phrase and the figure it is the subject of ("... to GDP is expected to reach")


def ratio_basis(text: str, cue: Hit | None, fig_start: int, start: int, end: int) -> str | None:
    """The basis of the ratio phrase a figure's governing cue stands in ("the ratio of the surplus to GNP": GNP), or that
    is the subject of the figure's clause ("the ratio of the budget deficit to GDP is expected to reach 3.5 pct"), if any."""
    for _, basis, (p0, p1) in ratio_bases(text, max(start, fig_start - RATIO_REACH), fig_start):
        if cue is not None and cue.start < cue.end and p0 <= cue.start and cue.end <= p1:
            return basis
        gap = text[p1:fig_start]
        if p1 <= fig_start and not regex.search(r"\d", gap) and CLAUSE_SCAN.search(text, p1, fig_start) is None \
                and count_words(gap) <= RATIO_GAP_WORDS:
            return basis
    return None


def figure_tail(text: str, end: int, limit: int) -> tuple[int, str | None]:
    """The end of a figure extended over a following "of (its) GDP", and that basis."""
    # bounded: the regex module scans ahead for the pattern's required words, so matching against the
    # whole rest of a huge sentence costs its length for every figure
    m = FIGURE_TAIL_SCAN.match(text, end, min(limit, end + TAIL_REACH))
    if not m:
        return end, None
    return m.end(), basis_name(m.group("basis"))


@functools.lru_cache(maxsize=1)
def _basis_cue_texts() -> frozenset:
    """The metric cues, as written in the lexicon, that are basis words ("GDP"): no lower() per hit."""
    return frozenset(e["cue"] for e in metric_cues().entries if e["cue"].lower() in BASIS_CUES)


@functools.lru_cache(maxsize=1)
def _marked_entries() -> frozenset:
    """The ids of the metric cue entries `sentence_cues` must look at again: a head, an after_figure cue, a basis word
    (the entries live as long as the cached lexicon)."""
    basis_cues = _basis_cue_texts()
    return frozenset(id(e) for e in metric_cues().entries
                     if e.get("head") or e.get("after_figure") or e["cue"] in basis_cues)


# the metrics of a state's own finances that firms, households and the private sector have too (spending, debt, a deficit, its
# servicing, borrowing): not taxes, tariffs or aid, whose "corporate tax" or "business rates" are a state's levy
PRIVATE_METRICS = frozenset({"public_spending", "public_debt", "external_debt", "fiscal_deficit", "debt_service", "CARRY"})
# an owner that is no state before such a word (private_owners.csv: "private sector debt", "household debt", "the company's
# foreign debt"); a figure or a plain modifier may stand between, no "and", "of" ... : "business and government spending" is
# not the firms' alone; a public owner of the file coordinated before it ("public and private debt principal") is caught by
# `public` and keeps the word a state's
@functools.cache
def _private_owner():
    """An owner that is no state (private_owners.csv, kind private), with at most five plain words, right before a cue; a
    public owner of the file (kind public, "sector" may follow it) and "and"/"or" before it is the group `public`."""
    rows = read_rows("private_owners.csv")
    private = phrases_alternation(r["form"] for r in rows if r["kind"] == "private").replace("'", "['’]")
    public = phrases_alternation(r["form"] for r in rows if r["kind"] == "public")
    return ascii_twin(regex.compile(r"\b(?P<public>(?:" + public + r")(?:[\s-]+sector)?\s+(?:and|or)\s+)?"
                                    r"(?:" + private + r")\s+"
                                    r"(?:(?!(?:and|or|of|to|by|the|in|on|from|for|with|but|while|as|than)\b)[\w.,$£€'’-]+\s+){0,5}$",
                                    regex.IGNORECASE))


PRIVATE_REACH = 80  # chars before the cue
PRIVATE_CUE = {"cue": "", "metric": "NONE", "weight": "0"}


@functools.cache
def _none_verbs() -> frozenset:
    """Market and company nouns that are also verbs (none_verbs.csv): after a modal or "to" the word is the verb, and names
    no company or market context ("Japan will share equally with the World Bank a 7.25 billion yen loan")."""
    return frozenset(r["word"].lower() for r in read_rows("none_verbs.csv"))


VERB_BEFORE = regex.compile(r"(?:\b(?:to|will|would|shall|should|could|can|may|might|must)|['’]ll)"
                            r"(?:\s+(?:also|not|\w+ly))?\s+$", regex.IGNORECASE)


@functools.cache
def _taxed_before():
    """A tax or levy word (levy_words.csv) and "on" right before a company or market word: "a levy on large companies that
    would raise 6.8 billion euros", "a windfall tax on energy firms", "a tax on share dealings" name a state's tax, no
    company's own figure."""
    words = [r["word"] for r in read_rows("levy_words.csv")]
    return ascii_twin(regex.compile(r"\b(?:" + phrases_alternation(words) + r")\s+on\s+(?:(?:the|all|its)\s+)?"
                                    r"(?:[\w-]+\s+){0,2}$", regex.IGNORECASE))


def _none_verb(text: str, hit: Hit, start: int) -> bool:
    """Whether a NONE cue names no company or market context: a noun-and-verb word (none_verbs.csv) used as the verb,
    right after a modal or "to", or a word a tax or levy falls on (levy_words.csv)."""
    if hit.entry["metric"] != "NONE":
        return False
    before = max(start, hit.start - 40)
    if text[hit.start:hit.end].lower() in _none_verbs() and VERB_BEFORE.search(text, before, hit.start) is not None:
        return True
    return _taxed_before().search(text, before, hit.start) is not None


def _private_owned(text: str, hits: list[Hit], start: int) -> list[Hit]:
    """The hits with each spending, debt or deficit word owned by a firm, households or the private sector read as a negative
    cue over owner and word ("9.5 billion dlrs of private sector debt": no state's figure, so no claim)."""
    out = None
    for k, h in enumerate(hits):
        if h.entry["metric"] not in PRIVATE_METRICS or (h.entry["metric"] == "CARRY" and "borrow" not in h.entry["cue"].lower()):
            continue
        m = _private_owner().search(text, max(start, h.start - PRIVATE_REACH), h.start)
        if m is None or m.group("public"):
            continue
        if out is None:
            out = list(hits)
        out[k] = Hit(h.start, h.end, {**PRIVATE_CUE, "cue": h.entry["cue"]})  # its own span: a figure may stand between
    return hits if out is None else out


def sentence_cues(text: str, start: int, end: int, figure_spans: list[tuple[int, int]]) -> list[Hit]:
    """Metric cues of a sentence, leaving out basis phrases and words inside figures, and reading a spending, debt or deficit
    word of a firm or the private sector as a negative cue (`_private_owned`)."""
    hits = list(metric_cues().finditer(text, start, end))
    if not hits:
        return hits
    hits = _private_owned(text, hits, start)
    if any(h.entry["metric"] == "NONE" for h in hits):
        hits = [h for h in hits if not _none_verb(text, h, start)]
    blocked = list(figure_spans)
    # most sentences hold none of the cues the three tests below look for (a head, an after_figure cue, a basis word):
    # one pass over the hits, not three
    if any(id(h.entry) in _marked_entries() for h in hits):
        if any(h.entry.get("head") for h in hits):
            hits = _drop_modifiers(text, hits)
        if any(h.entry.get("after_figure") for h in hits):
            hits = [h for h in hits if not h.entry.get("after_figure") or _right_after_figure(text, h, figure_spans)]
        basis_cues = _basis_cue_texts()
        if any(h.entry["cue"] in basis_cues for h in hits):  # only basis words can sit in "of its GDP"
            blocked += [(m.start("basis"), m.end()) for m in BASIS_PHRASE.finditer(text, start, end)]
            blocked += [span for span, _, _ in ratio_bases(text, start, end)]
    if len(blocked) < 8:
        # plain loops: the hot path of every sentence with a figure (a generator per hit cost more)
        kept = []
        for h in hits:
            for b0, b1 in blocked:
                if h.start < b1 and b0 < h.end:
                    break
            else:
                kept.append(h)
        return kept
    # many figures: bisect over the spans sorted by start, with the running maximum of their ends
    # (a sentence with thousands of figures and cues stays n log n instead of quadratic)
    ordered = sorted(blocked)
    starts = [b0 for b0, _ in ordered]
    reach = list(itertools.accumulate((b1 for _, b1 in ordered), max))
    return [h for h in hits if not ((i := bisect.bisect_left(starts, h.end)) and reach[i - 1] > h.start)]


# what may stand between a modifier and the noun it qualifies: spaces, a hyphen, a possessive
MODIFIER_GAP = regex.compile(r"(?:['’]s)?[\s-]{1,3}")


def _drop_modifiers(text: str, hits: list[Hit]) -> list[Hit]:
    """Leave out a cue that only qualifies a purchase noun right after it (a `head` cue).

    "a 164.2 mln dlr Navy contract", "a 51 pct rise in defense orders", "a military procurement contract": the
    spending or service word says whose purchase it is; the sum is a contract's or an order's (a firm's sale), not
    a budget's."""
    heads = [h for h in hits if h.entry.get("head")]
    kept = []
    for h in hits:
        if h.entry["metric"] not in ("NONE", "CARRY") and any(
                n.start >= h.end and MODIFIER_GAP.fullmatch(text, h.end, n.start) for n in heads):
            continue
        kept.append(h)
    return kept


# what may stand between a figure and a cue that sizes it as a move: spaces, a comma
AFTER_FIGURE_GAP = regex.compile(r"[\s,]{1,3}")


def _right_after_figure(text: str, hit: Hit, figure_spans: list[tuple[int, int]]) -> bool:
    """Whether a cue (`after_figure`) follows a figure of its sentence straight away.

    "Sterling rose 0.4% against the dollar": the figure is the currency's move. The same words away from a figure
    ("talks aimed at averting a rapid revaluation of the won against the dollar") size nothing, and so do not mark
    the sentence as a market's."""
    return any(b <= hit.start and AFTER_FIGURE_GAP.fullmatch(text, b, hit.start) for _, b in figure_spans)


def _cost(text: str, hit: Hit, fig_start: int, fig_end: int, figures: list[tuple[int, int]],
          index: "_SentenceIndex | None" = None) -> float | None:
    if hit.start >= fig_end and "(" in text[fig_end:fig_end + 3]:
        # "an extra $50bn (£26.69bn) a year in aid": a conversion in brackets goes with the figure, no distance to its noun
        conversion = CONVERSION.match(text, fig_end, hit.start)
        if conversion is not None:
            fig_end = conversion.end()
    if hit.end <= fig_start:
        gap_start, gap_end, window, cost = hit.end, fig_start, PRE_WINDOW, 0
    elif hit.start >= fig_end:
        gap_start, gap_end, window, cost = fig_end, hit.start, POST_WINDOW, POST_PENALTY
    else:
        return None
    if gap_end - gap_start > (window + 1) * GAP_CHARS_PER_WORD:
        return None  # too far for `window` words of prose: never scan a long gap (quadratic on huge sentences)
    if gap_start == fig_end and _names_next_figure(text, hit, figures) \
            and not (COMMA_NEXT.match(text, hit.end) and IN_OF_NOUN.fullmatch(text, gap_start, gap_end)):
        # "borrowing of 8.868 billion dlrs and estimated revenue of 1.385 billion": the noun is its own figure's (not in a list
        # of sums each with its "in" noun: "18 billion dlrs in new revenues, nine billion dlrs in military spending cuts")
        return None
    words = index.words(text, gap_start, gap_end) if index is not None else None
    gap = text[gap_start:gap_end]
    if words is None:
        words = count_words(gap)
    if gap_end == fig_start and "," in gap:
        # "Central government revenue, excluding proceeds from sales of government bonds, but including the carried over
        # current year budget surplus, will rise 6.6 pct to 419.24 billion", "The budget, financed by tax revenue, totals 52
        # billion dlrs": the asides listing parts or describing the noun are no distance
        words -= sum(count_words(m.group()) for m in ASIDE_SPAN.finditer(gap))
    if words > window:
        return None
    cost += words + int(hit.entry.get("weight") or 0)
    # searched one character past the gap, so that "as" before a figure ("tariffs of as much as 300 mln") sees it
    broken = CLAUSE_SCAN.search(text, gap_start, min(len(text), gap_end + 1)) is not None
    if gap_start == fig_end and _purpose().search(gap):
        # "cut by an average 7.7 percentage points in order to check inflation": what a measure is for is no metric of it
        return None
    if gap_start == fig_end and hit.entry["metric"] not in ("NONE", "CARRY") and _cause_before_cue().search(gap):
        # "output will increase by approximately two pct because of the long-run consequences of tax reform": a noun right
        # after a cause says what moved the figure, never what the figure measures
        return None
    if gap_start == fig_end and (hit.entry["metric"] == "CARRY" or hit.entry.get("contextual")) and MEANS.search(gap):
        # "100bn rupees to be spent on infrastructure will be sourced by borrowing": an anaphoric word ("borrowing"), or
        # one read by its context only, after a means says how the sum is paid for, never what it is
        return None
    if gap_start == fig_end and not broken and "," in gap and NEXT_SUBJECT_VERB.match(text, hit.end):
        # "defense spending to rise by 5.6 billion dlrs, domestic spending would be increased by 42.7 billion": a noun
        # after a comma with its own verb is the next clause's subject
        broken = True
    if gap_start == fig_end and broken:
        # "... to surpass the projected 28.7 billion rupees while defence spending ...": the next clause's subject governs
        # the figure only when nothing in its own clause does
        cost += 2 * BREAK_PENALTY
    elif broken or (gap_start == fig_end and (MEANS.search(gap) or SET_AGAINST.search(gap) or CAUSE_AFTER.search(gap))):
        # a new clause; or a means after the figure ("cut the deficit by 42 billion dlrs through increased revenues"), what it is
        # set against, or a cause of it ("7.1 billion stg, despite big rises in government spending")
        cost += BREAK_PENALTY
    elif cost and COORDINATION.search(gap):  # "... reduced by 2 billion euros and taxes must rise"
        cost += COORDINATION_PENALTY
    if hit.entry["cue"] in BUDGET_WORDS and _budget_as_place(text, hit):
        # "Spending on debt interest in the budget will reach 30 billion euros", "Debt servicing will cost the budget 55
        # billion euros": the budget a line sits in or is charged to is where the sum goes, not what it measures
        cost += BREAK_PENALTY
    if gap_end == fig_start and "," in gap and hit.entry["metric"] not in ("NONE", "CARRY") \
            and _inside_aside(text, hit, gap_start + gap.index(",")):
        # "Germany's defence budget, which includes aid to Ukraine, will rise to 86 billion euros": a cue inside an aside
        # that closes before the figure says nothing of the figure outside it
        cost += BREAK_PENALTY
    elif hit.entry.get("firm") and gap_end == fig_start and SPEAKER_VERB.search(gap):
        # "Kathleen Stephansen of ... Securities Corp, expects a 26.3 billion dlr February budget deficit": the firm is
        # who speaks, the noun the figure sizes is what it measures
        cost += BREAK_PENALTY
    if index is not None:
        cost += FIGURE_PENALTY * index.figures_within(gap_start, gap_end)
    else:
        cost += FIGURE_PENALTY * sum(1 for a, b in figures if a >= gap_start and b <= gap_end)
    if gap_start == fig_end:
        period = PERIOD_LEAD.match(gap)
        if period is not None:
            # a period straight after the figure says when, not what: "owed about $5bn this year in debt repayments", "will
            # spend 14 billion dlrs next year servicing its foreign debt" (its words are no distance to the noun)
            cost -= count_words(period.group())
            gap = gap[period.end():]
        if IN_OF_NOUN.fullmatch(gap) or (not gap.strip() and IN_OF_CUE.match(text, hit.start, hit.end)):
            # "19.5 billion dlrs in new taxes", "1,000 billion in tax cuts", "22 billion in revenue increases" (a cue holding
            # its "in"): the noun it measures
            cost -= IN_OF_BONUS
    return cost


# what opens an aside between commas that lists parts of a total ("which includes ...", "excluding ...", "of which"): the parts
# are not the total the sentence goes on to give (a plain relative clause, "the bill, which as written by the Appropriations
# Committee, would approve ...", may hold the figure's own noun)
# a participle opening an aside that describes the noun before it ("Oil revenues, slashed by some 40 pct in the original budget
# ..., were forecast to rise to 1.73 billion dinars", "Customs revenues, cut sharply in last year's budget, are projected to
# reach ..."): what the aside names (the budget the revenue was cut in) is no metric of the main clause's figure
PARTICIPLE_ASIDE = (r"(?:\w+ed|cut|set|hit|put|kept|held|left|made|spent|sold|lent|paid|led|fed|won|lost|brought|bought|sought|"
                    r"found|told|seen|shown|given|taken|written|driven|swollen|grown|risen|fallen|drawn|frozen|broken|known|done)\s+"
                    r"(?:by|in|from|at|for|under|with|over|after|since|during|\w+ly)\b")
ASIDE_OPENER = regex.compile(r",\s+(?:(?:but|and)\s+)?(?:(?:which|that)\s+(?:includes?|included|excludes?|excluded|contains?|covers?|"
                             r"comprises?)|excluding|including|not\s+including|of\s+which|apart\s+from|except(?:\s+for)?|"
                             + PARTICIPLE_ASIDE + r")\b[^,;]*$", regex.IGNORECASE)
ASIDE_REACH = 120  # chars back from a cue to its aside's opening
# an aside listing parts, closed by a comma ("..., excluding proceeds from sales of government bonds, but including ...,")
ASIDE_SPAN = regex.compile(r",\s+(?:(?:but|and)\s+)?(?:(?:which|that)\s+(?:includes?|included|excludes?|excluded)|excluding|including|"
                           r"not\s+including|apart\s+from|except(?:\s+for)?|" + PARTICIPLE_ASIDE + r")\b[^,;]*(?=,)", regex.IGNORECASE)


def _inside_aside(text: str, hit: Hit, closing: int) -> bool:
    """Whether a cue stands in an aside opened by a comma and a relative or qualifying word, closed by the comma at
    `closing` (no comma between the opening and the cue)."""
    return ASIDE_OPENER.search(text, max(0, hit.start - ASIDE_REACH), hit.start) is not None \
        and "," not in text[hit.end:closing]


# a bare budget named as a place or a payer: "in the budget", "under this year's budget", "from the federal budget", "will
# cost the budget" (two more words may stand before the noun: "in the 2026 federal budget")
BUDGET_PLACE = regex.compile(r"\b(?:in|under|into|from|within|cost|costs|costing)\s+(?:(?:the|its|their|this|next|(?-i:[A-Z])[\w.]*['’]s)\s+)?"
                             r"(?:(?:year['’]s|[\w-]+)\s+){0,2}$", regex.IGNORECASE)
PLACE_REACH = 50  # chars before the budget word


def _budget_as_place(text: str, hit: Hit) -> bool:
    """Whether a bare budget word is where a sum sits or who pays it, after "in", "under", "from", "cost" ..."""
    return BUDGET_PLACE.search(text, max(0, hit.start - PLACE_REACH), hit.start) is not None


# a noun followed by its own figure: "revenue of 1.385 billion", "spending at 27.4 billion", "revenue, 4.3 billion"
OWN_FIGURE = regex.compile(r"(?:\s+(?:of|at|was|were|is|totall?ing)|\s*[,:])?\s+(?:(?:about|around|some|roughly|nearly|almost|"
                           r"an\s+estimated|estimated|a|an)\s+)?", regex.IGNORECASE)
_last_starts: tuple = (None, frozenset())  # (figures list, kept alive: the set of its figures' starts)


def _names_next_figure(text: str, hit: Hit, figures: list[tuple[int, int]]) -> bool:
    """Whether a cue is followed straight away by a figure of its own (which it measures instead of an earlier one)."""
    global _last_starts
    m = OWN_FIGURE.match(text, hit.end, min(len(text), hit.end + 40))
    if m is None:
        return False
    seen = _last_starts
    if seen[0] is not figures:  # one set per sentence's figures: a lookup, not a scan, per cue
        seen = _last_starts = (figures, frozenset(a for a, _ in figures))
    return m.end() in seen[1]


COMMA_NEXT = regex.compile(r"\s*,")
# a figure's conversion into another currency in brackets: " ($1.2bn; £910m)", " (176 mln dlrs)"
CONVERSION = regex.compile(r"\s*\([^()]{1,40}\d[^()]{0,40}\)")
SHORT_LIST = 8  # a sentence with fewer metric cues than this is costed by plain loops (an index costs more)


class _SentenceIndex:
    """A sentence's metric cues, figure spans and words, sorted for bisecting (speed on huge sentences).

    governing_cue used to cost every cue of the sentence for each figure, each cost counting the words
    of its gap and every figure of the sentence: cubic in a sentence of thousands of "defence spending
    2%" (3,000 of them took minutes). With the index, a figure costs only the few cues next to it
    (`_governing_indexed`), and a gap's words and figures are counted by bisection.
    """

    def __init__(self, text: str, hits: list[Hit], figures: list[tuple[int, int]]):
        self.hits, self.figures = hits, figures  # kept alive: the cache below compares them by identity
        self.starts, self.ends = [h.start for h in hits], [h.end for h in hits]
        # hits come in text order without overlaps (CueSet.finditer); anything else is costed in full
        self.ordered = all(x <= y for x, y in zip(self.starts, self.starts[1:])) \
            and all(x <= y for x, y in zip(self.ends, self.ends[1:]))
        spans = sorted(figures)
        self.fig_starts, self.fig_ends = [x for x, _ in spans], [y for _, y in spans]
        # the words of the stretch holding every cue and figure, as count_words would find them there
        self.lo = min(self.starts[:1] + self.fig_starts[:1])
        self.hi = max(self.ends[-1:] + self.fig_ends)
        words = [m.span() for m in WORD.finditer(text, self.lo, self.hi)]
        self.word_starts, self.word_ends = [x for x, _ in words], [y for _, y in words]

    def figures_within(self, start: int, end: int) -> int:
        """How many figure spans lie inside [start, end]."""
        lo, hi = bisect.bisect_left(self.fig_starts, start), bisect.bisect_right(self.fig_starts, end)
        return sum(1 for k in range(lo, hi) if self.fig_ends[k] <= end)

    def words(self, text: str, start: int, end: int) -> int | None:
        """count_words(text[start:end]), or None when the index cannot tell.

        The words of the indexed stretch that lie inside [start, end) are exactly the words of the
        slice when no word of the stretch straddles either end (a word match depends only on the text
        it covers and the character after it)."""
        if start < self.lo or end > self.hi:
            return None
        ws, we = self.word_starts, self.word_ends
        for pos in (start, end):
            i = bisect.bisect_right(ws, pos) - 1
            if i >= 0 and ws[i] < pos < we[i]:
                return None  # a word cut by the gap's end: count the slice itself
        return max(0, bisect.bisect_right(we, end) - bisect.bisect_left(ws, start))


_last_index: tuple = (None, None)  # (hits list, its _SentenceIndex): one read, so threads cannot mix two


def _sentence_index(text: str, hits: list[Hit], figures: list[tuple[int, int]]) -> _SentenceIndex | None:
    """The index of a sentence's cues and figures (built once per hits list), None for a short list."""
    global _last_index
    if len(hits) < SHORT_LIST:
        return None
    seen = _last_index
    if seen[0] is not hits or seen[1].figures is not figures:
        seen = _last_index = (hits, _SentenceIndex(text, hits, figures))
    return seen[1]


def governing_cue(text: str, fig_start: int, fig_end: int, hits: list[Hit],
                  figures: list[tuple[int, int]]) -> Hit | None:
    """The metric cue that governs the figure (None when no cue is within reach)."""
    index = _sentence_index(text, hits, figures)
    if index is not None and index.ordered:
        return _governing_indexed(text, fig_start, fig_end, index)
    best, best_cost = None, None
    for hit in hits:
        cost = _cost(text, hit, fig_start, fig_end, figures)
        if cost is not None and (best_cost is None or cost < best_cost):
            best, best_cost = hit, cost
    return best


def _governing_indexed(text: str, fig_start: int, fig_end: int, index: _SentenceIndex) -> Hit | None:
    """governing_cue over a long sentence: the same cue, costing only the cues within reach.

    The cues before the figure are costed nearest first and the walk stops at the first one too far
    (in characters, or in words as the index counts them): every cue farther away has a longer gap
    holding at least those words, so `_cost` rules it out too. Likewise after the figure. The
    cheapest cue wins, ties going to the earliest, as in the plain loop."""
    hits, starts, ends = index.hits, index.starts, index.ends
    best = None  # (cost, position in hits, hit)
    before = bisect.bisect_right(ends, fig_start)  # hits[:before] end by the figure's start
    after = bisect.bisect_left(starts, fig_end, before)  # hits[after:] start at its end or later
    walks = ((range(before - 1, -1, -1), PRE_WINDOW), (range(after, len(hits)), POST_WINDOW))
    for order, window in walks:
        for k in order:
            hit = hits[k]
            gap_start, gap_end = (hit.end, fig_start) if k < before else (fig_end, hit.start)
            if gap_end - gap_start > (window + 1) * GAP_CHARS_PER_WORD:
                break
            words = index.words(text, gap_start, gap_end)
            if words is not None and words > window:
                break
            cost = _cost(text, hit, fig_start, fig_end, index.figures, index)
            if cost is not None and (best is None or (cost, k) < best[:2]):
                best = (cost, k, hit)
    return best[2] if best is not None else None


# "30% of federal revenue", "27 pct of export revenues", "60% of its annual budget": what a share is taken of (a
# possessor and two more words may stand between "of" and the noun); never across a basis or a conjunction ("the deficit
# narrowed to 3.2% of GDP while debt stood at 81.0%": a share of GDP, and "debt" opens the next clause)
_NO_LINK = r"(?!(?:and|or|but|while|whereas|GDP|GNP|GNI|NNI)\b)"
DENOMINATOR = regex.compile(r"\s+of\s+(?:" + _NO_LINK + r"(?:the|its|their|this|that|(?-i:[A-Z])[\w.]*['’]s?)\s+)?(?:" + _NO_LINK
                            + r"[\w-]+\s+){0,2}", regex.IGNORECASE)


def share_cue(text: str, fig_start: int, fig_end: int, hits: list[Hit], figures: list[tuple[int, int]],
              cue: Hit | None) -> Hit | None:
    """The cue governing a percent whose nearest cue is what it is a share of.

    "Interest payments are likely to absorb around 30% of federal revenue": "revenue" is the whole the
    share is taken of, not what the figure measures; the measure is the cue that governs once the whole is
    set aside. Kept only when that cue names a metric (a share of a budget no other cue speaks for stays
    the budget's: "cut 10% of the defence budget")."""
    if cue is None or cue.start < fig_end:
        return cue
    m = DENOMINATOR.match(text, fig_end, min(len(text), cue.start))
    if m is None or m.end() != cue.start:
        return cue
    rest = [h for h in hits if h is not cue]
    other = governing_cue(text, fig_start, fig_end, rest, figures)
    if other is None or other.entry["metric"] in ("NONE", "CARRY"):
        return cue
    return other


# a word for paying on a debt before a share of a state's foreign earnings: "limit repayments on its debt to 10 pct of its
# export earnings", "cut payments to 20 pct of exports"
SERVICE_WORD = regex.compile(r"\b(?:repay\w*|payments?|servic(?:e|es|ed|ing)|interest)\b", regex.IGNORECASE)
SERVICE_SHARE_REACH = 160  # chars before the share


def service_share(text: str, fig_start: int, fig_end: int, hits: list[Hit], lo: int) -> str | None:
    """The metric of a share of a state's foreign earnings paid on its debt (`debt_share` column of metric_cues.csv): a
    servicing word stands before the share in its clause ("its policy of limiting payments on its 14 billion dlr debt to
    10 pct of its export earnings": the debt-service ratio, not the debt)."""
    whole = next((h for h in hits if h.entry.get("debt_share") and fig_end < h.start <= fig_end + 60
                  and DENOMINATOR.fullmatch(text, fig_end, h.start)), None)
    if whole is None:
        return None
    start = max(lo, fig_start - SERVICE_SHARE_REACH)
    paid = last_match(SERVICE_WORD, text, start, fig_start)  # the last servicing word before the share
    if paid is None or CLAUSE_SCAN.search(text, paid.end(), fig_start) is not None:
        return None
    return whole.entry["debt_share"]


def weak_whole(cue: Hit | None) -> bool:
    """Whether a cue is a weak budget or spending word ("budget", "spending"), which a sum may be taken out of."""
    return cue is not None and cue.entry["metric"] == "public_spending" and bool(cue.entry.get("resolves"))


# a sentence opening on an aside that lists parts ("Including the special funds for the armed forces, borrowing will total
# about 174 billion euros"): its words say what the total holds, not what the total is
OPENING_ASIDE = regex.compile(r"[\"“'‘]?\s*(?:including|excluding|not\s+including|apart\s+from|except\s+for|besides|on\s+top\s+of)\b"
                              r"[^,;\d]{0,160},", regex.IGNORECASE)


def outside_opening_aside(text: str, start: int, end: int, hits: list[Hit]) -> tuple[int, list[Hit]] | None:
    """(the end of a sentence's opening aside, the cues outside it), or None when the sentence opens on no aside."""
    m = OPENING_ASIDE.match(text, start, end)
    if m is None:
        return None
    return m.end(), [h for h in hits if h.start >= m.end() or h.start == h.end]  # a stand-in for the topic stays


# "for servicing the government's domestic and foreign debt", "service on the foreign debt", "to service debts",
# "Payment on the principal of government debts": the debt a servicing word takes as its object is paid on, not owed (no
# figure between them: "interest payments on Brazil's 68 billion dlr commercial debt" measures the debt); a bare
# "payments" only with "on" ("balance of payments and foreign debt" is two things)
SERVICE_BEFORE = regex.compile(r"\b(?:(?:servic(?:e|es|ed|ing)|repay(?:s|ing)?|repayments?|interest(?:\s+payments?)?)\s+(?:on\s+|of\s+)?|"
                               # "interest and principal on its foreign debt", "principal payments on the debt"
                               r"(?:interest\s+and\s+principal|principal\s+and\s+interest|principal)(?:\s+(?:re)?payments?)?\s+(?:on|of)\s+|"
                               r"payments?\s+on\s+(?:the\s+)?(?:principal\s+(?:of|on)\s+)?)"
                               r"(?:(?:the|its|their|his|her|our|(?-i:[A-Z])[\w.]*['’]s?|government['’]s|country['’]s|state['’]s|"
                               r"government|domestic|foreign|external|public|total|and|outstanding)\s+){0,4}$", regex.IGNORECASE)
SERVICE_REACH = 80  # chars before the debt word
# a servicing head noun right after a debt word: "foreign debt payments", "external debt service", "public debt interest", "the
# government's debt repayments" (the longer debt cue, "foreign debt", would otherwise swallow the "debt" of "debt payments")
SERVICE_AFTER = regex.compile(r"[\s-]+(?:service|servicing|payments?|repayments?|interest(?:\s+payments?)?|charges)\b", regex.IGNORECASE)


def serviced_debts(text: str, hits: list[Hit], lo: int) -> list[Hit]:
    """The sentence's cues, a debt cue that a servicing word takes as its object read with that word as one debt-service
    cue ("12 billion rand for interest on government debt", "14 billion dlrs servicing its foreign debt"): the sum is
    paid on the debt, so the nearer budget or spending word beside it says only where the money comes from."""
    if not any(h.entry["metric"] in ("external_debt", "public_debt") for h in hits):
        return hits
    merged = []
    for h in hits:
        if h.entry["metric"] not in ("external_debt", "public_debt"):
            continue
        m = SERVICE_BEFORE.search(text, max(lo, h.start - SERVICE_REACH), h.start)
        if m is not None and m.start() < h.start and SIZED_STOCK.match(text, h.end) is not None:
            # "to continue paying all interest on its total foreign debt of 23 billion dlrs": the sum after "of" sizes the
            # debt serviced, the stock, not what is paid on it
            m = None
        if m is not None and m.start() < h.start:
            # the debt word's own weight stays: a bare "debt" a company repays ("1.7 mln to repay debt incurred in its
            # acquisition") is as weak as before, a firm's sentence still makes no claim of it
            merged.append(Hit(m.start(), h.end, {**h.entry, "metric": "debt_service", "resolves": "",
                                                 "cue": text[m.start():h.end]}))
            continue
        m = SERVICE_AFTER.match(text, h.end)
        if m is not None:
            merged.append(Hit(h.start, m.end(), {**h.entry, "metric": "debt_service", "resolves": "",
                                                 "cue": text[h.start:m.end()]}))
    if not merged:
        return hits
    kept = [h for h in hits if all(h.end <= x.start or h.start >= x.end for x in merged)]
    return sorted(kept + merged, key=lambda h: h.start)


# a debt word followed by "of" and its figure ("foreign debt of 23 billion dlrs", "debt of some $5bn")
SIZED_STOCK = regex.compile(r"\s+of\s+(?:(?:about|around|some|roughly|nearly|almost|over|more\s+than|an\s+estimated)\s+)?"
                            r"(?:[$£€]|\d|(?:one|two|three|four|five|six|seven|eight|nine|ten|twelve|twenty)\b)", regex.IGNORECASE)


def serviced_debt(text: str, cue: Hit | None, lo: int) -> bool:
    """Whether a debt cue is the object of a servicing word before it ("servicing the government's foreign debt")."""
    if cue is None or cue.entry["metric"] not in ("external_debt", "public_debt") or SIZED_STOCK.match(text, cue.end) is not None:
        return False  # ("paying all interest on its total foreign debt of 23 billion dlrs": the stock sized)
    return SERVICE_BEFORE.search(text, max(lo, cue.start - SERVICE_REACH), cue.start) is not None


def metric_of(hit: Hit | None, hits: list[Hit] = (), topics=(), figure: tuple[int, int] | None = None,
              figures: list[tuple[int, int]] = (), text: str | None = None) -> str | None:
    """The metric a governing cue names (None for no cue or a negative cue).

    A weak word with a `resolves` list ("budget", "deficit", "the surplus") stands for the nearest
    cue of its sentence that names one of those metrics outright, else for the article's topic
    among them. Given the figure it governs and the sentence's figures, a cue after the weak word with
    another figure in between, governing that figure, is its own, not the weak word's (`_owned_by_other_figure`).
    """
    if hit is None:
        return None
    metric = hit.entry["metric"]
    if metric == "NONE":
        return None
    resolves = hit.entry.get("resolves") or ""
    if resolves and metric != "CARRY" and text is not None and figure is not None and _is_whole(text, hit, figure, figures):
        return metric  # "defence expenditure was 20 pct of the national budget of 70 billion": the whole is no part's
    if metric == "CARRY" and resolves == "*" and text is not None:
        subject = _clause_subject(text, hit, hits) or _subject_before_relative(text, hit, hits)
        if subject is not None:  # "revenue will reach 647.2 billion": what reaches it is the clause's own noun
            return metric_of(subject, [h for h in hits if h is not hit], topics, figure, figures, text)
    if resolves:
        names = resolves.split("|")
        if hit.entry["cue"] in BUDGET_WORDS and figure is not None and text is not None and _sized_budget(text, hit, figure):
            # "an annual budget of about 36 billion Ecus ... an expected shortfall of five billion", "a 25 billion dlr state
            # budget": a budget the figure sizes is its total, never the balance a deficit word beside it names
            names = [n for n in names if n.lstrip("~") not in BALANCES]
        allowed = None if resolves == "*" else {n.lstrip("~") for n in names}
        from_topic = None if resolves == "*" else {n for n in names if not n.startswith("~")}
        if hit.entry.get("contextual") and metric != "CARRY":
            # a word its context has read ("Borrowing figures for 2003/4 are £35bn" in a budget sentence: the deficit) takes
            # another metric from its own sentence only, not from the story's latest claim (a debt figure just before)
            from_topic = set()
        # any cue of its sentence that names one of those metrics outright ("spending 2% of GDP on defence")
        nearest = _nearest_specific(hit, hits, resolves, allowed)
        if nearest is not None and text is not None and (
                _owned_by_other_figure(text, hit, nearest, hits, figure, figures)
                or _compared_beyond(text, nearest, figure)
                or (metric == "CARRY" and _pays_for(text, hit, nearest, hits, figure, figures))
                or _aimed_at(text, hit, nearest)):
            # "The increase, from about 2.3% today, will be paid for by cutting overseas development aid from 0.5% to 0.3%":
            # what pays for it, with figures of its own, is not what "the increase" is
            nearest = None
        if nearest is None:
            nearest = _sentence_only_word(hit, hits, names)
            if nearest is not None and text is not None \
                    and (_owned_by_other_figure(text, hit, nearest, hits, figure, figures)
                         or (metric in DEBT_STOCKS and _governs_other_figure(text, nearest, hits, figure, figures))):
                # "an 18.3 trillion yen budget ..., funded by 11.7 trillion yen in new government bonds"; "the deficit
                # narrowed to 3.2% of GDP while debt stood at 81.0%": a debt is a stock, and a deficit word measuring a
                # figure of its own is the flow beside it (a bare "budget" beside a deficit figure is the same balance:
                # "projected a deficit of 78.3 billion in its first budget, more than double the 36.3 billion")
                nearest = None
        if nearest is not None:
            return nearest.entry["metric"]
        stock = _stock_beside_flow(text, hit, hits, figure, figures) if metric in DEBT_STOCKS else None
        if stock is not None:
            return stock
        if metric == "CARRY":
            # an anaphoric word ("to reach", "the target") in a sentence naming its metric with a weak word of its own
            # ("France's deficit is forecast to reach 5.4%"): that word, resolved in turn
            own = [h for h in hits if h is not hit and h.entry["metric"] not in ("NONE", "CARRY")
                   and not (text is not None and (_pays_for(text, hit, h, hits, figure, figures) or _aimed_at(text, hit, h)))]
            if own:
                return metric_of(min(own, key=lambda h: abs(h.start - hit.start)), [h for h in hits if h is not hit], topics)
        if hit.entry.get("balance") and metric == "fiscal_deficit" and text is not None \
                and GOVERNMENT_BALANCE.search(text, max(0, hit.start - GOVERNMENT_REACH), hit.start):
            # "The central government ran a deficit of 150 billion lira", "the government's deficit": a government's own
            # balance is its budget's, whatever the story's latest topic (a current account is a country's)
            return metric
        if hit.entry.get("balance") and metric == "fiscal_deficit" and _budget_sentence(hit, hits):
            # "revenues for 1986/87 were cut 38.6 pct and spending 11 pct, doubling the nominal deficit to 1.33 billion dinars":
            # a bare balance word in a sentence on a budget's own totals is the budget's, whatever the story's latest topic
            return metric
        # the article's latest topic among them (its claims so far, its headline), unless marked "~"
        # (sentence only: a bare "budget" is not the deficit)
        if isinstance(topics, str):
            topics = [topics]
        for topic in reversed(topics or ()):
            if topic and (from_topic is None or topic in from_topic):
                return topic
        stock = _stock_of_sentence(hit, hits) if metric in DEBT_STOCKS else None
        if stock is not None:
            return stock
        if metric in DEBT_STOCKS:
            # no debt in the story yet: a bare debt in a story on a budget deficit is the public debt it adds to ("France's
            # deficit ... The debt keeps rising"), in one on the current account the foreign debt
            for topic in reversed(topics or ()):
                if topic in STOCK_OF_STORY:
                    return STOCK_OF_STORY[topic]
    return None if metric == "CARRY" else metric


# what a figure is set against: "a deficit of 2.3 billion dlrs in 1988, compared with a current account gap of 4 billion"
COMPARED_WITH = regex.compile(r"\b(?:compared\s+(?:with|to)|as\s+against|against|versus|unlike)\b", regex.IGNORECASE)


def _compared_beyond(text: str, specific: Hit, figure: tuple[int, int] | None) -> bool:
    """Whether a specific cue after the figure stands beyond a comparison or a clause break: it names what the figure is set
    against ("a deficit of 2.3 billion dlrs, compared with a current account gap of 4 billion"), not what a weak word
    before the figure is."""
    if figure is None or specific.start < figure[1]:
        return False
    return COMPARED_WITH.search(text, figure[1], specific.start) is not None \
        or CLAUSE_SCAN.search(text, figure[1], specific.start) is not None


def _owned_by_other_figure(text: str, hit: Hit, specific: Hit, hits: list[Hit], figure: tuple[int, int],
                           figures: list[tuple[int, int]]) -> bool:
    """Whether a specific cue after a weak word is the governing cue of another figure between the two.

    "about 1.26% of ..., up from roughly 1.13% in the current budget, and would set aside 131 billion euros for
    defence": "defence" says what the 131 billion is for, not what the budget is. Still the weak word's when the
    figure in between is its own ("spending 2% of GDP on defence") or a restatement governed by another word
    ("earmarks 59.8 billion baht, or 24.6 pct of total expenditure, for servicing the ... debt")."""
    # only after the weak word: a specific cue before it governing a figure in between states what the sentence is about
    # ("government debt should be under 40% - in contrast to the 60% allowed under the growth and stability pact")
    if specific.start < hit.end or figure is None:
        return False
    return any(a >= hit.end and b <= specific.start and not (a >= figure[0] and b <= figure[1])
               and governing_cue(text, a, b, hits, figures) is specific
               for a, b in figures)


# the debt a balance adds to: a budget deficit measured beside a bare "debt" makes it the public debt ("keep deficits below
# 3% of GDP and debt below 60%"), a current-account deficit the foreign debt; in a story on a state's budget (its spending,
# its taxes) the debt is the state's own
STOCK_OF_FLOW = {"fiscal_deficit": "public_debt", "current_account": "external_debt"}
STOCK_OF_STORY = {**STOCK_OF_FLOW, "public_spending": "public_debt", "tax_revenue": "public_debt"}


def _stock_beside_flow(text: str | None, hit: Hit, hits: list[Hit], figure: tuple[int, int] | None,
                       figures: list[tuple[int, int]]) -> str | None:
    """The debt stock a bare debt word is, from the one balance its sentence measures by another figure, if any."""
    if text is None or figure is None:
        return None
    stocks = {STOCK_OF_FLOW[h.entry["metric"]] for h in hits
              if h is not hit and h.entry["metric"] in STOCK_OF_FLOW and _governs_other_figure(text, h, hits, figure, figures)}
    return stocks.pop() if len(stocks) == 1 else None


# a government as the owner of a bare balance word, or as the subject of running, posting or targeting it
GOVERNMENT_BALANCE = regex.compile(r"\b(?:government|treasury)(?:['’]s\s+(?:[\w-]+\s+)?|\s+(?:ran|runs|run|running|posted|posts|"
                                   r"targets?|targeted|aims?\s+(?:for|at)|recorded|records)\s+(?:(?:an?|its|the)\s+)?(?:[\w-]+\s+)?)$",
                                   regex.IGNORECASE)
GOVERNMENT_REACH = 60  # chars before the balance word


def _budget_sentence(hit: Hit, hits: list[Hit]) -> bool:
    """Whether a sentence names a budget's own totals (its spending or its revenue, in words read so by context too) beside a
    balance word, and no other balance of its own (trade, payments, the current account)."""
    # (a bare "budget" is no total: "below the Treasury forecast issued with the 1986/87 Budget papers" is a document)
    return any(h is not hit and h.entry["metric"] in ("public_spending", "tax_revenue", "defense_spending")
               and h.entry["cue"].lower() not in BUDGET_WORDS
               for h in hits) \
        and not any(h is not hit and h.entry["metric"] in ("current_account", "other") for h in hits)


def _stock_of_sentence(hit: Hit, hits: list[Hit]) -> str | None:
    """The debt stock a bare debt word is, from the state's finances its own sentence names (a budget, its spending, its
    taxes, its deficit) when the story has named no debt: "Italy's budget targets debt of 135% of GDP" is the public debt
    (one reading only: a current account beside a budget leaves it open)."""
    stocks = {STOCK_OF_STORY[h.entry["metric"]] for h in hits
              if h is not hit and h.entry["metric"] in STOCK_OF_STORY and not h.entry.get("contextual")}
    return stocks.pop() if len(stocks) == 1 else None


# a purpose after a weak word: "a $2.5 trillion package aimed at curbing the giant US budget deficit" (the package is spending,
# the deficit what it is for)
# (and what a sum makes good: "received 155 mln ECUs mainly to compensate for a fall in its peanut export earnings", "to make up
# for a drop in coffee and cocoa export earnings")
@functools.cache
def _purpose():
    """A purpose marker (purpose_phrases.csv, or "to compensate" with at most one word before "for")."""
    phrases = [r["phrase"] for r in read_rows("purpose_phrases.csv")]
    return ascii_twin(regex.compile(r"\b(?:" + phrases_alternation(phrases) + r"|to\s+compensate(?:\s+\w+)?\s+for)\b",
                                    regex.IGNORECASE))


def _aimed_at(text: str, hit: Hit, other: Hit) -> bool:
    """Whether a later cue stands beyond a purpose marker after a weak word (what the weak word's thing is for)."""
    return other.start >= hit.end and _purpose().search(text, hit.end, other.start) is not None


def _pays_for(text: str, hit: Hit, other: Hit, hits: list[Hit], figure, figures) -> bool:
    """Whether a later cue, beyond a means or a clause break and measuring figures of its own, is something else than what an
    anaphoric word stands for."""
    return _beyond_means(text, hit, other) and _governs_other_figure(text, other, hits, figure, figures)


def _beyond_means(text: str, hit: Hit, other: Hit) -> bool:
    """Whether a means ("paid for by", "financed by") or a clause break stands between a cue and a later one."""
    if other.start < hit.end:
        return False
    return MEANS.search(text, hit.end, other.start) is not None or CLAUSE_BREAK.search(text, hit.end, other.start) is not None


def _governs_other_figure(text: str, cue: Hit, hits: list[Hit], figure: tuple[int, int] | None,
                          figures: list[tuple[int, int]]) -> bool:
    """Whether a cue is the governing cue of a figure of its sentence other than `figure`."""
    if figure is None or len(figures) > SHORT_LIST:
        return False  # a long list of figures (tables): no look-up per pair of figures
    return any(not (a >= figure[0] and b <= figure[1]) and governing_cue(text, a, b, hits, figures) is cue
               for a, b in figures)


# per kind ("figures", "cues"): (list kept alive, its items sorted by end, their ends): one sort per sentence's list
_last_ends: dict = {}


def _by_end(kind: str, items: list, end) -> tuple[list, list]:
    """A sentence's figures or cues sorted by their end, for bisecting (built once per list: no scan per figure)."""
    seen = _last_ends.get(kind)
    if seen is None or seen[0] is not items:
        ordered = sorted(items, key=end)
        seen = _last_ends[kind] = (items, ordered, [end(x) for x in ordered])
    return seen[1], seen[2]


BALANCES = frozenset({"fiscal_deficit"})
# a figure right before a budget word that it sizes: "a 25 billion dollar state budget", "the 1.7 trillion euro draft budget"
SIZED_BEFORE = regex.compile(r"[\s-]+(?:(?:annual|state|federal|national|government|draft|new|total|overall|proposed|fiscal|"
                             r"\d{4}(?:[/-]\d{2,4})?)[\s-]+){0,2}", regex.IGNORECASE)


def _sized_budget(text: str, hit: Hit, figure: tuple[int, int]) -> bool:
    """Whether a budget word names the figure as its own size: "a budget of 70 billion", "a 70 billion budget"."""
    if figure[1] <= hit.start:
        m = SIZED_BEFORE.match(text, figure[1], hit.start)
        return m is not None and m.end() == hit.start
    m = OWN_FIGURE.match(text, hit.end, min(len(text), hit.end + 40))
    return m is not None and m.end() == figure[0]


def _is_whole(text: str, hit: Hit, figure: tuple[int, int], figures: list[tuple[int, int]]) -> bool:
    """Whether a weak word is the whole another figure of its sentence is a share of ("20 pct of the national 1987 budget
    of 70 billion rupees"): that budget is the total, whatever the share's own metric."""
    ordered, ends = _by_end("figures", figures, lambda f: f[1])
    for k in range(bisect.bisect_left(ends, hit.start - SUBJECT_REACH), bisect.bisect_right(ends, hit.start)):
        a, b = ordered[k]
        if not (a >= figure[0] and b <= figure[1]):
            m = DENOMINATOR.match(text, b, hit.start)
            if m is not None and m.end() == hit.start:
                return True
    return False


SUBJECT_REACH = 40  # chars between an anaphoric verb and its clause's noun ("revenue will reach", "debt is expected to reach")


def _clause_subject(text: str, hit: Hit, hits: list[Hit]) -> Hit | None:
    """The metric word just before an anaphoric verb in its own clause ("while revenue will reach 647.2 billion"), if any."""
    ordered, ends = _by_end("cues", hits, lambda h: h.end)
    # (a budget named as a place, "Spending on debt interest in the budget will reach", is no subject)
    before = [ordered[k] for k in range(bisect.bisect_left(ends, hit.start - SUBJECT_REACH), bisect.bisect_right(ends, hit.start))
              if ordered[k].entry["metric"] not in ("NONE", "CARRY")
              and not (ordered[k].entry["cue"] in BUDGET_WORDS and _budget_as_place(text, ordered[k]))]
    if not before:
        return None
    subject = before[-1]
    if MEANS_BEFORE.search(text, max(0, subject.start - MEANS_REACH), subject.start):
        # "Defence spending will be financed by debt and reach 3.5% of GDP": a means is no subject; the clause's subject is
        # the word before it, when its own gap holds no figure or other clause
        earlier = [h for h in ordered if h.end <= subject.start and h.entry["metric"] not in ("NONE", "CARRY")]
        if not earlier or subject.start - earlier[-1].end > SUBJECT_REACH:
            return None
        subject = earlier[-1]
    gap = text[subject.end:hit.start]
    if CLAUSE_BREAK.search(gap) or regex.search(r"\d|,", gap):
        return None  # another clause, or a figure of its own in between
    return subject


# a relative clause between a subject and its anaphoric verb: "The budget deficit, which spending cuts of 3 billion euros
# would reduce, is expected to reach 11 billion euros"
RELATIVE_BEFORE = regex.compile(r",\s+(?:(?:which|that|who)\b|" + PARTICIPLE_ASIDE + r")[^,;]{0,120},\s+(?:[\w'’-]+\s+){0,4}$",
                                 regex.IGNORECASE)
RELATIVE_REACH = 200  # chars back from the verb


def _subject_before_relative(text: str, hit: Hit, hits: list[Hit]) -> Hit | None:
    """The metric word right before a relative clause that an anaphoric verb follows, if any: the clause's own cues (its
    figures' nouns) say nothing of what the verb's subject is."""
    m = RELATIVE_BEFORE.search(text, max(0, hit.start - RELATIVE_REACH), hit.start)
    if m is None:
        return None
    opening = m.start()
    before = [h for h in hits if h.end <= opening and h.entry["metric"] not in ("NONE", "CARRY")]
    if not before:
        return None
    subject = max(before, key=lambda h: h.end)
    gap = text[subject.end:opening]
    if opening - subject.end > SUBJECT_REACH or CLAUSE_BREAK.search(gap) or regex.search(r"\d|,", gap):
        return None
    return subject


def _sentence_only_word(hit: Hit, hits: list[Hit], names: list[str]) -> Hit | None:
    """The nearest word of the sentence naming, by its own default, a metric the weak word takes from its sentence only.

    "~fiscal_deficit" of "budget": a bare budget is no deficit, but "its list of deficit rule breakers ... to bring their
    budgets below 3%" says which balance it is, though "deficit" is itself a weak word."""
    only = {n[1:] for n in names if n.startswith("~")}
    near = [h for h in hits if h is not hit and h.entry["metric"] in only and int(h.entry.get("weight") or 0) <= 1
            and not h.entry.get("contextual")]
    return min(near, key=lambda h: abs(h.start - hit.start)) if near else None


def _is_specific(h: Hit, allowed, balance: bool = False) -> bool:
    # the weakest words ("exports", "imports", "the rise") name no metric for another word to take: "the 1987 deficit will
    # exceed one billion dlrs, because a spurt in exports is expected to slow" is the current account's, not "other"
    # a weak balance word takes an unscored metric only from a balance ("the trade surplus"), not from an interest rate or
    # reserves beside it (`balance` column of metric_cues.csv)
    return not h.entry.get("resolves") and not h.entry.get("contextual") and h.entry["metric"] not in ("NONE", "CARRY") \
        and int(h.entry.get("weight") or 0) < 3 \
        and (allowed is None or h.entry["metric"] in allowed) \
        and not (balance and h.entry["metric"] in UNSCORED and not h.entry.get("balance"))


_last_specific: tuple = (None, {})  # (hits list, kept alive; {(resolves, balance): starts and hits of its specific cues})


def _nearest_specific(hit: Hit, hits: list[Hit], resolves: str, allowed) -> Hit | None:
    """The cue of `hits` nearest `hit` (the earlier on a tie) naming one of the `allowed` metrics outright."""
    global _last_specific
    balance = bool(hit.entry.get("balance"))
    if len(hits) < SHORT_LIST:
        specific = [h for h in hits if h is not hit and _is_specific(h, allowed, balance)]
        return min(specific, key=lambda h: abs(h.start - hit.start)) if specific else None
    # a long sentence: its specific cues listed once per `resolves` and bisected (a weak word beside
    # each of thousands of figures scanned every cue of the sentence for each: quadratic)
    seen = _last_specific
    if seen[0] is not hits:
        seen = _last_specific = (hits, {})
    found = seen[1].get((resolves, balance))
    if found is None:
        specific = [h for h in hits if _is_specific(h, allowed, balance)]  # `hit` has `resolves`: never among them
        ordered = all(a.start < b.start for a, b in zip(specific, specific[1:]))
        found = seen[1][(resolves, balance)] = ([h.start for h in specific] if ordered else None, specific)
    starts, specific = found
    if starts is None:
        return min(specific, key=lambda h: abs(h.start - hit.start)) if specific else None
    i = bisect.bisect_left(starts, hit.start)
    near = [specific[k] for k in (i - 1, i) if 0 <= k < len(specific)]
    return min(near, key=lambda h: abs(h.start - hit.start)) if near else None  # min keeps the earlier on ties


def in_topic(hits: list[Hit], topic: str | None, public: bool = False) -> list[Hit]:
    """The sentence's cues, company words that states use too ("revenues") read as the metric they name in an article
    on a state's finances (its latest claim's metric is one): "The Treasury said revenues totalled 64,151 billion lire";
    or in a sentence that is itself about one (`own_finances`): "a budget ... financed by estimated revenue of 1.385
    billion"; or, `public`, in a sentence the caller found to speak of a government's own ("The Government forecasts that
    oil revenues will fall")."""
    if not any(h.entry.get("in_topic") for h in hits):
        return hits
    if topic not in STATE_FINANCES and not public and not own_finances(hits):
        return hits
    # read so by its context only, the word names no metric outright for a weak word of its sentence to take ("an increase
    # of 18 pct" of "the budget ... financed by ... revenue" is the budget's)
    return [Hit(h.start, h.end, {**h.entry, "metric": h.entry["in_topic"], "contextual": "1"}) if h.entry.get("in_topic") else h
            for h in hits]


STATE_FINANCES = frozenset({"fiscal_deficit", "public_spending", "tax_revenue", "public_debt", "debt_service"})
DEBT_STOCKS = frozenset({"external_debt", "public_debt"})


def own_finances(hits: list[Hit]) -> bool:
    """Whether a sentence speaks of a state's finances by its own words: a budget, deficit, tax or spending cue, and no
    company, market or poll word besides the ambiguous ones ("a budget for 1987 which foresees a deficit of 9.4 billion
    ringgit ... and revenue at 18 billion"; not "the company's budget ... revenues rose 5%", where "company" is one)."""
    return any(h.entry["metric"] in STATE_FINANCES for h in hits) \
        and not any(h.entry["metric"] == "NONE" and not h.entry.get("in_topic") for h in hits)


def title_topic(title: str | None) -> str | None:
    """The metric a headline names ("JAPAN DEFENCE BUDGET ..."), if any; none for a company's headline ("MOBIL <MOB> WILL
    NOT INCREASE BUDGET": its budget is the firm's)."""
    if not title or _company_title().search(title):
        return None
    # a headline's words are its topic, weak ones too ("BUDGET"); a scored metric before an unscored one
    # ("SEAGA PRESENTS GROWTH BUDGET": a budget that is to bring growth is a budget story)
    # the most specific scored word first ("Lecornu bets on savings to cut France's deficit" is a deficit story)
    found = list(metric_cues().finditer(title))
    hits = [hit for hit in found if hit.entry["metric"] not in ("NONE", "CARRY")]
    scored = [hit for hit in hits if hit.entry["metric"] in SCORED]
    if scored:
        return min(scored, key=lambda h: int(h.entry.get("weight") or 0)).entry["metric"]
    if hits:
        return hits[0].entry["metric"]
    # a headline on a context with a balance of its own and no metric ("U.K. MONEY MARKET SHORTAGE FORECAST REVISED"): the
    # story is that balance, so a later bare "the shortfall" or "its deficit forecast" is no budget's
    story = [hit for hit in found if hit.entry.get("story")]
    return story[0].entry["story"] if story else None


@functools.cache
def _company_title():
    """A stock ticker in angle brackets ("PEARSON PLC <PSON.L>") or a company's legal form (company_forms.csv, the forms
    marked `headline`, in upper case) in a capitalised headline."""
    forms = sorted(dict.fromkeys(r["form"].upper() for r in read_rows("company_forms.csv") if r["headline"] == "yes"),
                   key=len, reverse=True)
    return ascii_twin(regex.compile(r"<[A-Z][A-Z0-9.]*>|\b(?:" + "|".join(regex.escape(f) for f in forms) + r")\b(?![-‐])"))


def off_policy_title(title: str | None) -> bool:
    """Whether a headline names a company, market or private context and no metric ("U.S. CONSTRUCTION SPENDING ROSE 0.4
    PCT", "ACME RAISES DIVIDEND"): the story is that context's, so a weak word of it ("spending fell 1.3 pct") is no
    state's figure until a specific cue has made a policy claim, whatever public body reports the statistic."""
    if not title:
        return False
    if _company_title().search(title):
        return True  # a wire headline's ticker or a company's legal form: "NIPSCO <NI> OUTLAYS TO BE INTERNAL FUNDS"
    found = list(metric_cues().finditer(title))
    # (a specific word only: "price", "yields" or "stand firm" in a headline is no sure sign of a company or market story)
    return any(h.entry["metric"] == "NONE" and not h.entry.get("in_topic") and not int(h.entry.get("weight") or 0)
               for h in found) \
        and not any(h.entry["metric"] not in ("NONE", "CARRY") for h in found)


def carried_cue(pos: int) -> Hit:
    """A stand-in cue for a sentence that continues the previous one's topic (metric CARRY)."""
    return Hit(pos, pos, {"cue": "", "metric": "CARRY", "weight": "3", "resolves": "*"})


# a figure's own noun straight after it: "a 12 billion dlr government deficit", "11.7 trillion yen in new government bonds"
OWN_NOUN_GAP = regex.compile(r"\s*(?:(?:in|of)\s+(?:new\s+|the\s+)?)?")


def own_noun(text: str, fig_start: int, fig_end: int, cue: Hit | None) -> bool:
    """Whether a figure's governing cue is a specific noun standing right after it, or right before it with its "of"
    ("faster than economic growth of 1%")."""
    if cue is None or cue.entry["metric"] in ("NONE", "CARRY") or cue.entry.get("resolves") \
            or int(cue.entry.get("weight") or 0) > 1:
        return False
    if cue.end <= fig_start:  # a noun with its "of" names its figure, a single word too ("the economy's growth of 1.1%")
        m = OWN_FIGURE.match(text, cue.end, fig_start)
        return m is not None and m.end() == fig_start
    # after the figure a compound ("government deficit"); a single word ("after a 1.1 billion shortfall") restates the
    # figure compared
    if int(cue.entry.get("weight") or 0) > 0 or " " not in cue.entry["cue"]:
        return False
    m = OWN_NOUN_GAP.match(text, fig_end, cue.start)
    return m is not None and m.end() == cue.start


def names_budget_total(hits: list[Hit]) -> bool:
    """Whether a sentence names a budget's total by its own words: a weak budget word and another weak word of spending
    ("a 2026 budget ... that foresees spending of 520.5 billion euros"), and no word naming a part of it (defence, aid)."""
    weak = {h.entry["cue"].lower() for h in hits if h.entry["metric"] == "public_spending" and h.entry.get("resolves")}
    if not (weak & BUDGET_WORDS) or len(weak) < 2:
        return False
    return not _names_budget_part(hits)


AGGREGATES = frozenset({"tax_revenue", "fiscal_deficit"})


def names_budget_aggregates(hits: list[Hit]) -> bool:
    """Whether a sentence sets a weak spending or budget word beside another total of a state's budget named by a word of its
    own (revenue, receipts, the deficit, borrowing), with no word naming a part of the budget (defence, aid)."""
    if not any(h.entry["metric"] == "public_spending" and h.entry.get("resolves") for h in hits):
        return False
    if not any(h.entry["metric"] in AGGREGATES for h in hits):
        return False
    return not _names_budget_part(hits)


def _names_budget_part(hits: list[Hit]) -> bool:
    """Whether a word of its own names a part of a budget (defence, aid; not a weak word that only resolves to one)."""
    return any(h.entry["metric"] in PART_METRICS and not h.entry.get("resolves") for h in hits)


BUDGET_WORDS = frozenset({"budget", "budgets"})
PART_METRICS = frozenset({"defense_spending", "development_aid"})


def resolved_in_sentence(hit: Hit, hits: list[Hit], metric: str) -> bool:
    """Whether a weak cue's metric is named outright by another cue of the sentence."""
    return any(h is not hit and h.entry["metric"] == metric and int(h.entry.get("weight") or 0) < 2 for h in hits)


# every regex pattern above runs as its standard-re twin on ASCII text (lexicon.AsciiTwin: the same matches, less CPU)
from .lexicon import ascii_twins as _ascii_twins  # noqa: E402  (after the patterns it replaces)

_ascii_twins(globals())
