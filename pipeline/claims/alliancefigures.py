"""A share of GDP the Atlantic alliance's members are to reach, named by the alliance around the figure with no metric word of
its own: "allies in the region should move toward the 5% of GDP that NATO members agreed" (the level NATO agreed, after the
figure), "Asian allies should follow Europe, where NATO members are moving toward 5% of GDP" (the members moving toward it),
"Washington had floated 5% of GDP for its allies in Asia" (a share of GDP asked of allies), "For all NATO countries, 5 percent
is a huge amount of money" (the members' share, the alliance named before it in its clause). The alliance's shares are defence
shares (ANNOTATION.md); each such figure gets a stand-in defence cue right at it (frame.py adds it to the sentence's cues).
Pure: reads the sentence's text around each percent figure only. The words of the constructions (the alliance's names, its
members, the verbs of agreeing and moving, the allies a share is floated for) are alliance_share_words.csv."""
from __future__ import annotations

import regex

from .lexicon import Guarded, Hit, listed_words, words_alternation

ALLIANCE_CUE = {"cue": "", "metric": "defense_spending", "weight": "0", "case": "", "resolves": "", "firm": "", "in_topic": ""}

# the figure's basis phrase, outside the quantity's own span ("5% of GDP")
_BASIS = r"(?:\s+of\s+(?:(?:its|their|a\s+country['’]s|each\s+(?:country|member)['’]s)\s+)?(?:GDP|gross\s+domestic\s+product|economic\s+output))?"


def _alternation(*kinds: str) -> str:
    """The words of these kinds of alliance_share_words.csv as one group, in the file's order."""
    return r"(?:" + words_alternation(listed_words("alliance_share_words.csv", kind=kinds)) + r")"


def _as_written(word: str) -> str:
    """A word as news text writes it: an apostrophe either apostrophe, a full stop optional ("U.S." and "US")."""
    return "".join(r"['’]" if c in "'’" else r"\.?" if c == "." else regex.escape(c) for c in word)


_NAME = _alternation("name")
_NATO = _alternation("name", "alliance")
_MEMBERS = _alternation("members")
_ALLY_QUALIFIER = "|".join(_as_written(w) for w in listed_words("alliance_share_words.csv", kind="ally_qualifier"))
# the level the alliance agreed, in a relative clause right after the figure ("the 5% of GDP that NATO members agreed",
# "the 3.5% which NATO leaders endorsed at The Hague", "the 5% the alliance set")
AGREED_AFTER = Guarded(regex.compile(_BASIS + r"\s*,?\s+(?:that\s+|which\s+)?" + _NATO + r"(?:['’]s)?(?:\s+" + _MEMBERS + r")?\s+"
                                     r"(?:have\s+|had\s+)?" + _alternation("agreed") + r"\b"),
                       ("nato", "alliance"))
# the members moving toward it, NATO named in the clause before ("where NATO members are moving toward 5% of GDP", "NATO
# allies are heading for 3.5%")
MOVING_BEFORE = Guarded(regex.compile(r"\b" + _NAME + r"\s+" + _MEMBERS + r"\s+(?:are|were|have\s+been|had\s+been|is)\s+"
                                      + _alternation("moving") + r"\s+(?:toward|towards|to|for)\s+"
                                      r"(?:(?:the|a|about|around)\s+)?$"), ("nato",))
# a share of GDP asked of allies, right after the figure ("floated 5% of GDP for allies in the region", "3.5% of GDP for its
# Asian allies"): only with its basis named (a share of GDP is no sum's part)
FOR_ALLIES_AFTER = Guarded(regex.compile(_BASIS + r"\s+for\s+(?:(?:" + _ALLY_QUALIFIER + r")\s+){0,2}" + _alternation("allies")
                                         + r"\b"),
                           ("allies", "nato"))
# the members' share, the alliance's members named before it in its clause ("For all NATO countries, 5 percent is ...",
# "for NATO members, 3.5% means ...")
MEMBERS_BEFORE = Guarded(regex.compile(r"\b(?:[Ff]or|[Aa]mong)\s+(?:(?:all|most|the|many|other)\s+)?" + _NAME + r"\s+"
                                       + _MEMBERS + r"\s*,\s*(?:(?:about|around|some)\s+)?$"), ("nato",))
REACH = 90  # chars before the figure a construction may take
# (each pattern is lexicon.Guarded by the words every match holds: most sentences with a percent figure name no alliance)


def alliance_share_cues(text: str, sentence, ms: list[dict]) -> list[Hit]:
    """A stand-in defence cue at each percent figure of the sentence that one of the alliance constructions names."""
    out = []
    for m in ms:
        if m.get("unit") != "percent" or m.get("basis") not in (None, "GDP") or m.get("sentence_index") != sentence.index:
            continue
        a, b = m["char_start"], m["char_end"]
        before = max(sentence.start, a - REACH)
        if AGREED_AFTER.match(text, b, sentence.end) or MOVING_BEFORE.search(text, before, a) \
                or MEMBERS_BEFORE.search(text, before, a) \
                or (m.get("basis") == "GDP" and FOR_ALLIES_AFTER.match(text, b, sentence.end)):
            out.append(Hit(a, a, ALLIANCE_CUE))
    return out
