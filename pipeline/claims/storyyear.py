"""A level stated in the present tense, with no date of its own, in a story about a later year ("Next year the
government will take in 70 billion euros. It spends about 80 billion euros."): the rules read the year from the sentences
before it (claimtype.tense_type through levels.later_before) and the budget the story is about (plantype), neither of
which the learned type model sees (its features are the figure's own sentence). So the model's ``actual`` does not
override the rules' ``forecast`` or ``commitment`` of such a level (``rules_stand``, asked by typemodel._rules_stand).

Only the figure's own sentence is read (a present verb right before the figure, no past or dated word anywhere in the
sentence): a sentence that dates its figure itself, or states it in the past, gives the model what the rules have.
"""
from __future__ import annotations

import regex

from . import modality as _modality
from .lexicon import claim_sentence_end

# the present-tense verb of a level right before its figure, past the qualifiers ("spends about", "are only", "is more than",
# "totals nearly"): the sentence states where the level stands, and only its story says when
PRESENT_BEFORE = regex.compile(r"\b(?:is|are|spends|spend|receives|receive|collects|collect|totals|total)\s+"
                               r"(?:(?:about|around|roughly|some|nearly|almost|just|only|over|under|more|less|than|"
                               r"approximately|close\s+to|at)\s+)*$", regex.IGNORECASE)
PRESENT_REACH = 60  # chars before the figure searched for the verb and its qualifiers
# a word that dates the sentence or puts it in the past or the future of its own ("last year", "in 2024", "was", "has
# risen", "will"): the model then reads what the rules read
OWN_TIME = regex.compile(r"\b(?:was|were|had|has|have|rose|fell|stood|reached|grew|dropped|totalled|totaled|last|ago|"
                         r"today|now|currently|already|will|would|next|this\s+year|(?:19|20)\d\d)\b", regex.IGNORECASE)
STANDS = frozenset({"forecast", "commitment"})
STORY_REACH = 300  # chars before the sentence searched for the later year that dates it (about the two sentences before)


def rules_stand(text: str, claim: dict, new: str, sentence_start: int, published) -> bool:
    """Whether the rules' forecast or commitment of a present-tense level with no time of its own stands against the
    model's ``actual``: the text just before its sentence names a later year ("next year", "in 2027" in a 2026 story),
    which dates it, and only the rules read it."""
    if new != "actual" or claim.get("claim_type") not in STANDS:
        return False
    start = claim["char_start"]
    end = min(len(text), claim_sentence_end(claim, sentence_start))
    if not (sentence_start <= start <= end):
        return False
    return PRESENT_BEFORE.search(text, max(sentence_start, start - PRESENT_REACH), start) is not None \
        and OWN_TIME.search(text, sentence_start, end) is None \
        and _modality.later_year(text, (max(0, sentence_start - STORY_REACH), sentence_start), published)


# every regex pattern above runs as its standard-re twin on ASCII text (lexicon.AsciiTwin: the same matches, less CPU)
from .lexicon import ascii_twins as _ascii_twins  # noqa: E402  (after the patterns it replaces)

_ascii_twins(globals())
