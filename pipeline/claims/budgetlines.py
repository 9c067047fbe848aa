"""A sum a budget or a spending word sets for one thing is a line of the budget, not its total (``line_item``).

"The 2026 budget includes 5 billion euros for roads and 3 billion euros for schools", "will spend 400 million euros on
schools": the weak budget or spending word nearest the sum would make it the state's spending total, but the "for" or "on"
right after the sum names the one item it pays for (ANNOTATION.md: parts of a budget list, one programme's money, a single
bill's spending are ``["public_spending", "other"]``, optional; "Spending of a public body that is not a state budget total
... is ``other`` at most"). Such a sum is ``other``. An item that is itself a metric word ("on defence", "for aid", "for the
stimulus package") is left to it, and so is a time ("for 2026", "for next year", "for the fiscal year") or a whole ("for
the whole of 1987"). Looks only at the few words after the sum: no scan of the sentence.
"""
from __future__ import annotations

import regex

from .lexicon import Hit

# right after the sum (a period may come first: "a year", "annually"): "for" or "on", an article or possessive, then a
# lower-case noun (a proper name after it is a recipient or a place, "for Ukraine": aid or a region, not this rule's)
ITEM_AFTER = regex.compile(r"(?:\s+(?:a|per|each|every)\s+year|\s+annually)?\s+(?:for|on)\s+"
                           r"(?:(?:the|its|their|a|an|new|more|extra|additional|public|state)\s+){0,2}"
                           r"(?P<noun>(?-i:[a-z])[\w-]*)", regex.IGNORECASE)
# nouns after "for" that say when or how much, not what for
NOT_ITEMS = frozenset({
    "year", "years", "next", "this", "last", "fiscal", "financial", "calendar", "current", "coming", "whole", "period",
    "month", "months", "quarter", "decade", "time", "first", "second", "rest", "remainder", "same", "each", "every",
    "all", "both", "budget", "budgets", "spending", "expenditure", "expenditures", "outlays",
})
ITEM_REACH = 40  # chars after the noun's start in which a metric word makes the item the metric's own


def line_item(text: str, fig_end: int, cue: Hit | None, hits: list[Hit]) -> bool:
    """Whether a sum whose governing cue is a weak budget or spending word (``public_spending`` with ``resolves``) is followed
    by "for"/"on" and one item that no metric word names: a line of the budget, not its total."""
    if cue is None or cue.entry["metric"] != "public_spending" or not cue.entry.get("resolves"):
        return False
    m = ITEM_AFTER.match(text, fig_end)
    if m is None or m.group("noun").lower() in NOT_ITEMS or m.group("noun")[0].isdigit():
        return False
    start = m.start("noun")
    # the item named by a metric word of its own ("on defence", "for the aid programme", "for the stimulus package")
    return not any(start <= h.start < start + ITEM_REACH and h.entry["metric"] not in ("CARRY",) for h in hits)


# every regex pattern above runs as its standard-re twin on ASCII text (lexicon.AsciiTwin: the same matches, less CPU)
from .lexicon import ascii_twins as _ascii_twins  # noqa: E402  (after the patterns it replaces)

_ascii_twins(globals())
