"""A law's own figure: the target, goal or ceiling a law sets ("the Gramm-Rudman budget law goal of a 108 billion dlr
deficit", "the balanced budget act's target of 144 billion dlrs"), the cut a law requires ("a new budget law requiring a
23 billion dlr cut in the deficit") and a level a figure is to reach under a law ("is supposed to be reduced to 108 billion
dlrs under the provisions of the Gramm-Rudman Act"): a standing rule, ``benchmark`` (ANNOTATION.md: a law's or a treaty's
target is a benchmark; "Decisions (session 23)": a requirement is a standing rule).

The rules read the noun's "goal" as a plan, and another stance word of the sentence ("12 billion dlrs in taxes Reagan has
vowed to veto ... under a new budget law requiring a 23 billion dlr cut") as the law's figure's; the learned type model read
"is supposed to be reduced" as a commitment. ``law_type`` makes the first two benchmarks; ``rules_stand`` keeps the rules'
benchmark of all three against the model. Pure: reads the figure's clause's text only."""
from __future__ import annotations

import regex

from .lexicon import Guarded, claim_sentence_end, listed_words, words_alternation

LAW = r"(?:" + words_alternation(listed_words("law_nouns.csv")) + ")"
# both "... before" patterns below run before every figure: only in a window holding a LAW noun (law_nouns.csv, column
# guard: "pact" holds "act")
LAW_WORDS = tuple(listed_words("law_nouns.csv", where="guard"))
# the nouns of a law's own figure (law_goal_nouns.csv), singular or plural
GOAL = r"(?:" + words_alternation(listed_words("law_goal_nouns.csv")) + r")s?"
# "the ... law('s) (deficit) goal (for 1988) of (a) N", "the Act's target of N"
LAW_GOAL_BEFORE = Guarded(regex.compile(r"\b" + LAW + r"(?:['’]s)?\s+(?:(?:deficit|budget|spending|debt|reduction)\s+){0,2}"
                                        + GOAL + r"\s+(?:(?:for|in)\s+(?:fiscal\s+)?(?:19|20)\d\d"
                                        r"(?:[/-]\d\d)?\s+)?of\s+(?:(?:a|an|the)\s+)?(?:(?:about|around|some|roughly|no\s+more\s+than|"
                                        r"at\s+most)\s+)?$", regex.IGNORECASE), LAW_WORDS)
# "a budget law requiring a N cut", "legislation that mandates a N reduction"
LAW_REQUIRING_BEFORE = Guarded(regex.compile(r"\b" + LAW + r"\s+(?:that\s+|which\s+)?(?:requiring|requires|required|"
                                             r"mandating|mandates|mandated)\s+(?:(?:a|an|the)\s+)?(?:(?:deficit|spending|budget)\s+)?"
                                             r"(?:(?:about|around|some|at\s+least)\s+)?$", regex.IGNORECASE), LAW_WORDS)
# "N under the (provisions of the) Gramm-Rudman Act", a few words after the figure
UNDER_LAW_AFTER = regex.compile(r"(?:\s+[\w.-]+){0,6}?\s+under\s+(?:the\s+)?(?:(?:provisions|terms|requirements)\s+of\s+(?:the\s+)?)?"
                                r"(?:(?:new|old|[\w-]+)\s+){0,3}?" + LAW + r"\b", regex.IGNORECASE)
REACH = 90  # chars before the figure
AFTER = 90  # chars after the figure
CHANGED = frozenset({"commitment", "proposal", "rejection", "demand", "forecast", "actual"})


def law_figure(text: str, start: int, lo: int) -> bool:
    """Whether a law's target, goal or requirement names the figure at ``start`` (text from ``lo``)."""
    lo = max(lo, start - REACH)
    return LAW_GOAL_BEFORE.search(text, lo, start) is not None or LAW_REQUIRING_BEFORE.search(text, lo, start) is not None


def law_type(sc, fig: dict, clause, claim_type: str) -> str:
    """``benchmark`` for a figure a law's target, goal or requirement names; else the type as it is."""
    if claim_type not in CHANGED or fig.get("head") is not None or not law_figure(sc.text, fig["char_start"], clause[0]):
        return claim_type
    return "benchmark"


def rules_stand(text: str, claim: dict, new: str, s0: int) -> bool:
    """Whether the rules' benchmark of a law's figure stands against the model's other type."""
    if claim.get("claim_type") != "benchmark" or new == "benchmark":
        return False
    start, end = claim["char_start"], claim["char_end"]
    sentence_end = claim_sentence_end(claim, s0)
    return law_figure(text, start, s0) or UNDER_LAW_AFTER.match(text, end, min(sentence_end, end + AFTER)) is not None
