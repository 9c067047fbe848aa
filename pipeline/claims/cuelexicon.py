"""The metric cue lexicon (``metric_cues.csv``) and the cues of one sentence (``sentence_cues``).

``SCORED`` and ``UNSCORED`` are the contract's metrics; ``metric_cues`` the cue phrases (``_basis_cue_texts``: the cue
texts that are basis words; ``_marked_entries``: the entries ``sentence_cues`` looks at again).
``sentence_cues`` gives a sentence's cues less those that name no metric there: a basis word inside a basis or ratio
phrase ("of its GDP"), a word inside a figure, a policy word that only qualifies a purchase noun after it (a ``head``
cue: "a Navy contract" is a firm's sale), a cue marked ``after_figure`` that does not follow a figure ("0.4% against
the dollar"). It also decides the owners and words that make a figure no state's: a spending, debt or deficit word
after a private owner (``private_owners.csv``: "household debt", "companies' foreign debt") is a ``NONE`` cue; a
company or market noun that is a verb here ("agreed to offer", ``none_verbs.csv``) or what a levy taxes ("a windfall
tax on energy firms", ``levy_words.csv``) names no company context, and is dropped.
"""
from __future__ import annotations

import bisect
import functools
import itertools

import regex

from .lexicon import CueSet, Guarded, Hit, ascii_twin, cues, leading_words, phrases_alternation, plural_demonyms, read_rows
from .basis import BASIS_CUES, BASIS_PHRASE, ratio_bases


SCORED = frozenset({
    "defense_spending", "fiscal_deficit", "public_debt", "external_debt", "current_account",
    "development_aid", "public_spending", "tax_revenue", "tariff_rate", "debt_service",
})
UNSCORED = frozenset({"gdp_growth", "inflation", "other"})
# the economy's own rates of change: no budget, plan or firm sets them, and no share of GDP measures them
ECONOMY_RATES = frozenset({"gdp_growth", "inflation"})
# the scored metrics a share of national output can measure (a duty's rate is no share of output)
SHARE_METRICS = SCORED - {"tariff_rate"}


def metric_cues() -> CueSet:
    return cues("metric_cues.csv")


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
    # (searched only where the window holds a private owner's opening word: most cues have none before them)
    return Guarded(regex.compile(r"\b(?P<public>(?:" + public + r")(?:[\s-]+sector)?\s+(?:and|or)\s+)?"
                                 r"(?:" + private + r")\s+"
                                 r"(?:(?!(?:and|or|of|to|by|the|in|on|from|for|with|but|while|as|than)\b)[\w.,$£€'’-]+\s+){0,5}$",
                                 regex.IGNORECASE), leading_words(r["form"] for r in rows if r["kind"] == "private"))


PRIVATE_REACH = 80  # chars before the cue


# a subject that is no state holding the word's money, with its verb of having and up to eight words before the word
# (private_owners.csv, kind holder): "households had almost 118 billion euros in savings", "Finns currently have a record
# amount of savings in the bank" (machine-translated Finnish news: the people's deposits, no government's savings or cuts);
# no public owner, agent or clause between ("households have been hit by the government's spending cuts" is the state's),
# no obligation ("households had to cope with spending cuts of 6 billion euros")
@functools.cache
def _private_holder():
    """A holder of private_owners.csv (kind holder) or a plural demonym of the actors' countries, an adverb or two, a verb of having and up to eight plain words right
    before a cue."""
    forms = [r["form"] for r in read_rows("private_owners.csv") if r["kind"] == "holder"] + plural_demonyms()  # "Finns"
    holders = phrases_alternation(sorted(set(forms)))
    return ascii_twin(regex.compile(r"\b(?:" + holders + r")\s+(?:(?:now|currently|still|already|also|together|\w+ly)\s+){0,2}"
                                    r"(?:have|has|had|hold|holds|held|keep|keeps|kept)\s+(?!to\s)"
                                    r"(?:(?!(?:and|or|but|while|which|that|who|by|been|government\w*|state\w*|public|official|"
                                    r"ministry|cabinet|budget\w*)\b)[\w.$£€%'’-]+\s+){0,8}$", regex.IGNORECASE))


