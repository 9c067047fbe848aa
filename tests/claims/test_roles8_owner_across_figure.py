"""A possessive owner with the figure between it and the metric noun ("Chile's 21 billion dollar foreign debt"): the
figure is that state's, whoever speaks in the sentence (sentences written for these tests)."""
from tests.claims.helpers import pipeline_claims


def _claim(text, figure):
    return next(c for c in pipeline_claims(text) if figure in c["figure_text"])


def test_possessive_before_the_figure_owns_it_over_a_foreign_speaker():
    c = _claim("The Swedish envoy said in Lima that creditors should ease the terms on Peru's 14 billion dollar foreign "
               "debt.", "14 billion")
    assert c["target_code"] == "PER"


def test_possessive_with_an_adjective_before_the_figure():
    c = _claim("Officials in Bonn said they would discuss Kenya's estimated 4 billion dollar external debt with "
               "French ministers.", "4 billion")
    assert c["target_code"] == "KEN"


def test_a_pronoun_before_the_figure_is_not_taken_across_it():
    # "its" after an organisation named as an object: the pronoun's nearest name is not its owner
    c = _claim("Chile's government rejected calls that it let the IMF oversee the rescheduling of its 19 billion "
               "dollar debt.", "19 billion")
    assert c["target_code"] == "CHL"
