"""A second verb coordinated after the first governs the figure in its own object: "The Left party rejected the defence
plans and called instead for the top income-tax rate to be raised to 53%" (the figure is what the party calls for, not
what it rejects).

stance.stance_of takes the highest-priority governing cue of the figure's clause, and a rejection (70) outranks a call
for (60) whichever comes nearer the figure; "and" before a later stance verb of the same subject starts a predicate of
its own, whose verb is the one that takes the figure as its object. Only a verb of plan, wish or refusal after "and"
(optionally "instead", "also", "then"), or a participle after a comma (", proposing instead"), between the first cue and the figure, and no comma or other figure between it
and the figure. Reads the stance hits of the clause only.
"""
from __future__ import annotations

import regex

from . import stance as _stance

CONJUNCT_TYPES = frozenset({"demand", "proposal", "commitment", "rejection"})
AND_BEFORE = regex.compile(r"\band\s+(?:(?:instead|also|then|later|now)\s+)?$", regex.IGNORECASE)
# a participle clause of the same subject after a comma: "Opposition parties rejected the plan to lift VAT to 24%, proposing
# instead a 1 billion euro bank levy", "approved the 10% tariff, rejecting calls for 25%"
COMMA_PARTICIPLE = regex.compile(r",\s+(?:(?:instead|also|then|now)\s+)?$", regex.IGNORECASE)


def later_conjunct(text: str, clause, fig: dict, st, stance_hits):
    """The stance of the figure with a later coordinated verb governing it ("rejected ... and called instead for ... 53%"),
    or the stance as it is."""
    cue, start = st.cue, fig["char_start"]
    if cue is None or st.how != "governing" or cue.entry["pos"] not in ("V", "A") or cue.end > start \
            or st.claim_type not in CONJUNCT_TYPES:
        return st
    # (a participle row right after "and" is the second verb's past form: "rejected Washington's demand for 3.5% and instead
    # proposed lifting spending to 2.33%")
    later = [h for h in stance_hits if cue.end < h.start and h.end <= start
             and (h.entry["pos"] == "V" or (h.entry["pos"] == "A" and AND_BEFORE.search(text, max(clause[0], h.start - 20), h.start)))
             and h.entry["claim_type"] in CONJUNCT_TYPES and h.entry["claim_type"] != st.claim_type]
    if not later:
        return st
    h = later[-1]
    joined = AND_BEFORE.search(text, max(clause[0], h.start - 20), h.start) is not None \
        or (text[h.start:h.end].split()[0].lower().endswith("ing") and COMMA_PARTICIPLE.search(text, max(clause[0], h.start - 12), h.start) is not None)
    if not joined or "," in text[h.end:start]:
        return st
    return _stance.Stance(h.entry["claim_type"], h, "governing")


# every regex pattern above runs as its standard-re twin on ASCII text (lexicon.AsciiTwin: the same matches, less CPU)
from .lexicon import ascii_twins as _ascii_twins  # noqa: E402  (after the patterns it replaces)

_ascii_twins(globals())
