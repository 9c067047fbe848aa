"""Figures of modern reporting that are quotes or poll shares, whatever policy word their sentence holds: no claim.

A 2025 page or wire story about a budget or defence carries figures that are no state's: a market line ("The zloty
weakened 0.3% to 4.27 per euro after the budget draft was published", "Ten-year Bund yields rose 4 basis points to
2.62% after the debt brake reform"), a page header's ticker ("WIG20 2,810 +1.1% | PLN/EUR 4.26") and the other shares
of a poll sentence ("41% of Germans want the Bundeswehr to grow, up from 33% a year earlier"; "59% back higher defence
spending, while 21% opposed it"). The metric cues alone give these figures the sentence's policy word; ANNOTATION.md
does not annotate them (share and index moves, exchange rates, bond yields, polls). Each test reads only the few
characters around its figure (no scan of the article).
"""
from __future__ import annotations

import re

from .guards import share_of_people

# a currency or a bond yield as the subject of a move, the figure the move's size or the level it moves to: "The zloty
# weakened 0.3% to 4.27 per euro", "Sterling fell 0.3% to $1.355", "Bund yields rose 4 basis points to 2.62%", "the
# 10-year yield eased to 4.35%", "The Swedish crown firmed 0.2%"; only a currency's singular name (a sum "in dollars rose"
# is no quote) and at most an adverb between it and the verb
_QUOTED = (r"(?:yields?|zloty|pound|sterling|euro|dollar|greenback|yen|franc|crown|krona|krone|rouble|ruble|lira|forint|"
           r"koruna|won|rupee|rupiah|ringgit|baht|peso|rand|shekel|yuan|renminbi|hryvnia|leu|lev|real|lari|tenge|dinar)")
_MOVE = (r"(?:rose|fell|gained|lost|climbed|slid|dropped|jumped|eased|rallied|tumbled|sank|dipped|weakened|strengthened|"
         r"firmed|slipped|added|advanced|declined|retreated|traded|steadied|edged\s+(?:up|down|higher|lower)|"
         r"was\s+(?:flat|steady|little\s+changed|unchanged)|(?:has\s+|had\s+)?(?:risen|fallen|gained|lost|climbed|dropped))")
_ADVERB = r"(?:sharply|slightly|further|again|also|briefly|modestly|steeply|as\s+much\s+as)"
_SIZE = r"[\d.,]+\s*(?:%|percent|per\s+cent|basis\s+points?|bps?|points?|cents?)"
MOVE_BEFORE = re.compile(
    rf"\b{_QUOTED}\s+(?:{_ADVERB}\s+)?{_MOVE}\s+(?:{_ADVERB}\s+)?(?:(?:by|about|some|around|nearly|almost)\s+)*"
    rf"(?:{_SIZE}\s+(?:to|at)\s+(?:(?:about|around|a\s+record|a\s+high\s+of|a\s+low\s+of)\s+)?"
    rf"|(?:to|at)\s+(?:(?:about|around|a\s+record|a\s+high\s+of|a\s+low\s+of)\s+)?)?[$€£¥]?$", re.IGNORECASE)
MOVE_REACH = 120  # chars before a figure read for its move

# a ticker: a signed move right after a level ("WIG20 2,810 +1.1%", "DAX 24,150 -0.3%") or a quote of a currency pair
# ("PLN/EUR 4.26", "USD/JPY 146.4")
SIGNED_AFTER_LEVEL = re.compile(r"\d\s+[+\-−–]$")
PAIR_BEFORE = re.compile(r"\b[A-Z]{3}/(?:[A-Z]{3}\s+)?$")
TICKER_REACH = 16

