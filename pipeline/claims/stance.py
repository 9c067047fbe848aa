"""The actor's stance toward a figure (claim_type), from the cues of ``stance_cues.csv``.

Precedence by syntactic proximity to the figure:
1. a cue qualifying the figure itself: a participle right before it ("a previously suggested 3%"),
   a noun or participle right after it ("the 2% standard", "the 50 billion surplus forecast by") or
   heading an "of" phrase holding it ("the official forecast of 3.5 billion");
2. else the cues governing it from before, in its clause: the highest priority wins, so an outer
   "demands that allies commit 5%" is a demand (ties go to the nearest);
3. else the verbs after it in its clause ("3% of GDP, the ministry forecast");
4. else `actual`; so is a figure stated as a possession ("its 109 billion dlr debt", "Australia's
   80 billion dlr foreign debt"): a level described, not the stance's object.
"""
from __future__ import annotations

import functools
from typing import NamedTuple

import regex

from . import ownacts as _ownacts
from .lexicon import (PUNCTUATION_BREAK, CueSet, Guarded, Hit, LastSeen, Prefiltered, caseless, claim_sentence_end,
                      count_words, cues, phrases_alternation, read_rows, span_around, words_alternation)

# a new clause: ", and finance ministry officials have been looking for ..." (a determiner or noun phrase and a finite
# verb after ", and"), or the next item of a bulleted list
# (", noting a repeat of last year's budget would only bring the deficit to 4.3 billion": a participle reporting what the
# speaker also says opens a clause of its own, like "saying")
# (". " ends no clause after a lone capital, the last letter of an initialism or an initial: "urged U.S. lawmakers to lift
# spending to 5%", "pressed the U.K. to raise", "Tore O. Sandvik": the segmenter keeps these inside the sentence)
# (lexicon.py lists the clause breaks side by side: this is the widest, each alternative a construction where another
# clause's stance cue must not govern the figure, said at it; it differs from cuescope's, whose metric words do reach
# across "which" and "however", and from ownacts' and typemodel's, each written for its own step)
CLAUSE_BREAK = regex.compile(r";|\s(?:but|while|whereas|although|however)\s|(?<![\s.(][A-Z])(?<!^[A-Z])\.\s|,\s+(?:which|who|whose|saying|adding|insisting|arguing|noting)\s"
                             r"|,\s+and\s+(?-i:(?=[A-Z]))"
                             # "Congress has rejected it, with the budget office saying the deficit should be 134 billion":
                             # a speaker's own report after "with" is a clause of its own
                             r"|,\s+with\s+(?=(?:[\w.'’-]+\s+){1,6}?(?:saying|adding|arguing|insisting|estimating|predicting|forecasting|projecting|expecting)\s)"
                             r"|,\s+and\s+(?=(?:the\s+|its\s+|their\s+|his\s+|her\s+)?(?:[a-z]+\s+){0,3}?(?:has|have|had|is|are|was|were|will|would)\s)"
                             # "France has not met the EU's 3% deficit limit since 2019, and its deficit reached 5.8% of GDP": a
                             # possessive subject with its own past verb (the first clause's rule no longer governs)
                             r"|,\s+and\s+(?=(?:its|their)\s+(?:[a-z]+\s+){1,3}?(?-i:[a-z]{2,}ed|rose|fell|grew|stood|hit|ran|came)\s)"
                             # "The rule's anchor keeps net debt at 55% of GDP, and the Autonomous Committee for the Fiscal Rule, the
                             # independent watchdog, said the government should cut the deficit to 5%": a speaker's own report
                             r"|,\s+and\s+(?=the\s+(?:[\w'’.-]+,?\s+){1,12}?(?-i:said|says|told|warned|urged|argued)\s)"
                             # "which had faced a 27.5% levy, and called the deal the best the bloc could get": a second
                             # predicate of the same subject, its verbs are not the first one's
                             r"|,\s+and\s+(?=(?:then\s+|also\s+|later\s+)?(?-i:[a-z]{2,}ed|said|told)\s)"
                             # "Italy fell short of the 2% target, spending 1.49% of GDP": a participle stating a level
                             r"|,\s+(?=(?:spending|totalling|totaling)\s)"
                             r"|\n\s*[-•*]\s|\s(?=which\s)"
                             # "raised its contribution to 190 mln from 86 mln and the Netherlands raised its figure to 232 mln":
                             # after a figure, "and" with a named subject and its own past verb starts the next clause
                             # (the lookahead first: the variable-length look-behind tried at every character cost
                             # two thirds of the clause scan)
                             r"|(?=\s+and\s)(?<=\d[\w.%]*(?:\s+[a-z]+){0,2})\s+and\s+(?=(?:the\s+)?(?-i:[A-Z])\w+(?:\s+(?-i:[A-Z])\w+)?\s+(?-i:[a-z]+ed)\s)"
                             # "said the deficit fell to 2.7 pct in 1986 and that this should fall to 1.5 pct": a second
                             # reported clause, its modal is not the first one's
                             r"|\s+and\s+that\s+(?=(?:this|it|these|they|the|its|their|he|she|we|[a-z]+\s+(?:would|will|should|could|must|is|was))\b)"
                             # "cuts of up to 50 pct were made last year and Wang said further cuts would go deeper": a
                             # named speaker's own report after "and" (not "France and Germany said": a lower-case word before)
                             r"|(?<=(?-i:[a-z]{2}))\s+and\s+(?=(?-i:[A-Z])\w+(?:\s+(?-i:[A-Z])\w+){0,2}\s+(?-i:said|says|told|added|warned|argued)\s)"
                             # "northern governors rejected the increase and the Senate has proposed keeping the rate at 7.5%": a
                             # named body with its own finite verb after a lower-case word and "and" starts the next clause
                             r"|(?<=\s(?-i:[a-z]{2,}))\s+and\s+(?=the\s+(?-i:[A-Z])\w+(?:\s+(?-i:[A-Z])\w+){0,2}\s+"
                             r"(?:(?:has|have|had)\s+(?:\w+ly\s+)?(?-i:[a-z]+(?:ed|en))|will|would)\s)"
                             # "urged Abuja to raise revenue to 18% ... and warned that public debt, at roughly 52%, could keep
                             # rising": a second reporting verb of the subject with its own "that" clause
                             r"|\s+and\s+(?=(?:also\s+)?(?-i:warned|said|added|noted|cautioned|argued|stressed)\s+that\s)"
                             # "feared computers would flood EC markets after Washington imposed 100 pct tariffs last April": a
                             # time clause with a named subject and its own past verb is a clause of its own, the main clause's
                             # modal or belief does not reach into it (audit24)
                             r"|\s(?=(?:after|since|when|once|until|before)\s+(?:the\s+)?(?:(?-i:[A-Z])[\w.]*(?:\s+(?-i:[A-Z])[\w.]*){0,2}"
                             r"|government|administration|cabinet)\s+(?:had\s+|has\s+|have\s+)?(?-i:[a-z]{2,}ed|set|cut|put|hit|rose|fell|grew)\s)"
                             # "Japan has failed to live up to its agreement with the U.S. and there was little that could be
                             # done to avert the 300 mln dlrs in tariffs": an existential clause has no subject or stance of the
                             # clause before it
                             r"|,?\s+and\s+(?=there\s+(?:is|was|are|were|will\s+be|would\s+be|could\s+be|may\s+be|might\s+be|"
                             r"has\s+been|have\s+been|had\s+been|remains?|remained|seems?|seemed)\s)",
                             regex.IGNORECASE)
