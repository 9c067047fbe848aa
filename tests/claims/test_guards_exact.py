"""Every guarded or prefiltered pattern of the claims stage (lexicon.Guarded, lexicon.Prefiltered) finds exactly what its
plain pattern finds, on real text.

The wrappers are speed devices: a guard's word list or a prefilter's candidate places must cover every match of the
pattern. An accuracy change that adds an alternative to a pattern ("insufficient" to the refusal words) and not to its
guard silently loses matches; the hand-written texts of test_prefiltered.py cannot know the new words, so this test
searches windows of the articles we ship (the sample corpus, our own evaluation articles) and, when ../shared is
present, of every dev gold corpus document, with both and compares."""
import json
from pathlib import Path

import pytest

from pipeline.claims import (
    frame, lexicon, metric, modality, roles, stance, story, guards, speakers, levels, plans, aid, actors, entities,
    organisations, owners, voices, figures, scope, claimtype, plantype, ruletype, claim, basis, cuelexicon,
    cuescope, metrictopic,
)
from pipeline.evaluation.claims import DEV_GOLD, GOLD_DIR, gold_articles

REPO = Path(__file__).resolve().parents[2]
WIDTHS = (60, 150)  # the look-back windows the rules search (40-130 characters) and a little more
STEP = 97


def _wrappers():
    found = {}
    for module in (frame, lexicon, metric, modality, roles, stance, story, guards, speakers, levels, plans, aid, actors,
                   entities, organisations, owners, voices, figures, scope, claimtype, plantype, ruletype, claim,
                   basis, cuelexicon, cuescope, metrictopic):
        for name, value in vars(module).items():
            if isinstance(value, (lexicon.Guarded, lexicon.Prefiltered)):
                found[f"{module.__name__}.{name}"] = value
    return found


def _texts():
    ids = set()
    for name in DEV_GOLD:
        path = GOLD_DIR / name
        if path.exists():
            ids.update(json.loads(line)["doc_id"] for line in path.open(encoding="utf-8"))
    return [a["text"] for a in gold_articles(sorted(ids)).values()]


def _span(m):
    return None if m is None else m.span()


def test_the_claims_modules_have_wrappers_to_check():
    assert len(_wrappers()) >= 10


@pytest.mark.parametrize("name", sorted(_wrappers()))
def test_wrapper_finds_what_its_pattern_finds(name):
    wrapper = _wrappers()[name]
    texts = _texts()
    assert texts, "no gold article could be built"
    for text in texts:
        for start in range(0, len(text), STEP):
            for width in WIDTHS:
                end = min(len(text), start + width)
                if isinstance(wrapper, lexicon.Guarded):
                    assert _span(wrapper.search(text, start, end)) == _span(wrapper.pattern.search(text, start, end)), \
                        (name, text[start:end])
                    assert _span(wrapper.match(text, start, end)) == _span(wrapper.pattern.match(text, start, end)), \
                        (name, text[start:end])
                else:
                    assert [m.span() for m in wrapper.finditer(text, start, end)] == \
                        [m.span() for m in wrapper.pattern.finditer(text, start, end)], (name, text[start:end])
