"""A state's own target, kept as its ``commitment`` against the learned type model (ANNOTATION.md: a government's own
target or goal is its commitment; an organisation's is a benchmark).

- "above the government's target of 3.9%", "Brazil's goal of 0.25% of GDP": a state's or government's possessive target
  noun right before the figure; the model read the target noun as a standing rule's (``benchmark``).
- "the deficit, ... targeted at 100,000 billion lire this year": the participle "targeted at" right before the figure;
  the model read the sentence's other level ("estimated at ... in 1986") into it (``actual`` or ``forecast``).
- "well above the government's 15 billion peso target", "against the Treasury's four billion stg PSBR target": the same
  possessive with the figure inside the target's noun phrase (up to three words between the figure and the target noun);
  the model read the forecast the sentence makes of the outcome into it (``forecast``, ``actual``) or the target noun as
  a rule's (``benchmark``). ANNOTATION.md (fresh actor set): the owner's own target named in a forecast's sentence is the
  owner's ``commitment``, not the forecaster's.
Only the rules' commitment of a state's own figure (actor a state, not an organisation) stands. Pure: reads the text right
before the figure only."""
from __future__ import annotations

import regex

from . import entities as _entities

OWN_TARGET_BEFORE = regex.compile(r"\b(?:government|cabinet|administration|ministry|treasury|[A-Z][\w.-]+)['’]s?\s+"
                                  r"(?:own\s+|official\s+|revised\s+|new\s+|original\s+)?(?:(?:deficit|budget|spending|debt)\s+)?"
                                  r"(?:target|goal|objective)\s+of\s+(?:(?:about|around|some|roughly|a|an)\s+)?$")
TARGETED_AT_BEFORE = regex.compile(r"\b(?:targett?ed|aimed)\s+at\s+(?:(?:about|around|some|roughly|no\s+more\s+than|"
                                   r"a\s+maximum\s+of)\s+)?$", regex.IGNORECASE)
REACH = 80
# the possessive of a state's body right before the figure ("the government's ", "the Treasury's ", "Mexico's "): not an
# organisation's, whose target is a standing rule (an all-capitals name, "the alliance's", "the bloc's", "the Fund's")
OWN_POSSESSIVE_BEFORE = regex.compile(r"\b(?:government|cabinet|administration|ministry|treasury|(?!(?:Alliance|Union|Commission|Fund|"
                                      r"Bank|Community|Club)['’])(?-i:[A-Z][a-z][\w.-]*))['’]s?\s+(?:own\s+|official\s+|revised\s+|"
                                      r"new\s+|original\s+)?$", regex.IGNORECASE)
# the target noun closing the figure's noun phrase ("15 billion peso target", "four billion stg PSBR target", "3.9% deficit goal")
TARGET_NOUN_AFTER = regex.compile(r"\s+(?:(?!(?:is|are|was|were|will|would|and|or|but|that|which|of|in|for|to|by|from|than|on|at)\s)"
                                  r"[\w'’-]+\s+){0,3}?(?:target|goal|objective)\b", regex.IGNORECASE)


def rules_stand(text: str, claim: dict, new: str, s0: int) -> bool:
    """Whether the rules' commitment of a state's own target stands against the model's other type."""
    if claim.get("claim_type") != "commitment" or new == "commitment":
        return False
    actor = claim.get("actor_code")
    if actor is not None and not _entities.is_state(actor):
        return False
    start = claim["char_start"]
    lo = max(s0, start - REACH)
    if new == "benchmark" and OWN_TARGET_BEFORE.search(text, lo, start):
        return True
    if new in ("actual", "forecast", "benchmark") and OWN_POSSESSIVE_BEFORE.search(text, lo, start) \
            and TARGET_NOUN_AFTER.match(text, claim["char_end"], claim["char_end"] + REACH):
        return True
    return new in ("actual", "forecast") and TARGETED_AT_BEFORE.search(text, lo, start) is not None
