"""Who sets a tariff when another state answers, reports or pays it: the subject of an imposing verb right before the
figure's phrase ("Canada will respond if Washington imposes a 25% tariff on Canadian steel", "Tokyo would seek talks after
Trump slapped a 24% tariff on Japanese goods") or its agent after the tariff noun ("Brazil said the 50% tariff imposed by
Washington was unjustified"). ANNOTATION.md: the actor of a tariff is the state that sets it (the target lists it and
the economy whose goods pay it). The verbs are tariff_imposing_verbs.csv; only coded states and organisations (a person
stands for his state) set one, and only within the figure's own clause: no comma between the name and the figure.
"""
from __future__ import annotations

import functools

import regex

from .lexicon import phrases_alternation, read_rows
from . import entities as _entities

SETTER_KINDS = frozenset({"country", "capital", "demonym", "person", "institution", "organisation", "generic"})


@functools.cache
def _verbs() -> str:
    return phrases_alternation([r["verb"] for r in read_rows("tariff_imposing_verbs.csv")])


@functools.cache
def _before() -> regex.Pattern:
    """From a name's end to the figure: "imposes a ", "slapped a ", "raised tariffs on European cars to ", "will impose new "."""
    return regex.compile(r"\s+(?:(?:will|would|could|may|might|has|have|had|to|also|now|then|again|further|threatened\s+to)\s+){0,2}"
                         r"(?:" + _verbs() + r")\s+(?:[\w.'’-]+\s+){0,6}?(?:(?:of|to|at|by)\s+)?(?:up\s+to\s+|about\s+|around\s+)?$",
                         regex.IGNORECASE)


@functools.cache
def _after() -> regex.Pattern:
    """From the figure's end to the agent: " tariff imposed by (the) ", " duties levied by "."""
    return regex.compile(r"\s+(?:[\w-]+\s+){0,2}?(?:tariffs?|dut(?:y|ies)|levy|levies)\s+(?:" + _verbs() + r")\s+by\s+(?:the\s+)?$",
                         regex.IGNORECASE)


def setter(ctx, sentence, fig: dict):
    """The entity that sets the tariff figure `fig`, if the text says so right around it; else None."""
    text, start, end = ctx.text, fig["char_start"], fig["end"]
    before = [e for e in ctx.entities_until(sentence, start) if e.end <= start]
    for e in reversed(before):
        if start - e.end > 120:
            break
        if e.kind == "pronoun" or not e.code or not _entities.is_state_or_organisation(e.code) or e.kind not in SETTER_KINDS:
            continue
        if "," not in text[e.end:start] and _before().fullmatch(text, e.end, start):
            return e
        break  # only the name nearest before the figure's phrase
    for e in ctx.entities_from(sentence, end):
        if e.start - end > 60:
            break
        if e.code and e.kind != "pronoun" and _entities.is_state_or_organisation(e.code) and e.kind in SETTER_KINDS \
                and _after().fullmatch(text, end, e.start):
            return e
        break
    return None
