"""A figure's own time anchor: the time words that belong to the figure itself, not to its sentence.

A sentence of several figures often gives them different times: "The increase, from about 2.3% today, will be paid
for by ..." (the 2.3% stands now; the future is the increase's), "compares with a 1985/86 shortfall of 5.73 billion"
(a year gone by), "the corporate tax, now between 45 and 48 pct" (an aside on where a rate stands), "after one of 2.4
billion last year", "exceeds the previous record of 3,040 billion yen". A verb that sets the sentence's stance (a
future, a hope, a projection) governs another figure or the sentence as a whole; the figure whose own words put it
now or in the past is a level reached (ANNOTATION.md: the level a change moves from, a fiscal year that has ended).

``own_anchor`` reads only the words next to the figure, inside the stretch no other figure cuts off
(``levels.own_stretch``): "baseline" (the level a change or comparison starts from), "now" (an aside or adverb of
the present bound to the figure) or "past" (a year, fiscal year or period before the article's, or a past record).
None when the figure has no time of its own, or when a plan or forecast word qualifies it (a forecast or target of a
past year stays what it was).

Used twice: by the rules (``reached_level``, read by ``ruletype.anchored_type``: a figure anchored now or in the past,
whose stance came from a verb governing another figure or the whole sentence, is ``actual``) and after them
(``rules_stand``, read by ``typemodel.retype``: the model, which reads the sentence's words, not which figure they
belong to, does not override the rules' ``actual`` of an anchored figure or of one dated in the article's own year,
nor make ``actual`` a figure dated in a later year).
"""
from __future__ import annotations

import functools

import regex

from . import lexicon as _lexicon
from . import stance as _stance
from .levels import own_date, own_stretch, YEAR_OWNER, FISCAL_YEAR_END_MONTH, CHANGE_VERB_BEFORE_SCAN
from .lexicon import claim_sentence_end

QUALIFIER = r"(?:(?:about|around|roughly|some|nearly|almost|just|over|under|only|approximately|more\s+than|less\s+than)\s+)"

# "compares with a 1985/86 shortfall of", "compared with 1,300 billion francs": the level a comparison starts from (its own
# words may not make it a forecast or a plan: "compared with an expected 2.9 billion", PLANNED_BEFORE)
COMPARED_BEFORE = regex.compile(r"\bcompar(?:ed|es|e|ing)\s+(?:with|to)\s+(?:(?:a|an|the|its|their)\s+)?" + QUALIFIER + r"?"
                                r"(?:(?:(?!(?:to|by|in|on|for|and|or|than|from)\s)[\w/'’-]+\s+){0,4}?of\s+" + QUALIFIER + r"?)?$",
                                regex.IGNORECASE)
COMPARED_SCAN = _lexicon.Guarded(COMPARED_BEFORE, ("compar",))
# "after one of 2.4 billion last year", "after a deficit of 1.1 billion": the level before the one the sentence is about
AFTER_ONE_OF = regex.compile(r"\bafter\s+(?:one|an?\s+(?:[\w'’-]+\s+){0,2}?(?:deficit|surplus|shortfall|gap|rise|fall|increase|"
                             r"decrease|drop|cut))\s+of\s+" + QUALIFIER + r"?$", regex.IGNORECASE)
AFTER_SCAN = _lexicon.Guarded(AFTER_ONE_OF, ("after",))
# "keeps the deficit ceiling at 5.3% of GDP next year, after 5.5% in 2025", "to 3.4 pct in 1988 after 4.2 pct in 1987": a
# bare figure after "after" dated in a past or the current year is the level before the sentence's own (own_anchor)
AFTER_BARE = regex.compile(r"\bafter\s+" + QUALIFIER + r"?$", regex.IGNORECASE)
AFTER_BARE_SCAN = _lexicon.Guarded(AFTER_BARE, ("after",))
# "exceeds the previous record of", "above the old high of", "the prior year's level of": a level set before
PREVIOUS_OF = regex.compile(r"\b(?:previous|prior|former|old|earlier)\s+(?:[\w'’-]+\s+){0,2}?(?:record|high|peak|low|level|total|"
                            r"figure|deficit|surplus|shortfall)\s+(?:of|at)\s+" + QUALIFIER + r"?$", regex.IGNORECASE)
