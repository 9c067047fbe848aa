"""Enacted decisions: a government's act on its own instrument, read from the words that state it, is its commitment
(ANNOTATION: "commitment: the actor pledges, agrees, promises, decides, plans, sets, budgets ...; taxes and surtaxes the
budget raises or imposes -> commitment"), not a level reported.

``enacted_type`` is one claim_type step (``claim.figure_claim`` runs it after ``plantype.level_or_plan_type``; the
proposal, refusal and rule steps after it still overrule it). It turns a figure the earlier steps left ``actual`` into
a decision where the words around it state an act, not an outcome (``stated_act``):

- the passive of a change verb on a policy instrument, past, perfect or under way, reaching the figure: "Customs duty on
  several electronics parts was cut to 10%", "the standard rate is being reduced by two pence, to 27 pct", "the deficit
  target was set at 1.2 billion" (the level it moves from stays ``actual``: the figure after "from" is a compared level,
  ``claimtype.figure_stance``); not in a clause naming a year gone by ("were cut to 20 pct from 31.9 pct in April 1983"
  is history, the rate standing since then), nor a dated spending cut ("expenditures were cut by 25 pct in 1987": the
  year's outturn); an intransitive move ("spending rose to", "revenue fell by") has no agent and stays an outturn;
- a government imposing a tax, duty or levy of that size: "the government levied a flat one pct surtax", "Ottawa imposed a
  25% tariff on ...";
- a law or act that includes, provides, allocates or earmarks a sum: "The law includes $150 billion of additional defence
  spending" (commitment; a bill not yet passed proposes it);
- readiness to act on the figure: "said he was ready to support an 18 billion dlr tax increase" (its refusal, "was not
  prepared to raise", the refusal step after this one rejects: ruletype.NEG_COMMIT).

``keeps_rules_type``: the learned claim_type (``typemodel.retype``) does not overrule the rules where the figure's own
words state such an act or a decision verb takes it ("has decided to repay 680 mln francs", "announced it would assume
1.36 billion dlrs": ``firm_commitment``), nor the level such a change moves from (``firm_level``).
"""
from __future__ import annotations

import regex

from . import lexicon as _lexicon
from . import ownacts as _ownacts
from .stance import DECIDED_PARTICIPLES
from .levels import names_past_year
from .lexicon import claim_sentence_end


# the instruments a state sets: its taxes, duties, tariffs and their rates, its budget lines and aid, and the targets and
# ceilings it fixes for any of its figures
INSTRUMENT_NOUN = (r"(?:tax|taxes|taxation|surtax|surtaxes|surcharges?|VAT|duty|duties|tariffs?|levy|levies|rates?|brackets?|"
                   r"allowances?|budgets?|allocations?|appropriations?|spending|outlays|expenditures?|aid|"
                   r"target|targets|ceilings?|limit|limits|cap|caps|goal)")
TARGET_NOUN = regex.compile(r"(?:targets?|ceilings?|limits?|caps?|goal)", regex.IGNORECASE)
# the metrics whose instrument the state sets itself (a target or ceiling may fix any figure: "the deficit target was set at")
ENACTED_METRICS = frozenset({"tax_revenue", "tariff_rate", "public_spending", "defense_spending", "development_aid"})

# the auxiliary, adverbs and participle of a passive change right before the figure, and what may stand between it and
# the figure: its size ("by two pence,") and the preposition of the level reached ("to", "at") or of the change ("by")
ENACTED_PASSIVE = regex.compile(
    r"\b(?:is|are|was|were|been|being)\s+(?:(?:now|also|further|then|already|again|once\s+more|\w+ly)\s+){0,2}"
    + DECIDED_PARTICIPLES + r"(?:\s+by\s+[^,;:.()]{1,30},)?"
    r"\s+(?:(?:from\s+[^,;:.()]{1,30}?\s+)?(?:to|at)|by)\s+(?:(?:about|around|some|roughly|nearly|just|only|a\s+flat|a\s+further|another)\s+)?$",
    regex.IGNORECASE)
