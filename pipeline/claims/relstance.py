"""A figure that a relative clause right after it says someone threatened, proposed, sought or demanded keeps that
clause's stance, not the level a change "came down from" (anchor.reached_level, ruletype.anchored_type).

"a 19% tariff ..., down from the 20% Trump had threatened", "cut from the 3.5% Washington had demanded": the figure is
the threatened or demanded level, never reached (ANNOTATION.md: the rate a tariff came down from is a level reached, "a
threatened rate [commitment, proposal, demand]"). Only a clause whose subject is a coded name right after the figure
(voices.relative_agent: "the 3.32% Lai has proposed", "that American officials had floated"), and only a stance of a plan
or a wish: a reporting verb or a level keeps the anchor's reading. Reads the stance hits right after the figure only.
"""
from __future__ import annotations

import bisect
import functools

import regex

from . import stance as _stance
from . import voices as _voices
from .lexicon import claim_sentence_end, listed_words, read_rows, words_alternation

WISHED_TYPES = frozenset({"commitment", "proposal", "demand"})


def relative_stance(sc, fig: dict):
    """The plan or wish cue of a relative clause right after the figure whose subject is a coded name, or None."""
    span = (fig["char_start"], fig["end"])
    hits = sc.stance_hits
    i = bisect.bisect_left(hits, span[1], key=lambda h: h.start)  # the first cue after the figure
    if i >= len(hits) or hits[i].entry["claim_type"] not in WISHED_TYPES or hits[i].entry["pos"] != "V":
        return None
    agent = _voices.relative_agent(sc.ctx, sc.sentence, span, hits[i])
    return hits[i] if agent is not None and agent.code else None


# a relative clause right after the figure, as text: "the 20% Trump had threatened", "the 3% that the U.S. had floated"
REL_CLAUSE = regex.compile(r"\s+(?:that\s+|which\s+)?(?:the\s+)?(?:(?-i:[A-Z])[\w.'’-]*\s+){1,3}(?:had\s+|has\s+|have\s+)?"
                           r"(?:\w+ly\s+)?(?P<verb>[a-z]+)\b")


@functools.cache
def _wish_verbs() -> frozenset:
    """The stance lexicon's verbs (and their forms) of a plan or a wish (stance_cues.csv, pos V)."""
    return frozenset(r["cue"].lower() for r in read_rows("stance_cues.csv")
                     if r.get("pos") == "V" and r["claim_type"] in WISHED_TYPES and " " not in r["cue"])


def rules_stand(text: str, claim: dict, new: str) -> bool:
    """Whether the rules' plan or wish type of a figure that a relative clause right after it threatens, proposes or
    demands stands against the model's level or forecast (the model reads "down from" as a level reached)."""
    if claim.get("claim_type") not in WISHED_TYPES or new in WISHED_TYPES:
        return False
    end = claim["char_end"]
    m = REL_CLAUSE.match(text, end, min(len(text), end + 60))
    return m is not None and m.group("verb") in _wish_verbs()


# a forecast a relative clause right after a definite figure's phrase credits to its subject: "above the 68.5 billion dollar
# deficit the Parliamentary Budget Officer had projected", "well above the 4.4% of GDP that the finance ministry had forecast"
# (modern45): the figure is the level foreseen, not one reached (the rules read "above the" as a level; the model read the
# budget's sentence as a proposal). The subject may be any noun phrase of up to four words (an uncoded forecaster too); "are
# expected to" (a passive of belief with its own infinitive) is not this.
DEFINITE_BEFORE = regex.compile(r"\b(?:the|its|their)\s+(?:(?:about|around|some|roughly|nearly|almost)\s+)?$", regex.IGNORECASE)
FORECAST_REL = regex.compile(r"(?:\s+of\s+(?:GDP|GNP|GNI|gross\s+(?:domestic|national)\s+(?:product|income)))?"
                             r"(?:\s+(?:budget\s+|fiscal\s+)?(?:deficit|surplus|shortfall|gap|level|figure|rate))?"
                             r"\s+(?:that\s+|which\s+)?(?!(?:it|he|she|they|we)\s)(?:[\w.'’-]+\s+){1,4}?"
                             r"(?:had\s+|has\s+|have\s+)?(?:\w+ly\s+)?"
                             r"(?:projected|forecast|forecasted|predicted|expected|estimated|anticipated)\b(?!\s+(?:to|that)\b)",
                             regex.IGNORECASE)
DEFINITE_REACH = 20  # chars before the figure searched for its determiner


def forecast_clause(text: str, start: int, end: int, sentence_end: int) -> bool:
    """Whether a relative clause right after the figure's phrase says its subject projected or forecast the figure."""
    return (DEFINITE_BEFORE.search(text, max(0, start - DEFINITE_REACH), start) is not None
            and FORECAST_REL.match(text, end, min(sentence_end, end + 120)) is not None)


def forecast_stands(text: str, claim: dict, new: str, s0: int) -> bool:
    """Whether the rules' forecast of a figure a relative clause right after it projects (forecast_clause) stands against
    the model's other type."""
    if claim.get("claim_type") != "forecast" or new == "forecast":
        return False
    sentence_end = claim_sentence_end(claim, s0) if claim.get("sentence") else len(text)
    return forecast_clause(text, claim["char_start"], claim["char_end"], sentence_end)


# the relative clause of stance.REPORTED_RELATIVE and the duty phrase it ends in (duty_phrases.csv, every column; "must" and
# "should" among them): "the 5% that Donald Trump said this month all NATO members should spend" (modern53)
REPORTED_DEMAND = regex.compile(_stance.REPORTED_RELATIVE_PATTERN + r"(?:"
                                + words_alternation(listed_words("duty_phrases.csv", "phrase")) + r")\b", regex.IGNORECASE)


def reported_demand_stands(text: str, claim: dict, new: str) -> bool:
    """Whether the rules' demand of a figure a relative clause right after it says its named subject wants another to
    spend ("the 5% that Donald Trump said this month all NATO members should spend": the speaker's demand, stance_of)
    stands against the model's other type (the model read the main clause's plan or level into it)."""
    if claim.get("claim_type") != "demand" or new == "demand":
        return False
    end = claim["char_end"]
    return REPORTED_DEMAND.match(text, end, min(len(text), end + 160)) is not None


# every regex pattern above runs as its standard-re twin on ASCII text (lexicon.AsciiTwin: the same matches, less CPU)
from .lexicon import ascii_twins as _ascii_twins  # noqa: E402  (after the patterns it replaces)

_ascii_twins(globals())
