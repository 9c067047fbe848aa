"""The rules' ``demand`` kept against the learned type model where the figure's own words make it one (ANNOTATION.md: the
actor presses the target to reach the figure; a request for a sum is the requester's demand).

- "The European Commission has told Rome to bring its deficit down by about 0.5% of GDP a year", "The IMF told Pakistan to
  cut its deficit to 5% of GDP": a verb of telling or ordering, its object and an infinitive of a verb moving the figure
  within a few words of it; the model read the sentence's other levels (a forecast, a "procedure") into it.
- "a Philippine request for 500 mln dlrs in soft loans": the noun "request" (request_nouns.csv) governing the figure;
  the model read it as a proposal.
Only where the rules typed the figure ``demand``. Pure: reads the text right before the figure only."""
from __future__ import annotations

import regex

from .lexicon import listed_words, words_alternation

# a verb of telling or ordering (telling_verbs.csv), its object, "to" and a verb moving the figure (figure_verbs.csv,
# column told), up to eight words before the figure
TOLD_TO_BEFORE = regex.compile(r"\b(?:" + words_alternation(listed_words("telling_verbs.csv")) + r")\s+"
                               r"(?:[\w'’.-]+\s+){1,4}?to\s+(?:(?:\w+ly|also|further)\s+)?(?:"
                               + words_alternation(listed_words("figure_verbs.csv", "verb", where="told"))
                               + r")\b(?:\s+\S+){0,8}?\s+$", regex.IGNORECASE)
# a request noun (request_nouns.csv), singular or plural, "for" or "of" and a few qualifiers right before the sum
REQUEST_BEFORE = regex.compile(r"\b(?:" + words_alternation(listed_words("request_nouns.csv")) + r")s?\s+(?:for|of)\s+"
                               r"(?:(?:about|around|some|roughly|up\s+to|an\s+extra|a\s+further|another|a|an)\s+)?$",
                               regex.IGNORECASE)
REACH = 120  # chars before the figure


def rules_stand(text: str, claim: dict, new: str, s0: int) -> bool:
    """Whether the rules' demand stands against the model's other type."""
    if claim.get("claim_type") != "demand" or new == "demand":
        return False
    start = claim["char_start"]
    lo = max(s0, start - REACH)
    return TOLD_TO_BEFORE.search(text, lo, start) is not None or REQUEST_BEFORE.search(text, max(s0, start - 40), start) is not None
