"""A bare balance word in a story about the trade balance or the current account: which balance it is.

A bare "deficit" or "surplus" resolves to the budget's deficit unless its sentence or the story's latest claim names
another balance (metric_cues.csv, ``resolves``). A trade release names its trade only in the headline or lead ("HONG KONG
FEBRUARY TRADE SWINGS INTO DEFICIT"; "... as imports climbed and exports slid"), often with no figure of its own, so
"recorded a 3.51 billion dlr deficit in February" was read as a budget deficit. ``story_balance`` reads the headline and
the lead once per article: a story naming trade (trade, exports, imports, merchandise, the balance of payments) makes a
bare balance word the trade balance (``other``); one naming only the current account makes it that balance; a headline
or lead naming a budget, the state's finances or taxes (and one naming both trade and the current account) decides
nothing. ``rebalance`` then applies it to a sentence's figures: only a figure whose governing cue is the bare balance
word, read as the budget's, in a sentence that names no budget or state finances of its own (a budget story that
mentions exports keeps its deficit, and so does a bare word after the story's own budget-deficit claim).
"""
from __future__ import annotations

import regex

from .metric import GOVERNMENT_BALANCE, GOVERNMENT_REACH

# trade named in a headline or lead (and the balance of payments overall; a "payments gap" names no trade)
TRADE_WORDS = regex.compile(r"\b(?:trade|trading\s+(?:deficit|surplus|balance)|exports?|imports?|merchandise|visible\s+"
                            r"(?:trade|balance)|balance\s+of\s+payments)\b",
                            regex.IGNORECASE)
TRADE_NOUN = regex.compile(r"\btrade\b", regex.IGNORECASE)
CURRENT_ACCOUNT = regex.compile(r"\bcurrent\s+account\b", regex.IGNORECASE)
# a budget or the state's finances named in the headline, the lead or the figure's sentence
FINANCE_WORDS = regex.compile(r"\b(?:budget\w*|fiscal|deficit\s+spending|(?:government|public|state|federal)(?:['’]s)?\s+"
                              r"(?:deficit|surplus|finances?|spending|borrowing|debt|sector|accounts?|expenditures?|revenues?)|"
                              r"borrowing\s+requirement|PSBR|treasury|tax\w*|spending|expenditures?|outlays|revenues?)\b",
                              regex.IGNORECASE)
# where the lead ends: a period after a lower-case word or a figure ("U.S." and "H.K." do not end it), within its reach
LEAD_END = regex.compile(r"(?<=[a-z0-9%][\"”’']?)[.!?]\s")
LEAD_REACH = 400  # chars
PREVIOUS_REACH = 300  # chars back from a sentence in which the one before it is read
FIGURE = regex.compile(r"\d")
# a sentence's own cue of the state's finances or the current account keeps its bare balance word as resolved
OWN_FINANCES = frozenset({"public_spending", "tax_revenue", "public_debt", "debt_service", "current_account"})


def story_balance(article: dict, state: dict) -> str | None:
    """The balance a bare balance word of this story stands for by its headline and lead (once per article): "other" for
    the trade balance, "current_account", "budget" (a budget or the state's finances named: nothing changes), or None
    (both balances, or neither, named)."""
    if "trade_balance_story" not in state:
        text = article.get("text") or ""
        end = LEAD_END.search(text, 0, LEAD_REACH)
        heads = (article.get("title") or "") + "\n" + text[:end.start() if end else LEAD_REACH]
        balance = "budget"
        if FINANCE_WORDS.search(heads) is None:
            balance = None
            trade = TRADE_WORDS.search(heads) is not None
            current = CURRENT_ACCOUNT.search(heads) is not None
            if trade and not current:
                balance = "other"
            elif current and not trade:
                balance = "current_account"
        state["trade_balance_story"] = balance
    return state["trade_balance_story"]


def _previous_sentence(text: str, start: int) -> str:
    """The sentence before the one starting at ``start`` (up to PREVIOUS_REACH chars of it)."""
    lo = max(0, start - PREVIOUS_REACH)
    stop = start
    while stop > lo and text[stop - 1].isspace():
        stop -= 1  # (the stop ending the sentence before is not its start)
    ends = [m.end() for m in LEAD_END.finditer(text, lo, max(lo, stop - 1))]
    return text[ends[-1] if ends else lo:start]


def _previous_names_trade(previous: str) -> bool:
    """Whether the sentence before names trade and no figure or current account ("The sharp drop in the trade surplus
    shows no sign of being reversed.")."""
    return TRADE_WORDS.search(previous) is not None and FIGURE.search(previous) is None \
        and CURRENT_ACCOUNT.search(previous) is None