# a poll's other shares: in a sentence with a share of people ("41% of Germans want ..."), a bare percent ("up from 33% a
# year earlier", "while 21% opposed it") is another share of the same poll; a percent "of" something (of GDP, of the
# budget) keeps its reading. A bare percent that an opinion verb follows is a poll share in any sentence ("while 21%
# opposed it", "62% support it"), not one a passive follows ("the cut to 3.5 from seven pct was approved by the cabinet",
# "a rise to 2% backed by parliament").
# (only in a sentence that names a poll: "increase income tax to 50% ..., saying it would apply to just 1% of the
# population" and "40% of all pensioners were paying marginal tax rates of 50%" state a tax rate)
POLL_WORD = re.compile(r"\b(?:polls?|polled|pollsters?|surveys?|surveyed|respondents)\b", re.IGNORECASE)
OF_AFTER = re.compile(r"\s+of\s", re.IGNORECASE)
OPINION_AFTER = re.compile(r"\s+(?:(?:said\s+they|say\s+they)\s+)?(?:opposed?|support(?:ed)?|back(?:ed)?|favou?r(?:ed)?|"
                           r"agreed?|disagreed?|approved?\s+of|disapproved?|trust(?:ed)?|(?:were|are)\s+(?:against|opposed|"
                           r"in\s+favou?r))\b(?!\s+by\b)", re.IGNORECASE)
# a determiner or possessive before the percent makes the verb after it a participle of a noun phrase ("within the 3.7%
# agreed in its medium-term plan", "its 2% backed by parliament"), not the verb of a poll share ("while 21% opposed it")
DETERMINER_BEFORE = re.compile(r"(?:\b(?:the|a|an|its|their|his|her|our|this|that|these|those)|['’]s?)\s*$", re.IGNORECASE)
# a bare percent that says, thinks or names something is a group of people answering ("Some 30% said taxes were too high",
# "against 19% who named immigration", "45% wanted more spending on schools"): not "said to" ("a deficit of 3% said to be
# ..."), not a passive ("the 2% wanted by the alliance")
SAYING_AFTER = re.compile(r"\s+(?:who\s+)?(?:said|say|says|think|thinks|thought|believed?|believes|felt|feel|feels|named|"
                          r"want(?:ed|s)?)\b(?!\s+(?:to|by)\b)", re.IGNORECASE)
# a percent as the group an issue matters to, closing its clause: "tax was a crucial area for 25%", "health was the main
# worry for 41%", "defence spending mattered most to 15%", "the top concern for 27%, against 19% ..."; a fronted "For 57%,
# pensions and the NHS were key issues" likewise. The figure ends its clause (a comma, a full stop, "against", "while"):
# "a priority for 2% growth" or "important for 2% of GDP" keep their reading.
_ISSUE = (r"(?:(?:key|main|top|big|biggest|crucial|important|major|deciding|decisive|chief|leading|greatest)\s+"
          r"(?:issues?|concerns?|worry|worries|priority|priorities|areas?|factors?|questions?)|issues?|concerns?|worry|"
          r"worries|priority|priorities|(?:most\s+|very\s+|more\s+)?(?:important|crucial|decisive)|"
          r"matter(?:s|ed)?(?:\s+most)?)")
_ABOUT = r"(?:(?:some|about|around|nearly|almost|just|only|over|under|more\s+than|less\s+than)\s+)?"
ISSUE_FOR_BEFORE = re.compile(rf"\b{_ISSUE}\s+(?:for|to)\s+{_ABOUT}$", re.IGNORECASE)
FRONTED_FOR = re.compile(rf"\s*[\"'‘“]?For\s+{_ABOUT}$")
CLAUSE_END_AFTER = re.compile(r"\s*(?:[,.;:!?)]|$)|\s+(?:against|compared|while|whereas|but)\b", re.IGNORECASE)
ISSUE_REACH = 80  # chars before a percent read for the issue phrase


def issue_share(text: str, sentence, m: dict) -> bool:
    """Whether a bare percent is the group an issue matters to ("tax was a crucial area for 25%", "For 57%, pensions ...
    were key issues"): a poll's share."""
    start = m["char_start"]
    if FRONTED_FOR.fullmatch(text, sentence.start, start):
        return text[m["char_end"]:m["char_end"] + 1] == ","
    if "for" not in text[max(0, start - 12):start].lower() and "to" not in text[max(0, start - 12):start].lower():
        return False
    return ISSUE_FOR_BEFORE.search(text, max(sentence.start, start - ISSUE_REACH), start) is not None \
        and CLAUSE_END_AFTER.match(text, m["char_end"]) is not None


