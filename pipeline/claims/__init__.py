"""The claims stage: which figures are policy claims, and who demands, pledges, proposes, rejects,
forecasts or reports them of whom.

``find_claims(article, sentences, mentions)`` is the only entry point the pipeline uses; the
modules behind it: ``metric`` (what a figure measures), ``stance`` (claim_type), ``roles`` (actor,
target), ``modality`` (hedged, negated, attributed_to, compared_to, deadline_year), ``frame``
(assembly), ``typemodel`` (the learned second opinion on claim_type, applied after the rules). Their
word lists are CSV files in ``pipeline/data/claims/``, the type model's weights a JSON file there.
"""
from .frame import find_claims

__all__ = ["find_claims", "preload"]


def preload() -> None:
    """Build every word list and pattern the stage would otherwise build on first use (about half a
    second of pattern compiling). A parent process calls it before forking its workers: what is loaded
    then is shared, where a lexicon first met by one article in a worker is built again by each."""
    from . import frame, metric, modality, roles, stance, typemodel

    for load in (metric.metric_cues, metric._basis_cue_texts, metric._marked_entries, stance.stance_cues, modality.modality_cues,
                 modality.outlet_cues, modality.comparison_regex, roles.report_verbs, roles.generic_words,
                 roles.outlet_words, roles.gazetteer, roles._group_regex, roles._group_rows, roles._group_keys,
                 roles._group_openings, roles._modified_nouns, roles._giver_acts, roles._report_nouns,
                 roles._report_subject, roles._publisher_states, roles._causative_before, frame._transfer_words,
                 frame._story_act_words, frame._aid_words, frame._donor_words, frame._press_nouns, frame._uncoded_body,
                 frame._region_owner, frame._observers, frame._estimating_orgs, frame._currency_states,
                 frame._noun_homographs, frame._people_share_pattern, frame._continuing_participle,
                 frame._purpose_marker, typemodel.stance_words, typemodel.model):
        load()
