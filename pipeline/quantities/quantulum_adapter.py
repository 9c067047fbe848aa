"""Optional quantulum3 extraction of ONE sentence, mapped onto the project's Mention records.

Off the hot path: ``find_mentions`` never imports this module. quantulum3 is imported lazily on the
first call. Use it for physical units the grammar does not know (``tonne``, ``kilometre``...) on
single sentences, and for the side-by-side evaluation (``pipeline/evaluation/quantities.py``).
See README.md in this folder for the measurements behind this decision.
"""
from __future__ import annotations

import math

PARSER = "quantulum3"

# quantulum3 unit names (first words) -> ISO 4217
_CURRENCY_NAMES = {
    "dollar": "USD", "united states dollar": "USD", "us dollar": "USD", "canadian dollar": "CAD",
    "australian dollar": "AUD", "hong kong dollar": "HKD", "new zealand dollar": "NZD",
    "singapore dollar": "SGD", "pound sterling": "GBP", "pound": "GBP", "euro": "EUR", "yen": "JPY",
    "japanese yen": "JPY", "swiss franc": "CHF", "franc": "FRF", "yuan": "CNY", "renminbi": "CNY",
    "indian rupee": "INR", "rupee": "INR", "won": "KRW", "south korean won": "KRW", "baht": "THB",
    "thai baht": "THB", "rouble": "RUB", "russian ruble": "RUB", "ruble": "RUB", "mark": "DEM",
    "deutsche mark": "DEM", "lira": "ITL", "peso": "MXN", "mexican peso": "MXN", "krona": "SEK",
    "swedish krona": "SEK", "krone": "DKK", "guilder": "NLG", "cent": "USD",
}
_SCALES = {"bn": 1e9, "b": 1e9, "tn": 1e12, "m": 1e6, "mn": 1e6, "mln": 1e6, "bln": 1e9, "k": 1e3}

_parser = None


def _quantulum():
    global _parser
    if _parser is None:
        import warnings

        with warnings.catch_warnings():
            warnings.simplefilter("ignore")
            from quantulum3 import parser  # noqa: PLC0415 - lazy on purpose

        _parser = parser
    return _parser


def _map_unit(q) -> tuple[str, str | None, float]:
    """(unit, currency, multiplier) for a quantulum3 Quantity, mapped fairly onto our vocabulary."""
    name = (q.unit.name or "").lower()
    entity = (q.unit.entity.name or "").lower() if q.unit.entity else ""
    if name.startswith("percentage point") or name == "per percentage":
        return "percentage_points", None, 1.0
    if name in ("percentage", "per cent", "percent") or name.startswith("percentage"):
        return "percent", None, 1.0
    if entity == "currency" or any(name == k or name.startswith(k + " ") for k in _CURRENCY_NAMES):
        key = max((k for k in _CURRENCY_NAMES if name == k or name.startswith(k + " ")), key=len, default=None)
        code = _CURRENCY_NAMES.get(key) if key else None
        factor = 0.01 if key == "cent" else 1.0
        # a scale abbreviation glued to the number that quantulum3 read as a unit ("$1.13bn" -> "dollar bit")
        tail = q.surface.lower().rstrip(")").split()[-1] if q.surface else ""
        for abbr, mult in _SCALES.items():
            if tail.endswith(abbr) and any(c.isdigit() for c in tail[: -len(abbr)] or "x") and q.value < 1e5:
                factor *= mult
                break
        return "currency", code, factor
    if entity in ("dimensionless", "unknown") and not name:
        return "count", None, 1.0
    return name.replace(" ", "_") or "count", None, 1.0


def quantulum_mentions(text: str, sentence, units: tuple[str, ...] | None = None) -> list[dict]:
    """quantulum3 on one sentence -> Mention dicts (parser="quantulum3"); ``units`` filters."""
    s0, s1 = sentence.start, sentence.end
    out = []
    for q in _quantulum().parse(text[s0:s1]):
        unit, currency, factor = _map_unit(q)
        if units is not None and unit not in units:
            continue
        value = float(q.value) * factor
        if not math.isfinite(value):
            continue
        start, end = s0 + q.span[0], s0 + q.span[1]
        out.append({
            "sentence_index": sentence.index, "char_start": start, "char_end": end,
            "surface": text[start:end], "value": value, "value_low": value, "value_high": value,
            "bound": "exact", "unit": unit, "basis": None, "currency": currency, "change": None,
            "parser": PARSER,
        })
    return out
