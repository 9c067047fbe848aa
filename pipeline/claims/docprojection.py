"""A budget document's own projection of its figures: "the draft budget projects a deficit of 4.4% of GDP", "the spending
plan foresees revenue of 77 billion euros", "a draft budget that envisages net borrowing of 89.9 billion euros", "Under the
draft budget, the deficit is projected at 3.2% of GDP". The subject of the projecting verb (or the frame of its passive) is
the budget, draft or plan itself, not a forecaster: the figure is what the plan holds.

ANNOTATION.md: a government's budget plan or target is its ``commitment``; "Budget drafts: a cabinet's draft budget and
what it 'foresees', 'includes', 'plans' or 'would' spend -> ``["commitment", "proposal"]``"; a provincial budget: what "the
budget forecasts" or "is budgeted" for the coming year -> ``["commitment", "forecast", "proposal"]``; a budget proposal's
figures -> ``["proposal", "commitment"]``.

The rules already read such a figure as the plan's (plantype: a plan or document as the projecting verb's subject, a figure
a plan holds); the learned claim_type model reads the projecting verb's words ("projects", "expected", "foresees") and
turned the rules' commitment or proposal into a ``forecast`` (session 26: the held-out sets' largest claim_type class, a
government's budget plans and projected deficits read as forecasts). ``rules_stand`` keeps the rules' commitment or proposal
against the model's forecast or level where, in the figure's clause before it, a document noun is the subject of a
projecting verb ("the draft budget, which parliament must still approve, projects"), or frames a passive one ("Under the
plan, defence spending is expected to reach"), and the figure is a budget line (spending, defence, aid, revenue, the
deficit; not the debt stock, an outcome a budget strategy projects). Vocabulary: document_projection_words.csv. Pure: reads
the figure's clause before it.
"""
from __future__ import annotations

import regex

from . import stance as _stance
from .budgetput import BUDGET_LINES
from .lexicon import Guarded, listed_words, words_alternation

WORDS = "document_projection_words.csv"
DOCUMENT = words_alternation(listed_words(WORDS, kind="document"))
# words right after a document noun that make it no document subject: an institution's name or a balance of the budget, or
# a copula (the budget's own size foreseen, "the budget is seen at")
NOT_SUBJECT_WORD = words_alternation(listed_words(WORDS, kind=("institution", "copula")))
INSTITUTION = words_alternation(listed_words(WORDS, kind="institution"))
VERB = words_alternation(listed_words(WORDS, kind="verb"))
ACT = words_alternation(listed_words(WORDS, kind=("act", "act_up")))
# the acts the rules' step reads on the deficit: no raising or spending ("the bill would add 3.4 trillion dollars to deficits"
# is its effect as someone reckons it)
DEFICIT_ACT = words_alternation(listed_words(WORDS, kind="act"))
FRAME = words_alternation(listed_words(WORDS, kind="frame"))
# an aside between the document and its verb ("The draft budget, which parliament must still approve, projects")
ASIDE = r"(?:\s*,[^,.;]{1,90},)?"
# a character of the stretch between the verb and the figure: no sentence or clause stop (a decimal point goes on: "a deficit of
# 4.4% in 2026 and 3.9% in 2027")
STRETCH = r"(?:[^.;:]|\.(?=\d))"
# the document as a subject: the noun and up to four words after it that are no institution's name nor a copula ("the 2026
# budget bill", "a draft budget for fiscal 2025 that"), an aside, an adverb
DOCUMENT_SUBJECT = (r"\b(?:" + DOCUMENT + r")(?:['’]s)?(?:\s+(?!(?:" + NOT_SUBJECT_WORD + r")\b)[\w'’-]+){0,4}?" + ASIDE
                    + r"\s+(?:also\s+|now\s+|further\s+|still\s+)?")
# the document as the subject of the projecting verb ("the 2026 budget bill envisages", "a draft budget for fiscal 2025 that
# envisages") or of "would"/"will" and an act ("the draft budget would cut"), then the verb's object up to the figure (no
# sentence or clause stop)
SUBJECT = Guarded(regex.compile(
    DOCUMENT_SUBJECT + r"(?:(?:" + VERB + r")|(?:would|will)\s+(?:\w+ly\s+|also\s+)?(?:" + ACT + r"))\b" + STRETCH + r"{0,100}$",
    regex.IGNORECASE), tuple(listed_words(WORDS, kind="document")))
# the same on the deficit, with no act of raising or spending
SUBJECT_ON_DEFICIT = Guarded(regex.compile(
    DOCUMENT_SUBJECT + r"(?:(?:" + VERB + r")|(?:would|will)\s+(?:\w+ly\s+|also\s+)?(?:" + DEFICIT_ACT + r"))\b" + STRETCH
    + r"{0,100}$", regex.IGNORECASE), tuple(listed_words(WORDS, kind="document")))