ENACTED_PASSIVE_SCAN = _lexicon.Guarded(ENACTED_PASSIVE, ("is", "are", "was", "were", "been", "being"))
PASSIVE_REACH = 90  # chars before the figure searched for the passive verb phrase

# readiness to act on the figure, its object: "said he was ready to support an 18 billion dlr tax increase", "is prepared to
# raise the tax to 12 pct" (a stance cue would reach farther: "ready to present ... a package to cut" is the package's)
READY_TO = regex.compile(r"\b(?:ready|prepared|willing)\s+to\s+(?:support|back|accept|approve|endorse|raise|increase|lift|cut|reduce|"
                         r"lower|spend|provide|give|commit|pay|repay|impose|boost|double|reach)\s+(?:(?:an?|the|its|their|his|her|some|about|around|up\s+to)\s+)?"
                         r"(?:(?:[\w'’-]+\s+){0,3}?(?:to|by)\s+)?$", regex.IGNORECASE)
READY_TO_SCAN = _lexicon.Guarded(READY_TO, ("ready", "prepared", "willing"))
READY_REACH = 70

# spending nouns: a year's spending cut, dated, may be its outturn ("expenditures were cut by 25 pct in 1987")
OUTLAY_NOUN = regex.compile(r"(?:spending|outlays|expenditures?|appropriations?)", regex.IGNORECASE)
DATED = regex.compile(r"\b(?:(?:19|20)\d\d|(?:this|last|next|the\s+current|the\s+previous)\s+(?:fiscal\s+)?year)\b", regex.IGNORECASE)

# the subject of the passive: an instrument noun, then nothing or its complement ("duty on several electronics parts",
# "rate of taxation", "Small companies' corporation tax"), right before the auxiliary; not a revenue, receipt or yield
# noun after it ("tax revenue was cut by": what a tax brings in is an outcome)
SUBJECT_INSTRUMENT = regex.compile(
    r"\b(?P<noun>" + INSTRUMENT_NOUN + r")(?:\s+(?:on|of|for|in|from|to)\s+(?:(?!(?:is|are|was|were|has|have|had|and|or|but|that|which|"
    r"said|says)\b)[\w'’-]+\s+){1,5}?|\s+)(?:(?:is|are|was|were)\s+(?:\w+\s+)?being|(?:has|have|had)\s+(?:\w+\s+)?been|is|are|was|were)$",
    regex.IGNORECASE)
SUBJECT_REACH = 80  # chars before the auxiliary searched for the subject's noun

# a government imposing a tax, duty or levy of the figure's size: the active verb with its article right before the figure
# and the instrument noun right after it ("levied a flat one pct surtax", "imposed a 25% tariff on")
IMPOSED_BEFORE = regex.compile(r"\b(?:levied|imposed|introduced|slapped)\s+(?:an?\s+|the\s+)?(?:(?:new|flat|further|additional|"
                               r"extra|temporary|special|uniform|general|fresh|punitive|retaliatory)\s+){0,2}$", regex.IGNORECASE)
IMPOSED_BEFORE_SCAN = _lexicon.Guarded(IMPOSED_BEFORE, ("levied", "imposed", "introduced", "slapped"))
# a passive or participle before the active verb is no act of a subject here ("the surtax was levied", "duties imposed")
NOT_ACTIVE = regex.compile(r"\b(?:is|are|was|were|be|been|being|had|has|have)\s+(?:\w+ly\s+)?$", regex.IGNORECASE)
IMPOSED_NOUN_AFTER = regex.compile(r"\s*(?:[\w-]+\s+){0,2}?(?:surtax|surtaxes|surcharges?|tax|taxes|duty|duties|tariffs?|levy|levies|VAT)\b",
                                   regex.IGNORECASE)
IMPOSED_METRICS = frozenset({"tax_revenue", "tariff_rate"})

