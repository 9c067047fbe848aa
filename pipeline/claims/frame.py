"""Assemble claims: one per figure that measures a policy metric.

Per sentence holding a percent, percentage-point or money figure: the cheap check first (does the
sentence hold any metric cue?), then per figure its metric (``metric``), the figures it is compared
with (``modality.compared_to``: the compared figure inherits the metric, basis and roles it lacks),
its stance (``stance``), its actor and target (``roles``) and its modality (``modality``).

Guards against figures that are not a state's: a sentence whose only cues are company, market or
poll words makes no claim; a company marker (Inc, profit, pretax ...) lets only specific policy cues
through; a weak word ("spend", "debts", "budget") needs a policy topic in the article or a state,
government or alliance named in its sentence. A sentence without any cue that continues the
previous claim's sentence ("It may turn out at four billion") keeps that claim's metric.
"""
from __future__ import annotations

import bisect
import functools
import re
from collections import defaultdict

import regex

from . import metric as _metric
from . import lexicon as _lexicon
from .lexicon import count_words, read_rows
from . import modality as _modality
from . import roles as _roles
from . import stance as _stance
from . import typemodel as _typemodel


# a time phrase a continuing sentence may open with ("At the end of 2024, it stood at 113.2%", "Next year 2.8%")
LEADING_TIME = (r"(?:(?:(?:at|by|in|for|during|until)\s+(?:the\s+)?(?:(?:end|start|beginning|middle|first\s+half|second\s+half)\s+of\s+)?"
                r"(?:(?:fiscal\s+)?(?:19|20)\d\d(?:[-/]\d\d)?|the\s+(?:current|next|previous|coming)\s+(?:fiscal\s+)?year)"
                r"|next\s+year|this\s+year|last\s+year|a\s+year\s+(?:ago|earlier|later))\s*,?\s+)?")


def _continues_pattern():
    """A sentence that goes on about the previous one's subject: "It ...", "This ...", "Down to ...", "The bill ..."
    (continuation_words.csv)."""
    phrases = [r["phrase"] for r in read_rows("continuation_words.csv")]
    return regex.compile(r"[\"“']?\s*" + LEADING_TIME + r"(?:" + _lexicon.phrases_alternation(phrases)
                         + r")\b(?!\s+(?:\w+\s+)?of\b)", regex.IGNORECASE)


CONTINUES = _continues_pattern()
PASSIVE = regex.compile(r"\b(?:is|are|was|were|be|been|being)\s+(?:\w+ly\s+)?$", regex.IGNORECASE)
OFFICIALLY = regex.compile(r"\bofficially\s+$", regex.IGNORECASE)
# cue words of a level one state asks of another (read against the story's state)
ASKED_OF_OTHERS = frozenset({"floated", "requested", "asked", "demanded", "demand", "request"})
GOVERNMENT_FIGURE = regex.compile(r"\b(?:government|budget|state)\b", regex.IGNORECASE)
AID_OF = regex.compile(r"\s+(?:in|of)\s+(?:new\s+|fresh\s+)?")
AID_WORD = regex.compile(r"(?:\s+(?:economic|military|development|food|financial))?\s+(?:aid|assistance)\b")
PRESENT_COPULA = frozenset({"is", "are"})
# present-tense levels that speak of the year the previous sentences name ("Next year, ... The state spends 89 billion")
PRESENT_LEVEL = PRESENT_COPULA | {"spends", "spend", "receives", "collects", "totals"}
# "cut the corporate tax, now between 45 and 48 pct,": an aside stating where a level stands today, whatever the verb
NOW_LEVEL = regex.compile(r"[,(]\s*(?:now|currently|at\s+present|presently)\s+(?:at\s+|standing\s+at\s+)?"
                       r"(?:(?:about|around|roughly|some|nearly|almost|just|over|under)\s+)?$", regex.IGNORECASE)
NOW_LEVEL_SCAN = _lexicon.Guarded(NOW_LEVEL, ("now", "currently", "present"))  # (searched only where one of its words stands)
PAST_MARK = regex.compile(r"\b(?:was|were|had|has\s+been|have\s+been|rose|fell|stood|totalled|totaled|reached|grew|dropped|"
                          r"(?:has|have|had)\s+(?:\w+\s+)?\w+(?:ed|en|t)|last|this\s+year|ago|(?:19|20)\d\d|today|now|currently|already)\b", regex.IGNORECASE)
WEAK_WEIGHT = 2  # metric cues this weak need a public body named in their sentence
CLAIM_UNITS = frozenset({"percent", "percentage_points", "currency"})
VALUE_FIELDS = ("value", "value_low", "value_high", "bound", "unit", "currency")
INSTRUMENTS = frozenset({"tax_revenue", "tariff_rate", "public_spending", "defense_spending", "development_aid"})
SELF_OBLIGATION = frozenset({"must", "should", "need to", "needs to"})
OWN_WISH = frozenset({"want", "wants", "wanted"})  # a wish for one's own figure ("he wanted it below 3%")
# an organisation's wish for its own budget ("the Commission wants it to be 1.26%") proposes what its members decide; its
# wish for its members' spending ("NATO wants allies to spend 2%") presses them
OWN_BUDGET_METRICS = frozenset({"public_spending"})
OWN_NEED = frozenset({"need to", "needs to"})  # a need stated of oneself, not an obligation imposed ("must", "should")
OUTER_REACH = 4  # words between "proposed" and the noun it governs ("proposed a deficit limit of 1.5%")
COMPLEMENT_REACH = 6  # words between "want" and a participle it governs ("want the EU budget to be capped at 1%")
OUTER_TYPES = frozenset({"demand", "proposal", "rejection"})
# "rejected the alliance's new defence spending target of 5%", "demanded that allies meet a new defence spending target of
# 5%": with no other stance word between, a refusal reaches a target noun further into its object, and so does a demand
# of a goal (not of a standing rule: "wants Paris to bring its deficit below the EU's 3% ceiling")
OUTER_NP_REACH = 9
STRONG_DEMAND = 55  # demand verbs that press (urge, push, demand), not a situation that "requires" a level
SIGN_REACH = 6
FORECASTER_REACH = 12  # words from a future figure to the forecast credited after it  # words between "signed up (in June) to" and the target noun it takes on
SELF_TYPES = frozenset({"commitment", "forecast", "actual", "rejection"})
# a state's own finances: an observer organisation (IMF, OECD) stating one speaks of a state's
STATE_FINANCES = frozenset({"fiscal_deficit", "public_debt", "external_debt", "current_account", "tax_revenue", "debt_service",
                            "public_spending"})
# a debt is a stock owed now: "Indonesia's debt totals 37 billion dlrs" after a sentence on next year's aid is today's level
DEBT_STOCKS = frozenset({"public_debt", "external_debt"})
# trade as the subject of a clause, before its verb ("Trade should show", "while trade with Western countries plunged into")
TRADE_SUBJECT = regex.compile(r"(?:^|[;:]\s+|,\s+|\b(?:while|whereas|and|but|that|said|says|expects|expected|predicted|forecast)\s+)(?:(?:the|its|their|(?-i:[A-Z])[\w.]*['’]s?)\s+)?"
                              r"(?:foreign\s+|external\s+|merchandise\s+|visible\s+|overall\s+)?trade(?:\s+with\s+[\w\s-]{1,40}?)?\s+"
                              r"(?:should|would|will|is|was|has|had|could|may|might|must|plunged|moved|swung|fell|went|turned|showed|"
                              r"shows|posted|recorded|registered|ran|remained|stayed|slipped|dropped)\b"
                              # (up to the balance word, in the same clause: "Trade was weak, and the deficit rose" is not)
                              r"(?:(?!(?:,\s+(?:and|but)|\b(?:but|while|whereas|although))\s)[^;])*$", regex.IGNORECASE)
# the price of one item a package holds: "its aid ... would total 11.5 billion euros, including a Patriot system worth about 1
# billion euros" (the package is the claim, its item no level of the metric)
ITEM_WORTH = regex.compile(r"\b(?:including|includes|included|such\s+as)\s+(?:(?:an?|the|two|three|several)\s+)?(?:[\w-]+\s+){0,5}?"
                           r"worth\s+(?:(?:about|around|some|roughly|nearly|up\s+to|more\s+than|over|an\s+estimated)\s+)?$",
                           regex.IGNORECASE)
ITEM_REACH = 90  # chars before the figure
# the share of a sum met from one source: "last year's budget deficit was financed 90 pct by credits from the National Bank
# and 10 pct by the issue of state bonds" (the split of how it was paid for, no level of the deficit)
FINANCED_BEFORE = regex.compile(r"\b(?:financed|funded|covered|met|paid\s+for)\b[^.;:]*$", regex.IGNORECASE)
FINANCING_SOURCE = regex.compile(r"\s+(?:by|through|from|out\s+of|via)\s", regex.IGNORECASE)
FINANCED_REACH = 80  # chars before the share
# a sum "of" a larger one: "600 mln dlrs of New Zealand's 21.74 billion dlrs", "780 mln dlrs of the 1.14 billion dlr budget deficit"
PART_OF_SUM = regex.compile(r"\s+(?:out\s+)?of\s+(?:(?:the|its|their|(?-i:[A-Z])[\w.]*(?:\s+(?-i:[A-Z])[\w.]*)?['’]s?)\s+)?(?:(?:total|estimated|overall|planned)\s+)?"
                            r"(?:(?:about|some|around|roughly|nearly)\s+)?", regex.IGNORECASE)
# a share of a debt itself, not of GDP or exports: "banks holding 70 pct of the frozen debt", "had repaid five pct of the debt",
# "35 pct of Brazil's debt to banks": the part some creditors hold or some payment covers, no level of the debt (unscored)
DEBT_PART = regex.compile(r"\s+of\s+(?:(?:the|its|their|this|that|our|(?-i:[A-Z])[\w.]*['’]s?)\s+)?"
                          r"(?:(?!(?:and|or|to|by|in|on|for|with|than|as)\b)[\w-]+\s+){0,3}?debts?\b", regex.IGNORECASE)
# levels no budget sets, which a later year named in an earlier sentence does not date: debt stocks and the current account
# ("The budget for 2026 was presented on Tuesday. The current account surplus is 6% of GDP" states where it stands)
STANDING_LEVELS = DEBT_STOCKS | {"current_account"}
POSSESSED_OF_REACH = 70  # chars before a standing level searched for its owner and noun ("the Philippines' total foreign debt of")
REPORTED_TYPES = frozenset({"actual", "forecast"})  # stated by whoever reports or expects them
# an article on a legislature's budget fight; the plan a figure belongs to; words saying it is enacted or only expected
LEGISLATURE = regex.compile(r"\b(?:(?<!People['’]s\s)(?<!Party\s)Congress(?!\s+(?:Party|party|government|-led))|House\s+of\s+Representatives|(?:House|Senate)\s+(?:Budget|Appropriations|Ways|Armed|Finance|Democrats|Democratic|Republicans|Republican|Majority|plan|version|bill|passed)|congressional|senators?|congressmen)\b")
LEGISLATURE_WORDS = ("Congress", "Senate", "House", "congressional", "senator", "congressmen")
# a range written from one end to the other ("8.5 to 17 billion"), which "from" opens as a whole
RANGE_TO = regex.compile(r"\d\s*(?:[a-z]+\s+)?(?:to|-|–)\s*\d", regex.IGNORECASE)
# a cue phrase opening with "would" ("would cap", "would limit")
WOULD_CUE = regex.compile(r"would\s", regex.IGNORECASE)
# an aside between a document's noun and its verb: "The draft budget, which parliament must still approve, foresees"
NOUN_ASIDE = r"(?:\s*,[^,.;]{1,90},)?"
BILL_SUBJECT = regex.compile(r"\b(?:bill|draft(?:\s+\w+)?|proposed\s+budget|budget\s+proposal|legislation)(?:\s+\w+){0,3}?" + NOUN_ASIDE + r"\s+$",
                             regex.IGNORECASE)
# the subject of a limiting verb that is a budget, plan or draft ("the draft 2026 budget caps", "the plan limits"), not a law
PLAN_CAPS = regex.compile(r"\b(?:draft|budget|plan|bill|proposal|package|programme|program)(?:['’]s)?"
                          r"(?:\s+(?!law|act|rules?|treaty|pact|deficit|surplus|shortfall|debt|gap|balance|"
                          # (an institution named after the budget forecasts: "the Office for Budget Responsibility expects",
                          # "the Congressional Budget Office projects")
                          r"office|committee|responsibility|bureau|director|service)[\w'’-]+){0,2}?" + NOUN_ASIDE + r"\s+$",
                          regex.IGNORECASE)
# a verb projecting a figure (not a modal's guess: "the budget deficit could hit")
# a verb setting out a plan's contents ("envisages", "foresees"), not a forecaster's ("expects", "predicts")
PLAN_CONTENT_VERB = regex.compile(r"(?:fores[ae]|envisag)", regex.IGNORECASE)
# a clause whose subject is a bare pronoun standing for the story's plan ("It envisages", "it also foresees")
PLAN_PRONOUN = regex.compile(r"\W*(?:it|this|which)\s+(?:also\s+|further\s+)?", regex.IGNORECASE)
PROJECTING = regex.compile(r"(?:fore|envisag|project|predict|expect|anticipat)", regex.IGNORECASE)
# a plan the article has already named, as the subject of "would" ("the plan would", "the proposal would also") before
# the figure
PLAN_ANAPHOR = regex.compile(r"\b(?:the|this|that)\s+(?:new\s+)?(?:plan|proposal|package|draft|blueprint|scheme)\s+(?:\w+ly\s+|also\s+)?would\b",
                             regex.IGNORECASE)
# the plan the article has named, as the frame of the figure ("in this SDP alternative", "under the proposal")
IN_THIS_PLAN = regex.compile(r"\b(?:in|under)\s+(?:this|that|the)\s+(?:[\w'’-]+\s+){0,2}?(?:plan|proposal|package|draft|blueprint|scheme|alternative)\b",
                             regex.IGNORECASE)
# what a plan's cuts would bring about, as its critics or analysts reckon it ("this magnitude of reductions would shear 11.5
# billion dlrs from defense", "his proposed cuts would result in a nine billion dlr deficit", "spending under the plan
# would drop automatically by five billion"): an effect forecast, not the plan's proposed figure
CHANGE_EFFECT_SUBJECT = regex.compile(r"\b(?:cuts|reductions|changes|increases)\s+$", regex.IGNORECASE)
EFFECT_AFTER = regex.compile(r"\s+(?:\w+\s+)?(?:automatically|result\s+in|lead\s+to|leave)\b", regex.IGNORECASE)
# a statute named before its target noun ("the Gramm-Rudman deficit target", "the Balanced Budget Act's target")
RULE_TARGET = regex.compile(r"\b(?:Gramm[- ]Rudman|Act['’]s|law['’]s|statutory|legal)\b", regex.IGNORECASE)
# a clause that is a second predicate of the previous clause's subject (", and would set aside 131 billion euros")
SUBJECTLESS = regex.compile(r"(?:would|will|could|should|also\s+would|then\s+would)\b", regex.IGNORECASE)
# a budget as a plan: not its balance ("budget deficit") nor an institution named after it ("the Parliamentary Budget
# Officer", "the Congressional Budget Office", "the Office of Management and Budget", "the budget committee")
BUDGET_PLAN = (r"(?<!management\s+and\s+)budget(?!\s+(?:(?:was|were|is|are|has\s+been|had\s+been|remained|stayed|ran|went)\s+)?(?:in(?:to)?\s+)?"
               r"(?:deficit|surplus|shortfall|gap|balance))(?!\s+(?:office|officer|committees?|commissioner|director|chief|bureau|"
               r"responsibility)\b)")
PLAN_SUBJECT = regex.compile(r"\b(?:plan|formula|measures?|package|bill|resolution|" + BUDGET_PLAN + r")\b", regex.IGNORECASE)
NOT_PROPOSED = regex.compile(r"\b(?:approved|passed|adopted|enacted|signed|if|unless|bank\w*\s+on|assum\w*|counting\s+on|predict\w*|forecast\w*|expect\w*|estimat\w*|project\w*)\b", regex.IGNORECASE)
# a statute the figure is set under: "under the (provisions of the) Gramm-Rudman Act", "a new budget law requiring"
# (also a rule, pact or formula: "Under the Hague formula, at least 3.5% of GDP must go to core defence")
LAW = r"(?:law|act|legislation|statute|rules?|treaty|pact|formula|constitution)"
UNDER_LAW = regex.compile(r"\bunder\s+(?:the\s+|a\s+|its\s+)?(?:provisions\s+of\s+(?:the\s+)?)?(?:[\w'’-]+\s+){0,3}?" + LAW + r"\b",
                          regex.IGNORECASE)
LAW_REQUIRES = regex.compile(LAW + r"\s+(?:that\s+|which\s+)?(?:requir\w+|calls?\s+for|mandat\w+|obliges?)\b", regex.IGNORECASE)
LAW_REQUIRES_SCAN = _lexicon.Guarded(LAW_REQUIRES, ("requir", "call", "mandat", "oblige"))  # (the same: its verbs)
LAW_REACH = 200  # chars around a figure in which a statute phrase sets it
LAW_TYPES = frozenset({"demand", "forecast", "commitment", "proposal"})
# a person's trade that the contract codes no one by, and the employer named after it ("economist at brokers Phillips
# and Drew", "analyst with a Dublin stockbroker"), not a coded body's staff ("an economist at the IMF")
UNCODED_PERSON_NOUN = r"(?:economist|analyst|strategist|dealer|trader|banker|forecaster)"
UNCODED_EMPLOYER = (r"(?:at|with|of|for|from)\s+(?!(?:the\s+)?(?:IMF|OECD|World\s+Bank|International\s+Monetary|European\s+Commission|"
                    r"Federal\s+Reserve|Bundesbank|central\s+bank|Bank\s+of\s+(?-i:[A-Z])|Treasury|[\w\s]{0,30}?ministry)\b)")
# speakers the contract gives no code ("economists said", "Bankers forecast", "diplomats here say"); a ministry's or a
# treasury's own economist speaks for it ("A finance ministry economist said the government ... its plan to borrow")
# (research institutes and groups in the plural, "Three institutes predicted", "the three research groups of Kiel, Hamburg and
# Essen predicted": independent forecasters; one "institute" is often a state's statistics office, left to the lexicon of
# uncoded bodies)
UNKNOWN_SPEAKER = regex.compile(r"(?<!(?:central|ministry|treasury)\s)\b(?:economists?|analysts?|bankers?|diplomats?|experts?|observers?|forecasters?|strategists?|dealers?|traders?|institutes|research\s+groups)\s+"
                                r"(?:(?:in|at|from|with)\s+(?:the\s+)?(?:(?-i:[A-Z])[\w.&'’-]*\s+){1,4})?"  # "diplomats in Rangoon", "analysts at Capital Economics"
                                # the one person so introduced ("economist Martin Feldstein said", "chief economist Will Buttrose
                                # said"): a personal name is no coded body, whatever state the sentence names
                                r"(?:(?-i:[A-Z][a-z][\w'’-]*)\s+(?:(?-i:[A-Z])[\w.'’-]*\s+){0,2})?"
                                r"(?:here\s+|also\s+|now\s+)?(?:(?:have|has|had)\s+(?:been\s+)?)?"  # "observers have said", "had been predicting"
                                r"(?:say|says|said|saying|forecast|forecasts|warn|warns|warned|estimate|estimates|estimated|expect|expects|expected|"
                                r"predict|predicts|predicted|predicting|believe|believes|believed|think|thinks|added|told|saw|see|sees)\b"
                                # their forecasts named as a noun ("Economists' forecasts for the deficit range from", "a
                                # consensus among analysts polled by Reuters"), and sources other than a government's own
                                # the one person introduced in apposition ("Bill Martin, economist at brokers Phillips and Drew,
                                # said", "said Peter Jones, an analyst with a Dublin stockbroker"), not the staff of a coded body
                                r"|(?-i:[A-Z][\w'’-]+),\s+(?:an?\s+|the\s+)?(?:[\w-]+\s+){0,3}?" + UNCODED_PERSON_NOUN + r"\s+" + UNCODED_EMPLOYER
                                + r"[^,;.]{1,80},\s+(?:also\s+)?(?:said|says|told|added|predicted|forecast|estimated|expects|expected|warned)\b"
                                r"|\b(?:said|says|added)\s+(?-i:[A-Z][\w'’-]+(?:\s+[A-Z][\w'’-]+){0,2}),\s+(?:an?\s+|the\s+)?(?:[\w-]+\s+){0,3}?"
                                + UNCODED_PERSON_NOUN + r"\s+" + UNCODED_EMPLOYER +
                                r"|\b(?:economists|analysts|forecasters)['’]\s+(?:\w+\s+)?(?:forecasts?|estimates?|expectations?|predictions?|projections?)\b"
                                r"|\b(?:among|of|by)\s+(?:\w+\s+)?(?:economists|analysts)\s+(?:questioned|polled|surveyed|asked)\b"
                                r"|(?<!(?:government|official|ministry|treasury|administration|committee|congressional|cabinet|party|military|defen[cs]e|palace)\s)\bsources\s+(?:here\s+|also\s+|close\s+to\s+\w+\s+)?"
                                r"(?:say|says|said|added|told|estimate|estimated|expect|expected)\b", regex.IGNORECASE)
# (searched only where the window holds one of its speaker nouns: most sentences name none, and the pattern costs ~70 us a
# sentence, its alternatives tried at every character)
UNKNOWN_SPEAKER_NOUNS = ("economist", "analyst", "banker", "diplomat", "expert", "observer", "forecaster", "strategist", "dealer",
                         "trader", "sources", "institutes", "research")
# where an UNKNOWN_SPEAKER match can start: a capital (the name before ", an analyst at ..."), or a word one of its
# alternatives opens with (a new alternative must be covered here too: tests/claims/test_prefiltered.py). The regex module
# tried all of them at every character of a sentence holding a speaker noun (~230 us a sentence); they are tried only there
UNKNOWN_SPEAKER_OPENINGS = UNKNOWN_SPEAKER_NOUNS + ("said", "says", "added", "among", "of", "by")
UNKNOWN_SPEAKER_SCAN = _lexicon.Guarded(
    _lexicon.Prefiltered(UNKNOWN_SPEAKER, r"[A-Z]|" + "|".join(_lexicon.caseless(w) for w in UNKNOWN_SPEAKER_OPENINGS)),
    UNKNOWN_SPEAKER_NOUNS)
UNKNOWN_WORDS = UNKNOWN_SPEAKER_NOUNS + ("institute", "think", "agenc", "moody", "fitch", "poor", "s&p", "ltd", "limited", "corp", "inc",
                                         "plc", "bros")
# credit rating agencies (and "the agency" in an article that names one): commercial raters, no one the contract codes
RATING_AGENCY = regex.compile(r"\b(?:(?:credit\s+)?ratings?\s+agenc(?:y|ies)|Moody['’]s|Fitch\s+Ratings|Fitch|Standard\s*(?:&|and)\s*Poor['’]s|S&P)")
# (a whole article is searched: only one holding a word every match holds, which nine in ten do not)
RATING_AGENCY_SCAN = _lexicon.Guarded(RATING_AGENCY, ("rating", "moody", "fitch", "poor", "s&p"))
RATING_SPEAKER = regex.compile(r"(?:\b(?:(?:credit\s+)?ratings?\s+agenc(?:y|ies)|Moody['’]s|Fitch|Standard\s*(?:&|and)\s*Poor['’]s)|\bS&P|\b(?i:the\s+agency))"
                               r"[^.;]{0,80}?\b(?:said|says|projected|projects|expects|expected|forecast|forecasts|predicted|predicts|"
                               r"estimated|estimates|warned|warns)\b")
# a research institute or think tank credited with the figure ("NIESR claims", "the Institute for Fiscal Studies' predictions")
INSTITUTE_SPEAKER = regex.compile(r"(?<!Statistics\s|Statistical\s)\b(?:Institute|think[- ]tank)\b[^.;]{0,80}?\b(?:claims?|says|said|predicts|predicted|predictions|forecasts?|estimates?|warned|warns)\b")
INSTITUTE_SPEAKER_SCAN = _lexicon.Guarded(INSTITUTE_SPEAKER, ("institute", "think"))  # (the same: its nouns)
# a Reuters ticker after a company's name ("ANZ Banking Group Ltd <ANZA.S> said"): its dot ends no clause
TICKER = r"<[^<>\s]{1,15}>"
# a company credited with the figure ("the Development Bank of Singapore Ltd, one of Singapore's four major local
# banks, said", "Westpac Banking Corp said"): a firm's name ends in its legal form; no one the contract codes
# or is introduced by its trade ("accountancy firm Ernst & Young said")
FIRM_SPEAKER = regex.compile(r"(?:(?-i:[A-Z])[\w&.'’-]*\s+(?-i:Ltd|Limited|Corp|Corporation|Inc|Plc|PLC|Bros|(?:&|and)\s+Co(?![-\w]))\b\.?"
                             r"|\b(?:accountancy|accounting|consultancy|consulting|brokerage|investment|securities|law)\s+(?:firm|house|bank)\s+(?-i:[A-Z]))"
                             r"(?:" + TICKER + r"|[^.;]){0,80}?\b(?:said|says|claimed|claims|forecast|forecasts|predicted|predicts|estimated|estimates|expects|expected|warned|warns)\b")
# the first word of a firm's name before its legal form ("Westpac Banking Corp" -> "Westpac"), by which the story
# goes on naming it ("Westpac said"); a reporting verb of "it" or "the bank" goes on with the last one who reported
FIRM_NAME = regex.compile(r"\b((?-i:[A-Z])[\w&'’-]+)(?:\s+(?-i:[A-Z])[\w&'’-]*)*\s+(?-i:Ltd|Limited|Corp|Corporation|Inc|Plc|PLC|Bros|(?:&|and)\s+Co(?![-\w]))\b")
# Substrings without which FIRM_NAME and FIRM_SPEAKER cannot match (their legal forms; the trade and its "firm", "house" or
# "bank"): most articles have none, and those two patterns cost ~5% of the claims stage scanning the whole text
LEGAL_FORMS = ("Ltd", "Limited", "Corp", "Inc", "Plc", "PLC", "Bros", "& Co", "and Co")  # "Corp" is in "Corporation"
TRADE_WORDS = ("accountancy", "accounting", "consultancy", "consulting", "brokerage", "investment", "securities", "law")
FIRM_WORDS = ("firm", "house", "bank")


def _may_name_trade_firm(text: str) -> bool:
    return any(w in text for w in TRADE_WORDS) and any(w in text for w in FIRM_WORDS)


FIRM_VERBS = r"(?:said|says|claimed|claims|forecast|forecasts|predicted|predicts|estimated|estimates|expects|expected|warned|warns)"
FIRM_VERB = regex.compile(r"\b" + FIRM_VERBS + r"\b")
_CLAUSE_MARK = regex.compile(r"[.;](?![^<>\s]{0,14}>)")  # (not the dot of a ticker: "<ANZA.S>")
_WORD_CHAR = regex.compile(r"\w")
FIRM_PRONOUN_SPEAKER = regex.compile(r"\b(?:it|the\s+(?:bank|company|firm))\s+(?:also\s+)?" + FIRM_VERBS + r"\b", regex.IGNORECASE)
# "would not commit to", "does not plan to raise", "has no plans to raise", "has no intention of raising"
NEG_COMMIT = regex.compile(r"\b(?:(?:will|would|does|do|did|can|could|shall|is|are)\s*(?:not|n['’]t|never)\s+(?:\w+\s+){0,3}?"
                        r"|(?:has|have|had)\s+no\s+(?:\w+\s+)?(?:plans?|intention|intentions)\s+(?:to|of)\s+)"
                        r"(?:commit|raise|increase|spend|reach|accept|sign\s+up|agree|lift|boost|go|meet|fulfil|hit|achieve)\w*\b"
                        r"(?!\s+(?:beyond|above|further|past))[^,;]{0,80}$", regex.IGNORECASE)
# "5% of GDP would be \"unreasonable\"", "3.5% is not realistic for us": the figure judged out of the question
REFUSAL_WORDS = (r"(?:[\"“'‘]\s*)?(?:simply\s+|totally\s+|completely\s+|far\s+)?(?:unreasonable|unrealistic|not\s+realistic|counterproductive|"
                 r"unaffordable|absurd|impossible|not\s+feasible|unattainable|out\s+of\s+the\s+question|insufficient|inadequate|"
                 r"not\s+enough|too\s+small)\b")
REFUSED_AFTER = regex.compile(r"\s+(?:(?:of\s+)?(?:GDP|GNP|GNI)\s+)?(?:[\w'’-]+\s+){0,3}?(?:would\s+be|is|was|are|were|seems|remains)\s+"
                              + REFUSAL_WORDS, regex.IGNORECASE)
REFUSAL_STEMS = ("reasonable", "realistic", "counterproductive", "affordable", "absurd", "impossible", "feasible",
                 "attainable", "question", "insufficient", "inadequate", "enough", "small")  # one in every REFUSAL_WORDS match
# (a word added to REFUSAL_WORDS needs its stem here: tests/claims/test_guards_exact.py compares guarded and plain searches)
REFUSED_AFTER_SCAN = _lexicon.Guarded(REFUSED_AFTER, REFUSAL_STEMS)  # (tried only where the window holds a refusal word)
# "The opposition called the 3.5% goal unrealistic", "branded a 5% target absurd": a judging verb before the figure, the
# refusal word after its noun phrase
JUDGED_BEFORE = regex.compile(r"\b(?:called|calls|call|calling|deemed|deems|branded|brands|labelled|labeled)\s+(?:[\w'’-]+\s+){0,3}$",
                              regex.IGNORECASE)
JUDGED_BEFORE_SCAN = _lexicon.Guarded(JUDGED_BEFORE, ("call", "deem", "brand", "label"))  # (searched only where its verbs stand)
# "Spain would find it impossible to spend 5% of GDP", "it is not realistic to reach 3.5%": refused before the figure
REFUSED_BEFORE = regex.compile(REFUSAL_WORDS + r"\s+(?:for\s+(?:[\w'’-]+\s+){1,3})?to\s+(?:[\w'’-]+\s+){1,5}?$", regex.IGNORECASE)
# (searched only where the window holds a refusal word: nearly never)
REFUSED_BEFORE_SCAN = _lexicon.Guarded(REFUSED_BEFORE, REFUSAL_STEMS)
JUDGED_AFTER = regex.compile(r"\s+(?:(?:of\s+)?(?:GDP|GNP|GNI)\s+)?(?:[\w'’-]+\s+){0,3}?" + REFUSAL_WORDS, regex.IGNORECASE)
REFUSED_REACH = 120
# a sentence restating the previous one's figure: "The figure is equal to about 2.4% of GDP", "That is an increase of"
# (also after a leading phrase adding or leaving out a part: "With 25.5 billion from the special fund, the total comes to",
# "Including the special funds, the figure rises to")
RESTATES_PREVIOUS = regex.compile(r"[\"“'‘]?\s*(?:(?:including|with|excluding|counting|together\s+with)\s(?:[^,;.]|\.(?=\d)){0,120},\s+)?"
                                  r"(?:it|this|that|the\s+figure|the\s+total|the\s+sum|the\s+amount|the\s+increase|the\s+rise)\s+"
                                  r"(?:is|was|would\s+be|will\s+be|represents|amounts\s+to|equals|corresponds\s+to|comes\s+to|rises\s+to|"
                                  r"climbs\s+to|totals|will\s+total|would\s+total)\s+"
                                  # (not an outturn set against it: "It was in fact lower, at 3.3 billion")
                                  r"(?!why\b|because\b|how\b|what\b|not\b|where\b|when\b|in\s+fact\b|actually\b|instead\b|lower\b|higher\b|smaller\b|larger\b)",
                                  regex.IGNORECASE)
