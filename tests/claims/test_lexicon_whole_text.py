"""A whole-text lexicon (outlets) serves each span from one scan of its text: the same hits as a scan
of the span, or no answer (a scan of the span then runs)."""
from pipeline.claims.lexicon import CueSet, cues

TEXT = ("Sources said the Financial Times reported on Monday. The FT and AP said so, sources said; "
        "the Wall Street Journal and Bloomberg-reported figures, said the New York Times.")


def _spans(h):
    return [(x.start, x.end) for x in h]


def test_outlets_are_whole_text():
    assert cues("outlets.csv", "name")._whole_text


def test_every_span_served_as_scanned():
    lex = cues("outlets.csv", "name")
    served = 0
    for start in range(0, len(TEXT) + 1, 3):
        for end in range(start, len(TEXT) + 1, 5):
            got = lex._served(TEXT, start, end)
            want = _spans(lex._scan_hits(TEXT, start, end))
            if got is not None:
                served += 1
                assert _spans(got) == want, (start, end)
            assert _spans(lex.finditer(TEXT, start, end)) == want
    assert served > 100


def test_span_cutting_a_word_or_a_hit_is_scanned():
    lex = CueSet([{"name": "Financial Times"}, {"name": "sources"}], key="name", whole_text=True)
    assert lex._served(TEXT, 3, 40) is None  # cuts "Sources"
    assert lex._served(TEXT, 0, 22) is None  # ends inside "Financial"
    start = TEXT.index("Times")
    assert lex._served(TEXT, start, len(TEXT)) is None  # starts inside the hit "Financial Times"
    assert _spans(lex._served(TEXT, 0, len(TEXT))) == _spans(lex._scan_hits(TEXT, 0, len(TEXT)))


def test_span_before_a_sentence_is_served():
    # "... reported on Monday. | The FT": the span ends where the next sentence's word starts, after a space; no phrase
    # can end at a space, so the whole text's hits are served (the claims stage asks this before every analysed sentence)
    lex = CueSet([{"name": "Financial Times"}, {"name": "sources"}], key="name", whole_text=True)
    end = TEXT.index("The FT")
    assert lex._served(TEXT, 0, end) is not None
    assert _spans(lex._served(TEXT, 0, end)) == _spans(lex._scan_hits(TEXT, 0, end))


def test_phrase_ending_in_a_hyphen_keeps_the_end_test():
    # "pro-" matches the spaces after it: a span ending before a word may end such a hit where the whole text's does not
    lex = CueSet([{"name": "pro-"}, {"name": "sources"}], key="name", whole_text=True)
    assert not lex._ends_in_word
    text = "The pro- reform camp said so."
    end = text.index("reform")
    assert lex._served(text, 0, end) is None
    served = 0
    for start in range(0, len(text) + 1):
        for stop in range(start, len(text) + 1):
            got = lex._served(text, start, stop)
            if got is not None:
                served += 1
                assert _spans(got) == _spans(lex._scan_hits(text, start, stop)), (start, stop)
    assert served > 50
    assert cues("outlets.csv", "name")._ends_in_word