# Where a CLAUSE_BREAK match can start: ";", a line break before a bullet, ". ", a comma before a word that may open a
# clause, or a space before "but", "while", "whereas", "which", "although", "however" or "and" (a new alternative must
# be covered here too: tests/claims/test_prefiltered.py); its scan tries only those places
CLAUSE_SCAN = Prefiltered(CLAUSE_BREAK, r";|\n(?=\s*[-•*])|\.\s|,\s+(?=[wWsS\u017faAiI\u0130nNtT])|\s(?=\s*(?:"
                          + "|".join(caseless(w) for w in ("but", "while", "whereas", "which", "although", "however", "and",
                                                            "after", "since", "when", "once", "until", "before"))
                          + r")\s)")
# also a state named by a common noun or the past year: "the country's 19 billion dlr foreign debt", "over last year's 5.8
# billion" (not "next year's 50 billion budget": a plan); a region's too ("repay the region's 360 billion dollar foreign
# debt": the level described, as POSSESSED_OF's "the region's")
POSSESSED = regex.compile(r"(?:\b(?:its|their|his|her)|[A-Z][\w.]*(?:\s+[A-Z]\w*)*['’]s"
                          r"|\b(?i:the\s+(?:country|nation|state|kingdom|republic|island|region|continent)|last\s+year)['’]s)"
                          r"\s+(?:(?:total|current|existing|estimated|record|outstanding|entire)\s+)?$")
# (searched only where the window holds a possessive: "its", "their", "his", "her" or "'s")
POSSESSED_SCAN = Guarded(POSSESSED, ("its", "their", "his", "her", "'s", "’s"))
# a standing level named by its owner's noun and then stated with "of" or "at": "its total foreign debt of 23 billion dlrs",
# "the Philippines' total foreign debt of 27.8 billion", "the country's current account deficit of 1.2 billion": the same
# possession as "its 23 billion dlr foreign debt", whatever verb the sentence builds around it (a verb's stance is about
# another act: "calls for South Africa to continue paying all interest on its total foreign debt of 23 billion dlrs")
POSSESSED_OF = regex.compile(r"(?:\b(?:its|their|his|her)|[A-Z][\w.]*(?:\s+[A-Z]\w*)*(?:['’]s|s['’])"
                             r"|\b(?i:the\s+(?:country|nation|state|kingdom|republic|island|region|continent))['’]s)"
                             r"\s+(?:(?!(?i:to|of|in|for|by|and|or|from|on|with|than|the|a|an|its)\s)[\w-]+\s+){0,3}?(?i:debts?|deficit|surplus|balance)"
                             r"\s+(?i:of|at|totall?ing|amounting\s+to|standing\s+at)\s+"
                             r"(?i:(?:about|around|roughly|some|nearly|almost|over|more\s+than|just\s+over|an\s+estimated)\s+)?$")
POSSESSED_OF_SCAN = Guarded(POSSESSED_OF, ("its", "their", "his", "her", "'s", "’s", "s'", "s’"))
# "from about 2.3% today": the level a change starts from is reported, not the stance's object
# (also through the level's noun: "reduce the debt service ratio from the current level of 49 pct to 25 pct")
# (not the low end of a range: "forecasts range from 20 billion dlrs to nearly 30 billion")
FROM_BEFORE = regex.compile(r"\b(?:up\s+|down\s+)?(?<!\b(?:range|ranges|ranged|ranging|vary|varies|varied|varying|anywhere|far|way)\s+)from\s+(?:(?:about|around|roughly|some|nearly|almost|just|over|under|a|the|its|current|present)\s+){0,3}"
                            r"(?:(?:level|rate|figure|(?:(?!(?:to|by|in|on|for|and|or|than)\s)[\w'’-]+\s+){0,3}?(?:budget|package|deficit|surplus|debt|allocation|"
                            r"total|ceiling|target|level|rate|figure)s?)\s+of\s+(?:(?:about|around|roughly|some|nearly|almost|just|over|under)\s+)?)?$",
                            regex.IGNORECASE)
FROM_BEFORE_SCAN = Guarded(FROM_BEFORE, ("from",))  # (searched only where a "from" stands)
# what may stand between a qualifying participle and its figure: articles, possessives, adverbs
ATTR_PRE_GAP = regex.compile(r"\s*(?:(?:a|an|the|its|their|his|her|our|this|that|\w+ly|earlier|initial|original|new|revised|official)\s+){0,3}",
                             regex.IGNORECASE)
# between a figure and the noun qualifying it: modifiers ("the 3% deficit ceiling", "the 3.5% core defence spending
# target"), not a new phrase ("1% before the plan")
ATTR_POST_GAP = regex.compile(r"\s*(?:(?!(?:before|after|below|above|in|from|to|than|by|for|with|on|at|the|a|an|its|their|and|or|but|as|of)\s)[\w'’-]+\s+){0,3}",
                              regex.IGNORECASE)
# a subject pronoun right before a cue after the figure: the cue is a verb there, never a noun qualifying the figure ("the
# 20 billion dlrs he estimates is needed": a relative clause, its verb "estimates", not the noun)
PRONOUN_BEFORE = regex.compile(r"\b(?:he|she|it|they|we|you|i)\s+$", regex.IGNORECASE)
# a verb cue in a past form ("announced", "unveiled", "agreed"), which may be a participle
PAST_PARTICIPLE = regex.compile(r"\w+ed", regex.IGNORECASE)
# the figure's noun right after it, one to three words with no clause or preposition word ("dlr package ", "yen budget ")
NOUN_AFTER_FIGURE = regex.compile(r"\s+(?:(?!(?:is|are|was|were|be|been|has|have|had|will|would|and|or|but|that|which|who|it|they|a|an|the|from|to|"
                                  r"by|at|for|with|than|on|in|of|as|last|this|next)\s)[\w'’-]+\s+){1,3}", regex.IGNORECASE)
# an object or complement after a finite verb: a determiner, a figure or "to"/"that" ("announced plans", "agreed to")
OBJECT_AFTER = regex.compile(r"\s+(?:a|an|the|its|their|his|her|plans?|that|to|\d|[$£€¥])", regex.IGNORECASE)
# between a figure and a participle qualifying its noun phrase: "of" or "in" and up to three words of the noun ("of tax
# cuts", "in new aid"), no verb, clause word, article, preposition or number among them ("of revenue were pledged" has its
# own verb; "4.7% of GDP in 2026 from an expected 5.4%" qualifies the next figure)
NOUN_PHRASE_POST_GAP = regex.compile(r"\s+(?:of|in)\s+(?:(?!(?:is|are|was|were|be|been|being|has|have|had|will|would|and|or|but|that|which|who|it|they|"
                                     r"a|an|the|from|to|by|at|for|with|than|on|in|of|as)\s|\d)[\w'’-]+\s+){1,3}", regex.IGNORECASE)
