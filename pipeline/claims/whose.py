"""Whose figure it is when several states or bodies are named: constructions the owner and actor steps read.

`names_body`: a group word naming an organisation itself, not its members ("the alliance", "the bloc": rows of
``group_words.csv`` whose last word is a singular collective noun) owns a figure's noun phrase as a name does ("the
alliance's 3.5% core defence goal" is NATO's as "NATO's 3.5% goal" is; "allies' budgets" stay the members').
`venue_topic`: a fronted "In <capital>," before a clause whose actor is a state says where, not whose.
`country_pronoun`: "the country's" / "the nation's" with a state resolved for it owns the figure's noun phrase.
`asks_for_funds`: money a state asks to be lent or given ("asked for 40 billion euros of loans from the EU") is its own.
(The anaphora and duty steps of the same kind live in their modules: ``anaphora.subject_over_place``,
``anaphora.titled_person``, ``aid.importer``.)"""
from __future__ import annotations

import regex

from .entities import is_state

COLLECTIVE_BODIES = frozenset({"alliance", "bloc"})


def names_body(e) -> bool:
    """Whether a group entity names the organisation itself ("the alliance", "the currency bloc")."""
    if e.kind != "group" or not e.code or not e.surface:
        return False
    words = e.surface.lower().split()
    return bool(words) and words[-1] in COLLECTIVE_BODIES and words[0] not in ("its", "their", "other", "fellow")


CAPITAL_KINDS = frozenset({"capital"})
IN_OPENING = regex.compile(r"\W*in\s+$", regex.IGNORECASE)


def venue_topic(ctx, sentence, topic, actor) -> bool:
    """Whether a fronted "In <capital>," only says where the news is from: the clause after it has a state of its own as
    actor ("In Brussels, Prime Minister Bart De Wever's government confirmed that Belgium would ...": Belgium's figure,
    not the EU's; "In Ankara, parliament approved ..."). "For Kenya, ...", "Across the EU, ..." and a country named
    "In Finland, ..." stay the topic."""
    if topic is None or topic.kind not in CAPITAL_KINDS or actor is None or not actor.code or actor.code == topic.code:
        return False
    return is_state(actor.code) and actor.start > topic.end and IN_OPENING.fullmatch(ctx.text, sentence.start, topic.start) is not None


STATE_ONLY_PRONOUN = regex.compile(r"(?:the|his|her)\s", regex.IGNORECASE)  # "the country's", "the nation's" (not "its")


def country_pronoun(e) -> bool:
    """Whether a possessive pronoun names a state by its kind ("the country's", "the nation's", "his country's") with a
    state resolved for it (`anaphora.pronoun_code`: the nearest state, the subject over a place in a prepositional
    phrase): unlike "its", which often stands for an organisation or an object, it owns a figure's noun phrase
    ("on the country's 33.5 billion dlr foreign debt")."""
    return e.kind == "pronoun" and bool(e.code) and is_state(e.code) and STATE_ONLY_PRONOUN.match(e.surface) is not None \
        and not e.surface.lower().startswith(("the government", "the state"))


# "Warsaw has asked for about 43.7 billion euros of cheap loans from the EU's new defence instrument", "Bucharest requested
# 16.6 billion euros of EU SAFE loans": a state asking for money lent or given to it asks for its own funds; the lender named
# after the figure is no owner
RECEIVED_FUNDS_AFTER = regex.compile(r"\s+(?:(?:of|in)\s+)?(?:(?:the\s+)?(?:[\w-]+\s+){0,3})?"
                                     r"(?:loans?|credits?|aid|grants?|financing|funding|assistance)\b", regex.IGNORECASE)
ASKING_BEFORE = regex.compile(r"\b(?:ask(?:ed|s|ing)?|request(?:ed|s|ing)?|sought|seek(?:s|ing)?|appl(?:y|ies|ied))\s+"
                           r"(?:for\s+)?(?:(?:about|around|roughly|some|nearly|almost|up\s+to|an?\s+(?:further|extra|additional)"
                           r"|a\s+total\s+of|another)\s+)?$", regex.IGNORECASE)
ASKING_REACH = 60  # characters looked back from the figure for the asking verb


def asks_for_funds(text: str, lo: int, fig: tuple[int, int]) -> bool:
    """Whether the figure is money asked for, to be lent or given to the asker ("has asked for about 40 billion euros of
    loans", "requested 16 billion euros in credits")."""
    return ASKING_BEFORE.search(text, max(lo, fig[0] - ASKING_REACH), fig[0]) is not None \
        and RECEIVED_FUNDS_AFTER.match(text, fig[1]) is not None


def asks_for_own_funds(text: str, cue, fig: tuple[int, int], actor) -> bool:
    """Whether a state asks for money for itself with the figure (`asks_for_funds`, the stance cue the asking verb): the
    asker's own figure, whoever lends it."""
    if cue is None or actor is None or not is_state(actor.code) or cue.end > fig[0]:
        return False
    return asks_for_funds(text, cue.start, fig)
