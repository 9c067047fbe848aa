"""Compound heads: a cue that is only the frame of a more specific cue right before it names no metric of its own.

"the current account surplus of the Swiss balance of payments reached 13.5 billion francs", "a surplus on the current
account of the balance of payments of 7.4 billion": the current account is one account of the balance of payments, and
the phrase "of the balance of payments" only says where that account sits. A general balance word (a cue of metric
"other" marked ``balance`` in metric_cues.csv) that is the of/on/in complement of a current-account cue straight before it
is left out of the sentence's cues, so that it cannot govern the figure after it (it is nearer than the head it
completes). ``drop_frames`` is asked by ``figures.metric_figures`` before any figure is costed.

Two tests of the scope rule (``cuescope``) live here too: a noun with its own participle and "at" sizes the figure after
it (``SIZED_AT``: "with revenue budgeted at around 40 billion"), and in a list of sums each with its own noun the noun
right after one sum is that sum's, not the next one's (``named_by_figure_before``).
"""
from __future__ import annotations

import regex

from .lexicon import Hit


# "of the", "on the", "in its", "of the Swiss", "of Norway's": the complement's link to its head (one modifier at most)
FRAME_LINK = regex.compile(r"\s+(?:of|on|in|within)\s+(?:(?:the|its|their|this|that)\s+)?(?:[\w.'’-]+\s+)?", regex.IGNORECASE)
# the heads a balance-of-payments frame completes (their account is part of the balance of payments)
FRAMED_HEADS = frozenset({"current_account"})


def drop_frames(text: str, hits: list[Hit]) -> list[Hit]:
    """The sentence's cues less a general balance word that is the complement of a current-account cue before it."""
    if len(hits) < 2:
        return hits
    out = None
    for k in range(1, len(hits)):
        h = hits[k]
        if h.entry["cue"].lower() in GROWTH_WORDS and (_grown_head(text, hits[k - 1], h) or _grown_by_figure(text, hits[k - 1], h)):
            if out is None:
                out = list(hits)
            out[k] = None
            continue
        if h.entry["metric"] != "other" or not h.entry.get("balance"):
            continue
        prev = hits[k - 1]
        if prev.entry["metric"] not in FRAMED_HEADS or prev.end > h.start:
            continue
        m = FRAME_LINK.fullmatch(text, prev.end, h.start)
        if m is None or regex.search(r"\d", text[prev.end:h.start]):
            continue
        if out is None:
            out = list(hits)
        out[k] = None
    return hits if out is None else [h for h in out if h is not None]


# the bare growth words (metric_cues.csv: gdp_growth, weak) and the nouns of a state's finances whose growth they may name
GROWTH_WORDS = frozenset({"growth", "growth rate"})
GROWN_HEADS = frozenset({"defense_spending", "fiscal_deficit", "public_debt", "external_debt", "development_aid", "public_spending",
                         "tax_revenue", "debt_service"})
GROWN_LINK = regex.compile(r"(?:['’]s)?\s+")


def _grown_head(text: str, head: Hit, growth: Hit) -> bool:
    """Whether a bare growth word completes the noun of a state's finances straight before it ("limit budget growth to 2.9
    pct", "defence spending growth of 3%", "the budget deficit's growth will slow to 2 pct"): the growth is that noun's, not
    the economy's, so the word is left out and the noun governs."""
    return head.entry["metric"] in GROWN_HEADS and head.end <= growth.start \
        and GROWN_LINK.fullmatch(text, head.end, growth.start) is not None


