"""Plans stated in a construction the future and level steps read as a forecast or a level reached (ANNOTATION: the actor
"pledges, ... plans, sets, budgets, will ... it for itself": commitment).

``own_act_type`` is one claim_type step (``claim.figure_claim`` runs it after ``acts.enacted_type``; the demand, proposal,
refusal and rule steps after it still overrule it). It turns a figure typed ``forecast`` or ``actual`` into a
``commitment`` where its own clause, before it, states:

- how a plan is paid for, the figure being the means or the budget line it comes out of: a passive of financing with its
  means ("will be financed largely by issuing 3 trillion yen of bonds", "to be funded from a 2% rise in the payroll tax",
  "would be paid for within the ministry's allowance of 400 million dollars"): a financing plan is decided by whoever
  makes it, not foreseen (the future step reads "will be" as a level foreseen, with no state subject);
- a first-person future act ("we'll be reducing the debt by 300 million", "we will cut spending by 2%", "we shall raise the
  rate to 20%"): the speaker pledges it for those it speaks for (the cue lexicon reads "will", not the contraction "'ll",
  and "we" is no coded subject).

Not a figure after "from" (the level a change moves from is a level reached), nor one an asking, refusing or estimating
verb governs (those steps run later or earlier and keep their types: only ``forecast`` or ``actual`` is turned).

``rules_stand``: the learned claim_type (``typemodel.retype``) does not overrule such a commitment (the model reads the
words "will be" and "by", not that a financing or first-person act governs the figure). Pure: reads the clause only.
"""
from __future__ import annotations

import regex

from . import lexicon as _lexicon
from .modality import later_year
from .lexicon import claim_sentence_end

TURNED = frozenset({"forecast", "actual"})
# where the clause of an act's figure opens and ends, for this module's acts and for ``acts`` (which imports it through
# ``stance``): a new clause may carry another stance ("..., but the IMF expects ...")
# (lexicon.py lists the clause breaks side by side: this one is typemodel.CLAUSE_BREAK less its ", and" and bullet lines, and
# it stops at "which" and "however" where cuescope's does not; stance's ", and" clause openers are not in it: written for
# the financing and first-person acts of this module, stance's wider list not measured here)
CLAUSE_BREAK = regex.compile(r";|\s(?:but|while|whereas|although|however|which)\s|,\s+(?:saying|adding)", regex.IGNORECASE)


def clause_opening(text: str, lo: int, start: int) -> int:
    """Where the clause of a figure at `start` opens: the end of the last CLAUSE_BREAK between lo and start, else lo."""
    last = _lexicon.last_match(CLAUSE_BREAK, text, lo, start)
    return lo if last is None else last.end()

QUAL = (r"(?:(?:about|around|some|roughly|nearly|almost|approximately|at\s+least|up\s+to|as\s+much\s+as|more\s+than|less\s+than|"
        r"over|under|only|just|an?|the|another|additional|extra|further|new|its|their|his|her|our|total|of)\s+){0,4}")
WORD = r"(?:[\w'’.&-]+\s+)"  # one word (no comma: a comma ends the reach)
ACT_WORD = r"(?:[\w'’.&%$£€-]+\s+)"  # one word or figure of an act's object ("cut the rate from 30% to")

# a future or infinitive passive of financing and its means up to the figure: "will be financed (largely) by issuing", "to
# be funded from a", "would be paid for within the government's operating allowance of" (not a past one: "that was partly
# offset by a 0.4 pct rise in prices" states what happened)
FINANCED = regex.compile(
    r"\b(?:will|would|shall|to|is\s+to|are\s+to|could|can|must|should)\s+(?:(?:\w+ly|also|partly|mostly|entirely|fully|then|now|still)\s+){0,2}be\s+"
    r"(?:(?:\w+ly|also|partly|mostly|entirely|fully)\s+){0,2}"
    r"(?:financed|funded|paid\s+for|covered|met|offset|bankrolled)\s+(?:(?:\w+ly|partly|mostly|entirely|fully|in\s+part)\s+)?"
    r"(?P<prep>by|through|from|out\s+of|within|with|via)\s+" + WORD + r"{0,7}?" + QUAL + r"$", regex.IGNORECASE)
FINANCED_SCAN = _lexicon.Guarded(FINANCED, ("financed", "funded", "paid for", "covered", "met", "offset", "bankrolled"))
FINANCED_REACH = 120  # chars before the figure searched for the financing passive

