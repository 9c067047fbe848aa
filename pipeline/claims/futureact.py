"""A government's own future act on its figure in the active voice: its commitment, not a forecast.

"The government will cut the deficit to 4 billion dlrs next year", "the Treasurer said he would trim the deficit to 2
billion dlrs in 1987/88", "Norway will reduce its budget deficit to 30 billion crowns". The rules read "will"/"would" and an
act verb as an act with an agent (claimtype: commitment; ANNOTATION.md claim_type: commitment, the actor pledges, plans,
sets, "will" ... it for itself; a government's own deficit or financing target is ``commitment``). The learned claim_type
reads "will cut the deficit to X next year" as a level to come (a Reuters deficit forecast) and turns the rules' commitment
into a ``forecast`` (or, with a year before the article's date, a level). ``rules_stand`` keeps the rules' commitment of a
budget line where, in the figure's clause right before it, a government noun, a pronoun or a capitalised name (a state, a
minister) is the subject of "will", "would" or "shall" with an act verb of future_act_words.csv, whose object runs to the
figure's preposition ("to", "by", "at", "below"). A document, measure or legislature as the subject ("the plan would cut",
"Congress would raise") is no government acting (docprojection, plantype, yieldcost read those); a passive ("will be cut
to") is futurepassive's. Pure: reads the figure's clause before it.
"""
from __future__ import annotations

import regex

from . import stance as _stance
from .budgetput import BUDGET_LINES
from .lexicon import listed_words, words_alternation

WORDS = "future_act_words.csv"
SUBJECT_WORD = words_alternation(listed_words(WORDS, kind="subject"))
NOT_SUBJECT = words_alternation(listed_words(WORDS, kind="not_subject"))
ACT = words_alternation(listed_words(WORDS, kind="act"))
# the subject right before the auxiliary: a government noun or pronoun, or a capitalised name that is no document or
# legislature ("Norway", "Lawson", "Ottawa"), a possessive allowed ("Canada's government")
SUBJECT = r"\b(?:(?:" + SUBJECT_WORD + r")|(?!(?:" + NOT_SUBJECT + r")\b)(?-i:[A-Z])[\w'’-]*)"
# a character of the verb's object up to the figure: no sentence or clause stop (a decimal point goes on)
STRETCH = r"(?:[^.;:,]|\.(?=\d))"
FUTURE_ACT = regex.compile(
    SUBJECT + r"\s+(?:will|would|shall)\s+(?:(?:also|now|further|then|again|still|\w+ly)\s+)?(?:" + ACT + r")\b"
    + STRETCH + r"{0,70}?\b(?:to|by|at|below|under)\s+(?:(?:about|around|some|roughly|nearly|just|only|less\s+than|"
    r"no\s+more\s+than|a\s+further|another)\s+)?$",
    regex.IGNORECASE)
REACH = 120  # chars before the figure searched
TURNED = frozenset({"forecast", "actual"})  # what the model made of it


def government_act(text: str, lo: int, start: int) -> bool:
    """Whether the figure at `start` is the object of a government's own act after "will", "would" or "shall" in the
    stretch from `lo` ("the government will cut the deficit to")."""
    return FUTURE_ACT.search(text, max(lo, start - REACH), start) is not None


def rules_stand(text: str, claim: dict, new: str, s0: int) -> bool:
    """Whether the rules' commitment of a budget line that a government's own future act moves ("will cut the deficit to")
    stands against the model's forecast or level."""
    if claim.get("claim_type") != "commitment" or new not in TURNED or claim.get("metric") not in BUDGET_LINES:
        return False
    clause = _stance.claim_clause(text, claim, s0)
    return clause is not None and government_act(text, clause[0], claim["char_start"])


# every regex pattern above runs as its standard-re twin on ASCII text (lexicon.AsciiTwin: the same matches, less CPU)
from .lexicon import ascii_twins as _ascii_twins  # noqa: E402  (after the patterns it replaces)

_ascii_twins(globals())
