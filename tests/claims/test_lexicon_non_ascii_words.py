"""A lexicon with first words outside ASCII ("Süddeutsche Zeitung", "Sondervermögen") keeps its lower-cased first-word
scan for ASCII text: such a word cannot open a hit there, so the scan leaves it out, and the hits are those of the
case-blind scan alone (`_lower_scan` None), over every window. A word with a letter that matches an ASCII letter ignoring
case (long s, Kelvin sign, dotted or dotless i) could: then the lexicon keeps the case-blind scan only."""
from helpers import assert_same_hits_in_every_window, hit_spans, lexicon_without  # noqa: E402
from pipeline.claims.lexicon import CueSet, cues

ROWS = [
    {"cue": "Süddeutsche Zeitung"},
    {"cue": "Sueddeutsche Zeitung"},
    {"cue": "Sondervermögen"},
    {"cue": "special fund"},
    {"cue": "Libération"},
    {"cue": "Lomé convention"},
    {"cue": "lome*"},
    {"cue": "budget"},
    {"cue": "the budget deficit"},
    {"cue": "ÉCU", "case": "s"},
    {"cue": "EU", "case": "s"},
]

TEXTS = [
    "The Sueddeutsche Zeitung said the special fund and the budget deficit grew; the EU budget rose, Lome talks went on.",
    "SUEDDEUTSCHE ZEITUNG, the Budget, the special funds, Liberation and the Lomé convention: EU and ÉCU sums.",
    "Die Süddeutsche Zeitung reported that the Sondervermögen for the Bundeswehr was spent; Libération agreed.",
]


def _spans(hits):
    return hit_spans(hits)


def _assert_same(lex: CueSet, text: str, step: int = 1) -> int:
    return assert_same_hits_in_every_window(lex, lexicon_without(lex, "_lower_scan"), text, step)


def test_words_outside_ascii_keep_the_lower_cased_scan():
    lex = CueSet(ROWS)
    assert lex._lower_scan is not None
    text = TEXTS[0]
    assert [t for _, _, t in _spans(lex._scan_hits(text, 0, len(text)))] == [
        "Sueddeutsche Zeitung", "special fund", "the budget deficit", "EU", "budget", "lome*"]
    # non-ASCII text is scanned case-blind, as before: its words outside ASCII are found
    text = TEXTS[2]
    assert [t for _, _, t in _spans(lex._scan_hits(text, 0, len(text)))] == [
        "Süddeutsche Zeitung", "Sondervermögen", "Libération"]


def test_every_window_as_the_case_blind_scan():
    lex = CueSet(ROWS)
    for text in TEXTS[:2]:
        assert _assert_same(lex, text, step=2) > 1000
    _assert_same(lex, TEXTS[2], step=5)


def test_a_letter_folding_to_ascii_keeps_the_case_blind_scan():
    # (the scan reads lower-cased first words: the Kelvin sign lowers to "k" and is then a plain ASCII word)
    for word in ("\u017ftate aid", "\u0131slamic fund"):
        lex = CueSet([{"cue": word}, {"cue": "budget"}])
        assert lex._lower_scan is None, word


def test_claims_lexicons_with_words_outside_ascii():
    for name, key in (("metric_cues.csv", "cue"), ("outlets.csv", "name")):
        lex = cues(name, key)
        assert any(not e[key].isascii() for e in lex.entries), name  # (what this test is about)
        assert lex._lower_scan is not None, name
        for text in TEXTS[:2]:
            _assert_same(lex, text, step=4)


def test_case_sensitive_first_word_waits_for_its_second_words():
    # "The Hindu" as written and "The Economist" in any case: "the" alone opens nothing, so the lower-cased scan looks for
    # it only before "hindu" or "economist" (a common word searched at every "the" cost the outlets' scan a third)
    rows = [{"cue": "The Hindu", "case": "s"}, {"cue": "The Economist"}, {"cue": "Reuters"}, {"cue": "AP", "case": "s"}]
    lex = CueSet(rows)
    assert "he(?=[\\s-]+(?:economist|hindu))" in lex._lower_scan.pattern
    text = ("The minister told the Hindu and The Hindu, THE ECONOMIST and the economist's editors, Reuters and AP, "
            "that the-Economist ap The  Hindu Thehindu Hindu the")
    assert [t for _, _, t in _spans(lex._scan_hits(text, 0, len(text)))] == [
        "The Hindu", "The Economist", "The Economist", "Reuters", "AP", "The Economist", "The Hindu"]
    assert _assert_same(lex, text, step=3) > 1000
