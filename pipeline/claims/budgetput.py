"""A budget line "put at" a sum, or stated in the past with no date of its own, in a story presenting the budget
("Expenditure was put at 6.79 billion pounds", "Total spending was 210 billion crowns", "The deficit amounted to 12.5
billion") is the budget's own figure, which its government sets: ``commitment``, not a level reached. And a level told in
the past of a year that has not begun ("Spending in 1988 rose to 210 billion crowns" in 1987) is no level reached.

ANNOTATION.md: a government's budget plan is its ``commitment``; a budget's figures presented to parliament ->
``["proposal", "commitment"]`` (fresh target set: a finance minister presenting plans to parliament, "Expenditure was put at
..." -> ``["proposal", "commitment", "forecast"]``); a budget's prior-year figures -> ``["commitment", "forecast",
"actual"]``; an undated level of a budget story set against last year's is the budget's (plantype's BASE_LAST_YEAR rule).
The rules read the past tense as a level reported, as it is in a statistics release ("retail sales were put at 125.0 in
February", "long term debt as of December 31 was put at"), and the learned model agrees with them; in a story whose
headline or lead presents a budget (plans.budget_story) the undated sum a budget line is put at, or was, is the plan's.

``put_type`` is a claim_type step of ``claim.figure_claim`` (after ``plantype.level_or_plan_type``; refusals, statutes and
anchors after it still overrule it): a figure the rules typed ``actual`` whose own words right before it are a passive of
putting, fixing or budgeting ("was put at", "were fixed at", "is budgeted at about") or a past copula or total ("was",
"amounted to", "totalled") becomes its government's commitment where the figure is a budget line (spending, defence, aid,
revenue, the deficit), the story presents a budget and is no legislature's budget fight, no forecaster, uncoded speaker or
credited source stands in the sentence, and the figure is dated neither in a year gone by or the year still running nor in
a month or months (a monthly outturn). ``dated_later_type``, the step before it: a level the rules read as reached whose
own time is a later year is its budget's commitment (plans.budget_plan_level) or else a forecast. ``rules_stand`` keeps
both against the model's level (typemodel._rules_stand). Pure: reads the figure's clause and the article's lead
(budget_story, once per article); no whole-article scan.
"""
from __future__ import annotations

import regex

from . import stance as _stance
from .forecasters import relayed_forecaster
from .levels import PAST_PERIOD, names_past_year, own_date, own_stretch
from .plans import budget_plan_level, budget_story, legislative
from .speakers import uncoded_or_credited

# the budget's own lines (not its debt stock, an outcome; not growth or the current account it forecasts beside them)
BUDGET_LINES = frozenset({"public_spending", "defense_spending", "development_aid", "tax_revenue", "fiscal_deficit"})
# a passive of putting or fixing a sum right before the figure, or a past copula or total, past its qualifiers ("was put
# at about", "were fixed at a record", "is budgeted at", "was", "amounted to"); not "set at" (a cue of its own already) nor
# "estimated at" (an estimate of the year running reports its level: ANNOTATION fresh type2); not a present copula (a
# present level in a story about a later year: storyyear); a line's present allocation verb ("Defence gets 21.7 billion
# ringgit", "The state receives about 77 billion euros in revenue", "Health is allocated"), the budget's share of it (session 23)
PUT_BEFORE = regex.compile(r"\b(?:(?:was|were|is|are|has\s+been|have\s+been)\s+(?:now\s+|also\s+|initially\s+|provisionally\s+)?"
                           r"(?:put|fixed|pegged|budgeted|budgetted)\s+at|was|were|amounted\s+to|came\s+to|totall?ed|"
                           r"gets|get|receives|receive|(?:is|are)\s+(?:allocated|given|allotted))\s+"
                           r"(?:(?:about|around|roughly|some|nearly|almost|just|over|under|more\s+than|less\s+than|a|an|"
                           r"record|total|of)\s+)*$", regex.IGNORECASE)
REACH = 60  # chars before the figure searched for the passive and its qualifiers
# the second line of the same passive, its verb left out ("Expenditure was put at 88.5 billion euros and the deficit at
# 10.4 billion")
PUT_ELLIPSIS = regex.compile(r"\b(?:was|were|is|are)\s+(?:now\s+|also\s+)?(?:put|fixed|pegged|budgeted|budgetted)\s+at\s+"
                             r"(?:[^.;:()]|\.(?=\d)){1,60}?(?:,\s*|\s+)(?:and|while|with)\s+(?:the\s+|its\s+)?(?:[\w-]+\s+){1,3}?at\s+"
                             r"(?:(?:about|around|roughly|some|nearly|almost|just|over|under|more\s+than|less\s+than)\s+)*$",
                             regex.IGNORECASE)