# "the forecast 1987 deficit of 129 billion", "a target for this year of 3%": a cue heading an "of" phrase
# also through a gerund: "a goal of spending 2%", "a pledge of raising defence spending to 3%"
ATTR_OF_GAP = regex.compile(r"\s+(?:[\w'’-]+\s+){0,4}(?:of|at)\s+(?:\w+ing\s+(?:(?!to\s|at\s)[\w'’-]+\s+){0,3}?(?:to\s+|at\s+)?)?"
                            r"(?:(?:about|around|some|nearly|almost|roughly|just|only|at\s+least)\s+)?",
                            regex.IGNORECASE)


# "Trump has floated 5%": a participle after has/have/had is the verb of its clause, not a qualifier
PERFECT = regex.compile(r"\b(?:has|have|had)\s+(?:\w+ly\s+|also\s+|already\s+|not\s+)?$", regex.IGNORECASE)


COPULA_TO_NOUN = regex.compile(r"\s+(?:[\w'’-]+\s+){0,5}?(?:is|are|was|were|has\s+been|have\s+been|had\s+been|remains|remained|became)\s+"
                            r"(?:(?:the|a|an|its|their|his|her|our|[\w.]+['’]s|\w+ly|stated|official|declared|main|new|long-standing)\s+){0,3}",
                            regex.IGNORECASE)
BY_AGENT_AFTER = regex.compile(r"\s+by\s+(?:the\s+)?[A-Z]")
# "the copper boom has allowed the government to collect $950m in taxes": "allowed" in the active voice with an object and
# "to" + a verb after it tells what a cause let that party do (an outcome), not a rule's allowance ("deficits allowed
# under the pact", "governments are allowed to run deficits of 3%": the participle or the passive keep their benchmark)
CAUSAL_ALLOWED = regex.compile(r"allowed\s+(?!to\b|under\b|by\b|for\b|in\b)(?:(?:the|a|an|its|their|his|her|our)\s+)?"
                               r"[\w.'’-]+(?:\s+[\w.'’-]+){0,2}?\s+to\s+(?!(?:be|about|around|some|up|no|not|as|a|an|the|[\d$£€¥])\b)[a-z]+\b",
                               regex.IGNORECASE)
BE_BEFORE = regex.compile(r"\b(?:be|been|being|is|are|was|were|am|get|gets|got)\s+(?:\w+ly\s+|not\s+|also\s+)?$", regex.IGNORECASE)


CAUSAL_ALLOWED_REACH = 120  # characters before the figure searched for "allowed"
# the infinitive's own words up to the figure: no new clause, and no ceiling ("has allowed countries to spend up to 1.5% of
# GDP more": what a rule lets them reach is its limit)
CAUSAL_OBJECT_GAP = regex.compile(r"(?:(?!up\s+to\b|no\s+more\b|not\s+more\b|at\s+most\b|as\s+much\s+as\b|a\s+maximum\b|"
                                  r"maximum\b|under\b|below\b|within\b)[^,;:()]){0,60}", regex.IGNORECASE)


def causal_allowance_stands(text: str, claim: dict, new: str, s0: int) -> bool:
    """Whether the rules' actual of a figure that a cause "allowed" someone to reach ("the boom has allowed the government
    to collect $950m in taxes") stands against the model's other type: the words of the outcome (a past cause and the
    infinitive's object) outrank the model's reading of "allowed" as a plan or a limit."""
    if claim.get("claim_type") != "actual" or new == "actual":
        return False
    start = claim["char_start"]
    k = text.rfind("allowed", max(s0, start - CAUSAL_ALLOWED_REACH), start)
    return k >= 0 and _causal_allowance_at(text, k, start, s0)


def _causal_allowance_at(text: str, k: int, fig_start: int, lo: int) -> bool:
    """Whether "allowed" at k is active (no "be" form right before it, read from `lo` on), with an object and "to" + a
    verb after it, the words from there to the figure its infinitive's own (CAUSAL_ALLOWED, CAUSAL_OBJECT_GAP)."""
    if BE_BEFORE.search(text, max(lo, k - 24), k) is not None:
        return False
    m = CAUSAL_ALLOWED.match(text, k)
    return m is not None and m.end() <= fig_start and CAUSAL_OBJECT_GAP.fullmatch(text, m.end(), fig_start) is not None


def _causal_allowance(text: str, hit: Hit, fig_start: int) -> bool:
    """Whether a benchmark cue "allowed" is an active verb with an object and "to" + a verb after it, the figure that
    verb's object: a cause that let the object reach the figure ("higher prices allowed the state to collect ..."),
    which sets no limit."""
    return hit.entry["claim_type"] == "benchmark" and _causal_allowance_at(text, hit.start, fig_start, 0)


class Stance(NamedTuple):
    claim_type: str
    cue: Hit | None
    how: str  # attributive / governing / following / default


def stance_cues() -> CueSet:
    return cues("stance_cues.csv")


# Characters a clause may reach on either side of its figure, at least. Prose clauses stay far below it
# (the development corpora's reach at most 435 before and 319 after); a run of thousands of figures with
# no break is a table or junk glued into one "sentence", where every scan of a figure's clause (stance,
# modality, deadline, ...) would cost the whole run for each figure: quadratic. The cut falls on a
# multiple of CLAUSE_STEP, so the figures of one stretch share a clause and the scans cached for it.
CLAUSE_REACH = 2000
CLAUSE_STEP = 500


# a non-restrictive relative clause between a subject and its verb: ", which ... , include"
RELATIVE_OPEN = regex.compile(r",\s+which\s$", regex.IGNORECASE)
# "limit foreign borrowing, which would come from banks, to 50 pct": a comma closing the relative clause before the
# figure, which continues the main clause (not an aside: "which, analysts said, ...")
ASIDE_AFTER_COMMA = regex.compile(r",\s+(?:analysts?|officials?|economists?|he|she|they|it)\s+(?:said|say|says)\b", regex.IGNORECASE)


def _relative_closed(text: str, start: int, fig_start: int) -> bool:
    """Whether a comma closes the relative clause opening at `start` before the figure (one scan, no backtracking)."""
    comma = text.find(",", start + 3, fig_start)
    return comma != -1 and not ASIDE_AFTER_COMMA.match(text, comma) and not _list_goes_on(text, start, fig_start)