PREVIOUS_SCAN = _lexicon.Guarded(PREVIOUS_OF, ("previous", "prior", "former", "old", "earlier"))
# "would reduce the 55 pct top tax level to 38 pct": the level a change verb moves to a later figure (levels.changed_level,
# read from the text alone)
TO_FIGURE_AFTER = regex.compile(r"\s+(?:[\w'’-]+\s+){0,6}?to\s+(?:(?:about|around|some|just|below|under|over|above)\s+)?(?=[$£€¥]|\d)",
                                regex.IGNORECASE)
# "to $10.7bn during the first 10 months of this year", "in the past six months", "last month": a period gone by
PAST_PERIOD_AFTER = regex.compile(r"\s+(?:[a-z]+\s+){0,2}?(?:(?:in|for|during|over)\s+the\s+(?:first|past|last|previous)\s+\w+\s+months|"
                                  r"(?:in|for|during)\s+the\s+(?:last|previous|past)\s+(?:month|quarter)|last\s+(?:month|quarter))\b",
                                  regex.IGNORECASE)
# "cut the corporate tax, now between 45 and 48 pct,": an aside on where a level stands (the aside claimtype.NOW_LEVEL
# reads for the rules' stance; this module sits below the claim_type steps and reads it for the model's too)
NOW_ASIDE = regex.compile(r"[,(]\s*(?:now|currently|at\s+present|presently)\s+(?:at\s+|standing\s+at\s+)?" + QUALIFIER + r"?$",
                          regex.IGNORECASE)
NOW_ASIDE_SCAN = _lexicon.Guarded(NOW_ASIDE, ("now", "currently", "present"))
# "public debt, around 135% of GDP, would peak in 2026": a level noun's own size in an aside between commas, stated as it
# stands whatever the clause's verb says of the noun
LEVEL_ASIDE = regex.compile(r"\b(?:debt|deficit|surplus|spending|outlays|expenditures?|revenues?|borrowing)\s*,\s+"
                            r"(?:about|around|roughly|some|nearly|almost|approximately|at|just\s+over|just\s+under|over|under)\s+$",
                            regex.IGNORECASE)
ASIDE_CLOSE = regex.compile(r"\s*(?:(?:of|in)\s+(?:GDP|GNP|(?:gross\s+)?(?:domestic|national)\s+(?:product|income)|(?:economic\s+)?output)\s*)?,")
# a range written from one end to the other ("from 8.5 to 17 billion"): no level a change starts from
RANGE_TO = regex.compile(r"\d\s*(?:[a-z]+\s+)?(?:to|-|–)\s*\d", regex.IGNORECASE)
# "from about 2.3% today", "about 2% of GDP now to 2.33% by 2033": a present adverb right after the figure, ending its phrase
NOW_AFTER = regex.compile(r"\s+(?:(?:of|in)\s+(?:GDP|GNP|(?:gross\s+)?(?:domestic|national)\s+(?:product|income)|(?:economic\s+)?output)\s+)?"
                          r"(?:today|now|currently|at\s+present|at\s+the\s+moment)\b(?=\s*(?:[,.;:)]|$)|\s+(?:and|to|from|but|in|on)\b)",
                          regex.IGNORECASE)
NOW_AFTER_SCAN = _lexicon.Guarded(NOW_AFTER, ("today", "now", "currently", "present", "moment"))
# "which currently accounts for over two thirds of the 41 billion dlr annual budget", "now swallow two-thirds of an annual
# budget of about 36 billion": a present adverb on a verb of a level's share or size whose object holds the figure
NOW_VERB_BEFORE = regex.compile(r"\b(?:now|currently|at\s+present|presently)\s+(?:accounts?\s+for|swallows?|absorbs?|takes?\s+up|makes?\s+up|"
                                r"represents?|consumes?|eats?\s+up|stands?\s+at|amounts?\s+to|totals?|runs?\s+at|costs?)\s+"
                                r"(?:(?!(?:to|will|would|could|should|may|might|by|from|than|and|or|but)\s)[\w'’-]+\s+){0,8}?$",
                                regex.IGNORECASE)
