"""A request another party makes that the subject resists: the figure asked for is the subject's refusal.

"Tokyo has resisted U.S. calls to raise defence spending to 3.5% of GDP", "Seoul dismissed Washington's demands that it
spend 3.5%", "Canberra brushed off Pentagon pressure to lift spending to 3.5%": the verb (resist, dismiss, defy, brush off,
shrug off, fend off) takes a request noun (calls, demands, pressure, requests, a push, appeals) as its object, and the
figure the request asks for is refused by the verb's subject. ANNOTATION.md (modern37): "an opposition leader refusing
'the level Trump has demanded of allies'" -> ``["rejection", "demand"]``, actor the refusing state; "saw no need to follow
Trump's call for allies to spend 5%" likewise. The rules read no stance in "resisted" (stance_cues.csv leaves the verbs out:
"dismissed reports", "a bank resisting a rescheduling" refuse no figure) and the request noun as a demand or nothing, so
the figure became the requester's demand or, with "calls to", a level reached by no one.

``resisted_request_hits`` adds a rejection cue on the verb of each such phrase (priority of the other refusals, 70), to the
sentence's stance hits (scope.sentence_scope), so the figure's clause reads it as its governing cue and the roles take the
verb's subject as the refuser, as for "balked at U.S. pressure".

``refused_request_target``: whatever verb refuses it ("rejected", "balked at", "rebuffed", or the verbs above), a figure
asked for in another state's request ("U.S. demands that it spend 3.5%", "Pentagon pressure to lift spending to 3.5%") is
the refuser's own figure, the one the request asks of it: the requester named as the request's owner is no target
(ANNOTATION.md, modern37: target the refusing state, or the alliance). The roles took the name nearest before the figure,
the owner. story._bare_share reads the added refusal as a stance too, so a bare share such a request asks for shortly after
a defence claim goes on with the story ("Tokyo has resisted U.S. calls to go to 3.5% of GDP"). Words:
resisted_requests.csv. Pure: reads the sentence.
"""
from __future__ import annotations

import functools

import regex

from . import entities as _entities
from .lexicon import Hit, listed_words, phrases_alternation

ENTRY = {"cue": "resisted", "claim_type": "rejection", "pos": "V", "priority": "70"}
OWNER_WORDS = 4  # words between the verb and the request noun: its owner and adjectives ("the Pentagon's renewed")


@functools.lru_cache(maxsize=1)
def _pattern():
    verbs = phrases_alternation(listed_words("resisted_requests.csv", kind="verb"))
    nouns = phrases_alternation(listed_words("resisted_requests.csv", kind="noun"))
    return regex.compile(r"\b(?P<verb>" + verbs + r")\s+(?:(?!(?:and|but|or|to|for|that|of|as|after|before|while|which|who)\s)"
                         r"[\w.'’-]+\s+){0,%d}?(?:" % OWNER_WORDS + nouns + r")\s+(?:to|for|that|of)\b", regex.IGNORECASE)


def resisted_request_hits(text: str, sentence, hits: list) -> list:
    """The stance hits of a sentence with a rejection cue added on the verb of each request it resists."""
    lower = text[sentence.start:sentence.end].lower()
    if not any(w in lower for w in ("resist", "dismiss", "defie", "defy", "brush", "shrug", "fend off", "fended", "fends", "fending")):
        # (nearly never: a cheap test first; not "def" or "fend", which "defence" and "defend" hold)
        return hits
    extra = [Hit(m.start("verb"), m.end("verb"), ENTRY) for m in _pattern().finditer(text, sentence.start, sentence.end)]
    if not extra:
        return hits
    return sorted(hits + extra, key=lambda h: (h.start, h.end))


@functools.lru_cache(maxsize=1)
def _request():
    nouns = phrases_alternation(listed_words("resisted_requests.csv", kind="noun"))
    return regex.compile(r"\b(?:" + nouns + r")\s+(?:to|for|that|of)\b", regex.IGNORECASE)


OWNER_GAP = regex.compile(r"(?:['’]s?)?\s+(?:[\w'’-]+\s+){0,2}?", regex.IGNORECASE)  # "U.S. renewed calls", "Washington's demands"
PRONOUN_GAP = regex.compile(r"[^,;]*?$")


def refused_request_target(sc, fig: dict, claim_type: str, actor_code, target_code, target_text) -> tuple:
    """(target_code, target_text) of a rejection whose figure another state's request asks of the refusing state."""
    if claim_type != "rejection" or fig.get("head") is not None or not _entities.is_state(actor_code) \
            or target_code == actor_code or not _entities.is_state(target_code):
        return target_code, target_text
    text, sentence, start = sc.text, sc.sentence, fig["char_start"]
    requests = list(_request().finditer(text, sentence.start, start))
    if not requests:
        return target_code, target_text
    req = requests[-1]
    ents = [e for e in sc.ctx.entities_until(sentence, start) if e.code and e.end <= start]
    owner = next((e for e in reversed(ents) if e.end <= req.start()), None)
    if owner is None or owner.code != target_code or not OWNER_GAP.fullmatch(text, owner.end, req.start()):
        return target_code, target_text
    if any(e.start >= req.end() and _entities.is_state(e.code) and e.code != actor_code and not e.kind.endswith("pronoun")
           for e in ents):
        return target_code, target_text  # "rejected U.S. demands that Japan spend 3.5%": the state asked is named
    # ("demands that it spend": the pronoun asked is the refuser, whatever name before it the pronoun step chose)
    actor = next((e for e in reversed(ents) if e.code == actor_code and e.end <= owner.start), None)
    return actor_code, (actor.surface if actor is not None else target_text)
