"""Whose a standing rule is, when the sentence says so by a possessive or by "under".

- A rule noun right after a figure that a state's possessive governs ("above the government's own 5% rule", "Germany's
  0.35% debt-brake limit"): the state's benchmark (ANNOTATION.md: benchmark; debt-brake limits), not a plan or a level it
  reaches; organisations' rules so named are ``actors.organisations_rule``'s. Only nouns of ``stance_cues.csv`` typed
  benchmark (rule, limit, ceiling, cap, guideline): a state's own target or goal stays its commitment.
- A rule a clause puts "under" an organisation's rules ("Under EU rules, member states must keep deficits below 3% of GDP",
  "under NATO guidelines"): that organisation's benchmark, when no one else is found to state it.
"""
from __future__ import annotations

import bisect

import regex

from . import entities as _entities
from . import owners as _owners

RULE_GAP = regex.compile(r"\s+(?:(?:[a-z][\w-]*)\s+){0,2}")  # "5% rule", "0.35% debt-brake limit"
CHANGED_TYPES = frozenset({"commitment", "forecast", "actual"})
UNDER_BEFORE = regex.compile(r"\bunder\s+(?:the\s+)?$", regex.IGNORECASE)
RULES_AFTER = regex.compile(r"(?:['’]s?)?\s+(?:(?:[a-z][\w-]*)\s+){0,2}?(?:rules?|guidelines?|treaty|treaties|pact|framework|"
                            r"regulations?|requirements?)\b")
UNDER_TYPES = frozenset({"benchmark", "commitment", "demand", "forecast"})
UNDER_REACH = 160  # characters before the figure in which "under <organisation> rules" opens its clause


def state_owned_rule(sc, fig: dict, claim_type: str, actor_code, actor_text, target_code, target_text) -> tuple:
    """(claim_type, actor_code, actor_text, target_code, target_text): a state's own rule named right after the figure is
    its benchmark, on its own figures."""
    unchanged = claim_type, actor_code, actor_text, target_code, target_text
    if claim_type not in CHANGED_TYPES and claim_type != "benchmark":
        return unchanged  # (a figure compared with, "above the government's own 5% rule", is read too: the rule is named)
    hits, end = sc.stance_hits, fig["end"]
    i = bisect.bisect_left(hits, end, key=lambda h: h.start)
    hit = hits[i] if i < len(hits) else None
    if hit is None or hit.entry["pos"] != "N" or hit.entry["claim_type"] != "benchmark" \
            or hit.start >= sc.sentence.end or not RULE_GAP.fullmatch(sc.text, end, hit.start):
        return unchanged
    owner = _owners.cue_possessor(sc.ctx, sc.sentence, hit, fig["char_start"])
    if owner is None or not _entities.is_state(owner.code):
        return unchanged
    return "benchmark", owner.code, owner.surface, owner.code, owner.surface


def under_organisation_rules(sc, fig: dict, claim_type: str, actor_code, actor_text) -> tuple:
    """(claim_type, actor_code, actor_text) of a figure set "under" an organisation's rules in its sentence, that no one
    else is found to state or that the organisation's own members must keep ("Under NATO guidelines, members must keep
    defence spending at or above 2% of GDP"): the organisation's benchmark."""
    unchanged = claim_type, actor_code, actor_text
    if claim_type not in UNDER_TYPES or fig.get("head") is not None:
        return unchanged
    text, sentence, start = sc.text, sc.sentence, fig["char_start"]
    lo = max(sentence.start, start - UNDER_REACH)
    if "nder" not in text[lo:start]:
        return unchanged
    for e in sc.ctx.entities_until(sentence, start):
        if e.start >= lo and e.code in _entities.ORGANISATION_CODES and e.end <= start \
                and UNDER_BEFORE.search(text, max(sentence.start, e.start - 12), e.start) \
                and RULES_AFTER.match(text, e.end, start):
            if actor_code is not None and actor_code != e.code:
                return unchanged  # "Under EU rules, Rome must cut ...": a member named acts on its own figure
            return "benchmark", e.code, e.surface
    return unchanged


# the model check reads the text only: a rule noun right after the figure, a possessive right before it ("the government's
# own 5% rule", "the EU's 3% ceiling", "the alliance's 2% guideline")
RULE_NOUN_AFTER = regex.compile(r"\s+(?:(?:[a-z][\w-]*)\s+){0,2}?(?:rules?|limits?|ceilings?|caps?|guidelines?)\b")
# "Under EU rules, ...", "under NATO guidelines": an organisation's name is capitalised or an acronym
UNDER_RULES_BEFORE = regex.compile(r"\b[Uu]nder\s+(?:the\s+)?(?:[A-Z][\w.'’-]*\s+){1,4}(?:(?:[a-z][\w-]*)\s+){0,2}?"
                                   r"(?:rules?|guidelines?|treaty|pact|framework)\b")
POSSESSIVE_BEFORE = regex.compile(r"['’]s?\s+(?:(?:[a-z][\w-]*)\s+){0,2}$")


def rules_stand(text: str, claim: dict, new: str) -> bool:
    """Whether the rules' benchmark stands against the learned model's type: the figure is named as someone's rule by its
    own words (a possessive before it, a rule noun right after it), which the model's window does not tie to it."""
    if claim.get("claim_type") != "benchmark" or new == "benchmark":
        return False
    start, end = claim["char_start"], claim["char_end"]
    if RULE_NOUN_AFTER.match(text, end, min(len(text), end + 40)) is not None \
            and POSSESSIVE_BEFORE.search(text, max(0, start - 40), start) is not None:
        return True
    lo = max(0, start - UNDER_REACH)
    stop = max(text.rfind(". ", lo, start), text.rfind("\n", lo, start))  # (in the figure's sentence)
    s0 = stop + 1 if stop >= 0 else lo
    return UNDER_RULES_BEFORE.search(text, s0, start) is not None