NOW_VERB_SCAN = _lexicon.Guarded(NOW_VERB_BEFORE, ("now", "currently", "present"))
# a plan or forecast word qualifying the figure before it ("the forecast for 1986 of", "the 1986 target of", "a projected"):
# what was planned or foreseen for a past year stays a plan or a forecast
PLANNED_BEFORE = regex.compile(r"\b(?:forecasts?|projections?|projected|expected|estimates?|predicted|planned|budgeted|targets?|targeted|"
                               r"goals?|aims?|ceilings?|limits?|caps?|proposed|proposals?|requested|requests?|pledged|pledges?|"
                               r"promised|allocated|earmarked|approved|objectives?|demands?|hoped|hopes?|sought|wanted|wants|aimed|"
                               r"intended|drafts?|standards?|guidelines?|benchmarks?|floors?|minimum|maximum|thresholds?)\b",
                               regex.IGNORECASE)
PLANNED_REACH = 45  # chars before the figure (inside its own stretch) searched for a plan or forecast word
# ... or after it, up to the target of the change ("from the 129 billion franc shortfall forecast for 1987", "compared with
# 42 billion or 3.5 pct planned for this year", "the 2% target they agreed in 2014"; not "from 2.3% to a planned 3%")
PLANNED_AFTER_REACH = 45
AFTER_STOP = regex.compile(r"\s(?:to|by|into|toward|towards|and|against|but|while|whereas|than|versus|compared)\s|[,;(]", regex.IGNORECASE)
OR_BETWEEN = regex.compile(r"\s+or\s+" + QUALIFIER + r"?", regex.IGNORECASE)  # "42 billion or 3.5 pct planned": one level restated
# "financed from a 1% tax increase", "paid from": a source, not a level a change starts from
SOURCE_FROM = regex.compile(r"\b(?:financ|fund|come|came|coming|deriv|drawn|draw|transferr|diverted)\w*\s+"
                            r"(?:\w+\s+){0,2}?from\s+(?:\S+\s+){0,3}$", regex.IGNORECASE)
# a change noun right after the figure ("from a 1% tax increase"): the figure is the change, not a level
CHANGE_NOUN_AFTER = regex.compile(r"\s+(?:[\w'’-]+\s+){0,2}?(?:increases?|rises?|hikes?|cuts?|reductions?|decreases?|growth)\b",
                                  regex.IGNORECASE)
# "the C$36.3 billion shortfall of 2024/25": a fiscal year named with "of" after the figure's noun
OF_FISCAL_YEAR = regex.compile(r"\s+(?:[a-z]+\s+){0,2}?of\s+(?:fiscal\s+)?(?P<y>(?:19|20)\d\d)[/-](?P<fy>\d\d)\b", regex.IGNORECASE)
# a past-tense verb of giving or spending right before the figure, with a past year in the figure's stretch after it ("the
# 14 countries that gave some 700 mln dlrs in development aid to Sri Lanka last year")
PAST_VERB_BEFORE = regex.compile(r"\b(?:gave|spent|paid|disbursed|received|collected|posted|recorded|registered|totalled|totaled)\s+"
                                 + QUALIFIER + r"*(?:a\s+total\s+of\s+)?$", regex.IGNORECASE)
PAST_TIME_AFTER = regex.compile(r"\b(?:last\s+(?:fiscal\s+|financial\s+)?year|in\s+(?:19|20)\d\d"
                                r"|in\s+the\s+(?:previous|last|past)\s+(?:fiscal\s+)?year)\b", regex.IGNORECASE)
PAST_TIME_REACH = 80  # chars after the figure searched for the past year of a past-tense verb


_ANSWERS = _lexicon.LastSeen()  # {(clause, start, end, published, bound): (answer, parts)} of the last text asked about


