"""Which of the story's metrics an anaphoric word's sum takes: the one whose sum it restates in size (``sized_topic``).

"Italy's public sector borrowing requirement rose to 110,000 billion lire last year. State spending grew 9 pct, the Treasury
said. The target for this year is 100,000 billion lire": "the target" takes the story's latest metric, here the spending
named last, though the sum is of the borrowing requirement's order of magnitude, not a share's or a total ten times larger.
Asked only for a sentence whose every cue is anaphoric ("the target", "to reach") and which holds one sum: its metric is
the one scored metric the story has stated a sum of in the same currency within a factor of ``SIZE_RATIO`` (two metrics
within it leave the story's order as it is), in place of the latest claim's scored metric only (a topic a figure-less sentence
just before names stays: "Borrowing will rise as a result. The OBR expects it to reach 105 billion pounds"). A look-up in the sums the story has stated (``state["stated_sums"]``, kept by
``frame``): no scan of the article.
"""
from __future__ import annotations

SIZE_RATIO = 2.5  # a restated or targeted sum within this factor of a stated one is of its order of magnitude


def sized_topic(ms: list[dict], state: dict) -> str | None:
    """The one metric of the story's stated sums of the sentence's only sum's currency and order of magnitude, or None."""
    sums = state.get("stated_sums")
    if not sums:
        return sized_share_topic(ms, state)
    own = [m for m in ms if m.get("unit") == "currency" and m.get("value") and m.get("currency")]
    if len(own) != 1:
        return sized_share_topic(ms, state) if not own else None
    currency, value = own[0]["currency"], own[0]["value"]
    metrics = {metric for (cur, stated), metric in sums.items()
               if cur == currency and stated and 1 / SIZE_RATIO <= value / stated <= SIZE_RATIO}
    return metrics.pop() if len(metrics) == 1 else None


def sized_share_topic(ms: list[dict], state: dict) -> str | None:
    """(metric25) The same for a sentence whose only figure is a share: the one metric of the story's stated shares within a
    factor of ``SIZE_RATIO`` of it. "France's deficit was 5.8% of GDP in 2024 and public debt reached 3.3 trillion euros. The
    government targets 5.4% this year": the target restates the deficit's share, not the debt's sum the story named last
    (a debt share of 113% is out of its order; a defence share of 2% beside a deficit of 3% leaves the story's order as it is)."""
    shares = state.get("stated")
    if not shares:
        return None
    own = [m for m in ms if m.get("unit") == "percent" and m.get("value")]
    if len(own) != 1 or len(ms) != 1:
        return None
    value = own[0]["value"]
    metrics = {metric for (unit, stated), metric in shares.items()
               if unit == "percent" and stated and 1 / SIZE_RATIO <= value / stated <= SIZE_RATIO}
    return metrics.pop() if len(metrics) == 1 else None