# a law or act holding the figure: its verb of content right before it ("The law includes roughly $150 billion of",
# "the act provides 5 billion dlrs for", "legislation that earmarks 3%"); a bill, draft or legislation not yet passed
# proposes it
LAW_HOLDS = regex.compile(r"\b(?P<noun>law|laws|act|statute|legislation|bill|bills)\b(?:\s+(?:that|which))?\s+(?:\w+ly\s+|also\s+|further\s+)?"
                          r"(?:includes|included|contains|contained|provides|provided|allocates|allocated|earmarks|earmarked|"
                          r"sets\s+aside|set\s+aside|appropriates|appropriated)\s+(?:(?:about|around|some|roughly|nearly|an?\s+"
                          r"(?:additional|further|extra)|another|more\s+than|over)\s+)?$", regex.IGNORECASE)
LAW_HOLDS_SCAN = _lexicon.Guarded(LAW_HOLDS, ("law", "act", "statute", "legislation", "bill"))
LAW_REACH = 70
PENDING_BILL = regex.compile(r"bills?|legislation", regex.IGNORECASE)
PASSED = regex.compile(r"\b(?:passed|enacted|signed|approved|adopted|ratified)\b", regex.IGNORECASE)
LAW_METRICS = ENACTED_METRICS | {"fiscal_deficit", "public_debt"}


def enacted_type(sc, fig: dict, clause, claim_type, st) -> tuple:
    """A figure the earlier steps read as a level reached, which the words around it state as a government's act: the
    level a passive change of an instrument reaches, a tax or duty imposed, a sum a law holds (see the module)."""
    if claim_type == "forecast" and fig.get("head") is None and st.how != "compared" \
            and READY_TO_SCAN.search(sc.text, max(clause[0], fig["char_start"] - READY_REACH), fig["char_start"]) is not None:
        # "Poland stands ready to spend 5% of its GDP next year", "is prepared to lift defence spending to 3.5% by 2035":
        # readiness to act on a later year's figure offers it as much as this year's (the future step read it as foreseen)
        return "commitment", st._replace(claim_type="commitment")
    if claim_type != "actual" or fig.get("head") is not None or st.how == "compared":
        return claim_type, st
    new = stated_act(sc.text, clause, fig["char_start"], fig["end"], fig["metric"], sc.article.get("published"))
    if new is None:
        return claim_type, st
    return new, st._replace(claim_type=new)


def stated_act(text: str, clause, start: int, end: int, metric: str, published) -> str | None:
    """The type of a figure its own words state as a government's act ("commitment"; "proposal" for a bill's sum), or None:
    the level a passive change of an instrument reaches ("was cut to 10%"), a tax or duty imposed ("levied a flat one pct
    surtax"), a sum a law holds ("The law includes $150 billion")."""
    # "Duties on chocolate were cut to 20 pct from 31.9 pct in April 1983": an act of a year gone by is history, the rate
    # standing since then a level reached
    history = _names_year_gone(text, clause, published)
    passive = ENACTED_PASSIVE_SCAN.search(text, max(clause[0], start - PASSIVE_REACH), start) if not history else None
    if passive is not None:
        aux_end = passive.start() + len(passive.group(0).split(None, 1)[0])  # ("was", "been", "being": the match opens on it)
        subject = SUBJECT_INSTRUMENT.search(text, max(clause[0], passive.start() - SUBJECT_REACH), aux_end)
        if subject is not None and (metric in ENACTED_METRICS or TARGET_NOUN.fullmatch(subject.group("noun"))) \
                and not (OUTLAY_NOUN.fullmatch(subject.group("noun")) and DATED.search(text, clause[0], clause[1])):
            # ("development expenditures were cut by about 25 pct in 1987": a year's spending, dated, is its outturn)
            return "commitment"
    if metric in IMPOSED_METRICS and not history:
        imposed = IMPOSED_BEFORE_SCAN.search(text, max(clause[0], start - 60), start)
        if imposed is not None and not NOT_ACTIVE.search(text, max(clause[0], imposed.start() - 20), imposed.start()) \
                and IMPOSED_NOUN_AFTER.match(text, end, clause[1]) is not None:
            return "commitment"
    if READY_TO_SCAN.search(text, max(clause[0], start - READY_REACH), start) is not None:
        return "commitment"
    if metric in LAW_METRICS:
        law = LAW_HOLDS_SCAN.search(text, max(clause[0], start - LAW_REACH), start)
        if law is not None:
            pending = PENDING_BILL.fullmatch(law.group("noun")) is not None and PASSED.search(text, clause[0], start) is None
            return "proposal" if pending else "commitment"
    return None


