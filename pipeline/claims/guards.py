"""Guards against figures that are not a state's: company, market and poll figures, shares of people, denominators.

A sentence whose cues are company or market words makes no claim unless a specific policy phrase names the figure's
metric (``specific_in_sentence``); a word states use too ("revenues") is a government's only where a government
body is the subject; a company or market word that is only the denominator of a policy ratio ("debt payments to
export earnings") does not count as the sentence's context; a percent "of" a group of people ("36 percent of Finns")
is a poll's share, no claim. Each guard removes false claims that the metric cues alone would make.
"""
from __future__ import annotations

import bisect
import functools
import re

import regex

from . import cuelexicon as _cuelexicon
from . import lexicon as _lexicon
from .lexicon import count_words, plural_demonyms, read_rows
from .story import article_context


def government_revenue(hits, state: dict, article: dict, sentences, sentence) -> bool:
    """Whether a word states use too ("revenues") that no context has read yet is a government's own: a government body
    named before it is the sentence's voice or owner ("The U.K. Government forecasts that oil revenues will fall to four
    billion stg", "the finance ministry's revenues"), and no other company, market or poll word stands in the sentence
    ("the government said the company's revenues rose" stays a company's)."""
    words = [h for h in hits if h.entry["metric"] == "NONE" and h.entry.get("in_topic")]
    borrows = [h for h in hits if h.entry["metric"] == "CARRY" and h.entry.get("in_topic")]
    if not (words or borrows) or any(h.entry["metric"] == "NONE" and not h.entry.get("in_topic") for h in hits):
        return False
    ctx = article_context(state, article, sentences)
    entities = ctx.entities(sentence)
    if words:
        first = min(h.start for h in words)
        if any(e.kind == "institution" and e.code and e.end <= first for e in entities):
            return True
    # a government borrowing: a government body named before the word, it or its pronoun just before, as the word's subject
    # or owner ("the government has
    # already stepped up its borrowing", "keeping to its plan to borrow", "public authorities borrowed"); a body further
    # back is no borrower ("... Fed funds averaged 6.45 pct, money center banks accounted for 90 pct of the borrowing")
    # ("The People's Construction Bank of China is launching its first international borrowing": 'its' is a bank's)
    for h in borrows:
        before = [e for e in entities if e.code and e.end <= h.start]
        if any(e.kind in GOVERNMENT_BODIES or _definite_state(e) for e in before) and any(
                e.kind in GOVERNMENT_BODIES + ("pronoun",) and count_words(ctx.text[e.end:h.start]) <= BORROWER_REACH
                for e in before):
            return True
    return False


GOVERNMENT_BODIES = ("institution", "generic")


def _definite_state(e) -> bool:
    """Whether an entity read as the story's state is a definite noun for it ("the state's practice", "the country"), not
    a bare possessive ("its", which may stand for a bank or a firm)."""
    return e.kind == "pronoun" and e.surface.lower().startswith("the ")
BORROWER_REACH = 3  # words between the borrowing body (or its pronoun) and the borrowing word


# "the ratio of debt payments to foreign exchange earnings": the words after "to" are what the policy figure is measured
# against; up to three words before its company or market word ("to total export earnings")
RATIO_TO = regex.compile(r"\s+to\s+(?:[\w'’-]+\s+){0,3}", regex.IGNORECASE)
RATIO_OF = regex.compile(r"\bratio\s+of\s+(?:(?:the|its|their|[\w.]+['’]s)\s+){0,2}$", regex.IGNORECASE)
RATIO_OF_SCAN = _lexicon.Guarded(RATIO_OF, ("ratio",))
RATIO_REACH = 40  # chars before the policy word
# chars from a numerator cue's start to the denominator's: the cue itself and "to" with up to three words (RATIO_TO)
RATIO_WINDOW = 200


