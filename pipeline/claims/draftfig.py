"""A figure placed in a draft right after it ("up from the 286 billion crowns in the draft left by the outgoing cabinet",
"the 1.2 trillion in the government's draft budget") is that draft's content: a proposal (ANNOTATION.md: a budget
proposal's figures, a finance ministry's draft -> ``["proposal", "commitment"]``), not the level a change starts from
(anchor: "up from") nor a level reached. Reads the words right after the figure only.
"""
from __future__ import annotations

import regex

# "in the draft", "in the outgoing cabinet's draft budget", "in Fiala's draft", "in the original draft"
DRAFT_AFTER = regex.compile(r"\s+(?:of\s+(?:GDP|GNP|GNI)\s+)?in\s+(?:the\s+|a\s+|its\s+|their\s+)?"
                            r"(?:(?:[\w'’.-]+['’]s?|original|first|earlier|previous|outgoing|initial|government['’]s|cabinet['’]s)\s+){0,3}"
                            r"draft\b(?!\s+(?:law|laws|bill|bills)\s+on\b)", regex.IGNORECASE)
TYPES = frozenset({"actual", "forecast"})


def draft_content(text: str, end: int, limit: int, claim_type: str) -> bool:
    """Whether a figure the rules typed a level or forecast is named as a draft's content by the words right after it."""
    return claim_type in TYPES and DRAFT_AFTER.match(text, end, min(limit, end + 70)) is not None


def rules_stand(text: str, claim: dict, new: str) -> bool:
    """Whether the rules' proposal of a draft's figure stands against the model's level or forecast."""
    return claim.get("claim_type") == "proposal" and new in TYPES \
        and DRAFT_AFTER.match(text, claim["char_end"], min(len(text), claim["char_end"] + 70)) is not None


# every regex pattern above runs as its standard-re twin on ASCII text (lexicon.AsciiTwin: the same matches, less CPU)
from .lexicon import ascii_twins as _ascii_twins  # noqa: E402  (after the patterns it replaces)

_ascii_twins(globals())
