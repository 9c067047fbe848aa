"""What a budget word names: its own size, the whole state's budget, a balance's budget; and whether a sentence names a
budget's total or its aggregates rather than a part of it.

``metric.metric_of`` asks these of a weak budget or spending word ("budget", "spending") before it chooses the cue the word
stands for (that choice stays in ``metric``):

- ``sized_budget``: the figure is the budget's own size ("a budget of 70 billion", "a 70 billion budget"); such a budget is
  its total, never the balance a deficit word beside it names (``BALANCES``);
- ``sizes_word``: the figure stands right before the weak word as its size ("an 18.3 trillion yen extra budget"), so a cue
  after the word that governs a later figure of its own says what that figure is, not what the budget is;
- ``whole_state_budget``: a sized budget named the whole state's by the word before it ("the state budget of", "a 40 billion
  crown national budget") or by its year alone after no word naming a part of a budget ("a 2026 budget of"): its total is
  public_spending, never the part (defence, aid) the story's topic names (ANNOTATION.md);
- ``balance_of_budget``: the budget word is the for/of complement of a balance cue ("the deficit for the 1988 budget"): the
  figure sizes the balance.

``figures`` asks the sentence-wide checks: ``names_budget_total`` (a weak budget word beside another weak spending word, no
part named) and ``names_budget_aggregates`` (a weak spending or budget word beside revenue or the deficit, no part named);
``PART_METRICS`` are the parts (defence, aid). Imports only ``cuescope`` (its budget words and a figure's own-noun gap) and
the lexicon: one of the metric modules (tests/claims/test_layering.py).
"""
from __future__ import annotations

import regex

from .lexicon import Hit, listed_words, words_alternation
from .cuescope import BUDGET_WORDS, OWN_FIGURE


BALANCES = frozenset({"fiscal_deficit"})
# a figure right before a budget word that it sizes: "a 25 billion dollar state budget", "the 1.7 trillion euro draft budget"
SIZED_BEFORE = regex.compile(r"[\s-]+(?:(?:annual|state|federal|national|government|draft|new|total|overall|proposed|fiscal|"
                             r"\d{4}(?:[/-]\d{2,4})?)[\s-]+){0,2}", regex.IGNORECASE)


def sizes_word(text: str, hit: Hit, figure: tuple[int, int] | None) -> bool:
    """Whether the figure stands right before the weak word as its size ("an 18.3 trillion yen extra budget that lifts
    defence-related spending to about 11 trillion yen": a cue after the word that governs a figure of its own, the 11
    trillion, says what that figure is, not what the budget is)."""
    if figure is None or figure[1] > hit.start:
        return False
    m = SIZED_BEFORE.match(text, figure[1], hit.start)
    return m is not None and m.end() == hit.start


def sized_budget(text: str, hit: Hit, figure: tuple[int, int]) -> bool:
    """Whether a budget word names the figure as its own size: "a budget of 70 billion", "a 70 billion budget"."""
    if figure[1] <= hit.start:
        m = SIZED_BEFORE.match(text, figure[1], hit.start)
        return m is not None and m.end() == hit.start
    m = OWN_FIGURE.match(text, hit.end, min(len(text), hit.end + 40))
    return m is not None and m.end() == figure[0]


# a budget named as the whole state's by a word right before it ("the state budget", "Italy's 1988 national budget", "the
# federal government's budget"), or by its year alone with no owner ("the 1988 budget of", "a 2026 budget of", "next year's
# budget of": the year's budget of the state; ANNOTATION.md: a budget's total is public_spending even under a headline on the
# armed forces); "total" or "overall" are left out: "the army's total budget" is the army's
WHOLE_STATE_BUDGET = regex.compile(r"\b(?:state|national|federal|government(?:['’]s)?|general|union|country['’]s|nation['’]s)\s+"
                                   r"(?:(?:\d{4}(?:[/-]\d{2,4})?|annual|draft|new|proposed|fiscal|revised|ordinary|current|next|"
                                   r"year['’]s|coming)[\s-]+){0,2}$", regex.IGNORECASE)
# (named by its year alone, only where no word before it in its sentence names a part of a budget: "Defence spending will rise
# to 61 billion euros, up from this year's budget of 52 billion" is the defence budget of this year; "passed a 2026 budget of
# 728 trillion won, including 65.9 trillion won for defence" is the whole; so is a state's year budget: "Germany's 2025 budget of
# 502.5 billion euros includes 62.4 billion euros for defence", modern53)
YEAR_BUDGET = regex.compile(r"(?:\b(?:a|the)\s+(?:fiscal\s+)?\d{4}(?:[/-]\d{2,4})?[\s-]+(?:(?:draft|annual|new|proposed|revised)\s+)?"
                            r"|(?<!['’]s\s)\b(?:this|next|last)\s+year['’]s\s+(?:(?:draft|annual|new|proposed|revised)\s+)?"
                            r"|\b(?-i:[A-Z])[\w.-]*['’]s?\s+(?:fiscal\s+)?\d{4}(?:[/-]\d{2,4})?[\s-]+(?:(?:draft|annual|new|proposed|revised)\s+)?)$",
                            regex.IGNORECASE)