# a decision verb with the infinitive or "would" clause whose object is the figure: "has decided to repay 680 mln francs",
# "announced it would assume 1.36 billion dlrs", "agreed to raise defence spending to 2%"
DECIDED_COMPLEMENT = regex.compile(r"\b(?:decided|decides|agreed|agrees|resolved|voted)\s+to\s+[a-z]+\s+(?:[\w'’-]+\s+){0,3}?"
                                   r"(?:(?:about|around|some|roughly|nearly|an?\s+(?:additional|further|extra)|another)\s+)?$"
                                   r"|\bannounced\s+(?:that\s+)?(?:it|they|the\s+government)\s+(?:would|will)\s+[a-z]+\s+(?:[\w'’-]+\s+){0,3}?$",
                                   regex.IGNORECASE)
DECIDED_COMPLEMENT_SCAN = _lexicon.Guarded(DECIDED_COMPLEMENT, ("decide", "agree", "resolved", "voted", "announced"))
DECIDED_REACH = 70


def firm_commitment(text: str, claim: dict, sentence_start: int, published) -> bool:
    """Whether a claim the rules typed commitment states a government's act in its own words, so that the learned
    claim_type (typemodel.retype) does not turn it into a level reached: an enacted change, a tax imposed, a sum a law
    holds (stated_act), or a decision verb whose infinitive takes the figure ("has decided to repay 680 mln francs",
    "announced it would assume 1.36 billion dlrs"). On the dev files the model turned 5 such rules' commitments into
    actual, all of them commitments in the gold (blind23 and the unadopted train21/train25 among them), and none of the
    rules' commitments it rightly turned actual stood in one of these constructions."""
    clause = clause_of_type(text, claim, sentence_start, "commitment")
    if clause is None:
        return False
    start, end = claim["char_start"], claim["char_end"]
    if stated_act(text, clause, start, end, claim.get("metric"), published) == "commitment":
        return True
    return DECIDED_COMPLEMENT_SCAN.search(text, max(clause[0], start - DECIDED_REACH), start) is not None


# the level a change moves from, a level reached: "cutting corporate tax from 30% to 29%", "to 27 pct from 29 pct", "cut the
# corporate tax, now between 45 and 48 pct,", "would reduce the 55 pct top tax level to 38 pct"
FROM_LEVEL = regex.compile(r"\bfrom\s+(?:(?:about|around|roughly|some|nearly|almost|just|over|under|a|the|its|current|present)\s+){0,3}$",
                           regex.IGNORECASE)
FROM_LEVEL_SCAN = _lexicon.Guarded(FROM_LEVEL, ("from",))
TO_FIGURE = regex.compile(r"\bto\s+(?:(?:about|around|roughly|some|nearly|just|only|a|an)\s+)?(?:[$£€]|\d)", regex.IGNORECASE)
NOW_ASIDE = regex.compile(r"[,(]\s*(?:now|currently|at\s+present|presently)\s+(?:at\s+|standing\s+at\s+)?"
                          r"(?:(?:about|around|roughly|some|nearly|almost|just|over|under)\s+)?$", regex.IGNORECASE)
NOW_ASIDE_SCAN = _lexicon.Guarded(NOW_ASIDE, ("now", "currently", "present"))
CHANGED_OBJECT = regex.compile(r"\b(?:cut|cuts|cutting|reduce|reduces|reducing|lower|lowers|lowering|raise|raises|raising|increase|"
                               r"increases|increasing|lift|lifts|lifting|trim|trims|trimming|slash|slashes|slashing)\s+"
                               r"(?:the|its|their|his|her|our)\s+(?:current\s+|present\s+|existing\s+)?$", regex.IGNORECASE)
