"""A government's own future passive of an act on its figure: its commitment, not a level foreseen or reached.

"The budget deficit will be cut to 3.1 billion guilders in 1988, the Dutch finance ministry said", "Defence spending will
be raised to 2.5% of GDP by 2027, the government said". The rules read a future passive of a deciding participle after
"will" as an act with an agent (stance.DECIDED_PASSIVE, claimtype: commitment), and the actor steps give it to the state
that says it about its own figure. The learned claim_type reads "will ... to X in <year>" as a level to come or, with a
year before the article's date, as a level reached; where the passive governs the figure and the speaker is the state
whose figure it is (actor = target), the rules' commitment stands (``rules_stand``, typemodel.retype). Another voice
stating it ("..., the IMF said") is not covered: the actor steps make that the IMF's forecast or the state's, and the
model may read it either way. An intransitive move ("the deficit will fall to 3%") has no agent and is not covered.
Pure: reads the words between the auxiliary and the figure only.
"""
from __future__ import annotations

import regex

from .stance import DECIDED_PARTICIPLES

# the auxiliary, "be", the deciding participle and what may stand between it and the figure: its size ("by two pence,"),
# the level it moves from ("from 5.2 billion") and the preposition of the level reached ("to", "at") or of the change ("by")
FUTURE_PASSIVE = regex.compile(
    r"\b(?:will|shall|would|is\s+to|are\s+to)\s+(?:(?:now|also|further|then|again|once\s+more|\w+ly)\s+){0,2}be\s+"
    r"(?:(?:further|\w+ly)\s+)?" + DECIDED_PARTICIPLES + r"(?:\s+by\s+[^,;:.()]{1,30},)?"
    r"\s+(?:(?:from\s+[^,;:.()]{1,30}?\s+)?(?:to|at)|by)\s+(?:(?:about|around|some|roughly|nearly|just|only|a\s+further|another)\s+)?$",
    regex.IGNORECASE)
REACH = 110  # chars before the figure searched for the passive
TURNED = frozenset({"actual", "forecast"})  # what the model made of it


def rules_stand(text: str, claim: dict, new: str, s0: int) -> bool:
    """Whether the rules' commitment of a state's own future passive act on the figure ("will be cut to 3.1 billion")
    stands against the model's level or forecast."""
    if claim.get("claim_type") != "commitment" or new not in TURNED or not claim.get("actor_code") \
            or claim["actor_code"] != claim.get("target_code"):
        return False
    start = claim["char_start"]
    return FUTURE_PASSIVE.search(text, max(s0, start - REACH), start) is not None


# every regex pattern above runs as its standard-re twin on ASCII text (lexicon.AsciiTwin: the same matches, less CPU)
from .lexicon import ascii_twins as _ascii_twins  # noqa: E402  (after the patterns it replaces)

_ascii_twins(globals())