WHOLE_STATE_REACH = 60  # chars before the budget word


def whole_state_budget(text: str, hit: Hit, figure: tuple[int, int], hits: list[Hit]) -> bool:
    """Whether a budget word the figure sizes ("a budget of 300 billion", "a 300 billion budget") is named the whole state's
    by the word before it ("the state budget", "a 40 billion crown national budget"), or by its year alone after no word
    naming a part of a budget ("the 1988 budget of 310 billion")."""
    if not sized_budget(text, hit, figure):
        return False
    lo = max(0, hit.start - WHOLE_STATE_REACH)
    named_part = any(h.end <= hit.start and h.entry["metric"] in PART_METRICS and not h.entry.get("resolves") for h in hits)
    return WHOLE_STATE_BUDGET.search(text, lo, hit.start) is not None \
        or (YEAR_BUDGET.search(text, lo, hit.start) is not None and not named_part) \
        or (figure[1] <= hit.start and OWNER_BEFORE_FIGURE.search(text, max(0, figure[0] - OWNER_REACH), figure[0]) is not None
            and YEAR_AFTER_BUDGET.match(text, hit.end) is not None and not named_part)


# a state's possessive right before the figure of "a 115.5 trillion yen budget for fiscal 2025" (modern53: "Japan's 115.5
# trillion yen budget for fiscal 2025 includes a record 8.7 trillion yen for defence"): the state's whole budget of a year
OWNER_BEFORE_FIGURE = regex.compile(r"\b(?-i:[A-Z])[\w.-]*['’]s?\s+(?:(?:record|draft|annual|new|proposed|revised)\s+)?$")
# (then a word handing a part of it to another figure or field: budget_part_links.csv)
YEAR_AFTER_BUDGET = regex.compile(r"\s+for\s+(?:the\s+)?(?:fiscal\s+(?:year\s+)?)?\d{4}(?:[/-]\d{2,4})?,?\s+(?:"
                                  + words_alternation(listed_words("budget_part_links.csv", "phrase")) + r")\b",
                                  regex.IGNORECASE)
OWNER_REACH = 40  # chars before the figure


# a balance noun whose budget the budget word names: "the deficit for the 1988 budget is 12 billion", "the financing
# requirement of next year's budget was put at 30 billion": what is 12 billion is the balance, not the budget's total
BUDGET_OWNER_LINK = regex.compile(r"\s+(?:for|of|in)\s+(?:(?:the|its|this|next|last|year's|[A-Z][\w.]*'s|annual|state|federal|"
                                  r"national|government|draft|new|proposed|fiscal|current|coming|\d{4}(?:[/-]\d{2,4})?)[\s-]+){0,4}",
                                  regex.IGNORECASE)


def balance_of_budget(text: str, hit: Hit, hits: list[Hit]) -> bool:
    """Whether a budget word is the for/of complement of a balance cue straight before it ("the deficit for the 1988
    budget", "the financing requirement of the budget"): the figure after it then sizes that balance."""
    for h in hits:
        if h.end <= hit.start and h.entry["metric"] in BALANCES and hit.start - h.end <= 60:
            m = BUDGET_OWNER_LINK.match(text, h.end, hit.start)
            if m is not None and m.end() == hit.start:
                return True
    return False


def names_budget_total(hits: list[Hit]) -> bool:
    """Whether a sentence names a budget's total by its own words: a weak budget word and another weak word of spending
    ("a 2026 budget ... that foresees spending of 520.5 billion euros"), and no word naming a part of it (defence, aid)."""
    weak = {h.entry["cue"].lower() for h in hits if h.entry["metric"] == "public_spending" and h.entry.get("resolves")}
    if not (weak & BUDGET_WORDS) or len(weak) < 2:
        return False
    return not _names_budget_part(hits)


AGGREGATES = frozenset({"tax_revenue", "fiscal_deficit"})


def names_budget_aggregates(hits: list[Hit]) -> bool:
    """Whether a sentence sets a weak spending or budget word beside another total of a state's budget named by a word of its
    own (revenue, receipts, the deficit, borrowing), with no word naming a part of the budget (defence, aid)."""
    if not any(h.entry["metric"] == "public_spending" and h.entry.get("resolves") for h in hits):
        return False
    if not any(h.entry["metric"] in AGGREGATES for h in hits):
        return False
    return not _names_budget_part(hits)


def _names_budget_part(hits: list[Hit]) -> bool:
    """Whether a word of its own names a part of a budget (defence, aid; not a weak word that only resolves to one)."""
    return any(h.entry["metric"] in PART_METRICS and not h.entry.get("resolves") for h in hits)


PART_METRICS = frozenset({"defense_spending", "development_aid"})


# every regex pattern above runs as its standard-re twin on ASCII text (lexicon.AsciiTwin: the same matches, less CPU)
from .lexicon import ascii_twins as _ascii_twins  # noqa: E402  (after the patterns it replaces)

_ascii_twins(globals())