# the document right before a verb (the rules' step: the governing cue is the document's own projecting verb)
SUBJECT_BEFORE_VERB = Guarded(regex.compile(DOCUMENT_SUBJECT + r"$", regex.IGNORECASE), tuple(listed_words(WORDS, kind="document")))
# the document as the subject of "would"/"will" and an act, up to the figure (the rules' step: the modal is the governing cue)
SUBJECT_ACT = Guarded(regex.compile(
    DOCUMENT_SUBJECT + r"(?P<modal>would|will)\s+(?:\w+ly\s+|also\s+)?(?:" + ACT + r")\b" + STRETCH + r"{0,100}$",
    regex.IGNORECASE), tuple(listed_words(WORDS, kind="document")))
SUBJECT_DEFICIT_ACT = Guarded(regex.compile(
    DOCUMENT_SUBJECT + r"(?P<modal>would|will)\s+(?:\w+ly\s+|also\s+)?(?:" + DEFICIT_ACT + r")\b" + STRETCH + r"{0,100}$",
    regex.IGNORECASE), tuple(listed_words(WORDS, kind="document")))
VERB_WORD = regex.compile(r"(?:" + VERB + r")", regex.IGNORECASE)
# a word after the verb's form that makes it a noun ("the budget forecasts of", "budget forecasts are")
NOUN_NEXT = regex.compile(r"\s+(?:" + words_alternation(listed_words(WORDS, kind="noun_next")) + r")\b", regex.IGNORECASE)
# the document framing a passive projecting verb before the figure ("Under the draft budget, the deficit is projected at",
# "In the plan, defence spending is expected to reach")
FRAMED = Guarded(regex.compile(
    r"\b(?:" + FRAME + r")\s+(?:the|its|their|this|that|a|[A-Z][\w.]*['’]s)\s+(?:[\w'’-]+\s+){0,3}?(?:" + DOCUMENT
    + r")\b(?!\s+(?:" + INSTITUTION + r")\b)" + STRETCH + r"{0,80}?\b(?:is|are|was|were|will\s+be|would\s+be)\s+(?:\w+ly\s+|also\s+|now\s+)?(?:"
    + VERB + r")\b" + STRETCH + r"{0,60}$", regex.IGNORECASE),
    tuple(listed_words(WORDS, kind="document")))
REACH = 220  # chars before the figure searched
KEPT = frozenset({"commitment", "proposal"})  # the rules' types that stand
TURNED = frozenset({"forecast", "actual"})  # what the model made of them


def projected_by_document(text: str, lo: int, start: int, metric: str | None = None) -> bool:
    """Whether a budget, draft or plan projects the figure at `start` as its subject (or acts on it after "would"; on the
    deficit no raising or spending), or frames its passive projection, in the stretch from `lo`."""
    lo = max(lo, start - REACH)
    subject = SUBJECT_ON_DEFICIT if metric == "fiscal_deficit" else SUBJECT
    return subject.search(text, lo, start) is not None or FRAMED.search(text, lo, start) is not None


def document_verb(text: str, lo: int, cue_start: int, cue_end: int) -> bool:
    """Whether the cue at [cue_start, cue_end) is a projecting verb in the present ("-s": the budget now before the reader)
    whose subject, right before it in the stretch from `lo`, is a budget, draft or plan ("The draft budget forecasts", "the
    government's draft budget sees"). Not a past form: what an earlier budget forecast, told after it, may be a forecast the
    year has overtaken ("the March budget forecast a deficit of"), and a participle qualifies a baseline ("a package to cut
    the estimated 171 billion dlr deficit")."""
    return text[cue_end - 1:cue_end] in ("s", "S") and VERB_WORD.fullmatch(text, cue_start, cue_end) is not None \
        and NOUN_NEXT.match(text, cue_end) is None \
        and SUBJECT_BEFORE_VERB.search(text, max(lo, cue_start - REACH), cue_start) is not None


def document_act(text: str, lo: int, cue_start: int, start: int, metric: str | None = None) -> bool:
    """Whether the cue at `cue_start` is the "would" or "will" of an act whose subject is a budget, draft or plan and whose
    object runs to the figure at `start` ("the House budget would cut the deficit about 38 billion dlrs", "the 2026 budget
    would include an income tax cut worth about 2.8 billion euros"): the plan's act, not a forecast of what it brings
    about (no verb of an outcome: "would leave", "would show"; on the deficit no raising or spending: "would add 3.4
    trillion dollars to deficits")."""
    m = (SUBJECT_DEFICIT_ACT if metric == "fiscal_deficit" else SUBJECT_ACT).search(text, max(lo, start - REACH), start)
    return m is not None and m.start("modal") == cue_start


def rules_stand(text: str, claim: dict, new: str, s0: int) -> bool:
    """Whether the rules' commitment or proposal of a budget line a document projects stands against the model's forecast
    or level."""
    if claim.get("claim_type") not in KEPT or new not in TURNED or claim.get("metric") not in BUDGET_LINES:
        return False
    clause = _stance.claim_clause(text, claim, s0)
    return clause is not None and projected_by_document(text, clause[0], claim["char_start"], claim.get("metric"))


# every regex pattern above runs as its standard-re twin on ASCII text (lexicon.AsciiTwin: the same matches, less CPU)
from .lexicon import ascii_twins as _ascii_twins  # noqa: E402  (after the patterns it replaces)

_ascii_twins(globals())