# "should be" and the level itself, not a passive of an act ("should be cut to")
SHOULD_BE_LEVEL = regex.compile(r"should\s+(?:still\s+|then\s+|now\s+|also\s+)?be\s+(?:(?!(?:\w+ed|cut|set|held|kept|spent|brought|made|put)\b)"
                                r"[\w'’-]+\s+){0,3}", regex.IGNORECASE)  # (up to the figure: fullmatch)
SHOULD_MOVE = regex.compile(r"should\s+(?:\w+ly\s+|still\s+|then\s+|now\s+|also\s+)?(?:amount\s+to|total|come\s+to|fall|rise|ease|decline|drop|"
                         r"climb|grow|shrink|narrow|widen|increase|decrease)\b(?!\s+(?:by\s+)?(?:further\s+)?(?:than)\b)", regex.IGNORECASE)
# (also the other acts on a debt owed: "suspended interest payments on 68 billion dlrs of commercial debt", "a moratorium on
# repayments of 13 billion dlrs", "froze 16 billion dlrs of credit lines", "write off 1.03 billion dlrs of debt")
# (no "to" or future between: "payments of restructured debt are lowered to 1.05 billion" is the payments' new level; a
# write-off's amount is what is decided, not a stock described)
RESCHEDULED_BEFORE = regex.compile(r"\b(?:reschedul|restructur|refinanc|roll(?:ing|ed)?\s+over|suspen[ds]|moratori|froze|freez|"
                                   r"stretch\w*\s+out|reprogram)\w*\s+"
                                   r"(?:(?!(?:to|will|would)\s)[\w'’-]+\s+){0,4}?$",
                                   regex.IGNORECASE)
RESCHEDULED_BEFORE_SCAN = _lexicon.Guarded(RESCHEDULED_BEFORE, ("reschedul", "restructur", "refinanc", "roll", "suspen", "moratori",
                                                                "froze", "freez", "stretch", "reprogram"))  # (where its verbs stand)
# the stances a debt stock acted on may wrongly take from the act: the act's decision, or a "would"/"will" of the sentence
# when the act is done ("this attitude would not help resolve the crisis started when Brazil suspended interest payments on
# 68 billion dlrs"; "the Paris Club was expected to freeze 20-30bn rupiah in payments" is the freeze expected)
ACTED_ON_TYPES = frozenset({"commitment", "forecast"})
DONE_ACT = regex.compile(r"[a-z]+ed\b|froze\b|suspension\b|moratorium\b", regex.IGNORECASE)


def _done_act(text: str, pos: int) -> bool:
    """Whether the act on a debt starting at `pos` is done or in force (a past form, "suspension", "moratorium")."""
    return DONE_ACT.match(text, pos) is not None
# (plural reports and figures: "the report suggested raising VAT" can be a commission recommending)
EVIDENCE_SUBJECT = regex.compile(r"\b(?:reports|data|figures|numbers|estimates|surveys|polls|indicators|evidence|signs|trends|calculations)"
                              r"\s+(?:\w+ly\s+|also\s+|now\s+)?$", regex.IGNORECASE)
EVIDENCE_SUBJECT_SCAN = _lexicon.Guarded(EVIDENCE_SUBJECT, ("reports", "data", "figures", "numbers", "estimates", "surveys", "polls",
                                                          "indicators", "evidence", "signs", "trends", "calculations"))  # (where its nouns stand)
# "a retaliation package that would have put tariffs on 93 billion euros of goods", "a plan which would cut": what a plan
# would do with an instrument is the plan's content, not an effect someone forecasts
PLAN_RELATIVE = regex.compile(r"\b(?:package|plan|programme|program|bill|proposal|measures?|scheme|budget)\s*,?\s+(?:that|which)\s+$",
                              regex.IGNORECASE)
PLAN_RELATIVE_SCAN = _lexicon.Guarded(PLAN_RELATIVE, ("that", "which"))  # (searched only where its pronouns stand)
MODAL_GUESS = regex.compile(r"(?:could|likely|may|might|end\s+up)\b", regex.IGNORECASE)
# past verbs measuring a level against a target ("fell short of the", "missed its", "exceeded NATO's")
# (and a level stated as a multiple or fraction of a target: "less than half the United Nations target of 0.7%", "more
# than double the 2% target they agreed in 2014")
MEASURED_AGAINST = regex.compile(r"\b(?:fell\s+short\s+of|falls\s+short\s+of|missed|misses|exceeded|exceeds|breached|breaches|surpassed|"
                                 r"overshot|undershot|met|meets|topped|"
                                 r"(?:more|less)\s+than\s+(?:half|double|twice|triple|a\s+third|a\s+quarter|two-thirds)(?:\s+of)?)"
                                 r"\s+(?:[\w'’-]+\s+){0,4}?$", regex.IGNORECASE)
MEASURED_AGAINST_SCAN = _lexicon.Guarded(MEASURED_AGAINST, ("short", "miss", "exceed", "breach", "surpass", "overshot", "undershot", "met",
                                                          "meet", "topped", "than"))  # (where its verbs stand)
EXPECTS_OF = regex.compile(r"expect(?:s|ed|ing)?\s+(?:(?:the|its|all|other|fellow|European|Asian|NATO|[A-Z]\w+['’]s)\s+){0,2}"
                        r"(?:allies|members|partners|countries|nations|governments|states)\s+to\s+"
                        r"(?:spend|reach|raise|meet|lift|increase|boost|pay|contribute|cut|hit|commit)\b")
PRONOUN_SUBJECT = regex.compile(r"\b(?:it|we|they|he|she|I)\s+$")
NATO_BEFORE = regex.compile(r"\bNATO(?:['’]s)?\s+(?:(?:old|new|long-standing|longstanding|current|overall|core|official|headline)\s+)*$")
NATO_OF = regex.compile(r"\bNATO(?:['’]s)?\s+(?:[\w-]+\s+){0,2}(?:target|goal|guideline|benchmark|pledge)\s+of\s+(?:(?:about|around|at\s+least)\s+)?$")
GLOBAL_BEFORE = regex.compile(r"\b(?:global|world|worldwide|world['’]s)\s+(?:\w+\s+)?$", regex.IGNORECASE)
GLOBAL_BEFORE_SCAN = _lexicon.Guarded(GLOBAL_BEFORE, ("global", "world"))  # (searched only where its words stand)
# "Trump told allies to spend 5%", "tells Berlin to cut": telling someone to do something demands it (a bare "told
# reporters" only reports); the object is short, the infinitive follows it
# (not "telling them of Japan's plan to spur spending", "told reporters about a plan to cut": the infinitive after "of" or
# "about" is the plan's, the telling reports it)
TOLD_TO = regex.compile(r"\b(?:told|tell|tells|telling)\s+((?:(?!(?:to|of|about)\s)[\w'’.-]+\s+){1,5}?)to\s+(?!the\s|a\s|an\s)[a-z]+",
                        regex.IGNORECASE)
TOLD_TO_ENTRY = {"cue": "told to", "claim_type": "demand", "pos": "V", "priority": "60"}
ASKED_OF = regex.compile(r"\s+of\s+(?:it|them|him|her|us|me)\b", regex.IGNORECASE)
OWN_PLAN_NOUNS = frozenset({"plan", "plans", "pledge", "pledges", "promise", "promises"})
AID_REQUEST = frozenset({"request", "requests", "requested", "requesting"})
# a government's budget request ("the administration's budget request for 15 billion dlrs in foreign aid")
BUDGET_REQUEST = regex.compile(r"\b(?:budget|administration['’]?s?|White\s+House|fiscal\s+\d{4}|supplemental)\b", regex.IGNORECASE)
# a threshold above which a fiscal rule exempts spending: "outlays above 1% of GDP", "spending in excess of 1.5%"
THRESHOLD_BEFORE = regex.compile(r"\b(?:spending|outlays|expenditures?|costs|borrowing|deficits?)\s+(?:above|over|beyond|exceeding|in\s+excess\s+of)\s+$",
                                 regex.IGNORECASE)
THRESHOLD_RULE = regex.compile(r"\b(?:debt\s+brake|escape\s+clause|exempt\w*|counts?\s+against|deficit\s+rules?|fiscal\s+rules?)\b",
                               regex.IGNORECASE)
# a margin a rule lets members add: "lets member states add ... by up to 1.5% of GDP"
MARGIN_BEFORE = regex.compile(r"\bup\s+to\s+$", regex.IGNORECASE)
MARGIN_RULE = regex.compile(r"\b(?:escape\s+clause|debt\s+brake|fiscal\s+rules?|deficit\s+rules?)\b[^;.]{0,80}?\b(?:lets|allows|permits)\b",
                            regex.IGNORECASE)
# "pressed allies to move faster, saying they should reach 3.5%": a modal whose subject is a pronoun for others (not "we",
# "it") obliges them; the speaker asks it of them
OTHERS_PRONOUN = regex.compile(r"\b(?:they|he|she)\s+(?:\w+ly\s+|also\s+|still\s+)?$", regex.IGNORECASE)
# "Sweden needed to borrow 40 billion crowns last year": the subject's own past need states what it did, no one asks it
# (the passive asks: "savings of 2 billion would be needed to stabilise the debt", "a cut was needed")
NEEDED_TO = regex.compile(r"\s+to\s", regex.IGNORECASE)
PASSIVE_NEED = regex.compile(r"\b(?:be|been|being|is|are|was|were|it['’]s|\w+ly)\s+$", regex.IGNORECASE)
PAYS = regex.compile(r"\s+(?:\w+\s+)?(?:pay|paid|pays|face|faces)\b", regex.IGNORECASE)
# (also named by its owner or kind: "Germany's debt brake", "The new NATO guideline", "the EU's fiscal rules")
RULE_SUBJECT = regex.compile(r"\W*(?:the\s+|its\s+|their\s+|an?\s+)?(?:(?-i:[A-Z])[\w.]*['’]s\s+)?(?:old\s+|new\s+|current\s+|existing\s+)?"
                             r"(?:(?-i:[A-Z]{2,})\s+|fiscal\s+|budget\s+|spending\s+|debt\s+|stability\s+|growth\s+(?:and\s+stability\s+)?)?"
                             r"(?:benchmark|guideline|rule|rules|law|statute|constitution|pact|treaty|criteria|criterion|brake)\b",
                             regex.IGNORECASE)
# the document right before the verb is its subject, whoever else the sentence names ("The draft calls for ..., the
# finance ministry said")
DOC_RIGHT_BEFORE = regex.compile(r"\b(?:budget|plan|bill|package|proposal|draft)" + NOUN_ASIDE + r"\s+(?:also\s+|further\s+|now\s+)?"
                              r"(?:(?:could|may|might|would|will)\s+)?$", regex.IGNORECASE)
DOC_SUBJECT = regex.compile(r"\b(?:budget|plan|formula|measure|bill|resolution|package|proposal|draft)(?:['’]s)?"
                         # (past an aside: "The plan, drafted by the Democratic-controlled Budget committee, calls for")
                         r"(?:\s*,[^,.;]{1,90},)?\s+(?:\w+\s+){0,8}?$", regex.IGNORECASE)
# a government's budget as the subject of what a document calls for ("the budget, to be sent to parliament next month, calls
# for spending of"): what it contains is the government's plan, not a proposal (not a draft's, an alternative's or a
# legislature's: those propose)
GOVERNMENT_BUDGET_DOC = regex.compile(r"(?<!draft\s)(?<!proposed\s)(?<!alternative\s)(?<!opposition\s)(?<!rival\s)(?<!shadow\s)"
                                      r"\bbudget(?:['’]s)?(?:\s+\w+){0,3}?(?:\s*,[^,.;]{1,90},)?\s+$", regex.IGNORECASE)
# a party, not the government, as the subject of a wish for its own state's figure ("The Democratic Party for the People wants
# the overall rate cut to 5%", "the opposition wants"): it proposes a policy it cannot set
DOC_CALLS = regex.compile(r"call(?:s|ed|ing)?\s+for\b", regex.IGNORECASE)
# a party's plan as the subject of the clause ("the Conservatives' plans", "Labour's spending plan", "the opposition's proposals")
PARTY_PLAN = regex.compile(r"\b(?:(?:the\s+)?(?:Conservatives|Tories|Labour|Liberal\s+Democrats|Democrats|Republicans|opposition|party)['’]s?\s+|"
                           r"(?:opposition|party|Tory|Labour|Conservative)\s+(?:\w+\s+)?)(?:\w+\s+){0,2}?(?:plans?|proposals?|alternative|programme|manifesto)\s+"
                           r"(?:\w+ly\s+|also\s+)?(?:would|will|could|to)\s+(?:[\w-]+\s+){0,8}?$"
                           # "a Conservative Party taking Britain back and planning deep cuts of £35bn": a party planning
                           r"|\b(?:opposition|Tory|Labour|Conservative)\s+[Pp]arty\s+(?:[\w'’-]+\s+){0,5}?(?:planning|proposing)\s+"
                           r"(?:[\w-]+\s+){0,4}?$")
# a figure as what something would bring about ("would result in a nine billion dlr deficit", "will lead to a shortfall of")
# (or what it would change of itself: "spending under the plan would drop automatically by about five billion dlrs")
EFFECT_OBJECT = regex.compile(r"\b(?:would|will|could|might)\s+(?:\w+ly\s+|also\s+)?(?:(?:result\s+in|lead\s+to)\s+(?:an?\s+|the\s+)?"
                              r"(?:[\w-]+\s+){0,3}?(?:of\s+)?|\w+\s+automatically\s+(?:by\s+|to\s+)?)(?:about\s+|around\s+|some\s+)?$",
                              regex.IGNORECASE)
# an outcome a plan "would show", "would yield", "would mean" ("the administration's budget plan, if adopted, would yield a
# deficit of 134 billion dlrs", "Reagan's budget would show a 134.4 billion dlr deficit", "Brazil's request would mean an
# additional credit of three billion dlrs"): as EFFECT_OBJECT, for the balances and debts no one sets directly (a plan that
# "would mean an extra £13.4bn a year for defence" states its own spending)
OUTCOME_OBJECT = regex.compile(r"\b(?:would|will|could|might)\s+(?:\w+ly\s+|also\s+)?(?:show|leave|produce|mean|create|yield)\s+"
                               r"(?:an?\s+|the\s+)?(?:[\w-]+\s+){0,3}?(?:of\s+)?(?:about\s+|around\s+|some\s+)?$", regex.IGNORECASE)
OUTCOME_METRICS = frozenset({"fiscal_deficit", "current_account", "public_debt", "external_debt"})
# a gap noun right after a figure ("an annual £10.5bn \"black hole\" in the nation's coffers", "a 20 billion franc shortfall")
GAP_AFTER = regex.compile(r"\W{0,2}\s*[\"“'‘]?(?:black\s+hole|hole|gap|shortfall|funding\s+gap)\b", regex.IGNORECASE)
# a hedging modal right before a verb ("could require", "may need", "might call for")
HEDGED_BEFORE = regex.compile(r"\b(?:could|may|might)\s+(?:well\s+|also\s+|eventually\s+)?$", regex.IGNORECASE)
# a count of an organisation's members as a subject ("Twenty-three of NATO's 32 members", "18 of the 27 member states")
MEMBER_TALLY = regex.compile(r"\b(?:\d+|[A-Za-z]+(?:-[a-z]+)?)\s+of\s+(?:the\s+|its\s+|their\s+|[A-Z]\w*['’]s\s+)?(?:\w+\s+)?"
                             r"(?:members|allies|member\s+states|member\s+countries|countries)\s+(?:\w+ly\s+|also\s+)?$")
PARTY_SUBJECT = regex.compile(r"\b(?:part(?:y|ies)|opposition|Democrats|Republicans|Conservatives|Tories|Labour|Liberals)\b")
# "his party would cut £35bn in spending", "said it would raise taxes by", "tariffs would be cut by", "measures would
# include raising surtax by": a policy act, not a plan's effect
ACTION_AFTER = regex.compile(r"\s+(?:\w+ly\s+|also\s+|then\s+|not\s+|never\s+)?(?:be\s+|include\s+|includes\s+)?"
                          r"(?:cut|rais|reduc|increas|spen[dt]|lift|boost|allocat|provid|invest|earmark|stop|trim|impos|introduc|"
                          r"doubl|halv|slash|set\s+aside)\w*\b", regex.IGNORECASE)
# "this would reduce", "the budget would raise taxes by": the effect of a plan or document, not a policy act
EFFECT_SUBJECT = regex.compile(r"\b(?:this|that|which|and|budget|plan|bill|measure|package|proposals?|formula|move|changes?|cuts?|reductions?|"
                            r"law|legislation|reform|scheme)\s+$", regex.IGNORECASE)
# "will be 76 billion", "would be about 3%": a future level, not "will be raised/cut/set to"
LEVEL_BE = regex.compile(r"(?:will|would)\s+(?:still\s+|now\s+|then\s+)?be\s+(?:(?:about|around|roughly|some|nearly|almost|just|only|over|under|below|above|more|less|than|at|between|close|to|approximately|a|an|well)\s+)*"
                      r"(?:\d|[$£€]|(?:one|two|three|four|five|six|seven|eight|nine|ten|half)\b)", regex.IGNORECASE)


# a party's plan or pledge ("Labour's plan to invest £60bn in services", "a Tory plan to cut spending by £35bn", "the
# opposition's alternative budget"): what a party would do with the state's budget (its spending, taxes, deficit) if it
# governed is a policy figure, though the sentence names no state or government (a party's own money is named otherwise:
# "Labour spent £18m on its campaign"; its plans for grants or student numbers are not the state's finances)
PARTY_BUDGET_PLAN = regex.compile(r"\b(?:(?-i:Labour|Tory|Tories|Conservatives?|Liberal\s+Democrats?|Lib\s+Dems?|Democrats?|Democratic|"
                           r"Republicans?|Social\s+Democrats?)|opposition|party|parties)(?:['’]s?)?\s+(?:[\w-]+\s+)?"
                           r"(?:plans?|proposals?|pledges?|manifesto|alternative|programme|program)\b", regex.IGNORECASE)
PARTY_BUDGET_PLAN_SCAN = _lexicon.Guarded(PARTY_BUDGET_PLAN, ("plan", "proposal", "pledge", "manifesto", "alternative", "program"))

OPPOSITION = regex.compile(r"\bopposition\b", regex.IGNORECASE)
# a reporting verb with the subject of a "would" right after it: "The finance ministry said tariffs would"
REPORTED_WOULD = regex.compile(r"\b(?:(?:said|says|announced|stated)\s+|told\s+(?:\w+\s+){1,2}?)(?:that\s+)?(?:[\w'’-]+\s+){1,4}$",
                               regex.IGNORECASE)
CONDITION = regex.compile(r"\b(?:if|unless|provided)\b", regex.IGNORECASE)


def find_claims(article: dict, sentences: list, mentions: list[dict]) -> list[dict]:
    """Claims of one article (pure: the same input gives the same claims): the rules' claims, their claim_type then
    decided by the learned model where it knows the type (typemodel.py: better than the rules on unseen articles)."""
    return _typemodel.retype(find_claims_rules(article, sentences, mentions), article)


def find_claims_rules(article: dict, sentences: list, mentions: list[dict]) -> list[dict]:
    """The rules' claims of one article, before the model's claim_type (what the model is trained on)."""
    if not mentions:
        return []
    text = article["text"]
    per_sentence: dict[int, list[dict]] = defaultdict(list)
    for m in mentions:
        per_sentence[m["sentence_index"]].append(m)
    by_index = {s.index: s for s in sentences}
    state = {"ctx": None, "report_pos": 0, "report": None, "last_metric": None,
             "last_index": None}
    claims: list[dict] = []
    for index in sorted(per_sentence):
        sentence = by_index.get(index)
        ms = [m for m in per_sentence[index] if m.get("unit") in CLAIM_UNITS and not share_of_people(text, m)
              and not counted_items(text, m)]
        if sentence is None or not ms:
            continue
        spans = [(m["char_start"], m["char_end"]) for m in per_sentence[index]]
        hits = _metric.sentence_cues(text, sentence.start, sentence.end, spans)
        # "revenues" just after a claim on a state's finances, or beside a budget, deficit or tax word of their own sentence
        recent = state["last_index"] is not None and index - state["last_index"] <= IN_TOPIC_REACH
        hits = _metric.in_topic(hits, state["last_metric"] if recent else None)
        hits = _metric.serviced_debts(text, hits, sentence.start)
        if _government_revenue(hits, state, article, sentences, sentence):
            hits = _metric.in_topic(hits, None, public=True)
        hits = _without_denominators(text, sentence, hits)
        if hits and all(h.entry["metric"] == "NONE" for h in hits):
            continue  # only company, market or poll words: no policy figure here
        if "topics" not in state:  # the headline's topic, once per article; then each claim's metric
            state["title_topic"] = state["last_metric"] = _metric.title_topic(article.get("title"))
            state["off_policy_title"] = _metric.off_policy_title(article.get("title"))
            state["topics"] = [state["last_metric"]] if state["last_metric"] else []
            state["legislative"] = None  # computed on first need (one scan of the article)
        transfers = _aid_transfers(text, sentence, ms, state)
        if transfers:  # a state, government or alliance gives it: "the site has received 8 million" is a charity's
            if not _roles.names_public_body(_article_context(state, article, sentences), sentence):
                transfers = []
        topic = _previous_topic(text, by_index, per_sentence, index, state) \
            if not hits or _carries(hits) or _resolves_only(hits) else None
        if topic is None and not hits and not state.get("scored_claims") and _opening_figure(text, sentence, ms):
            # before any claim: "The government has reached an agreement on social security savings. ... 166 million euros
            # will be saved on social and health services." (a government body and one metric, in the sentence before)
            topic = _previous_topic(text, by_index, per_sentence, index, state,
                                    lambda s: _names_government(_article_context(state, article, sentences), s))
        if topic is not None:  # the sentence before, with no figure of its own, named what this one goes on about
            state["topics"] = [t for t in state["topics"] if t != topic] + [topic]
        bilateral = _bilateral_transfers(text, sentence, ms, state, article, sentences) if not hits and not transfers else []
        act_figures = None  # the figures public bodies' acts are done to, in a sentence with no metric word (_story_acts)
        if bilateral:
            # "The U.S. is to lend Sudan 57 mln dlrs": a sum one state gives or lends another is aid, in any story
            hits = [_metric.Hit(t.end, t.end, BILATERAL_CUE) for t in bilateral]
        elif not hits:
            acts = []
            if not _goes_on(text, sentence, ms, index, state, topic, by_index.get(index - 1),
                            lambda: _article_context(state, article, sentences)) and not transfers:
                # "... public borrowing rose. The government made net borrowings of 23 billion marks": a public body's act
                # on its figure (borrowing, a levy, a payment to creditors, spending, giving) goes on with a story of the
                # metric that act carries on
                acts = _story_acts(text, sentence, ms, state, topic, _article_context(state, article, sentences))
                if not acts:
                    continue
                act_figures = {start for _, start in acts}
                acts = [hit for hit, _ in acts]
            # "... the deficit. It may turn out at four billion": the previous sentence's topic goes on;
            # "Sánchez said his government would not commit to 5%": so does the share a stance is taken on;
            # "The United States remained the largest donor, giving more than $60bn": so does the aid of an aid story
            # (carried from each word that moves a sum)
            hits = acts or [_metric.carried_cue(sentence.start)] + [_metric.carried_cue(t.end) for t in transfers]
        elif (_opens_with_figure(text, sentence, ms, index, state) or _opens_on_pronoun(text, sentence, index, state)) \
                and not any(h.entry["metric"] == "NONE" for h in hits):
            # its own words farther on may not reach the figure: "It widened to 622 mln dlrs in January from 484 mln in
            # December and compared with a deficit of 334 mln in January 1986"
            hits = [_metric.carried_cue(sentence.start)] + hits
        elif _carries_only(hits) and _goes_on(text, sentence, ms, index, state, topic, by_index.get(index - 1),
                                              lambda: _article_context(state, article, sentences)) \
                and _roles.names_public_body(_article_context(state, article, sentences), sentence, by_name=True):
            # "Berlin plans 152.8 billion euros in 2029, when it wants to reach 3.5%": the anaphoric word governs its own
            # figure; one it does not reach goes on with the topic as in a sentence with no cue at all, when the sentence
            # names the state or body whose plan it is ("Air Lanka is thus indebted ... for its repayment" is a firm's)
            hits = [_metric.carried_cue(sentence.start)] + hits
        elif transfers and not any(h.entry["metric"] == "NONE" for h in hits):
            # "... has promised to ask Congress for 910 mln dlrs under an agreement that prompted criticism in Turkey for not
            # winning enough aid": the sentence's own word is out of reach, the story's aid is not
            hits = sorted([_metric.carried_cue(t.end) for t in transfers] + hits, key=lambda h: h.start)
        found = _sentence_claims(article, sentences, sentence, ms, hits, spans, state)
        if act_figures:
            # only the figure each act is done to: "levied a flat one pct surtax on incomes above 90,000 dlrs", "repaid 500
            # mln dlrs out of the 14 billion dlrs covered by the standstill" (the other sum is no payment)
            found = [c for c in found if c["char_start"] in act_figures]
        for c in found:  # each scored share the story has stated, for an anaphoric restatement of it ("the 3% ambition")
            if c["metric"] in _metric.SCORED and c["unit"] == "percent":
                state.setdefault("stated", {})[(c["unit"], c["value"])] = c["metric"]
        if found:
            state["last_metric"] = found[-1]["metric"]
            # an article that has made a claim of a scored metric stays on policy through unscored ones ("... a budget
            # of 15,596 billion won. ... GNP will grow by 7.5 pct ... The balanced budget in 1986 totalled ...")
            state["scored_claims"] = state.get("scored_claims") or any(c["metric"] in _metric.SCORED for c in found)
            state["last_type"] = found[-1]["claim_type"]
            # the story's first claim: a spending plan ("Britain would raise defence spending to 2.5% of GDP") makes
            # a plan story (_budget_plan_level)
            state.setdefault("plan_lead", found[0]["claim_type"] == "commitment" and found[0]["metric"] in BUDGET_SET)
            # ... and a proposal ("Finance Minister Eyskens is proposing a package of tax cuts worth 102 billion francs") a
            # story whose plan's contents are proposed (_plan_content)
            state.setdefault("proposal_lead", found[0]["claim_type"] == "proposal")
            state["last_units"] = {c["unit"] for c in found}
            # the topics a weak word may take: the headline's and the latest claim's
            state["topics"] = [t for t in (state["title_topic"], state["last_metric"]) if t]
            state["last_index"] = index
        claims.extend(found)
    return claims


def _government_revenue(hits, state: dict, article: dict, sentences, sentence) -> bool:
    """Whether a word states use too ("revenues") that no context has read yet is a government's own: a government body
    named before it is the sentence's voice or owner ("The U.K. Government forecasts that oil revenues will fall to four
    billion stg", "the finance ministry's revenues"), and no other company, market or poll word stands in the sentence
    ("the government said the company's revenues rose" stays a company's)."""
    words = [h for h in hits if h.entry["metric"] == "NONE" and h.entry.get("in_topic")]
    borrows = [h for h in hits if h.entry["metric"] == "CARRY" and h.entry.get("in_topic")]
    if not (words or borrows) or any(h.entry["metric"] == "NONE" and not h.entry.get("in_topic") for h in hits):
        return False
    ctx = _article_context(state, article, sentences)
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


def _without_denominators(text: str, sentence, hits: list) -> list:
    """The sentence's cues without the company, market or other words that stand as the denominator of a policy figure's
    ratio ("get the ratio of debt payments to foreign exchange earnings down from 50 pct to 25 pct" measures debt payments;
    the earnings are the country's, not a company's figure, and "export earnings" are no metric of their own here)."""
    if all(h.entry["metric"] in _metric.SCORED for h in hits) or not any(h.entry["metric"] in _metric.SCORED for h in hits):
        return hits
    out = []
    starts = [h.start for h in hits]  # hits are in text order
    for k, h in enumerate(hits):
        # only cues that start near enough for "to" and three words to join them can be the ratio's numerator: a
        # sentence of thousands of words must not compare every pair of its cues
        near = bisect.bisect_left(starts, h.start - RATIO_WINDOW, 0, k)
        if h.entry["metric"] not in _metric.SCORED and h.entry["metric"] != "CARRY" and any(
                g.entry["metric"] in _metric.SCORED and g.end <= h.start and RATIO_TO.fullmatch(text, g.end, h.start)
                and RATIO_OF_SCAN.search(text, max(sentence.start, g.start - RATIO_REACH), g.start) for g in hits[near:k]):
            continue
        out.append(h)
    return out


def _party_plan_noun(text: str, clause, cue) -> bool:
    """Whether the plan noun governing a figure is a party's ("a Tory plan to cut spending by £35bn")."""
    m = PARTY_BUDGET_PLAN_SCAN.search(text, max(clause[0], cue.start - 40), cue.end)
    return m is not None and m.end() == cue.end


def _goes_on(text: str, sentence, ms: list[dict], index: int, state: dict, topic: str | None, before, ctx_of) -> bool:
    """Whether a sentence with no metric word of its own goes on with the story's topic: it opens on a continuation word
    right after a claim's sentence or a sentence naming the topic with no figure ("The debt keeps rising. It reached
    ..."), or on the head noun of the claim's cue just before ("Government borrowing stood at ... Borrowing in the
    December quarter rose to ..."), opens on its figure, or takes a stance on a bare share or sum shortly after a claim."""
    # the cheap test first: the opening is matched (~6 us) only where a claim or topic is just before
    if (state["last_index"] == index - 1 or topic is not None) and CONTINUES.match(text, sentence.start, sentence.end):
        return True
    if state["last_index"] == index - 1 and before is not None and _repeats_head(text, sentence, before):
        return True
    if topic is not None and _opening_figure(text, sentence, ms):
        return True  # "The government agreed on savings. ... 166 million euros will be saved on health services."
    return _opens_with_figure(text, sentence, ms, index, state) or _bare_share(text, sentence, ms, index, state, ctx_of) \
        or _level_list(text, sentence, ms, index, state) or _pronoun_figure(text, sentence, ms, index, state)


def _opens_on_pronoun(text: str, sentence, index: int, state: dict) -> bool:
    """Whether a sentence opens on a continuation word right after a claim's sentence ("It widened to 622 mln dlrs")."""
    return state["last_index"] == index - 1 and state["last_metric"] in _metric.SCORED \
        and CONTINUES.match(text, sentence.start, sentence.end) is not None


OPENING_WORD = regex.compile(r"[\"“'‘]?\s*(\w+)")


def _repeats_head(text: str, sentence, before) -> bool:
    """Whether a sentence opens on the last word of a scored metric cue of the sentence before ("Government borrowing" ->
    "Borrowing", "public debt repayments" -> "Repayments"): the same subject, with its qualifier left out."""
    m = OPENING_WORD.match(text, sentence.start, sentence.end)
    if m is None:
        return False
    word = m.group(1).lower()
    for h in _metric.sentence_cues(text, before.start, before.end, []):
        if h.entry["metric"] in _metric.SCORED and " " in h.entry["cue"].strip() \
                and text[h.start:h.end].split()[-1].lower() == word:
            return True
    return False


def _specific_in_sentence(fig: dict, hits) -> bool:
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


DEFINITE_OPENING = regex.compile(r"[\"“']?\s*the\s+(\w+)", regex.IGNORECASE)
# a label line of a list under the sentence before ("The government presented its draft budget.\nDefence: 82.7 billion")
LABEL_OPENING = regex.compile(r"\s*[-•*–]?\s*(?-i:[A-Z])[\w -]{0,40}:\s")


