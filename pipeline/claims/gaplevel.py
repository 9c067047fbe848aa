"""A deficit or gap that an act does away with or answers: the level as it stands, not the act's goal.

"Canada Post, under government orders to eliminate a 160 mln dlr deficit by next year", "tax rises to close a budget gap of
2 billion dlrs", "The government announced the freeze amid a crisis caused by ... a budget deficit of more than one billion
dlrs", "raised taxes because of a deficit of 5 billion dlrs". The rules give such a figure the stance of the act's verb
before it ("orders", "announced", "plans": a commitment); but the act is on the gap, whose size is where it stands now
(ANNOTATION.md claim_type: actual, "a level reached now or in the past"; the level an act moves from is ``actual``), or,
where the gap is one foreseen ("to close a projected budget gap of"), a ``forecast`` (ANNOTATION.md: a gap a plan must
fill, the IFS's "£11bn gap" Labour "will need" to cover, is a forecast). ``gap_type`` is one claim_type step (claim.py runs
it after debtdue's): it reads, in the figure's clause right before it, a verb of doing away with a gap or an opener of a
circumstance or cause, then the gap's article and words, and a gap noun before the figure ("a budget deficit of") or
right after it ("a 160 mln dlr deficit"). ``rules_stand`` keeps that level against the learned claim_type's act types.
Vocabulary: gap_level_words.csv. Pure: reads the figure's clause.
"""
from __future__ import annotations

import regex

from .lexicon import listed_words, words_alternation

WORDS = "gap_level_words.csv"
VERB = words_alternation(listed_words(WORDS, kind="verb"))
OPENER = words_alternation(listed_words(WORDS, kind="opener"))
GAP = words_alternation(listed_words(WORDS, kind="gap"))
PROJECTED = words_alternation(listed_words(WORDS, kind="projected"))
# up to five words of the gap's article and modifiers (no clause stop, no verb of its own: "a crisis caused by drought,"
# ends at the comma), then the gap noun and "of" with a hedge, or nothing (the noun after the figure)
LEAD = r"(?:[\w'’-]+\s+){0,5}?"
HEDGE = r"(?:(?:more\s+than|less\s+than|over|about|around|some|roughly|nearly|almost|up\s+to|at\s+least)\s+)?"
# (or, with the gap noun and "of" right before the figure, up to twelve words of a list of causes before it: "amid a
# worsening crisis caused by serious drought, a budget deficit of")
LIST_LEAD = r"(?:[\w'’-]+,?\s+){0,12}?"
BEFORE = regex.compile(
    r"\b(?:(?P<verb>" + VERB + r")|(?P<opener>" + OPENER + r"))\s+(?:" + LEAD
    + r"(?:(?P<noun>" + GAP + r")\s+of\s+)?|" + LIST_LEAD + r"(?P<noun>" + GAP + r")\s+of\s+)" + HEDGE + r"$",
    regex.IGNORECASE)
# the gap noun right after the figure ("a 160 mln dlr deficit", "a 5.7 billion dollar budget shortfall", "a $160 million
# (U.S.) deficit")
NOUN_AFTER = regex.compile(r"\s*(?:\([^()]{1,12}\)\s*)?(?:[\w-]+\s+){0,2}?(?:" + GAP + r")\b", regex.IGNORECASE)
PROJECTED_WORD = regex.compile(r"\b(?:" + PROJECTED + r")\b", regex.IGNORECASE)
REACH = 140  # chars before the figure searched (a list of causes before the gap)
METRICS = frozenset({"fiscal_deficit"})  # the gap's metric (a state's budget deficit, borrowing or shortfall)
ACTED = frozenset({"commitment", "proposal", "demand"})  # the act's types the rules gave it


def gap_level(text: str, lo: int, start: int, end: int, hi: int) -> str | None:
    """``"actual"`` (or ``"forecast"`` for a gap foreseen) when the figure at [start, end) is the size of a gap that a verb
    before it does away with, or that an opener of a circumstance or cause names, in the stretch [lo, hi); else None."""
    m = BEFORE.search(text, max(lo, start - REACH), start)
    if m is None or (m.group("noun") is None and NOUN_AFTER.match(text, end, hi) is None):
        return None
    return "forecast" if PROJECTED_WORD.search(text, m.end("verb") if m.group("verb") else m.end("opener"), start) else "actual"


def gap_type(sc, fig: dict, clause, claim_type: str, st):
    """The level of a gap an act does away with or answers (see the module), where the rules gave it the act's type."""
    if claim_type not in ACTED or fig["metric"] not in METRICS or fig.get("head") is not None:
        return claim_type, st
    new = gap_level(sc.text, clause[0], fig["char_start"], fig["end"], clause[1])
    if new is None:
        return claim_type, st
    return new, st._replace(claim_type=new)


def rules_stand(text: str, claim: dict, new: str, s0: int) -> bool:
    """Whether the rules' level of a gap an act does away with or answers stands against the model's act type."""
    if new not in ACTED or claim.get("metric") not in METRICS or claim.get("claim_type") not in ("actual", "forecast"):
        return False
    start, end = claim["char_start"], claim["char_end"]
    hi = s0 + len(claim.get("sentence") or text[s0:])
    return gap_level(text, s0, start, end, hi) == claim["claim_type"]


# every regex pattern above runs as its standard-re twin on ASCII text (lexicon.AsciiTwin: the same matches, less CPU)
from .lexicon import ascii_twins as _ascii_twins  # noqa: E402  (after the patterns it replaces)

_ascii_twins(globals())
