"""The members of an organisation named as a group in a figure's own clause own that figure together: "Europe,
where NATO members are moving toward 5% of GDP", "For all NATO countries, 5 percent of GDP is a huge amount" are the
alliance's figure (target the organisation, ANNOTATION.md: a goal members are said to reach is the organisation's), not
the figure of the member state the story is about, when that state is not itself named in the clause.

The group is one of the organisation's own member words (organisations.csv members_word: "NATO members", "EU
countries", "eurozone governments"), standing before the figure in its clause, not set against something ("other NATO
members", "than EU countries", "unlike", "among", "of", "with": a state compared with or picked out of the group keeps
its figure).
"""
from __future__ import annotations

import regex

from .entities import is_state
from .stance import clause_bounds

# "Europe, where NATO members ...": a relative clause of its own opens between a place and the group
RELATIVE_OPEN = regex.compile(r"(?:,\s*|\s)(?:where|in\s+which|whose)\s", regex.IGNORECASE)

# a group word that is compared with, picked from or set against: the member state named keeps the figure
SET_AGAINST = regex.compile(r"\b(?:other|than|unlike|among|of|with|most|many|some|several|two|three|fellow|non-?)\s+"
                            r"(?:the\s+|its\s+|all\s+)?$", regex.IGNORECASE)


def group_owner(sc, fig: dict, claim_type: str, target_code, target_text) -> tuple:
    """(target code, target text): the organisation whose member group is the figure's clause's own subject or topic,
    in place of a member state the clause does not name; the given target otherwise."""
    if fig.get("head") is not None or target_code is None or not is_state(target_code):
        return carried_group(sc, fig, target_code, target_text)
    ctx, sentence, text = sc.ctx, sc.sentence, sc.text
    start, end = clause_bounds(text, sentence.start, sentence.end, fig["char_start"], fig["end"])
    if any(e.code == target_code and e.end <= end for e in ctx.entities_from(sentence, fig["end"])):
        return target_code, target_text  # "to cancel 100% of the debts owed by Zambia": the state named after it
    group, named = None, None
    for e in ctx.entities_until(sentence, fig["char_start"]):
        if e.start < start or e.end > fig["char_start"]:
            continue
        if e.kind == "group" and e.code is not None and not is_state(e.code) \
                and any(w[:1].isupper() for w in e.surface.split()) \
                and SET_AGAINST.search(text, max(sentence.start, e.start - 20), e.start) is None:
            group = e
        elif e.code == target_code:
            named = e
    if group is None:
        return carried_group(sc, fig, target_code, target_text)
    relative = named is not None and named.start < group.start \
        and RELATIVE_OPEN.search(text, named.end, group.start) is not None
    if named is not None and not relative:
        return target_code, target_text  # the member state is named in the clause (not only before a relative clause)
    if not relative and not ctx.gaz.is_member(target_code, group.code, ctx.year):
        return target_code, target_text  # a state outside the group ("G7 finance ministers" on Zambia's debt)
    sc.state["group_owner"] = (sentence.index, fig["unit"], group.code, group.surface)
    return group.code, group.surface


# a sentence that opens with its bare figure as subject ("3.5 percent is spent on actual defence.")
BARE_OPENING = regex.compile(r"[\s\"“'‘(]*$")


def carried_group(sc, fig: dict, target_code, target_text) -> tuple:
    """(target code, target text): the organisation a members group owned the figure of the sentence before with, for a
    figure of the same unit opening the next sentence as its bare subject and naming no one ("For all NATO countries, 5
    percent is a huge amount. 3.5 percent is spent on actual defence. 1.5 percent is ..."): the parts of the group's
    figure are the group's too. The given target otherwise."""
    carried = sc.state.get("group_owner")
    if carried is None or fig.get("head") is not None or target_code is None or not is_state(target_code):
        return target_code, target_text
    index, unit, code, surface = carried
    sentence = sc.sentence
    if index != sentence.index - 1 or unit != fig["unit"] \
            or BARE_OPENING.match(sc.text, sentence.start, fig["char_start"]) is None \
            or sc.ctx.entities(sentence):
        return target_code, target_text
    sc.state["group_owner"] = (sentence.index, unit, code, surface)  # "... 1.5 percent is ...": the list goes on
    return code, surface