def _continues_public_body(ctx, sentences, sentence, hits) -> bool:
    """Whether a sentence goes on about a state, government or alliance the sentence just before names: it opens on a
    continuation word or on "the" with a noun of that sentence ("Ruritania's government approved its budget. It foresees
    spending of ...", "... The budget includes: - 12 billion crowns for defence"). Neither sentence may hold a company,
    market or poll word ("Sales of stakes in firms including Russia's ... This helped to bring debt down to ...": the
    state named is not the subject)."""
    if any(h.entry["metric"] == "NONE" for h in hits):
        return False
    k = sentence.index - 1
    before = sentences[k] if 0 <= k < len(sentences) and sentences[k].index == k else None
    if before is None:
        return False
    text = ctx.text
    before_hits = _metric.sentence_cues(text, before.start, before.end, [])
    if not CONTINUES.match(text, sentence.start, sentence.end) and not LABEL_OPENING.match(text, sentence.start, sentence.end) \
            and not _opens_on_finances(text, sentence, hits, before_hits):
        m = DEFINITE_OPENING.match(text, sentence.start, sentence.end)
        if m is None or regex.search(r"\b" + regex.escape(m.group(1)) + r"\b", text[before.start:before.end], regex.IGNORECASE) is None:
            return False
    if any(h.entry["metric"] == "NONE" for h in before_hits):
        return False
    return _roles.names_public_body(ctx, before)


FINANCE_OPENING = regex.compile(r"[\"“']?\s*(?:the\s+|its\s+|their\s+)?", regex.IGNORECASE)


def _opens_on_finances(text: str, sentence, hits, before_hits) -> bool:
    """Whether a sentence opens on a word of a state's finances (its subject: "Spending will rise to 420 billion crowns, while
    borrowing will reach 60 billion") right after a sentence about a budget ("Ruritania's government approved its 2026
    budget on Tuesday."): it goes on with that budget."""
    if not hits or not _metric.own_finances(before_hits):
        return False
    m = FINANCE_OPENING.match(text, sentence.start, sentence.end)
    first = min(hits, key=lambda h: h.start)
    return m is not None and first.start == m.end() and first.entry["metric"] in _metric.STATE_FINANCES


def _article_context(state: dict, article: dict, sentences) -> "_roles.ArticleContext":
    """The article's context for roles, built on first need and kept in the article's state."""
    if state["ctx"] is None:
        state["ctx"] = _roles.ArticleContext(article, sentences)
    return state["ctx"]


def _carries_only(hits) -> bool:
    """Whether all of a sentence's cues are anaphoric words ("to reach", "the target") standing for the topic."""
    return bool(hits) and all(h.entry["metric"] == "CARRY" for h in hits)


def _resolves_only(hits) -> bool:
    """Whether all of a sentence's cues are weak words read by the story ("Defence gets the largest increase. The ministry
    will receive 82.7 billion euros from the core budget"): the sentence just before, with no figure, says which."""
    return all(h.entry.get("resolves") for h in hits)


def _carries(hits) -> bool:
    """Whether a sentence's cues include an anaphoric word ("the target", "the figure") that takes the topic before it."""
    return any(h.entry["metric"] == "CARRY" for h in hits)


TOPIC_REACH = 2  # figure-less sentences back to the one naming the topic ("... agreed on savings. Talks took months. 166 million")


def _names_government(ctx, sentence) -> bool:
    """Whether a sentence names a government body (a government, ministry, parliament: not only a state's name), by its
    name or by a word read as the story's ("The government has reached an agreement")."""
    return any(e.kind in ("institution", "generic") and e.code for e in ctx.entities(sentence))


def _previous_topic(text: str, by_index: dict, per_sentence: dict, index: int, state: dict, names_body=None) -> str | None:
    """The one scored metric named by the nearest of the sentences just before that holds no figure of its own.

    "The debt keeps rising. It reached 115.6% at the end of June": a sentence with no figure sets the topic the next one
    goes on with (looking back over up to TOPIC_REACH such sentences, never past one with a figure). None when it names no
    metric by a word of its own, or two ("the deficit and the debt": no single topic), or a company, market or poll word
    (the story has moved off the state's finances), or when the article has made no claim of a scored metric yet unless
    the caller asks for a topic sentence that `names_body` accepts (a government body)."""
    # a headline alone is no policy story ("E-SYSTEMS WINS NAVY CONTRACT", "SAVINGS BANK CLOSED")
    policy_story = bool(state.get("scored_claims"))
    if not policy_story and names_body is None:
        return None
    for back in range(index - 1, index - 1 - TOPIC_REACH, -1):
        before = by_index.get(back)
        if before is None or per_sentence.get(back):
            return None
        hits = _metric.sentence_cues(text, before.start, before.end, [])
        if not hits:
            continue  # "The government has been negotiating the matter for a long time.": the topic is further back
        if any(h.entry["metric"] == "NONE" for h in hits):
            return None
        # only words naming one metric by themselves ("income tax", "savings"), the specific ones first ("the savings
        # come from a higher value added tax" is about the tax): a word read by the story's topic ("the debt") would set
        # its default reading as the topic, and every later "target" and "goal" would take it
        own = [h for h in hits if not h.entry.get("resolves") and h.entry["metric"] != "CARRY"]
        named = {h.entry["metric"] for h in own if int(h.entry.get("weight") or 0) < WEAK_WEIGHT} \
            or {h.entry["metric"] for h in own if int(h.entry.get("weight") or 0) == WEAK_WEIGHT} \
            or _resolved_debt(hits, state)
        if len(named) != 1 or next(iter(named)) not in _metric.SCORED:
            return None
        return named.pop() if policy_story or names_body(before) else None
    return None


def _story_restatements(figs: list[dict], state: dict) -> list[dict]:
    """Figures with no metric word of their own, or only an anaphoric one, that restate a level the story has already
    claimed ("... has an ambition to reach 3% in the next parliament ... Starmer said the 3% ambition would depend on ...")
    take that claim's metric, whatever claim came in between."""
    stated = state.get("stated")
    if not stated:
        return figs
    for fig in figs:
        cue = fig["metric_cue"]
        # shares only: a sum of the same size is often another sum ("$2.3bn" of an infrastructure plan after a $2.3bn claim)
        if fig["unit"] == "percent" and (cue is None or cue.entry["metric"] == "CARRY"):
            metric = stated.get((fig["unit"], fig["m"].get("value")))
            if metric is not None:
                fig["metric"] = metric
    return figs


def _resolved_debt(hits, state: dict) -> set:
    """The debt a figure-less sentence names by a bare debt word only ("The debt keeps rising."), read by the story: its
    debt topic, else the stock its budget or current-account balance adds to. Other weak words stay unread here (a
    "budget" or "target" read by the story would set the story's own topic again)."""
    debts = [h for h in hits if h.entry.get("resolves") and h.entry["metric"] in _metric.DEBT_STOCKS]
    return {_metric.metric_of(h, hits, state.get("topics", [])) for h in debts} - {None}


def _figures(text: str, sentence, ms: list[dict], hits, spans, topics) -> list[dict]:
    figs = []
    aside = _metric.outside_opening_aside(text, sentence.start, sentence.end, hits) if hits else None
    all_hits = hits
    for m in sorted(ms, key=lambda m: m["char_start"]):
        # a figure after an opening aside ("Including the special funds for the armed forces, borrowing will total ...")
        # is governed by the words of the main clause only
        hits = aside[1] if aside is not None and m["char_start"] >= aside[0] else all_hits
        end, tail_basis = _metric.figure_tail(text, m["char_end"], sentence.end)
        fig = {"m": m, "char_start": m["char_start"], "char_end": m["char_end"], "end": end,
               "unit": m["unit"], "basis": m.get("basis") or tail_basis}
        fig["metric_cue"] = _metric.governing_cue(text, m["char_start"], end, hits, spans)
        if fig["unit"] == "percent" or (fig["unit"] == "currency" and _metric.weak_whole(fig["metric_cue"])):
            # a share, or a sum taken out of a budget ("will absorb 4.2 billion dlrs of the budget"): what it is taken of is
            # the whole, not what it measures
            fig["metric_cue"] = _metric.share_cue(text, m["char_start"], end, hits, spans, fig["metric_cue"])
        fig["metric"] = _metric.metric_of(fig["metric_cue"], hits, topics, (m["char_start"], end), spans, text)
        if fig["basis"] is None and fig["unit"] == "percent" and fig["metric"] in _metric.SCORED:
            # "the ratio of the current account surplus to GNP from the current five pct level": a share of GNP
            fig["basis"] = _metric.ratio_basis(text, fig["metric_cue"], m["char_start"], sentence.start, sentence.end)
        if fig["metric"] in DEBT_STOCKS and _metric.serviced_debt(
                text, fig["metric_cue"], m["char_end"] if fig["metric_cue"].start >= m["char_end"] else sentence.start):
            fig["metric"] = "debt_service"  # "earmarks 59.8 billion baht for servicing the government's foreign debt"
        paid = fig["unit"] == "percent" and _metric.service_share(text, m["char_start"], end, hits, sentence.start)
        if paid:
            fig["metric"] = paid  # "limit repayments on its five billion dlr debt to 10 pct of its export earnings"
        elif fig["unit"] == "percent" and not fig["basis"] and fig["metric"] in DEBT_STOCKS \
                and DEBT_PART.match(text, m["char_end"], sentence.end):
            fig["metric"] = "other"  # "34 banks holding more than 70 pct of the frozen debt": a part of the debt
        elif fig["unit"] == "currency" and fig["metric"] in _metric.SCORED \
                and ITEM_WORTH.search(text, max(sentence.start, m["char_start"] - ITEM_REACH), m["char_start"]):
            fig["metric"] = "other"  # "aid of 11.5 billion euros, including a Patriot system worth about 1 billion": an item
        elif fig["unit"] == "percent" and not fig["basis"] and fig["metric"] in _metric.SCORED \
                and FINANCING_SOURCE.match(text, m["char_end"], sentence.end) \
                and FINANCED_BEFORE.search(text, max(sentence.start, m["char_start"] - FINANCED_REACH), m["char_start"]):
            fig["metric"] = "other"  # "the deficit was financed 90 pct by credits and 10 pct by bonds": how it was paid for
        cue = fig["metric_cue"]
        if fig["metric"] == "fiscal_deficit" and cue is not None and cue.entry.get("balance") and cue.entry.get("resolves") \
                and TRADE_SUBJECT.search(text[sentence.start:cue.start]):
            # "Trade should show a one billion franc surplus this year after last year's 0.5 billion surplus", "trade with
            # Western countries plunged into a deficit": a bare balance word in a clause whose subject is trade is its balance
            fig["metric"] = "other"
        # a weak word standing alone (not resolved by a specific cue of its sentence) for a scored metric (a share paid out
        # of export earnings is named by its servicing word and its whole together)
        fig["weak_metric"] = fig["metric"] in _metric.SCORED and not paid and (
            cue is None or (int(cue.entry.get("weight") or 0) >= WEAK_WEIGHT
                            and not _metric.resolved_in_sentence(cue, hits, fig["metric"])))
        # any word short of a specific one ("tax", "the deficit"), for a story under a company's or market's headline
        fig["soft_metric"] = fig["metric"] in _metric.SCORED and not paid and (
            cue is None or (int(cue.entry.get("weight") or 0) >= 1
                            and not any(h is not cue and h.entry["metric"] == fig["metric"] and not int(h.entry.get("weight") or 0)
                                        for h in hits)))
        figs.append(fig)
    hits = all_hits
    for fig in figs:
        base = _modality.compared_to(text, fig, figs)
        if base is not None and base["char_start"] >= fig["end"] and _own_noun_between(text, fig, base):
            # "cut spending by 195 billion francs and to cut the net financing requirement to below 420 billion": the
            # later figure has its own metric's noun between the two, it is no base of the first
            base = None
        fig["base"] = base
        if base is not None and base.get("head") is None:
            base["head"] = fig
        if base is not None and base["char_end"] <= fig["char_start"]:
            # "cut the basic rate of tax from the current 27 pct to 25 pct in the next budget": the noun before a
            # "from X to Y" movement governs the pair, a noun after it (the budget it comes in) does not
            pair_cue = _metric.governing_cue(text, base["char_start"], fig["end"], hits, spans)
            if pair_cue is not None and pair_cue.end <= base["char_start"] and pair_cue is not fig["metric_cue"] \
                    and _metric.metric_of(pair_cue, hits, topics) in _metric.SCORED:
                fig["metric_cue"], fig["metric"] = pair_cue, _metric.metric_of(pair_cue, hits, topics)
    for prev, fig in zip(figs, figs[1:]):
        # "Receipts were 55.46 billion dlrs last month, up from 53.37 billion dlrs in February, but down from 81.77 billion
        # dlrs in January": a second comparison of the same head, across the "but" that stops a comparison of the first base
        head = prev.get("head")
        if head is not None and fig.get("head") is None and fig.get("base") is None and fig["unit"] == head["unit"] \
                and fig["char_start"] - prev["end"] <= SAME_RUN_CHARS \
                and SECOND_COMPARISON.search(text, prev["end"], fig["char_start"]):
            fig["head"] = head
    for fig in figs:  # a compared figure takes the metric and basis of the figure it is compared with
        head = fig.get("head")
        if head is not None and head["metric"] and not (
                fig["metric"] != head["metric"] and _metric.own_noun(text, fig["char_start"], fig["end"], fig["metric_cue"])):
            # unless it names its own: "cuts of two billion dlrs would be insufficient against a 12 billion dlr government
            # deficit"
            fig["metric"], fig["metric_cue"] = head["metric"], head["metric_cue"]
            if fig["basis"] is None and fig["unit"] == "percent":
                fig["basis"] = head["basis"]
    for prev, fig in zip(figs, figs[1:]):
        if _second_of_series(text, prev, fig):
            # "would narrow to five pct of GDP this year and 4.3 pct in 1988 and net foreign debt would grow": the second
            # figure of a run of one noun's levels is that noun's, not the next conjunct's
            fig["metric"], fig["metric_cue"], fig["weak_metric"] = prev["metric"], prev["metric_cue"], prev["weak_metric"]
            fig["soft_metric"] = prev.get("soft_metric", False)
            if fig["basis"] is None and fig["unit"] == "percent":
                fig["basis"] = prev["basis"]
    for fig, whole in zip(figs, figs[1:]):
        # "the repayment of up to 600 mln dlrs of New Zealand's 21.74 billion dlrs of overseas debt", "to reschedule 9.4 billion
        # dlrs of its 27.8 billion dlr foreign debt": a sum taken out of a larger sum is a part of that sum's metric, whatever
        # weak or anaphoric word ("repayment") stands before it
        cue = fig["metric_cue"]
        if fig["unit"] == whole["unit"] == "currency" and whole["metric"] in _metric.SCORED and fig["metric"] != whole["metric"] \
                and (cue is None or cue.entry.get("resolves") or int(cue.entry.get("weight") or 0) >= WEAK_WEIGHT) \
                and PART_OF_SUM.fullmatch(text, fig["end"], whole["char_start"]):
            fig["metric"], fig["weak_metric"] = whole["metric"], whole["weak_metric"]  # (its own cue still says what is done)
            fig["soft_metric"] = whole.get("soft_metric", False)
    for fig in figs:  # "NATO's old 2% target", "the NATO goal of 5%": the alliance's targets are defence shares
        cue = fig["metric_cue"]
        if fig["unit"] == "percent" and fig["metric"] != "defense_spending" \
                and (cue is None or int(cue.entry.get("weight") or 0) >= WEAK_WEIGHT) \
                and (NATO_BEFORE.search(text, max(sentence.start, fig["char_start"] - 40), fig["char_start"])
                     or NATO_OF.search(text, max(sentence.start, fig["char_start"] - 40), fig["char_start"])):
            fig["metric"], fig["metric_cue"], fig["weak_metric"], fig["soft_metric"] = "defense_spending", None, False, False
    # a figure no cue reaches (or only an anaphoric one), beside figures of one scored metric ("would not commit
    # to 5%, arguing that 2.1% of GDP is enough for ... military capabilities", "is expected to total 28.9 billion
    # dlrs in fiscal 1989 ... and then fall to 26.1 billion", "rise to 2.33%, an increase costed at A$50.3 billion"):
    # the sentence speaks of one metric. A sum must stand in one run with such a sum (a price paid and a tax bill
    # further on are not one metric). A company or market cue (NONE) still rules its figure out.
    for unit in {f["unit"] for f in figs}:  # shares beside shares, sums beside sums: a share of a sum is not the sum's metric
        known = [f for f in figs if f["metric"] in _metric.SCORED and f["unit"] == unit]
        if not known or len({f["metric"] for f in known}) != 1:
            continue
        known_starts = [f["char_start"] for f in known]  # figs are in text order: the nearest known sums by bisection
        for fig in figs:
            if fig["unit"] == unit and fig["metric"] is None \
                    and (fig["metric_cue"] is None or fig["metric_cue"].entry["metric"] == "CARRY") \
                    and (unit == "percent" or _in_run(text, fig, known, known_starts)):
                # the metric only: its cue's possessor ("the German deficit") is not this figure's owner
                fig["metric"], fig["metric_cue"] = known[0]["metric"], None
                fig["weak_metric"] = known[0]["weak_metric"]
                fig["soft_metric"] = known[0].get("soft_metric", False)
    carried = None  # a basis carried along the sentence to later figures of the same metric
    for fig in figs:
        if fig["unit"] != "percent":
            continue
        if fig["basis"]:
            carried = (fig["metric"], fig["basis"])
        elif carried and carried[0] == fig["metric"] and fig["metric"] is not None:
            fig["basis"] = carried[1]
    return figs


# "The army will receive around 500 million euros", "the navy gets 2 billion": armed forces receiving a sum get it from
# their state's budget (a company receiving a contract "from the Air Force" is no subject of the verb)
RECEIVES = regex.compile(r"\s+(?:(?:will|would|is\s+to|are\s+to|also|now|then)\s+){0,2}(?:receives?|received|gets?|got|"
                         r"be\s+(?:given|allocated|granted))\s+(?:(?:an?\s+)?(?:additional|extra|further)\s+)?"
                         r"(?:(?:around|about|some|roughly|nearly|almost|over|more\s+than|up\s+to)\s+)?", regex.IGNORECASE)


def _force_receives(text: str, fig: dict) -> bool:
    """Whether the figure's defence cue is the subject of a receiving verb right before it (no other public body needed)."""
    cue = fig["metric_cue"]
    return cue is not None and fig["metric"] == "defense_spending" and cue.end <= fig["char_start"] \
        and RECEIVES.fullmatch(text, cue.end, fig["char_start"]) is not None


def _own_noun_between(text: str, fig: dict, later: dict) -> bool:
    """Whether the later figure's own metric cue stands between the two and names another scored metric (not the whole
    the first is a share of: "around 30% of federal revenue by 2035, up from about 18%")."""
    cue = later["metric_cue"]
    # a first figure no noun of its own reaches ("would cost roughly A$40 billion a year more than today's budget of about
    # A$53 billion") is measured by the later one's noun: no other metric's
    if cue is None or not (fig["end"] <= cue.start and cue.end <= later["char_start"]) \
            or later["metric"] not in _metric.SCORED or later["metric"] == fig["metric"] or fig["metric"] is None:
        return False
    whole = _metric.DENOMINATOR.match(text, fig["end"], cue.start)
    return not (whole is not None and whole.end() == cue.start)


# "five pct of GDP this year and 4.3 pct in 1988": two levels of one noun, each with its own period
SERIES_GAP = regex.compile(r"(?:\s+(?:(?:this|next|last)\s+year|in\s+(?:fiscal\s+)?(?:19|20)\d\d(?:[/-]\d+)?))?\s*,?\s+(?:and|or)\s+"
                           r"(?:(?:to|at)\s+)?", regex.IGNORECASE)
SERIES_PERIOD = regex.compile(r"\s+(?:(?:this|next|last)\s+year|in\s+(?:fiscal\s+)?(?:19|20)\d\d(?:[/-]\d+)?)\b", regex.IGNORECASE)
NEXT_CONJUNCT = regex.compile(r"\s(?:and|or|while|but)\s", regex.IGNORECASE)


def _second_of_series(text: str, prev: dict, fig: dict) -> bool:
    """Whether a figure continues the previous one's run ("X this year and Y in 1988") while its own cheapest cue stands in
    the next conjunct (after an "and"): then it is a level of the previous figure's noun."""
    cue = fig["metric_cue"]
    if prev["unit"] != fig["unit"] or prev["metric"] is None or prev["metric"] == fig["metric"] \
            or cue is None or cue.start < fig["end"]:
        return False
    gap = SERIES_GAP.fullmatch(text, prev["end"], fig["char_start"])
    if gap is None or SERIES_PERIOD.match(text, prev["end"]) is None or SERIES_PERIOD.match(text, fig["end"]) is None:
        return False
    return NEXT_CONJUNCT.search(text, fig["end"], cue.start) is not None


SECOND_COMPARISON = regex.compile(r",\s+but\s+(?:up|down)\s+(?:from|on)\s+$", regex.IGNORECASE)
SAME_RUN_CHARS = 200
# a clause opening on "it"/"they" (after a time phrase: "although in 1988 it should fall back to")
PRONOUN_CLAUSE = regex.compile(r"\s*(?:(?:in|by|for|during)\s+(?:fiscal\s+)?(?:19|20)\d\d(?:/\d\d)?\s*,?\s+|next\s+year\s*,?\s+|then\s+)?"
                            r"(?:it|they)\s+", regex.IGNORECASE)
SAME_RUN_WORDS = 10  # "28.9 billion dlrs in fiscal 1989 and 28.6 billion dlrs in 1989 and then fall to 26.1 billion"


def _in_run(text: str, fig: dict, known: list[dict], starts: list[int]) -> bool:
    """Whether the figure stands in one run with the nearest known figure before or after it."""
    i = bisect.bisect_left(starts, fig["char_start"])
    return any(_same_run(text, known[j], fig) for j in (i - 1, i) if 0 <= j < len(known))


def _same_run(text: str, a: dict, b: dict) -> bool:
    """Whether two figures of a sentence stand in one run of figures: a few words apart, no clause between."""
    lo, hi = (a["end"], b["char_start"]) if a["char_start"] < b["char_start"] else (b["end"], a["char_start"])
    if hi - lo > SAME_RUN_CHARS:
        return False  # too far for a few words: never scan a long gap
    gap = text[lo:hi]
    if count_words(gap) > SAME_RUN_WORDS:
        return False
    last = _lexicon.last_match(_metric.CLAUSE_BREAK, gap)
    # "... from 86 billion in 1986, although in 1988 it should fall back to 87 billion dlrs": a clause whose subject is a
    # pronoun goes on with the run's noun
    return last is None or PRONOUN_CLAUSE.match(gap, last.end()) is not None


def _in_sentence(state: dict, pattern, text: str, sentence, before: int | None = None) -> bool:
    """Whether `pattern` matches in the sentence (in its part before `before`, when given).

    The sentence's first match is found once and kept in the article's `state`: asked afresh for each
    figure, a sentence of thousands of figures was scanned thousands of times (quadratic)."""
    memo = state.setdefault("first_match", {})
    key = (pattern, sentence.start)
    if key not in memo:
        memo[key] = pattern.search(text, sentence.start, sentence.end)
    m = memo[key]
    if m is None or before is None:
        return m is not None
    if m.end() <= before:
        return True
    if m.start() >= before:
        return False
    return pattern.search(text, sentence.start, before) is not None  # a match across `before`: ask exactly


def _reported_after(state: dict, text: str, sentence, end: int) -> bool:
    """Whether uncoded speakers report the figure after it ("Sudan has an annual debt liability of 900 mln dlrs,
    Khartoum-based Western experts say"): the speaker of the level, whatever state the sentence names."""
    return _in_sentence(state, UNKNOWN_SPEAKER_SCAN, text, sentence) and UNKNOWN_SPEAKER_SCAN.search(text, end, sentence.end) is not None


def _aid_donor_after(ctx, sentence, fig):
    """The state named as the owner of the aid right after a sum ("28.5 mln dlrs in U.S. aid", "of Japanese aid")."""
    m = AID_OF.match(ctx.text, fig["end"], sentence.end)
    if m is None:
        return None
    e = next((x for x in ctx.entities(sentence) if x.start == m.end()), None)
    if e is None or not _roles.is_state(e.code) or not AID_WORD.match(ctx.text, e.end, sentence.end):
        return None
    return e


# "from" and the giver after an aid sum, with at most a few words between ("47 mln dlrs from the Netherlands", "615 mln
# Ecus in cash grants from the EC", "20 billion dollars in military aid from the United States this year")
FROM_GIVER = regex.compile(r"(?:\s+[\w-]+){0,5}?\s+from\s+")
THE_BEFORE = regex.compile(r"(?:the\s+)?", regex.IGNORECASE)  # between "from" and a name that may or may not hold its "the"


def _aid_source_after(ctx, sentence, m):
    """The coded giver named with "from" right after an aid sum, in its clause (`m`: FROM_GIVER matched after the sum, or
    None): "Bangladesh will receive a grant of 47 mln dlrs from the Netherlands" is the Netherlands' aid, the recipient
    only takes it (not "from a World Bank-led group": a name inside a compound modifier gives nothing)."""
    if m is None:
        return None
    e = next(iter(ctx.entities_from(sentence, m.end())), None)
    if e is None or not THE_BEFORE.fullmatch(ctx.text, m.end(), e.start) or not e.code or e.kind in PRONOUN_KINDS \
            or ctx.text.startswith("-", e.end):
        return None
    return e


@functools.lru_cache(maxsize=1)
def _aid_words():
    return _lexicon.cues("aid_words.csv", "word")


AID_WORDS_BEFORE = 40  # chars before a sum an aid word may stand in ("a military aid package of", "a loan of")


def _aid_sum(ctx, clause, fig, from_giver) -> bool:
    """Whether a sum is aid given by one party to another: its metric says so, or an aid word (aid_words.csv) stands
    right before it in its clause or between it and a "from" after it (`from_giver`: FROM_GIVER matched after the sum,
    or None) ("a military aid package of 5 billion euros",
    "20 billion dollars in military aid from the United States"): military aid and loans have a giver whatever metric
    they took (ANNOTATION.md: military aid packages are the donor's; IMF and World Bank loans the lender's)."""
    if fig["metric"] == "development_aid":
        return True
    words = _aid_words()
    if words.search(ctx.text, max(clause[0], fig["char_start"] - AID_WORDS_BEFORE), fig["char_start"]) is not None:
        return True
    return from_giver is not None and words.search(ctx.text, fig["end"], from_giver.end()) is not None


@functools.lru_cache(maxsize=1)
def _donor_words():
    return _lexicon.cues("donor_words.csv", "word")


def _unnamed_givers(ctx, sentence, fig_start: int) -> bool:
    """Whether the sentence names givers before an aid sum only by a word of donor_words.csv, with no coded name before
    that word ("Donors pledged 5 billion euros", "Aid donors to Indonesia pledged"; not "Japan, the largest donor,
    pledged": Japan gives)."""
    hit = _donor_words().search(ctx.text, sentence.start, fig_start)
    return hit is not None and not any(e.code and e.kind not in PRONOUN_KINDS and e.end <= hit.start
                                       for e in ctx.entities_until(sentence, hit.start))


def _firm_reported(state: dict, ctx, sentences, sentence) -> bool:
    """Whether a company reports the sentence's figures: named with its legal form ("..., the Development Bank of
    Singapore Ltd ... said"), by its short name ("Westpac said"), or as "it" / "the bank" when the last sentence
    before with a reporting verb was the company's ("It said even a relatively minor cut ...")."""
    text = ctx.text
    if "firm_said" not in state:
        # most articles name no company: nothing to ask
        legal = any(form in text for form in LEGAL_FORMS)  # str.find: a pass at memchr speed
        words = {m.group(1) for m in FIRM_NAME.finditer(text)} if legal else set()
        state["firm_any"] = bool(words) or ((legal or _may_name_trade_firm(text)) and FIRM_SPEAKER.search(text) is not None)
        words = {w for w in words if w not in ("The", "A", "An") and (ctx.gaz is None or ctx.gaz.code_for(w) is None)}
        state["firm_said"] = sorted(words)
        state["firm_memo"] = {}
    if not state["firm_any"]:
        return False
    memo = state["firm_memo"]
    if sentence.start not in memo:
        memo[sentence.start] = False  # (no cycle: only earlier sentences are asked below)
        if FIRM_SPEAKER.search(text, sentence.start, sentence.end) or _short_name_said(text, sentence, state["firm_said"]):
            memo[sentence.start] = True
        elif FIRM_PRONOUN_SPEAKER.search(text, sentence.start, sentence.end):
            before = [s for s in sentences if s.end <= sentence.start and ctx.report_hits(s)]
            memo[sentence.start] = bool(before) and _firm_reported(state, ctx, sentences, before[-1])
    return memo[sentence.start]


PRONOUN_KINDS = frozenset({"pronoun", "state_pronoun", "person_pronoun"})
SPEAKER_PRONOUNS = frozenset({"he", "she", "it", "they"})  # an actor found only as one of these names no speaker itself
UNCODED_REACH = 1500  # characters back within which an earlier sentence's uncoded speaker is the one a sentence relays


def _uncoded_voice(state: dict, ctx, sentences, sentence) -> bool:
    """Whether the one who speaks in a sentence is a speaker the contract leaves uncoded: economists, analysts,
    sources, an institute or a company named in it, or, when it names no coded speaker of its own (no speaker, or
    "it", "he", "they" said), the speaker of the latest earlier sentence with a reporting verb: "..., the ANZ Banking
    Group said. ... The current account deficit would narrow to 5% of GDP" is the bank's forecast, not the state's.
    Kept per sentence in the article's `state`; only earlier sentences are asked, so the walk ends."""
    memo = state.setdefault("uncoded_voice", {})
    if sentence.start in memo:
        return memo[sentence.start]
    memo[sentence.start] = False
    if _names_uncoded_speaker(ctx, state, sentence):
        memo[sentence.start] = True
    else:
        # (all the tests are pure, so their order is free: the earlier sentence's voice first, as it is nearly always
        # missing or coded, and then this sentence's own speakers, the officials' surnames above all (the entities of
        # every sentence before this one), need not be looked for)
        earlier = _last_reporting_sentence(ctx, sentences, sentence)
        memo[sentence.start] = earlier is not None and _uncoded_voice(state, ctx, sentences, earlier) \
            and ctx.credited(sentence) is None and not _in_sentence(state, ACCORDING, ctx.text, sentence) \
            and not _names_coded_speaker(ctx, sentence) and not _names_official_again(state, ctx, sentences, sentence)
    return memo[sentence.start]


def _names_coded_speaker(ctx, sentence) -> bool:
    """Whether a sentence names its own coded speaker: the subject of its reporting verb when it has one (a coded name,
    not "it" or "he" said), else any coded body, official or organisation named by name ("the Treasury forecast",
    "House Democratic budget writers ... said")."""
    who = ctx.reporter(sentence) if ctx.report_hits(sentence) else None
    if who is not None:
        return bool(who.code) and who.kind not in PRONOUN_KINDS
    return any(e.code and e.kind in _roles.VOICE_KINDS and e.kind not in PRONOUN_KINDS for e in ctx.entities(sentence))


def _names_official_again(state: dict, ctx, sentences, sentence) -> bool:
    """Whether a sentence names again, by surname alone, an official the article named earlier with a title the
    gazetteer codes ("Finance Minister Richard Hu ... Last March Hu cut corporation tax", "Omar said"): the
    official speaks, not the uncoded speaker of the sentences before. The earlier officials' surnames are gathered
    once per article, from the sentences before this one."""
    # names[i]: the surnames named in the sentences before sentence i, grown one sentence at a time
    names = state.setdefault("official_surnames", [frozenset()])
    text = ctx.text
    while len(names) <= sentence.index and len(names) <= len(sentences):
        s = sentences[len(names) - 1]
        names.append(names[-1] | {n for e in ctx.entities(s) if e.code and e.kind in ("person", "institution", "generic")
                                  for n in [_official_surname(text, e, s.end)] if n})
    found = names[sentence.index] if 0 <= sentence.index < len(names) else frozenset()
    return any(_subject_word_at(text, sentence, n) for n in found)