# a relative clause listing parts ("measures, which include a rise in petrol prices of up to 80 pct, budget cuts of up to 10
# pct and a hiring freeze"): its commas part the items, so a figure after one is still an item of the list, not the main
# clause's (the demand to suspend the measures is not a demand for the cuts); a comma followed by an auxiliary, a modal, a
# past form or an infinitive before the figure ends the list ("which include a hiring freeze, would cut spending by 10 pct",
# "which includes a hiring freeze, and to cut its deficit to 4 pct"), and so does one followed by a preposition (MAIN_GOES_ON)
LISTING_RELATIVE = regex.compile(r"\s*(?:includes?|included|comprises?|comprised|contains?|contained)\s", regex.IGNORECASE)
VERB_SIGNAL = regex.compile(r"\b(?:will|would|is|are|was|were|has|have|had|can|could|may|might|must|should|shall|"
                            r"does|do|did|\w+ed)\b|(?<!\bup\s)\bto\s+(?!(?:about|around|some|nearly|almost|roughly|over|under|more|less|"
                            r"just|only|an?|the)\b)[a-z]+\b", regex.IGNORECASE)  # ("and to cut its deficit to 4 pct")


def _list_goes_on(text: str, start: int, fig_start: int) -> bool:
    """Whether the relative clause opening at `start` lists parts and the figure is one of its items (no verb between the
    last comma and the figure)."""
    if LISTING_RELATIVE.match(text, start) is None:
        return False
    last = text.rfind(",", start, fig_start)
    return ";" not in text[start:fig_start] and VERB_SIGNAL.search(text, last, fig_start) is None \
        and MAIN_GOES_ON.match(text, last + 1) is None


# a preposition after the comma takes the main clause up again ("raise defence spending, which includes pensions, to 2 pct
# of GDP"): no list item opens with one
MAIN_GOES_ON = regex.compile(r"\s*(?:to|by|at|from|for|in|on|over|under|of|with|than|between)\b", regex.IGNORECASE)

# an effort toward a figure ("trying to cut", "attempts to bring": stance_cues.csv), which governs only what follows it
EFFORT_VERB = regex.compile(r"(?:try|tries|tried|trying|attempt|attempts|attempted|attempting|struggle|struggles|struggled|struggling|"
                            r"work|works|worked|working)\s+to\s", regex.IGNORECASE)
SCOPE_LIMIT = regex.compile(r"(?:limited|restricted|confined)\s+to\s+(?![\d$£€¥]|(?:about|around|some|roughly|up\s+to|no\s+more\s+than|"
                           r"not\s+more\s+than|at\s+most|just|only|less\s+than|under|a|an|one|two|three|four|five|six|seven|eight|"
                           r"nine|ten|twelve|twenty|fifty|half|that|this|those|these|its|their|the\s+same|the\s+level|the\s+rate)\b)", regex.IGNORECASE)
# a concession phrase opening a clause and closed by a comma: "Despite the government's pledge to cut spending, ..."
CONCESSION_LEAD = regex.compile(r"\s*(?:despite|in\s+spite\s+of|notwithstanding)\s[^,;]*,", regex.IGNORECASE)
INSIDE_RELATIVE = regex.compile(r",\s+(?:which|whose|who)\s$", regex.IGNORECASE)
# a cause or concession clause opening the sentence ("Because the fiscal deficit has been cut to four pct of GDP, money
# supply could grow", "Although the deficit fell to 2 pct, the minister warned it would rise"): a figure in it ends its
# clause at the comma closing it; the main clause's modal or verb after that comma is not the figure's
# ("since" is left out: "Since January the deficit has grown to 5 billion, the ministry estimated" opens with a time)
FRONTED_CAUSE = regex.compile(r"\s*(?:[\"“]\s*)?(?:because|although|though|now\s+that|given\s+that)\s[^,;]*$", regex.IGNORECASE)
RELATIVE_CLOSE = regex.compile(r",\s+(?-i:is|are|was|were|has|have|had|include|includes|included|will|would|remains|remained)\s")


_CLAUSES = LastSeen()  # {(sentence, figure): clause_bounds} of the last text seen


def clause_bounds(text: str, sent_start: int, sent_end: int, fig_start: int, fig_end: int) -> tuple[int, int]:
    """The clause of a figure: the sentence cut at semicolons and contrastive conjunctions (and some
    CLAUSE_REACH characters from the figure). Kept for the last text seen: later steps ask again for the same figure
    (Reuters: 12,414 calls, 8,580 distinct)."""
    answers = _CLAUSES.answers(text)
    key = (sent_start, sent_end, fig_start, fig_end)
    found = answers.get(key)
    if found is None:
        found = answers[key] = _clause_bounds(text, sent_start, sent_end, fig_start, fig_end)
    return found


def claim_clause(text: str, claim: dict, sentence_start: int) -> tuple[int, int] | None:
    """The clause of a claim the type model would re-type (clause_bounds in the sentence the claim carries, which starts
    at `sentence_start`), or None when that sentence does not hold the claim's figure: the model's stands ask it of the
    claims of one text, each with its own sentence start."""
    start, end = claim["char_start"], claim["char_end"]
    hi = min(len(text), claim_sentence_end(claim, sentence_start))
    if not (sentence_start <= start <= end <= hi):
        return None
    return clause_bounds(text, sentence_start, hi, start, end)