def without_denominators(text: str, sentence, hits: list) -> list:
    """The sentence's cues without the company, market or other words that stand as the denominator of a policy figure's
    ratio ("get the ratio of debt payments to foreign exchange earnings down from 50 pct to 25 pct" measures debt payments;
    the earnings are the country's, not a company's figure, and "export earnings" are no metric of their own here)."""
    if all(h.entry["metric"] in _cuelexicon.SCORED for h in hits) or not any(h.entry["metric"] in _cuelexicon.SCORED for h in hits):
        return hits
    out = []
    starts = [h.start for h in hits]  # hits are in text order
    for k, h in enumerate(hits):
        # only cues that start near enough for "to" and three words to join them can be the ratio's numerator: a
        # sentence of thousands of words must not compare every pair of its cues
        near = bisect.bisect_left(starts, h.start - RATIO_WINDOW, 0, k)
        if h.entry["metric"] not in _cuelexicon.SCORED and h.entry["metric"] != "CARRY" and any(
                g.entry["metric"] in _cuelexicon.SCORED and g.end <= h.start
                and RATIO_TO.fullmatch(text, g.end, h.start)
                and RATIO_OF_SCAN.search(text, max(sentence.start, g.start - RATIO_REACH), g.start) for g in hits[near:k]):
            continue
        out.append(h)
    return out


# a duty word and its "on" before the goods it is levied on ("the tariff on steel and aluminium imports", "a 15% U.S. tariff
# on most of its exports"): the goods word names what the duty is charged on, no metric of its own (modern47)
TAXED_GOODS_BEFORE = regex.compile(r"\b(?:tariffs?|duty|duties|levy|levies|surcharges?)\s+on\s+(?:[\w.'’-]+\s+){0,5}$", regex.IGNORECASE)
TAXED_GOODS_REACH = 80  # chars before the goods word
GOODS_WORDS = frozenset({"imports", "exports"})


def without_taxed_goods(text: str, sentence, hits: list) -> list:
    """The sentence's cues without an "imports" or "exports" word that is the object of a duty's "on" (the tariff word
    before it stays the cue): "Trump has said he will double the tariff on steel and aluminium imports to 50%", "agreed to a
    15% U.S. tariff on most of its exports, after Trump had threatened 30%" are tariff rates, not trade figures."""
    if not any(h.entry["metric"] == "tariff_rate" for h in hits):
        return hits
    return [h for h in hits if not (h.entry["metric"] == "other" and text[h.start:h.end].lower() in GOODS_WORDS
                                    and TAXED_GOODS_BEFORE.search(text, max(sentence.start, h.start - TAXED_GOODS_REACH), h.start))]


@functools.lru_cache(maxsize=1)
def _utility_price_patterns():
    """The utility words and the trade words of utility_price_words.csv, each kind as one pattern."""
    from .lexicon import phrases_alternation

    rows = read_rows("utility_price_words.csv")
    return tuple(regex.compile(r"\b(?:" + phrases_alternation([r["word"] for r in rows if r["kind"] == kind]) + r")\b",
                               regex.IGNORECASE) for kind in ("utility", "trade"))


TARIFF_WORD = regex.compile(r"tariff", regex.IGNORECASE)
UTILITY_REACH = 40  # chars either side of the tariff word: "electricity and water tariffs", "tariffs for telephone calls"


def without_utility_tariffs(text: str, sentence, hits: list, opening: str) -> list:
    """The sentence's cues, a "tariff" word that is a utility's or carrier's price made a NONE cue (ANNOTATION: prices
    are not claims): no trade word of utility_price_words.csv in the sentence, and a utility word beside the tariff word ("the
    board raised electricity tariffs by 30 pct") or, when the article has no trade word at all, in its title or opening
    sentence (`opening`: a story about a power company whose "30 pct tariff increase" is its own price). "Tariffs on imported
    power plants" stays a duty."""
    tariffs = [h for h in hits if h.entry["metric"] == "tariff_rate" and TARIFF_WORD.match(text, h.start)]
    if not tariffs:
        return hits
    utility, trade = _utility_price_patterns()
    if trade.search(text, sentence.start, sentence.end):
        return hits
    article_wide = utility.search(opening) is not None and trade.search(text) is None
    drop = {id(h) for h in tariffs if article_wide or utility.search(
        text, max(sentence.start, h.start - UTILITY_REACH), min(sentence.end, h.end + UTILITY_REACH))}
    # a price word, as a company word is: its figure is ruled out, not left to a farther cue ("a State contribution")
    return [h._replace(entry={**h.entry, "metric": "NONE", "weight": "0"}) if id(h) in drop else h for h in hits] \
        if drop else hits


