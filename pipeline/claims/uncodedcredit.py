"""A level or forecast credited to a body the contract codes as no one.

"Brazil spends about 1.1% of GDP on its armed forces, according to SIPRI estimates": the credited body reports the
level, as NATO does in "Denmark spent about 2.4% of GDP on defence in 2024, according to NATO estimates" (actor NATO,
ANNOTATION.md); a research institute, think tank or forecasting firm of ``uncoded_bodies.csv`` is no one the contract
codes, so the actor is null, whatever state the sentence says spends or runs it. Only a credit "according to" the body
(its estimates, figures or data) counts; a coded body credited in the same sentence keeps its own rule (roles.credited).
"""
from __future__ import annotations

import functools

import regex

from .speakers import uncoded_body_names

CREDITED_TYPES = frozenset({"actual", "forecast"})


@functools.lru_cache(maxsize=1)
def _credit() -> regex.Pattern:
    return regex.compile(r"\baccording\s+to\s+(?:the\s+)?(?:(?:latest|annual|new|recent|its|their)\s+)?"
                         r"(?:(?:estimates|figures|data|calculations|forecasts?|projections?)\s+(?:of|from|by|compiled\s+by)\s+"
                         r"(?:the\s+)?)?(?:" + uncoded_body_names() + r")\b", regex.IGNORECASE)


def uncoded_credit(sc, fig: dict, claim_type: str, actor_code, actor_text) -> tuple:
    """(actor_code, actor_text): null when the figure's sentence credits its level or forecast "according to" an
    uncoded body and credits no coded one; unchanged otherwise."""
    if actor_code is None or claim_type not in CREDITED_TYPES or fig.get("head") is not None:
        return actor_code, actor_text
    text, sentence = sc.text, sc.sentence
    if "ccording" not in text[sentence.start:sentence.end]:
        return actor_code, actor_text
    if _credit().search(text, sentence.start, sentence.end) is None or sc.ctx.credited(sentence) is not None:
        return actor_code, actor_text
    return None, None
