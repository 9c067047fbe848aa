"""An opposition's alternative, shadow or counter budget: its figures are the party's ``proposal`` (ANNOTATION.md, fresh
type5 and blind13: "In the alternative budget, SDP proposes ...", "their alternative budget would take on 600 million
euros less debt" -> proposal), not a forecast of the level ("tax revenues will increase by 830 million euros in this SDP
alternative") nor the government's commitment.

The stance lexicon reads the noun before the figure ("alternative budget", "shadow budget", "counter-budget":
stance_cues.csv); ``alternative_type`` reads the phrase after it ("... in this SDP alternative", "in the Left Party's
alternative budget"), which governs no figure in the lexicon's reading; ``rules_stand`` keeps the rules' proposal of both
against the learned type model, which read the future ("will increase", "would cut") as a forecast or a plan. Pure: reads
the sentence's text around the figure only."""
from __future__ import annotations

import regex

from .lexicon import claim_sentence_end, listed_words, words_alternation

# the alternative budget's nouns (alternative_budget_nouns.csv): all of them after the figure, those marked `before` before it
ALT_NOUN = r"(?:" + words_alternation(listed_words("alternative_budget_nouns.csv")) + ")"
# "... by 830 million euros in this SDP alternative", "in the Left Party's alternative budget"
ALT_AFTER = regex.compile(r"(?:\s+[\w,-]+){0,6}?\s+(?:in|under)\s+(?:this|the|its|their|(?:the\s+)?[\w'’.-]+['’]s?)\s+"
                          r"(?:[\w'’.-]+\s+){0,2}?" + ALT_NOUN + r"\b", regex.IGNORECASE)
# the noun before the figure, in its sentence ("their alternative budget would take on 600 million euros less debt")
ALT_BEFORE = regex.compile(r"\b(?:" + words_alternation(listed_words("alternative_budget_nouns.csv", where="before"))
                           + r")\b[^.;:]{0,100}$", regex.IGNORECASE)
AFTER = 80  # chars after the figure
CHANGED = frozenset({"forecast", "commitment"})


def _after(text: str, end: int, hi: int) -> bool:
    return ALT_AFTER.match(text, end, min(hi, end + AFTER)) is not None


def alternative_type(sc, fig: dict, clause, claim_type: str) -> str:
    """``proposal`` for a figure an alternative budget named right after it holds; else the type as it is."""
    if claim_type not in CHANGED or fig.get("head") is not None or not _after(sc.text, fig["end"], clause[1]):
        return claim_type
    return "proposal"


def rules_stand(text: str, claim: dict, new: str, s0: int) -> bool:
    """Whether the rules' proposal of an alternative budget's figure stands against the model's other type."""
    if claim.get("claim_type") != "proposal" or new == "proposal":
        return False
    start, end = claim["char_start"], claim["char_end"]
    s1 = claim_sentence_end(claim, s0)
    return _after(text, end, s1) or ALT_BEFORE.search(text, max(s0, start - 100), start) is not None
