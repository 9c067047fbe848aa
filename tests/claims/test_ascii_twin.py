"""Every regex pattern of the claims stage that runs as a standard-re twin on ASCII text (lexicon.AsciiTwin) finds exactly
what the regex module finds with it: on hand-written sentences with the characters where the two engines' classes part
(\\x1c-\\x1f are whitespace to re's Unicode \\s only), on odd windows (a negative offset, an end before the start) and on
windows of the dev gold documents (ASCII ones run the twin, the others the pattern itself)."""
import functools

import pytest

from pipeline.claims import (
    frame, lexicon, metric, modality, roles, stance, story, guards, speakers, levels, plans, aid, actors, entities,
    anaphora, organisations, owners, voices, figures, scope, claimtype, plantype, ruletype, claim, basis, cuelexicon,
    cuescope, metrictopic,
)

from test_guards_exact import _texts as _gold_texts

WIDTHS = (60, 400)
STEP = 1499  # (every twin over every window of the gold documents: ~280 patterns, kept to a few minutes)

SENTENCES = [
    "The government said on Tuesday that defence spending would rise to 2.5 pct of GDP, from 1.9 pct last year.",
    "Finance Minister Jones told reporters:\x1c the budget deficit, which includes aid, will be cut by 3 billion dlrs.",
    "NATO's goal of 2% - which Italy's  government called unrealistic -\tis far off; analysts at Bank X expect a rise.",
    "It plans to spend 40 mln stg on the programme, the ministry's spokesman said.\x1f He added it was not enough.",
    "In the budget for 1988, revenue from taxes is put at 12.4 billion francs, up from 11.9 billion in 1987",
]


@functools.lru_cache(maxsize=1)
def _texts():
    return _gold_texts()


def _twins():
    found = {}
    for module in (frame, lexicon, metric, modality, roles, stance, story, guards, speakers, levels, plans, aid, actors,
                   entities, anaphora, organisations, owners, voices, figures, scope, claimtype, plantype, ruletype, claim,
                   basis, cuelexicon, cuescope, metrictopic):
        for name, value in vars(module).items():
            if isinstance(value, lexicon.AsciiTwin):
                found[f"{module.__name__}.{name}"] = value
            elif isinstance(value, (lexicon.Guarded, lexicon.Prefiltered)) and isinstance(value.pattern, lexicon.AsciiTwin):
                found[f"{module.__name__}.{name}.pattern"] = value.pattern
            elif isinstance(value, functools._lru_cache_wrapper) \
                    and value.__wrapped__.__code__.co_argcount == 0:
                built = value()
                for k, part in enumerate(built if isinstance(built, tuple) else (built,)):  # (a pattern and its rows)
                    if isinstance(part, lexicon.AsciiTwin):
                        found[f"{module.__name__}.{name}()[{k}]"] = part
    return found


def _same(a, b):
    if a is None or b is None:
        return a is None and b is None
    return a.span() == b.span() and a.groups() == b.groups()


def _check(twin, text, pos, endpos):
    rx = twin.regex
    for method in ("search", "match", "fullmatch"):
        assert _same(getattr(twin, method)(text, pos, endpos), getattr(rx, method)(text, pos, endpos)), \
            (twin.pattern, method, text, pos, endpos)
    assert [m.span() for m in twin.finditer(text, pos, endpos)] == [m.span() for m in rx.finditer(text, pos, endpos)], \
        (twin.pattern, text, pos, endpos)


def test_the_claims_modules_have_twins_to_check():
    assert len(_twins()) >= 150


def test_most_twins_run_on_the_standard_engine():
    twins = _twins().values()
    with_twin = [t for t in twins if lexicon._ascii_twin(t.regex) is not None]
    assert len(with_twin) >= 0.7 * len(twins)


def test_a_letter_that_folds_to_ascii_keeps_the_regex_module():
    import regex
    assert lexicon._ascii_twin(regex.compile("\u017ftate", regex.IGNORECASE)) is None
    assert lexicon._ascii_twin(regex.compile(r"[\u0100-\u017f]", regex.IGNORECASE)) is None
    assert lexicon._ascii_twin(regex.compile("[à-ſ]x", regex.IGNORECASE)) is None
    assert lexicon._ascii_twin(regex.compile(r"(?<=ab|abc)d")) is None  # variable-width lookbehind: regex only
    assert lexicon._ascii_twin(regex.compile(r"\bits\s+['’]s\b", regex.IGNORECASE)) is not None


def test_a_twin_pickles_and_copies_as_its_pattern():
    import copy
    import pickle
    twin = (cuescope.CLAUSE_BREAK if isinstance(cuescope.CLAUSE_BREAK, lexicon.AsciiTwin)
            else next(iter(_twins().values())))
    text = "The deficit will rise; the debt will fall but taxes stay."
    for other in (pickle.loads(pickle.dumps(twin)), copy.deepcopy(twin), copy.copy(twin)):
        assert isinstance(other, lexicon.AsciiTwin) and other.pattern == twin.pattern
        assert [m.span() for m in other.finditer(text)] == [m.span() for m in twin.regex.finditer(text)]


def test_odd_windows_read_as_the_regex_module_reads_them():
    import regex
    twin = lexicon.AsciiTwin(regex.compile(r"\s*\w*"))
    text = "ab cd ef"
    for pos, endpos in ((-3, None), (0, -2), (-3, -1), (5, 2), (4, 4), (2, 100), (10, 20)):
        _check(twin, text, pos, len(text) if endpos is None else endpos)


@pytest.mark.parametrize("name", sorted(_twins()))
def test_twin_finds_what_its_pattern_finds(name):
    twin = _twins()[name]
    for text in SENTENCES:
        for pos in range(0, len(text), 7):
            _check(twin, text, pos, len(text))
            _check(twin, text, 0, pos)
        _check(twin, text, -5, len(text))
        _check(twin, text, 20, 10)
    for text in _texts():
        for start in range(0, len(text), STEP):
            for width in WIDTHS:
                _check(twin, text, start, min(len(text), start + width))
