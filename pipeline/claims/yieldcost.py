"""A sum a measure would or will cost, raise, bring in, yield, generate or save: an estimate, the speaker's ``forecast``
(ANNOTATION.md: "Estimated costs ... the estimating body's forecast"; "a minister's costing of the opposition's policies
... ["proposal", "forecast"]"; "Projected totals of a budget").

"Critics said the plan would cost 7 billion dlrs a year", "a surcharge that would raise 22 billion dlrs next year", "the
tariff would ... raise government revenues by 6 billion dlrs", "the relief will cost the exchequer 1 trillion rupees".
The rules read the modal's future as a commitment (a policy instrument's "would"), a plan or proposal noun before it as
the proposal, or no stance at all as a level; the dev gold accepts ``forecast`` for every such sum. The learned claim_type
turned some of these forecasts into commitments (``rules_stand``).

Not read: an act on an instrument ("would raise taxes by 65 billion", "would raise spending to 3% of GDP": the object is
the instrument, not the yield), an infinitive of purpose ("called for a tax to raise 20 billion dlrs", "plans to save 60
billion": a demand or a plan), and a state, government or party as the modal's subject ("the next government will save
up to 11 billion euros": its commitment). Only money sums. Pure: reads the sentence's text and its entities only. The
words of these phrases (modals, verbs, revenue nouns, instruments, qualifiers, subjects) are yield_words.csv."""
from __future__ import annotations

import regex

from .lexicon import Guarded, listed_words, words_alternation


def _alternation(*kinds: str) -> str:
    """The words of these kinds of yield_words.csv as one alternation, in the file's order."""
    return words_alternation(listed_words("yield_words.csv", kind=kinds))


# the modal and up to two adverbs after it (yield_words.csv: every word below is of one of its kinds)
MODALS = tuple(listed_words("yield_words.csv", kind="modal"))
MODAL = r"\b(?P<modal>" + words_alternation(MODALS) + r")\s+(?:(?:" + _alternation("adverb") + r")\s+){0,2}"
# qualifiers between the verb's phrase and the sum
QUAL = r"(?:(?:" + _alternation("qualifier") + r")\s+){0,3}"
# the yield named as the verb's object: "revenues of", "government revenues by", "money by", "in revenue" comes after the sum
REVENUE = r"(?:[\w'’-]+\s+){0,2}?(?:" + _alternation("revenue") + r")\s+(?:of|by)\s+"
# who bears a cost or gains a saving, between the verb and the sum ("cost the exchequer", "save affected countries"): up to
# three words, none of them an instrument (an act on it is no cost)
BEARER = r"(?:(?!(?:" + _alternation("instrument") + r")\b)[\w'’.-]+\s+){0,3}?"
YIELD_VERBS = _alternation("yield")
YIELD_PHRASE = (r"(?:(?:" + _alternation("cost", "saving") + r")\s+" + BEARER + r"(?:" + REVENUE + r")?"
                r"|(?:" + YIELD_VERBS + r")\s+(?:" + REVENUE + r")?)")
# the modal, its verb of cost or yield and the qualifiers right before the sum
YIELD_BEFORE = Guarded(regex.compile(MODAL + YIELD_PHRASE + QUAL + r"$", regex.IGNORECASE), MODALS)
# a later verb of a modal's series ("would also cut ..., increase ... and raise government revenues by"): only with the
# revenue named as its object
SERIES_BEFORE = Guarded(regex.compile(MODAL + r"[^;]{0,200}?\band\s+(?:" + YIELD_VERBS + r")\s+" + REVENUE + QUAL
                                      + r"$", regex.IGNORECASE), MODALS)
# the modal's subject a state, its government or a party stands for: its own saving or revenue, a commitment
OWN_SUBJECT = regex.compile(r"\b(?:" + _alternation("subject") + r")\s+$", regex.IGNORECASE)
# a name right before the modal (the text-only stand-in for a coded subject: "Britain would raise")
NAME_BEFORE = regex.compile(r"\b[A-Z][\w'’.-]*\s+$")
# the verb of a cost right after the modal (a word or two between): a measure's cost, whatever its subject
COST_VERB = regex.compile(r"\s*(?:\w+\s+){0,2}?(?:" + _alternation("cost") + r")\b", regex.IGNORECASE)
REACH = 160  # chars before the sum searched for the modal's phrase
SERIES_REACH = 260
CHANGED = frozenset({"actual", "commitment", "proposal"})


def yield_match(text: str, start: int, lo: int):
    """The modal's phrase of cost or yield right before the sum at ``start`` (searched from ``lo``), or None."""
    return YIELD_BEFORE.search(text, max(lo, start - REACH), start) \
        or SERIES_BEFORE.search(text, max(lo, start - SERIES_REACH), start)


def _own_subject(sc, m) -> bool:
    """Whether the modal's subject is a state, its government or a party, or a pronoun that may stand for one, raising or
    saving the sum itself (its plan). A cost is a measure's whatever its subject ("said it would cost 36 billion crowns")."""
    text, k = sc.text, m.start("modal")
    if COST_VERB.match(text, m.end("modal")) is not None:
        return False
    if OWN_SUBJECT.search(text, max(sc.sentence.start, k - 30), k):
        return True
    return any(e.code and e.end <= k and len(text[e.end:k].split()) <= 1 for e in sc.ctx.entities(sc.sentence))


def yield_type(sc, fig: dict, claim_type: str) -> str:
    """``forecast`` for a sum a measure would cost, raise or save; else the type as it is."""
    if claim_type not in CHANGED or fig.get("head") is not None or fig.get("unit") != "currency":
        return claim_type
    m = yield_match(sc.text, fig["char_start"], sc.sentence.start)
    if m is None or _own_subject(sc, m):
        return claim_type
    return "forecast"


def estimated_sum(text: str, claim: dict, s0: int) -> bool:
    """Whether a finished claim is the forecast of a sum a measure would cost or raise (its sentence, starting at ``s0``,
    searched from its start)."""
    if claim.get("claim_type") != "forecast" or claim.get("unit") != "currency":
        return False
    return yield_match(text, claim["char_start"], s0) is not None


def rules_stand(text: str, claim: dict, new: str, s0: int) -> bool:
    """Whether the rules' forecast of a sum a measure would cost or raise stands against the model's other type."""
    if claim.get("claim_type") != "forecast" or new == "forecast" or claim.get("unit") != "currency":
        return False
    m = yield_match(text, claim["char_start"], s0)
    if m is None:
        return False
    k = m.start("modal")
    return COST_VERB.match(text, m.end("modal")) is not None \
        or not (OWN_SUBJECT.search(text, max(s0, k - 30), k) or NAME_BEFORE.search(text, max(s0, k - 40), k))


# every regex pattern above runs as its standard-re twin on ASCII text (lexicon.AsciiTwin: the same matches, less CPU)
from .lexicon import ascii_twins as _ascii_twins  # noqa: E402  (after the patterns it replaces)

_ascii_twins(globals())
