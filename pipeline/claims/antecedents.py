"""What a demonstrative balance or debt word points back to: "Most of that surplus, this year estimated at around 2.5
billion dlrs" takes the balance the sentence just before named ("a large surplus on the current account"), not the story's
latest claim. ``demonstrative_antecedents`` is asked by ``frame`` right after a sentence's figures have their metrics.
"""
from __future__ import annotations

import regex

from .cuelexicon import SCORED, sentence_cues
from .metric import metric_of


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
