"""The claims stage: which figures are policy claims, and who demands, pledges, proposes, rejects,
forecasts or reports them of whom.

``find_claims(article, sentences, mentions)`` is the only entry point the pipeline uses; the
modules behind it: ``metric`` (what a figure measures), ``stance`` (claim_type), ``roles`` (actor,
target), ``modality`` (hedged, negated, attributed_to, compared_to, deadline_year), ``frame``
(assembly). Their word lists are CSV files in ``pipeline/data/claims/``.
"""
from .frame import find_claims

__all__ = ["find_claims"]
