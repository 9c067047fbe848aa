"""A share of GDP whose sentence names no metric, in a story about one metric: that metric's share.

Decides which figures of a sentence with no metric word of its own (or only an anaphoric one, "to reach") are shares of
national output a state or body takes a stance on, and which metric they take: "Spain has asked NATO for an exemption
from a new defence spending goal. Sanchez wrote to Rutte that committing to 5% of GDP would be unreasonable", "Estonia's
government approved a sharp rise in military spending. Tallinn will commit 5.4% of GDP in 2026". ANNOTATION.md, "A
figure whose sentence names no metric" (fresh context set): it takes the metric, actor and target of the sentence or
paragraph it continues, and is scored like any other figure; `defense_spending` is spending "at any level (share of GDP
or money)".

The story's metric (`share_topic`): the one scored metric the figure-less sentence just before names (the paragraph's,
story.previous_topic), else the article's one scored metric (its headline's and its claims' together, when they name a
single one). Guards against decoys: only a percent with a basis of national output (GDP, GNP, GNI, NNI: a growth or
inflation rate has none), in a sentence with no company, market, growth, inflation or trade word (those are metric cues:
a sentence holding one never reaches this), taking a stance on it (a pledge, plan, proposal, refusal, forecast or what
"will" or "would" be: "Tourism accounts for 12% of GDP" takes none), naming no quantity of the economy before the
share (share_subjects.csv: "expects remittances to total 1% of GDP") and naming a state, government, leader or
international body; a metric a share of GDP cannot measure (a tariff rate) is no such topic.
"""
from __future__ import annotations

import functools

import regex

from . import cuelexicon as _cuelexicon
from . import roles as _roles
from . import stance as _stance
from .lexicon import listed_words, words_alternation
from .resistedcall import resisted_request_hits

OUTPUT_BASES = frozenset({"GDP", "GNP", "GNI", "NNI"})  # the bases a share of national output is written against
STANCE_TYPES = frozenset({"demand", "commitment", "proposal", "rejection", "forecast", "benchmark", "future"})


def output_shares(ms: list[dict]) -> set[int]:
    """The starts of a sentence's figures that are percents of national output ("5% of GDP", "0.7 pct of GNP")."""
    return {m["char_start"] for m in ms if m.get("unit") == "percent" and m.get("basis") in OUTPUT_BASES}


def share_topic(state: dict, paragraph: str | None, before_metrics: dict | None = None) -> str | None:
    """The metric a share of GDP with no metric word takes: the paragraph's (`paragraph`: the one scored metric of the
    figure-less sentence just before), else the article's one scored metric (headline and claims so far together), when
    the sentence just before (`before_metrics`: metric -> weight of its most specific word) names no other, or names the
    article's metric by its most specific word ("approved a draft budget with a sharp rise in military spending": the
    defence story's; not "split over the budget deficit and military spending", two metrics, no single one)."""
    if paragraph in _cuelexicon.SHARE_METRICS:
        return paragraph
    story = {t for t in [state.get("title_topic"), *state.get("claimed", [])] if t in _cuelexicon.SCORED}
    if len(story) != 1:
        return None
    metric = next(iter(story))
    before = before_metrics or {}
    if "NONE" in before:
        return None  # the sentence before moved to a company, a market or a poll
    others = [w for m, w in before.items() if m != metric]
    if others and not (metric in before and before[metric] < min(others)):
        return None  # the sentence before names another metric as specifically
    return metric if metric in _cuelexicon.SHARE_METRICS else None


def takes_stance(text: str, sentence) -> bool:
    """Whether a sentence takes a stance on its figure (stance_cues.csv: a pledge, plan, refusal, forecast, what "will" be;
    or a resisted request, resistedcall): "Warsaw plans to devote 4.7% of GDP", "committing to 5% of GDP would be
    unreasonable"; not "Shipping earns about 7% of GDP"."""
    types = {h.entry["claim_type"] for h in _stance.stance_cues().finditer(text, sentence.start, sentence.end)}
    return not types.isdisjoint(STANCE_TYPES) or bool(resisted_request_hits(text, sentence, []))


def before_metrics(text: str, before) -> dict:
    """The metrics (and NONE for a company, market or poll word) the sentence just before names by a word of its own, each
    with the weight of its most specific word (metric_cues.csv: 0 specific ... 3 weak), rates of change left out ("Spain's
    economy grew 3.2% last year. Sanchez wrote that committing to 5% of GDP would be unreasonable": the growth rate is no
    topic of a share; trade, exports or reserves are: `other`)."""
    found: dict = {}
    if before is None:
        return found
    for h in _cuelexicon.sentence_cues(text, before.start, before.end, []):
        metric = h.entry["metric"]
        if metric in _cuelexicon.ECONOMY_RATES or metric == "CARRY" or h.entry.get("resolves"):
            continue
        weight = int(h.entry.get("weight") or 0)
        found[metric] = min(weight, found.get(metric, weight))
    return found


@functools.cache
def _share_subjects():
    """Quantities of an economy a share of GDP may measure (share_subjects.csv: "tourism", "remittances", "investment")."""
    return regex.compile(r"\b(?:" + words_alternation(listed_words("share_subjects.csv")) + r")\b", regex.IGNORECASE)


def own_subject(text: str, sentence, starts: set[int]) -> bool:
    """Whether a quantity of the economy is named before a share of GDP in its sentence ("The government expects
    remittances to total 1% of GDP"): the share is that quantity's."""
    return _share_subjects().search(text, sentence.start, max(starts)) is not None


def story_shares(text: str, sentence, ms: list[dict], state: dict, paragraph: str | None, ctx,
                 before=None) -> tuple[str, set[int]] | None:
    """(metric, starts of the figures) of the shares of GDP a sentence with no metric word takes a stance on in a story
    about one metric, a public body named in it; None when it has none or the story names no single metric (`before`:
    the sentence just before, which may name others)."""
    if state.get("off_policy_title"):
        return None  # a company's or market's headline: its story is no state's
    starts = output_shares(ms)
    if not starts:
        return None
    if own_subject(text, sentence, starts):
        return None
    metric = share_topic(state, paragraph, before_metrics(text, before) if paragraph is None else None)
    if metric is None or not takes_stance(text, sentence) or not _roles.names_public_body(ctx, sentence):
        return None
    return metric, starts