ELLIPSIS_REACH = 160
# the figure's sentence dated, before it, in the year gone by or the year running ("Last year's deficit was put at", "This
# year's spending is put at"; a year by its number: levels.names_past_year)
YEAR_BEFORE = regex.compile(r"\b(?:last|this|the\s+current|the\s+previous)\s+(?:fiscal\s+|financial\s+)?year\b"
                            r"|\b(?:last|this)\s+year['’]s\b", regex.IGNORECASE)


def put_before(text: str, lo: int, sentence_start: int, start: int) -> bool:
    """Whether the words right before the figure put it at its sum ("Expenditure was put at"), in its clause (from `lo`),
    or the passive's elided second line does ("... and the deficit at"), from the sentence's start."""
    return PUT_BEFORE.search(text, max(lo, start - REACH), start) is not None \
        or PUT_ELLIPSIS.search(text, max(sentence_start, start - ELLIPSIS_REACH), start) is not None


def put_type(sc, fig: dict, clause, claim_type: str, st) -> tuple:
    """The claim_type of a budget line put at its sum in a story presenting the budget: its government's commitment; else
    the type as it was."""
    if claim_type != "actual" or fig.get("head") is not None or fig["metric"] not in BUDGET_LINES:
        return claim_type, st
    text, start, end = sc.text, fig["char_start"], fig["end"]
    if not put_before(text, clause[0], sc.sentence.start, start):
        return claim_type, st
    published = sc.article.get("published")
    own, lo = own_stretch(text, clause, start, end), sc.sentence.start
    if own_date(text, clause, start, end, published) in ("past", "current") \
            or PAST_PERIOD.search(text, *own) is not None or YEAR_BEFORE.search(text, lo, start) is not None \
            or names_past_year(text, (lo, start), published):
        return claim_type, st
    state = sc.state
    if not budget_story(state, sc.article, text, sc.sentences) or legislative(text, state):
        return claim_type, st
    if uncoded_or_credited(sc.ctx, state, sc.sentence) or relayed_forecaster(sc.ctx, state, sc.sentence):
        return claim_type, st
    return "commitment", st._replace(claim_type="commitment")

# new money a government hands a line for a year not gone by: an allocation verb, up to four words of its object, and a
# word of extra money right before the figure ("gave defence an extra 2.2 billion pounds for the 2025-26 financial year",
# "allocated the army an additional 1 billion euros for next year"): a decision on that year's budget, its commitment, not
# a level reached (ANNOTATION: a government's budget plan is its commitment)
ALLOCATED_BEFORE = regex.compile(r"\b(?:gave|granted|allocated|earmarked|handed|awarded|set\s+aside)\s+(?:[\w'’-]+\s+){0,4}?"
                                 r"(?:an?\s+)?(?:extra|additional|further|another)\s+"
                                 r"(?:(?:about|around|roughly|some|nearly|almost)\s+)?$", regex.IGNORECASE)
ALLOCATED_REACH = 90  # chars before the figure searched for the verb
# the year the money is for, right after the figure: "for the 2025-26 financial year", "for fiscal 2026", "for next year"
FOR_YEAR_AFTER = regex.compile(r"\s+for\s+(?:the\s+)?(?:(?:fiscal|financial|budget)\s+(?:year\s+)?)?(?P<y>(?:19|20)\d\d)\b"
                               r"|\s+for\s+(?:next|the\s+coming)\s+(?:fiscal\s+|financial\s+|budget\s+)?year\b", regex.IGNORECASE)


def allocated_type(sc, fig: dict, clause, claim_type: str, st) -> tuple:
    """The claim_type of extra money a government gives a budget line for a year not gone by ("gave defence an extra 2.2
    billion pounds for the 2025-26 financial year"): its commitment; else the type as it was."""
    if claim_type != "actual" or fig["metric"] not in BUDGET_LINES or fig["unit"] != "currency":
        return claim_type, st
    if allocated_for_year(sc.text, clause[0], fig["char_start"], fig["end"], sc.article.get("published")):
        return "commitment", st._replace(claim_type="commitment")
    return claim_type, st


