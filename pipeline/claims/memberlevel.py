"""The level of a member that an organisation acts on, given in a clause of reason after the act (ANNOTATION.md: "An
organisation's rule applied to one member's figure": actor the organisation, target the member; "The Commission's figures
for several members": levels EU for the member).

"European Union finance ministers placed Austria under the excessive deficit procedure after its budget deficit reached
4.7% of GDP": the organisation that opens the sentence as its subject acts on the member and states the level that moved
it to act, so the level's actor is the organisation, not the member that "its" stands for (the member stays the target).
Only an `actual` level whose actor is a state named after the organisation and before the reason clause
(reason_openers.csv, followed by "its" or "their"), the organisation being the first coded name of the sentence (after a
dateline) and no other name between it and the state; the rest of the roles are left as they are.
"""
from __future__ import annotations

import functools

import regex

from .entities import ORGANISATION_CODES, is_state
from .anaphora import reason_words
from .roles import DATELINE


@functools.lru_cache(maxsize=1)
def _reason_opening() -> "regex.Pattern[str]":
    """A reason opener of reason_openers.csv followed by a possessive pronoun: "after its", "because their"."""
    return regex.compile(r"\b(?:" + reason_words() + r")\s+(?:its|their)\b", regex.IGNORECASE)


def acting_organisation(ctx, sentence, fig: dict, claim_type: str, actor, target):
    """The organisation entity that opens the sentence and acts on the member whose level the reason clause gives, to
    stand as the level's actor; None when the construction does not hold."""
    if claim_type != "actual" or actor is None or not is_state(actor.code) or target is None or target[1] != actor.code:
        return None
    text, start = ctx.text, fig["char_start"]
    if actor.end > start:
        return None
    reason = None
    for m in _reason_opening().finditer(text, actor.end, start):
        reason = m
    if reason is None:
        return None
    dateline = DATELINE.match(text) if sentence.start == 0 or not text[:sentence.start].strip() else None
    opening = dateline.end() if dateline is not None else sentence.start  # ("VIENNA, July 8 - ": a place, no one)
    named = [e for e in ctx.entities(sentence) if e.code and e.kind not in ("pronoun", "state_pronoun", "person_pronoun")
             and opening <= e.start and e.end <= actor.start]
    if not named or named[0].code not in ORGANISATION_CODES:
        return None
    org = named[0]
    if any(e.code != org.code for e in named):
        return None  # another state or body between the organisation and the member: not plainly its act
    return org