# the verbs of having `_private_holder` reads, as words (its prefilter: most windows hold none)
HAVING = regex.compile(r"\b(?:ha[dsv]|hold|held|kee|kep)", regex.IGNORECASE)
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
    return Guarded(regex.compile(r"\b(?:" + phrases_alternation(words) + r")\s+on\s+(?:(?:the|all|its)\s+)?"
                                 r"(?:[\w-]+\s+){0,2}$", regex.IGNORECASE), leading_words(words))


# words that end a noun compound before a levy word: a preposition, a conjunction, an article or a verb of paying ("profit
# before tax", "companies pay tax", "sales and taxes"): the levy word is then no head of the company or market word's compound
COMPOUND_BREAK = (r"(?:and|or|of|to|by|the|a|an|its|their|in|on|from|for|with|before|after|at|as|than|but|while|less|minus|"
                  r"plus|net|excluding|including|ex|pay|pays|paid|paying|owe|owes|owed|owing|face|faces|faced|avoid|avoids|"
                  r"avoided|is|are|was|were|be|been|has|have|had|will|would)")


# company or market words before a levy word that are no object of the levy: a unit its rate is stated in ("a 2 dlrs per
# barrel duty", "a 200 euro a tonne tax": the rate's unit) and a firm's books ("deferred income taxes", "deferred tax assets")
NOT_TAXED = regex.compile(r"(?:per|an?)\s|deferred\b", regex.IGNORECASE)


@functools.cache
def _taxed_after():
    """A tax or levy word (levy_words.csv) as the head of a compound a company or market word opens, at most two plain words
    between: "a 0.5 pct stock transfer tax", "the securities turnover taxes", "a bank levy" name a state's tax on what the
    word names, no company's own figure ("profit before tax", "the firms paid tax": a preposition or a verb stands
    between, COMPOUND_BREAK)."""
    words = [r["word"] for r in read_rows("levy_words.csv")]
    return ascii_twin(regex.compile(r"(?:['’]s)?[\s-]+(?:(?!" + COMPOUND_BREAK + r"\b)[a-z]+[\s-]+){0,2}(?:"
                                    + phrases_alternation(words) + r")\b", regex.IGNORECASE))


def _none_verb(text: str, hit: Hit, start: int) -> bool:
    """Whether a NONE cue names no company or market context: a noun-and-verb word (none_verbs.csv) used as the verb,
    right after a modal or "to", or a word a tax or levy falls on (levy_words.csv): after "tax on" or before the levy word
    that heads its compound ("a stock turnover tax", `_taxed_after`)."""
    if hit.entry["metric"] != "NONE":
        return False
    before = max(start, hit.start - 40)
    if text[hit.start:hit.end].lower() in _none_verbs() and VERB_BEFORE.search(text, before, hit.start) is not None:
        return True
    if _taxed_before().search(text, before, hit.start) is not None:
        return True
    return _taxed_after().match(text, hit.end) is not None and NOT_TAXED.match(text, hit.start, hit.end) is None


def _private_owned(text: str, hits: list[Hit], start: int) -> list[Hit]:
    """The hits with each spending, debt or deficit word owned by a firm, households or the private sector read as a negative
    cue over owner and word ("9.5 billion dlrs of private sector debt": no state's figure, so no claim)."""
    out = None
    for k, h in enumerate(hits):
        if h.entry["metric"] not in PRIVATE_METRICS or (h.entry["metric"] == "CARRY" and "borrow" not in h.entry["cue"].lower()):
            continue
        m = _private_owner().search(text, max(start, h.start - PRIVATE_REACH), h.start)
        if m is None:
            lo = max(start, h.start - PRIVATE_REACH)
            if HAVING.search(text, lo, h.start) is None or _private_holder().search(text, lo, h.start) is None:
                continue
        elif m.group("public"):
            continue
        if out is None:
            out = list(hits)
        out[k] = Hit(h.start, h.end, {**PRIVATE_CUE, "cue": h.entry["cue"]})  # its own span: a figure may stand between
    return hits if out is None else out


