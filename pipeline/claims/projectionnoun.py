"""A figure a projection noun holds as its content: "the ministry's projections of 3 pct growth, a deficit of 2 billion
dlrs and ...", "The IMF forecast, which assumes slower growth, is for a deficit of about 40 billion dlrs". The rules read
the noun as governing the figure (stance.stance_of: a forecast noun before it) and type it ``forecast``; the learned type
model, which reads the sentence's words, turned such figures into levels (``actual``) on the dev files where the noun's
clause has no verb of its own near the figure. ``rules_stand`` keeps the rules' forecast there (typemodel._rules_stand),
unless the figure is dated in a year gone by of its own ("and 44.5 billion dlrs at end-1986": a level reached, whatever
noun came before).
"""
from __future__ import annotations

import regex

from .levels import own_date
from . import stance as _stance
from .lexicon import claim_sentence_end

NOUN = r"\b(?:projections?|predictions?|forecasts?|outlook)"
QUAL = (r"(?:(?:about|around|some|roughly|nearly|almost|approximately|just|only|over|under|more|less|than|at\s+least|"
        r"up\s+to|an?|the|its|their)\s+)*")
# the noun, "of", up to three list items each closed by a comma (no "and": a figure after "and" may be a level of its own
# joined to the projected one), then the figure's qualifiers
CONTENT_OF = regex.compile(NOUN + r"\s+of\s+(?:[^,;.()]{1,40},\s+){0,3}" + QUAL + r"$", regex.IGNORECASE)
# the noun as the subject of "is for" (an aside closed by commas between), then the figure's noun and "of"
SUBJECT_FOR = regex.compile(NOUN + r"\s*(?:,[^;.]{1,160},\s*)?\s+(?:is|are|was|were)\s+for\s+" + QUAL
                            + r"(?:[\w-]+\s+){0,3}?(?:of\s+)?" + QUAL + r"$", regex.IGNORECASE)
REACH = 200  # chars before the figure searched for the noun


def rules_stand(text: str, claim: dict, new: str, sentence_start: int, published) -> bool:
    """Whether the rules' forecast of a figure a projection noun holds as its content stands against the model's
    ``actual``."""
    if new != "actual" or claim.get("claim_type") != "forecast":
        return False
    start, end = claim["char_start"], claim["char_end"]
    hi = min(len(text), claim_sentence_end(claim, sentence_start))
    if not (sentence_start <= start <= end <= hi):
        return False
    lo = max(sentence_start, start - REACH)
    if CONTENT_OF.search(text, lo, start) is None and SUBJECT_FOR.search(text, lo, start) is None:
        return False
    clause = _stance.clause_bounds(text, sentence_start, hi, start, end)
    return own_date(text, clause, start, end, published) != "past"


# every regex pattern above runs as its standard-re twin on ASCII text (lexicon.AsciiTwin: the same matches, less CPU)
from .lexicon import ascii_twins as _ascii_twins  # noqa: E402  (after the patterns it replaces)

_ascii_twins(globals())
