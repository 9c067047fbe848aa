"""What modules outside ArticleContext read of it goes through its public methods: ``names_in`` (the gazetteer's
matches of a span), ``match_at`` (the match starting at a name), ``state_named_at`` (its code read by default),
``sentence_at`` (the sentence a look-back meets first) and ``opens_as_topic``, beside ``state_named``, ``state_count`` and
``envoy_title``, ``report_ends`` and ``beliefs`` (per-sentence answers it keeps); no module outside the class calls its
private helpers or reads its private fields (sentences written for these tests; needs the gazetteer)."""
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


def _lines_outside_the_class(pattern: re.Pattern) -> list[str]:
    """The lines of pipeline/ outside ArticleContext's own code that the pattern finds, as path:line: text."""
    inside = _class_lines()
    found = []
    for path in sorted(PIPELINE.rglob("*.py")):
        for n, line in enumerate(path.read_text(encoding="utf-8").splitlines(), 1):
            if pattern.search(line) and not (path.name == "roles.py" and path.parent.name == "claims" and n in inside):
                found.append(f"{path.relative_to(PIPELINE)}:{n}: {line.strip()}")
    return found


def test_no_module_outside_the_context_calls_its_private_helpers():
    assert _lines_outside_the_class(PRIVATE) == []


def _private_members() -> set[str]:
    """ArticleContext's private methods and the private fields it sets on itself (dunders left out)."""
    tree = ast.parse((PIPELINE / "claims" / "roles.py").read_text(encoding="utf-8"))
    cls = next(n for n in tree.body if isinstance(n, ast.ClassDef) and n.name == "ArticleContext")
    names = {n.name for n in ast.walk(cls) if isinstance(n, ast.FunctionDef)}
    names |= {n.attr for n in ast.walk(cls)
              if isinstance(n, ast.Attribute) and isinstance(n.value, ast.Name) and n.value.id == "self"}
    return {n for n in names if n.startswith("_") and not n.startswith("__")}


def test_no_module_outside_the_context_reads_its_private_members():
    members = _private_members()
    assert {"_matches", "_state_counts", "_code", "_sentences_before", "_report_ends", "_beliefs"} <= members
    read = re.compile(r"(?<!\bself)\.(" + "|".join(sorted(members, key=len, reverse=True)) + r")\b")
    assert _lines_outside_the_class(read) == []


def test_the_private_helper_finder_sees_a_call():
    assert PRIVATE.search("counts = ctx._state_counts()") and PRIVATE.search("ctx._code(match, [])")
    assert not PRIVATE.search("ctx._codes") and not PRIVATE.search("ctx.state_count(code)")


def test_sentence_at_is_the_sentence_holding_a_position():
    ctx = _context()
    paris = TEXT.index("Paris")
    assert ctx.sentence_at(paris).start == TEXT.index("The")
    assert ctx.sentence_at(0).start == 0 and ctx.sentence_at(TEXT.index(".")).start == 0


def test_opens_as_topic_wants_the_name_first_and_a_comma_after_it():
    text = "For Pakistan, the loan is 7 billion dollars. The loan for Pakistan is 7 billion dollars."
    second = text.index("The")
    ctx = ArticleContext({"text": text, "title": None, "published": None, "article_id": "t"},
                         [Sentence(0, 0, second - 1), Sentence(1, second, len(text))])
    first_name = text.index("Pakistan")
    assert ctx.opens_as_topic(ctx.sentences[0], first_name, first_name + len("Pakistan"))
    later = text.index("Pakistan", second)
    assert not ctx.opens_as_topic(ctx.sentences[1], later, later + len("Pakistan"))


def test_report_ends_are_the_ends_of_the_sentences_reporting_verbs_kept_once():
    text = "Poland said on Monday that its defence spending will reach 4.7% of GDP, the ministry announced."
    ctx = ArticleContext({"text": text, "title": None, "published": None, "article_id": "t"}, [Sentence(0, 0, len(text))])
    sentence = ctx.sentences[0]
    ends = ctx.report_ends(sentence)
    assert ends == [h.end for h in ctx.report_hits(sentence)]
    assert ends[0] == text.index("said") + len("said") and ends[-1] == text.index("announced") + len("announced")
    assert ctx.report_ends(sentence) is ends  # the same list asked again: kept per sentence


def test_beliefs_pair_the_holder_before_a_belief_verb_with_the_state_named_after_it():
    text = "The alliance believes Spain will need about 3.5% of GDP. Madrid said it would spend 2.1% this year."
    second = text.index("Madrid")
    ctx = ArticleContext({"text": text, "title": None, "published": None, "article_id": "t"},
                         [Sentence(0, 0, second - 1), Sentence(1, second, len(text))])
    pairs = ctx.beliefs(ctx.sentences[0])
    assert [(holder.code, owner.code) for holder, owner in pairs] == [("NATO", "ESP")]
    assert ctx.beliefs(ctx.sentences[1]) == []  # "said" is no verb of belief
    assert ctx.beliefs(ctx.sentences[0]) is pairs
