"""An act on an instrument in progress: "is"/"are" before the present participle of a verb acting on a tax, tariff, aid
or spending line that takes an object ("the government is raising the top tax rate to 45%", "the cabinet is cutting aid
to 0.5% of national income", "is bringing forward a 4 billion dollar tax cut"). It is decided, as its future is
(ANNOTATION.md: a government's act on its instrument is its commitment), not a present level, nor one foreseen because
a later year is named. A level moving ("spending is rising to", "revenue is increasing by") takes no object: not one.

``act_after`` is what claimtype.tense_type asks of a figure's governing "is"/"are"; ``rules_stand`` keeps the rules'
commitment of such a figure against the learned type model's level or forecast (typemodel._rules_stand): the model read
"is" as a level stated.
"""
from __future__ import annotations

import regex

# the participle right after "is"/"are" (an adverb between), then its object: not a preposition a moving level takes
# (a change of the instrument or a sum set aside; not "is spending", "is giving", "is providing": a level as it runs)
PROGRESSIVE_ACT = regex.compile(r"\s+(?:\w+ly\s+|also\s+|now\s+)?(?:cutt|rais|reduc|increas|lower|lift|boost|bring|slash|trimm|"
                                r"doubl|halv|impos|introduc|allocat|earmark|scrapp|abolish)ing"
                                r"\s+(?!(?:to|by|from|up|down|at|in|on)\b)", regex.IGNORECASE)
# the same before a figure, its object phrase in between with no clause break or other figure's word ("is raising its total
# tax cuts in 1988 by ", "is bringing forward a ")
PROGRESSIVE_BEFORE = regex.compile(r"\b(?:is|are)" + PROGRESSIVE_ACT.pattern + r"[^,;:.()\"“”]{0,80}$", regex.IGNORECASE)
PROGRESSIVE_REACH = 140  # chars before the figure searched
INSTRUMENTS = frozenset({"tax_revenue", "tariff_rate", "public_spending", "defense_spending", "development_aid"})
TURNED = frozenset({"actual", "forecast"})


def act_after(text: str, pos: int, fig_start: int) -> bool:
    """Whether an act's present participle with its object follows "is"/"are" ending at `pos`, before the figure."""
    return PROGRESSIVE_ACT.match(text, pos, fig_start) is not None


def rules_stand(text: str, claim: dict, new: str, sentence_start: int) -> bool:
    """Whether the rules' commitment of an instrument's figure that an act in progress governs ("is bringing forward a 4
    billion dollar tax cut") stands against the model's level or forecast."""
    if claim.get("claim_type") != "commitment" or new not in TURNED or claim.get("metric") not in INSTRUMENTS:
        return False
    start = claim["char_start"]
    return PROGRESSIVE_BEFORE.search(text, max(sentence_start, start - PROGRESSIVE_REACH), start) is not None


# every regex pattern above runs as its standard-re twin on ASCII text (lexicon.AsciiTwin: the same matches, less CPU)
from .lexicon import ascii_twins as _ascii_twins  # noqa: E402  (after the patterns it replaces)

_ascii_twins(globals())