# (cmetric22) a share of growth the noun's own verb sets, straight before the growth word: "spending would again be capped at
# 2.5% real growth", "outlays are limited to 1.5% growth a year", "spending will rise by 3% growth in real terms" (its clause:
# no comma, semicolon or second subject between the noun and the share)
GROWN_BY_FIGURE = regex.compile(r"(?:['’]s)?\s+(?:(?!(?:and|but|while|whereas|as|economy|GDP|output)\b)[\w'’-]+\s+){0,5}?"
                                r"(?:capped|limited|held|kept|restricted|pegged|set|grow|grows|grew|growing|rise|rises|rose|"
                                r"rising|increase|increases|increased|increasing)\s+(?:(?:at|to|by|below|under)\s+)?"
                                r"(?:(?:about|around|some|roughly|nearly|almost|only|just|an?)\s+)?\d[\d.,]*\s*"
                                r"(?:%|pct|per\s*cent|percent)\s+(?:(?:real|nominal|annual|yearly)\s+)?", regex.IGNORECASE)


def _grown_by_figure(text: str, head: Hit, growth: Hit) -> bool:
    """Whether a bare growth word right after a share is the growth of the noun of a state's finances that is its clause's
    subject ("spending would again be capped at 2.5% real growth"): the growth is that noun's, not the economy's."""
    return head.entry["metric"] in GROWN_HEADS and head.end <= growth.start \
        and GROWN_BY_FIGURE.fullmatch(text, head.end, growth.start) is not None


# a noun's own participle and "at" before the figure it sizes: "revenue budgeted at around 40 billion", "receipts estimated
# at 12 billion", "defence outlays put at 3.1 billion" (cuescope._names_next_figure: such a noun is the next figure's, never
# the one before it)
SIZED_AT = regex.compile(r"\s+(?:(?:is|are|was|were|now|currently)\s+)?(?:budgeted|budgetted|estimated|put|forecast|projected|"
                         r"pegged|targeted|targetted|set|seen|expected|planned|pencilled|penciled)\s+at\s+"
                         r"(?:(?:about|around|some|roughly|nearly|almost|an\s+estimated|a|an)\s+)?", regex.IGNORECASE)


# a list of sums each with its own noun: "forecasts of eight pct GNP growth, five billion dlrs of (current account) surplus
# and 12 pct export growth": the noun after the first figure is that figure's, not the next one's, when the next figure has
# a noun of its own straight after it (in brackets too)
LIST_JOIN = regex.compile(r"\s*,\s*(?:and\s+)?|\s+and\s+", regex.IGNORECASE)
NOUN_AFTER_FIGURE = regex.compile(r"\s+(?:(?:in|of|for|on)\s+)?(?:(?:new|additional|extra|higher|lower|the)\s+)?", regex.IGNORECASE)
# a lower-case word straight after a figure (after "of", "in", "for", "on" or an opening bracket too) that is no verb,
# article, period or preposition: the figure's own noun ("15% interest rates", "three billion dlrs of (current account)")
OWN_NOUN_NEXT = regex.compile(r"\s+(?:(?:in|of|for|on)\s+)?\(?\s*(?:(?:new|additional|extra|higher|lower|the)\s+)?"
                              r"(?!(?:a|an|the|this|that|next|last|each|every|per|and|or|but|to|from|by|at|in|of|on|for|with|"
                              r"as|than|is|are|was|were|be|been|will|would|could|should|may|might|must|has|have|had|can|"
                              r"this|year|years|month|months|quarter|a\s+year|annually|respectively|over|under|up|down|"
                              r"more|less|higher|lower|earlier|later|ago)\b)(?-i:[a-z])[\w-]+", regex.IGNORECASE)


def named_by_figure_before(text: str, hit: Hit, fig_start: int, fig_end: int, figures: list[tuple[int, int]]) -> bool:
    """Whether a cue right before a figure (a comma or "and" between) is the noun of the figure before it, in a list of
    sums each with its own noun, the figure itself having a noun straight after it."""
    if hit.end > fig_start or LIST_JOIN.fullmatch(text, hit.end, fig_start) is None:
        return False
    if not any(b <= hit.start and hit.start - b <= 30 and NOUN_AFTER_FIGURE.fullmatch(text, b, hit.start) for _, b in figures):
        return False
    return OWN_NOUN_NEXT.match(text, fig_end, min(len(text), fig_end + 60)) is not None


