"""The share the alliance's chief says a member "will need" ("NATO Secretary General Mark Rutte has said Spain will need
about 3.5% to meet its capability goals"): the rules read it as the alliance's demand on the member (figures.NATO_PRESSES_REACH
marks it, claim.figure_claim decides); ``rules_stand`` keeps that demand against the learned type model, which reads the
member's "will" as its own plan. Pure: reads the sentence's text before the figure only."""
from __future__ import annotations

import regex

# the pieces figures.NATO_PRESSES_REACH (the rules' reading) is built from too: NATO named earlier in the sentence, the
# member's "will need", and a hedge right before the figure; NATO_NEEDS is its "will need" branch alone, for the model check,
# which reads the text only
NATO_EARLIER = r"\b(?:NATO|Nato)\b[^.;:]{0,220}?\b"
WILL_NEED = r"(?:will|would)\s+need"
BEFORE_FIGURE = r"\s+(?:(?:about|around|at\s+least)\s+)?$"
NATO_NEEDS = regex.compile(NATO_EARLIER + WILL_NEED + BEFORE_FIGURE)
REACH = 270  # chars before the figure


def rules_stand(text: str, claim: dict, new: str, s0: int) -> bool:
    """Whether the rules' demand of the alliance on a member's share it "will need" stands against the model's other type."""
    if claim.get("claim_type") != "demand" or new == "demand" or claim.get("actor_code") != "NATO":
        return False
    start = claim["char_start"]
    return NATO_NEEDS.search(text, max(s0, start - REACH), start) is not None
