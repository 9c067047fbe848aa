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

