"""A state "required", "obliged" or "bound" to spend, keep or bring a figure (by an alliance's target, its own law, a treaty,
EU rules): the requirement is a standing rule, a ``benchmark`` (ANNOTATION.md, "Decisions (session 23)"). Its actor is the
rule's owner named in the sentence (NATO for the alliance's target, the EU for EU rules, the state for its own law; none
when no owner is named), its target the state the rule binds.

"As a NATO member, Poland is required to spend at least 2% of GDP on defence", "Lithuania is obliged by law to spend at
least 2.5% of GDP", "Spain is required under EU rules to keep its deficit below 3% of GDP". The rules read the passive's
subject as the figure's owner and "required" or "bound" as its plan or a level, and the learned type model read the
state's "is obliged to spend" as its commitment. Only the passive with an infinitive of a verb that sets or moves the figure
within a few words of it is read: "the cuts required to meet the target" (no state obliged) and "bound to rise" (a
forecast, no figure verb) are not. Pure: reads the sentence's text and its entities only."""
from __future__ import annotations

import regex

from . import entities as _entities
from .lexicon import Guarded, listed_words, read_rows, words_alternation

# the obligation's participles (obligation_participles.csv) and the verbs setting the figure (figure_verbs.csv, column
# required)
PARTICIPLES = tuple(listed_words("obligation_participles.csv"))
# the passive of an obligation, an optional agent ("by law", "under EU rules", "by the alliance's guideline"), its
# infinitive of a verb setting the figure, and up to VERB_REACH words before the figure
OBLIGED = (r"\b(?:is|are|was|were|be|been|remains|remain|stays|stay)\s+(?:(?:legally|also|still|now|thus|therefore|"
           r"formally|constitutionally)\s+)?(?:" + words_alternation(PARTICIPLES) + ")")
AGENT = r"(?:\s+(?:by|under)\s+(?P<agent>[^,;.:()]{1,70}?))?"
FIGURE_VERB = (r"\s+to\s+(?:(?:\w+ly|at\s+least)\s+)?(?:"
               + words_alternation(listed_words("figure_verbs.csv", "verb", where="required")) + r")\b")
VERB_REACH = 8
# searched before every figure: only in a window holding one of the obligation's participles
REQUIRED_BEFORE = Guarded(regex.compile(OBLIGED + AGENT + FIGURE_VERB + r"(?:\s+\S+){0," + str(VERB_REACH) + r"}?\s+$",
                                        regex.IGNORECASE), PARTICIPLES)
REACH = 200  # chars before the figure searched for the construction
SUBJECT_WORDS = 8  # words from the subject's name to the passive


def _owner_words(owner: str) -> "regex.Pattern[str]":
    """The words of rule_owners.csv naming `owner`'s rule, as one pattern (case ignored unless its rows say ``s``)."""
    rows = [r for r in read_rows("rule_owners.csv") if r["owner"] == owner]
    cased = {r["case"] == "s" for r in rows}
    if len(cased) != 1:
        raise ValueError(f"rule_owners.csv: the rows of {owner} mix case-sensitive and caseless words")
    flags = 0 if cased.pop() else regex.IGNORECASE
    return regex.compile(r"\b(?:" + words_alternation(r["word"] for r in rows) + r")\b", flags)


# the rule's owner, read in the sentence: the alliance's target, EU rules, the state's own law
ALLIANCE = _owner_words("NATO")
UNION = _owner_words("EU")
OWN_LAW = _owner_words("state")


def required_match(text: str, start: int, lo: int):
    """The obligation's passive before the figure at ``start`` (searched from ``lo``), or None."""
    return REQUIRED_BEFORE.search(text, max(lo, start - REACH), start)


def _owner(text: str, s0: int, s1: int, agent: str | None, subject) -> tuple:
    """(code, surface) of the rule's owner: the agent phrase first, then the sentence; (None, None) when none is named."""
    for where in ([agent] if agent else []) + [text[s0:s1]]:
        if ALLIANCE.search(where):
            return "NATO", "NATO"
        if UNION.search(where):
            return "EU", "EU"
        if OWN_LAW.search(where) and subject is not None:
            return subject.code, subject.surface
    return None, None


def required_rule(sc, fig: dict, claim_type: str, actor_code, actor_text, target_code, target_text) -> tuple:
    """(claim_type, actor_code, actor_text, target_code, target_text): the standing rule's benchmark of a state required,
    obliged or bound to spend or keep the figure; else unchanged."""
    unchanged = claim_type, actor_code, actor_text, target_code, target_text
    if fig.get("head") is not None:
        return unchanged
    text, sentence, start = sc.text, sc.sentence, fig["char_start"]
    m = required_match(text, start, sentence.start)
    if m is None:
        return unchanged
    subjects = [e for e in sc.ctx.entities(sentence) if e.code and e.end <= m.start() and e.start >= sentence.start
                and e.kind != "pronoun" and _entities.is_state(e.code)
                and len(text[e.end:m.start()].split()) <= SUBJECT_WORDS]
    subject = subjects[-1] if subjects else None
    owner_code, owner_text = _owner(text, sentence.start, sentence.end, m.group("agent"), subject)
    if subject is None:  # "Every member state is obliged to keep ...": no state named, its target as the roles found it
        return "benchmark", owner_code, owner_text, target_code, target_text
    return "benchmark", owner_code, owner_text, subject.code, subject.surface


def rules_stand(text: str, claim: dict, new: str, s0: int) -> bool:
    """Whether the rules' benchmark of a state's obligation stands against the model's other type (the model reads the
    state's "is obliged to spend" as its plan)."""
    if claim.get("claim_type") != "benchmark" or new == "benchmark":
        return False
    return required_match(text, claim["char_start"], s0) is not None
