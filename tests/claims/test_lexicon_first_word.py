"""A lexicon scan takes the word its lower-cased first-word scan finds as the first word, without searching again with
the case-blind scan, where no joiner ("'", "&") can carry a first word on past it: the same hits as the scan that
searches again (`_joiners` None), over every window of a text, cut words included."""
from helpers import assert_same_hits_in_every_window, hit_spans, lexicon_without  # noqa: E402
from pipeline.claims.lexicon import CueSet, cues

ROWS = [
    {"cue": "US", "case": "s"},
    {"cue": "us aid"},
    {"cue": "tax*"},
    {"cue": "taxation"},
    {"cue": "tax cut*"},
    {"cue": "government"},
    {"cue": "government's deficit"},
    {"cue": "S&P"},
    {"cue": "the economy"},
    {"cue": "the budget deficit"},
    {"cue": "won't"},
    {"cue": "budget"},
]

TEXTS = [
    "The US said us aid and the government's budget were cut; taxation, taxes and tax cuts rose.",
    "Us officials said the government's plans for the economy won't change, S&P said; the economy grew.",
    "THE GOVERNMENT'S DEFICIT and the Government's budget deficit: the budget, the budgets, S&Ps and taxmen.",
    "the government' s tax-cut plan, the economic plan, the budget deficit of 3 pct; won't, wont, won'tx.",
]


def _spans(hits):
    return hit_spans(hits)


def _assert_same(lex: CueSet, text: str, step: int = 1) -> int:
    return assert_same_hits_in_every_window(lex, lexicon_without(lex, "_joiners"), text, step)


def test_joiners_of_the_first_words():
    lex = CueSet(ROWS)
    assert lex._joiners == frozenset({"'", "&"})
    assert CueSet([{"cue": "budget"}, {"cue": "tax*"}])._joiners == frozenset()
    assert CueSet([{"cue": "'s budget"}])._joiners is None  # a first word opening with a joiner: always searched


def test_own_lexicon_every_window():
    lex = CueSet(ROWS)
    for text in TEXTS:
        assert _assert_same(lex, text) > 1000


def test_case_sensitive_word_written_otherwise_is_no_hit():
    lex = CueSet(ROWS)
    text = "Us officials and the US said us aid rose."
    assert [t for _, _, t in _spans(lex._scan_hits(text, 0, len(text)))] == ["US", "us aid"]
    assert _spans(lex._scan_hits(text, 0, len(text))) == _spans(lexicon_without(lex, "_joiners")._scan_hits(text, 0, len(text)))


def test_joiner_after_the_word_searches_again():
    # "government's" opens the phrase "government's deficit": a text "government's budget" gives no hit at that place,
    # as the case-blind scan reads the longer first word there (the lower-cased scan finds "government" alone)
    lex = CueSet(ROWS)
    for text in ("the government's budget", "the government's deficit", "the government budget"):
        assert _spans(lex._scan_hits(text, 0, len(text))) == _spans(lexicon_without(lex, "_joiners")._scan_hits(text, 0, len(text)))


def test_claims_lexicons_every_window():
    for name, key in (("metric_cues.csv", "cue"), ("stance_cues.csv", "cue"), ("modality_cues.csv", "cue"),
                      ("report_verbs.csv", "cue"), ("generic_actors.csv", "word"), ("outlets.csv", "name")):
        lex = cues(name, key)
        assert lex._joiners is not None
        for text in TEXTS:
            _assert_same(lex, text, step=3)
