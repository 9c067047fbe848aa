"""What modules outside ArticleContext read of it goes through its public methods: ``names_in`` (the gazetteer's
matches of a span), ``match_at`` (the match starting at a name), ``state_named_at`` (its code read by default), beside
``state_named``, ``state_count`` and ``envoy_title``; no module outside the class calls its private helpers
(sentences written for these tests; needs the gazetteer)."""
import ast
import re
from pathlib import Path

import pytest

pytest.importorskip("pipeline.claims.gazetteer")

from pipeline.claims.roles import ArticleContext  # noqa: E402
from tests.claims.helpers import Sentence  # noqa: E402

PIPELINE = Path(__file__).resolve().parents[2] / "pipeline"
PRIVATE = re.compile(r"\._(?:matches|state_counts|code)\b")

TEXT = "Georgia raised its defence budget. The finance ministry in Paris said Brussels must act."


def _context() -> ArticleContext:
    return ArticleContext({"text": TEXT, "title": None, "published": None, "article_id": "t"},
                          [Sentence(0, 0, TEXT.index(".") + 1), Sentence(1, TEXT.index("The"), len(TEXT))])


def test_names_in_lists_the_names_inside_the_span_only():
    ctx = _context()
    surfaces = [m.surface for m in ctx.names_in(0, len(TEXT))]
    assert surfaces[0] == "Georgia" and "Paris" in surfaces and "Brussels" in surfaces
    paris = TEXT.index("Paris")
    assert [m.surface for m in ctx.names_in(paris, paris + len("Paris"))] == ["Paris"]
    assert ctx.names_in(paris, paris + 3) == []  # a name running past the span's end is not inside it


def test_match_at_wants_the_name_to_start_at_the_position():
    ctx = _context()
    paris = TEXT.index("Paris")
    assert ctx.match_at(paris, paris + len("Paris")).surface == "Paris"
    assert ctx.match_at(paris - 3, paris + len("Paris")) is None  # "in Paris": the span starts before the name


def test_state_named_at_reads_the_name_at_the_position_like_state_named():
    ctx = _context()
    brussels = TEXT.index("Brussels")
    span = (brussels, brussels + len("Brussels"))
    assert ctx.state_named_at(*span) == ctx.state_named(*span) is not None  # an ambiguous name read by its default
    assert ctx.state_named_at(brussels - 5, span[1]) is None  # "said Brussels": no name starts at "said"
    assert ctx.state_named(brussels - 5, span[1]) == ctx.state_named(*span)
    paris = TEXT.index("Paris")
    assert ctx.state_named_at(paris, paris + len("Paris")) == "FRA"


def _class_lines() -> range:
    tree = ast.parse((PIPELINE / "claims" / "roles.py").read_text(encoding="utf-8"))
    cls = next(n for n in tree.body if isinstance(n, ast.ClassDef) and n.name == "ArticleContext")
    return range(cls.lineno, cls.end_lineno + 1)


def test_no_module_outside_the_context_calls_its_private_helpers():
    inside = _class_lines()
    found = []
    for path in sorted(PIPELINE.rglob("*.py")):
        for n, line in enumerate(path.read_text(encoding="utf-8").splitlines(), 1):
            if PRIVATE.search(line) and not (path.name == "roles.py" and path.parent.name == "claims" and n in inside):
                found.append(f"{path.relative_to(PIPELINE)}:{n}: {line.strip()}")
    assert found == []


def test_the_private_helper_finder_sees_a_call():
    assert PRIVATE.search("counts = ctx._state_counts()") and PRIVATE.search("ctx._code(match, [])")
    assert not PRIVATE.search("ctx._codes") and not PRIVATE.search("ctx.state_count(code)")
