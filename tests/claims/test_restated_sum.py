"""A sum the story has claimed, restated later with a definite article ("the 40 mln dlrs"), is the same claim's figure
again: it takes that claim's metric even where its own sentence names no metric (with a public body named in it).
A sum of the same size without "the" stays unread. Own sentences; needs the gazetteer."""
import pytest

pytest.importorskip("pipeline.claims.gazetteer")

from helpers import pipeline_claims  # noqa: E402


def _at(claims, text, figure, occurrence):
    start = -1
    for _ in range(occurrence + 1):
        start = text.index(figure, start + 1)
    return [c for c in claims if c["char_start"] == start]


def test_sum_restated_in_a_sentence_with_no_metric_word():
    text = ("The European Commission approved 120 million euros of humanitarian aid for Sudan on Monday. "
            "The European Parliament has until June to object to the 120 million euros.")
    claims = pipeline_claims(text)
    again = _at(claims, text, "120 million euros", 1)
    assert again and again[0]["metric"] == "development_aid"


def test_sum_restated_after_a_sentence_on_the_claim():
    text = ("Denmark will give 400 million crowns in aid to Ghana next year, the foreign ministry said on Monday. "
            "Opposition leaders in the Folketing conceded that they could not prevent the 400 million crowns from "
            "going ahead.")
    claims = pipeline_claims(text)
    again = _at(claims, text, "400 million crowns", 1)
    assert again and again[0]["metric"] == "development_aid"


def test_same_sized_sum_without_its_article_is_not_restated():
    text = ("The Japanese government pledged 250 million dollars in humanitarian aid to Ukraine on Tuesday. "
            "Local media recalled that a Tokyo museum had sold a painting for 250 million dollars in 1990.")
    claims = pipeline_claims(text)
    assert not _at(claims, text, "250 million dollars", 1)
