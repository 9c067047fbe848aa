"""A metric word inside a relative clause on another metric word is not the figure's: the noun the clause describes is
(``relative_head``).

"The budget deficit, which the spending cuts aim to lower, is expected at 4.7% of GDP": the spending word inside the clause
is nearer the figure, but the clause only describes "the budget deficit", the subject whose verb the figure follows. Only
when the clause opens right after a metric word (a plain relative clause after another noun, "the bill, which as written by
the Appropriations Committee, would approve ...", may hold the figure's own noun) and closes with a comma before the
figure. Looks back from the governing cue only, within one clause: no scan of the sentence.
"""
from __future__ import annotations

import regex

from .lexicon import Hit

# the relative clause's opening, with no comma or clause break between it and the cue
# (or a prepositional aside, set off the same way: "the deficit, after spending cuts of 2 billion crowns, would be 4 billion
# crowns", "the shortfall, despite higher spending on wages, will narrow to 3 billion")
RELATIVE_OPENING = regex.compile(r",\s+(?:which|that|who|whom|whose|after|despite|with|even\s+with|including|excluding|before|"
                                 r"thanks\s+to|because\s+of|due\s+to|in\s+spite\s+of)\b[^,;:()]*$", regex.IGNORECASE)
RELATIVE_REACH = 120  # chars back from the cue to the clause's opening
HEAD_GAP = regex.compile(r"\s*")


def relative_head(text: str, cue: Hit | None, hits: list[Hit], fig_start: int, lo: int) -> Hit | None:
    """The metric word a relative clause holding the figure's governing cue describes, when the clause closes with a comma
    before the figure; None otherwise."""
    if cue is None or cue.end > fig_start or cue.start == cue.end or cue.entry["metric"] in ("NONE", "CARRY"):
        return None
    closing = text.find(",", cue.end, fig_start)
    if closing < 0:
        return None
    opening = RELATIVE_OPENING.search(text, max(lo, cue.start - RELATIVE_REACH), cue.start)
    if opening is None:
        return None
    for h in hits:
        if h.end <= opening.start() and h.entry["metric"] not in ("NONE", "CARRY") and h.start != h.end \
                and HEAD_GAP.fullmatch(text, h.end, opening.start()):
            return h
    return None


# every regex pattern above runs as its standard-re twin on ASCII text (lexicon.AsciiTwin: the same matches, less CPU)
from .lexicon import ascii_twins as _ascii_twins  # noqa: E402  (after the patterns it replaces)

_ascii_twins(globals())