# the name right after an official's title ("Finance Minister Beshir Omar", "Treasury Secretary James Baker")
NAME_AFTER_TITLE = regex.compile(r"\s+(?:(?-i:[A-Z])[\w'’-]+\s+|(?-i:[A-Z])\.\s*){0,2}((?-i:[A-Z])[a-z][\w'’-]+)\b")


def _official_surname(text: str, e, end: int) -> str | None:
    """The surname by which a coded official may be named again later: the last word of a person's name the gazetteer
    found ("President Ronald Reagan"), or of the name right after a title ("Finance Minister Beshir Omar")."""
    if e.kind == "person" and " " in e.surface.strip():
        return e.surface.split()[-1]
    m = NAME_AFTER_TITLE.match(text, e.end, end)
    return m.group(1) if m is not None else None


# a lower-case word right before a name makes it an object or complement ("pressure on Lawson", "expecting Lawson to"),
# not the subject that speaks or acts ("Omar said", "Last March Hu cut", ", Omar said")
LOWER_WORD_BEFORE = regex.compile(r"\b(?-i:[a-z]+)\s+$")


def _subject_word_at(text: str, sentence, word: str) -> bool:
    """Whether `word` occurs as a whole word in the sentence where it may be a subject: no lower-case word right before
    it and no possessive after it (str.find, no pattern compiled per name)."""
    a = text.find(word, sentence.start, sentence.end)
    while a >= 0:
        b = a + len(word)
        if _word_edge(text, a) and _word_edge(text, b) and not text.startswith(("'s", "’s"), b) \
                and not LOWER_WORD_BEFORE.search(text, max(sentence.start, a - 20), a):
            return True
        a = text.find(word, a + 1, sentence.end)
    return False


def _last_reporting_sentence(ctx, sentences, sentence):
    """The latest sentence before this one (within UNCODED_REACH characters) that has a reporting verb, if any."""
    i = sentence.index
    if not (0 <= i < len(sentences) and sentences[i] is sentence):
        return None
    for s in reversed(sentences[:i]):
        if sentence.start - s.end > UNCODED_REACH:
            return None
        if ctx.report_hits(s):
            return s
    return None


def _short_name_said(text: str, sentence, names: list[str]) -> bool:
    """Whether one of a company's short names ("Westpac") is followed, within 80 characters of the same clause
    (no '.' or ';' between), by a reporting verb of FIRM_VERB in the sentence. Found from the verbs back rather
    than by a pattern of the article's names: compiling one per article cost more than the rest of the check."""
    if not names:
        return False
    longest = max(map(len, names))
    for verb in FIRM_VERB.finditer(text, sentence.start, sentence.end):
        v = verb.start()
        lo = max(sentence.start, v - 80 - longest)
        for name in names:
            a = text.find(name, lo, v)
            while a >= 0:
                b = a + len(name)
                if v - b <= 80 and not _CLAUSE_MARK.search(text, b, v) and _word_edge(text, a) and _word_edge(text, b):
                    return True
                a = text.find(name, a + 1, v)
    return False


def _word_edge(text: str, i: int) -> bool:
    """A \\b at offset i: a word character on one side only."""
    before = i > 0 and _WORD_CHAR.match(text, i - 1) is not None
    after = i < len(text) and _WORD_CHAR.match(text, i) is not None
    return before != after


