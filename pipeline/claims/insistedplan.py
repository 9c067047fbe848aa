"""Whether a demand cue of asserting ("insisted", "insists") states its own subject's plan: the verb's complement has a
future of its own before the figure ("Sanchez insisted Spain would spend 2.1% of GDP on defence", "The Spanish
government insists it will spend 2.1%"). What a speaker insists his own state will do is that state's commitment
(ANNOTATION.md: a member's own plan is that member's commitment; a state's own need or duty, which no one else presses on
it, is its plan), not a proposal; ``claim._demand_roles`` asks this only where the demand presses no one else (actor and
target one state). "insisted Spain should spend" (a duty, no future) stays as ``_demand_roles`` reads it.
Words: ``insisted_plan_words.csv`` (kind verb: the asserting verbs; kind modal: the futures)."""
from __future__ import annotations

import regex

from .lexicon import count_words, listed_words, words_alternation

ASSERTING = frozenset(w.lower() for w in listed_words("insisted_plan_words.csv", kind="verb"))
# the future of the complement, after the asserting verb: "that" and up to four words of its subject between
# ("insisted that the Spanish government would", "insists it will")
FUTURE_AFTER = regex.compile(r"\s+(?:that\s+)?(?:[\w.'’-]+\s+){0,4}?(?:"
                             + "|".join([r"(?<=\w)['’]ll"] + [words_alternation([w]) for w in
                                        listed_words("insisted_plan_words.csv", kind="modal") if not w.startswith("'")])
                             + r")\s", regex.IGNORECASE)
REACH = 12  # words from the asserting verb to the figure


def own_future(text: str, cue, fig_start: int) -> bool:
    """Whether the cue is an asserting verb whose complement puts a future before the figure at ``fig_start``."""
    if cue is None or cue.entry["pos"] != "V" or text[cue.start:cue.end].lower() not in ASSERTING or cue.end > fig_start:
        return False
    if count_words(text[cue.end:fig_start]) > REACH:
        return False
    m = FUTURE_AFTER.match(text, cue.end, fig_start)
    return m is not None