# a figure inside an aside between dashes: "The size of the state deficit -- estimated at 109,561 billion lire in 1986 and
# targeted at 100,000 billion this year -- means there is a risk inflation could spiral again": a noun beyond the closing
# dash is the main clause's, never the aside's figure (a double hyphen, an em dash or a spaced en dash: a single hyphen is
# also a dateline's)
DASH = regex.compile(r"\s*(?:--|\u2014|\s\u2013\s)\s*")
DASH_REACH = 200  # chars before the figure to its aside's opening dash


def beyond_dash_aside(text: str, fig_start: int, gap_start: int, gap_end: int) -> bool:
    """Whether a cue after a figure stands beyond the closing dash of a dash aside holding the figure."""
    if "-" not in text[gap_start:gap_end] and "\u2014" not in text[gap_start:gap_end] and "\u2013" not in text[gap_start:gap_end]:
        return False
    if DASH.search(text, gap_start, gap_end) is None:
        return False
    opening = DASH.search(text, max(0, fig_start - DASH_REACH), fig_start)
    return opening is not None and regex.search(r"[.;]\s", text[opening.end():fig_start]) is None


# a figure used as an adjective right before its own compound noun: "to service its 109 billion dlr foreign debt", "a 12
# billion dlr government deficit": the noun the figure sizes is what it measures, ahead of a verb or noun before the figure
# as near as it (the scope rule's tie goes to the earlier cue)
SIZED_NOUN_GAP = regex.compile(r"[\s-]{1,3}")
SIZED_NOUN_BONUS = 1


def sizes_compound(text: str, hit: Hit, fig_end: int) -> bool:
    """Whether a specific compound cue (weight 0, two words or more) follows a figure straight away."""
    entry = hit.entry
    return hit.start > fig_end and " " in entry["cue"].strip() and not int(entry.get("weight") or 0) \
        and not entry.get("resolves") and entry["metric"] not in ("NONE", "CARRY") \
        and SIZED_NOUN_GAP.fullmatch(text, fig_end, hit.start) is not None


# a sum "in debt" that someone has, owes or carries is the debt it holds, a stock, not new borrowing: "Brazil, with about 108
# billion dlrs in debt, ...", "the country owes some 40 billion dlrs in debt" ("took on 50 billion in debt", "issued 3 billion
# in debt" stay the flow of metric_cues.csv's "in debt")
HELD_BEFORE = regex.compile(r"\b(?:with|has|have|had|having|owes|owed|owing|carries|carried|carrying|holds|held|saddled\s+with|"
                            r"burdened\s+with|total(?:l?ing|l?ed|s)?|stands?\s+at|stood\s+at|is|are|was|were|been)\s+"
                            r"(?:(?:about|around|some|roughly|nearly|almost|over|more\s+than|an\s+estimated|a\s+total\s+of)\s+)?$",
                            regex.IGNORECASE)
HELD_REACH = 40  # chars before the figure
HELD_DEBT = {"metric": "external_debt", "resolves": "external_debt|public_debt"}


def held_debts(text: str, hits: list[Hit], figures: list[tuple[int, int]]) -> list[Hit]:
    """The sentence's cues, an "in debt" right after a figure that a holding word comes before read as the debt held (the
    bare debt word's reading: the sentence's or the story's debt, else the foreign debt)."""
    out = None
    for k, h in enumerate(hits):
        if h.entry["cue"].lower() != "in debt" or h.entry["metric"] != "fiscal_deficit":
            continue
        fig = next(((a, b) for a, b in figures if b <= h.start and not text[b:h.start].strip()), None)
        if fig is None or HELD_BEFORE.search(text, max(0, fig[0] - HELD_REACH), fig[0]) is None:
            continue
        if out is None:
            out = list(hits)
        out[k] = Hit(h.start, h.end, {**h.entry, **HELD_DEBT})
    return hits if out is None else out


# every regex pattern above runs as its standard-re twin on ASCII text (lexicon.AsciiTwin: the same matches, less CPU)
from .lexicon import ascii_twins as _ascii_twins  # noqa: E402  (after the patterns it replaces)

_ascii_twins(globals())
