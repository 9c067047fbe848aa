"""A figure coordinated after another figure of its clause as its further part ("NATO Secretary General Mark Rutte has
proposed that allies spend 3.5% of GDP on core defence and a further 1.5% on related items such as infrastructure by
2035"): one verb governs both, so the rules' type of the second (the verb's, as the first's) stands against the learned type
model, which reads the second's own window ("by 2035") apart from the verb (ANNOTATION.md, modern53: "the related part of
the same proposal" is the proposal's; the Hague figures: a proposal, a commitment or a refusal of the whole).

Only the types a verb gives its objects (demand, proposal, commitment, rejection), only an earlier figure (a percent or a
sum) in the same clause (no comma, semicolon or full stop between it and "and"), and only the words of
further_part_words.csv right before the figure. Pure: reads the text before the claim only."""
from __future__ import annotations

import regex

from .lexicon import listed_words, words_alternation

VERB_TYPES = frozenset({"demand", "proposal", "commitment", "rejection"})
# an earlier figure, what follows it up to "and" (no clause break), and the further-part words right before the figure
FURTHER_BEFORE = regex.compile(r"\d(?:[\d.,]*\d)?\s*(?:%|per\s*cent\b|percent\b|pct\b|(?:billion|million|trillion|bn|mln)\b)"
                               r"[^;,.]{0,80}?\s+and\s+(?:" + words_alternation(listed_words("further_part_words.csv", "phrase"))
                               + r")\s+$", regex.IGNORECASE)
REACH = 130  # chars before the figure


def rules_stand(text: str, claim: dict, new: str, s0: int) -> bool:
    """Whether the rules' verb type of a further part coordinated after an earlier figure stands against the model's."""
    if claim.get("claim_type") not in VERB_TYPES or new == claim.get("claim_type"):
        return False
    start = claim["char_start"]
    return FURTHER_BEFORE.search(text, max(s0, start - REACH), start) is not None


# every regex pattern above runs as its standard-re twin on ASCII text (lexicon.AsciiTwin: the same matches, less CPU)
from .lexicon import ascii_twins as _ascii_twins  # noqa: E402  (after the patterns it replaces)

_ascii_twins(globals())