def _clause_bounds(text: str, sent_start: int, sent_end: int, fig_start: int, fig_end: int) -> tuple[int, int]:
    start, end = span_around(CLAUSE_SCAN, text, sent_start, sent_end, fig_start, fig_end)
    opened = RELATIVE_OPEN.search(text, max(sent_start, start - 12), start)
    if opened is not None and (RELATIVE_CLOSE.search(text, start, fig_start) or _relative_closed(text, start, fig_start)):
        # "The proposals, which would simplify the tax system, include a cut ... to 20 pct": the figure stands in the main
        # clause the relative one interrupts, whose subject comes before "which"
        start = span_around(CLAUSE_SCAN, text, sent_start, sent_end, opened.start(), opened.start())[0]
    elif INSIDE_RELATIVE.search(text, max(sent_start, start - 12), start) and "," not in text[start:fig_start]:
        # "Hungary, whose deficit the Commission put at 4.9% of GDP for last year, rejected a call ...": a figure inside a
        # relative clause belongs to that clause up to the comma closing it, not to the main clause's verb after it
        comma = text.find(",", fig_end, end)
        if comma != -1 and not ASIDE_AFTER_COMMA.match(text, comma):
            end = comma
    if start == sent_start and text[sent_start:sent_start + 12].lstrip(" \n\t\"“")[:1] in "BbAaTtNnGg" \
            and FRONTED_CAUSE.match(text, sent_start, fig_start):
        comma = text.find(",", fig_end, end)
        if comma != -1:
            end = comma
    lead = CONCESSION_LEAD.match(text, start, fig_start)
    if lead is not None:
        # "Despite Reagan's promise to balance the budget by 1983, critics note that ... debt is estimated over one
        # trillion dlrs": a concession phrase closed before the figure is no part of the figure's clause
        start = lead.end()
    reach_start = (fig_start - CLAUSE_REACH) // CLAUSE_STEP * CLAUSE_STEP
    reach_end = -(-(fig_end + CLAUSE_REACH) // CLAUSE_STEP) * CLAUSE_STEP  # rounded up
    return max(start, reach_start), min(end, reach_end)


def priority(hit: Hit) -> int:
    return int(hit.entry.get("priority") or 0)


def governing(text: str, clause: tuple[int, int], pos: int, hits: list[Hit]) -> Hit | None:
    """The highest-priority cue before `pos` in the clause (ties: the nearest)."""
    before = [h for h in hits if clause[0] <= h.start and h.end <= pos]
    return max(reversed(before), key=priority) if before else None


def stance_of(text: str, clause: tuple[int, int], fig_start: int, fig_end: int, hits: list[Hit]) -> Stance:
    """The claim_type of the figure at [fig_start, fig_end) given the stance cues of its sentence."""
    c_start, c_end = clause
    before = [h for h in hits if c_start <= h.start and h.end <= fig_start]
    after = [h for h in hits if h.start >= fig_end and h.end <= c_end]
    # "a tax of 40 pct limited to highly prospective offshore areas": a limiting participle whose "to" takes a place, a
    # group or a use says where the figure applies, not a limit on it (the limit's own figure follows "to")
    after = [h for h in after if not SCOPE_LIMIT.match(text, h.start)]
    # 1. qualifying cues
    for h in reversed(before):
        if h.entry["pos"] == "A" and ATTR_PRE_GAP.fullmatch(text, h.end, fig_start) \
                and not PERFECT.search(text, max(c_start, h.start - 30), h.start):
            return Stance(h.entry["claim_type"], h, "attributive")
        if h.entry["pos"] in "AN" and ATTR_OF_GAP.fullmatch(text, h.end, fig_start):
            return Stance(h.entry["claim_type"], h, "attributive")
        break
    for h in after:
        if h.entry["pos"] in "AN" and ATTR_POST_GAP.fullmatch(text, fig_end, h.start) \
                and not (h.entry["pos"] == "N" and PRONOUN_BEFORE.search(text, max(fig_end, h.start - 8), h.start)):
            return Stance(h.entry["claim_type"], h, "attributive")
        if h.entry["pos"] == "V" and h.entry["claim_type"] == "demand" and REPORTED_RELATIVE.fullmatch(text, fig_end, h.start):
            # "the 5% that Donald Trump said this month all NATO members should spend": a relative clause whose named
            # subject says what another should or must spend is that speaker's demand on the modal's subject, as "Trump
            # said NATO members should spend 5%" is (actors.assign_roles: the modal's subject owes it, the speaker asks it)
            return Stance("demand", h, "governing")
        if h.entry["pos"] in "VA" and h.entry["claim_type"] in RELATIVE_TYPES and ZERO_RELATIVE.fullmatch(text, fig_end, h.start):
            # "not the 3.5% the alliance wanted", "short of the 3.5% Washington has urged": a relative clause with no
            # pronoun, its subject right after the figure, says whose stance the figure is
            return Stance(h.entry["claim_type"], h, "attributive")
        if h.entry["pos"] == "V" and h.entry["claim_type"] in RELATIVE_TYPES and PAST_PARTICIPLE.fullmatch(text, h.start, h.end) \
                and NOUN_AFTER_FIGURE.fullmatch(text, fig_end, h.start) and not OBJECT_AFTER.match(text, h.end):
            # "the 6,000 billion yen package announced last month": a past form right after the figure's noun is a
            # participle qualifying it (a finite verb would take an object: "the 5 billion dlr fund announced plans to ...");
            # as a verb after the figure, so a level it moves from stays one ("revised to 25.8 billion from the 25.4 billion
            # franc figure announced last month")
            return Stance(h.entry["claim_type"], h, "following")
        if h.entry["pos"] == "A" and h.entry["claim_type"] in RELATIVE_TYPES and NOUN_PHRASE_POST_GAP.fullmatch(text, fig_end, h.start):
            # "1,000 billion yen of tax cuts promised in the package", "44 billion marks in tax cuts planned by 1990": a
            # participle after the figure's noun phrase qualifies it (a relative clause with no pronoun or verb "to be")
            return Stance(h.entry["claim_type"], h, "attributive")
        break
    # 2. governing cues before the figure; a participle with its agent ("legislation approved by Congress in
    # September, the budget office predicted ...") qualifies a noun of its own, it governs nothing after
    governors = [h for h in before if not (h.entry["pos"] == "A" and BY_AGENT_AFTER.match(text, h.end))] or before
    governors = [h for h in governors if not _causal_allowance(text, h, fig_start)]
    # "against a forecast 102 mln and the 1985 deficit of 696 mln": a participle qualifying another figure is that one's
    # (not a conversion in brackets: "earmarked 100 trillion won ($96bn)" earmarks both)
    governors = [h for h in governors if not (h.entry["pos"] == "A" and _qualifies_other_figure(text, h.end, fig_start)
                                              and "(" not in text[h.end:fig_start])]
    # "if Congress approves 36 billion dlrs in reductions, the deficit would be 134 billion": the verb of a condition
    # (or another subordinate clause) closed before the figure governs that clause's own object only
    governors = [h for h in governors if not _in_closed_condition(text, c_start, h, fig_start)]
        # "drew up the guidelines of an economic package including a supplementary budget of 5,000 billion yen": a rule noun
    # heading an "of" phrase of its own names a document, not the limit of a figure further off
    governors = [h for h in governors if not (h.entry["pos"] == "N" and h.entry["claim_type"] == "benchmark"
                                             and RULE_NOUN_OF.match(text, h.end) and count_words(text[h.end:fig_start]) > RULE_NOUN_REACH)]
    # "has put a cap on its 3.5 billion dlr debt and will reduce its obligations by 300 mln": a second predicate of the
    # subject ("and will", "and would") starts its own scope; a governor inside it rules the figure over those before it
    boundary = None
    for boundary in COORDINATED_PREDICATE.finditer(text, c_start, fig_start):
        pass
    if boundary is not None:
        governors = [h for h in governors if h.start >= boundary.start()] or governors
    # "would raise the debt ceiling by 4 trillion dollars": a rule's or target's noun right before "by" and the figure
    # names what the figure changes, not the figure's own level; the verb changing it governs
    # ("exceed the EU's 3% limit by up to 1.5% of GDP" is a margin the rule allows: only a verb changing the noun hands over)
    # (also a participle before that noun: "would increase a proposed tax cut for 1988 by about five billion marks")
    governors = [h for h in governors if not (((h.entry["pos"] == "N" and CHANGED_BY.fullmatch(text, h.end, fig_start))
                                               or (h.entry["pos"] == "A" and PARTICIPLE_NOUN_BY.fullmatch(text, h.end, fig_start)))
                                              and CHANGE_OF_NOUN.search(text, max(c_start, h.start - 60), h.start))] or governors
    # "would reach NATO's 2% guideline next year by adding 3 billion euros": a noun's scope ends at a participle or verb
    # that opens an act of its own ("by adding", ", raising"): the figure that act governs is not the noun's
    governors = [h for h in governors if not (h.entry["pos"] == "N" and _act_opens_between(text, h.end, fig_start))]
    governors = _past_adjunct_nouns(text, c_start, governors)
    # "feared imports would flood the market after Washington imposed 100 pct tariffs last April": the figure stands in a
    # temporal clause whose own verb is past, a done act; a forecast, fear or demand before the clause does not reach it
    governors = _past_temporal_clause(text, c_start, fig_start, governors)
    # "the surplus, previously expected to exceed 8 billion dlrs this year, would be held at 5 billion": a projecting verb
    # whose own figure an aside's comma closes governs that figure only; a governor after the aside rules this one
    # (the governors after the aside only: those before it stand outside it, "will likely be about 1.5 pct higher ...,
    # when prices fell by 0.3 pct": "will" is the projection's)
    if len(governors) > 1:
        aside = _ownacts.projector_aside(text, governors)
        if aside is not None:
            governors = [g for g in governors if g.start > aside]
    if governors:
        best = max(reversed(governors), key=priority)  # reversed: ties go to the nearest
        passive = _passive_after(text, c_end, fig_end, after, best)
        if passive is not None:
            return Stance(passive.entry["claim_type"], passive, "following")
        return Stance(best.entry["claim_type"], best, "governing")
    # 3. verbs after the figure ("3% of GDP, the ministry forecast"); a noun the figure is equated with ("the rise
    # to 2.5% of GDP had been Labour's stated aim")
    for h in after:
        if h.entry["pos"] == "N" and COPULA_TO_NOUN.fullmatch(text, fig_end, h.start):
            return Stance(h.entry["claim_type"], h, "following")
    # "100 mln stg compares with a projected seven billion": a participle qualifying a later figure is that figure's
    after = [h for h in after if h.entry["pos"] == "V" or (h.entry["pos"] == "A" and not _qualifies_next_figure(text, h.end, c_end))]
    # "a six pct increase, well above the 3.5 pct NATO recommends": a verb after a later figure is that figure's
    after = [h for h in after if not _figure_between(text, fig_end, h.start)]
    # "had already cut spending by 3 billion dlrs and would cut more": a verb of a second predicate of the subject ("and
    # will", "and would") after the figure opens that predicate's scope; it says nothing of the figure before it
    after = [h for h in after if not any(m.end() <= h.end for m in COORDINATED_PREDICATE.finditer(text, fig_end, h.end))]
    # "added 8.1 billion dollars over five years and projected that spending would reach 1.76%": a verb after "and" that
    # opens a "that" clause of its own starts a second predicate too; its content is what it projects, not the figure before
    after = [h for h in after if not (AND_BEFORE_VERB.search(text, max(fig_end, h.start - 16), h.start)
                                      and THAT_AFTER_VERB.match(text, h.end))]
    # "Over four billion and we will be trying to bring that in close to target": an effort verb acts on the object it
    # names after itself, never on a figure before it
    after = [h for h in after if not EFFORT_VERB.match(text, h.start)]
    if after:
        best = max(after, key=priority)
        return Stance(best.entry["claim_type"], best, "following")
    return Stance("actual", None, "default")



# a temporal clause with a subject and a past verb of its own: "after Washington imposed", "since Tokyo raised", "now that
# the government has lifted" (one to four words of subject, no determiner, adverb, modal or infinitive opening it: "after an
# upwardly revised 0.7 pct" is no clause; a regular past form only: "when the inevitable cut in base rates" is a noun)
PAST_TEMPORAL = regex.compile(r"\b(?:after|since|when|once|now\s+that)\s+(?:(?:the|its|their)\s+)?"
                              r"(?!(?:a|an|the|its|their|this|that|these|those|some|any|each|\w+ly)\s)"
                              r"(?:(?!(?:will|would|could|can|may|might|must|should|shall|is|are|was|were|be|to|it|that|this|\w+ly)\s)[\w.'’-]+\s+){1,4}?"
                              r"(?:(?:has|have|had)\s+)?(?-i:[a-z]{2,}ed)\s", regex.IGNORECASE)
PAST_TEMPORAL_SCAN = Guarded(PAST_TEMPORAL, ("after", "since", "when", "once", "now"))


def _past_temporal_clause(text: str, c_start: int, fig_start: int, governors: list[Hit]) -> list[Hit]:
    """The governors less those before a past temporal clause the figure stands in ("feared imports would flood the market
    after Washington imposed 100 pct tariffs last April": the tariff is the done act, not the fear's forecast); no comma
    between the clause's verb and the figure (a clause closed before it, "after it missed its targets, to cut its deficit
    to 3%", leaves the main verb governing). Unchanged when there is no such clause."""
    if not governors:
        return governors
    opens = past_temporal_opening(text, c_start, fig_start)
    if opens is None:
        return governors
    return [h for h in governors if h.start >= opens]


def past_temporal_opening(text: str, lo: int, fig_start: int) -> int | None:
    """Where the last past temporal clause between `lo` and the figure opens, when the figure stands in it (no comma
    between its verb and the figure), else None."""
    last = None
    for last in PAST_TEMPORAL_SCAN.finditer(text, lo, fig_start):
        pass
    if last is None or "," in text[last.end():fig_start]:
        return None
    return last.start()


# a stance noun heading an adverbial phrase before the clause's own subject and verb: "Under pressure from Washington,
# Japan agreed to ...", "At the request of the IMF, Kenya agreed to ...", "Berlin, bowing to demands from Paris, agreed to"
ADJUNCT_NOUN_BEFORE = regex.compile(r"\b(?:under|amid|after|following|despite|at|on|facing|bowing\s+to|yielding\s+to|"
                                    r"responding\s+to|reacting\s+to|in\s+response\s+to|in\s+the\s+face\s+of)\s+"
                                    r"(?:(?:the|a|an|heavy|strong|mounting|growing|intense|renewed|repeated|(?-i:[A-Z])[\w.]*['’]s)\s+){0,2}$",
                                    regex.IGNORECASE)


NOMINAL_AFTER = regex.compile(r"\s+(?:of|from|by)\s", regex.IGNORECASE)  # "at the urging of": a verb form used as a noun


def _past_adjunct_nouns(text: str, c_start: int, governors: list[Hit]) -> list[Hit]:
    """The governors less a demand or proposal noun heading an adverbial phrase ("under pressure from Washington", "at
    the request of the IMF") that a verb of the clause after it follows ("..., Japan agreed to raise spending to 2%"): the
    pressure explains the act; the verb governs the figure, and its subject is the actor. Unchanged when no such verb
    follows ("under pressure to cut the deficit to 3%": the pressure is all there is)."""
    if len(governors) < 2:
        return governors
    return [h for h in governors
            if not ((h.entry["pos"] == "N" or NOMINAL_AFTER.match(text, h.end)) and h.entry["claim_type"] in ("demand", "proposal")
                    and ADJUNCT_NOUN_BEFORE.search(text, max(c_start, h.start - 30), h.start)
                    and any(g.start > h.end and g.entry["pos"] in "VA" and "," in text[h.end:g.start] for g in governors))]


# (also a second report of the subject: "sees little hope the targets will be met and said the deficit will remain at
# 200 billion": what the second report says is the figure's)
# (also a pledge coordinated after a first predicate: "reached NATO's 2% guideline in 2025 and has pledged to reach 5% by 2035")
AND_BEFORE_VERB = regex.compile(r"\band\s+(?:also\s+|then\s+)?$", regex.IGNORECASE)
THAT_AFTER_VERB = regex.compile(r"\s+that\s", regex.IGNORECASE)
COORDINATED_PREDICATE = regex.compile(r"\band\s+(?:also\s+|then\s+)?(?:will|would|shall|plans\s+to|aims\s+to|intends\s+to"
                                      r"|(?:has\s+|have\s+|had\s+)?(?:since\s+|now\s+|also\s+)?(?:pledged|promised|vowed|committed)(?=\s)"
                                      r"|(?:pledges|promises|vows)(?=\s)"
                                      r"|(?:said|says|added|adds|warned|warns|predicted|predicts|forecast|forecasts)(?:\s+that)?(?=\s))\b",
                                   regex.IGNORECASE)
CHANGE_OF_NOUN = regex.compile(r"\b(?:rais|lift|increas|cut|lower|reduc|trim|slash|boost|hik)\w*\s+(?:the|its|their|a|an|this|that)\s+"
                            r"(?:[\w'’-]+\s+){0,3}$", regex.IGNORECASE)
# the words that may stand between "by" and the figure of a change ("by about", "by a further")
BY_QUALIFIER = r"(?:(?:about|around|some|roughly|nearly|almost|up\s+to|more\s+than|at\s+least|another|a\s+further|an\s+extra)\s+)?"
# the noun a participle qualifies, then "by" and the figure ("proposed tax cut for 1988 by about")
PARTICIPLE_NOUN_BY = regex.compile(r"\s+(?:[\w-]+\s+){1,4}?by\s+" + BY_QUALIFIER, regex.IGNORECASE)
CHANGED_BY = regex.compile(r"\s+by\s+" + BY_QUALIFIER, regex.IGNORECASE)


# a figure starting right after a participle and its articles or adverbs: "a projected seven billion", "an estimated 3%"
FIGURE_START = regex.compile(r"(?:[$£€¥]|\d|(?:one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|twenty|thirty|forty|fifty|"
                             r"sixty|seventy|eighty|ninety|hundred|half)\b)", regex.IGNORECASE)


# a percent or money figure (not a year): "3.5 pct", "$40bn", "12 billion"
FIGURE_IN = regex.compile(r"(?<![\w.])\d[\d,.]*\s*(?:%|pct\b|percent\b|per\s+cent\b|(?:b|m|tr)illion\b|bln\b|mln\b|bn\b)|[$£€¥]\s*\d",
                          regex.IGNORECASE)


PARTICIPLE_REACH = 4  # words from a continuing participle to the figure it governs ("adding 6.7 billion", "bringing the total to")
PARTICIPLE_BREAK = PUNCTUATION_BREAK  # (a comma between: the participle's object ended before the figure)


@functools.lru_cache(maxsize=1)
def continuing_participle():
    """A clause opening with a participle or verb that goes on with the act before it (continuing_acts.csv)."""
    phrases = [r["phrase"] for r in read_rows("continuing_acts.csv")]
    return regex.compile(r"(?:[,;]\s*(?:and\s+|thus\s+|so\s+)?|\b(?:while|by|and)\s+)(?:" + phrases_alternation(phrases) + r")\b",
                         regex.IGNORECASE)


def _act_opens_between(text: str, start: int, fig_start: int) -> bool:
    """Whether a continuing participle or verb (continuing_acts.csv: ", adding", "by raising", "and give") opens in
    text[start:fig_start] and governs the figure (within PARTICIPLE_REACH words, no comma between)."""
    last = None
    for last in continuing_participle().finditer(text, start, fig_start):
        pass
    return last is not None and count_words(text[last.end():fig_start]) <= PARTICIPLE_REACH \
        and not PARTICIPLE_BREAK.search(text, last.end(), fig_start)


def _figure_between(text: str, start: int, end: int) -> bool:
    """Whether another figure stands in text[start:end], not counting one in brackets ("$2.58 trillion (£1.38
    trillion) budget submitted": the conversion restates the figure)."""
    for m in FIGURE_IN.finditer(text, start, end):
        if text.rfind("(", start, m.start()) <= text.rfind(")", start, m.start()):
            return True
    return False


# a subordinate clause opening before the cue: a condition or time ("if Congress approves ...", "After the IMF urged cuts
# ,"), a concession, or a relative clause on the subject ("The minister, who has rejected calls for austerity, said ..."),
# its comma after the cue
# (within the cue's sentence: a period before a space, not after an initial as in "U.S.", or a blank line ends the search,
# so "... the plan, which aims to mobilise 800 billion euros over four years. Poland has asked for 43.7 billion" keeps the
# next sentence's verb out of the relative clause)
CONDITION_OPEN = regex.compile(r"\b(?:if|unless|after|although|though|despite|when|once|because|before|who|which)\s"
                               r"(?:[^,;.\n]|\n(?![ \t]*\n)|(?<=(?:^|[\s.(])[A-Z])\.|\.(?!\s))*$", regex.IGNORECASE)
CONDITION_REACH = 120  # characters back from a cue to the "if" opening its condition


def _in_closed_condition(text: str, c_start: int, hit: Hit, fig_start: int) -> bool:
    """Whether the cue stands in a subordinate clause (condition, time, concession, relative) whose comma closes it
    before the figure."""
    return text.find(",", hit.end, fig_start) != -1 \
        and CONDITION_OPEN.search(text, max(0, hit.start - CONDITION_REACH), hit.start) is not None


def _qualifies_other_figure(text: str, pos: int, fig_start: int) -> bool:
    """Whether the participle ending at `pos` qualifies a percent or money figure right after it that is not the one at
    `fig_start` (not a year: "a projected 1987/88 budget deficit of 303 mln" is the deficit's)."""
    gap = ATTR_PRE_GAP.match(text, pos, fig_start)
    return gap is not None and FIGURE_IN.match(text, gap.end(), fig_start) is not None


def _qualifies_next_figure(text: str, pos: int, limit: int) -> bool:
    """Whether the participle ending at `pos` qualifies a figure right after it."""
    gap = ATTR_PRE_GAP.match(text, pos, limit)
    return gap is not None and FIGURE_START.match(text, gap.end(), limit) is not None


# "the debt service ratio will be maintained at 20 pct", "the deficit will be cut to 3%": a future passive of a policy act
# (after the cue "will" or "will be")
# has an agent deciding it, whatever the metric ("the deficit will rise to 4%" has none: a forecast)
DECIDED_PARTICIPLES = (r"(?:cut|raised|reduced|lowered|increased|lifted|boosted|kept|held|maintained|capped|limited|frozen|"
                       r"trimmed|slashed|doubled|halved|brought\s+down|pared|restricted|fixed|set|expanded|extended|widened)\b")
DECIDED_PASSIVE = regex.compile(r"\s+(?:\w+ly\s+|also\s+|further\s+|then\s+|now\s+)*(?:be\s+)?(?:\w+ly\s+|further\s+)?"
                                + DECIDED_PARTICIPLES, regex.IGNORECASE)
# "the standard rate of taxation is being reduced to 27 pct": a passive of a policy act under way has an agent deciding it
BEING_DECIDED = regex.compile(r"\b(?:is|are)\s+(?:now\s+|also\s+)?being\s+(?:\w+ly\s+|further\s+)?" + DECIDED_PARTICIPLES
                              + r"\s+(?:[\w'’-]+\s+){0,3}?(?:to|by)\s+(?:(?:about|around|some|roughly|nearly|a\s+further|another)\s+)?$",
                              regex.IGNORECASE)
# "the province will reduce its budget deficit to 850 mln", "they would cut their spending by 5%": a future act of the
# subject on its own figure (a possessive after the verb) is decided by that subject, named or not ("the deficit will fall"
# has no agent; "this will reduce the deficit" is an effect: claimtype.EFFECT_SUBJECT)
DECIDED_OWN = regex.compile(r"\s+(?:\w+ly\s+|also\s+|further\s+|then\s+|now\s+)*(?:cut|reduce|lower|raise|increase|lift|boost|trim|slash|"
                            r"halve|double|limit|cap|hold|keep|freeze|curb|expand|bring\s+down)\s+(?:its|their|our)\s", regex.IGNORECASE)


RULE_NOUN_REACH = 6  # words from a rule noun heading an "of" phrase ("the guidelines of") to a figure it still governs
RULE_NOUN_OF = regex.compile(r"\s+of\s", regex.IGNORECASE)

COPULA_PRIORITY = 5  # "was", "is": a bare copula
COPULA_REACH = 4  # words: a copula this far before the figure is not its verb
PASSIVE_REACH = 6  # words from the figure to the participle of its own passive clause


def _passive_after(text: str, c_end: int, fig_end: int, after: list[Hit], best: Hit) -> Hit | None:
    """The participle of the figure's own passive clause ("in which 3.15 billion dlrs in fresh funds were pledged")
    when the only cue before it is a distant copula of another clause ("He was speaking ... in which")."""
    if priority(best) > COPULA_PRIORITY or count_words(text[best.end:fig_end]) <= COPULA_REACH:
        return None
    for h in after:
        if h.entry["pos"] in "VA" and priority(h) > COPULA_PRIORITY and count_words(text[fig_end:h.start]) <= PASSIVE_REACH:
            return h
    return None


# "his £35bn savings on waste which Mr Howard has pledged", "the 2% target that allies agreed in 2014": a relative
# clause on the figure's noun phrase, its verb a few words after the relative pronoun
# ("... in 2024 and that it should ease": "and that" opens a second reported clause, no relative one)
RELATIVE = regex.compile(r"\s*(?:\(.{0,40}?\)\s*)?(?:[\w'’-]+\s+){0,5}?,?\s*(?<!\b(?:and|but|or)\s+)(?:which|that)\s+((?:[\w'’.-]+\s+){0,5}?)",
                         regex.IGNORECASE)
RELATIVE_TYPES = frozenset({"commitment", "demand", "proposal", "rejection", "forecast"})
# the subject of a pronoun-less relative clause right after a figure: "the alliance", "Washington", "NATO", "U.S. officials"
# (past a conversion in brackets: "the 1,127 billion shillings (805 mln dlrs) the government expected to spend")
ZERO_RELATIVE = regex.compile(r"(?:\s*\([^()]{0,40}\))?\s+(?:(?:that|which)\s+)?(?:the\s+(?-i:[a-z]\w+)|(?:the\s+)?(?-i:[A-Z][\w.'’-]*)(?:\s+(?-i:[A-Z][\w.'’-]*|officials))?)\s+"
                              r"(?:has\s+|have\s+|had\s+)?(?:\w+ly\s+|also\s+|long\s+)?")
RELATIVE_CHARS = 160
# a relative clause on the figure whose named subject (one to three capitalised words) says or believes (report_verbs.csv,
# columns says and belief; not "told", whose object follows) what the clause's own subject, a few words later, should spend:
# "the 5% that Donald Trump said this month all NATO members should spend" (modern53)
REPORTED_RELATIVE_PATTERN = (r"(?:\s+of\s+(?:GDP|GNP|GNI))?\s+(?:that|which)\s+(?:the\s+)?(?:(?-i:[A-Z])[\w.'’-]*\s+){1,3}"
                                  r"(?:has\s+|have\s+|had\s+)?(?:\w+ly\s+|also\s+|long\s+)?(?:"
                                  + words_alternation(r["cue"] for r in read_rows("report_verbs.csv")
                                                      if (r["says"] == "yes" or r["belief"] == "yes") and r["inverts"] == "yes"
                                                      or r["belief"] == "yes")
                                  + r")\s+(?:that\s+)?(?:[\w'’.-]+\s+){1,7}?")
REPORTED_RELATIVE = regex.compile(REPORTED_RELATIVE_PATTERN, regex.IGNORECASE)


def reported_relative(text: str, st: Stance, fig_end: int) -> bool:
    """Whether stance `st` of the figure ending at `fig_end` is the demand of a relative clause right after it whose named
    subject says what another should spend ("far below the 5% that Trump says allies should spend", stance_of): the
    figure's own stance, so it holds when the figure is also the one a level before it is compared with."""
    return st.claim_type == "demand" and st.cue is not None and st.cue.start >= fig_end \
        and REPORTED_RELATIVE.fullmatch(text, fig_end, st.cue.start) is not None


def relative_cue(text: str, sent_end: int, fig_end: int, hits: list[Hit]) -> Hit | None:
    """The stance verb of a relative clause on the figure's noun phrase, if any."""
    for h in hits:
        if fig_end <= h.start <= min(sent_end, fig_end + RELATIVE_CHARS) and h.entry["pos"] in "VA" \
                and h.entry["claim_type"] in RELATIVE_TYPES and RELATIVE.fullmatch(text, fig_end, h.start):
            return h
    return None


def nearest_before(clause: tuple[int, int], pos: int, hits: list[Hit]) -> Hit | None:
    """The stance cue nearest before `pos` in the clause."""
    before = [h for h in hits if clause[0] <= h.start and h.end <= pos]
    return before[-1] if before else None


# every regex pattern above runs as its standard-re twin on ASCII text (lexicon.AsciiTwin: the same matches, less CPU)
from .lexicon import ascii_twins as _ascii_twins  # noqa: E402  (after the patterns it replaces)

_ascii_twins(globals())