# a first-person future of a policy act with the figure as its object, level or size: "we'll be reducing the stock of debt
# by", "we will cut spending to", "we shall raise the rate to"
ACT_VERB = (r"(?:cut|cutting|reduc\w*|rais\w*|lower\w*|increas\w*|spen[dt]\w*|lift\w*|boost\w*|trim\w*|slash\w*|halv\w*|doubl\w*|"
            r"limit\w*|cap|capping|hold|holding|keep|keeping|freez\w*|curb\w*|bring\w*\s+down|repay\w*|pay|paying|provid\w*|"
            r"giv\w*|allocat\w*|invest\w*|borrow\w*|impos\w*|introduc\w*|set|setting)")
FIRST_PERSON_ACT = regex.compile(
    r"\bwe(?:\s+will|\s+shall|['’]ll)\s+(?:(?:also|then|now|still|\w+ly)\s+)?(?:be\s+)?" + ACT_VERB + r"\s+"
    + ACT_WORD + r"{0,7}?(?:(?:to|by|at)\s+)?" + QUAL + r"$", regex.IGNORECASE)
FIRST_PERSON_SCAN = _lexicon.Guarded(FIRST_PERSON_ACT, ("we",))
FIRST_PERSON_REACH = 120
FROM_BEFORE = regex.compile(r"\bfrom\s+" + QUAL + r"$", regex.IGNORECASE)


def own_act(text: str, clause, start: int) -> bool:
    """Whether the figure's clause, before it, states a financing plan whose means or budget line it is, or a first-person
    future act on it (see the module)."""
    moved_from = FROM_BEFORE.search(text, max(clause[0], start - 40), start)
    financed = FINANCED_SCAN.search(text, max(clause[0], start - FINANCED_REACH), start)
    if financed is not None:
        # ("to be funded from a 1% rise": the financing's own "from" is its means, not a level moved from)
        return moved_from is None or moved_from.start() == financed.start("prep")
    return moved_from is None \
        and FIRST_PERSON_SCAN.search(text, max(clause[0], start - FIRST_PERSON_REACH), start) is not None


def _financed_from(text: str, clause, start: int) -> bool:
    financed = FINANCED_SCAN.search(text, max(clause[0], start - FINANCED_REACH), start)
    return financed is not None and financed.group("prep").lower() == "from"


# a tax or tariff rate standing in the present: "These are set at three rates -- 0.1 pct, ...", "the duty is fixed at 5 pct"
# (not "is now set at", "is being set at", "will be set at": an act; nor with a later date, a budget or a plan in the
# sentence: "Total spending is set at 520 billion euros" in a draft budget is its plan)
STANDING_SET = regex.compile(r"\b(?:is|are)\s+(?:(?:currently|normally|usually|generally)\s+)?(?:set|fixed)\s+at\s+(?:[^.;:()]|(?<=\d)\.(?=\d)){0,60}$",
                             regex.IGNORECASE)
STANDING_SET_SCAN = _lexicon.Guarded(STANDING_SET, ("set", "fixed"))
STANDING_REACH = 90
RATE_METRICS = frozenset({"tax_revenue", "tariff_rate"})
PLAN_WORDS = regex.compile(r"\b(?:budgets?|plans?|planned|draft|proposals?|proposed|bill|reform|new|from|next|will|would|as\s+of|"
                           r"cut|raised|lowered|increased|reduced)\b", regex.IGNORECASE)


def standing_rate(text: str, sentence_start: int, sentence_end: int, clause, claim: dict, published) -> bool:
    """Whether a tax or tariff rate is stated as set in the present, with no plan, change or later date in its sentence: a
    rate standing, a level reached as "the rate is 20 pct" is (see STANDING_SET), not a decision."""
    if claim.get("metric") not in RATE_METRICS or claim.get("unit") != "percent":
        return False
    start = claim["char_start"]
    # (from the sentence's start: a list of rates after a dash is the same verb's, the pattern stops at . ; : and brackets)
    if STANDING_SET_SCAN.search(text, max(sentence_start, start - STANDING_REACH), start) is None:
        return False
    return PLAN_WORDS.search(text, sentence_start, sentence_end) is None and not later_year(text, clause, published)


def own_act_type(sc, fig: dict, clause, claim_type, st) -> tuple:
    """A figure the earlier steps typed forecast or actual that its clause states as a plan's financing or a first-person
    future act: the actor's commitment."""
    if claim_type == "commitment" and fig.get("head") is None \
            and standing_rate(sc.text, sc.sentence.start, sc.sentence.end, clause, {**fig, "char_start": fig["char_start"]},
                              sc.article.get("published")):
        return "actual", st._replace(claim_type="actual")
    if claim_type not in TURNED or fig.get("head") is not None:
        return claim_type, st
    if not own_act(sc.text, clause, fig["char_start"]):
        return claim_type, st
    if st.how == "compared" and not _financed_from(sc.text, clause, fig["char_start"]):
        return claim_type, st  # (a level compared with: "up from", "than"; the financing's own "from" is its means)
    return "commitment", st._replace(claim_type="commitment")