def own_anchor(text: str, clause: tuple[int, int], start: int, end: int, published, bound=None, parts: dict | None = None) -> str | None:
    """"baseline", "now" or "past": the time the figure's own words put it at (None: no time of its own, or a later or
    planned one). `parts`, if given, receives what was read on the way (typefeatures' model inputs, not read again):
    "stretch" (own_stretch), "dated" (own_date) and, unless the figure is dated later, "planned".

    A pure function of its arguments, asked again with the same ones for a figure by the rules' retyping
    (`reached_level`, `rules_stand`) and the type model's features (about 1 call in 4 on Reuters): the answers of the
    text last asked about are kept (reset when the text changes)."""
    memo = _ANSWERS.answers(text)
    key = (clause, start, end, published, bound)
    try:
        got = memo.get(key)
    except TypeError:  # an unhashable date or bound: read, not kept
        return _own_anchor(text, clause, start, end, published, bound, parts)
    if got is None:
        read: dict = {}
        got = memo[key] = (_own_anchor(text, clause, start, end, published, bound, read), read)
    if parts is not None:
        parts.update(got[1])
    return got[0]


def _own_anchor(text: str, clause: tuple[int, int], start: int, end: int, published, bound, parts: dict) -> str | None:
    """`own_anchor`, read afresh (`parts` filled)."""
    lo, hi = own_stretch(text, clause, start, end)
    back = max(lo, start - 60)
    dated = own_date(text, clause, start, end, published)
    if parts is not None:
        parts["stretch"], parts["dated"] = (lo, hi), dated
    if dated == "later":  # "compared with 3.1% in 2027": a level of a later year, not one reached
        return None
    planned = _planned_before(text, max(lo, start - PLANNED_REACH), start) or _planned_after(text, end, hi, clause[1])
    if parts is not None:
        parts["planned"] = planned
    if not planned:
        if (_stance.FROM_BEFORE_SCAN.search(text, back, start) and not (bound == "range" and RANGE_TO.search(text, start, end))
                and not SOURCE_FROM.search(text, max(clause[0], start - 50), start) and not CHANGE_NOUN_AFTER.match(text, end, hi)) \
                or COMPARED_SCAN.search(text, back, start) or AFTER_SCAN.search(text, back, start) \
                or (dated in ("past", "current") and AFTER_BARE_SCAN.search(text, max(back, start - 30), start)) \
                or PREVIOUS_SCAN.search(text, back, start) \
                or (CHANGE_VERB_BEFORE_SCAN.search(text, back, start) and TO_FIGURE_AFTER.match(text, end, min(clause[1], end + 80))):
            return "baseline"
        if NOW_ASIDE_SCAN.search(text, max(lo, start - 30), start) or NOW_AFTER_SCAN.match(text, end, hi) \
                or (LEVEL_ASIDE.search(text, max(lo, start - 40), start) and ASIDE_CLOSE.match(text, end, hi)) \
                or NOW_VERB_SCAN.search(text, max(lo, start - 90), start):
            return "now"
        owner = YEAR_OWNER.search(text, max(lo, start - 40), start)
        if owner is not None and owner.group(0).lower().startswith(("last", "previous")):
            return "past"  # "last year's 5.8 billion"
        if dated == "past" or _fiscal_year_of(text, end, hi, published) == "past" or PAST_PERIOD_AFTER.match(text, end, hi):
            return "past"
        if PAST_VERB_BEFORE.search(text, max(lo, start - 40), start) \
                and PAST_TIME_AFTER.search(text, end, min(hi, end + PAST_TIME_REACH)):
            return "past"
    return None


# what may stand between a plan or forecast word and the figure it qualifies ("the forecast for 1986 of", "the target of",
# "a projected"), not a verb or comparison starting a new phrase ("The new target is more than double the")
PLANNED_GAP = regex.compile(r"(?:\s+(?!(?:is|are|was|were|be|been|will|would|has|have|had|than|from|against|with|compared|compares|"
                            r"exceeds?|double|more|less|above|below)\b)[\w/'’-]+){0,5}?\s+", regex.IGNORECASE)


