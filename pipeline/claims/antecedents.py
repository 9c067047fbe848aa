"""What a demonstrative balance or debt word points back to: "Most of that surplus, this year estimated at around 2.5
billion dlrs" takes the balance the sentence just before named ("a large surplus on the current account"), not the story's
latest claim. ``demonstrative_antecedents`` is asked by ``frame`` right after a sentence's figures have their metrics.
"""
from __future__ import annotations

import regex

from .cuelexicon import SCORED, sentence_cues
from .metric import metric_of, own_noun


# a demonstrative before a bare balance or debt word: "Most of that surplus, estimated at 2.5 billion dlrs, ...", "this
# deficit", "those debts": the word points back to the balance the sentence before named
DEMONSTRATIVE = regex.compile(r"\b(?:that|this|these|those)\s+(?:[\w-]+\s+)?$", regex.IGNORECASE)
DEMONSTRATIVE_REACH = 30  # chars before the cue


def demonstrative_antecedents(text: str, sentences, sentence, figs: list[dict]) -> list[dict]:
    """Give a figure governed by a weak balance or debt word after a demonstrative ("that surplus") the metric the sentence
    just before names for that word ("... a large surplus on the current account of the country's balance of payments.
    Most of that surplus, this year estimated at 2.5 billion dlrs, ...": the current account), where that sentence names
    one such metric for the word (a cue ending in it, or the word itself resolved in that sentence)."""
    before = None
    for s in sentences:
        if s.index == sentence.index - 1:
            before = s
            break
    if before is None or not figs:
        return figs
    cache = None
    for fig in figs:
        cue = fig.get("metric_cue")
        if cue is None or not cue.entry.get("resolves") or cue.entry["metric"] == "CARRY" \
                or DEMONSTRATIVE.search(text, max(0, cue.start - DEMONSTRATIVE_REACH), cue.start) is None:
            continue
        if cache is None:
            cache = [h for h in sentence_cues(text, before.start, before.end, []) if h.entry["metric"] != "NONE"]
        word = text[cue.start:cue.end].split()[-1].lower()
        allowed = {n.lstrip("~") for n in cue.entry["resolves"].split("|")}
        named = set()
        for h in cache:
            if text[h.start:h.end].split()[-1].lower() != word and word not in text[h.start:h.end].lower().split():
                continue
            named.add(metric_of(h, cache, ()) if h.entry.get("resolves") else h.entry["metric"])
        named &= allowed
        if len(named) == 1:
            metric = named.pop()
            if metric in SCORED and metric != fig["metric"]:
                fig["metric"], fig["weak_metric"], fig["soft_metric"] = metric, False, False
    return figs


# a figure after a comma'd "from" or a move's "down/up ... from": the level the sentence's moving figure came from ("the
# deficit will widen to about 4% of GDP next year as Berlin borrows heavily for defence, from 3.1% in 2025", "ran a deficit
# of $1.78 trillion ..., down slightly from $1.82 trillion a year earlier as customs receipts nearly quadrupled")
EARLIER_LEVEL = regex.compile(r"(?:,\s*|\b(?:down|up|lower|higher)\s+(?:(?:\w+ly|sharply|slightly|marginally)\s+)?)from\s+"
                              r"(?:(?:a|an|the)\s+)?(?:(?:revised|downwardly\s+revised|upwardly\s+revised|estimated|record|"
                              r"about|around|some|roughly|nearly|almost)\s+){0,2}$", regex.IGNORECASE)
EARLIER_REACH = 60  # chars before the figure


def earlier_levels(text: str, figs: list[dict]) -> list[dict]:
    """Give a figure the sentence names as the level its moving figure came from (``EARLIER_LEVEL``) that figure's metric,
    when a cue of another metric governs it (one beyond a clause break, a cause or a purpose: "as customs receipts
    nearly quadrupled"), unless its own noun stands right after it."""
    for k, fig in enumerate(figs):
        if k == 0 or fig.get("base") is not None or fig.get("head") is not None:
            continue
        if EARLIER_LEVEL.search(text, max(0, fig["char_start"] - EARLIER_REACH), fig["char_start"]) is None:
            continue
        prev = next((p for p in reversed(figs[:k]) if p["unit"] == fig["unit"]), None)
        if prev is None or prev["metric"] not in SCORED or prev["metric"] == fig["metric"]:
            continue
        cue = fig.get("metric_cue")
        if cue is not None and own_noun(text, fig["char_start"], fig["end"], cue):
            continue
        fig["metric"], fig["metric_cue"] = prev["metric"], prev["metric_cue"]
        fig["weak_metric"], fig["soft_metric"] = prev.get("weak_metric", False), prev.get("soft_metric", False)
        if fig.get("basis") is None and fig["unit"] == "percent":
            fig["basis"] = prev.get("basis")
    return figs
