"""Whether the rules' ``commitment`` of a figure a goal noun governs through a copula stands against the learned claim_type
(typemodel.retype).

"The goal is that the deficit will fall to 1 percent of GDP by 2027", "The government's goal is to stabilise the debt
ratio at 80 percent of GDP", "The aim of the government is that the debt ratio stops growing at about 80 percent": the
construction machine-translated news uses for a government's target (Finnish "tavoitteena on", "tavoite on että"). The
rules read the goal noun as the figure's governing cue (stance_cues.csv: goal, aim, target -> commitment); the model reads
the words of the clause the goal holds ("will fall to", "stabilise ... at") and turned such targets into forecasts and
levels (ANNOTATION.md: a government's target is its ``commitment``). The rules' type stands only against the model's
forecast or actual, where the goal noun, a copula and "to" or "that" open the figure's clause before it. Pure: reads the
text of the figure's clause before it only.
"""
from __future__ import annotations

import regex

from . import stance as _stance
from .lexicon import claim_sentence_end

REACH = 160  # chars before the figure searched for the goal noun and its copula
TYPES = frozenset({"forecast", "actual"})
# "The goal is that", "The government's aim is to", "The aim of the government is that", "the target now is to"; not "a goal
# that was ..." (a relative clause names the goal, no copula), nor "the goal is 3%" (the figure itself: rulestand/ruletype)
GOAL_COPULA = regex.compile(
    r"\b(?:goal|goals|aim|aims|target|targets|objective|objectives|intention)(?:\s+of\s+(?:the\s+)?(?:[\w'’-]+\s+){0,2}?[\w'’-]+)?"
    r"\s+(?:now\s+|also\s+)?(?:is|was|will\s+be|remains)\s+(?:now\s+|also\s+|still\s+)?(?:to|that)\s+", regex.IGNORECASE)
GOAL_WORD = regex.compile(r"goal|aim|target|objective|intention", regex.IGNORECASE)
# what stands between the copula's complement and the figure: no second finite report or stance of its own ("The goal is
# to cut spending, the ministry estimates that the deficit will be 4%" is cut by the clause bounds; "said", "expects" here)
REPORT_BETWEEN = regex.compile(r"\b(?:said|says|expects?|expected|estimates?|estimated|forecasts?|predicts?|predicted|believes?|"
                               r"warned|warns|but|although|however)\b", regex.IGNORECASE)


def goal_governs(text: str, clause, start: int) -> bool:
    """Whether a goal noun with its copula and "to" or "that" opens the stretch of the figure's clause before the figure."""
    lo = max(clause[0], start - REACH)
    m = None
    for m in GOAL_COPULA.finditer(text, lo, start):
        pass
    return m is not None and REPORT_BETWEEN.search(text, m.end(), start) is None


def rules_stand(text: str, claim: dict, new: str, s0: int) -> bool:
    """Whether the rules' commitment of the claim is the content of a goal its clause opens with ("The goal is that the
    deficit will fall to 1%"), so the model's forecast or actual does not replace it."""
    if claim.get("claim_type") != "commitment" or new not in TYPES:
        return False
    start, end = claim["char_start"], claim["char_end"]
    if GOAL_WORD.search(text, max(s0, start - REACH), start) is None:  # (most claims: no goal noun before them)
        return False
    clause = _stance.clause_bounds(text, s0, claim_sentence_end(claim, s0), start, end)
    return goal_governs(text, clause, start)


# every regex pattern above runs as its standard-re twin on ASCII text (lexicon.AsciiTwin: the same matches, less CPU)
from .lexicon import ascii_twins as _ascii_twins  # noqa: E402  (after the patterns it replaces)

_ascii_twins(globals())
