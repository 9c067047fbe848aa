"""The basis of a percent the quantities stage carried from an earlier share of its sentence, read again.

The quantities stage gives a percent with no basis of its own the basis of an earlier share when a comparison word stands
between them ("3.5% of its GDP, well above a previously suggested 3%": both GDP). Two cases read that carry wrongly:
- the first end of a range or move whose other end names its own basis: "lifts defence spending to 2.6% of gross domestic
  product by 2027, ... cutting the aid budget from 0.5% to 0.3% of gross national income": 0.5% is a share of GNI, the
  basis written after "to 0.3%", not the GDP of the earlier figure;
- a tariff rate: "a tolerance band of 0.25% of GDP either way, even after the United States raised tariffs on many Brazilian
  goods to 50%": a duty's rate is a share of the goods' price, never of GDP, unless its own words say so.
A figure's own basis (written right after it or inside its mention) is never changed.
"""
from __future__ import annotations

import regex

from .basis import BASIS_PHRASE

# the words joining the two ends of a range or a move ("from 0.5% to 0.3% of GNI", "between 0.5% and 0.7% of GNI")
RANGE_JOIN = regex.compile(r"\s*(?:to|and|-|–)\s*(?:(?:about|around|roughly|some|nearly|almost|just|only)\s+)?", regex.IGNORECASE)


def _own(text: str, fig: dict) -> bool:
    """Whether the figure names its basis itself: after it, or inside its mention ("2.6% of gross domestic product")."""
    m = fig["m"]
    return bool(fig.get("own_basis")) or (m["char_end"] - m["char_start"] > 6
                                and BASIS_PHRASE.search(text, m["char_start"], m["char_end"]) is not None)


def reread_bases(text: str, figs: list[dict]) -> None:
    """Correct in place the carried basis of each percent figure (its `own_basis`: the basis written right after it)."""
    shares = [fig for fig in figs if fig["unit"] == "percent"]
    for n, fig in enumerate(shares):
        if not fig["basis"] or _own(text, fig):
            continue
        nxt = shares[n + 1] if n + 1 < len(shares) else None
        if nxt is not None and nxt["basis"] and _own(text, nxt) \
                and RANGE_JOIN.fullmatch(text, fig["m"]["char_end"], nxt["char_start"]):
            fig["basis"] = nxt["basis"]  # "from 0.5% to 0.3% of gross national income": the range's basis
        elif fig["metric"] == "tariff_rate":
            fig["basis"] = None  # a duty's rate is no share of GDP carried from another figure
