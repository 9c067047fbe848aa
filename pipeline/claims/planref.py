"""Whose plan "the plan" is: a sentence that opens with a definite plan noun as its subject ("The plan includes 131
billion euros for defence", "The proposal would save up to four billion ECUs", "The package directs 800 billion euros
to defence") and names no speaker of its own goes on with a plan an earlier sentence named, and the figure is that
plan's author's: the coded body or state that proposed, planned, decided or agreed it there ("The European Commission
proposed a budget of 2 trillion euros ... The plan includes ..." is the Commission's), not the state the article named
last or its speaker of another matter ("..., German government spokesman said Berlin would not accept ...").

``plan_anaphor`` finds it, with the plan word that named it: only for a sentence opening so (one anchored match per
figure), by a look-back over at most ``LOOKBACK`` sentences before it for the latest that names a plan word (PLAN_WORD); the author is the
coded name nearest before that word in its sentence, else the first coded name of that sentence ("The decision was
made at a meeting of EU leaders": the EU). None when no earlier sentence within reach names a plan.
"""
from __future__ import annotations

import regex

from . import entities as _entities
from . import roles as _roles

LOOKBACK = 3  # sentences before the one opening on "the plan" in which the plan it goes on with may be named

# "The plan", "The new proposal", "These packages", "The draft budget" at the sentence's opening, as its subject (lower-case
# words only between: "The EU plan" names its own author)
DEFINITE_PLAN = regex.compile(
    r"\s*(?:The|This|These|That|Those)\s+(?:(?-i:[a-z][\w-]*)\s+){0,2}?"
    r"(?:plan|proposal|package|programme|program|scheme|blueprint|initiative)s?\b(?!['’])", regex.IGNORECASE)

# where an earlier sentence names the plan: the noun again, or the act that made it ("proposed", "agreed", "decided",
# "approved", "unveiled")
PLAN_WORD = regex.compile(
    r"\b(?:plan(?:s|ned)?|propos(?:al|als|ed|es|e)|packages?|programmes?|programs?|schemes?|blueprints?|initiatives?|"
    r"decid(?:ed|es)|decisions?|agreed|approved|unveiled|adopted)\b", regex.IGNORECASE)

ACTOR_KINDS = frozenset({"country", "capital", "demonym", "institution", "person", "organisation", "group", "generic"})


def opens_on_plan(text: str, sentence, fig_start: int) -> bool:
    """Whether the sentence opens with a definite plan noun ("The plan", "The proposal, strongly backed by Britain,")
    that stands before the figure."""
    m = DEFINITE_PLAN.match(text, sentence.start, sentence.end)
    return m is not None and m.end() <= fig_start


def _coded(e) -> bool:
    return bool(e.code) and e.kind in ACTOR_KINDS and (_entities.is_state(e.code) or e.code in _entities.ORGANISATION_CODES)


PROPOSING = regex.compile(r"propos", regex.IGNORECASE)


def proposed_plan(word: str) -> bool:
    """Whether the plan word an earlier sentence named it by makes it a proposal ("proposed", "the proposal")."""
    return PROPOSING.match(word) is not None


def plan_anaphor(ctx, sentence, fig_start: int):
    """(author, the plan word of the earlier sentence) of the plan a sentence opening on "the plan" goes on with, or None."""
    text = ctx.text
    if not opens_on_plan(text, sentence, fig_start):
        return None
    for k in range(sentence.index - 1, max(-1, sentence.index - 1 - LOOKBACK), -1):
        if not 0 <= k < len(ctx.sentences):
            break
        s = ctx.sentences[k]
        if s.index != k:
            return None
        words = list(PLAN_WORD.finditer(text, s.start, s.end))
        if not words:
            continue
        # (the first sentence's dateline names a place, no one: "BRUSSELS, July 16 - The European Commission proposed")
        dateline = _roles.DATELINE.match(text, s.start, s.end) if s.start == 0 else None
        opening = dateline.end() if dateline is not None else s.start
        ents = [e for e in ctx.entities(s) if e.start >= opening and _coded(e)]
        if not ents:
            return None
        word = words[0]
        before = [e for e in ents if e.end <= word.start()]
        return (before[-1] if before else ents[0]), word.group()
    return None


# every regex pattern above runs as its standard-re twin on ASCII text (lexicon.AsciiTwin: the same matches, less CPU)
from .lexicon import ascii_twins as _ascii_twins  # noqa: E402  (after the patterns it replaces)

_ascii_twins(globals())