def specific_in_sentence(fig: dict, hits) -> bool:
    """Whether a figure's metric is named by a specific policy phrase of its sentence: its own cue, or the one a weak cue
    of the same metric repeats ("expects the February budget deficit to total 26-28 billion dlrs and the fiscal 1987
    deficit to be 190 billion dlrs")."""
    cue = fig["metric_cue"]
    if cue is None:
        return False
    if int(cue.entry.get("weight") or 0) == 0:
        return True
    return cue.entry["metric"] == fig["metric"] and any(
        h is not cue and h.entry["metric"] == fig["metric"] and int(h.entry.get("weight") or 0) == 0 for h in hits)


@functools.lru_cache(maxsize=1)
def _people_share_pattern():
    """ "of" + a group of people: the words of people_words.csv and the plural demonyms of the actors' countries."""
    from .lexicon import phrase_pattern

    words = [r["word"] for r in read_rows("people_words.csv")] + plural_demonyms()
    alternatives = "|".join(sorted({phrase_pattern(w) for w in words}, key=len, reverse=True))
    # "of Finns", "of all voters", "of Finnish households", "of the people surveyed", "of its adults"
    return regex.compile(rf"\s+of\s+(?:(?:the|all|those|its|their|[A-Z][a-z]+(?:ish|ian|an|ese|ch))\s+){{0,2}}(?:{alternatives})\b(?!['’])"
                         # an employer's staff: "3% of the bank's workforce", "13% of its workforce" (audit24: a job cut's share
                         # of a payroll, no spending cut; "10.9 pct of the workforce", a country's jobless rate, is left as it is)
                         r"|\s+of\s+(?:its|their|the\s+(?!(?:country|nation|state|economy|region|province|island)['’])[a-z]+['’]s)\s+"
                         r"(?:(?-i:[a-z]+)\s+)?(?:workforce|work\s+force|staff|payroll)\b")  # "6% of workers' wages" is a tax rate


@functools.lru_cache(maxsize=1)
def _people_after_pattern():
    """A group of people right after a demonym: "British people", "American consumers", "Finnish households"."""
    from .lexicon import phrase_pattern

    words = [r["word"] for r in read_rows("people_words.csv") if r["word"][:1].islower()]
    return regex.compile(r"\s+(?:" + "|".join(sorted({phrase_pattern(w) for w in words}, key=len, reverse=True)) + r")\b")


def people_of_state(text: str, demonym_end: int) -> bool:
    """Whether a demonym names a state's people rather than the state ("British people will spend 4 billion pounds
    on gifts online" is no state's spending)."""
    return _people_after_pattern().match(text, demonym_end) is not None


# how every _people_share_pattern match opens (the standard engine's \s takes in the regex module's): tested first, as
# the regex module looks for the big pattern's words through the rest of the article before it fails (~5 us a figure)
OF_NEXT = re.compile(r"\s+of\s")


def share_of_people(text: str, m: dict) -> bool:
    """A percent that is a share of a group of people ("36 percent of Finns plan to cut their spending"): a poll's
    count, not a policy figure, whatever spending or tax word its sentence holds."""
    return m.get("unit") == "percent" and OF_NEXT.match(text, m["char_end"]) is not None \
        and _people_share_pattern().match(text, m["char_end"]) is not None


