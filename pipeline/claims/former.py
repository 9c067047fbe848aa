"""A name inside a "former" title: "a former chairman of President Reagan's Council of Economic Advisers said", "former
U.S. Treasury Secretary Lawrence Summers", "ex-IMF chief economist Olivier Blanchard". The speaker held the office once
and speaks for no state or organisation now (ANNOTATION.md: an economist who once chaired a government council is no
government speaker, actor null), so the name of the body or person inside the title is no entity of the sentence
(``roles.ArticleContext.entities`` skips it, as it skips "UK-based").

Only the words a title is made of may stand between "former" and the name (office nouns, "of", "the", "at", "to",
capitalised names and possessives: "former U.S. ambassador to NATO"). A country or demonym counts only with a title
word after it ("the former Soviet Union" is a state of the past, not an office), and "former" must open the title: "a
former official said Japan's budget" keeps Japan.
"""
from __future__ import annotations

import functools

import regex

from .lexicon import read_rows

FORMER_REACH = 90  # characters before a name within which its title may open with "former"


@functools.cache
def _pattern() -> regex.Pattern:
    """"former" or "ex-", then title words only, up to the end (the name's start)."""
    words = "|".join(regex.escape(r["word"]) for r in read_rows("title_words.csv"))
    return regex.compile(r"\b(?:(?i:former)\s+|(?i:ex)[-‐]\s*)"
                         r"(?:(?:(?i:" + words + r")|of|the|at|to|(?-i:[A-Z][\w.&-]*)(?:['’]s?)?)[\s-]+){0,6}$")


def former_title(text: str, start: int, lo: int, kind: str, end: int) -> bool:
    """Whether the name at `start` (not before `lo`, the sentence's start) stands in a title "former" opens: the office
    is one its holder has left. A country or demonym counts only when a title word follows it ("former U.S. ambassador"),
    not as a state of the past ("the former Soviet Union", "former East German states")."""
    lo = max(lo, start - FORMER_REACH)
    if text.find("ormer", lo, start) < 0 and text.find("x-", lo, start) < 0:
        return False  # (most names: no "former" before them)
    if _pattern().search(text, lo, start) is None:
        return False
    if kind in ("country", "demonym", "capital"):
        return _title_after().match(text, end) is not None
    return True


@functools.cache
def _title_after() -> regex.Pattern:
    words = "|".join(regex.escape(r["word"]) for r in read_rows("title_words.csv"))
    return regex.compile(r"\s+(?:(?i:" + words + r"))\b")