# "will" (not the conditional or reported "would") and a policy act whose level or size the figure is: "the government will
# limit foreign borrowing, which would come from banks, to 50 pct of", "will cut the tax by"; an aside on the object
# between commas may stand before the preposition
WILL_ACT = regex.compile(
    r"\b(?:will|shall)\s+(?:(?:also|further|then|now|\w+ly)\s+)?" + ACT_VERB + r"\s+" + ACT_WORD + r"{0,6}?"
    r"(?:[\w'’.&-]+,\s+(?:which|who)\s+[^,;:()]{3,120},\s+)?(?:to|by|at)\s+" + QUAL + r"$", regex.IGNORECASE)
WILL_ACT_SCAN = _lexicon.Guarded(WILL_ACT, ("will", "shall"))
WILL_ACT_REACH = 200


def rules_stand(text: str, claim: dict, new: str, sentence_start: int, published=None) -> bool:
    """Whether the rules' commitment is such a plan's (a financing, a first-person future act), or the level or size of an
    act a "will" states, so the learned model's `new` type (a forecast or a level) does not override it; nor the rules'
    level of a tax rate standing in the present ("are set at three rates --"), which the model read as set. On the dev
    files the model turned into levels rules' commitments the gold holds as commitments ("will limit foreign borrowing
    ... to 50 pct"); none it rightly turned actual stood after such a "will"."""
    if claim.get("claim_type") == "actual" and new == "commitment":
        end = min(len(text), claim_sentence_end(claim, sentence_start))
        return standing_rate(text, sentence_start, end, (sentence_start, end), claim, published)
    if claim.get("claim_type") != "commitment" or new not in TURNED:
        return False
    start = claim["char_start"]
    if own_act(text, (clause_opening(text, max(sentence_start, start - FINANCED_REACH), start), start), start):
        return True
    # (a "will" act is held off a level only: the model's forecast of it may still stand, "will lift spending to 2% of GDP
    # this fiscal year" being a plan another reads as foreseen)
    return new == "actual" and FROM_BEFORE.search(text, max(sentence_start, start - 40), start) is None \
        and WILL_ACT_SCAN.search(text, max(sentence_start, start - WILL_ACT_REACH), start) is not None


PROJECTING = frozenset({"forecast", "estimate"})
# a percent or money figure in digits or words ("40 billion", "3.5 pct", "$4bn", "eight billion dlrs", "five pct")
OWN_FIGURE = regex.compile(r"(?<![\w.])\d[\d,.]*\s*(?:%|pct\b|percent\b|per\s+cent\b|(?:b|m|tr)illion\b|bln\b|mln\b|bn\b)|[$£€¥]\s*\d"
                           r"|\b(?:one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|fifteen|twenty|thirty|forty|fifty|"
                           r"sixty|seventy|eighty|ninety|hundred)\s+(?:pct|percent|per\s+cent|(?:b|m|tr)illion|bln|mln)\b", regex.IGNORECASE)
PROJECTED_OBJECT_REACH = 4  # words from a projecting verb to the figure it takes as its own object


def projects_own_figure(text: str, hit_end: int, cue_start: int) -> bool:
    """Whether a stance verb before a later one (at `cue_start`) takes a figure of its own in an aside the comma closes
    before the later verb ("the surplus, previously expected to exceed 8 billion dollars this year, would be held at 5
    billion dollars by increasing imports"): it governs that figure, not what the later verb's subject decides
    (stance.stance_of; claimtype.tense_type for a projecting verb before a future)."""
    m = OWN_FIGURE.search(text, hit_end, cue_start)
    if m is None or "," in text[hit_end:m.start()] or _lexicon.count_words(text[hit_end:m.start()]) > PROJECTED_OBJECT_REACH:
        return False
    return "," in text[m.end():cue_start]


# the comma opening an aside right before its projecting participle: ", previously expected", ", once forecast", ", seen"
# (a subordinate clause opening the sentence is not one: "While consumption is expected to fall to 2.5 pct, spending will
# likely grow by 1.9 pct" leaves the reading as it was)
ASIDE_OPENS = regex.compile(r",\s+(?:(?:\w+ly|earlier|once|then|now|initially|originally)\s+)?$", regex.IGNORECASE)


def projector_aside(text: str, governors: list) -> int | None:
    """Where the last projecting verb among a figure's governors ends that opens an aside after a comma and whose own
    figure the aside's closing comma ends before a later governor (projects_own_figure), or None."""
    last = None
    for h in governors:
        if h.entry["claim_type"] in PROJECTING and h.entry["pos"] in "VA" \
                and ASIDE_OPENS.search(text, max(0, h.start - 30), h.start) is not None \
                and any(g.start > h.end and projects_own_figure(text, h.end, g.start) for g in governors):
            last = h.end
    return last