# a sum a person pays in tax: "Kuusi paid more than 26 million euros in taxes to the Finnish state", "She paid 12 million
# euros in income tax" (the tax authority's yearly list of the top earners, machine-translated Finnish news): the person's
# own tax bill, no state's revenue (ANNOTATION.md: taxes paid by a company are no claim; a person's neither). The payer is
# "he", "she" or one capitalised name not ending in "s" ("Finns paid 30 billion euros in income taxes" is a state's intake)
TAX_AFTER = re.compile(r"\s+in\s+(?:\w+\s+){0,2}?tax(?:es)?\b", re.IGNORECASE)
PERSON_PAID_BEFORE = regex.compile(r"(?:\b(?i:he|she)|(?<![\w.'’-])[A-Z][a-z]+[a-rt-z])\s+(?:(?i:also|still|alone|only)\s+)?"
                                   r"(?i:paid|pays|has\s+paid|had\s+paid|will\s+pay)\s+(?i:(?:more\s+than|over|about|around|almost|"
                                   r"nearly|some|roughly|just\s+under|less\s+than|a\s+total\s+of)\s+)?$")


def personal_tax_sum(text: str, m: dict) -> bool:
    """A sum a person pays in tax ("Kuusi paid more than 26 million euros in taxes"): the person's bill, no policy figure."""
    return m.get("unit") == "currency" and "in" in text[m["char_end"]:m["char_end"] + 5] \
        and TAX_AFTER.match(text, m["char_end"]) is not None \
        and PERSON_PAID_BEFORE.search(text, max(0, m["char_start"] - 60), m["char_start"]) is not None


# what may stand between goods that are a sentence's subject and the figure their "cost" governs: up to twelve words with no
# end of a clause among them ("European shoes that used to cost 100 euros in the USA will probably cost"), then "cost" (or
# "sell for", "priced at") and an approximation
GOODS_COST_AFTER = (r"\b(?:(?:\s+(?!(?i:budget|programme|program|plan|scheme|package|bill|tariffs?|tax(?:es)?|duty|duties|levy|"
                    r"government|state)\b)[^\s.;:!?]+){0,12}?)\s+(?i:cost|costs|costing|sells?\s+for|sold\s+for|priced\s+at|"
                    r"retails?\s+(?:at|for))\s+(?i:(?:about|around|some|up\s+to|almost|nearly|over|more\s+than|less\s+than|only|"
                    r"just|roughly|at\s+least|an\s+extra|an\s+additional|as\s+much\s+as)\s+)*$")


@functools.lru_cache(maxsize=1)
def _goods_cost_pattern():
    """Goods as a subject (goods_words.csv; not right after a preposition, which makes them an object: "tariffs on cars"),
    then `GOODS_COST_AFTER`, ending at the figure."""
    from .lexicon import phrase_pattern

    words = [r["word"] for r in read_rows("goods_words.csv")]
    alternatives = "|".join(sorted({phrase_pattern(w) for w in words}, key=len, reverse=True))
    return regex.compile(r"(?<!\b(?i:on|of|for|from|against|to|into|in|at|by|with)\s+(?:(?:imported|foreign|[A-Z]\w+|the|all|"
                         r"some|most)\s+){0,2})(?i:" + alternatives + r")" + GOODS_COST_AFTER)


# the words of a price's verb as plain text (either case of their first letter): most figures have none before them
_PRICE_WORDS = ("cost", "Cost", "COST", "sell", "Sell", "sold", "Sold", "priced", "Priced", "retail", "Retail")
# the word a price's verb ends with, right before the figure: tested first, so most figures skip the goods pattern
COST_BEFORE = re.compile(r"\b(?:cost|costs|costing|sells?\s+for|sold\s+for|priced\s+at|retails?\s+(?:at|for))\s+(?:[a-z]+\s+){0,3}$",
                         re.IGNORECASE)


def goods_price(text: str, m: dict) -> bool:
    """A price of goods ("European shoes that used to cost 100 euros in the USA will probably cost 120 euros", "some
    products cost 50-60% more here than they do in the US", "A pair of trainers now costs about 95 dollars"): the goods
    (goods_words.csv) are the subject of "cost" right before the figure, within the figure's sentence. A price is no
    policy figure (ANNOTATION: prices are not claims), whatever tariff or tax the sentence names as its cause."""
    start = m["char_start"]
    before = text[max(0, start - 40):start]
    if not any(w in before for w in _PRICE_WORDS) or COST_BEFORE.search(before) is None:
        return False
    return _goods_cost_pattern().search(text, max(0, start - 160), start) is not None