def _sentence_claims(article, sentences, sentence, ms, hits, spans, state) -> list[dict]:
    text = article["text"]
    topics = state.get("topics", [])
    # (before the story's first claim its latest metric is the headline's own)
    title_only = state.get("last_index") is None or state.get("last_metric") != state.get("title_topic")
    if state.get("title_topic") and title_only and _metric.names_budget_total(hits):
        # "Germany's cabinet approved a 2026 budget that foresees spending of 520.5 billion euros" under a headline on the
        # armed forces: a budget's spending, named by its own words, is the budget's total, not the headline's defence
        topics = [t for t in topics if t != state["title_topic"]]
    if _metric.names_budget_aggregates(hits):
        # "Revenue is forecast at 647.2 billion zlotys and spending at 918.9 billion" after a defence claim: a spending word
        # beside another total of the budget is the budget's total, not the story's part (defence, aid)
        topics = [t for t in topics if t not in _metric.PART_METRICS]
    figs = [f for f in _story_restatements(_figures(text, sentence, ms, hits, spans, topics), state) if f["metric"]]
    if figs and any(h.entry.get("firm") for h in hits):
        # a company's own figures ("RJR Nabisco Inc ... 500 mln dlrs of debt", "profits before taxes"):
        # only a specific policy cue ("budget deficit", "import duties") still makes a claim
        figs = [f for f in figs if f["basis"] or _specific_in_sentence(f, hits)]
    if not figs:
        return []
    ctx = _article_context(state, article, sentences)
    # a weak word ("spend", "debts", "budget") speaks of a state's finances only in an article already
    # on a policy metric (its headline or an earlier claim), or where a state, government or alliance
    # is named in the sentence, or when the figure is a share of GDP; under a headline on a company, market or private
    # context no public body makes it one ("U.S. CONSTRUCTION SPENDING ROSE ...: the Commerce Department said spending fell")
    # (there any word short of a specific one: "Tax 44.5 mln vs 46.5 mln" under "ACME PLC YEAR TO DEC 31", "cut the deficit to
    # 400 mln" under "CITROEN EXPECTS HIGHER PROFITS")
    off_policy = bool(state.get("off_policy_title"))
    weak = "soft_metric" if off_policy else "weak_metric"
    if any(f.get(weak) for f in figs) and state["last_metric"] not in _metric.SCORED and not state.get("scored_claims") \
            and (off_policy
                 or (not _roles.names_public_body(ctx, sentence) and not _continues_public_body(ctx, sentences, sentence, hits))):
        party_plan = PARTY_BUDGET_PLAN_SCAN.search(text, sentence.start, sentence.end) is not None
        figs = [f for f in figs if not f.get(weak) or f["basis"] or _force_receives(text, f)
                or (party_plan and f["metric"] in _metric.STATE_FINANCES)]
        if not figs:
            return []
    # the named report the article credits before this sentence ("according to a Financial Times report")
    if state["report_pos"] < sentence.start:
        report = _modality.credited_report(text, _modality.outlets_in(text, state["report_pos"], sentence.start))
        state["report"] = report or state["report"]
        state["report_pos"] = sentence.start
    s_text = text[sentence.start:sentence.end]
    s_lower = s_text.lower()
    # uncoded speakers named in the sentence (cheap substring test before the regexes)
    unknown_speakers = any(w in s_lower for w in UNKNOWN_WORDS)
    # "the capabilities NATO asks of it": a demand of something else, inside a relative clause
    sorted_spans = sorted(spans)
    stance_hits = [h for h in _stance.stance_cues().finditer(text, sentence.start, sentence.end)
                   if not (h.entry["claim_type"] == "demand" and ASKED_OF.match(text, h.end))
                   and not _active_need(text, sentence.start, h)
                   and not _noun_homograph(text, sentence.start, h)]
    stance_hits = _told_to_hits(text, sentence, stance_hits)
    modal_hits = list(_modality.modality_cues().finditer(text, sentence.start, sentence.end))
    outlets = _modality.outlets_in(text, sentence.start, sentence.end)
    out = []
    # heads before the figures compared with them, so those can inherit roles
    # "Italy and Spain spent 1.49% and 1.28% respectively": each figure its state
    respective = _roles.respective_owners(ctx, sentence, [(f["char_start"], f["end"]) for f in figs if f.get("head") is None])
    for fig in figs:
        fig["respective"] = respective.get(fig["char_start"])
    order = sorted(figs, key=lambda f: f.get("head") is not None)
    for fig in order:
        m = fig["m"]
        start, end = fig["char_start"], fig["end"]
        clause = _stance.clause_bounds(text, sentence.start, sentence.end, start, end)
        st = st0 = _stance.stance_of(text, clause, start, end, stance_hits)
        head = fig.get("head")
        if st.how != "attributive" and ((_stance.FROM_BEFORE_SCAN.search(text, max(sentence.start, start - 40), start)
                                         # ("would raise from 8.5 to 17 billion dlrs a year": a range from one end to the
                                         # other, no level it moves from)
                                         and not (fig["m"].get("bound") == "range" and RANGE_TO.search(text, start, end)))
                                        or NOW_LEVEL_SCAN.search(text, max(sentence.start, start - 30), start)
                                        or (_stance.POSSESSED_SCAN.search(text, max(sentence.start, start - 40), start)
                                            and not _refuses_object(text, st, start))
                                        or (fig["metric"] in STANDING_LEVELS
                                            and _stance.POSSESSED_OF_SCAN.search(text, max(sentence.start, start - POSSESSED_OF_REACH), start)
                                            and not _refuses_object(text, st, start))
                                        or _changed_level(text, sentence, fig, figs)
                                        or CHANGE_IN_BEFORE_SCAN.search(text, max(sentence.start, start - 40), start)):
            st = _stance.Stance("actual", None, "compared")
        elif head is not None and st.how != "attributive":
            st = _stance.Stance("actual", None, "compared")
        elif head is None and st.how == "attributive" and (st.cue.entry["pos"] == "N" or _complement_participle(text, st.cue, start)):
            # "proposed a deficit limit of 1.5%": a stronger verb governing the qualified noun wins; so does one governing
            # a participle with its figure as complement ("want the EU budget to be capped at 1%")
            outer = _stance.governing(text, clause, st.cue.start, stance_hits)
            if outer is not None and _stance.priority(outer) > _stance.priority(st.cue) and outer.entry["claim_type"] in OUTER_TYPES \
                    and (count_words(text[outer.end:min(st.cue.start, start)]) <= (OUTER_REACH if st.cue.entry["pos"] == "N" else COMPLEMENT_REACH)
                         or (st.cue.entry["pos"] == "N"
                             and (outer.entry["claim_type"] == "rejection"
                                  or (outer.entry["claim_type"] == "demand" and _stance.priority(outer) >= STRONG_DEMAND
                                      and st.cue.entry["claim_type"] == "commitment"))
                             and count_words(text[outer.end:min(st.cue.start, start)]) <= OUTER_NP_REACH
                             # (a weaker verb between is a refusal's complement: "refused to commit to the new 5% goal";
                             # not a question's: "asked whether Australia would match the goal of 5%")
                             and not any(outer.end <= h.start and h.end <= st.cue.start
                                         and (outer.entry["claim_type"] != "rejection" or _stance.priority(h) >= _stance.priority(outer))
                                         for h in stance_hits))):
                st = _stance.Stance(outer.entry["claim_type"], outer, "governing")
            elif outer is not None and outer.entry["claim_type"] in ("commitment", "future") and outer.entry["pos"] in "VA" \
                    and st.cue.entry["claim_type"] in ("commitment", "benchmark") \
                    and count_words(text[outer.end:min(st.cue.start, start)]) <= SIGN_REACH:
                # "Canada will meet NATO's goal of spending 2%", "leaders endorsed a new goal of 5%", "signed up in June to
                # the alliance's goal of 3.5%": the subject takes the target on as its own
                st = _stance.Stance(outer.entry["claim_type"], outer, "governing")
        if head is None and ((st.claim_type == "actual" and st.how != "following") or st.how == "governing"):
            # "his £35bn savings which Mr Howard has pledged": the stance of a relative clause on the figure's noun
            # (also over a verb governing the figure from before when the relative clause states an act done: "must also
            # finance the tax cut of more than 1,000 billion yen which it promised in its package" is the promise's figure;
            # not "a shortfall of 20 billion francs, which the government would have to decide how to cover")
            rel = _stance.relative_cue(text, sentence.end, end, stance_hits)
            if rel is not None and st.how == "governing" and st.claim_type != "actual" \
                    and not _stance.PAST_PARTICIPLE.fullmatch(text, rel.start, rel.end):
                rel = None
            if rel is not None:
                st = _stance.Stance(rel.entry["claim_type"], rel, "following")
        if head is None and st.cue is None and st.how == "default":
            before = _participle_continues(text, clause, start, out)
            if before is not None:
                # "Canada will reach the 2% target, adding 9 billion dollars to the military budget": the participle goes
                # on with the act of the clause before, by its subject
                st = st._replace(claim_type=before["claim_type"])
        claim_type = st.claim_type
        estimated = False  # "an estimated 1.28%": whoever estimates it, not the state it is about
        conditional = False  # "would": a plan's effect, not a decision
        plan_content = False  # "a package that would put tariffs on ...": what a plan holds, whoever relates it
        if claim_type == "future":  # "France would spend", "the tariff will rise": a decision; "the deficit will rise": a forecast
            conditional = text[st.cue.start:st.cue.end].lower().startswith("would")
            # "income will be 76 billion euros": a level stated, not a decision ("will be raised" is one)
            # (a rate the state sets is no level reached: "the new tax brackets will be 17 pct", "the duty would be 25 pct")
            rate_subject = fig["metric"] in RATE_METRICS and fig["unit"] == "percent" \
                and RATE_SUBJECT.search(text, max(clause[0], st.cue.start - RATE_REACH), st.cue.start) is not None
            level = LEVEL_BE.match(text, st.cue.start, sentence.end) is not None and not rate_subject
            # "tax revenues will rise to 8.6 billion", "revenue from the new tax will amount to 3 billion": what taxes bring in
            # is an outcome someone foresees, not an instrument set (a tax rate, cut or rise is one)
            instrument = fig["metric"] in INSTRUMENTS \
                and (rate_subject
                     or not (fig["metric"] == "tax_revenue" and REVENUE_SUBJECT.search(text, max(clause[0], st.cue.start - 50), st.cue.start)))
            plan_content = instrument and not level \
                and PLAN_RELATIVE_SCAN.search(text, max(sentence.start, st.cue.start - 40), st.cue.start) is not None
            # "The finance ministry said tariffs would be cut by 7.7 points": "would" in reported speech is the speaker's "will"
            reported_will = conditional and REPORTED_WOULD.search(text, max(clause[0], st.cue.start - 80), st.cue.start) is not None \
                and not CONDITION.search(text, clause[0], clause[1])
            decided = ((not conditional or reported_will) and _stance.DECIDED_PASSIVE.match(text, st.cue.end, start) is not None) \
                or ((not conditional or reported_will) and _stance.DECIDED_OWN.match(text, st.cue.end, start) is not None
                    and not EFFECT_SUBJECT.search(text, max(clause[0], st.cue.start - 30), st.cue.start)) \
                or (instrument and (not conditional or (ACTION_AFTER.match(text, st.cue.end, start)
                                                               and not EFFECT_SUBJECT.search(text, max(clause[0], st.cue.start - 30), st.cue.start))) and not level) \
                or _roles.subject_before(ctx, sentence, clause, st.cue) is not None \
                or _coordinated_state_subject(ctx, sentence, clause, st.cue) \
                or plan_content \
                or (instrument and not level and _own_plan_reported(ctx, sentence, st.cue)
                    and not EFFECT_SUBJECT.search(text, max(clause[0], st.cue.start - 30), st.cue.start))
            # "The finance ministry estimates defence spending will hit 2.1%": a future inside a projection is projected
            # (also a passive participle right before the future: "Spain is estimated to reach 2%")
            projectors = [h for h in stance_hits if h.entry["claim_type"] in ("forecast", "estimate") and clause[0] <= h.start
                          and h.end <= st.cue.start and (h.entry["pos"] in "VN" or count_words(text[h.end:st.cue.start]) == 0)]
            # "would be forced to raise taxes to fill an annual £10.5bn black hole": a gap the act is to fill is a level
            # foreseen, not the act's own figure
            claim_type = "commitment" if decided and not projectors and not GAP_AFTER.match(text, end) else "forecast"
            dated = _own_date(text, clause, start, end, article.get("published")) if projectors else None
            if projectors and projectors[-1].entry["claim_type"] == "estimate" \
                    and (dated == "past" or (dated == "current" and projectors[-1].entry["pos"] == "A")):
                # "is estimated to reach 2.0% in 2025" (in 2025): an estimate of the level reached ("economists estimate
                # the deficit will reach 4.5 billion this year" still looks ahead)
                claim_type = "actual"
            st = st._replace(claim_type=claim_type)
        elif claim_type == "actual" and st.how in ("default", "governing", "following") \
                and (st.cue is None or text[st.cue.start:st.cue.end].lower() in PRESENT_LEVEL) \
                and not _package_figure(text, clause, start, end) \
                and (((st.cue is None or text[st.cue.start:st.cue.end].lower() in PRESENT_COPULA)
                      # (a later year beyond the next figure is that figure's: "includes 6.7 billion euros more, in line
                      # with the plan to raise spending to 64 billion euros by 2027")
                      and _modality.later_year(text, (clause[0], _own_stretch(text, clause, start, end)[1]), article.get("published")))
                     or (not _in_sentence(state, PAST_MARK, text, sentence) and fig["metric"] not in STANDING_LEVELS
                         and _later_before(text, sentences, sentence, article.get("published")))):
            claim_type = "forecast"  # "income is 76 billion euros next year": a level not yet reached
            if st.cue is None and fig["unit"] == "percent" and fig["metric"] in RATE_METRICS \
                    and RATE_MOVES.search(text, max(clause[0], start - RATE_REACH), start):
                # "The basic provincial tax rate rises to 46.5 pct from 43.5 pct": a tax or tariff rate the state sets,
                # moving in a coming period, is set by it (as "the tariff will rise to 25%": ANNOTATION, future of an
                # instrument); a revenue or a deficit rising stays a level foreseen
                claim_type = "commitment"
            st = st._replace(claim_type=claim_type)
        elif claim_type == "estimate":  # an estimate of a past level reports it; of a later year forecasts it
            # ("cut the deficit to 4.7% next year from an estimated 5.4% this year": the figure's own year first)
            dated = _own_date(text, clause, start, end, article.get("published"))
            later = dated == "later" if dated is not None else _modality.later_year(text, clause, article.get("published"))
            claim_type = "forecast" if later else "actual"
            st = st._replace(claim_type=claim_type)
            estimated = st.how == "attributive" and claim_type == "actual"
        if head is None and st.cue is not None and st.how == "governing" \
                and (st.cue.entry["claim_type"] == "future" or (claim_type == "commitment" and st.cue.entry["pos"] == "N")):
            forecaster = _forecast_after(text, sentence, end, stance_hits)
            if forecaster is not None:
                # "Defence spending will reach 2.1% of GDP this year, according to NATO estimates", "meeting the target
                # would cost an extra 16 billion euros a year, the finance ministry estimated": a level someone projects
                claim_type = "forecast"
                if forecaster.entry["claim_type"] == "estimate" \
                        and _own_date(text, clause, start, end, article.get("published")) in ("past", "current"):
                    claim_type = "actual"  # "will spend 2.0% of GDP this year, according to NATO estimates": the year's level
                st = _stance.Stance(claim_type, forecaster, "following")
            elif claim_type == "commitment" and st.cue.entry["claim_type"] == "future" and _credited_org(ctx, sentence):
                # "Poland will spend 4.48% of its GDP this year, the highest share in the alliance, according to NATO's
                # annual estimates", "According to NATO, Spain will spend 2.1%": an organisation's estimate of a state's
                # level, however far the credit stands; the estimate of this or a past year is that year's level
                past = _own_date(text, clause, start, end, article.get("published")) in ("past", "current")
                claim_type = "actual" if past else "forecast"
                st = st._replace(claim_type=claim_type)
        if claim_type == "forecast" and head is None and not _forecast_figure(st) \
                and (_past_level(text, clause, start, end, article.get("published"))
                     or (AFTER_PRIOR.search(text, max(clause[0], start - 12), start)
                         and _own_date(text, clause, start, end, article.get("published")) == "current")):
            # "expected a deficit in 1987 of 2.5 billion stg, after a 1.1 billion shortfall in 1986", "with public
            # debt at about 135% of GDP": a level already reached, stated beside the forecast (so is the year under way
            # a forecast comes after: "3.4 pct higher in 1987/88 after an 11 pct cut in the current fiscal year's budget")
            claim_type = "actual"
            st = st._replace(claim_type=claim_type)
        if claim_type in ("actual", "forecast") and head is None and st.how != "attributive" \
                and "being" in text[max(clause[0], start - BEING_REACH):start] \
                and _stance.BEING_DECIDED.search(text, max(clause[0], start - BEING_REACH), start):
            # "the standard rate of taxation is being reduced to 27 pct", "the deficit is being cut by 2 billion": an act
            # under way, its agent deciding the level (ANNOTATION: a decided change is the decider's claim)
            claim_type = "commitment"
            st = st._replace(claim_type=claim_type)
        if claim_type == "actual" and head is None and st.cue is None and fig["metric"] in SET_INSTRUMENTS \
                and _state_sets_level(ctx, sentence, clause, start):
            # "the Netherlands raised its figure to 232 mln guilders from 180 mln", "Ottawa cut its tariff to 5%": a state
            # setting its own aid, tax or tariff decides the level
            claim_type = "commitment"
            st = st._replace(claim_type=claim_type)
        if claim_type == "forecast" and head is None and not _legislative(text, state) \
                and (frame := _plan_frame(text, _own_stretch(text, clause, start, end))) is not None \
                and not _has_forecaster(text, stance_hits) and not _uncoded_or_credited(ctx, state, sentence):
            # "Defence spending is projected at 2.1% of GDP in the government's draft budget", "members would spend about
            # 1.5 trillion dollars a year under the plan": what a plan or budget holds, not anyone's expectation (a
            # proposal's, or the plan of a proposal just made, is proposed)
            claim_type = "proposal" if PROPOSED_FRAME.search(frame.group(0)) or state.get("last_type") == "proposal" else "commitment"
            st = st._replace(claim_type=claim_type)
        if claim_type == "forecast" and head is None and _own_plan_projected(ctx, state, sentence, clause, fig, st):
            # "The German government expects to spend 52 billion euros on defence next year", "The government projects
            # defence outlays of 95 billion crowns": what a government expects of what it decides itself is its plan
            claim_type = "commitment"
            st = st._replace(claim_type=claim_type)
        if claim_type == "forecast" and head is None and _budget_plan_level(ctx, state, article, sentence, clause, fig, st, stance_hits):
            # "Spending on defence will be 175.92 billion dlrs", "military spending would reach 108.2 billion euros next
            # year" in a story on a government's budget: the budget sets what it spends and borrows; no one forecasts it
            claim_type = "commitment"
            st = st._replace(claim_type=claim_type)
        if (claim_type == "forecast" or (claim_type == "actual" and st.cue is None)) and head is None and not _forecast_figure(st) \
                and _purpose_of(text, clause, start):
            # "initiatives are set to be scaled back as a first step towards reducing the deficit to $230bn by 2009",
            # "Germany's efforts to reduce its deficit below 3% of GDP": the goal the act serves, not a level expected or
            # reached
            claim_type = "proposal" if _legislative(text, state) else "commitment"
            st = st._replace(claim_type=claim_type)
        if claim_type == "actual" and head is None and st.how in ("default", "governing", "following") \
                and _package_figure(text, clause, start, end) \
                and not _past_level(text, clause, start, end, article.get("published")) \
                and not _names_past_year(text, _own_stretch(text, clause, start, end), article.get("published")) \
                and not (st.cue is not None and PAST_PERIOD.search(text, *_own_stretch(text, clause, start, end))):
            # "The finance ministry's budget puts the deficit at 5.66 trillion yuan", "That package totalled more than
            # 6,000 billion yen": a budget's or package's figure is what its government decides (a legislature's plan proposes)
            # ("Consolidated fund revenue was 8.8 billion stg in February": a month's outturn stays a level reached)
            claim_type = "proposal" if _legislative(text, state) else "commitment"
            st = st._replace(claim_type=claim_type)
        if claim_type == "actual" and head is None and st.how in ("default", "governing", "following") \
                and (st.cue is None or st.cue.entry["claim_type"] in LEVEL_CUES) \
                and fig["metric"] in BUDGET_LINES and "compared" in text[end:sentence.end] \
                and BASE_LAST_YEAR.match(text, end, sentence.end) \
                and _own_date(text, clause, start, end, article.get("published")) is None \
                and _budget_story(state, article, text, sentences) and not _legislative(text, state):
            # "[the budget ...] The Exchequer Borrowing Requirement was 1.85 billion punts, compared with 2.145 billion punts
            # last year": set against last year's, an undated level of a budget story is the budget's year, which the
            # government plans (ANNOTATION: a government's budget plan is its commitment)
            claim_type = "commitment"
            st = st._replace(claim_type=claim_type)
        if claim_type == "actual" and head is None and st.how in ("default", "governing", "following"):
            listed = list_header_type(text, start)
            if listed is not None:
                # "As part of his reforms he has announced: - Reduced corporate tax rates to 30%": a list item's
                # stance is its list's heading's (each item a clipped sentence with no subject or verb of its own)
                claim_type = listed
                st = st._replace(claim_type=claim_type)
        if claim_type == "proposal" and st.cue is not None and st.how == "governing" \
                and EVIDENCE_SUBJECT_SCAN.search(text, max(clause[0], st.cue.start - 40), st.cue.start):
            # "Media reports suggested the deficit could hit 6%", "the figures suggest": evidence that suggests a level
            # projects it; no one proposes it
            claim_type = "forecast"
            st = st._replace(claim_type=claim_type)
        if claim_type == "demand" and st.cue is not None and st.how == "governing" \
                and (SHOULD_MOVE.match(text, st.cue.start)
                     # "the deficit is understated and should be a more realistic 134 billion dlrs": an outcome's level
                     # someone judges likely (an instrument's "spending should be 2%" stays a demand)
                     or (fig["metric"] not in INSTRUMENTS and SHOULD_BE_LEVEL.fullmatch(text, st.cue.start, start))):
            # "VAT revenue should amount to 23.3 billion", "this should fall to 1.5 pct this year": a level expected to
            # move or add up, no one pressed ("Germany should spend 3%" stays a demand)
            # (a level of a past year beside it is reached: "against 5.8 pct growth in 1987 and 2.4 pct in 1986")
            claim_type = "actual" if head is None and _past_level(text, clause, start, end, article.get("published")) else "forecast"
            st = st._replace(claim_type=claim_type)
        if claim_type == "forecast" and head is None and st.cue is not None and st.how == "governing" \
                and EXPECTS_OF.match(text, st.cue.start):
            # "Washington expects allies to reach 5% of GDP": expecting others to act is asking it of them
            claim_type = "demand"
            st = st._replace(claim_type=claim_type)
        # "a Philippine request for 500 mln dlrs in soft loans", "a request to raise the aid level to 80 billion yen": a
        # recipient asking a donor for aid demands it of the donor (ANNOTATION: a recipient's request for aid; its actor
        # is the recipient, found as for any request, so the type turns demand once the roles are set); a government's
        # budget request to its own legislature proposes
        aid_request = claim_type == "proposal" and head is None and st.cue is not None and fig["metric"] == "development_aid" \
            and text[st.cue.start:st.cue.end].lower() in AID_REQUEST \
            and not BUDGET_REQUEST.search(text, max(clause[0], st.cue.start - 40), st.cue.start) \
            and not _legislative(text, state)
        if claim_type == "demand" and st.cue is not None and st.how == "governing" \
                and PAYS.match(text, st.cue.end, start):
            # "companies must pay a 25 percent tariff": those who pay a duty do not demand it; the rate stands
            claim_type = "actual"
            st = st._replace(claim_type=claim_type)
        elif claim_type in ("demand", "commitment", "forecast") and st.cue is not None and st.how == "governing" \
                and RULE_SUBJECT.match(text, clause[0], st.cue.start):
            # "The old benchmark, agreed in Wales in 2014, asked members to spend 2%", "The new law will limit the deficit
            # to 0.5%", "Germany's debt brake will allow borrowing of only 0.35% of GDP": a standing rule
            claim_type = "benchmark"
            st = st._replace(claim_type=claim_type)
        if claim_type == "demand" and st.cue is not None and st.how in ("governing", "following") \
                and DOC_SUBJECT.search(text, clause[0], st.cue.start) \
                and (not _roles.names_public_body(ctx, sentence) or DOC_RIGHT_BEFORE.search(text, clause[0], st.cue.start)):
            # "The budget ... called for 18 billion dlrs in new taxes", "the Chiles plan's call for", "the draft calls
            # for": a document asks no one; it proposes (a government's own budget plans: _document_content)
            claim_type = _document_content(text, clause, st.cue.start, state)
            st = st._replace(claim_type=claim_type)
        if claim_type in ("commitment", "forecast") and head is None \
                and (conditional or (st.cue is not None and WOULD_CUE.match(text, st.cue.start, st.cue.end))) \
                and BILL_SUBJECT.search(text, clause[0], st.cue.start) and not NOT_PROPOSED.search(text, clause[0], st.cue.start):
            # "The budget bill would lift military spending to 2.5% of GDP": a bill or draft not yet passed proposes
            # (also through a cue phrase holding the "would": "a bill that would cap the deficit at 3%")
            claim_type = "proposal"
            st = st._replace(claim_type=claim_type)
        elif claim_type in ("commitment", "forecast") and head is None and _legislative(text, state) \
                and (PLAN_SUBJECT.search(text, _cue_predicate_start(text, clause, st.cue, start), start) or (conditional and not _roles.names_public_body(ctx, sentence))
                     # "Wright's 20 billion dlr revenue raising plan": the plan noun the figure qualifies
                     or (st.how == "attributive" and st.cue is not None and PLAN_SUBJECT.match(text, st.cue.start))) \
                and not NOT_PROPOSED.search(text, clause[0], clause[1]) \
                and not (st.cue is not None and st.cue.entry["claim_type"] == "future"
                         and (CHANGE_EFFECT_SUBJECT.search(text, max(clause[0], st.cue.start - 30), st.cue.start)
                              or EFFECT_AFTER.match(text, st.cue.end))) \
                and not (st.how == "attributive" and st.cue.entry["pos"] == "N" and st.cue.entry["claim_type"] == "commitment"
                         and RULE_TARGET.search(text, max(clause[0], st.cue.start - 30), st.cue.start)):
            # a budget fight: "the Chiles plan would cut the deficit by 37 billion", "support a plan to cut
            # 40 billion", "the trillion dollar budget would raise taxes by 65 billion": a plan not enacted proposes its
            # figures (ANNOTATION, U.S. budget fights); a statute's target it is to meet is no figure of the plan ("a budget
            # that meets the Gramm-Rudman deficit target of 108 billion dlrs")
            claim_type = "proposal"
            st = st._replace(claim_type=claim_type)
        if head is None and st.how == "governing" and st.cue.entry["pos"] == "V" \
                and (claim_type == "benchmark" or (claim_type == "forecast" and PROJECTING.match(text, st.cue.start))) \
                and PLAN_CAPS.search(text, clause[0], st.cue.start):
            # "The draft caps the central budget deficit at 271.7 billion zlotys", "a budget which foresees a deficit of 9.4
            # billion": a budget or plan limiting or foreseeing its own figure sets it (a draft or bill proposes it); a rule
            # others are measured against is no one's budget
            claim_type = "proposal" if BILL_SUBJECT.search(text, clause[0], st.cue.start) or _legislative(text, state) \
                or state.get("proposal_lead") else "commitment"
            st = st._replace(claim_type=claim_type)
        elif head is None and st.how == "governing" and claim_type == "forecast" and state.get("proposal_lead") \
                and PLAN_CONTENT_VERB.match(text, st.cue.start) and PLAN_PRONOUN.fullmatch(text, clause[0], st.cue.start):
            # "Eyskens is proposing a package of tax cuts worth 102 billion francs. ... It envisages three rates of 30, 40
            # and 50 pct": the plan the story proposes, named by a pronoun, sets out its contents; it forecasts nothing
            claim_type = "proposal"
            st = st._replace(claim_type=claim_type)
        if claim_type in ("commitment", "forecast") and head is None and st.how == "governing" \
                and state.get("last_type") == "proposal" \
                and (PLAN_ANAPHOR.search(text, sentence.start if SUBJECTLESS.match(text, clause[0]) else clause[0], start)
                     or IN_THIS_PLAN.search(text, clause[0], clause[1])):
            # "The Commission proposed a budget of 2 trillion euros. ... the plan would equal about 1.26% of GNI", "tax
            # revenues will increase by 830 million euros in this SDP alternative": the plan the article has just
            # proposed is still a proposal
            claim_type = "proposal"
            st = st._replace(claim_type=claim_type)
        if claim_type in ("commitment", "forecast") and head is None and st.cue is not None \
                and (PARTY_PLAN.search(text, clause[0], start) or _party_plan_noun(text, clause, st.cue)):
            # "the Conservatives' plans would see 50bn pounds in spending cuts", "Labour's plan would raise the top rate to
            # 50 pct", "Tory plans to cut £35bn": a party's plan is put to voters or parliament; it proposes (a government's own
            # plan commits)
            claim_type = "proposal"
            st = st._replace(claim_type=claim_type)
        elif claim_type in ("proposal", "commitment") and head is None \
                and (EFFECT_OBJECT.search(text, max(clause[0], start - 60), start)
                     or (fig["metric"] in OUTCOME_METRICS and OUTCOME_OBJECT.search(text, max(clause[0], start - 60), start))):
            # "his proposed tax cuts would result in a nine billion dlr deficit": what a plan would bring about, as someone
            # reckons it, is that reckoning's forecast, not a figure the plan proposes
            claim_type = "forecast"
            st = st._replace(claim_type=claim_type)
        elif claim_type == "commitment" and head is None and st.cue is not None and st.cue.entry["claim_type"] == "future" \
                and MEMBER_TALLY.search(text, clause[0], st.cue.start):
            # "Twenty-three of NATO's 32 members will spend at least 2% of GDP this year": a count of members expected to
            # reach a level is a tally foreseen, no one's pledge
            claim_type = "forecast"
            st = st._replace(claim_type=claim_type)
        if claim_type == "commitment" and st.how == "attributive" and st.cue.entry["pos"] == "N" \
                and MEASURED_AGAINST_SCAN.search(text, max(clause[0], min(start, st.cue.start) - 60), min(start, st.cue.start)):
            # "Italy fell short of the 2% target last year", "Germany met the 2% target for the first time": a target a
            # level was measured against is a standing benchmark, not anyone's pledge in this sentence (also when the level
            # is compared with it: "aid of 0.33% of GNI, less than half the United Nations target of 0.7%")
            claim_type = "benchmark"
            st = st._replace(claim_type=claim_type)
        # "This year the target is 108 billion dlrs", "legislation to meet the 1987 target of a 144 billion dlr deficit",
        # "will not reach the Gramm-Rudman deficit target for 1988 of 108 billion dlrs": in a story on a statute that sets
        # yearly targets, a target no one owns is the statute's (ANNOTATION: a statutory target is a benchmark), even where
        # the sentence doubts it will be met (set after the refusals below)
        statutory = claim_type in ("commitment", "forecast") and head is None and _statutory_target(text, st0, state)
        if head is None and claim_type in LAW_TYPES and _under_law(text, clause, start, end, st, sorted_spans):
            # "Under the fiscal responsibility law, the minister has to trim the deficit by 0.3 points", "the 108 billion
            # dlr target set under the Gramm-Rudman law", "a new budget law requiring a 23 billion dlr cut": a statutory rule
            claim_type = "benchmark"
            st = st._replace(claim_type=claim_type)
        if claim_type in ("commitment", "actual", "forecast", "benchmark") and head is None \
                and ((JUDGED_BEFORE_SCAN.search(text, max(clause[0], start - 40), start)
                      and JUDGED_AFTER.match(text, end, min(sentence.end, end + REFUSED_REACH)))
                     or REFUSED_BEFORE_SCAN.search(text, max(clause[0], start - REFUSED_REACH), start)):
            # "The opposition called the 3.5% goal unrealistic", "would find it impossible to spend 5%": the figure is
            # refused (attributive or not)
            claim_type = "rejection"
            st = st._replace(claim_type=claim_type)
        if claim_type in ("commitment", "actual", "forecast") and head is None and st.how != "attributive" \
                and REFUSED_AFTER_SCAN.match(text, end, min(sentence.end, end + REFUSED_REACH)):
            # "said committing to 5% of GDP would be 'unreasonable' and 'counterproductive'": the figure is refused
            claim_type = "rejection"
            st = st._replace(claim_type=claim_type)
        if claim_type == "forecast" and head is None and st.cue is not None and NEG_COMMIT.search(text, clause[0], start) \
                and (PRONOUN_SUBJECT.search(text, max(clause[0], st.cue.start - 12), st.cue.start)
                     or _roles.subject_before(ctx, sentence, clause, st.cue) is not None):
            # "Belgium said it could not reach 3.5% before 2035": a state saying it cannot meet a level refuses it (an
            # outcome's "the deficit will not reach 3%" stays a forecast): the commitment refused, which the next step rejects
            claim_type = "commitment"
        if claim_type in ("commitment", "benchmark") and head is None and NEG_COMMIT.search(text, clause[0], start):
            # "would not commit to 5%", "Spain will not raise defence spending to the new NATO goal of 5%": a refusal
            claim_type = "rejection"
            st = st._replace(claim_type=claim_type)
        if statutory:
            claim_type = "benchmark"
            st = st._replace(claim_type=claim_type)
        if claim_type in ("actual", "forecast") and head is None and st.how != "attributive" and state.get("last_type") \
                and state["last_index"] == sentence.index - 1 and RESTATES_PREVIOUS.match(text, sentence.start, start) \
                and not _stance.FROM_BEFORE_SCAN.search(text, max(sentence.start, start - 40), start) \
                and not _past_level(text, clause, start, end, article.get("published")):
            # "South Korea's cabinet approved a budget of 66.3 trillion won. The figure is equal to about 2.4% of GDP.",
            # "That is an increase of 1.1 points": the previous sentence's claim restated takes its stance (not the level it
            # moves from: "That is up from 2.3% now" states where the figure stands, nor a level of a past year: "That is down
            # from 5.4% this year and 5.8% in 2024")
            claim_type = state["last_type"]
            st = st._replace(claim_type=claim_type)
        if claim_type in ACTED_ON_TYPES and head is None and fig["metric"] in DEBT_STOCKS \
                and (acted := RESCHEDULED_BEFORE_SCAN.search(text, max(clause[0], start - 60), start)) is not None \
                and (claim_type == "commitment" or _done_act(text, acted.start())):
            # "an accord to reschedule 1.8 billion dlrs of commercial bank debt": the debt rescheduled is owed, a stock the
            # accord acts on, not a figure it commits to
            claim_type = "actual"
            st = st._replace(claim_type=claim_type)
        # "parliament exempted defence outlays above 1% of GDP from the debt brake", "so that defence spending above 1%
        # of GDP no longer counts against it", "which the escape clause lets members add ... by up to 1.5% of GDP": a
        # threshold or margin a fiscal rule sets is that rule's benchmark (ANNOTATION: debt-brake limits, the escape
        # clause's margin), not a level spent or planned; the type turns once the roles are set, so the rule stays
        # the state's or body's the clause names (not the speaker's: "..., the Commission projected")
        rule_threshold = claim_type in ("actual", "commitment", "forecast") \
                and ((THRESHOLD_BEFORE.search(text, max(clause[0], start - 30), start)
                      and THRESHOLD_RULE.search(text, sentence.start, sentence.end))
                     or (MARGIN_BEFORE.search(text, max(clause[0], start - 30), start)
                         and MARGIN_RULE.search(text, max(sentence.start, start - 150), start)))
        rule = _organisations_rule(ctx, sentence, start, end, stance_hits) \
            if head is None and claim_type in ("forecast", "actual") else None
        if rule is not None:
            # "That would put Berlin at the alliance's 3.5% core defence goal", "Rome's deficit will fall below the EU's
            # 3% ceiling": the figure names an organisation's goal or rule, whatever the sentence forecasts about it
            claim_type = "benchmark"
            st = _stance.Stance("benchmark", rule, "attributive")
        restated = _restated(text, fig, figs) if head is None else None
        if restated is not None and restated["claim"]["claim_type"] != claim_type:
            # "a target of 1.20 billion punts, which is 6.9 pct of GNP", "a package of 6,000 billion yen, including 1,000
            # billion in tax cuts": the same figure in other terms, or a part of it, shares its stance
            claim_type = restated["claim"]["claim_type"]
            st = st._replace(claim_type=claim_type)
        actor, target = _assign_roles(ctx, sentence, clause, fig, st, stance_hits)
        cue = fig["metric_cue"]
        if cue is not None and cue.start > sentence.start and (GLOBAL_BEFORE_SCAN.search(text, max(sentence.start, cue.start - 25), cue.start)
                                                               or _region_owner().search(text, max(sentence.start, cue.start - 60), cue.start)):
            # "global public debt", "world military spending", "Latin America's 380 billion dlr foreign debt", "Africa's debt
            # service": no one state's or body's figure
            target = None
        mclause = _modality.modal_clause(text, clause, start, end)
        hedged, negated = _modality.hedged_negated(text, mclause, start, end, modal_hits)
        if head is not None:  # a figure something is compared with is stated as a known reference
            hedged = False
        if head is not None and claim_type == "commitment" and st.how == "attributive" and st.cue.entry["pos"] == "N" \
                and _roles.org_owner(ctx, sentence, st.cue, start):
            # "Poland spends 4.1% of GDP, well above NATO's 2% target": the organisation's target a level is compared with
            # is the standing benchmark, not the state's pledge
            claim_type = "benchmark"
        if head is not None and "claim" in head and claim_type != "benchmark":
            actor = actor if st.how not in ("attributive", "compared") \
                else _relative_agent(ctx, sentence, (start, end), stance_hits)  # "above the 3.32% Lai has proposed"
            if actor is None and claim_type == "commitment" and st.how == "attributive":
                # "the deficit is seen at 4.1%, above the government's target of 3.9%": the target is its owner's own
                # commitment, not the forecaster's
                actor = _roles.cue_possessor(ctx, sentence, st.cue, start)
            actor_code = actor.code if actor else head["claim"]["actor_code"]
            actor_text = actor.surface if actor else head["claim"]["actor_text"]
            target_code, target_text = head["claim"]["target_code"], head["claim"]["target_text"]
            if actor is not None and actor.code in _roles.ORGANISATION_CODES and actor.code != head["claim"]["actor_code"] \
                    and target is not None and target[1] == actor.code:
                # "a six pct increase, well above the 3.5 pct NATO recommends for members": the level an organisation
                # itself recommends for its members is the organisation's, not that of the state compared with it
                target_text, target_code = target
        else:
            actor_code, actor_text = (actor.code, actor.surface) if actor else (None, None)
            target_text, target_code = target if target else (None, None)
            owner_only = (claim_type == "actual" or claim_type == "forecast" and actor is not None and _names_owner_only(ctx, actor)) \
                and (_owner_not_reporter(ctx, sentence, actor, target_code, (start, end))
                     or (claim_type == "actual" and _owner_of_listed_level(ctx, sentence, actor, target_code, (start, end), out))) \
                and not (actor is not None and _roles.noun_cue_owner(ctx, sentence, st.cue) == actor)  # "official U.S. estimates of"
            lead = _lead_report(ctx, sentence, target_code) if owner_only else None
            if lead is not None:
                # "..., Eurostat said. Romania ran the largest deficit, at 9.3%": the state whose level it is does not
                # report it; the organisation whose report the article relays does; so for a forecast of a state's
                # figure named only as its owner ("Italy's deficit will narrow to 3.3%", not "Italy expects ...")
                actor_code, actor_text = lead.code, lead.surface
            elif owner_only and _roles.is_possessive(ctx, actor) and _reported_by_no_one(ctx, state, sentence, stance_hits):
                # "Norway's budget surplus widened to 40 billion crowns" and no one in the article reports it: the
                # owner named as the possessor is no reporter, and ANNOTATION.md gives such a level a null actor (a
                # state acting on its own figure, "Canada raised its contribution to 120 mln dlrs", keeps the state)
                actor_code, actor_text = None, None
            if claim_type == "commitment" and st.how == "attributive" and _roles.org_owner(ctx, sentence, st.cue, start) \
                    and not _signs_up(text, clause, st.cue, stance_hits):
                claim_type = "benchmark"  # "NATO's old 2% target", "the United Nations target of 0.7%"
                owner = _roles.target_owner(ctx, sentence, clause, st.cue)
                if owner is not None:
                    # "Germany only reached NATO's old 2% target": the standing rule is the organisation's; the member
                    # said to reach it stays the target
                    actor_code, actor_text = owner.code, owner.surface
            if claim_type == "demand" and st.cue is not None and text[st.cue.start:st.cue.end].lower() in SELF_OBLIGATION \
                    and _roles.modal_subject(ctx, sentence, clause, st.cue) is None \
                    and not OTHERS_PRONOUN.search(text, max(clause[0], st.cue.start - 16), st.cue.start):
                claim_type = "commitment"  # "spending must be cut by 2 billion": an obligation no one else is asked
            if claim_type == "demand" and st.cue is not None and text[st.cue.start:st.cue.end].lower() in SELF_OBLIGATION \
                    and OTHERS_PRONOUN.search(text, max(clause[0], st.cue.start - 16), st.cue.start):
                # "Hegseth pressed allies to move faster, saying they should reach 3.5%": the speaker asks it of them
                asker = _pronoun_asker(ctx, sentence, clause, stance_hits)
                if asker is not None and asker.code and asker.code != target_code:
                    actor_code, actor_text = asker.code, asker.surface
            if claim_type == "demand" and st.cue is not None and text[st.cue.start:st.cue.end].lower() in SELF_OBLIGATION \
                    and actor_code in (None, target_code) and _roles.is_state(target_code) \
                    and (text[st.cue.start:st.cue.end].lower() in OWN_NEED
                         or (_reported_by(ctx, sentence, target_code, _roles.modal_subject(ctx, sentence, clause, st.cue))
                             and _pressed_group(ctx, sentence, clause, st.cue) is None)) \
                    and not _uncoded_or_credited(ctx, state, sentence) \
                    and not OPPOSITION.search(text, sentence.start, st.cue.start):
                # "Warsaw needs to borrow about 420 billion zlotys next year", "Canada must spend 2% of GDP, Canada's prime
                # minister said": a state's own need or duty, which no one else presses on it and (for "must", "should")
                # its own government states, is what it plans ("Trump said allies need to spend 5%" has an asker; an
                # opposition saying the country should spend more presses the government)
                claim_type = "commitment"
                actor_code, actor_text = target_code, target_text
            if claim_type == "demand" and st.how == "governing" and text[st.cue.start:st.cue.end].split()[0].lower().endswith("ed") \
                    and PASSIVE.search(text, max(sentence.start, st.cue.start - 25), st.cue.start):
                # "Japan was urged (by Washington) to raise its budget to 3.5%": the subject is pressed, the agent presses
                pressed = _roles.subject_before(ctx, sentence, clause, st.cue)
                agent = _agent_after(ctx, sentence, st.cue)
                if pressed is not None and pressed.code:
                    target_code, target_text = pressed.code, pressed.surface
                actor_code, actor_text = (agent.code, agent.surface) if agent is not None else (None, None)
            elif claim_type in ("demand", "proposal") and st.cue is not None and actor_code == target_code \
                    and text[st.cue.start:st.cue.end].lower() in ASKED_OF_OTHERS and _roles.is_state(actor_code) \
                    and _roles.is_state(ctx.home()) and ctx.home() != actor_code:
                # "a level of 3 per cent that American officials had floated", "raised its demand from a previously
                # requested 3%" in a story about Japan: a level asked of the story's state, not the asker's own
                target_code, target_text = ctx.home(), None
            elif claim_type == "demand" and st.cue is not None and actor_code is not None and actor_code == target_code \
                    and _pressed_group(ctx, sentence, clause, st.cue) is not None:
                # "Hegseth said Asian allies should spend 5% of GDP": a group no code covers is pressed, not the speaker's
                # own state (the story's state when it is another, else no one named)
                home = ctx.home()
                target_code, target_text = (home, None) if _roles.is_state(home) and home != actor_code else (None, None)
            elif claim_type == "demand" and actor_code is not None and actor_code == target_code \
                    and (actor_code not in _roles.ORGANISATION_CODES
                         or (st.cue is not None and fig["metric"] in OWN_BUDGET_METRICS
                             and text[st.cue.start:st.cue.end].lower() in OWN_WISH)) \
                    and not (st.cue is not None and OPPOSITION.search(text, clause[0], st.cue.start)):
                # (an organisation calling on its members demands; so does an opposition pressing its own government:
                # "Opposition lawmakers called for defence spending of 5% of GDP")
                # pressing no one else: "the House calls for 57 billion" proposes, "spending must be cut" commits
                # ("Domanski said he wanted it below 3% by 2028": a government's wish for its own figure is its aim, outside a
                # legislature's fight)
                claim_type = "commitment" if st.cue is not None and st.cue.entry["pos"] == "V" \
                    and (text[st.cue.start:st.cue.end].lower() in SELF_OBLIGATION
                         or (text[st.cue.start:st.cue.end].lower() in OWN_WISH and not _legislative(text, state)
                             and actor_code not in _roles.ORGANISATION_CODES
                             and not PARTY_SUBJECT.search(text, clause[0], st.cue.start))) else "proposal"
                if claim_type == "proposal" and st.cue.entry["pos"] == "V" and DOC_CALLS.match(text, st.cue.start):
                    # "the budget, to be sent to parliament next month, calls for spending of 243 billion baht"
                    claim_type = _document_content(text, clause, st.cue.start, state)
            if claim_type == "forecast" and st.cue is not None and PASSIVE.search(text, max(sentence.start, st.cue.start - 25), st.cue.start):
                # "Spain is forecast to spend 1.28%": the subject is forecast, the forecaster is the report's body
                who = _roles.speaker(ctx, sentence, st.cue.start)
                orgs = _near_orgs(ctx, sentence, [o for o in ctx.orgs() if o in _estimating_orgs()])  # (not a meeting's host: "GATT talks")
                said = _passive_forecast_reporter(ctx, sentence, target_code) if who is None else None
                if who is not None:  # "the finance minister said the deficit is expected to be 6.5%"
                    actor_code, actor_text = who.code, who.surface
                elif said is not None:
                    # "..., is forecast to bring the PSBR down to 3.9 billion stg, the Treasury said": the sentence's own
                    # speaker; else the state body whose statement it goes on with ("The Treasury said ... Corporation
                    # tax is forecast to bring in 13.5 billion"), before any organisation the article merely names
                    actor_code, actor_text = said.code, said.surface
                elif _roles.is_state(target_code) and OFFICIALLY.search(text, max(sentence.start, st.cue.start - 25), st.cue.start):
                    # "is officially projected at 2.73 billion dlrs": the state's own projection, not that of the
                    # organisation the story quotes (the World Bank)
                    actor_code, actor_text = target_code, target_text
                elif orgs:
                    actor_code, actor_text = orgs[0], None
                elif _roles.is_state(target_code) and GOVERNMENT_FIGURE.search(text, max(sentence.start, fig["char_start"] - 80), st.cue.start):
                    # "Government revenue is projected to grow 7.5 pct to 199.5 billion baht" in a budget story naming no
                    # organisation: the government's own projection
                    actor_code, actor_text = target_code, target_text
                else:
                    actor_code, actor_text = None, None
            elif actor_code is None and claim_type != "demand" and _roles.is_state(target_code) \
                    and not (claim_type == "actual" and fig["metric"] == "public_debt") \
                    and not (claim_type == "benchmark" and _names_uncoded_speaker(ctx, state, sentence)):
                # (a standing rule no organisation owns, "the Gramm-Rudman deficit target of 108 billion dlrs", "this three
                # pct limit", "payments are limited to 10 pct of export earnings", is the state's own benchmark like its
                # other unspoken plans, unless an uncoded speaker, a bank or an institute, names the level it wants)
                # (a public debt level stated by no one, "Japan's gross public debt stands well above 200% of GDP", is
                # reported by no one: ANNOTATION.md gives a level the actor that reports it, null when none is named;
                # budget and deficit figures of a state's story keep the state, as the Reuters annotations want)
                # a state's own figure, plan or proposal with no speaker named ("the measure proposes ..."); a level or
                # forecast in an organisation's report on the state stays the organisation's ("..., the OECD said. The
                # current account deficit could narrow to 12 billion dlrs")
                # (the speaker look-back over the sentences before matters only where this sentence names no public body,
                # a test of its own names, which its roles have built: asked first)
                earlier = ctx.previous_speaker(sentence.start) \
                    if claim_type in REPORTED_TYPES and _roles.names_public_body(ctx, sentence) is False else None
                lead = _lead_report(ctx, sentence, target_code) if claim_type in REPORTED_TYPES else None
                agent = _opening_organisation(ctx, sentence, start)
                if earlier is not None and earlier.code in _observers():
                    actor_code, actor_text = earlier.code, earlier.surface
                elif lead is not None:
                    actor_code, actor_text = lead.code, lead.surface
                elif agent is not None:
                    # "The World Bank last month granted Indonesia a 300 mln dlr loan", "The Commission, facing a five
                    # billion Ecu budget deficit, has threatened ...": the organisation the sentence opens with as its
                    # subject grants, sets or faces the figure; the state is at most its object, never its speaker
                    # (a state the sentence does not name, taken from the story, owns none of it either)
                    actor_code, actor_text = agent.code, agent.surface
                    if not _names_owner(ctx, sentence, target_code):
                        target_code, target_text = agent.code, agent.surface
                elif claim_type in REPORTED_TYPES and not _names_owner(ctx, sentence, target_code) \
                        and _reported_by_no_one(ctx, state, sentence, stance_hits):
                    # "Outlays came to 90 billion crowns" with no ministry, office, official or pronoun for one in
                    # the sentence, no coded speaker before it and no body relayed by the lead: ANNOTATION.md gives
                    # a level its reporter, null when none is named (a sentence continuing "..., the finance ministry
                    # said" keeps the state through the speaker look-back)
                    actor_code, actor_text = None, None
                else:
                    actor_code, actor_text = target_code, target_text
        author = _document_author(ctx, sentence, start) \
            if actor_code is None and head is None and claim_type in AUTHORED_TYPES else None
        if author is not None:
            # "The plan, drafted by the Budget committee, calls for 22 billion dlrs", "The budget cut defense by eight billion
            # dlrs", "His proposals would double aid to $100bn": a plan's figure is its author's
            actor_code, actor_text = author
        # (the owner named right after the sum is asked of any sum: it holds its own aid word, "50 mln dlrs in U.S. military aid")
        from_giver = FROM_GIVER.match(text, fig["end"], clause[1]) if head is None else None  # asked by both below
        aid_sum = head is None and _aid_sum(ctx, clause, fig, from_giver)
        donor = (_aid_donor_after(ctx, sentence, fig) if head is None else None) \
            or (_aid_source_after(ctx, sentence, from_giver) if aid_sum else None)
        if donor is not None and donor.code != target_code:
            # "Panama is due to receive 28.5 mln dlrs in U.S. aid", "Ukraine will receive 20 billion dollars from the
            # United States": the state or body whose aid it is gives it
            actor_code, actor_text = donor.code, donor.surface
        elif aid_sum and actor is None and actor_code is not None \
                and actor_code == target_code and _unnamed_givers(ctx, sentence, start):
            # "Donors pledged 5 billion euros for Ukraine", "Aid donors to Indonesia pledged 3.15 billion dlrs to Jakarta":
            # no speaker found, the state the sum goes to is no giver; the givers named are no one the contract codes
            actor_code, actor_text = None, None
        if fig["metric"] == "tariff_rate" and head is None and actor_code is not None and claim_type in ("actual", "commitment") \
                and _pays(ctx, sentence, actor_code, start,
                          actor if actor is not None and actor.code == actor_code and actor.kind not in ("pronoun", "state_pronoun") else None):
            # "Canadian and Mexican companies must pay a 25 percent tariff", "for China it is 34 percent": the payer
            # does not set the tariff; the setter is another state of the sentence, if named
            other = [e for e in ctx.entities(sentence) if e.code and e.code != actor_code and _roles.is_state(e.code)
                     and not _pays(ctx, sentence, e.code, start)]
            actor_code, actor_text = (other[0].code, other[0].surface) if other else (None, None)
        estimator = _estimator(ctx, sentence, st.cue) if estimated and head is None else None
        if estimator is not None:
            # "It estimated last year's deficit at 2.8% of GDP": the subject of the verb estimates it
            actor_code, actor_text = estimator.code, estimator.surface
        elif estimated and head is None and _roles.speaker(ctx, sentence, st.cue.start) is None:
            # "Spain, which spent an estimated 1.28% of GDP": the estimate is the report's body's (NATO's), if any
            orgs = _near_orgs(ctx, sentence, [o for o in ctx.orgs() if (fig["metric"] != "defense_spending" or o == "NATO")
                                              and o in _estimating_orgs()])
            actor_code, actor_text = (orgs[0], None) if orgs else (None, None)
        if actor_code is not None and claim_type in ("forecast", "actual", "commitment") \
                and (unknown_speakers or _firm_reported(state, ctx, sentences, sentence) or _in_sentence(state, _uncoded_body(), text, sentence)) \
                and not _coded_act_inside(ctx, sentence, actor, actor_code, st, start) \
                and (_in_sentence(state, UNKNOWN_SPEAKER_SCAN, text, sentence, start) or _in_sentence(state, INSTITUTE_SPEAKER_SCAN, text, sentence, start)
                     or _in_sentence(state, _uncoded_body(), text, sentence, start)
                     or _firm_reported(state, ctx, sentences, sentence) or _reported_after(state, text, sentence, end)
                     or (_rating_article(state, text) and _in_sentence(state, RATING_SPEAKER, text, sentence, start))):
            # "analysts saying the deficit could end up $100bn", "Bankers forecast": no one the contract codes
            actor_code, actor_text = None, None
            if claim_type == "commitment" and st.how != "attributive" and not plan_content:
                # an economist cannot pledge a state's figure: what they expect of it (a plan's content they relate stays)
                claim_type = "forecast"
        elif actor_code is not None and _voices_nothing(ctx, sentence, actor, actor_code, actor_text, target_code, claim_type) \
                and not _owners_own_figure(ctx, sentence, st, start, actor_code) \
                and _uncoded_voice(state, ctx, sentences, sentence):
            # a level or forecast named by no coded speaker of its own sentence ("The budget deficit is forecast to be
            # 2.8 billion", "he forecast") that goes on with an institute's, a bank's or economists' report: theirs, and
            # the contract codes none of them (not the state it is about)
            actor_code, actor_text = None, None
        elif actor_code is not None and head is None and claim_type in PRESS_RELAYED_TYPES \
                and _press_reported(ctx, state, sentence, outlets):
            # "Germany's defence spending will reach 2% of GDP by 2027, the report said", "The deficit will rise to 6.5%,
            # news agency PAP reported": a newspaper or an unnamed report is the sentence's only speaker and no coded voice
            # (ministry, official, government, organisation) acts in it; the state named only as the figure's owner or
            # subject neither states nor pledges it, and the contract codes the medium as no one (its stance stays:
            # what the report relays is still the state's plan or an expected level)
            actor_code, actor_text = None, None
        if claim_type in ("commitment", "proposal") and head is None and st.cue is not None and st.how == "governing" \
                and st.cue.entry["pos"] == "N" and text[st.cue.start:st.cue.end].lower() in OWN_PLAN_NOUNS:
            planner = _roles.cue_possessor(ctx, sentence, st.cue, start)
            if planner is not None and _roles.is_state(planner.code) and planner.code != actor_code:
                # "telling them of Japan's plan to spur domestic spending by 34 billion dlrs": the plan is its
                # possessor's, whoever is told of it
                actor_code, actor_text = planner.code, planner.surface
                target_code, target_text = planner.code, planner.surface
        if rule_threshold and claim_type in ("actual", "commitment", "forecast"):
            claim_type = "benchmark"
        if aid_request and claim_type == "proposal":
            claim_type = "demand"
            requester = _requester(ctx, sentence, st.cue)
            if requester is not None:
                actor_code, actor_text = requester.code, requester.surface
        base = fig.get("base")
        claim = {
            "mention_id": m.get("mention_id"),
            "sentence": s_text,
            "char_start": start,
            "char_end": end,
            "figure_text": text[start:end],
            **{k: m.get(k) for k in VALUE_FIELDS},
            "basis": fig["basis"],
            "metric": fig["metric"],
            "claim_type": claim_type,
            "actor_text": actor_text,
            "actor_code": actor_code,
            "target_text": target_text,
            "target_code": target_code,
            "deadline_year": _modality.deadline(text, clause, start, end, claim_type),
            "compared_to": base["m"]["value"] if base is not None else None,
            # a figure something is compared with is a reference, not the report's news
            "attributed_to": _modality.attribution(outlets, state["report"], start) if head is None else None,
            "hedged": hedged,
            "negated": negated,
            "confidence": _confidence(fig, st, actor_code, target_code),
        }
        fig["claim"] = claim
        out.append(claim)
    out.sort(key=lambda c: c["char_start"])
    return out


def _relative_agent(ctx, sentence, span, stance_hits):
    """The subject of a relative clause right after the figure whose verb is a stance cue ("a level of 3 per cent that
    American officials had floated"), whatever cue governs the figure's stance."""
    i = bisect.bisect_left(stance_hits, span[1], key=lambda h: h.start)  # the first cue after the figure
    return _roles.relative_agent(ctx, sentence, span, stance_hits[i]) if i < len(stance_hits) else None


