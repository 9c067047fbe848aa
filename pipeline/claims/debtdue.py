"""Debt service a state owes on a schedule: what it has to, must or is scheduled to repay is a level falling due, which
the words around it foresee (or report, for a past year), not an act it decides.

"Peru has to repay 2.1 billion dlrs of its foreign debt this year", "it would be difficult for Zambia to meet scheduled
debt repayments of 1.2 billion dlrs over the next three years", "the 400 mln dlrs in interest falling due in May": the
sum is set by the loans' terms; the state's subject or the verb "meet" before it made the rules read a commitment.
A state's own decision on its payments keeps its type ("Peru will limit debt payments to 10 pct of exports", "Zambia
pledged to pay 400 mln dlrs"): a deciding verb in the stretch before the figure, or no obligation word, leaves the claim
as it was. ``due_type`` is one claim_type step of ``claim.figure_claim``; it reads only the figure's own clause.
"""
from __future__ import annotations

import regex

from .levels import own_date

# the obligation before the figure: a modal of need on paying ("has to repay", "must pay", "needs to service"), a sum
# "due to be repaid", or the schedule named on the payments ("scheduled debt repayments of", "debt payments due")
OBLIGATION_BEFORE = regex.compile(
    r"\b(?:(?:has|have|had|needs?|will\s+have|would\s+have)\s+to|must|(?:is|are|was|were)\s+(?:due|obliged|required)\s+to)"
    r"\s+(?:\w+ly\s+)?(?:re)?pay|\b(?:is|are|was|were)\s+due\s+to\s+be\s+(?:re)?paid|\bscheduled\s+(?:\w+\s+){0,2}?"
    r"(?:re)?payments?|\b(?:re)?payments?\s+(?:falling\s+)?due\b",
    regex.IGNORECASE)
OBLIGATION_WORDS = ("has to", "have to", "had to", "must", "need", "due", "scheduled", "obliged", "required")
# the figure named as falling due right after it ("400 mln dlrs falling due in May", "1.2 billion dlrs due this year")
DUE_AFTER = regex.compile(r"\s+(?:(?:in|of)\s+(?:\w+\s+){0,2}?)?(?:falling\s+|coming\s+)?due\b", regex.IGNORECASE)
# a decision on the payments between the obligation and the figure, or before it: the state's own act
DECIDING = regex.compile(r"\b(?:pledg|promis|vow|agree|undert(?:ake|ook)|commit|decid|offer|limit|cap(?:s|ped|ping)?\b|"
                         r"propos|plan)", regex.IGNORECASE)
REACH = 90  # chars before the figure searched for the obligation (its clause only)


def falls_due(text: str, lo: int, start: int, end: int, hi: int) -> bool:
    """Whether the sum at start..end is named as owed on a schedule, reading lo..start before it and up to hi after it,
    with no decision on the payments before it."""
    due = None
    if any(w in text[lo:start].lower() for w in OBLIGATION_WORDS):
        due = OBLIGATION_BEFORE.search(text, lo, start)
    if due is None and "due" in text[end:end + 30].lower():
        due = DUE_AFTER.match(text, end, min(hi, end + 30))
    return due is not None and DECIDING.search(text, lo, start) is None


def due_type(sc, fig: dict, clause, claim_type: str, st):
    """A debt-service figure the rules typed a commitment (or the demand of a "must") that the state owes on a schedule:
    forecast, or actual when the figure's own date is past."""
    if claim_type not in ("commitment", "demand") or fig["metric"] != "debt_service":
        return claim_type, st
    text, start, end = sc.text, fig["char_start"], fig["end"]
    if not falls_due(text, max(clause[0], start - REACH), start, end, clause[1]):
        return claim_type, st
    claim_type = "actual" if own_date(text, clause, start, end, sc.article.get("published")) == "past" else "forecast"
    return claim_type, st._replace(claim_type=claim_type)


def rules_stand(text: str, claim: dict, new: str, s0: int) -> bool:
    """Whether the rules' forecast or actual of a debt-service sum is a sum falling due (``due_type``), so that the
    model's commitment does not replace it."""
    if new != "commitment" or claim.get("metric") != "debt_service" or claim.get("claim_type") not in ("forecast", "actual"):
        return False
    start, end = claim["char_start"], claim["char_end"]
    return falls_due(text, max(s0, start - REACH), start, end, s0 + len(claim.get("sentence") or text[s0:]))


# every regex pattern above runs as its standard-re twin on ASCII text (lexicon.AsciiTwin: the same matches, less CPU)
from .lexicon import ascii_twins as _ascii_twins  # noqa: E402  (after the patterns it replaces)

_ascii_twins(globals())
