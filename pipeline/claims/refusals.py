"""A level a state or its leader says it cannot reach, afford or go to: a refusal (``rejection``), whatever tense the
rules read for a figure with no stance word of its own ("De Wever has said Belgium cannot go to 3.5% without breaking EU
fiscal rules", "the opposition leader said the island could not afford 5%").

ruletype.refusal_type rejects a commitment denied ("would not commit to 5%") and a forecast whose subject says it cannot
meet a level; a figure the rules left ``actual`` (no stance word: "go to", "afford" are none) or ``forecast`` (the modal
"could") was not, and the learned claim_type made such figures commitments (ANNOTATION.md: "Refusals through a complement
verb", "will not raise defence spending to 3.5%" -> rejection). The negated verb must take the figure as its object, and
its subject must be no outcome ("the deficit will not reach 3%" stays a forecast) and the sentence no estimate of someone
else's ("Italy will not reach 2% this year, NATO estimates"). Pure: reads the figure's clause only.
"""
from __future__ import annotations

import regex

from .lexicon import Guarded

NEGATED = r"(?:cannot|can['’]t|couldn['’]t|won['’]t|wouldn['’]t|(?:can|could|will|would)\s+(?:not|never))"
# the negated verb taking the figure as its object: "cannot go to 3.5%", "could not afford 5%", "will not reach 3.5%"
REFUSED_OBJECT = Guarded(regex.compile(
    r"\b(?P<neg>" + NEGATED + r")\s+(?:\w+ly\s+|even\s+|simply\s+)?"
    r"(?:afford|go\s+(?:up\s+)?to|get\s+to|reach|hit|achieve|meet|match|commit\s+to|sign\s+up\s+to|spend|accept)\s+"
    r"(?:(?:the|a|an|any|about|around|some|more\s+than|as\s+much\s+as|even|anything\s+like|new)\s+){0,3}$",
    regex.IGNORECASE), ("can", "could", "will", "won", "would"))  # (NEGATED's words: most windows hold none)
# an outcome as the subject: "the deficit will not reach 3%", "spending could not go to 2% this year"
OUTCOME_SUBJECT = regex.compile(r"\b(?:deficits?|debts?|spending|outlays|budgets?|ratios?|revenues?|gap|shortfall|borrowing|"
                                r"surplus|expenditures?|growth|inflation)\s+$", regex.IGNORECASE)
# an estimate or forecast of someone else's (the sentence's): "..., NATO estimates", "the IMF forecasts"
ESTIMATED = regex.compile(r"\b(?:estimat|forecast|project|predict|expect)\w*", regex.IGNORECASE)
REACH = 60  # chars before the figure searched for the negated verb
TYPES = frozenset({"actual", "forecast", "commitment"})


def refused_level(text: str, sentence, clause, start: int, claim_type: str, head) -> bool:
    """Whether the figure is a level its subject says it cannot reach, afford or go to."""
    if claim_type not in TYPES or head is not None:
        return False
    m = REFUSED_OBJECT.search(text, max(clause[0], start - REACH), start)
    if m is None:
        return False
    if OUTCOME_SUBJECT.search(text, max(clause[0], m.start() - 20), m.start()):
        return False
    return ESTIMATED.search(text, sentence.start, sentence.end) is None


# every regex pattern above runs as its standard-re twin on ASCII text (lexicon.AsciiTwin: the same matches, less CPU)
from .lexicon import ascii_twins as _ascii_twins  # noqa: E402  (after the patterns it replaces)

_ascii_twins(globals())