# a reporting verb, the subject of a "would" and an aside between commas before it: "said the current account surplus,
# previously expected to exceed 8 billion dlrs this year, would" (claimtype.REPORTED_WOULD without the aside)
REPORTED_ASIDE_WOULD = regex.compile(r"\b(?:said|says|announced|stated)\s+(?:that\s+)?(?:[\w'’-]+\s+){0,3}[\w'’-]+,\s+[^,;:()]{3,120},\s+$",
                                     regex.IGNORECASE)
REPORTED_ASIDE_SCAN = _lexicon.Guarded(REPORTED_ASIDE_WOULD, ("said", "says", "announced", "stated"))
REPORTED_ASIDE_REACH = 200


def reported_aside_would(text: str, clause_start: int, cue_start: int) -> bool:
    """Whether a "would" at `cue_start` is a reporting verb's "will" whose subject an aside follows (see the pattern)."""
    return REPORTED_ASIDE_SCAN.search(text, max(clause_start, cue_start - REPORTED_ASIDE_REACH), cue_start) is not None


# between a figure and the same figure restated in other terms right after it: "1.20 billion punts, which is 6.9 pct of GNP",
# "44 billion baht, or about 3.4 pct of GDP", "NT$949.5 billion, equal to 3.32% of", "30 billion pounds (40 billion dollars),
# or just over 1% of GDP": one pattern for the claim_type of such a pair (shares_follow_heads here), its metric and level
# (levels.restated_figure, figures' pairs: levels.RESTATE is this pattern)
RESTATE_GAP = regex.compile(r"\s*(?:\([^()]{0,40}\)\s*)?,?\s*(?:which\s+(?:is|was|would\s+be|will\s+be)|equal\s+to|equivalent\s+to|or|"
                            r"representing|amounting\s+to)\s+(?:(?:about|around|some|roughly|nearly|almost|just\s+over|just\s+under|"
                            r"just|over|under)\s+)?", regex.IGNORECASE)
SHARE_BASES = frozenset({"GDP", "GNP", "GNI"})


def shares_follow_heads(claims: list[dict], text: str) -> list[dict]:
    """A share of GDP or GNP restating the sum right before it (RESTATE_GAP), or a sum restating such a share ("was to fall
    to 1.0 pct of GDP, or some 30 billion pounds"), takes the first figure's claim_type: it is the same figure in other
    terms (on the dev files every such pair in the gold has one type; the learned model, reading a few words either side,
    gave "1.20 billion punts, which is 6.9 pct of GNP" a set target and a level reached)."""
    out = claims
    for k in range(1, len(claims)):
        head, restated = out[k - 1], out[k]
        units = (head.get("unit"), restated.get("unit"))
        share = restated if units == ("currency", "percent") else head if units == ("percent", "currency") else None
        if (share is not None and restated.get("claim_type") != head.get("claim_type")
                and restated.get("metric") == head.get("metric") and share.get("basis") in SHARE_BASES
                and head["char_end"] <= restated["char_start"]
                and RESTATE_GAP.fullmatch(text, head["char_end"], restated["char_start"])):
            if out is claims:
                out = list(claims)
            out[k] = {**restated, "claim_type": head["claim_type"]}
    return out


# a sentence opening on a subject of its own, not a pronoun or demonstrative going on with the sentence before ("That
# alone brings in", "This means", "It is"): levels.later_before
NAMED_SUBJECT = regex.compile(r"\s*(?!(?:that|this|these|those|it|its|which|such|so|then|there|here)\b)[\w'’-]+", regex.IGNORECASE)


LOOKS_AHEAD = regex.compile(r"\b(?:will|would|shall|could|may|might|expect\w*|forecast\w*|project\w*|likely|later|scenario|"
                            r"simulat\w*|estimat\w*)\b|['’]ll\b", regex.IGNORECASE)


FRONTED_REACH = 40  # chars from a sentence's start to the comma closing a time it opens on ("Next year,", "In 2027,")


def fronted_later(text: str, start: int, end: int, published) -> bool:
    """Whether the sentence at [start, end) opens on a later year closed by a comma ("Next year, ...", "In 2027, ..."): a
    time that frames the sentences after it (levels.later_before)."""
    comma = text.find(",", start, min(end, start + FRONTED_REACH))
    return comma != -1 and later_year(text, (start, comma), published)


# every regex pattern above runs as its standard-re twin on ASCII text (lexicon.AsciiTwin: the same matches, less CPU)
from .lexicon import ascii_twins as _ascii_twins  # noqa: E402  (after the patterns it replaces)

_ascii_twins(globals())
