"""What borrowed money pays for is not what the borrowed sum measures (``borrowed_use``).

"The government plans to issue 29.6 trillion yen of new bonds to help fund the budget", "Borrowing to finance the spending
plans will total 150 billion euros": the spending or budget word after the funding verb is the nearest cue to the figure,
but it only says what the money is for; the borrowing word that heads the figure's phrase (the bonds, the borrowing, the
debt) governs it, and the figure is the state's deficit or debt (ANNOTATION.md: bond issues and borrowing inside a budget are
``fiscal_deficit``, ``public_debt`` accepted). A defence or aid word after the funding verb is left alone (money borrowed for
defence alone is defence money). Word lists: ``borrowed_for.csv``. One search back from the cue per figure whose governing
cue is a spending word: no scan of the article.
"""
from __future__ import annotations

import functools

import regex

from .lexicon import Hit, ascii_twin, last_match, phrase_pattern, read_rows
from .cuescope import CLAUSE_SCAN, OWN_FIGURE

USE_REACH = 70  # chars before the spending word: "to help fund the government's extra" and its words
SUBJECT_REACH = 40  # chars between an anaphoric verb ("will reach") and the noun before it (metric.SUBJECT_REACH)
HEAD_REACH = 120  # chars before "to" in which the borrowing head stands (the figure between them, if any)


@functools.cache
def _rows(kind: str) -> list[dict]:
    return [r for r in read_rows("borrowed_for.csv") if r["kind"] == kind]


@functools.cache
def _use_before():
    """A funding verb after "to" (and "help"), then at most three words of the spending word's phrase, at the end."""
    verbs = "|".join(phrase_pattern(r["phrase"]) for r in sorted(_rows("verb"), key=lambda r: -len(r["phrase"])))
    return ascii_twin(regex.compile(r"\bto\s+(?:help\s+)?(?:" + verbs + r")\s+(?:(?!(?:and|or|but|while)\b)[\w'’-]+\s+){0,3}$",
                                    regex.IGNORECASE))


@functools.cache
def _head_alternation() -> tuple[str, list[str]]:
    """The borrowing heads as an alternation, longest first, each a named group ``h<k>`` of its row's position; and the
    rows' metrics in that order (a match's ``lastgroup`` indexes them)."""
    rows = sorted(_rows("head"), key=lambda r: -len(r["phrase"]))
    return "|".join(f"(?P<h{k}>{phrase_pattern(r['phrase'])})" for k, r in enumerate(rows)), [r["metric"] for r in rows]


@functools.cache
def _heads():
    """The borrowing heads as words of their own, and their metrics."""
    pattern, metrics = _head_alternation()
    return ascii_twin(regex.compile(r"\b(?:" + pattern + r")\b", regex.IGNORECASE)), metrics


@functools.cache
def _sized_before():
    """A borrowing head right before its sum, with "worth", "of", "totalling" or "amounting to" (and a hedge) at the end."""
    pattern = _head_alternation()[0]
    return ascii_twin(regex.compile(r"\b(?:" + pattern + r")\s+(?:worth|of|totall?ing|amounting\s+to)\s+"
                                    r"(?:(?:about|around|some|roughly|nearly|almost|up\s+to|more\s+than|over)\s+)?$",
                                    regex.IGNORECASE))


SIZED_REACH = 60  # chars before the sum


def _sized_head(text: str, start: int, fig_start: int) -> str | None:
    """The metric of a borrowing head that sizes the sum right after it ("bonds worth 30 billion euros"), if any."""
    m = _sized_before().search(text, start, fig_start)
    return _head_alternation()[1][int(m.lastgroup[1:])] if m is not None else None


def _spending_after(hits: list[Hit], fig_start: int) -> Hit | None:
    """The first spending or budget word after the figure (the sentence's cues are in text order), if any."""
    for h in hits:
        if h.start >= fig_start and h.entry["metric"] == "public_spending" and h.start != h.end:
            return h
    return None


def borrowed_use(text: str, cue: Hit | None, hits: list[Hit], fig_start: int, lo: int) -> str | None:
    """The metric of the borrowing a figure's governing spending word is the use of, or None.

    `cue` is the figure's governing cue (an anaphoric verb's: the cue just before it), `hits` the sentence's cues,
    `fig_start` the figure's start and `lo` the sentence's start. The cue must be a spending or budget word
    (``public_spending`` in metric_cues.csv) right after "to (help) fund/finance/cover/pay for", and a borrowing head must
    stand before that "to" in the same clause, with the figure in the head's phrase before the "to" ("issue 29.6 trillion
    yen of new bonds to help fund the budget", "borrow 60 billion crowns to fund its spending") or after the spending word
    (the head is the subject: "Borrowing to finance the spending plans will total 150 billion euros"). A sum a borrowing
    head sizes straight before it ("budget spending will be covered by issuing bonds worth 30 billion euros") is the
    head's too, whatever spending word before it governs it."""
    if cue is not None and cue.entry["metric"] == "CARRY":
        # an anaphoric verb takes its clause's noun ("Debt taken on to finance the spending surge will reach 120% of GDP"):
        # that noun is the one to test
        before = [h for h in hits if h.end <= cue.start and cue.start - h.end <= SUBJECT_REACH]
        cue = before[-1] if before else None
    if cue is not None and cue.entry["metric"] != "public_spending" and cue.end <= fig_start \
            and int(cue.entry.get("weight") or 0) >= 1:
        # (cmetric22) a weak word before the borrowing verb ("pledged to borrow 5 billion francs to pay for its spending"):
        # the spending word after the figure is the one whose use is tested
        cue = _spending_after(hits, fig_start)
    if cue is None or cue.entry["metric"] != "public_spending" or cue.start == cue.end:
        return None
    if cue.end <= fig_start:
        sized = _sized_head(text, max(lo, fig_start - SIZED_REACH), fig_start)
        if sized is not None:
            return sized  # "budget spending will be covered by issuing bonds worth 30 billion euros": the bonds' sum
    use = _use_before().search(text, max(lo, cue.start - USE_REACH), cue.start)
    if use is None:
        return None
    start = max(lo, use.start() - HEAD_REACH)
    pattern, metrics = _heads()
    head = last_match(pattern, text, start, use.start())
    if head is None or CLAUSE_SCAN.search(text, head.end(), use.start()) is not None:
        return None
    if not (start <= fig_start < use.start() or fig_start >= cue.end):
        return None
    if fig_start >= cue.end:
        own = OWN_FIGURE.match(text, cue.end, fig_start)
        if own is not None and own.end() == fig_start:
            return None  # "the government borrowed to finance spending of 85 billion crowns": the spending's own size
    return metrics[int(head.lastgroup[1:])]


# every regex pattern above runs as its standard-re twin on ASCII text (lexicon.AsciiTwin: the same matches, less CPU)
from .lexicon import ascii_twins as _ascii_twins  # noqa: E402  (after the patterns it replaces)

_ascii_twins(globals())