def _assign_roles(ctx, sentence, clause, fig, st, stance_hits):
    """(actor entity or None, (target_text, target_code) or None)."""
    span = (fig["char_start"], fig["end"])
    if st.claim_type != "benchmark":
        view = _roles.believer(ctx, sentence, span[0])  # "the alliance believes Spain will need about 3.5%"
        if view is not None:
            return view[0], (view[1].surface, view[1].code)
    if st.claim_type == "demand" and st.cue is not None and st.cue.entry["pos"] == "V" \
            and not ctx.text[st.cue.start:st.cue.end].lower().split()[0].endswith("ing") \
            and PASSIVE.search(ctx.text, max(sentence.start, st.cue.start - 25), st.cue.start):  # not "has been demanding"
        roles = _roles.passive_demand(ctx, sentence, clause, st.cue, span)  # "Japan has been asked by the U.S. to"
        if roles is not None:
            return roles[0], (roles[1].surface, roles[1].code)
    if st.cue is not None and st.how == "governing" and ctx.text[st.cue.start:st.cue.end].lower() in SELF_OBLIGATION:
        # "Trump said NATO's European members should spend 5%": the modal's subject owes the figure,
        # the speaker of the sentence asks it
        owed = _roles.modal_subject(ctx, sentence, clause, st.cue)
        if owed is not None:
            return _roles.speaker(ctx, sentence, st.cue.start) or _roles.asker(ctx, sentence, owed), (owed.surface, owed.code)
    if st.cue is not None and st.cue.entry["pos"] == "N" and st.claim_type in ("commitment", "benchmark") \
            and _roles.org_owner(ctx, sentence, st.cue, span[0]):
        member = _roles.meets_target(ctx, sentence, clause, st.cue)  # "Canada will meet NATO's goal of 2%"
        if member is not None and st.claim_type == "benchmark":
            # "Spain and Belgium now reach NATO's 2% guideline": the standing rule is the organisation's, the
            # members meeting it are whose figure it is
            return _roles.target_owner(ctx, sentence, clause, st.cue), (member.surface, member.code)
        if member is not None:
            return member, (member.surface, member.code)
    actor = _relative_agent(ctx, sentence, span, stance_hits) or _roles.participle_agent(ctx, sentence, span) \
        or _roles.actor_of(ctx, sentence, clause, span, st.cue, st.how)
    if fig.get("respective") is not None:
        own = fig["respective"]
        who = _roles.reporter(ctx, sentence, span) if st.claim_type in REPORTED_TYPES else None
        return (who if who is not None and who.code != own.code else own), (own.surface, own.code)
    if st.claim_type == "commitment" and actor is not None and st.how != "governing":
        # "He said that Japan had made a 450 mln dlr pledge": the state said to pledge commits, the speaker reports
        pledger = _roles.reported_pledger(ctx, sentence, span[0], actor)
        if pledger is not None:
            return pledger, (pledger.surface, pledger.code)
    owner = _roles.basis_owner(ctx, sentence, fig["m"]["char_end"])  # "5% of NATO countries' income"
    if owner is None and st.claim_type != "benchmark":
        owner = _roles.basis_pronoun_owner(ctx, sentence, span)  # "calls on Shultz ...: either Japan can spend 3 pct of its GNP"
    if owner is not None:
        return actor, (owner.surface, owner.code)
    if st.claim_type == "benchmark":
        org = _roles.nearest_org(ctx, sentence, span)
        poss = _roles.possessor(ctx, sentence, fig["metric_cue"], fig["end"], clause)
        home = _money_state(fig, ctx) or ctx.previous_state(fig["char_start"])
        law = LAW_OWNED.search(ctx.text, max(sentence.start, st.cue.start - 60), st.cue.start) if st.cue is not None else None
        if law is not None and _roles.is_state(home) \
                and (org is None or org.end > law.start() or count_words(ctx.text[org.end:law.start()]) > 2):
            # "the Balanced Budget Act's target of 144 billion dlrs", "the constitution's 60% ceiling": a national law's rule
            # is its state's, whoever cites it (not the organisation whose forecast the sentence gives; "EU law's 3% limit"
            # stays the organisation's)
            return (actor if actor is not None and actor.code == home else None), (None, home)
        if org is not None and poss is not None and _roles.is_state(poss.code) and org.end <= poss.start:
            # "told the World Bank meeting that Peru will keep its 10 pct limit": the state's own rule
            return actor, (poss.surface, poss.code)
        if org is not None and actor is not None and actor.code in _roles.ORGANISATION_CODES and actor.code != org.code \
                and st.cue is not None and actor.end <= st.cue.start <= org.start:
            # "The current EU rules limit the size of a eurozone country's deficit to 3%": the rule is the organisation's
            # named as its subject; the one named in what it limits is whose figure it is
            return actor, (org.surface, org.code)
        if org is not None:
            return org, (org.surface, org.code)
        if poss is not None:  # "the debt brake limits the federal government's deficit to 0.35%": the state's own rule
            return (actor if actor is not None or not _roles.is_state(poss.code) else poss), (poss.surface, poss.code)
        if actor is not None and (_roles.is_state(actor.code) or actor.code in _roles.ORGANISATION_CODES):
            return actor, (actor.surface, actor.code)  # (an organisation's official: "Stoltenberg said 2% should be a floor")
        if ctx.orgs() and _money_state(fig, ctx) is None and not _names_state_or_law(ctx, sentence):
            # "The 2% guideline is now seen as a floor" in a story naming NATO, "the current 3% limit" in one naming the
            # EU: a standing rule no state in its sentence owns is the organisation's the article names most (not "In
            # Finland, the deficit is limited to 2.5%", nor a national law: "A law passed in 2023 requires 2% of GDP")
            return actor, (None, ctx.orgs()[0])
        home = _money_state(fig, ctx) or ctx.previous_state(fig["char_start"])  # "Indonesian law caps the annual deficit at 3 pct"
        return actor, ((None, home) if home else None)
    # "Japan's deficit", "its budget"; "debt in the currency bloc", "the deficit of the euro zone"
    poss = _roles.possessor(ctx, sentence, fig["metric_cue"], fig["end"], clause, fig["char_start"]) \
        or _roles.owner_after(ctx, sentence, fig["metric_cue"], fig["char_start"])
    reported_subject = None
    if st.claim_type in REPORTED_TYPES and actor is not None:
        # "NATO said Canada spent 1.37%", "the IMF said Germany's deficit would rise to 3%": a level or forecast is
        # the reporter's, the state it is about is the target
        who = _roles.reporter(ctx, sentence, span)
        if who is not None and who.code and who.code != actor.code and who.kind not in ("pronoun", "state_pronoun"):
            if st.how == "governing" and actor.kind in ("country", "capital", "demonym") and _roles.is_state(actor.code):
                reported_subject = actor  # "Spain, which the figures put at 1.28%, is estimated to reach 2.0%": Spain's level
            actor = who
    if st.claim_type in ("demand", "proposal"):
        obj = _roles.object_of(ctx, sentence, clause, span, st.cue)
        if obj is not None and actor is not None and obj.code == actor.code and obj.kind == "capital":
            obj = _roles.other_reading(ctx, obj, actor.code)  # "the Commission has asked Brussels to cut": Belgium
        if obj is not None and actor is not None and obj.code == actor.code and obj.kind == "pronoun":
            return actor, (obj.surface, obj.code)  # "2% is enough for his country": the speaker's own state, said so
        for e in (obj, poss):
            if e is not None and (actor is None or e.code != actor.code or e.kind == "group"):
                return actor, (e.surface, e.code)
        # no one else named: a demand of the state the article is about ("Washington has been demanding a cut to
        # seven pct" in a Japan story), else a domestic demand or proposal ("the Senate proposes 119 billion in
        # taxes"), or allies asking it of their alliance
        home = ctx.main_party()
        if st.claim_type == "demand" and actor is not None and _roles.is_state(actor.code) and home is not None \
                and home != actor.code:
            return actor, (None, home)
        if _recommended_aid(ctx, sentence, fig, st, actor):
            # "well above the World Bank's recommendation of 2.5 billion guilders in aid": aid an organisation recommends
            # or asks for goes to the story's state, not to the organisation
            return actor, (None, ctx.main_party())
        if actor is not None and (_roles.is_state(actor.code) or actor.kind in ("group", "organisation")
                                  or actor.code in _roles.ORGANISATION_CODES):
            # (an organisation's official proposing a figure, "Commission President Ursula von der Leyen said the plan
            # would set aside 131 billion euros", proposes the organisation's own)
            return actor, (actor.surface, actor.code)
        home = _money_state(fig, ctx) or ctx.previous_state(fig["char_start"])
        return actor, ((None, home) if home else None)
    adjacent = _roles.adjacent_subject(ctx, sentence, span)  # "ahead of Estonia at 3.43%", "and Canada 1.37%"
    if adjacent is not None:
        return actor, (adjacent.surface, adjacent.code)
    expected = _roles.expected_subject(ctx, sentence, st.cue, span) if st.claim_type == "forecast" and poss is None else None
    # "the EU's planned changes would force Britain to run a budget surplus of 1%": the state forced owns the figure
    expected = expected or (_roles.caused_subject(ctx, sentence, clause, span) if poss is None else None)
    if expected is not None:  # "it expected the OECD to post a deficit of 13 billion dlrs": the OECD area's
        return actor, (expected.surface, expected.code)
    # the subject of the verb nearest the figure: "NATO estimated that it spent 1.37%", "Spain, which spent"
    nearest = _stance.nearest_before(clause, span[0], stance_hits)
    subject = _roles.subject_before(ctx, sentence, clause, nearest) if nearest is not None else None
    if subject is not None and _observes(ctx, subject, fig, st):
        actor = actor or subject  # the organisation forecasts or reports; the figure stays a state's (below)
    elif subject is not None and subject.code and poss is None and (actor is None or subject.start != actor.start):
        return actor, (subject.surface, subject.code)
    if poss is not None:
        return actor, (poss.surface, poss.code)
    if reported_subject is not None:
        return actor, (reported_subject.surface, reported_subject.code)
    antecedent = _roles.relative_antecedent(ctx, sentence, span) if st.claim_type in REPORTED_TYPES else None
    if antecedent is not None:
        return actor, (antecedent.surface, antecedent.code)  # "Spain, which the figures put at 1.28% of GDP"
    topic = _roles.fronted_topic(ctx, sentence)
    if topic is not None:
        return actor, (topic.surface, topic.code)  # "Across the whole EU, the deficit narrowed to 3.2%"
    opening = _opening_state(ctx, sentence, actor) if st.claim_type in REPORTED_TYPES else None
    if opening is not None:
        # "Morocco ... is likely to obtain 100 mln dlrs of aid, John Shilling, director of the World Bank's Moroccan
        # division, said": the organisation reports or forecasts; the state the sentence opens with owns the figure
        return actor, (opening.surface, opening.code)
    if _recommended_aid(ctx, sentence, fig, st, actor):
        return actor, (None, ctx.main_party())  # "Early estimates from the World Bank put the aid needed at $5bn"
    if actor is not None and (_roles.is_state(actor.code) or st.claim_type in SELF_TYPES) \
            and not (actor.code in _observers() and fig["metric"] in STATE_FINANCES) and not _observes(ctx, actor, fig, st) \
            and not _credited_reporter(ctx, sentence, actor, st):
        money = _money_state(fig, ctx)
        if money is not None and _roles.is_state(actor.code) and money != actor.code and ctx.names_state(money):
            # "the recently announced 6,000 billion yen emergency economic package" in a story on U.S. officials: a sum in
            # one state's own currency, with no owner named for it, is that state's, not the speaker's
            return actor, (None, money)
        return actor, (actor.surface, actor.code)
    home = _money_state(fig, ctx) or ctx.previous_state(fig["char_start"])  # "the IMF expects the deficit to reach 3%": the state's
    return actor, ((None, home) if home else None)


def _recommended_aid(ctx, sentence, fig, st, actor) -> bool:
    """Whether the figure is aid an organisation recommends, asks for or estimates in a noun it owns ("the World Bank's
    recommendation of 2.5 billion guilders in aid", "estimates from the World Bank put the aid needed at $5bn"): aid for
    the story's state, not the organisation's own."""
    return actor is not None and actor.code in _roles.ORGANISATION_CODES and fig["metric"] == "development_aid" \
        and _roles.is_state(ctx.main_party()) and _roles.noun_cue_owner(ctx, sentence, st.cue) == actor


BARE_SHARE_TYPES = frozenset({"demand", "commitment", "proposal", "rejection", "forecast", "benchmark", "future"})
BARE_SUM_DECISIONS = frozenset({"commitment", "proposal", "rejection"})  # a sum's stance types that decide on it
BARE_SHARE_REACH = 3  # sentences after the latest claim in which a bare share still speaks of its metric


# "budget" naming a plan, not its balance: "the budget deficit", "the budget was in deficit by 28 billion in February" (a
# monthly statement's outturn) speak of the balance; "the International Monetary Fund" is an institution, no fund of money
BUDGET_STORY = regex.compile(r"\b" + BUDGET_PLAN + r"(?!\s+(?:hawks?|ministers?)\b)", regex.IGNORECASE)
PACKAGE_SUBJECT = regex.compile(r"\b(?:package|plan|programme|program|(?-i:fund)|accord|agreement|deal|bill|draft|" + BUDGET_PLAN + r"(?:['’]s)?)\b",
                             regex.IGNORECASE)
PACKAGE_SUBJECT_SCAN = _lexicon.Guarded(PACKAGE_SUBJECT, ("package", "plan", "program", "fund", "accord", "agreement", "deal", "bill",
                                                        "draft", "budget"))  # (searched only where one of its nouns stands)
# (also "for the past five years", "in the previous fiscal year": years gone by)
PAST_YEAR = regex.compile(r"\b(?:in|of|for|during)\s+((?:19|20)\d\d)\b(?!\s*/)|\b(?:19|20)\d\d/(\d\d)\s+(?:shortfall|deficit|surplus|level)|\blast\s+year\b"
                          r"|\b(?:past|previous)\s+(?:\w+\s+)?(?:fiscal\s+)?years?\b", regex.IGNORECASE)
# a month or a run of months a level was stated for ("in February", "in the first 11 months", "last month")
PAST_PERIOD = regex.compile(r"\b(?:in|for|during)\s+(?:the\s+month\s+of\s+)?(?:January|February|March|April|May|June|July|August|"
                            r"September|October|November|December)\b(?!\s+\d)|\b(?:in|for|during)\s+the\s+first\s+\w+\s+months\b"
                            r"|\b(?:last|previous)\s+(?:month|quarter)\b")
THIS_YEAR_AFTER = regex.compile(r"\s+(?:\w+\s+){0,2}?(?:this|the\s+current)\s+(?:fiscal\s+)?year\b", regex.IGNORECASE)
AFTER_PRIOR = regex.compile(r"\bafter\s+(?:an?|the|its)\s+(?:(?:about|around|estimated|some)\s+)?$", regex.IGNORECASE)
AT_LEVEL = regex.compile(r"(?:\bwith\s+(?:\w+\s+){1,3}|,\s+)at\s+(?:(?:about|around|roughly|some|nearly|almost|an\s+estimated)\s+)?$", regex.IGNORECASE)


YEAR_OWNER = regex.compile(r"\b(?:last|this|next|(?:19|20)\d\d)\s+(?:fiscal\s+)?year['’]s\s+(?:\w+\s+)?$|\b(?:19|20)\d\d['’]s\s+$",
                           regex.IGNORECASE)

# The year a figure itself is dated by: a phrase right after it ("1.87 billion in 1985/86", "2.0% of GDP this year",
# "152 billion pounds in the last fiscal year", "36.3 billion dollars it posted in 2024/25"), else one heading it ("the
# 1985 deficit of 696 mln"). A verb's tense or a forecast word elsewhere in the sentence does not move it: an estimate of
# this year's or a past year's level reports that level, one of a later year forecasts it.
OWN_DATE_AFTER = regex.compile(
    r"\s+(?:(?!(?:and|but|or|than|from|to|against|compared|after|before|while)\s)(?-i:[a-z]+)\s+){0,3}?"
    r"(?:(?:in|for|during|by|at\s+the\s+end\s+of)\s+(?:the\s+)?(?:fiscal\s+|calendar\s+|financial\s+)?(?:year\s+)?"
    r"(?P<y>(?:19|20)\d\d)(?:[/-](?P<fy>\d\d))?\b"
    r"|(?:in\s+|for\s+)?(?P<rel>this|last|next|the\s+current|the\s+last|the\s+previous|the\s+coming)\s+"
    r"(?:fiscal\s+|financial\s+|calendar\s+)?year\b)", regex.IGNORECASE)
OWN_DATE_BEFORE = regex.compile(r"\b(?P<y>(?:19|20)\d\d)(?:/(?P<fy>\d\d))?\s+(?:(?-i:[a-z]+)\s+){1,2}(?:of|at|was|were|is)\s+"
                                r"(?:(?:about|around|some|an?|the)\s+)?$", regex.IGNORECASE)
RELATIVE_DATES = {"this": "current", "the current": "current", "last": "past", "the last": "past", "the previous": "past",
                  "next": "later", "the coming": "later"}
FISCAL_YEAR_END_MONTH = 6  # a fiscal year "1986/87" has ended by an article of the second half of its last year


def _own_date(text: str, clause, start: int, end: int, published) -> str | None:
    """"past", "current" or "later": the year the figure itself is dated by, against the article's (None: no date of its own)."""
    own = _own_stretch(text, clause, start, end)
    m = OWN_DATE_AFTER.match(text, end, own[1]) or OWN_DATE_BEFORE.search(text, max(own[0], start - 40), start)
    if m is None:
        return None
    if m.groupdict().get("rel"):
        return RELATIVE_DATES.get(" ".join(m.group("rel").lower().split()))
    year, month = getattr(published, "year", None), getattr(published, "month", 1)
    if year is None:
        return None
    first = int(m.group("y"))
    if m.group("fy"):  # "1985/86": the fiscal year ends in its second year
        last = first // 100 * 100 + int(m.group("fy"))
        if last < year or (last == year and month > FISCAL_YEAR_END_MONTH):
            return "past"
        return "current" if first <= year else "later"
    return "past" if first < year else "current" if first == year else "later"



def _own_stretch(text: str, clause, start: int, end: int) -> tuple[int, int]:
    """The part of the clause around a figure that no other figure cuts off ("an increase of 18 pct over last year's 5.8
    billion": "last year" is the 5.8 billion's)."""
    lo, hi = clause
    for m in _stance.FIGURE_IN.finditer(text, lo, start):
        lo = max(lo, m.end())
    nxt = _stance.FIGURE_IN.search(text, end, hi)
    if nxt is None:
        return lo, hi
    owner = YEAR_OWNER.search(text, end, nxt.start())  # "last year's 5.8 billion": the year is that figure's
    return lo, (owner.start() if owner is not None else nxt.start())


def _forecast_figure(st) -> bool:
    """Whether a forecast word qualifies the figure itself ("the forecast for 1986 of 23.71 billion", "a projected 3.22
    billion deficit for 1986/87"): what was forecast, even for a year gone by, not the level reached."""
    return st.how == "attributive" and st.cue is not None and st.cue.entry["claim_type"] == "forecast"


def _names_past_year(text: str, stretch, published) -> bool:
    """Whether the stretch names a year before the article's ("in 1986", "last year", "1985/86 deficit", "in previous
    years"); a year of its own or a later one ("the budget for 2026" in 2025) is none (with no date, any year counts)."""
    year = getattr(published, "year", None)
    for m in PAST_YEAR.finditer(text, stretch[0], stretch[1]):
        if year is None or not (m.group(1) or m.group(2)):
            return True
        if m.group(1) and int(m.group(1)) < year:
            return True
        if m.group(2) and year // 100 * 100 + int(m.group(2)) < year:
            return True
    return False


