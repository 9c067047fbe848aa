"""A level stated in the future with no act on it: a forecast, not a decision.

"Purra says that the government's income will be 76 billion euros next year, but the expenses will be more than 88
billion euros", "He said debt servicing will remain a burden in 1987 and will amount to 34.6 pct of total exports". The
rules read "will be" (or "will amount to") right before the figure as a level stated, not an act decided
(claimtype.tense_type, LEVEL_BE; ANNOTATION.md claim_type: forecast, a future value someone expects), unless a rate the
state sets is its subject (then a commitment, and this module does not apply). The learned claim_type reads the "will" as
a decision and turns such levels into commitments; where the future auxiliary and the linking verb of
future_level_words.csv stand right before the figure (only hedges between), the rules' forecast stands (``rules_stand``,
typemodel.retype). Pure: reads the words right before the figure only.
"""
from __future__ import annotations

import regex

from .lexicon import listed_words, words_alternation

FUTURE_LEVEL = regex.compile(
    r"\b(?:will|would)\s+(?:(?:still|now|then|also)\s+)?(?:" + words_alternation(listed_words("future_level_words.csv", kind="verb"))
    + r")\s+(?:(?:" + words_alternation(listed_words("future_level_words.csv", kind="hedge")) + r")\s+)*$",
    regex.IGNORECASE)
REACH = 60  # chars before the figure searched for the auxiliary


def rules_stand(text: str, claim: dict, new: str, s0: int) -> bool:
    """Whether the rules' forecast of a level stated with "will be" right before the figure stands against the model's
    commitment."""
    if claim.get("claim_type") != "forecast" or new != "commitment":
        return False
    start = claim["char_start"]
    return FUTURE_LEVEL.search(text, max(s0, start - REACH), start) is not None
