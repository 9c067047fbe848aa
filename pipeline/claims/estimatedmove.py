"""An estimate of a movement still to come: a forecast, not a level reported.

"The state's debt has been estimated to rise to 90 percent of GDP", "Finland's debt is estimated to grow to 90 percent"
(machine-translated Finnish news: "on arvioitu nousevan"). The rules read an estimate with no year of its own as a level
reached (stance_cues.csv: estimate = actual for a past level, forecast for a later year); the infinitive of a movement
after the estimating participle puts the figure ahead (``moves_later``, claimtype.tense_type); a perfect infinitive ("is
estimated to have risen to") still reports a level. The learned claim_type read such figures as levels too
(``rules_stand``, typemodel.retype). Pure: reads the words between the estimate and the figure only.
"""
from __future__ import annotations

import regex

# the estimate's infinitive of a movement and up to sixty characters of its own words up to the figure (no comma, no
# second clause): "estimated to rise to", "estimated to grow by about"
ESTIMATED_TO_MOVE = regex.compile(r"\s+to\s+(?:rise|grow|increase|climb|reach|fall|decline|drop|exceed|surpass|top|swell|jump|widen|"
                                  r"narrow|shrink|double|ease|approach)\s+(?:(?![,;:]|and\s|but\s)[\w\s'’-]){0,60}$", regex.IGNORECASE)
# the estimate's clause stating what something needs or will cost, with up to six words of its subject before the verb:
# "has estimated that Ukraine needs about 135.7 billion euros", "estimates the programme would cost some 20 billion": the
# sum a need or a cost still to be met takes is foreseen, not a level reported
ESTIMATED_NEED = regex.compile(r"\s+(?:that\s+)?(?:(?![,;:])[\w'’.-]+\s+){0,6}?(?:needs|need|(?:will|would|could|might)\s+"
                               r"(?:need|cost|require)|requires|require)\s+(?:(?:about|around|roughly|some|at\s+least|nearly|"
                               r"almost|up\s+to|more\s+than|an\s+extra|an\s+additional|another|a\s+further)\s+)?$", regex.IGNORECASE)
# the participle of an estimate right before the infinitive, for the stand against the model: "has been estimated", "is estimated"
ESTIMATED_BEFORE = regex.compile(r"\b(?:is|are|was|were|been|being)\s+(?:\w+ly\s+|also\s+|now\s+)?estimated$", regex.IGNORECASE)
REACH = 100  # chars before the figure searched for the participle
TYPES = frozenset({"actual"})


def moves_later(text: str, cue_end: int, fig_start: int) -> bool:
    """Whether an estimate cue ending at `cue_end` governs the figure through the infinitive of a movement, or through a
    clause of what something needs or will cost (ESTIMATED_NEED)."""
    return ESTIMATED_TO_MOVE.fullmatch(text, cue_end, fig_start) is not None \
        or ESTIMATED_NEED.fullmatch(text, cue_end, fig_start) is not None


def rules_stand(text: str, claim: dict, new: str, s0: int) -> bool:
    """Whether the rules' forecast of the claim is an estimate of a movement to come ("has been estimated to rise to 90%"),
    so the model's level does not replace it."""
    if claim.get("claim_type") != "forecast" or new not in TYPES:
        return False
    start = claim["char_start"]
    lo = max(s0, start - REACH)
    k = text.rfind("estimated", lo, start)
    return k >= 0 and ESTIMATED_BEFORE.search(text, max(s0, k - 40), k + 9) is not None and moves_later(text, k + 9, start)


# every regex pattern above runs as its standard-re twin on ASCII text (lexicon.AsciiTwin: the same matches, less CPU)
from .lexicon import ascii_twins as _ascii_twins  # noqa: E402  (after the patterns it replaces)

_ascii_twins(globals())
