"""Who refuses a figure: the subject of the negated verb, not a body named after the negation.

"Harris said Ireland would not join NATO or adopt the alliance's 5% spending goal": the figure is a rejection (``ruletype``
NEG_COMMIT), and the name nearest before it (NATO, the object of "join", or "the alliance" whose goal it is) is the body
refused; the one who refuses is the subject right before "would not": Ireland (ANNOTATION.md: refusals, "Spain will not
raise spending to 5%" -> Spain's rejection). Only when the actor found is named between the negation and the figure, so a
subject the rules already found stays.
"""
from __future__ import annotations

import regex

from . import entities as _entities

NEGATION = regex.compile(r"\b(?:will|would|does|do|did|can|could|shall|is|are|was|were)\s*(?:not|n['’]t|never)\b",
                         regex.IGNORECASE)
SUBJECT_GAP = regex.compile(r"\s*(?:(?:also|still|simply|now|then)\s+)?")  # "Ireland still would not"
SUBJECT_KINDS = frozenset({"country", "demonym", "capital", "institution", "person", "generic", "pronoun"})
REACH = 160  # characters before the figure searched for the negation


def refuser(sc, fig: dict, claim_type: str, actor_code, actor_text) -> tuple:
    """(actor_code, actor_text) of a rejection whose actor was found between its negation and the figure."""
    if claim_type != "rejection" or fig.get("head") is not None:
        return actor_code, actor_text
    text, sentence, start = sc.text, sc.sentence, fig["char_start"]
    lo = max(sentence.start, start - REACH)
    negs = list(NEGATION.finditer(text, lo, start))
    if not negs:
        return actor_code, actor_text
    neg = negs[-1]
    ents = [e for e in sc.ctx.entities_until(sentence, start) if e.code and e.end <= start]
    if not any(e.code == actor_code and e.start >= neg.end() for e in ents):
        return actor_code, actor_text
    subject = next((e for e in reversed(ents) if e.end <= neg.start()), None)
    if subject is None or subject.kind not in SUBJECT_KINDS or not _entities.is_state(subject.code) \
            or not SUBJECT_GAP.fullmatch(text, subject.end, neg.start()):
        return actor_code, actor_text
    return subject.code, subject.surface


# a state saying it cannot or will not reach a level: "Belgium cannot go to 3.5% without breaking EU fiscal rules", "the
# island could not afford 5%" (the rules read a level or a forecast there; ANNOTATION.md, refusals: a rejection)
CANNOT = regex.compile(r"\b(?:cannot|can\s+not|can['’]t|could\s+not|couldn['’]t|will\s+not|won['’]t|would\s+not|wouldn['’]t)\s+"
                       r"(?:(?:possibly|simply|ever|really|afford\s+to)\s+)?(?:afford|go|reach|raise|lift|boost|spend|commit|"
                       r"accept|meet|hit|sign\s+up|move)\w*\b(?:\s+(?:up\s+)?(?:to|toward|towards|for))?"
                       r"\s+(?:(?:the|a|an|about|around|some|nearly|almost|even)\s+)*$", regex.IGNORECASE)


def refused_type(sc, fig: dict, claim_type: str) -> str:
    """'rejection' for a level or forecast a named state or pronoun says it cannot or will not reach, the verb right before
    the figure; the type unchanged otherwise."""
    if claim_type not in ("actual", "forecast") or fig.get("head") is not None:
        return claim_type
    text, sentence, start = sc.text, sc.sentence, fig["char_start"]
    m = CANNOT.search(text, max(sentence.start, start - 60), start)
    if m is None:
        return claim_type
    ents = [e for e in sc.ctx.entities_until(sentence, m.start()) if e.code and e.end <= m.start()]
    subject = ents[-1] if ents else None
    if subject is None or subject.kind not in SUBJECT_KINDS or not _entities.is_state(subject.code) \
            or not SUBJECT_GAP.fullmatch(text, subject.end, m.start()):
        return claim_type
    return "rejection"