# a capitalised "Budget" inside the name of a body or an office names no budget: "The Office for Budget Responsibility expects
# it to reach 105 billion pounds", "The Parliamentary Budget Officer put it at 68.5 billion dollars" go on with the borrowing or
# the deficit of the story, not a budget's spending (body_name_words.csv: Office, Officer, Committee, Minister ... after it;
# "Office for", "Management and" before it); case-sensitive, so a headline in capitals is left as it is
@functools.cache
def _body_name_patterns():
    """(the words after "Budget", the words before it) of body_name_words.csv, anchored at the word's end and start."""
    rows = read_rows("body_name_words.csv")

    def alternation(place: str) -> str:
        words = sorted((r["word"] for r in rows if r["place"] == place), key=len, reverse=True)
        return "|".join(r"\s+".join(regex.escape(w) for w in word.split()) for word in words)

    return (ascii_twin(regex.compile(r"[\s-]+(?:" + alternation("after") + r")\b")),
            ascii_twin(regex.compile(r"\b(?:" + alternation("before") + r")\s+$")))


BODY_NAME_REACH = 20  # chars before "Budget" for the words that open the name


def without_body_names(text: str, hits: list[Hit]) -> list[Hit]:
    """The hits less a "Budget" (as written: capitalised, not in capitals) that is part of a body's name."""
    if not any(h.end - h.start == 6 and text.startswith("Budget", h.start) for h in hits):
        return hits  # (the common case: one look at the few hits, no pattern run)
    after, before = _body_name_patterns()
    return [h for h in hits
            if not (h.end - h.start == 6 and text.startswith("Budget", h.start)
                    and (after.match(text, h.end) or before.search(text, max(0, h.start - BODY_NAME_REACH), h.start)))]


def sentence_cues(text: str, start: int, end: int, figure_spans: list[tuple[int, int]], hits: list[Hit] | None = None) -> list[Hit]:
    """Metric cues of a sentence, leaving out basis phrases and words inside figures, and reading a spending, debt or deficit
    word of a firm or the private sector as a negative cue (`_private_owned`). `hits`: the lexicon's hits of the sentence,
    when the caller has them (sentence_gate)."""
    if hits is None:
        hits = list(metric_cues().finditer(text, start, end))
    if not hits:
        return hits
    hits = _private_owned(text, hits, start)
    hits = without_body_names(text, hits)  # "the Office for Budget Responsibility expects": a name, no budget
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


def _plain_none(entry: dict) -> bool:
    """Whether a metric cue entry is a plain company, market or poll word for `sentence_gate`: metric NONE, not a word states
    use too (in_topic), not a basis word (which widens what sentence_cues blocks). Its other marks leave such a cue as
    it is (head: only a policy cue before a head is dropped) or are tested cue by cue (after_figure)."""
    return entry["metric"] == "NONE" and not entry.get("in_topic") and entry["cue"] not in _basis_cue_texts()


@functools.cache
def _plain_entries() -> frozenset:
    """The ids of the plain entries (`_plain_none`; the entries live as long as the cached lexicon)."""
    return frozenset(id(e) for e in metric_cues().entries if _plain_none(e))


def sentence_gate(text: str, start: int, end: int, figure_spans: list[tuple[int, int]]) -> list[Hit] | None:
    """sentence_cues(text, start, end, figure_spans), or None when those are only company, market or poll words (a
    non-empty list of NONE cues, none a word states use too: the sentence makes no claim), told from the first cue kept
    where it can be.

    When every hit of the sentence is a plain cue (`_plain_none`), sentence_cues keeps a hit unless it is used as a verb
    or taxed (`_none_verb`), sizes no figure right before it (after_figure) or lies inside a figure, and drops nothing
    else (no private owner's word, no "Budget" of a body's name, no policy cue before a head, no basis word): the first
    hit kept decides, and the later hits are not looked at (most Reuters sentences with a figure are a company's or a
    market's). The sentence is scanned once: its hits serve both ways."""
    hits = list(metric_cues().finditer(text, start, end))
    plain = _plain_entries()
    if not all(id(h.entry) in plain for h in hits):
        hits = sentence_cues(text, start, end, figure_spans, hits)
        return None if hits and not any(h.entry["metric"] != "NONE" or h.entry.get("in_topic") for h in hits) else hits
    for h in hits:
        if _none_verb(text, h, start) or (h.entry.get("after_figure") and not _right_after_figure(text, h, figure_spans)):
            continue
        for b0, b1 in figure_spans:
            if h.start < b1 and b0 < h.end:
                break
        else:
            return None
    return []


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


# every regex pattern above runs as its standard-re twin on ASCII text (lexicon.AsciiTwin: the same matches, less CPU)
from .lexicon import ascii_twins as _ascii_twins  # noqa: E402  (after the patterns it replaces)

_ascii_twins(globals())
