"""Hostile text must not make the cleaning regexes quadratic (or worse)."""
from __future__ import annotations

import time

import pytest

from pipeline.readers.markdown import strip_markdown
from pipeline.readers.pages import clean_page, line_action

MARKDOWN_BOMBS = ["*a " * 60_000, "_a b" * 40_000, "[" * 150_000, "[a](" * 40_000, "<a " * 60_000,
                  "`a" * 60_000, "![" * 60_000, "~~a " * 40_000, "**a " * 40_000, "*_[~`<" * 25_000]
LINE_BOMBS = [c * (200 // len(c)) for c in ["a > ", "a | ", "x ", "- ", "by ", "1 ", "° ", "share | ", "© ",
                                            ". ", "ad ", "more from ", "tags: ", "-a", "advertisement "]]


@pytest.mark.parametrize("line", MARKDOWN_BOMBS, ids=range(len(MARKDOWN_BOMBS)))
def test_markdown_stripping_is_linear(line):
    start = time.perf_counter()
    strip_markdown(line)
    assert time.perf_counter() - start < 3.0  # ~0.1 s in practice; quadratic would be minutes


def test_line_rules_are_fast_on_adversarial_lines():
    line_action("warm up")  # compiles the rules
    for line in LINE_BOMBS:
        for variant in (line, line + "1", line + "."):
            start = time.perf_counter()
            line_action(variant[:200])
            assert time.perf_counter() - start < 0.5, variant[:30]


def test_big_page_is_cleaned_in_time():
    page = ("Spending rose 2% of GDP in the year, officials said on Monday. " * 8 + "\n\n") * 4000
    start = time.perf_counter()
    parts = clean_page(page)
    assert time.perf_counter() - start < 5.0
    assert len(parts.text) > 0.9 * len(page.strip())
