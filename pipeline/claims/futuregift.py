"""A giver's own future gift of a sum: its commitment, not a level stated or foreseen.

"Finland will send Ukraine a 31st package of military aid worth 150 million euros", "Japan will provide 5.5 billion
dollars in loans", "Germany is to deliver air defence systems worth 1 billion euros". The rules read the future of a
giving verb with a named giver as an act decided (claimtype.tense_type: a state subject's future decides), a commitment
(ANNOTATION.md claim_type: "will ... for itself"; the giver is the actor). The learned claim_type reads "worth" or "of"
before the sum as a value stated and turns it into a level reached or foreseen; where the giving verb of
future_gift_verbs.csv stands right after a future auxiliary and governs the figure in its own clause (no other figure,
no sentence or clause break between), the rules' commitment stands (``rules_stand``, typemodel.retype). Only a claim with
an actor is covered; a sum nobody is named as giving is left to the model. Pure: reads the words between the auxiliary
and the figure only.
"""
from __future__ import annotations

import regex

from .lexicon import listed_words, words_alternation

# the auxiliary, up to two adverbs, the giving verb, then the words up to the figure: no clause break and no figure
# between (an ordinal, "a 31st package", is no figure)
FUTURE_GIFT = regex.compile(
    r"\b(?:will|shall|is\s+to|are\s+to|is\s+going\s+to|are\s+going\s+to)\s+(?:(?:also|now|soon|then|again|\w+ly)\s+){0,2}"
    r"(?:" + words_alternation(listed_words("future_gift_verbs.csv")) + r")\b"
    r"(?:[^;:.!?\d$£€]|\d+(?:st|nd|rd|th)\b|(?<=\b[A-Z])\.){0,100}$",
    regex.IGNORECASE)
REACH = 160  # chars before the figure searched for the auxiliary
TURNED = frozenset({"actual", "forecast"})  # what the model made of it


def rules_stand(text: str, claim: dict, new: str, s0: int) -> bool:
    """Whether the rules' commitment of a sum a named giver will give ("will send ... worth 150 million euros") stands
    against the model's level reached or foreseen."""
    if claim.get("claim_type") != "commitment" or new not in TURNED or not claim.get("actor_code"):
        return False
    start = claim["char_start"]
    return FUTURE_GIFT.search(text, max(s0, start - REACH), start) is not None
