"""The claims stage: which figures are policy claims, and who demands, pledges, proposes, rejects,
forecasts or reports them of whom.

``find_claims(article, sentences, mentions)`` is the only entry point the pipeline uses; the
modules behind it: ``metric`` (what a figure measures), ``stance`` (claim_type), ``roles`` (actor,
target), ``modality`` (hedged, negated, attributed_to, compared_to, deadline_year), ``frame``
(assembly). Their word lists are CSV files in ``pipeline/data/claims/``.
"""
from . import frame as _frame, lexicon as _lexicon, metric as _metric, modality as _modality, roles as _roles, stance as _stance
from .frame import find_claims

__all__ = ["find_claims", "preload"]

# the rules' module-level patterns answer search / match / fullmatch on plain ASCII text through the
# cheaper standard engine, with the same results (lexicon.TwinPattern)
_lexicon.twin_module_patterns(_frame, _metric, _modality, _roles, _stance)


def preload() -> None:
    """Build every word list and pattern the stage would otherwise build on first use (about half a
    second of pattern compiling). A parent process calls it before forking its workers: what is loaded
    then is shared, where a lexicon first met by one article in a worker is built again by each."""
    from . import metric, modality, roles, stance

    for load in (metric.metric_cues, stance.stance_cues, modality.modality_cues, modality.outlet_cues,
                 modality.comparison_regex, roles.report_verbs, roles.generic_words, roles.outlet_words,
                 roles.gazetteer, roles._group_regex, roles._group_rows):
        load()