def _planned_before(text: str, lo: int, start: int) -> bool:
    """Whether a plan or forecast word qualifies the figure from before it, in its own phrase."""
    last = None
    for m in PLANNED_BEFORE.finditer(text, lo, start):
        last = m
    return last is not None and PLANNED_GAP.fullmatch(text, last.end(), start) is not None


def _planned_after(text: str, end: int, own_end: int, clause_end: int) -> bool:
    """Whether a plan or forecast word follows the figure in its own phrase: up to the target of its change, a
    conjunction or comma, or the next figure (unless that one restates it: "42 billion or 3.5 pct planned")."""
    stop = min(clause_end, end + PLANNED_AFTER_REACH)
    if own_end < stop and not OR_BETWEEN.fullmatch(text, end, own_end):
        stop = own_end
    cut = AFTER_STOP.search(text, end, stop)
    return PLANNED_BEFORE.search(text, end, cut.start() if cut is not None else stop) is not None


def _fiscal_year_of(text: str, end: int, hi: int, published) -> str | None:
    """"past", "current" or "later": a fiscal year named with "of" after the figure ("shortfall of 2024/25")."""
    m = OF_FISCAL_YEAR.match(text, end, hi)
    year, month = getattr(published, "year", None), getattr(published, "month", 1)
    if m is None or year is None:
        return None
    first = int(m.group("y"))
    last = first // 100 * 100 + int(m.group("fy"))
    if last < year or (last == year and month > FISCAL_YEAR_END_MONTH):
        return "past"
    return "current" if first <= year else "later"


# the types a verb governing the sentence or another figure gives a figure that its own time may correct (a rejection, a
# standing rule or a restated figure's type stays)
RETYPED = frozenset({"commitment", "forecast", "proposal", "demand"})
# a past-tense verb of the figure's own between the stance's cue and the figure ("would be sent to the 14 countries that
# gave some 700 mln dlrs ... last year", "said ... the deficit reached 4.1% of GDP last year")
OWN_PAST_VERB = regex.compile(r"\b(?:was|were|had\s+been|reached|rose|fell|stood|totall?ed|gave|spent|paid|posted|recorded|ran|came|"
                              r"amounted|grew|dropped|climbed|widened|narrowed|disbursed|received|collected)\b", regex.IGNORECASE)
# an act of a government's own right before the figure ("cut aid to 0.5% in 2021", "raised the rate to 21% in 2024"): a
# decision taken in a past year, a commitment (ANNOTATION.md), whatever its year
ACT_BEFORE = regex.compile(r"\b(?:cut|cuts|raised|reduced|lowered|increased|lifted|set|capped|limited|trimmed|slashed|boosted|pledged|"
                           r"promised|approved|allocated|budgeted|earmarked|committed|imposed|introduced|froze|frozen|kept|held|brought|"
                           r"agreed|voted|appropriated|granted|offered|announced|targeted|decided)\s+(?:(?!(?:and|but|while|which|who)\s)\S+\s+){0,6}?$",
                           regex.IGNORECASE)
ACT_REACH = 60  # chars before the figure (inside its own stretch) searched for its own act verb


def reached_level(text: str, clause: tuple[int, int], start: int, end: int, published, bound, claim_type, cue) -> bool:
    """Whether a figure the rules typed by a verb governing another figure or the sentence (`cue`: the stance's cue, or
    None) is a level reached by its own time: the level a change or comparison starts from, an aside on where it stands
    ("now between 45 and 48 pct"), a level of a past year after the cue's own figure or under a past verb of its own
    (not a plan or act of a past year: "planned to cut the deficit to 3% in 1986", "cut aid to 0.5% in 2021")."""
    if claim_type not in RETYPED:
        return False
    kind = own_anchor(text, clause, start, end, published, bound)
    if kind != "past":
        return kind is not None
    if _dated_act_after(text, end, cue):
        return False
    if cue is not None and cue.end <= start and not _stance.FIGURE_IN.search(text, cue.end, start) \
            and not OWN_PAST_VERB.search(text, cue.end, start):
        return False
    return not ACT_BEFORE.search(text, max(own_stretch(text, clause, start, end)[0], start - ACT_REACH), start)


