"""A first word read with its joiner ("Pentagon's") must not hide the plain word's own phrase ("Pentagon")."""
from pipeline.claims.lexicon import cues


def _cues(text):
    return [(text[h.start:h.end], h.entry["metric"]) for h in cues("metric_cues.csv").finditer(text)]


def test_possessive_keeps_the_plain_word_cue():
    # "Pentagon's budget" is a phrase, so the scan reads "Pentagon's"; "request" does not follow it in any phrase
    assert _cues("Lawmakers trimmed the Pentagon's request for next year.") == [("Pentagon", "defense_spending")]


def test_the_joined_phrase_still_wins_where_it_matches():
    assert _cues("the Pentagon's budget grew") == [("Pentagon's budget", "defense_spending")]


def test_plain_word_unchanged():
    assert _cues("the Pentagon request grew") == [("Pentagon", "defense_spending")]
