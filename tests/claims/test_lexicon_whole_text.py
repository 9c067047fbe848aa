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