def _past_level(text: str, clause, start: int, end: int, published) -> bool:
    """Whether a figure is dated in a year before the article's, right beside it ("a 1.1 billion shortfall in
    1986", "compared with 1,300 billion francs in 1986"), or stated as where a level stands ("with public debt at
    about 135%")."""
    # a year beyond another figure is that figure's ("a deficit in 1987 of 2.5 billion stg, after a 1.1 billion shortfall
    # in 1986": 1987 dates the 2.5 billion only)
    own = _own_stretch(text, clause, start, end)
    lo, hi = max(own[0], start - 45), min(own[1], end + 25)
    if AT_LEVEL.search(text, max(clause[0], start - 40), start):
        return True
    dated = _own_date(text, clause, start, end, published)
    if dated is not None:  # "against an expected 2.9 billion in 1986/87 and 1.87 billion in 1985/86": its own year decides
        return dated == "past"
    year = getattr(published, "year", None)
    past = False
    for m in PAST_YEAR.finditer(text, lo, hi):
        y = m.group(1) or m.group(2)
        if y is not None and m.group(2):  # "a 1985/86 shortfall": the fiscal year's end, in the article's century
            y = str(year // 100 * 100 + int(y)) if year else None
        if y is None:
            past = past or m.group(0).lower().startswith(("last", "past", "previous"))
        elif year is not None and int(y) < year:
            past = True
        else:
            return False
    # "..., which reached 220 billion last year, is expected to fall to 170 billion this year": the year it speaks of
    return past and not _modality.NEXT_YEAR_SCAN.search(text, lo, hi) and not THIS_YEAR_AFTER.match(text, end, hi)


BY_AGENT = regex.compile(r"\s+by\s+(?:the\s+)?$", regex.IGNORECASE)


def _agent_after(ctx, sentence, cue):
    """The agent of a passive verb: "was urged by Washington" -> Washington (None when unnamed)."""
    for e in ctx.entities(sentence):
        if e.start >= cue.end and e.code and BY_AGENT.fullmatch(ctx.text, cue.end, e.start):
            return e
    return None


# "1.20 billion punts, which is 6.9 pct of GNP", "NT$949.5 billion, equal to 3.32% of GDP"; "6,000 billion yen, including 1,000 billion"
RESTATE_SCAN = 200  # figures of one sentence above which none restates another (a table run together)
RESTATE = regex.compile(r"\s*(?:\([^()]{0,40}\)\s*)?,?\s*(?:which\s+(?:is|was|would\s+be|will\s+be)|equal\s+to|equivalent\s+to|or|representing|"
                        r"amounting\s+to)\s+(?:(?:about|around|some|roughly|nearly|almost|just|over|under)\s+)?", regex.IGNORECASE)
PART_OF = regex.compile(r"\s*(?:\([^()]{0,40}\)\s*)?,?\s*(?:including|of\s+which)\s+(?:(?:about|around|some|roughly|nearly|almost|just|over|more\s+than)\s+)*",
                        regex.IGNORECASE)


def _restated(text: str, fig: dict, figs: list[dict]) -> dict | None:
    """The earlier figure of the sentence this one restates in other terms (a share of a sum) or is a part of."""
    i = next((k for k in range(len(figs)) if figs[k] is fig), None) if len(figs) <= RESTATE_SCAN else None
    if i is None:
        return None  # a run of thousands of figures is a table, not prose
    for other in reversed(figs[max(0, i - 3):i]):  # the few figures right before it
        if "claim" not in other or other["end"] > fig["char_start"] or fig["char_start"] - other["end"] > 60:
            continue
        if (other["unit"] != fig["unit"] and RESTATE.fullmatch(text, other["end"], fig["char_start"])) \
                or (other["unit"] == fig["unit"] and PART_OF.fullmatch(text, other["end"], fig["char_start"])):
            return other
    return None


# "part of a £1bn package", "a 6,000 billion yen plan": the figure sizes a package, plan or budget named right after it
# "raised taxes by 26 billion pounds a year by 2029/30 in her budget": a measure the budget holds, a little further on
IN_BUDGET_AFTER = regex.compile(r"[^,;.]{0,50}?\b(?:in|under)\s+(?:the|his|her|its|their)\s+(?:[\w/'’-]+\s+){0,2}?" + BUDGET_PLAN + r"\b",
                                regex.IGNORECASE)
PACKAGE_AFTER = regex.compile(r"\s+(?:[\w'’-]+\s+){0,2}?(?:package|plan|programme|program|(?-i:fund)|" + BUDGET_PLAN + r")\b",
                              regex.IGNORECASE)


# "The 6.9 billion dlr budget, which represents an increase of 18 pct": the relative clause's antecedent, right before "which"
PACKAGE_ANTECEDENT = regex.compile(r"\b(?:package|plan|programme|program|(?-i:fund)|bill|" + BUDGET_PLAN + r")\s*,?\s*(?:which\s+)?$",
                                   regex.IGNORECASE)
WHICH = regex.compile(r"which\s|(?<=which\s+)", regex.IGNORECASE)


def _package_figure(text: str, clause, start: int, end: int) -> bool:
    """Whether the figure is a package's, plan's or budget's: its subject names one (or the antecedent of the relative
    clause it stands in does), or it sizes one named right after it."""
    return PACKAGE_SUBJECT_SCAN.search(text, clause[0], start) is not None or PACKAGE_AFTER.match(text, end, clause[1]) is not None \
        or IN_BUDGET_AFTER.match(text, end, clause[1]) is not None \
        or (WHICH.match(text, clause[0]) is not None and PACKAGE_ANTECEDENT.search(text, max(0, clause[0] - 40), clause[0]) is not None)


REFUSED_OBJECT_REACH = 4  # words from a refusing verb to the possessed figure it takes as object


def _refuses_object(text: str, st, start: int) -> bool:
    """Whether a refusing verb takes the possessed figure as its object ("refused to back the EU's 50 billion euro
    package"): the figure is refused, not a level described."""
    return st.cue is not None and st.how == "governing" and st.claim_type == "rejection" \
        and count_words(text[st.cue.end:start]) <= REFUSED_OBJECT_REACH


def _own_plan_reported(ctx, sentence, cue) -> bool:
    """Whether a state's government reports what its own instrument would do ("The UK government said defence spending
    would rise to 2.6% of GDP"): its plan, not a forecast."""
    who = _roles.speaker(ctx, sentence, cue.start)
    return who is not None and _roles.is_state(who.code) and who.kind not in ("pronoun", "group")


# "would reduce the 55 pct top tax rate to 38 pct": the level a change starts from, stated as it stands
CHANGE_VERB_BEFORE = regex.compile(r"\b(?:reduc\w*|cut\w*|lower\w*|rais\w*|increas\w*|lift\w*|bring\w*|brought|trim\w*|slash\w*)\s+"
                                   r"(?:the|its|their|a|an|this\s+year['’]s|current)\s+(?:[\w'’-]+\s+){0,2}$", regex.IGNORECASE)
CHANGE_VERB_BEFORE_SCAN = _lexicon.Guarded(CHANGE_VERB_BEFORE, ("reduc", "cut", "lower", "rais", "increas", "lift", "bring", "brought",
                                                              "trim", "slash"))  # (searched only where one of its verbs stands)
TO_NEXT = regex.compile(r"\s+(?:[\w'’-]+\s+){0,6}?to\s+(?:(?:about|around|some|just|below|under|over|above)\s+)?$", regex.IGNORECASE)


# "would have preferred an increase in the 10 pct value-added tax": a change of a rate named by its level, which stands
CHANGE_IN_BEFORE = regex.compile(r"\b(?:increase|increases|rise|rises|hike|hikes|cut|cuts|reduction|reductions|change|changes)\s+"
                                 r"(?:in|on)\s+the\s+(?:current\s+|present\s+|existing\s+)?$", regex.IGNORECASE)
CHANGE_IN_BEFORE_SCAN = _lexicon.Guarded(CHANGE_IN_BEFORE, ("increase", "rise", "hike", "cut", "reduction", "change"))  # (the same: its nouns)


def _changed_level(text: str, sentence, fig: dict, figs: list[dict]) -> bool:
    """Whether the figure is the current level a change verb moves to a later figure of its unit."""
    if not CHANGE_VERB_BEFORE_SCAN.search(text, max(sentence.start, fig["char_start"] - 60), fig["char_start"]):
        return False
    i = bisect.bisect_left(figs, fig["end"], key=lambda f: f["char_start"])  # figs are in text order
    nxt = next((f for f in figs[i:i + 3] if f["unit"] == fig["unit"]), None)
    return nxt is not None and nxt["char_start"] - fig["end"] <= 80 and TO_NEXT.fullmatch(text, fig["end"], nxt["char_start"]) is not None


# a tax or tariff rate as the subject of a change verb right before its figure: "the basic tax rate rises to", "the VAT rate
# goes up to", "import duties climb to"
RATE_METRICS = frozenset({"tax_revenue", "tariff_rate"})
RATE_MOVES = regex.compile(r"\b(?:rates?|duty|duties|tariffs?|surtax|VAT|levy)\s+(?:\w+\s+){0,2}?(?:rises?|goes\s+up|climbs?|increases?|falls?|"
                           r"goes\s+down|drops?|decreases?|moves?)\s+(?:from\s+\S+\s+(?:pct|percent|per\s+cent|%)?\s*)?to\s+"
                           r"(?:(?:about|around|some|roughly|nearly)\s+)?$", regex.IGNORECASE)
RATE_REACH = 80  # chars before the figure searched for the rate and its verb
# a tax or tariff rate as the subject right before a future ("The new tax brackets will", "the import duty would"), not what
# the tax brings in (REVENUE_SUBJECT)
RATE_SUBJECT = regex.compile(r"\b(?:rates?|brackets?|duty|duties|tariffs?|surtax|VAT|levy)\s+(?:(?!(?:and|or|but|that|which)\s)[\w'’-]+\s+){0,3}?$",
                             regex.IGNORECASE)
# the revenue a tax brings in as the subject of a future: "tax revenues will", "Revenue from the new tax will", "oil income
# would" (not "the tax rise will"); the verb right after it
REVENUE_SUBJECT = regex.compile(r"\b(?:revenues?|receipts|income|take|yield|proceeds|collections|intake)\s+(?:(?!(?:cut|cuts|rise|rises|"
                                r"increase|increases|rate|rates|reform|reforms)\b)[\w'’-]+\s+){0,4}?(?:\w+ly\s+|also\s+)?$", regex.IGNORECASE)
BEING_REACH = 80  # chars before the figure searched for "is being cut to" (only where "being" stands)
# the lines of a budget a story presenting it states: spending, defence, aid, revenue, the deficit and its borrowing
BUDGET_LINES = frozenset({"public_spending", "defense_spending", "development_aid", "tax_revenue", "fiscal_deficit"})
# the rest of the figure's sentence sets it against a figure of the year before ("..., 10.7 pct of GNP, compared with
# 2.145 billion punts or 13.0 pct of GNP last year")
BASE_LAST_YEAR = regex.compile(r"(?:[^.;]|\.(?=\d)){0,60}?\bcompared\s+(?:with|to)\s+(?:[^.;]|\.(?=\d)){0,80}?\b(?:last\s+year|the\s+previous\s+year|a\s+year\s+(?:earlier|ago)|"
                               r"the\s+year\s+before)\b", regex.IGNORECASE)
# what a budget itself sets: its spending, defence line and aid (its revenue, its deficit or shortfall, the cost of its
# debt and a state's debt stock are outcomes: "there will be a shortfall of five billion this year", "the PSBR would be
# around 4.0 billion", "debt servicing will cost 204 mln dlrs" stay forecasts)
BUDGET_SET = frozenset({"public_spending", "defense_spending", "development_aid"})
# the borrowing a budget plans to cover its deficit ("covered by the issue of government bonds worth 59.5 billion",
# "financed by borrowing of 8.868 billion"): decided, unlike the deficit or shortfall it covers
FINANCING_BEFORE = regex.compile(r"\b(?:bonds?|borrowing|borrowings|new\s+debt|loans?)\s+(?:worth|of|totalling|totaling|amounting\s+to)\s+"
                                 r"(?:(?:about|around|some|roughly|nearly)\s+)?$", regex.IGNORECASE)
# the cue of a level stated in the future or as it stands, not a word of someone's expectation ("expects", "projected")
LEVEL_CUES = frozenset({"future", "actual"})


# "expects to spend", "projects to cut": a forecasting verb whose complement is the subject's own policy act
EXPECTS_TO_ACT = regex.compile(r"\s+to\s+(?:\w+ly\s+|further\s+)?(?:cut|rais|reduc|increas|spen[dt]|lift|boost|allocat|invest|"
                               r"earmark|trim|impos|introduc|doubl|halv|slash|set\s+aside|borrow|lower|bring)\w*\b", regex.IGNORECASE)


OTHER_VERB = regex.compile(r"\b(?:will|would|shall|could|might|may)\b", regex.IGNORECASE)


NAMED_STATE_KINDS = frozenset({"country", "demonym", "capital", "institution", "person"})


def _reported_by(ctx, sentence, code: str, owed=None) -> bool:
    """Whether the sentence's reporter, other than the subject `owed` of what is reported, is the state or body of `code`
    ("Canada must spend 2%, Canada's prime minister said"; not "The commission said Rome should")."""
    who = ctx.reporter(sentence)
    # (named: a generic "the commission" may be another body's)
    return who is not None and who.code == code and who.kind in NAMED_STATE_KINDS \
        and (owed is None or who.start != owed.start)


def _names_uncoded_speaker(ctx, state: dict, sentence) -> bool:
    """Whether the sentence names a speaker the contract leaves uncoded: economists, analysts, sources, an institute, a
    research unit (uncoded_bodies.csv), or a company that reports."""
    return any(_in_sentence(state, p, ctx.text, sentence) for p in (UNKNOWN_SPEAKER_SCAN, INSTITUTE_SPEAKER_SCAN, _uncoded_body())) \
        or _firm_reported(state, ctx, ctx.sentences, sentence)


@functools.lru_cache(maxsize=1)
def _uncoded_body() -> "_lexicon.Guarded":
    """A body of uncoded_bodies.csv named as a speaker ("the Economist Intelligence Unit (EIU) said", "The independent
    research organisation cut its forecasts"): a research unit or forecasting firm, no one the contract codes. Guarded by
    the bodies' first words (every match holds one)."""
    rows = read_rows("uncoded_bodies.csv")
    alts = ["(?-i:" + _lexicon.phrase_pattern(r["body"]) + ")" if r.get("case") == "s" else _lexicon.phrase_pattern(r["body"])
            for r in rows]
    pattern = regex.compile(r"\b(?:" + "|".join(alts) + r")\b[^.;]{0,80}?\b(?:claims?|says|said|predicts|predicted|predictions|"
                            r"forecasts?|estimates?|estimated|expects|expected|warned|warns)\b", regex.IGNORECASE)
    return _lexicon.Guarded(pattern, tuple(sorted({r["body"].split()[0].lower() for r in rows})))


@functools.lru_cache(maxsize=1)
def _region_owner() -> "_lexicon.Guarded":
    """A region or unnamed group of states of region_owners.csv as the possessive owner right before a metric word, with
    only lower-case words or numbers between ("Latin America's 380 billion dlr foreign debt", "developing countries'
    debt"; not "Latin America's largest debtor, said its debt": a comma ends the owner's phrase). Searched in a window
    ending at the metric word; guarded by each phrase's last word (every match holds its phrase)."""
    phrases = [r["phrase"] for r in read_rows("region_owners.csv")]
    alts = _lexicon.phrases_alternation(phrases)
    pattern = regex.compile(r"(?<!\bSouth\s)\b(?:" + alts + r")(?:['’]s|s?['’])\s+(?:(?:[0-9][\d.,/]*|(?-i:[a-z][\w/-]*))\s+){0,4}$",
                            regex.IGNORECASE)
    return _lexicon.Guarded(pattern, tuple(sorted({p.split()[-1].lower() for p in phrases})))


def _voices_nothing(ctx, sentence, actor, actor_code: str, actor_text: str | None, target_code: str | None,
                    claim_type: str) -> bool:
    """Whether the actor found names no voice of its own, so that an uncoded speaker the sentence relays is the one who
    states the figure: nobody named or a speaker pronoun ("he forecast", "it said"), for a level or forecast; for one
    also the figure's owner when the sentence's speaker is only such a pronoun ("It said the U.S. current account deficit
    looked likely to fall to 125 billion dlrs": the owner is not the forecaster); for a figure of any other stance the
    pronoun only when it is the sentence's own speaker ("Cuts of two billion dlrs would be insufficient, it said")."""
    pronoun = actor_text is None or actor_text.lower() in SPEAKER_PRONOUNS
    who = ctx.reporter(sentence)
    said_by_pronoun = who is not None and who.kind in PRONOUN_KINDS and who.surface.lower() in SPEAKER_PRONOUNS
    if claim_type in REPORTED_TYPES:
        return pronoun or (said_by_pronoun and actor is not None and actor.code == actor_code == target_code
                           and actor.kind not in _roles.VOICE_KINDS)
    return pronoun and said_by_pronoun and actor is not None and actor.code == actor_code and actor.start == who.start


PRESS_RELAYED_TYPES = frozenset({"commitment", "forecast", "actual"})
# what may stand between a press speaker and its verb, or between an inverting verb and the speaker after it: the outlet's
# name after its noun ("the daily El Pais said", "news agency PAP reported"), a reporter of an outlet ("the BBC's Jonathan
# Beale reports"), auxiliaries and a day ("has reported", "reported on Tuesday" is after the verb, no matter)
PRESS_NAME = r"(?:\s+(?-i:[A-Z])[\w.'’-]*){0,4}"
PRESS_AUX = r"(?:\s+(?:has|have|had|also|earlier|first|later))*"
OUTLET_BEFORE_VERB = regex.compile(r"(?:['’]s(?:\s+[\w.-]+){0,4}?|" + PRESS_NAME + r")" + PRESS_AUX + r"\s+$")
# the speaker's own words after an inverting verb ("said the daily", "said the Italian newspaper"), not a prepositional
# phrase ("said in a statement", "said in a newspaper interview": the speaker is before the verb)
PRESS_AFTER_WORDS = r"(?:the\s+|a\s+|an\s+)?(?:(?!(?:in|on|at|by|to|with|from|for|of|after|before|its|their|his|her)\b)[\w-]+\s+){0,2}?"
AFTER_INVERTED_VERB = regex.compile(r"\s+" + PRESS_AFTER_WORDS + r"$", regex.IGNORECASE)


@functools.lru_cache(maxsize=1)
def _press_nouns() -> dict[str, tuple[regex.Pattern, regex.Pattern]]:
    """The press nouns of press_speakers.csv by kind ("media", "report"): a pattern for one as a verb's subject right
    before it ("the newspaper said", "news agency PAP reported", "the report said") and one for it right after an
    inverting verb ("said the study")."""
    rows = read_rows("press_speakers.csv")
    out = {}
    for kind in sorted({r["kind"] for r in rows}):
        alts = _lexicon.phrases_alternation([r["noun"] for r in rows if r["kind"] == kind])
        out[kind] = (regex.compile(r"\b(?:" + alts + r")\b" + PRESS_NAME + PRESS_AUX + r"\s+$", regex.IGNORECASE),
                     regex.compile(r"\s+" + PRESS_AFTER_WORDS + r"(?:" + alts + r")\b", regex.IGNORECASE))
    return out


def _press_subject(ctx, sentence, verb, outlets) -> str | None:
    """"media" or "report" when a reporting verb's speaker is a news outlet or an unnamed published report: named before
    it ("the Financial Times reported", "the daily El Pais said", "the report said") or, for a verb that inverts, right
    after it ("said the newspaper", "reported Kyodo"); else None."""
    text = ctx.text
    named = [h for h in outlets if h.entry["credited"] != "sources"]  # ("sources said": uncoded speakers' own rule)
    lo = max(sentence.start, verb.start - 80)
    hi = min(sentence.end, verb.end + 40)
    inverts = verb.entry.get("inverts") == "yes"
    if any(lo <= h.start and h.end <= verb.start and OUTLET_BEFORE_VERB.fullmatch(text, h.end, verb.start) for h in named) \
            or inverts and any(verb.end <= h.start < hi and AFTER_INVERTED_VERB.fullmatch(text, verb.end, h.start) for h in named):
        return "media"
    for kind, (before, after) in _press_nouns().items():
        if before.search(text, lo, verb.start) or inverts and after.match(text, verb.end, hi):
            return kind
    return None


def _press_reported(ctx, state: dict, sentence, outlets) -> bool:
    """Whether a sentence is relayed by a news outlet or an unnamed report and names no coded voice of its own: one of
    its reporting verbs has such a speaker (`_press_subject`; a report only when no coded body of the article owns it:
    none credited by the lead, no coded speaker in the sentences before), none has a coded speaker, and no ministry,
    government, official or organisation is named in it ("Italy's government plans to cut the deficit to 2.8%, the
    newspaper reported": the government acts; "Spending will reach 2% by 2027, the report said": no one the contract
    codes states it). Kept per sentence in the article's `state`."""
    memo = state.setdefault("press_reported", {})
    if sentence.start not in memo:
        hits = ctx.report_hits(sentence)
        kinds = {_press_subject(ctx, sentence, h, outlets) for h in hits} if hits and ctx.reporter(sentence) is None else set()
        press = "media" in kinds or ("report" in kinds and ctx.lead_reporter() is None
                                     and ctx.previous_speaker(sentence.start) is None)
        memo[sentence.start] = press and not any(e.code and (e.kind in _roles.VOICE_KINDS or e.kind == "group")
                                                 for e in ctx.entities(sentence))
    return memo[sentence.start]


def _uncoded_or_credited(ctx, state: dict, sentence) -> bool:
    """Whether the sentence names an uncoded speaker (economists, an institute, a firm) or credits an organisation."""
    return _names_uncoded_speaker(ctx, state, sentence) or _credited_org(ctx, sentence)


def _own_plan_projected(ctx, state: dict, sentence, clause, fig: dict, st) -> bool:
    """Whether a forecasting verb's subject or the sentence's reporter is a state's own government and the figure is
    one it decides: a budget line (spending, defence, aid) or its own act ("expects to cut the deficit to 3%")."""
    cue, text = st.cue, ctx.text
    # (an act of forecasting, not a modal's guess: "Morocco is likely to obtain 100 mln dlrs of aid")
    if cue is None or st.how != "governing" or cue.entry["claim_type"] != "forecast" or cue.entry["pos"] not in "VA" \
            or int(cue.entry["priority"]) < FORECASTER_PRIORITY:
        return False
    acts = EXPECTS_TO_ACT.match(text, cue.end) is not None
    if fig["metric"] not in BUDGET_SET and not acts:
        return False
    # "predicted the government would spend 1.066 trillion": a forecast of another subject's act
    if OTHER_VERB.search(text, cue.end, fig["char_start"]):
        return False
    passive = PASSIVE.search(text, max(sentence.start, cue.start - 25), cue.start) is not None
    if passive and not fig["metric"] in BUDGET_SET:
        return False  # "the deficit is expected to be cut to 3%": an outcome expected
    # "Spain is forecast to spend 1.28%": the subject of a passive is forecast by someone else; the government that
    # reports its own expected spending plans it
    who = ctx.reporter(sentence) if passive else (_roles.subject_before(ctx, sentence, clause, cue) or ctx.reporter(sentence))
    if who is None or not _roles.is_state(who.code) or who.kind not in _roles.STATE_KINDS:
        return False
    return not _uncoded_or_credited(ctx, state, sentence)


AND_BEFORE = regex.compile(r"\band\s+(?:also\s+|then\s+)?$", regex.IGNORECASE)
SUBJECT_LEAD = 2  # words before a clause's subject at its start ("In March Jamaica", "Jamaica")


def _coordinated_state_subject(ctx, sentence, clause, cue) -> bool:
    """Whether a verb right after "and" is the second predicate of a state or government that opens the clause
    ("Jamaica has put a cap on its debt and will reduce its obligations by 300 mln dlrs")."""
    text = ctx.text
    if not AND_BEFORE.search(text, max(clause[0], cue.start - 12), cue.start):
        return False
    first = next((e for e in ctx.entities(sentence) if e.start >= clause[0] and e.code), None)
    return first is not None and first.end <= cue.start and _roles.is_state(first.code) and first.kind in _roles.STATE_KINDS \
        and count_words(text[clause[0]:first.start]) <= SUBJECT_LEAD \
        and not _roles.CLAUSE_INTRO.search(text, first.end, cue.start)  # ("The White House said this would ... and would cut")


# a plan or budget framing the figure ("under the plan", "in the government's draft budget", "under the Commission's
# proposal"), not a budget deficit ("in the budget deficit")
PLAN_FRAME = regex.compile(r"\b(?:in|under)\s+(?:the|this|that|his|her|its|their|(?-i:[A-Z])[\w.-]*['’]s?)\s+(?:[\w'’-]+\s+){0,2}?"
                           r"(?:plan|draft|programme|program|package|blueprint|proposal|" + BUDGET_PLAN + r")\b", regex.IGNORECASE)
PROPOSED_FRAME = regex.compile(r"\b(?:proposal|bill)\b", regex.IGNORECASE)


def _plan_frame(text: str, stretch):
    """The phrase framing a figure as a plan's or budget's content, in the stretch of its clause that is its own, if any."""
    return PLAN_FRAME.search(text, stretch[0], stretch[1])


# what a state sets by itself: its aid, tax rates and tariffs (not its spending, which a year's outturn moves too)
SET_INSTRUMENTS = frozenset({"development_aid", "tax_revenue", "tariff_rate"})
# a verb setting a level, its object and "to" or "by" right before the figure ("raised its contribution to")
SETS_LEVEL = regex.compile(r"\b(?:(?:has|have|had)\s+)?(?:raised|raises|increased|increases|lifted|lifts|cut|cuts|lowered|lowers|reduced|"
                           r"reduces|doubled|doubles|trimmed|slashed)\s+(?:[\w'’-]+\s+){0,4}?(?:to|by)\s+"
                           r"(?:(?:about|around|some|roughly|nearly)\s+)?$", regex.IGNORECASE)
SETS_REACH = 60  # chars before a figure searched for the setting verb


def _state_sets_level(ctx, sentence, clause, start: int) -> bool:
    """Whether a state or government right before a setting verb sets the figure ("the Netherlands raised its figure to")."""
    text = ctx.text
    m = SETS_LEVEL.search(text, max(clause[0], start - SETS_REACH), start)
    if m is None:
        return False
    before = [e for e in ctx.entities(sentence) if e.end <= m.start() and e.start >= clause[0] and e.code]
    return bool(before) and _roles.is_state(before[-1].code) and before[-1].kind in _roles.STATE_KINDS \
        and count_words(text[before[-1].end:m.start()]) == 0


def _budget_story(state: dict, article: dict, text: str, sentences) -> bool:
    """Whether the article presents a government's budget: its headline or lead names a budget as a plan ("CABINET
    APPROVES RECORD DEFICIT BUDGET", "presented a budget of 6.9 billion"), not a budget deficit (once per article)."""
    if state.get("budget_story") is None:
        lead = text[:sentences[0].end] if sentences else ""
        state["budget_story"] = any(BUDGET_STORY.search(t) is not None for t in (article.get("title") or "", lead))
    return state["budget_story"]


def _budget_plan_level(ctx, state: dict, article: dict, sentence, clause, fig: dict, st, stance_hits) -> bool:
    """Whether a future level of what a budget sets (a spending line, aid, the borrowing that covers its deficit), in a
    story presenting that budget or opening with a spending plan, is the plan's own figure: no forecasting word, forecaster, uncoded speaker or organisation's estimate in its
    sentence, not a legislature's fight (where plans propose), and not dated in a year gone by."""
    text = ctx.text
    financing = fig["metric"] in ("fiscal_deficit", "public_debt") \
        and FINANCING_BEFORE.search(text, max(clause[0], fig["char_start"] - 40), fig["char_start"]) is not None
    if (fig["metric"] not in BUDGET_SET and not financing) \
            or (st.cue is not None and st.cue.entry["claim_type"] not in LEVEL_CUES):
        return False
    plan_story = state.get("plan_lead") or _budget_story(state, article, text, ctx.sentences)
    if not plan_story or _legislative(text, state):
        return False
    if any(h.entry["claim_type"] in ("forecast", "estimate") for h in stance_hits):
        return False
    if _uncoded_or_credited(ctx, state, sentence):
        return False
    return _own_date(text, clause, fig["char_start"], fig["end"], article.get("published")) != "past"


_CLAUSE_BREAK = regex.compile(r"[,;:]")


@functools.lru_cache(maxsize=1)
def _continuing_participle():
    """A clause opening with a participle or verb that goes on with the act before it (continuing_acts.csv)."""
    phrases = [r["phrase"] for r in read_rows("continuing_acts.csv")]
    return regex.compile(r"(?:[,;]\s*(?:and\s+|thus\s+|so\s+)?|\b(?:while|by|and)\s+)(?:" + _lexicon.phrases_alternation(phrases) + r")\b",
                         regex.IGNORECASE)


PARTICIPLE_REACH = 4  # words from a continuing participle to the figure it governs ("adding 6.7 billion", "bringing the total to")


def _participle_continues(text: str, clause, start: int, out: list[dict]) -> dict | None:
    """The claim of the sentence's figure before a figure governed by a continuing participle or verb (", adding", "and
    give"), if any."""
    if not out:
        return None
    lo = max(out[-1]["char_end"], clause[0] - 40)
    opening = _lexicon.last_match(_continuing_participle(), text, lo, start)  # the last one before the figure
    if opening is None or count_words(text[opening.end():start]) > PARTICIPLE_REACH or _CLAUSE_BREAK.search(text, opening.end(), start):
        return None
    earlier = [c for c in out if c["char_end"] <= opening.start()]
    return max(earlier, key=lambda c: c["char_end"]) if earlier else None


@functools.lru_cache(maxsize=1)
def _purpose_marker():
    """Words opening the goal an act serves (purpose_markers.csv), matched as the last words before a stretch ending at
    the figure."""
    phrases = [r["phrase"] for r in read_rows("purpose_markers.csv")]
    return _lexicon.ascii_twin(regex.compile(r"\b(?:" + _lexicon.phrases_alternation(phrases) + r")\s+((?:[\w'’-]+\s+){0,6}?)$",
                                             regex.IGNORECASE))


GOAL_PREPOSITION = regex.compile(r"\b(?:to|below|under|by|at|toward|towards)\s+$", regex.IGNORECASE)
PURPOSE_REACH = 80  # chars before a figure searched for the purpose word that governs it


def _purpose_of(text: str, clause, start: int) -> bool:
    """Whether the figure stands in the goal a purpose word opens ("towards reducing the deficit to", "efforts to cut its
    budget deficit below"), with no clause break between."""
    lo = max(clause[0], start - PURPOSE_REACH)
    m = _purpose_marker().search(text, lo, start)
    # (the goal is the level aimed at, "reducing the deficit to 230bn", not the one to be reduced, "reducing the deficit
    # of 170 billion")
    return m is not None and not _CLAUSE_BREAK.search(text, m.start(), start) \
        and (not m.group(1) or GOAL_PREPOSITION.search(m.group(1)) is not None)


def _forecast_after(text: str, sentence, end: int, stance_hits):
    """A forecast or estimate credited after the figure ("..., according to NATO estimates", "..., the IMF projects")."""
    for h in stance_hits:
        # a modal after the figure ("..., and could be revived if ...") is another predicate's guess, no one's projection
        if h.start >= end and h.entry["claim_type"] in ("forecast", "estimate") and h.entry["pos"] in "VAN" \
                and not MODAL_GUESS.match(text, h.start) \
                and text[end:h.start].count(",") >= 1 and count_words(text[end:h.start]) <= FORECASTER_REACH:
            return h
    return None


# statutes that set a yearly target for the deficit (lower case, searched as substrings of the article once)
STATUTE_NAMES = ("gramm-rudman", "gramm rudman", "balanced budget act", "balanced budget law", "deficit reduction law")
TARGET_NOUNS = frozenset({"target", "targets", "goal", "goals"})
# an owner right before a target noun and its modifiers: "the government's 1987 target", "its deficit target"
TARGET_OWNER = regex.compile(r"(?:\b(?:its|their|his|her|our|my|your)|['’]s)\s+(?:\S+\s+){0,4}?$", regex.IGNORECASE)


def _statutory_target(text: str, st, state: dict) -> bool:
    """Whether the figure's own target noun (its stance cue before the sentence's later rules) names a statute's target:
    the statute right before it ("the Gramm-Rudman deficit target"), or a target no one owns in an article that names
    such a statute ("This year the target is 108 billion dlrs"; not "the administration's target")."""
    cue = st.cue
    if cue is None or cue.entry["pos"] != "N" or text[cue.start:cue.end].lower() not in TARGET_NOUNS:
        return False
    if RULE_TARGET.search(text, max(0, cue.start - 40), cue.start):
        return True
    if TARGET_OWNER.search(text, max(0, cue.start - 40), cue.start):
        return False
    if "statute" not in state:
        lowered = text.lower()
        state["statute"] = any(name in lowered for name in STATUTE_NAMES)
    return state["statute"]


def _under_law(text: str, clause, start: int, end: int, st, spans) -> bool:
    """Whether the figure is a statute's rule: its clause sets it under a law, or a law governs it. A plan, pledge or
    forecast of a government named by its verb ("pledged", "plans") keeps its stance: only obligations ("has to",
    "must"), attributive targets and a law's own verb turn benchmark. `spans`: the sentence's figure spans, sorted."""
    if LAW_REQUIRES_SCAN.search(text, max(clause[0], start - 60), start):
        return True
    # the law phrase before the figure, or after it with no other figure between ("slated at 173 billion ..., is
    # supposed to be reduced to 108 billion under the Act": only the 108 is the Act's)
    i = bisect.bisect_left(spans, (end, end))
    nxt = spans[i][0] if i < len(spans) else clause[1]
    lo, hi = max(clause[0], start - LAW_REACH), min(clause[1], max(nxt, start), end + LAW_REACH)
    if "under" not in text[lo:hi].lower() or not UNDER_LAW.search(text, lo, hi):
        return False
    cue = st.cue
    if cue is None or st.how == "attributive":
        return True
    # a copula stating a level ("is supposed to be reduced to 108 billion under the Act") states the statute's figure
    return cue.entry["claim_type"] in ("demand", "future", "benchmark", "actual") or text[cue.start:cue.end].lower() in SELF_OBLIGATION


def _document_content(text: str, clause: tuple[int, int], cue_start: int, state: dict) -> str:
    """The claim_type of what a document calls for: a government's own budget plans it (ANNOTATION: a government's budget
    plan is its commitment); a draft, bill, alternative or a plan in a legislature's fight or a story proposing it
    proposes it; what it only could or might require is someone's reckoning of its need, a forecast."""
    if HEDGED_BEFORE.search(text, max(clause[0], cue_start - 20), cue_start):
        # "the forthcoming development plan could require further aid of 700 or 800 mln dlrs"
        return "forecast"
    if GOVERNMENT_BUDGET_DOC.search(text, clause[0], cue_start) and not _legislative(text, state) \
            and state.get("last_type") != "proposal":
        return "commitment"
    return "proposal"


# where the predicate of a cue before its figure begins: after the last report verb, "that" or "and" before the cue
# ("said the budget process has broken down and the deficit will remain close to 200 billion": "budget process" is the
# subject of another predicate, no plan whose figure "will remain" states)
PREDICATE_OPEN = regex.compile(r"\b(?:said|says|say|told\s+\w+|added|adding|saying|that|and)\s", regex.IGNORECASE)


def _cue_predicate_start(text: str, clause, cue, start: int) -> int:
    """The start of the stretch holding a cue's own subject: the clause's start, or past the last report verb, "that" or
    "and" between it and a cue before the figure."""
    if cue is None or cue.end > start:
        return clause[0]
    last = _lexicon.last_match(PREDICATE_OPEN, text, clause[0], cue.start)
    return last.end() if last is not None else clause[0]


def _legislative(text: str, state: dict) -> bool:
    """Whether the article is about a legislature's budget fight (one scan, on first need)."""
    if state.get("legislative") is None:
        state["legislative"] = any(w in text for w in LEGISLATURE_WORDS) and LEGISLATURE.search(text) is not None
    return state["legislative"]


IN_TOPIC_REACH = 1  # sentences after a claim on a state's finances in which "revenues" are still the state's
TRANSFER_TOPICS = frozenset({"development_aid"})


@functools.lru_cache(maxsize=1)
def _transfer_words():
    return _lexicon.cues("transfer_words.csv")


@functools.lru_cache(maxsize=None)
def _weak_cue(metric: str) -> dict:
    """A stand-in metric cue entry for a figure no cue word names (weak: its sentence must name a public body), of a sum
    one state moves to another (_bilateral_transfers) or of a public body's act in a story (_story_acts)."""
    return {"cue": "", "metric": metric, "weight": str(WEAK_WEIGHT), "case": "", "resolves": "", "firm": "", "in_topic": ""}


BILATERAL_CUE = _weak_cue("development_aid")
BILATERAL_GAP = regex.compile(r"\s+(?:(?:an?\s+)?(?:additional|extra|further|new)\s+|(?:about|around|some|up\s+to|nearly|almost|over|more\s+than)\s+)?")
BILATERAL_REACH = 60  # chars from the giving state to its verb ("The U.S. Is to lend", "Japan has agreed to grant")


def _bilateral_transfers(text: str, sentence, ms: list[dict], state: dict, article: dict, sentences) -> list:
    """The words moving a sum from one state to another named as their first object, right before the sum: "The U.S. Is to
    lend Sudan 57 mln dlrs", "Japan will give Indonesia an additional 300 mln dlrs" (the giver a state named before the
    verb, the receiver another state)."""
    sums = {m["char_start"] for m in ms if m["unit"] == "currency"}
    if not sums:
        return []
    # only a word with a space right after it (then its receiver, then the sum) can move a sum: asked first, as the
    # entities of a sentence (and the article's names) are costly to build, and a third of the sentences with such a word fail it
    last_sum = max(sums)
    words = [t for t in _transfer_words().finditer(text, sentence.start, sentence.end)
             if t.end < last_sum and text[t.end:t.end + 1].isspace()]
    if not words:
        return []
    ctx = _article_context(state, article, sentences)
    entities = [e for e in ctx.entities(sentence) if e.code]
    found = []
    for t in words:
        receiver = next((e for e in entities if e.start > t.end and not text[t.end:e.start].strip()), None)
        if receiver is None or not _roles.is_state(receiver.code):
            continue
        gap = BILATERAL_GAP.match(text, receiver.end)
        if gap is None or gap.end() not in sums:
            continue
        # the giver is the verb's subject: the nearest name before it, a state by its own name ("Switzerland's three major
        # banks have offered Argentina" are banks; "the ADB might lend China" is a development bank's loan)
        giver = next((e for e in reversed(entities) if e.end <= t.start), None)
        if giver is not None and _roles.is_state(giver.code) and giver.code != receiver.code \
                and t.start - giver.end <= BILATERAL_REACH and not _roles.is_possessive(ctx, giver):
            found.append(t)
    return found


def _aid_transfers(text: str, sentence, ms: list[dict], state: dict) -> list:
    """The words moving a sum (given, offered, allocated, received, needed) in a sentence of an aid story (its headline's
    or its latest claim's metric)."""
    if state.get("title_topic") not in TRANSFER_TOPICS and state["last_metric"] not in TRANSFER_TOPICS:
        return []
    if not any(m["unit"] == "currency" for m in ms):
        return []
    return list(_transfer_words().finditer(text, sentence.start, sentence.end))


STORY_ACT_REACH = 3  # words between an act and its figure ("levied a flat one pct surtax", "put more than 200 million")
STORY_ACT_SUBJECT_REACH = 60  # chars from the public body to its act ("The EC had so far only agreed to provide")


@functools.lru_cache(maxsize=1)
def _story_act_words():
    return _lexicon.cues("story_acts.csv")


def _act_metric(entry: dict, topics: list[str]) -> str | None:
    """The metric an act carries on in a story of the latest of `topics` it continues ("borrow*": a deficit story's
    deficit, a foreign-debt story's debt)."""
    pairs = dict(pair.split(">") for pair in entry["acts"].split("|"))
    return next((pairs[t] for t in reversed(topics) if t in pairs), None)


def _story_acts(text: str, sentence, ms: list[dict], state: dict, topic: str | None, ctx) -> list[tuple]:
    """(stand-in cue, start of the act's figure), one per act of story_acts.csv in a sentence with no metric word, done by a state, government or
    international body named just before it to a figure of the act's unit right after it, in a story whose topic (the
    headline's, the latest claim's, the figure-less sentence just before's) the act continues: "The government levied a
    flat one pct surtax" in a tax story is a tax; "Mobil spent 2.13 billion dlrs" (no public body acts) and "the
    loan, on which Brazil paid interest, was 500 mln dlrs" (the figure is not the act's) stay no claim."""
    topics = [t for t in state["topics"] + [topic] if t in _metric.SCORED]
    if not topics:
        return []
    found = []
    in_order = sorted(ms, key=lambda m: m["char_start"])
    for act in _story_act_words().finditer(text, sentence.start, sentence.end):
        metric = _act_metric(act.entry, topics)
        if metric is None:
            continue
        units = act.entry["unit"].split("|")
        fig = next((m for m in in_order if m["char_start"] >= act.end), None)
        if fig is None or fig["unit"] not in units or count_words(text[act.end:fig["char_start"]]) > STORY_ACT_REACH:
            continue
        body = next((e for e in reversed(ctx.entities_until(sentence, act.start)) if e.end <= act.start), None)
        if body is not None and body.kind in _roles.PUBLIC_KINDS and (body.code or body.kind in ("group", "generic")) \
                and act.start - body.end <= STORY_ACT_SUBJECT_REACH:
            found.append((_metric.Hit(act.end, act.end, _weak_cue(metric)), fig["char_start"]))
    return found


# a fragment opening on its figure, as a quote broken by "..." goes on: 'It is in fact running ... Over four billion and we
# will be trying to bring that in close to target'
OPENING_FIGURE = regex.compile(r"[\"“'‘]?\s*" + LEADING_TIME
                               + r"(?:(?:over|about|around|some|nearly|almost|more\s+than|less\s+than|under|below|above)\s+)?",
                               regex.IGNORECASE)
OPENING_REACH = 2  # sentences after the latest claim


def _opens_with_figure(text: str, sentence, ms: list[dict], index: int, state: dict) -> bool:
    """Whether a sentence opens on its figure shortly after a claim of a scored metric (a fragment going on with it)."""
    if state["last_index"] is None or index - state["last_index"] > OPENING_REACH or state["last_metric"] not in _metric.SCORED:
        return False
    return _opening_figure(text, sentence, ms)


def _opening_figure(text: str, sentence, ms: list[dict]) -> bool:
    """Whether a sentence opens on one of its figures ("Over four billion and ...", "166 million euros will be saved")."""
    m = OPENING_FIGURE.match(text, sentence.start, sentence.end)
    return m is not None and any(x["char_start"] == m.end() for x in ms)


# a level put "at" a figure or an owner "with" it: "Lithuania is put at 4.0%, Latvia at 3.73%", "the United States is estimated
# at 3.22%", "Poland leads with 4.1%, followed by Estonia with 3.4%"
LEVEL_AT = regex.compile(r"\b(?:at|with)\s+(?:(?:about|around|roughly|some|nearly|almost|an\s+estimated|just\s+over|just\s+under)\s+)?$",
                         regex.IGNORECASE)
LEVEL_AT_REACH = 30  # chars before a figure


def _level_list(text: str, sentence, ms: list[dict], index: int, state: dict) -> bool:
    """Whether a sentence right after a claim's sentence only lists levels "at" (or owners "with") figures of the claim's unit ("Poland will
    spend 4.48% of its GDP on defence ... Lithuania is put at 4.0%, Latvia at 3.73% and Estonia at 3.38%"): the same
    measure for other owners."""
    if state["last_index"] != index - 1 or state["last_metric"] not in _metric.SCORED:
        return False
    units = state.get("last_units", ())
    return all(m["unit"] in units and LEVEL_AT.search(text, max(sentence.start, m["char_start"] - LEVEL_AT_REACH), m["char_start"])
               for m in ms)


# "it" standing for the claim just made, a few words before a figure: "The opposition wants it cut to 9 billion euros",
# "Economists put it at 13.5 billion"
# (the object of a verb, sized by a preposition: not "it also found 12.1 trillion pesos", where "it" is who reports)
IT_BEFORE = regex.compile(r"\b(?:it|them)\s+(?:[a-z]+\s+)?(?:to|at|by|below|under|above|around)\s+"
                          r"(?:(?:about|around|some|roughly|nearly|almost|just)\s+)?$", regex.IGNORECASE)
IT_REACH = 50  # chars before a figure


def _pronoun_figure(text: str, sentence, ms: list[dict], index: int, state: dict) -> bool:
    """Whether a sentence right after a claim's sentence sizes "it" (that claim's subject) by a figure of the claim's unit."""
    if state["last_index"] != index - 1 or state["last_metric"] not in _metric.SCORED:
        return False
    units = state.get("last_units", ())
    return any(m["unit"] in units and IT_BEFORE.search(text, max(sentence.start, m["char_start"] - IT_REACH), m["char_start"])
               for m in ms)


def _bare_share(text: str, sentence, ms: list[dict], index: int, state: dict, ctx_of) -> bool:
    """A percent with no metric word, in a sentence taking a stance ("would not commit to 5%", "need about 3.5%",
    "floated 5% of GDP for allies"), shortly after a claim of a scored metric: it speaks of that metric. A sum needs a
    decision on it; a sum a sentence only says "will" or "would" happen to is the story's only when a state, government
    or international body is named in it by name (`ctx_of()`: the article's context): "The administration will request
    500 mln dlrs", not "exchequer transactions will add some 140 mln stg to the system" or "the project, which is
    expected to cost 1.5 billion dlrs"."""
    if state["last_index"] is None or index - state["last_index"] > BARE_SHARE_REACH \
            or state["last_metric"] not in _metric.SCORED:
        return False
    # a sum of money needs a decision on it ("would provide 300 mln marks", "proposed a 8.4 billion dlr program")
    shares = all(m["unit"] == "percent" for m in ms)
    if shares and "percent" not in state.get("last_units", ()) \
            and not any(m.get("basis") or _metric.figure_tail(text, m["char_end"], sentence.end)[1] for m in ms):
        # "24.2 trillion pesos is earmarked for subsidies ... could cut poverty levels to 36%": a share speaks of the
        # share just claimed, not of a sum (a share of GDP or GNI may size the sum: "the plan would equal about 1.2% of GNI")
        return False
    types = {h.entry["claim_type"] for h in _stance.stance_cues().finditer(text, sentence.start, sentence.end)}
    if shares:
        return not types.isdisjoint(BARE_SHARE_TYPES)
    if not types.isdisjoint(BARE_SUM_DECISIONS):
        return True
    return "future" in types and _roles.names_public_body(ctx_of(), sentence, by_name=True)


# "X companies must pay", "Japanese cars, which had faced", "Japan was initially hit with": X pays the duty
PAYER_AFTER = regex.compile(r"\s+(?:[\w-]+,?\s+){0,5}?(?:must\s+|will\s+|would\s+|to\s+)?(?:\w+ly\s+)?"
                            r"(?:pay|pays|paid|face|faces|faced|(?:was|were|is|are|been|be)\s+(?:\w+ly\s+)?hit|had\s+(?:\w+ly\s+)?faced)\b", regex.IGNORECASE)
PAYER_REACH = 60  # characters after a duty's figure in which "on X", "apply to X" still names its payer
PAYER_BEFORE = regex.compile(r"\b(?:for|on|against|(?:apply|applies|applied|applying)\s+(?:\w+\s+)?to)\s+(?:the\s+)?$", regex.IGNORECASE)


def _pays(ctx, sentence, code: str, fig_start: int, entity=None) -> bool:
    """Whether the state `code` (or that one entity) is named in the sentence as paying a duty ("X companies must
    pay", "for China", "the rate will apply to Japanese cars")."""
    for e in ([entity] if entity is not None else ctx.entities(sentence)):
        if e.code == code and e.kind not in ("pronoun", "state_pronoun"):
            if e.end <= fig_start and PAYER_AFTER.match(ctx.text, e.end, fig_start):
                return True
            if (e.end <= fig_start or e.start - fig_start < PAYER_REACH) \
                    and PAYER_BEFORE.search(ctx.text, max(sentence.start, e.start - 30), e.start):
                return True
    return False


# a purpose infinitive of reaching right before an organisation's target ("a plan worth EUR10.471bn to reach NATO's 2% target")
TO_REACH_BEFORE = regex.compile(r"\bto\s+(?:reach|meet|hit|achieve|fulfil|fulfill)\s+(?:\S+\s+){0,3}$", regex.IGNORECASE)


def _signs_up(text: str, clause, cue, stance_hits) -> bool:
    """Whether a member signs up to an organisation's target ("Meloni signed up to the alliance's new target of 5%"), or
    commits to a plan to reach it ("the government approved a plan worth EUR10.471bn to reach NATO's 2% target"): the
    member's commitment, not the organisation's standing rule."""
    outer = _stance.governing(text, clause, cue.start, stance_hits)
    if outer is None or outer.entry["claim_type"] != "commitment":
        return False
    # (a verb right before the target noun; a plan, pledge or verb of commitment anywhere before "to reach")
    return (outer.entry["pos"] == "V" and count_words(text[outer.end:cue.start]) <= OUTER_REACH) \
        or TO_REACH_BEFORE.search(text, max(outer.end, cue.start - 40), cue.start) is not None


def _later_before(text: str, sentences, sentence, published, back: int = 2) -> bool:
    """Whether one of the `back` sentences before this one speaks of a later year ("Next year, ...")."""
    i = sentence.index
    if not (0 <= i < len(sentences) and sentences[i] is sentence):
        return False
    return any(_modality.later_year(text, (s.start, s.end), published) for s in sentences[max(0, i - back):i])


def _owner_not_reporter(ctx, sentence, actor, target_code, span) -> bool:
    """Whether the actor found for a level is only the state or group it belongs to, named as the sentence's subject
    ("Greece ran the largest deficit", "Debt in the currency bloc rose to 87.4%") and not as the one that reports it: no reporting verb
    of the sentence has a speaker for the figure and no body is credited with it."""
    return actor is not None and actor.code == target_code \
        and actor.kind not in _roles.VOICE_KINDS and ctx.credited(sentence) is None \
        and _roles.reporter(ctx, sentence, span) is None


def _owner_of_listed_level(ctx, sentence, actor, target_code, span, out: list[dict]) -> bool:
    """Whether the actor found for a level is the state that owns an earlier level of the same sentence's list and not its
    reporter ("Lithuania is put at 4.0%, Latvia at 3.73% and Estonia at 3.38%": Lithuania reports none of them): a plain
    state name, another state's level, no speaker of a reporting verb for the figure and no body credited."""
    return actor is not None and actor.code != target_code and _roles.is_state(actor.code) and _roles.is_state(target_code) \
        and actor.kind in ("country", "capital", "demonym") and ctx.credited(sentence) is None \
        and any(c["target_code"] == actor.code and c["claim_type"] == "actual" for c in out) \
        and _roles.reporter(ctx, sentence, span) is None


RULE_TYPES = frozenset({"commitment", "benchmark"})
RULE_GAP = regex.compile(r"\s+(?:(?:[a-z][\w-]*)\s+){0,2}")  # "3.5% core defence goal", "3% deficit ceiling"


def _passive_forecast_reporter(ctx, sentence, target_code):
    """Who forecasts a figure "is forecast", "is expected" with no speaker before the verb: the coded speaker the
    sentence names after it ("..., the finance ministry said"), else the coded speaker of the latest earlier sentence
    when that is the state the figure belongs to (a state body's statement or budget document the article relays; a
    pronoun it stands for counts, not one that stands for another body)."""
    own = ctx.reporter(sentence)
    if own is not None and own.code and own.kind not in PRONOUN_KINDS:
        return own
    if own is not None or not _roles.is_state(target_code):
        return None
    earlier = ctx.previous_speaker(sentence.start)
    return earlier if earlier is not None and earlier.code == target_code else None


def _organisations_rule(ctx, sentence, start: int, end: int, stance_hits):
    """The goal or rule noun right after a figure that an organisation's possessive governs ("the alliance's 3.5% core
    defence goal", "the EU's 3% ceiling"), if any."""
    i = bisect.bisect_left(stance_hits, end, key=lambda h: h.start)
    hit = stance_hits[i] if i < len(stance_hits) else None
    if hit is None or hit.entry["pos"] != "N" or hit.entry["claim_type"] not in RULE_TYPES \
            or not RULE_GAP.fullmatch(ctx.text, end, hit.start):
        return None
    owner = _roles.cue_possessor(ctx, sentence, hit, start)
    return hit if owner is not None and owner.code in _roles.ORGANISATION_CODES else None


LAW_OWNED = regex.compile(r"\b(?:(?-i:Act)|law|legislation|statute|constitution)['’]s?\s+(?:[\w.%-]+\s+){0,3}$", regex.IGNORECASE)
SUMMIT_AFTER = regex.compile(r"\s+(?:summit|meeting|talks|conference)\b", regex.IGNORECASE)
NATIONAL_RULE = regex.compile(r"\b(?:law|act|legislation|statute|constitution\w*|debt\s+brake)\b", regex.IGNORECASE)


def _names_state_or_law(ctx, sentence) -> bool:
    """Whether a sentence names a state (a country, its capital or demonym) or a national law a rule may be set by
    (found once per sentence: a sentence may hold thousands of figures)."""
    memo = ctx.__dict__.setdefault("_state_or_law", {})
    if sentence.start not in memo:
        memo[sentence.start] = any(e.code and e.kind in ("country", "capital", "demonym") and _roles.is_state(e.code)
                                   and not SUMMIT_AFTER.match(ctx.text, e.end)  # "the 2014 Wales summit": a venue
                                   for e in ctx.entities(sentence)) \
            or NATIONAL_RULE.search(ctx.text, sentence.start, sentence.end) is not None
    return memo[sentence.start]


DETERMINER_BEFORE = regex.compile(r"\b(?:an?|the|its|their|his|her|our)\s+$", regex.IGNORECASE)


def _estimator(ctx, sentence, cue):
    """The coded subject of an estimating verb ("It estimated the deficit at 2.8%", "The ministry estimated"), not of
    the adjective in "an estimated 1.28%" (a determiner before the word)."""
    if cue is None or DETERMINER_BEFORE.search(ctx.text, max(sentence.start, cue.start - 8), cue.start):
        return None
    owner = _roles.noun_cue_owner(ctx, sentence, cue)
    if owner is not None:
        return owner  # "official U.S. estimates of 175 billion": the estimates' owner, not the sentence's speaker
    who = _roles.speaker(ctx, sentence, cue.end)
    return who if who is not None and who.code else None


def _opening_state(ctx, sentence, actor):
    """The state a sentence opens with as its subject (its first name, at the sentence's start) when the actor found is
    an organisation named later in the sentence."""
    if actor is None or actor.code not in _roles.ORGANISATION_CODES:
        return None
    ents = ctx.entities(sentence)
    first = ents[0] if ents else None
    if first is None or first.kind not in ("country", "capital") or not _roles.is_state(first.code) \
            or first.start >= actor.start or not _roles.SENTENCE_OPENING.fullmatch(ctx.text, sentence.start, first.start):
        return None
    return first


def _opening_organisation(ctx, sentence, fig_start: int):
    """The coded organisation a sentence opens with as its subject (its first name, at the sentence's start, before the
    figure): "The World Bank last month granted ...", "The Commission, facing a ... deficit, has threatened ..."."""
    # (after the dateline of the article's first sentence, whose place names no one: "BERLIN, Nov 17 - The European
    # Commission has forecast ...")
    dateline = _roles.DATELINE.match(ctx.text, sentence.start, fig_start) if sentence.start == 0 else None
    opening = dateline.end() if dateline is not None else sentence.start
    first = next((e for e in ctx.entities_until(sentence, fig_start) if e.start >= opening), None)
    if first is None or first.code not in _roles.ORGANISATION_CODES or first.kind not in ("organisation", "group") \
            or first.end > fig_start:
        return None
    return first if _roles.SENTENCE_OPENING.fullmatch(ctx.text, opening, first.start) else None


DEMONYM_MODIFIER = regex.compile(r"\s+(?-i:[a-z][\w-]*)")  # "Belgian inflation", "Dutch exports": a demonym before a noun


def _names_owner_only(ctx, e) -> bool:
    """Whether a name only says whose figure it is, as a possessor ("Italy's deficit") or a demonym modifying a noun
    ("Belgian inflation could stabilise, while the current account surplus will probably remain large"), not a subject
    that speaks or acts."""
    return _roles.is_possessive(ctx, e) or e.kind == "demonym" and DEMONYM_MODIFIER.match(ctx.text, e.end) is not None


AUTHORED_TYPES = frozenset({"demand", "proposal", "commitment"})
# a sentence opening with a plan, budget or bill as its subject ("The plan, drafted by ...", "His proposals were")
DOCUMENT_OPENING = regex.compile(r"\W*(?:the|this|that|its|his|her|their)\s+(?:(?-i:[a-z][\w-]*)\s+){0,2}?"
                                 r"(?P<noun>plans?|budgets?|amendments?|packages?|bills?|proposals?|drafts?|programmes?|programs?|resolutions?)\b",
                                 regex.IGNORECASE)
AUTHOR_AFTER = regex.compile(r",?\s+(?:drafted|proposed|presented|put\s+forward|submitted|sponsored|written|prepared|backed)\s+by\s+(?:the\s+)?")


def _document_author(ctx, sentence, start: int):
    """(code, text) of the author of the plan, budget or bill a sentence opens with as its subject, for a figure it
    calls for or sets: the body named as its drafter ("The plan, drafted by the Budget committee, calls for"), the
    possessive pronoun's referent ("His proposals"), else an organisation or its members the sentence names, else the state
    the article is about ("The budget cut defense by eight billion dlrs" in a story on a U.S. budget); None when the
    sentence opens otherwise."""
    text = ctx.text
    m = DOCUMENT_OPENING.match(text, sentence.start, start)
    if m is None:
        return None
    ents = ctx.entities(sentence)
    by = AUTHOR_AFTER.match(text, m.end(), start)
    if by is not None:
        e = next((x for x in ents if x.start >= by.end() and x.code), None)
        if e is not None and count_words(text[by.end():e.start]) <= 2:
            return e.code, e.surface
    owner = next((x for x in ents if x.start < m.start("noun") and x.code), None)
    if owner is not None:
        return owner.code, owner.surface
    # an alliance's or community's plan ("to 5 percent of NATO countries' income", "a demand for member states to pay")
    group = next((x for x in ents if x.code in _roles.ORGANISATION_CODES and x.kind in ("organisation", "group")), None)
    if group is not None:
        return group.code, group.surface
    home = ctx.home()
    return (home, None) if _roles.is_state(home) else None


def _credited_reporter(ctx, sentence, actor, st) -> bool:
    """Whether the actor of a level or forecast is only the organisation the sentence credits with it ("The Czech
    Republic spent 2.0% ..., according to the alliance's estimates, and 2.1% in 2024"): the reporter, not whose figure it is."""
    credited = ctx.credited(sentence) if st.claim_type in REPORTED_TYPES else None
    return credited is not None and credited.start == actor.start and credited.code in _roles.ORGANISATION_CODES


def _credited_org(ctx, sentence) -> bool:
    """Whether the sentence credits an organisation ("..., according to NATO's annual estimates")."""
    credited = ctx.credited(sentence)
    return credited is not None and credited.code in _roles.ORGANISATION_CODES


def _lead_report(ctx, sentence, target_code):
    """The organisation whose report the article relays (Eurostat, NATO's estimates, the OECD's outlook: the lead's
    speaker or credited body), when a later sentence naming no speaker of its own gives a level of another party:
    "..., Eurostat said. Romania ran the largest deficit, at 9.3% of GDP" is Eurostat's figure of Romania. Not when a
    different speaker came in between, nor in a story only mentioning the organisation ("Sudan rejected an IMF demand")."""
    lead = ctx.lead_reporter()
    if lead is None or lead.code not in _roles.ORGANISATION_CODES or lead.code == target_code:
        return None
    # the speaker look-back (a walk over earlier sentences' reporters) only once the article's lead relays a body
    earlier = ctx.previous_speaker(sentence.start)
    if earlier is not None and earlier.code != lead.code or _roles.names_voice(ctx, sentence):
        return None
    return lead


def _reported_by_no_one(ctx, state: dict, sentence, stance_hits) -> bool:
    """Whether no one the article names reports a level: its sentence has no reporter (`_has_reporter`) and no
    forecaster (`_has_forecaster`), and none is carried from the article: no coded speaker of an earlier sentence
    (the speaker look-back, asked after the cached lead) and no body whose report the lead relays. A level the article states as
    background ("Japan's gross public debt stands well above 200% of GDP") is not made the state's by an uncoded
    speaker of other figures further back."""
    if ctx.lead_reporter() is not None or ctx.previous_speaker(sentence.start) is not None or _has_reporter(ctx, state, sentence) \
            or _has_forecaster(ctx.text, stance_hits):
        return False
    # the sentence right before it may name the body whose release it continues ("Norway's finance ministry
    # published its accounts on Monday. Norway ran a surplus of 8.5%")
    return sentence.index == 0 or not _has_reporter(ctx, state, ctx.sentences[sentence.index - 1])


def _owners_own_figure(ctx, sentence, st, fig_start: int, actor_code: str | None) -> bool:
    """Whether the figure is named as its owner's own forecast, target or estimate ("much higher than the government's
    1.3 billion dlr forecast"): the owner's, even when an economist relays it (ANNOTATION.md, fresh actor set)."""
    if st.cue is None or st.how != "attributive" or st.cue.entry["pos"] not in ("N", "A"):
        return False
    owner = _roles.cue_possessor(ctx, sentence, st.cue, fig_start)
    return owner is not None and owner.code == actor_code


def _coded_act_inside(ctx, sentence, actor, actor_code, st, fig_start: int) -> bool:
    """Whether the figure is the object of an act verb (announce, pledge, propose, cut ...) whose subject is the coded
    actor, with the uncoded speakers of the sentence outside that act ("Dealers said the cut had been expected after
    yesterday's budget, in which Chancellor Nigel Lawson announced a three billion stg cut in the borrowing target"): the
    coded body acts; the dealers, economists or firm around it only relay or comment."""
    if actor is None or actor.code != actor_code or actor.kind in PRONOUN_KINDS or st.cue is None \
            or st.how != "governing" or st.cue.entry["claim_type"] not in _roles.STANCES_OF_OWN or st.cue.entry["pos"] != "V" \
            or _roles.is_possessive(ctx, actor) or not actor.end <= st.cue.start <= fig_start:
        # (a verb's subject, not the owner of a noun: "Economists estimate that the government's spending target will rise
        # to 47 billion rand" is the economists' forecast)
        return False
    text = ctx.text
    if EXPECTED_ACT.search(text, actor.end, st.cue.start):
        return False  # "The Bundesbank is expected to allocate ..., dealers said": the act is the dealers' expectation
    m = UNKNOWN_SPEAKER_SCAN.search(text, sentence.start, sentence.end)
    return m is not None and (m.end() <= actor.start or m.start() >= fig_start)


# an act that others expect, not one the body has done ("is expected to allocate", "was close to agreeing")
EXPECTED_ACT = regex.compile(r"\b(?:expected|likely|unlikely|forecast|predicted|seen|set|due|bound|close|ready|poised)\s+to\b",
                             regex.IGNORECASE)


# a subject right before a forecasting verb: a name ("NBK predicts"), "the" and one noun ("The institute predicted"), or
# a pronoun ("They now expect"); not "the deficit is projected" (the verb's own subject is the level)
FORECASTER_BEFORE = regex.compile(r"(?:\b(?-i:[A-Z])[\w.&'’-]*|\b(?i:the)\s+[a-z]+|\b(?i:they|it|he|she))\s+(?:now\s+|also\s+|still\s+)?$")
FORECASTER_PRIORITY = 28  # forecast cues at least this strong name an act of forecasting ("predicts"), not a modal ("could")


def _has_forecaster(text: str, stance_hits) -> bool:
    """Whether a sentence's forecasting verb has a named subject ("NBK predicts that the deficit will be 2.9 percent",
    "The institute predicted a surplus of 4 billion crowns"): an abbreviation or body the gazetteer does not code."""
    return any(h.entry["claim_type"] == "forecast" and h.entry["pos"] in ("V", "A") and int(h.entry["priority"]) >= FORECASTER_PRIORITY
               and FORECASTER_BEFORE.search(text, max(0, h.start - 40), h.start) for h in stance_hits)


def _has_reporter(ctx, state: dict, sentence) -> bool:
    """Whether a sentence names one who could report a level: a body credited ("according to the institute"), a
    ministry, office, official or organisation, or a reporting verb whose speaker is not one the contract leaves
    uncoded (economists, analysts, a firm): "..., the national statistics institute said". Found once per sentence
    and kept in the article's `state`: a sentence may hold thousands of figures."""
    memo = state.setdefault("has_reporter", {})
    if sentence.start not in memo:
        text = ctx.text[sentence.start:sentence.end]
        memo[sentence.start] = ctx.credited(sentence) is not None or _roles.names_voice(ctx, sentence) \
            or ACCORDING.search(text) is not None \
            or (bool(ctx.report_hits(sentence)) and not (UNKNOWN_SPEAKER_SCAN.search(text) or FIRM_SPEAKER.search(text)))
    return memo[sentence.start]


ACCORDING = regex.compile(r"\baccording\s+to\b", regex.IGNORECASE)


def _names_owner(ctx, sentence, code) -> bool:
    """Whether a sentence names the state a level belongs to other than as a possessor: a state acting on its own
    figure ("and the Netherlands raised its figure to 210 mln guilders") is the one that states it, even where the
    roles found no subject for the figure; "Norway's surplus" names only whose level it is."""
    return any(e.code == code and e.kind not in PRONOUN_KINDS and not _roles.is_possessive(ctx, e)
               for e in ctx.entities(sentence))


@functools.lru_cache(maxsize=1)
def _observers() -> frozenset[str]:
    """Organisations that state other states' fiscal figures and have none of their own (observer_orgs.csv)."""
    return frozenset(r["code"] for r in read_rows("observer_orgs.csv"))


def _observes(ctx, e, fig, st) -> bool:
    """Whether an organisation reports or forecasts a state's finances rather than owning the figure: "The European
    Commission has forecast a deficit of 4.5% of GDP" in a story about Belgium is Belgium's deficit. Only in a story
    about a state (a story about the organisation itself keeps its own budget figures)."""
    return st.claim_type in REPORTED_TYPES and fig["metric"] in STATE_FINANCES and bool(e.code) \
        and not _roles.is_state(e.code) and _roles.is_state(ctx.main_party())


def _near_orgs(ctx, sentence, orgs: list[str]) -> list[str]:
    """Of the estimating organisations an article names, those that can stand behind a passive estimate or projection
    naming no one ("Uganda's total foreign debt is estimated at some 1.5 billion dlrs"): the body the article's lead
    reports, or one named in this sentence or the one before. An organisation named only elsewhere in the story (an IMF
    programme two paragraphs up) made no estimate here: no one named does."""
    if not orgs:
        return orgs
    lead = ctx.lead_reporter()
    near = {e.code for s in ctx.sentences[max(0, sentence.index - 1):sentence.index + 1] for e in ctx.entities(s)
            if e.kind in ("organisation", "group")}
    return [o for o in orgs if o in near or (lead is not None and lead.code == o)]


@functools.lru_cache(maxsize=1)
def _estimating_orgs() -> frozenset[str]:
    return frozenset(r["code"] for r in read_rows("estimating_orgs.csv"))


@functools.lru_cache(maxsize=1)
def _currency_states() -> dict[str, str]:
    return {r["currency"]: r["state"] for r in read_rows("currency_states.csv")}


def _money_state(fig, ctx=None) -> str | None:
    """The state whose national currency a money figure is in ("200 billion zlotys" -> POL), if any. A currency
    word several states use ("pounds", "francs") is read as one state's money by default: in a story naming other
    states but never that one ("pounds" of a Sudan budget) the currency names no owner."""
    cur = fig["m"].get("currency") if fig["unit"] == "currency" else None
    state = _currency_states().get(cur) if cur else None
    if state is not None and ctx is not None and not ctx.names_state(state) and ctx.home() is not None:
        return None
    return state


def _confidence(fig, st, actor_code, target_code) -> float:
    score = 0.35
    if fig["metric_cue"] is not None and int(fig["metric_cue"].entry.get("weight") or 0) == 0:
        score += 0.25
    if st.cue is not None:
        score += 0.15
    if actor_code:
        score += 0.1
    if target_code:
        score += 0.15
    return round(min(score, 1.0), 2)


# a bulleted list item ("- Reduced corporate tax rates to 30%") and the line that introduces its list ("In his budget
# the minister has:")
BULLET_LINE = regex.compile(r"[ \t]*[-•*][ \t]")
# a heading naming a budget or plan: the items are what the government decides (ANNOTATION: a budget plan is a commitment)
PLAN_HEADING = regex.compile(r"\b(?:budget|plan|programme|program|reforms?|package)\b", regex.IGNORECASE)
LIST_HEADER_TYPES = {"commitment": "commitment", "future": "commitment", "proposal": "proposal"}
LIST_REACH = 40  # lines: a list longer than this is a table, not a heading's items


def list_header_type(text: str, pos: int) -> str | None:
    """The claim_type a bulleted list's heading gives the item holding `pos` (None when `pos` is in no list item,
    or its heading commits to or proposes nothing)."""
    line_start = text.rfind("\n", 0, pos) + 1
    if not BULLET_LINE.match(text, line_start):
        return None
    end = line_start - 1  # the newline before the item's line
    for _ in range(LIST_REACH):
        if end < 0:
            return None
        start = text.rfind("\n", 0, end) + 1
        line = text[start:end]
        if line.strip() and not BULLET_LINE.match(line):
            if not line.rstrip().endswith(":"):
                return None
            hits = [h for h in _stance.stance_cues().finditer(text, start, end) if h.entry["claim_type"] in LIST_HEADER_TYPES]
            if hits:
                return LIST_HEADER_TYPES[max(reversed(hits), key=_stance.priority).entry["claim_type"]]
            return "commitment" if PLAN_HEADING.search(line) else None
        end = start - 1
    return None


@functools.lru_cache(maxsize=1)
def _noun_homographs() -> tuple[frozenset, "regex.Pattern"]:
    """The stance verbs that are also nouns and the pattern of a word before one that makes it the noun
    (noun_homographs.csv)."""
    rows = read_rows("noun_homographs.csv")
    before = "|".join(sorted((regex.escape(r["word"]) for r in rows if r["kind"] == "before"), key=len, reverse=True))
    return frozenset(r["word"] for r in rows if r["kind"] == "verb"), regex.compile(rf"\b(?:{before})\s+$", regex.IGNORECASE)


NOUN_BEFORE_CHARS = 25  # characters looked back from a homograph for the word that makes it a noun


PRESSED_REACH = 3  # words from a group to the demand verb it is the subject of ("Asian allies should")


def _pressed_group(ctx, sentence, clause, cue):
    """An uncoded group right before a demand verb, its subject ("said Asian allies should spend"), if any."""
    for e in ctx.entities(sentence):
        if e.kind == "group" and e.code is None and clause[0] <= e.start and e.end <= cue.start \
                and count_words(ctx.text[e.end:cue.start]) <= PRESSED_REACH:
            return e
    return None


# between a requester and its request noun: a possessive and up to two lower-case words ("Kenya's new request",
# "a Philippine request")
REQUESTER_GAP = regex.compile(r"(?:['’]s?)?\s+(?:(?-i:[a-z])[\w-]*\s+){0,2}")


def _requester(ctx, sentence, cue):
    """The state or body named right before a request noun ("a Philippine request", "Kenya's request"), if any."""
    for e in reversed(ctx.entities_until(sentence, cue.start)):
        if e.end <= cue.start and e.code:
            return e if REQUESTER_GAP.fullmatch(ctx.text, e.end, cue.start) and _roles.is_state(e.code) else None
    return None


def _pronoun_asker(ctx, sentence, clause, stance_hits):
    """The subject of the demand verb ("pressed", "urged") before the figure's clause, in the same sentence, or the
    speaker of the clause."""
    pressing = [h for h in stance_hits if sentence.start <= h.start and h.end <= clause[0]
                and h.entry["claim_type"] == "demand" and h.entry["pos"] == "V"]
    if pressing:
        who = _roles.subject_before(ctx, sentence, (sentence.start, pressing[-1].end), pressing[-1])
        if who is not None:
            return who
    return _roles.speaker(ctx, sentence, clause[0] + 1)


def _active_need(text: str, floor: int, hit) -> bool:
    """Whether a "needed" hit is a subject's own past need ("Sweden needed to borrow"), not a passive need."""
    return text[hit.start:hit.end].lower() == "needed" and NEEDED_TO.match(text, hit.end) is not None \
        and PASSIVE_NEED.search(text, max(floor, hit.start - 20), hit.start) is None


def _noun_homograph(text: str, floor: int, hit) -> bool:
    """Whether a stance verb hit is the noun it is spelt like ("energy project debt", "infrastructure projects")."""
    if hit.entry["pos"] != "V":
        return False
    verbs, before = _noun_homographs()
    return text[hit.start:hit.end].lower() in verbs and before.search(text, max(floor, hit.start - NOUN_BEFORE_CHARS), hit.start) is not None


@functools.lru_cache(maxsize=1)
def _people_share_pattern():
    """ "of" + a group of people: the words of people_words.csv and the plural demonyms of the actors' countries."""
    import csv
    from .lexicon import DATA_DIR, phrase_pattern

    words = [r["word"] for r in read_rows("people_words.csv")]
    with open(DATA_DIR.parent / "actors" / "countries.csv", newline="", encoding="utf-8") as fh:
        for row in csv.DictReader(fh):
            words += [d for d in (row.get("demonyms") or "").split("|") if len(d) > 3 and d.endswith("s")]
    alternatives = "|".join(sorted({phrase_pattern(w) for w in words}, key=len, reverse=True))
    # "of Finns", "of all voters", "of Finnish households", "of the people surveyed"
    return regex.compile(rf"\s+of\s+(?:(?:the|all|those|[A-Z][a-z]+(?:ish|ian|an|ese|ch))\s+){{0,2}}(?:{alternatives})\b(?!['’])")  # "6% of workers' wages" is a tax rate


# how every _people_share_pattern match opens (the standard engine's \s takes in the regex module's): tested first, as
# the regex module looks for the big pattern's words through the rest of the article before it fails (~5 us a figure)
OF_NEXT = re.compile(r"\s+of\s")


# a count of a plan's items: "a five-point plan on debt relief, trade and aid", "a 12-point programme" (not a move: "a two-point
# cut in VAT")
COUNTED_ITEMS = re.compile(r"\s+(?:plan|programme|program|agenda|strategy|package|proposal|list|charter|declaration|manifesto|"
                           r"platform|memorandum|scheme|blueprint|framework|peace\s+plan|reform\s+plan)s?\b", re.IGNORECASE)
HYPHEN_POINT = re.compile(r"[-‐–]points?$", re.IGNORECASE)


def counted_items(text: str, m: dict) -> bool:
    """A "five-point plan": the number of the plan's points, no percentage-point move."""
    return m.get("unit") == "percentage_points" and HYPHEN_POINT.search(text, m["char_start"], m["char_end"]) is not None \
        and COUNTED_ITEMS.match(text, m["char_end"]) is not None


def share_of_people(text: str, m: dict) -> bool:
    """A percent that is a share of a group of people ("36 percent of Finns plan to cut their spending"): a poll's
    count, not a policy figure, whatever spending or tax word its sentence holds."""
    return m.get("unit") == "percent" and OF_NEXT.match(text, m["char_end"]) is not None \
        and _people_share_pattern().match(text, m["char_end"]) is not None


def _complement_participle(text: str, cue, fig_start: int) -> bool:
    """A participle that takes its figure as a complement ("capped at 1%", "put at 3%"), a verb of the clause, as
    opposed to one qualifying the figure right after it ("a previously suggested 3%")."""
    return cue.entry["pos"] == "A" and not _stance.ATTR_PRE_GAP.fullmatch(text, cue.end, fig_start)


def _told_to_hits(text: str, sentence, hits: list) -> list:
    """The stance hits of a sentence with a demand cue added on each "told <someone> to <verb>" (a phrase the cue
    lists cannot hold: the object stands between the verb and its infinitive)."""
    extra = [_stance.Hit(m.start(), m.start() + len(m.group(0).split()[0]), TOLD_TO_ENTRY)
             for m in TOLD_TO.finditer(text, sentence.start, sentence.end)]
    if not extra:
        return hits
    return sorted(hits + extra, key=lambda h: (h.start, h.end))


def _rating_article(state: dict, text: str) -> bool:
    """Whether the article names a credit rating agency (once per article): then "the agency" is that rater."""
    if "rating_article" not in state:
        state["rating_article"] = RATING_AGENCY_SCAN.search(text) is not None
    return state["rating_article"]


# every regex pattern above runs as its standard-re twin on ASCII text (lexicon.AsciiTwin: the same matches, less CPU)
from .lexicon import ascii_twins as _ascii_twins  # noqa: E402  (after the patterns it replaces)

_ascii_twins(globals())