CHANGED_OBJECT_SCAN = _lexicon.Guarded(CHANGED_OBJECT, ("cut", "reduc", "lower", "rais", "increas", "lift", "trim", "slash"))
LATER = regex.compile(r"\b(?:next|coming)\s+(?:fiscal\s+)?year\b|\bby\s+(?:19|20)\d\d\b", regex.IGNORECASE)


def firm_level(text: str, claim: dict, sentence_start: int, published) -> bool:
    """Whether a claim the rules typed actual is the level a change of an instrument moves from, in its own words, so that
    the learned claim_type does not turn it into the change's commitment: after "from" with the level reached ("to
    29%") in its clause, in a "now ..." aside, or qualifying the object of a change verb that goes on "to" a figure
    (ANNOTATION: the level it moves from is actual). On the dev files the model turned 4 such levels into commitments,
    all actual in the gold; not one dated later ("up from 108 billion euros next year" is next year's budget)."""
    clause = clause_of_type(text, claim, sentence_start, "actual")
    if clause is None:
        return False
    start, end = claim["char_start"], claim["char_end"]
    if LATER.search(text, max(clause[0], start - 40), min(clause[1], end + 40)):
        return False
    if FROM_LEVEL_SCAN.search(text, max(clause[0], start - 30), start) is not None:
        return TO_FIGURE.search(text, clause[0], clause[1]) is not None
    if NOW_ASIDE_SCAN.search(text, max(clause[0], start - 30), start) is not None:
        return True
    return CHANGED_OBJECT_SCAN.search(text, max(clause[0], start - 30), start) is not None \
        and TO_FIGURE.search(text, end, clause[1]) is not None


def clause_of_type(text: str, claim: dict, sentence_start: int, claim_type: str):
    """The clause of a claim the rules typed `claim_type` (its sentence cut at the clause breaks around the figure), or
    None when the claim has another type or its sentence does not hold the figure."""
    if claim.get("claim_type") != claim_type:
        return None
    start, end = claim["char_start"], claim["char_end"]
    lo, hi = sentence_start, min(len(text), claim_sentence_end(claim, sentence_start))
    if not (lo <= start <= end <= hi):
        return None
    stop = _ownacts.CLAUSE_BREAK.search(text, end, hi)
    return _ownacts.clause_opening(text, lo, start), stop.start() if stop else hi


def keeps_rules_type(text: str, claim: dict, new: str, sentence_start: int, published) -> bool:
    """Whether the rules' claim_type stands against the learned model's (typemodel.retype): a government's act stated in
    the figure's own words (firm_commitment), or the level such a change moves from (firm_level), whatever type the
    model gives (`new`, unread: taken to fit typemodel's registry of the checks, typemodel.RULES_THAT_STAND)."""
    return firm_commitment(text, claim, sentence_start, published) or firm_level(text, claim, sentence_start, published)


# a year in a clause ("in April 1983", "since 2019"; not a fiscal year "1985/86", which names_past_year reads)
YEAR = regex.compile(r"\b((?:19|20)\d\d)\b(?!\s*/)")


def _names_year_gone(text: str, clause, published) -> bool:
    """Whether the clause names a year before the article's ("in April 1983", "last year", "in 1986"); with no
    publication date, only what names_past_year reads ("last year", "in 1986")."""
    if names_past_year(text, clause, published):
        return True
    year = getattr(published, "year", None)
    return year is not None and any(int(m.group(1)) < year for m in YEAR.finditer(text, clause[0], clause[1]))


# every regex pattern above runs as its standard-re twin on ASCII text (lexicon.AsciiTwin: the same matches, less CPU)
from .lexicon import ascii_twins as _ascii_twins  # noqa: E402  (after the patterns it replaces)

_ascii_twins(globals())