def _previous_names_current_account(previous: str) -> bool:
    """Whether the sentence before names the current account and no figure or trade ("Traders await the current account
    figures for March.")."""
    return CURRENT_ACCOUNT.search(previous) is not None and FIGURE.search(previous) is None \
        and TRADE_WORDS.search(previous) is None


def _trade_before_balance(text: str, sentence, figs: list[dict]) -> bool:
    """Whether the sentence names trade (the noun) before its first bare balance word ("trade data showed the deficit")."""
    cues = [f["metric_cue"].start for f in figs if f["metric"] == "fiscal_deficit" and _bare_balance(f.get("metric_cue"))]
    return TRADE_NOUN.search(text, sentence.start, min(cues)) is not None


def _bare_balance(cue) -> bool:
    """Whether a figure's governing cue is a weak balance word ("deficit", "surplus", "shortfall")."""
    return cue is not None and bool(cue.entry.get("balance")) and bool(cue.entry.get("resolves"))


def awaited_current_account(text: str, sentence, hits, figs: list[dict]) -> None:
    """Reads a bare balance word right after a figure-less sentence naming the current account (and no trade, budget or
    state finances) as the current account, whatever the story's latest topic: "... while the market awaits Thursday's
    current account figures for February. Forecasts are for a deficit of around 2 billion" is that balance, not the
    budget's nor the interest rate's of an earlier claim. A sentence with a cue of its own other than the bare word keeps
    its reading."""
    bare = [f for f in figs if f["metric"] in ("fiscal_deficit", "other") and _bare_balance(f.get("metric_cue"))]
    if not bare or any(h.entry["metric"] not in ("NONE", "CARRY") and not _bare_balance(h) for h in hits) \
            or FINANCE_WORDS.search(text, sentence.start, sentence.end) is not None:
        return
    previous = _previous_sentence(text, sentence.start)
    if _previous_names_current_account(previous) and FINANCE_WORDS.search(previous) is None:
        for fig in bare:
            fig["metric"] = "current_account"


def rebalance(article: dict, sentence, hits, state: dict, figs: list[dict]) -> None:
    """Reads the budget's deficit of a bare balance word as the story's balance (story_balance), or as the trade balance
    right after a figure-less sentence on trade, where neither the sentence nor the one before names a budget or state
    finances, no government runs the balance and the story's latest claim is no budget deficit ("Hong Kong recorded a 3.51 billion dlr deficit in February" under a trade
    headline -> other)."""
    awaited_current_account(article["text"], sentence, hits, figs)
    if not any(f["metric"] == "fiscal_deficit" and _bare_balance(f.get("metric_cue")) for f in figs):
        return
    balance = story_balance(article, state)
    if balance == "budget":
        return  # a budget story that mentions exports keeps its deficit
    if state.get("last_index") is not None and state.get("last_metric") == "fiscal_deficit":
        return  # the story has claimed a budget deficit: a bare word after it may go on with it
    text = article["text"]
    if any(h.entry["metric"] in OWN_FINANCES or (h.entry["metric"] == "fiscal_deficit" and not _bare_balance(h))
           for h in hits) \
            or FINANCE_WORDS.search(text, sentence.start, sentence.end) is not None:
        return  # the sentence names a budget, the state's finances or the current account of its own
    if any(_bare_balance(h) and GOVERNMENT_BALANCE.search(text, max(0, h.start - GOVERNMENT_REACH), h.start) for h in hits):
        return  # "The central government ran a deficit of 150 billion lira": a government's own balance (metric.metric_of)
    previous = _previous_sentence(text, sentence.start)
    if FINANCE_WORDS.search(previous) is not None:
        return  # "... its fiscal policies will balance the budget by 2028. The deficit last year was 952 mln crowns."
    if balance is None and (_previous_names_trade(previous) or _trade_before_balance(text, sentence, figs)):
        # "... before Tuesday's U.S. trade data. The figures are expected to show a deficit of 13 billion"; "U.S. August
        # trade data showed the U.S. deficit at 15.68 billion dlrs"
        balance = "other"
    if balance is None:
        return
    for fig in figs:
        # (and a figure of the same run no cue reaches: "rose to 7.4 billion dollars ..., was projected to top 10 billion")
        if fig["metric"] == "fiscal_deficit" and (fig.get("metric_cue") is None or _bare_balance(fig["metric_cue"])):
            fig["metric"] = balance
            if balance == "other":
                fig["weak_metric"] = fig["soft_metric"] = False
