"""anchor.own_anchor keeps the answers of the text last asked about: asked again (with or without `parts`) it answers as
a fresh reading does, and another text at the same offsets gets its own answer."""
import datetime

from pipeline.claims import anchor

PUBLISHED = datetime.date(2025, 3, 4)


def _fresh(text, start, end, bound=None):
    parts: dict = {}
    return anchor._own_anchor(text, (0, len(text)), start, end, PUBLISHED, bound, parts), parts


def _asked(text, start, end, bound=None):
    parts: dict = {}
    return anchor.own_anchor(text, (0, len(text)), start, end, PUBLISHED, bound, parts), parts


def _figure(text, figure):
    start = text.index(figure)
    return start, start + len(figure)


def test_asked_again_answers_as_fresh():
    text = "Defence spending rose to 2.1% of GDP from 1.9% a year earlier, and the target is 2.5% by 2030."
    for figure in ("2.1%", "1.9%", "2.5%"):
        start, end = _figure(text, figure)
        assert anchor.own_anchor(text, (0, len(text)), start, end, PUBLISHED) == _fresh(text, start, end)[0]
        assert _asked(text, start, end) == _fresh(text, start, end)  # parts filled from the kept reading
        assert _asked(text, start, end) == _fresh(text, start, end)


def test_another_text_at_the_same_offsets():
    first = "Outlays rose to 1.8% of GDP from 1.5% in 2023."
    second = "Outlays will rise to 1.8% of GDP, the plan says."
    a = _asked(first, *_figure(first, "1.5%"))
    b = _asked(second, *_figure(first, "1.5%"))
    assert a == _fresh(first, *_figure(first, "1.5%"))
    assert b == _fresh(second, *_figure(first, "1.5%"))
    assert a[0] == "baseline"