def allocated_for_year(text: str, lo: int, start: int, end: int, published) -> bool:
    """Whether an allocation of extra money stands right before the figure and a year not gone by right after it."""
    if ALLOCATED_BEFORE.search(text, max(lo, start - ALLOCATED_REACH), start) is None:
        return False
    m = FOR_YEAR_AFTER.match(text, end)
    if m is None:
        return False
    year = getattr(published, "year", None)
    return m.group("y") is None or year is None or int(m.group("y")) >= year


# a year heading the figure's stretch as its time ("Spending in 1988", "for fiscal 1989", "next year's"), not a year
# naming a thing ("Treasury Loan 1997", "the 1988 budget")
LATER_HEAD = regex.compile(r"\b(?:in|for|during)\s+(?:the\s+)?(?:fiscal\s+|financial\s+|calendar\s+)?(?:year\s+)?(?P<y>(?:19|20)\d\d)\b(?!\s*[/-])"
                           r"|\b(?:next|the\s+coming)\s+(?:fiscal\s+|financial\s+)?year\b", regex.IGNORECASE)

# a passive of a decided change right before the figure ("Payments in 1988 were cut to 400 mln"): of a year not begun, the
# level someone has decided
CHANGED_TO = regex.compile(r"\b(?:was|were|has\s+been|have\s+been)\s+(?:\w+ly\s+|also\s+|now\s+)?"
                           r"(?:cut|raised|reduced|lowered|increased|lifted|trimmed|slashed|boosted)\s+to\s+"
                           r"(?:(?:about|around|roughly|some|nearly|almost|just|over|under|more\s+than|less\s+than)\s+)*$",
                           regex.IGNORECASE)


def dated_later(text: str, clause, start: int, end: int, published) -> bool:
    """Whether the figure is dated in a year after the article's: by its own date (levels.own_date), or by a later year
    heading its own stretch with none gone by ("Spending in 1988 rose to" in 1987)."""
    dated = own_date(text, clause, start, end, published)
    if dated is not None:
        return dated == "later"
    year = getattr(published, "year", None)
    if year is None:
        return False
    own = own_stretch(text, clause, start, end)
    later = any(int(m.group("y")) > year if m.group("y") else True for m in LATER_HEAD.finditer(text, own[0], start))
    return later and not names_past_year(text, own, published) and YEAR_BEFORE.search(text, own[0], start) is None


def dated_later_type(sc, fig: dict, clause, claim_type: str, st) -> tuple:
    """A level the rules read as reached from a past verb, though the figure is dated in a later year than the article's
    ("Spending in 1988 rose to 210 billion crowns" in a 1987 story presenting the 1988 budget, "the deficit amounted to
    12.5 billion crowns next year"): no level of a year not yet begun has been reached. A level a passive change decided
    ("were cut to") and a budget story's own line (plans.budget_plan_level: spending, defence, aid, the borrowing that
    covers the deficit) are ``commitment``; any other such level is foreseen (``forecast``). A step of ``claim.figure_claim`` right after
    ``plantype.level_or_plan_type`` (whose packages and plans decide first)."""
    if claim_type != "actual" or fig.get("head") is not None:
        return claim_type, st
    if not dated_later(sc.text, clause, fig["char_start"], fig["end"], sc.article.get("published")):
        return claim_type, st
    decided = CHANGED_TO.search(sc.text, max(clause[0], fig["char_start"] - REACH), fig["char_start"]) is not None
    new = "commitment" if decided or budget_plan_level(sc.ctx, sc.state, sc.article, sc.sentence, clause, fig, st,
                                                       sc.stance_hits) else "forecast"
    return new, st._replace(claim_type=new)


def rules_stand(text: str, claim: dict, new: str, sentence_start: int, published) -> bool:
    """Whether the rules' commitment of a budget line put at its sum stands against the model's level or forecast, and
    whether the rules' forecast or commitment of a figure dated in a later year stands against the model's level."""
    rule, start, end = claim.get("claim_type"), claim["char_start"], claim["char_end"]
    if rule == "commitment" and new in ("actual", "forecast") and claim.get("metric") in BUDGET_LINES \
            and put_before(text, sentence_start, sentence_start, start):
        return True
    if rule == "commitment" and new == "actual" and claim.get("metric") in BUDGET_LINES \
            and allocated_for_year(text, sentence_start, start, end, published):
        return True
    if new != "actual" or rule not in ("forecast", "commitment"):
        return False
    clause = _stance.claim_clause(text, claim, sentence_start)
    return clause is not None and dated_later(text, clause, start, end, published)


from .lexicon import ascii_twins as _ascii_twins  # noqa: E402  (after the patterns it replaces)

_ascii_twins(globals())
