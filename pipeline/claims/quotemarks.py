"""The possessive some wire stories type with a double quote: Reuters writes ``India"s budget`` for
``India's budget`` in a few hundred stories. The roles' text (``roles.ArticleContext.text``) reads
such a mark as an apostrophe, one character for one, so that every offset stays where it was and the
possessive rules (``roles.POSSESSIVE_MARK``, the owners' and speakers' patterns) see ``India's``.
Only a double quote between a letter and a lone "s" ending the word counts: a closing quote after a
quoted word ("the word "cut" said") has no "s" glued to it.
"""
from __future__ import annotations

import regex

QUOTED_POSSESSIVE = regex.compile(r'(?<=\p{L})"(?=s(?!\w))')


def apostrophe_possessives(text: str) -> str:
    """`text` with each ``X"s`` possessive written ``X's`` (same length, same offsets)."""
    if '"s' not in text:
        return text
    return QUOTED_POSSESSIVE.sub("'", text)