# a price per dollar: of a debt ("its debt still trades as low as 10 cts on the dollar", "unsecured creditors would
# receive up to 50 cts on the dlr") or of a currency ("the free rate of 150 sucres to the dollar", "setting it at 14.50
# bolivars to the dollar"): a secondary-market price, a recovery rate or an exchange rate, no state's debt or debt
# service, whatever debt word the sentence holds (ANNOTATION.md: prices and exchange rates are not annotated)
ON_THE_DOLLAR = re.compile(r"\s+(?:on|to)\s+the\s+(?:dollar|dlr)\b", re.IGNORECASE)

# the move verbs one of which stands in the last six words before a figure MOVE_BEFORE takes (a cheap test first: most
# figures have none, and the big pattern is tried only on the rest)
NEAR_WORDS = frozenset("""rose fell gained lost climbed slid dropped jumped eased rallied tumbled sank dipped weakened strengthened
firmed slipped added advanced declined retreated traded steadied edged flat steady changed unchanged risen fallen""".split())
NEAR_REACH = 60  # chars before a figure for NEAR_WORDS


def quoted_figure(text: str, m: dict) -> bool:
    """Whether a figure is a market quote: a currency's or a bond yield's move or level, a ticker's signed move or a
    currency pair's rate, or a price per dollar of a debt ("10 cts on the dollar")."""
    start = m["char_start"]
    if ON_THE_DOLLAR.match(text, m["char_end"]) is not None:
        return True
    before = text[max(0, start - TICKER_REACH):start]
    if (before.rstrip()[-1:] in "+-−–" and SIGNED_AFTER_LEVEL.search(before)) or ("/" in before and PAIR_BEFORE.search(before)):
        return True
    if NEAR_WORDS.isdisjoint(text[max(0, start - NEAR_REACH):start].split()[-6:]):  # (verbs in lower case)
        return False
    return MOVE_BEFORE.search(text, max(0, start - MOVE_REACH), start) is not None


def poll_shares(text: str, sentence, ms: list[dict]) -> set:
    """The char starts of a sentence's percents that are poll shares: beside a share of people in a sentence that names a
    poll (its other bare percents), bare percents an opinion or saying verb follows, and bare percents an issue matters to."""
    percents = [m for m in ms if m.get("unit") == "percent"]
    if not percents:
        return set()
    bare = [m for m in percents if OF_AFTER.match(text, m["char_end"]) is None]
    if not bare:
        return set()
    out = {m["char_start"] for m in bare if (OPINION_AFTER.match(text, m["char_end"]) or SAYING_AFTER.match(text, m["char_end"]))
           and not DETERMINER_BEFORE.search(text[max(0, m["char_start"] - 8):m["char_start"]])}
    out.update(m["char_start"] for m in bare if issue_share(text, sentence, m))
    if len(percents) > len(bare) and _names_poll(text, sentence) and any(share_of_people(text, m) for m in percents):
        out.update(m["char_start"] for m in bare)
    return out


def _names_poll(text: str, sentence) -> bool:
    """Whether the sentence names a poll (a substring test first, the word pattern only where it passes)."""
    low = text[sentence.start:sentence.end].lower()
    return ("poll" in low or "survey" in low or "respondent" in low) and POLL_WORD.search(low) is not None


def without_quotes(text: str, sentence, ms: list[dict], all_mentions: list[dict]) -> list[dict]:
    """A sentence's claim figures without its market quotes and poll shares (all_mentions: every mention of the sentence,
    the shares of people the claim figures no longer hold among them)."""
    polled = poll_shares(text, sentence, all_mentions)
    return [m for m in ms if m["char_start"] not in polled and not quoted_figure(text, m)]
