"""The body a speaker introduced only by an apposition of his post speaks for.

"Jim Billington, a member of the Farm Credit Administration board which regulates the system, said Congress should
spend at least 800 mln dlrs": the person is no one the gazetteer knows, and the body named after "of" in his apposition
is skipped as a preposition's object when the subject of "said" is looked for; the post says he speaks for it. Decides
only which coded body such an apposed post names; ``roles._subject_of_verb`` asks it when it finds no subject of its
own. ANNOTATION.md: a ministry, official or government body stating a level -> its state; an organisation's official
-> the organisation. Vocabulary: apposed_staff_nouns.csv. Not a coded name before the comma ("Poland, a member of
NATO, said": Poland speaks, found as the verb's subject before this is asked).
"""
from __future__ import annotations

import functools

import regex

from .lexicon import read_rows


@functools.cache
def _pattern() -> regex.Pattern:
    rows = read_rows("apposed_staff_nouns.csv")
    posts = "|".join(regex.escape(r["noun"]) for r in rows if r["kind"] == "post")
    parts = "|".join(regex.escape(r["noun"]) for r in rows if r["kind"] == "part")
    # NAME, (a|an|the|another|one) (up to two words) POST (of|at|on) (the) BODY (PART) (which|that|who ...), <verb>
    return regex.compile(
        r"(?-i:[A-Z])[\w.'’-]+,\s+(?:(?:an?|the|another|one)\s+)?(?:[\w-]+\s+){0,2}?(?:" + posts + r")\s+(?:of|at|on)\s+"
        r"(?:the\s+)?(?P<body>(?-i:[A-Z])[^,;()]{0,60}?)(?:\s+(?:" + parts + r"))?"
        r"(?:\s+(?:which|that|who)\b[^,;()]{0,100})?,\s*(?:\w+\s+)?$", regex.IGNORECASE)


# kinds of a coded entity a post can be held in
BODY_KINDS = frozenset({"institution", "organisation", "generic"})


def apposed_body(text: str, entities, verb_start: int, lo: int):
    """The coded body (an entity of `entities`, the sentence's, in order) named in the apposition of a post that ends
    right before a reporting verb at `verb_start` (at most one word between: "said", "also said"), when the name before
    the apposition is no coded entity; else None."""
    if "," not in text[max(lo, verb_start - 200):verb_start]:
        return None
    m = _pattern().search(text, max(lo, verb_start - 200), verb_start)
    if m is None:
        return None
    name_start, name_end = m.start(), text.index(",", m.start())
    if any(e.start < name_end and e.end > name_start for e in entities):
        return None  # "Poland, a member of NATO, said": a coded name, its own speaker
    a, b = m.span("body")
    body_end = b + 40  # (the part word and the relative clause after the body's name are outside the group)
    return next((e for e in entities if e.code and e.kind in BODY_KINDS and a <= e.start and e.end <= body_end
                 and e.end <= m.end()), None)
