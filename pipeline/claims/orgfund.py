"""A sum an organisation's possessive names as its own fund or budget.

"Britain will not take part in the European Union's 150 billion euro Security Action for Europe (SAFE) loan fund": the fund
is the organisation's (actor and target), whoever the sentence's subject is (ANNOTATION.md: the EU's SAFE fund size,
actor and target the EU; an organisation's goal or rule named with a possessive is the organisation's). Only a sum right
after the possessive (a few adjectives between) and an organisation's code; aid sums keep their giver and recipient rules.
"""
from __future__ import annotations

import regex

from . import entities as _entities

POSSESSIVE_TO_SUM = regex.compile(r"(?:['’]s?)?\s+(?:(?:new|proposed|planned|own|joint|common|flagship|\w+-year)\s+){0,2}$")


def organisation_fund(sc, fig: dict, actor_code, actor_text, target_code, target_text) -> tuple:
    """(actor_code, actor_text, target_code, target_text) of a sum an organisation's possessive names."""
    unchanged = actor_code, actor_text, target_code, target_text
    if fig["unit"] != "currency" or fig.get("head") is not None or fig["metric"] == "development_aid":
        return unchanged
    start = fig["char_start"]
    owner = None
    for e in reversed(sc.ctx.entities_until(sc.sentence, start)):
        if e.end <= start:
            owner = e
            break
    if owner is None or owner.code not in _entities.ORGANISATION_CODES:
        return unchanged
    # (the name itself, with its possessive mark: "its" is left out, as often the state's: "let the IMF play a role in
    # rescheduling its 109 billion dlr debt")
    if owner.kind in ("pronoun", "state_pronoun") or not POSSESSIVE_TO_SUM.fullmatch(sc.text, owner.end, start) \
            or not (owner.surface.endswith(("'s", "’s")) or sc.text.startswith(("'s", "’s"), owner.end)):
        return unchanged
    if actor_code == owner.code and target_code == owner.code:
        return unchanged
    return owner.code, owner.surface, owner.code, owner.surface
