"""Whose figure it is when several states or bodies are named (actor and target steps that read one construction each).

Group words that name an organisation itself, not its members: "the alliance", "the bloc", "the trading bloc"
(``group_words.csv`` rows whose last word is a singular collective noun). "the alliance's 3.5% core defence goal" is
NATO's goal as "NATO's 3.5% goal" is; "allies' budgets", "member states' deficits" stay the members' (no owner: the
group word stands for several states)."""
from __future__ import annotations

import regex

from .entities import PREP_BEFORE, is_state

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


def subject_over_place(ctx, named: list, pronoun_start: int):
    """The state "the country's" stands for when its sentence names a state as subject and later one inside a
    prepositional phrase ("Poland's talks in Washington with the IMF on the country's 33.5 billion dlr foreign debt":
    Poland, not the place of the talks): the last state named outside such a phrase, when the nearest one is inside
    one; None when the nearest is no object (the usual nearest-state reading stands)."""
    if len(named) < 2:
        return None
    text = ctx.text
    x = named[-1]
    if not PREP_BEFORE.search(text, max(0, x.start - 40), x.start):
        return None
    for y in reversed(named[:-1]):
        if y.code == x.code:
            continue
        if is_state(y.code) and not PREP_BEFORE.search(text, max(0, y.start - 40), y.start):
            return y
    return None


def country_pronoun(e) -> bool:
    """Whether a possessive pronoun names a state by its kind ("the country's", "the nation's", "his country's") with a
    state resolved for it (`anaphora.pronoun_code`: the nearest state, the subject over a place in a prepositional
    phrase): unlike "its", which often stands for an organisation or an object, it owns a figure's noun phrase
    ("on the country's 33.5 billion dlr foreign debt")."""
    return e.kind == "pronoun" and bool(e.code) and is_state(e.code) and STATE_ONLY_PRONOUN.match(e.surface) is not None \
        and not e.surface.lower().startswith(("the government", "the state"))


TITLE_WORDS = ("president", "prime minister", "chancellor", "premier")


def titled_person(ctx, e, found: list):
    """The state of a bare title standing for a person the sentence has named with it ("President Reagan's chief of
    staff said he saw nothing that would cause the president to back away": Reagan's United States, not the state of
    the dateline): the last person before the word whose name follows the same title."""
    word = e.surface.lower()
    title = next((t for t in TITLE_WORDS if word.endswith(t)), None)
    if title is None:
        return None
    text = ctx.text
    for x in reversed(found):
        if x.end > e.start or x.kind != "person" or not is_state(x.code):
            continue
        before = text[max(0, x.start - len(title) - 2):x.start].lower()
        if regex.match(title.replace(" ", r"\s+") + r"\s", x.surface.lower()) or regex.search(r"\b" + title.replace(" ", r"\s+") + r"\s+$", before):
            return x.code
    return None