# a home's value, right before the figure: "a council tax surcharge on homes worth more than 2 million pounds", "a tax on
# properties valued at over 1.3 million euros" (modern47)
PROPERTY_VALUE_BEFORE = re.compile(r"\b(?:homes?|houses?|properties|property|flats?|apartments?|mansions?|residences?|real\s+estate)\s+"
                                   r"(?:(?:that\s+are|which\s+are|are|is)\s+)?(?:worth|valued\s+at)\s+"
                                   r"(?:(?:more\s+than|over|above|at\s+least|less\s+than|under|below|up\s+to|about|around)\s+)?$",
                                   re.IGNORECASE)


def property_value(text: str, m: dict) -> bool:
    """A home's or property's value ("on homes worth more than 2 million pounds"): a price, no policy figure (ANNOTATION:
    prices are not claims), whatever tax its sentence says is charged above it."""
    start = m["char_start"]
    before = text[max(0, start - 60):start]
    return ("worth" in before or "valued" in before) and PROPERTY_VALUE_BEFORE.search(before) is not None


# goods as a subject (or after "for"), then "worth"/"valued at" right before the figure: "For European shoes worth 100 euros,
# the surcharge is 20 euros", "A German car worth 50,000 dollars now faces a duty of" (audit26b); not goods a tariff, a duty
# or sanctions fall on ("tariffs on Japanese products worth 300 mln dlrs": ANNOTATION corpus41, the tariffs' sum)
GOODS_WORTH_AFTER = (r"\s+(?:(?i:that|which)\s+(?i:are|is|were|was)\s+|(?i:are|is)\s+)?(?i:worth|valued\s+at)\s+"
                     r"(?i:(?:about|around|some|roughly|nearly|almost|up\s+to|more\s+than|over|less\s+than|under|just)\s+)?$")


@functools.lru_cache(maxsize=1)
def _goods_worth_pattern():
    """Goods (goods_words.csv) not after a preposition a tariff or sanction takes, then `GOODS_WORTH_AFTER` at the figure."""
    from .lexicon import phrase_pattern

    words = [r["word"] for r in read_rows("goods_words.csv")]
    alternatives = "|".join(sorted({phrase_pattern(w) for w in words}, key=len, reverse=True))
    return regex.compile(r"(?<!\b(?i:on|of|against|over|covering|covers|cover|affecting|affects|affect|hitting|hits|hit|"
                         r"targeting|targets|imports|exports)\s+(?:(?:imported|foreign|[A-Z][\w.]*|the|all|some|most|certain|"
                         r"such|other|[\w-]+ed|[\w-]+made)\s+){0,3})\b(?i:" + alternatives + r")" + GOODS_WORTH_AFTER)


def goods_value(text: str, m: dict) -> bool:
    """The value of goods a sentence prices ("For European shoes worth 100 euros, the surcharge is 20 euros", "A German car
    worth 50,000 dollars now faces a US import duty of 12,500 dollars"): the goods (goods_words.csv) are the subject or a
    "for" phrase right before "worth" or "valued at" and the figure; a price, no policy figure (ANNOTATION: prices are not
    claims), whatever tariff the sentence then charges on them. Goods a tariff or sanction is "on" keep their sum
    (ANNOTATION corpus41: "tariffs on 300 mln dlrs worth of" goods told as the tariffs' size)."""
    if m.get("unit") != "currency":
        return False
    start = m["char_start"]
    before = text[max(0, start - 40):start]
    if "worth" not in before and "valued" not in before and "Worth" not in before:
        return False
    return _goods_worth_pattern().search(text, max(0, start - 120), start) is not None


# every regex pattern above runs as its standard-re twin on ASCII text (lexicon.AsciiTwin: the same matches, less CPU)
from .lexicon import ascii_twins as _ascii_twins  # noqa: E402  (after the patterns it replaces)

_ascii_twins(globals())
