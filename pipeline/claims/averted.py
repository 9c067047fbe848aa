"""A tariff or tax someone tries, hopes or fails to avert: the instrument its setter has decided, not a level foreseen.

"U.S. officials said there was little that could be done now to avert the 300 mln dlrs in tariffs", "Canada could still
avoid the 25 pct tariffs on its steel": the modal belongs to the averting (what can or cannot be done about the tariffs),
not to the figure, which the setter has imposed or announced; the rules read the modal as the figure's forecast. A tariff
or tax that is the object of a preventing verb (avert, avoid, prevent, head off, stave off, forestall) and that the rules
typed a forecast is its setter's commitment (ANNOTATION.md corpus41/corpus47: tariffs announced on goods worth a sum are
`["commitment", "actual"]`). Only instruments someone sets: a deficit one acts to avert ("Congress must act to avert a
deficit of 200 billion dlrs") is a level foreseen and keeps its type. ``averted_type`` is the last claim_type step of
``claim.figure_claim``, after the roles (the speaker the forecast's roles found stays); ``rules_stand`` keeps the commitment against the learned type model's forecast
(typemodel.retype). Pure: reads the few words before the figure in its clause.
"""
from __future__ import annotations

import regex

# the preventing verb and up to four words of the figure's noun phrase before it ("avert the", "to avoid the 100 pct duties
# on", "head off the")
AVERTED_BEFORE = regex.compile(
    r"\b(?:avert(?:s|ed|ing)?|avoid(?:s|ed|ing)?|prevent(?:s|ed|ing)?|forestall(?:s|ed|ing)?|head(?:s|ed|ing)?\s+off|"
    r"stave(?:s|d)?\s+off|staving\s+off)\s+(?:[\w.'’-]+\s+){0,4}?$",
    regex.IGNORECASE)
REACH = 60  # chars before the figure searched for the verb
INSTRUMENTS = frozenset({"tariff_rate", "tax_revenue"})


def averted(text: str, lo: int, start: int) -> bool:
    """Whether the figure at `start` is the object of a preventing verb in text[lo:start]."""
    return AVERTED_BEFORE.search(text, max(lo, start - REACH), start) is not None


def averted_type(sc, fig: dict, clause, claim_type: str, st):
    """A tariff or tax the rules typed a forecast that is the object of a preventing verb: its setter's commitment."""
    if claim_type != "forecast" or fig["metric"] not in INSTRUMENTS or fig.get("head") is not None:
        return claim_type, st
    if not averted(sc.text, clause[0], fig["char_start"]):
        return claim_type, st
    return "commitment", st._replace(claim_type="commitment")


def rules_stand(text: str, claim: dict, new: str, s0: int) -> bool:
    """Whether the rules' commitment of an averted tariff or tax stands against the model's forecast."""
    if claim.get("claim_type") != "commitment" or new != "forecast" or claim.get("metric") not in INSTRUMENTS:
        return False
    return averted(text, s0, claim["char_start"])


# every regex pattern above runs as its standard-re twin on ASCII text (lexicon.AsciiTwin: the same matches, less CPU)
from .lexicon import ascii_twins as _ascii_twins  # noqa: E402  (after the patterns it replaces)

_ascii_twins(globals())