def _dated_act_after(text: str, end: int, cue) -> bool:
    """Whether the stance's cue is a past participle right after the figure (or its noun) that the past time dates: "the
    6,000 billion yen package announced last month", "150 million euros pledged in March": the time is the act's, the
    figure the one decided or proposed then (ANNOTATION.md: a decision taken in a past year is a commitment, whatever its
    year), not a level reached."""
    return cue is not None and cue.start >= end and cue.entry["pos"] in ("V", "A") \
        and _stance.PAST_PARTICIPLE.fullmatch(text, cue.start, cue.end) is not None \
        and (text[end:cue.start].isspace() or _stance.NOUN_AFTER_FIGURE.fullmatch(text, end, cue.start) is not None)


# the outcomes of an economy, whose "record 8.83 billion set in January" is a level reached, not a decision
OUTCOME_METRICS = frozenset({"current_account", "external_debt", "public_debt", "gdp_growth", "inflation", "other"})


@functools.cache
def _decision_participles() -> frozenset:
    """The stance lexicon's past forms of a decision (stance_cues.csv: commitment, pos V or A, one word ending in -ed)."""
    return frozenset(r["cue"].lower() for r in _lexicon.read_rows("stance_cues.csv")
                     if r.get("claim_type") == "commitment" and r.get("pos") in ("V", "A") and " " not in r["cue"]
                     and r["cue"].lower().endswith("ed"))


DECISION_AFTER = regex.compile(r"\s+(?:(?!(?:is|are|was|were|be|been|has|have|had|will|would|and|or|but|that|which|who|it|they|a|an|"
                               r"the|from|to|by|at|for|with|than|on|in|of|as|last|this|next)\s)[\w'’-]+\s+){0,3}?(?P<verb>[a-z]+ed)\b")


def decision_participle_stands(text: str, claim: dict, new: str) -> bool:
    """Whether the rules' commitment of a figure whose noun a decision's past participle qualifies right after it ("far
    above the 0.5% planned when parliament passed the 2025 budget", "the 6,000 billion yen package announced last month")
    stands against the model's level or forecast: the figure is the one decided (ANNOTATION.md: a government's plan,
    budget or decision is its commitment); the model reads the sentence's other level or forecast into it. Not a finite
    verb taking an object ("the fund announced plans to"), not an economy's outcome ("the record 8.83 billion set in
    January")."""
    if claim.get("claim_type") != "commitment" or new not in ("actual", "forecast") or claim.get("metric") in OUTCOME_METRICS:
        return False
    end = claim["char_end"]
    m = DECISION_AFTER.match(text, end, min(len(text), end + 60))
    return m is not None and m.group("verb") in _decision_participles() and not _stance.OBJECT_AFTER.match(text, m.end())


def rules_stand(text: str, claim: dict, model_type: str, sentence_start: int, published) -> bool:
    """Whether the rules' claim_type of a finished claim stands against the model's: the rules' ``actual`` of a figure
    with a time of its own now or in the past (``own_anchor``) or dated in the article's own year ("at about 3.4% this
    year": ANNOTATION.md, the current year's level is ``actual``, the running fiscal year's accepts it); and any type
    the rules gave a figure dated in a later year, which the model would make ``actual`` ("to 2.33% by 2033-34": a level
    not reached yet)."""
    rule_type = claim.get("claim_type")
    if rule_type != "actual" and model_type != "actual":
        return False
    start, end = claim["char_start"], claim["char_end"]
    clause = _stance.clause_bounds(text, sentence_start, claim_sentence_end(claim, sentence_start), start, end)
    dated = own_date(text, clause, start, end, published)
    if rule_type == "actual":
        return dated == "current" or own_anchor(text, clause, start, end, published, claim.get("bound")) is not None
    return dated == "later"


# every regex pattern above runs as its standard-re twin on ASCII text (lexicon.AsciiTwin: the same matches, less CPU)
from .lexicon import ascii_twins as _ascii_twins  # noqa: E402  (after the patterns it replaces)

_ascii_twins(globals())
