"""A sentence with no metric word whose subject is the head noun of the previous sentence's metric phrase, with other
qualifiers, goes on with that sentence's claim (``restates_head``).

"The government said its budget deficit financing requirements will fall to 24 billion dlrs this year. Projected fiscal 1988
requirements are 21.3 billion dlrs.": the second sentence names the same thing by its head noun alone ("requirements", no
metric cue by itself), after a qualifier of its own (a time, "projected", "total") that the opening-word test
(``story._repeats_head``: "Borrowing in the December quarter rose ...") does not pass. The head, in singular or plural, must
stand among the sentence's first words, before its first figure (its subject, not an object further on); the cue whose head it
is must be a phrase of a scored metric (a bare word names nothing more specific than the carried topic). Reads only the
opening of the sentence and, when a head word is there, the cues of the sentence before: no scan of the article.
"""
from __future__ import annotations

import regex

from . import cuelexicon as _cuelexicon

# the sentence's words up to its first figure; the head is one of the first SUBJECT_WORDS after the opening one
WORD = regex.compile(r"[A-Za-z][\w'’-]*|\d[\d/.-]*")
SUBJECT_WORDS = 5
SUBJECT_REACH = 60  # chars from the sentence's start to its first figure
# opening words that make the head an object or a clause's, not the sentence's subject ("Of the requirements, ...")
NOT_SUBJECT = frozenset({"of", "on", "for", "to", "from", "with", "by", "than", "as", "against", "if", "when", "while",
                         "although", "because", "but", "and", "or", "that", "which"})


def _singular(word: str) -> str:
    word = word.lower()
    return word[:-1] if word.endswith("s") and not word.endswith("ss") else word


def scored_cue_heads(text: str, before) -> list[str]:
    """The head nouns (last words, lower case) of the scored metric phrases of the sentence `before` ("public debt
    repayments" -> "repayments"); a bare word names nothing more specific than the carried topic, so one-word cues give
    none. Read by this module and by ``story._repeats_head``."""
    return [text[h.start:h.end].split()[-1].lower() for h in _cuelexicon.sentence_cues(text, before.start, before.end, [])
            if h.entry["metric"] in _cuelexicon.SCORED and " " in h.entry["cue"].strip()]


def restates_head(text: str, sentence, ms: list[dict], before) -> bool:
    """Whether the sentence's opening (its first words, before its first figure) ends on the head noun of a scored metric
    phrase of the sentence before, after a qualifier of its own."""
    first = min((m["char_start"] for m in ms), default=None)
    if first is None or first - sentence.start > SUBJECT_REACH:
        return False
    words = [w.group() for w in WORD.finditer(text, sentence.start, first)][:SUBJECT_WORDS + 1]
    candidates = set()
    for k, word in enumerate(words):
        if word.lower() in NOT_SUBJECT:
            break  # (the head after a preposition or a conjunction is an object's or another clause's)
        if k:  # (a head that opens the sentence is story._repeats_head's)
            candidates.add(_singular(word))
    if not candidates:
        return False
    return any(_singular(head) in candidates for head in scored_cue_heads(text, before))
