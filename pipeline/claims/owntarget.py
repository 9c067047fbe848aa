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
- "raised its budget deficit target for next year to 5.0% of GDP from 3.7%": the figure a changed target moves from is
  the earlier target, the state's commitment too (ANNOTATION.md: "its original and raised targets" -> ``commitment``),
  not a level reached; ``moved_target_type`` is a claim_type step of ``claim.figure_claim`` (after the anchors, which read
  "from" as a level), and the rules' commitment stands against the model's level.
Only the rules' commitment of a state's own figure (actor a state, not an organisation) stands. Pure: reads the text right
before the figure only."""
from __future__ import annotations

import regex

from . import entities as _entities
from . import stance as _stance
from .cuelexicon import SCORED

TARGET_WORDS = r"(?:target|goal|objective)"  # the nouns of a state's own target, read by the patterns below
OWN_TARGET_BEFORE = regex.compile(r"\b(?:government|cabinet|administration|ministry|treasury|[A-Z][\w.-]+)['’]s?\s+"
                                  r"(?:own\s+|official\s+|revised\s+|new\s+|original\s+)?(?:(?:deficit|budget|spending|debt)\s+)?"
                                  + TARGET_WORDS + r"\s+of\s+(?:(?:about|around|some|roughly|a|an)\s+)?$")
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
                                  r"[\w'’-]+\s+){0,3}?" + TARGET_WORDS + r"\b", regex.IGNORECASE)


TARGET_NOUN = regex.compile(r"\b" + TARGET_WORDS + r"s?\b", regex.IGNORECASE)
# between the target noun and the "from" of the level it moved from: its new figure after "to", no clause break
TO_NEW_FIGURE = regex.compile(r"[^;]*?\bto\s+[^;]*$", regex.IGNORECASE)
CLAUSE_BREAK = regex.compile(r";|,\s*(?:but|while|whereas|although)\s|\s(?:but|while|whereas)\s", regex.IGNORECASE)
WORD = regex.compile(r"(?<=\s)[\w'’.-]+(?=\s)")
EXTRA_WORDS = 3  # words before the target noun where the change verb's object phrase may also end
MOVED_REACH = 160  # characters before the "from" searched for the changed target's noun
CHANGE_REACH = 60  # characters before the target noun searched for the verb changing it


def moved_from_target(text: str, s0: int, start: int) -> bool:
    """Whether the figure at `start` is the level a changed target moves from: "from" right before it (with its
    qualifiers), and before that a change verb on a target noun ("raised its budget deficit target", "cut the borrowing
    target") whose new figure "to" gives, with no clause break between."""
    frm = _stance.FROM_BEFORE_SCAN.search(text, max(s0, start - 40), start)
    if frm is None:
        return False
    lo = max(s0, frm.start() - MOVED_REACH)
    nouns = list(TARGET_NOUN.finditer(text, lo, frm.start()))
    if not nouns:
        return False
    noun = nouns[-1]
    if CLAUSE_BREAK.search(text, noun.end(), frm.start()) or not TO_NEW_FIGURE.fullmatch(text, noun.end(), frm.start()):
        return False
    # the verb's object phrase may hold a few more words than CHANGE_OF_NOUN's ("cut the government's public sector
    # borrowing target", "raised its 1987 current account surplus target"): asked also up to the words before the noun
    lo = max(s0, noun.start() - CHANGE_REACH)
    ends = [noun.start()] + [w.start() for w in WORD.finditer(text, lo, noun.start())][-EXTRA_WORDS:]
    return any(_stance.CHANGE_OF_NOUN.search(text, lo, end) is not None for end in ends)


def moved_target_type(sc, fig: dict, clause, claim_type: str, st) -> tuple:
    """``commitment`` for the level a state's changed target moves from, which the rules read as a level reached."""
    if claim_type != "actual" or fig["metric"] not in TARGET_METRICS:
        return claim_type, st
    if not moved_from_target(sc.text, sc.sentence.start, fig["char_start"]):
        return claim_type, st
    return "commitment", st._replace(claim_type="commitment")


# the figures a state sets a target for: the scored metrics, its budget's lines and balances (a growth or inflation
# target is optional)
TARGET_METRICS = SCORED


def rules_stand(text: str, claim: dict, new: str, s0: int) -> bool:
    """Whether the rules' commitment of a state's own target stands against the model's other type."""
    if claim.get("claim_type") != "commitment" or new == "commitment":
        return False
    actor = claim.get("actor_code")
    if actor is not None and not _entities.is_state(actor):
        return False
    start = claim["char_start"]
    if new == "actual" and moved_from_target(text, s0, start):
        return True
    lo = max(s0, start - REACH)
    if new == "benchmark" and OWN_TARGET_BEFORE.search(text, lo, start):
        return True
    if new in ("actual", "forecast", "benchmark") and OWN_POSSESSIVE_BEFORE.search(text, lo, start) \
            and TARGET_NOUN_AFTER.match(text, claim["char_end"], claim["char_end"] + REACH):
        return True
    return new in ("actual", "forecast") and TARGETED_AT_BEFORE.search(text, lo, start) is not None
