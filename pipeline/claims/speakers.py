"""Speakers the contract codes as no one: economists, analysts, firms, rating agencies, institutes and the press.

A figure such a speaker states or relays has a null actor, not the state it speaks of: ``UNKNOWN_SPEAKER`` ("economists
said", "an analyst at a Dublin stockbroker"), companies named with their legal form and later by a short name
("Westpac Banking Corp said ... Westpac said"), credit rating agencies, research institutes and uncoded bodies
(uncoded_bodies.csv), news outlets and unnamed reports (press_speakers.csv), and sentences that go on relaying
such a voice ("it", "he"). Decides only whether an uncoded voice speaks; who the coded actor is stays with
``actors`` and ``roles``.
"""
from __future__ import annotations

import functools

import regex

from . import lexicon as _lexicon
from .lexicon import read_rows
from . import roles as _roles


REPORTED_TYPES = frozenset({"actual", "forecast"})  # stated by whoever reports or expects them

# a person's trade that the contract codes no one by, and the employer named after it ("economist at brokers Phillips
# and Drew", "analyst with a Dublin stockbroker"), not a coded body's staff ("an economist at the IMF")
UNCODED_PERSON_NOUN = r"(?:economist|analyst|strategist|dealer|trader|banker|forecaster)"
UNCODED_EMPLOYER = (r"(?:at|with|of|for|from)\s+(?!(?:the\s+)?(?:IMF|OECD|World\s+Bank|International\s+Monetary|European\s+Commission|"
                    r"Federal\s+Reserve|Bundesbank|central\s+bank|Bank\s+of\s+(?-i:[A-Z])|Treasury|[\w\s]{0,30}?ministry)\b)")
# the capitalised last word of a state body's name right before a staff noun ("an Agriculture Department economist said",
# "a Bundesbank economist"): the body's staff, who speak for its state (staff_body_words.csv; case as written)
STAFF_BODY_BEFORE = "(?<!(?-i:" + "|".join(regex.escape(r["word"]) for r in read_rows("staff_body_words.csv")) + r")\s)"
# speakers the contract gives no code ("economists said", "Bankers forecast", "diplomats here say"); a ministry's or a
# treasury's own economist speaks for it ("A finance ministry economist said the government ... its plan to borrow")
# (research institutes and groups in the plural, "Three institutes predicted", "the three research groups of Kiel, Hamburg and
# Essen predicted": independent forecasters; one "institute" is often a state's statistics office, left to the lexicon of
# uncoded bodies)
UNKNOWN_SPEAKER = regex.compile(r"(?<!(?:central|ministry|treasury)\s)" + STAFF_BODY_BEFORE + r"\b(?:economists?|analysts?|bankers?|diplomats?|experts?|observers?|forecasters?|strategists?|dealers?|traders?|institutes|research\s+groups)\s+"
                                r"(?:(?:in|at|from|with)\s+(?:(?:the\s+)?(?:(?-i:[A-Z])[\w.&'’-]*\s+){1,4}"  # "diplomats in Rangoon", "analysts at Capital Economics"
                                r"|(?:a|an|one|two|three|several|some)\s+(?:[\w-]+\s+){1,3}?))?"  # "economists at a domestic brokerage"
                                # the one person so introduced ("economist Martin Feldstein said", "chief economist Will Buttrose
                                # said"): a personal name is no coded body, whatever state the sentence names
                                r"(?:(?-i:[A-Z][a-z][\w'’-]*)\s+(?:(?-i:[A-Z])[\w.'’-]*\s+){0,2})?"
                                r"(?:here\s+|also\s+|now\s+)?(?:(?:have|has|had)\s+(?:been\s+)?)?"  # "observers have said", "had been predicting"
                                r"(?:say|says|said|saying|forecast|forecasts|forecasting|warn|warns|warned|warning|estimate|estimates|estimated|estimating|"
                                r"expect|expects|expected|expecting|predict|predicts|predicted|predicting|project|projects|projected|projecting|"
                                r"believe|believes|believed|think|thinks|added|told|saw|see|sees|seeing)\b"
                                # their forecasts named as a noun ("Economists' forecasts for the deficit range from", "a
                                # consensus among analysts polled by Reuters"), and sources other than a government's own
                                # the one person introduced in apposition ("Bill Martin, economist at brokers Phillips and Drew,
                                # said", "said Peter Jones, an analyst with a Dublin stockbroker"), not the staff of a coded body
                                r"|(?-i:[A-Z][\w'’-]+),\s+(?:an?\s+|the\s+)?(?:[\w-]+\s+){0,3}?" + UNCODED_PERSON_NOUN + r"\s+" + UNCODED_EMPLOYER
                                + r"[^,;.]{1,80},\s+(?:also\s+)?(?:said|says|told|tells|added|adds|predicted|predicts|forecast|forecasts|estimated|estimates|"
                                r"expects|expected|warned|warns)\b"
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
# credit rating agencies (and "the agency" in an article that names one): commercial raters, no one the contract codes
RATING_AGENCY = regex.compile(r"\b(?:(?:credit\s+)?ratings?\s+agenc(?:y|ies)|Moody['’]s|Fitch\s+Ratings|Fitch|Standard\s*(?:&|and)\s*Poor['’]s|S&P)")
# (a whole article is searched: only one holding a word every match holds, which nine in ten do not)
RATING_AGENCY_SCAN = _lexicon.Guarded(RATING_AGENCY, ("rating", "moody", "fitch", "poor", "s&p"))
RATING_SPEAKER = regex.compile(r"(?:\b(?:(?:credit\s+)?ratings?\s+agenc(?:y|ies)|Moody['’]s|Fitch|Standard\s*(?:&|and)\s*Poor['’]s)|\bS&P|\b(?i:the\s+agency))"
                               r"[^.;]{0,80}?\b(?:said|says|projected|projects|expects|expected|forecast|forecasts|predicted|predicts|"
                               r"estimated|estimates|warned|warns)\b")
# a research institute or think tank credited with the figure ("NIESR claims", "the Institute for Fiscal Studies' predictions")
INSTITUTE_SPEAKER = regex.compile(r"(?<!Statistics\s|Statistical\s)\b(?:Institute|think[- ]tank)\b[^.;]{0,80}?\b(?:claims?|claimed|says|said|predicts|predicted|predictions|forecasts?|estimates?|estimated|warned|warns)\b")
INSTITUTE_SPEAKER_SCAN = _lexicon.Guarded(INSTITUTE_SPEAKER, ("institute", "think"))  # (the same: its nouns)
# a Reuters ticker after a company's name ("ANZ Banking Group Ltd <ANZA.S> said"): its dot ends no clause
TICKER = r"<[^<>\s]{1,15}>"


@functools.cache
def _legal_forms() -> tuple:
    """A company's legal forms as running text writes them (company_forms.csv): (form, words one of which must stand before
    it, or ())."""
    return tuple((r["form"], tuple(r["after"].split())) for r in read_rows("company_forms.csv"))


# a firm's name ends in its legal form, matched as written: "Westpac Banking Corp", "Smith & Co" (not "& Co-operative")
LEGAL_FORM = "(?-i:" + "|".join(regex.escape(form) if not after else
                                "(?:" + "|".join(regex.escape(w) for w in after) + r")\s+" + regex.escape(form) + r"(?![-\w])"
                                for form, after in _legal_forms()) + ")"
# a company credited with the figure ("the Development Bank of Singapore Ltd, one of Singapore's four major local
# banks, said", "Westpac Banking Corp said"): a firm's name ends in its legal form; no one the contract codes
# or is introduced by its trade ("accountancy firm Ernst & Young said")
FIRM_SPEAKER = regex.compile(r"(?:(?-i:[A-Z])[\w&.'’-]*\s+" + LEGAL_FORM + r"\b\.?"
                             r"|\b(?:accountancy|accounting|consultancy|consulting|brokerage|investment|securities|law)\s+(?:firm|house|bank)\s+(?-i:[A-Z]))"
                             r"(?:" + TICKER + r"|[^.;]){0,80}?\b(?:said|says|claimed|claims|forecast|forecasts|predicted|predicts|estimated|estimates|expects|expected|warned|warns)\b")
# the first word of a firm's name before its legal form ("Westpac Banking Corp" -> "Westpac"), by which the story
# goes on naming it ("Westpac said"); a reporting verb of "it" or "the bank" goes on with the last one who reported
FIRM_NAME = regex.compile(r"\b((?-i:[A-Z])[\w&'’-]+)(?:\s+(?-i:[A-Z])[\w&'’-]*)*\s+" + LEGAL_FORM + r"\b")
# Substrings without which FIRM_NAME and FIRM_SPEAKER cannot match (their legal forms, a form holding another left out:
# "Corp" is in "Corporation"; the trade and its "firm", "house" or "bank"): most articles have none, and those two
# patterns cost ~5% of the claims stage scanning the whole text
_ALONE = tuple(form for form, after in _legal_forms() if not after)  # the forms that need no word before them
_ALONE_SCAN = tuple(form for form in _ALONE if not any(other != form and other in form for other in _ALONE))
LEGAL_FORMS = _ALONE_SCAN + tuple(f"{w} {form}" for form, after in _legal_forms() for w in after)
# words of a sentence (lower case) without which no uncoded speaker of these patterns is named in it: the speaker nouns,
# institutes, rating agencies and the legal forms that need no word before them
UNKNOWN_WORDS = UNKNOWN_SPEAKER_NOUNS + ("institute", "think", "agenc", "moody", "fitch", "poor", "s&p") \
    + tuple(dict.fromkeys(form.lower() for form in _ALONE_SCAN))
TRADE_WORDS = ("accountancy", "accounting", "consultancy", "consulting", "brokerage", "investment", "securities", "law")
FIRM_WORDS = ("firm", "house", "bank")


def _may_name_trade_firm(text: str) -> bool:
    return any(w in text for w in TRADE_WORDS) and any(w in text for w in FIRM_WORDS)


FIRM_VERBS = r"(?:said|says|claimed|claims|forecast|forecasts|predicted|predicts|estimated|estimates|expects|expected|warned|warns)"
FIRM_VERB = regex.compile(r"\b" + FIRM_VERBS + r"\b")
_CLAUSE_MARK = regex.compile(r"[.;](?![^<>\s]{0,14}>)")  # (not the dot of a ticker: "<ANZA.S>")
_WORD_CHAR = regex.compile(r"\w")
FIRM_PRONOUN_SPEAKER = regex.compile(r"\b(?:it|the\s+(?:bank|company|firm))\s+(?:also\s+)?" + FIRM_VERBS + r"\b", regex.IGNORECASE)


def in_sentence(state: dict, pattern, text: str, sentence, before: int | None = None) -> bool:
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


def reported_after(state: dict, text: str, sentence, end: int) -> bool:
    """Whether uncoded speakers report the figure after it ("Sudan has an annual debt liability of 900 mln dlrs,
    Khartoum-based Western experts say"): the speaker of the level, whatever state the sentence names."""
    return in_sentence(state, UNKNOWN_SPEAKER_SCAN, text, sentence) and UNKNOWN_SPEAKER_SCAN.search(text, end, sentence.end) is not None


def firm_reported(state: dict, ctx, sentences, sentence) -> bool:
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
            memo[sentence.start] = bool(before) and firm_reported(state, ctx, sentences, before[-1])
    return memo[sentence.start]


PRONOUN_KINDS = frozenset({"pronoun", "state_pronoun", "person_pronoun"})
SPEAKER_PRONOUNS = frozenset({"he", "she", "it", "they"})  # an actor found only as one of these names no speaker itself
UNCODED_REACH = 1500  # characters back within which an earlier sentence's uncoded speaker is the one a sentence relays


def uncoded_voice(state: dict, ctx, sentences, sentence) -> bool:
    """Whether the one who speaks in a sentence is a speaker the contract leaves uncoded: economists, analysts,
    sources, an institute or a company named in it, or, when it names no coded speaker of its own (no speaker, or
    "it", "he", "they" said), the speaker of the latest earlier sentence with a reporting verb: "..., the ANZ Banking
    Group said. ... The current account deficit would narrow to 5% of GDP" is the bank's forecast, not the state's.
    Kept per sentence in the article's `state`; only earlier sentences are asked, so the walk ends."""
    memo = state.setdefault("uncoded_voice", {})
    if sentence.start in memo:
        return memo[sentence.start]
    memo[sentence.start] = False
    if names_uncoded_speaker(ctx, state, sentence):
        memo[sentence.start] = True
    else:
        # (all the tests are pure, so their order is free: the earlier sentence's voice first, as it is nearly always
        # missing or coded, and then this sentence's own speakers, the officials' surnames above all (the entities of
        # every sentence before this one), need not be looked for)
        earlier = _last_reporting_sentence(ctx, sentences, sentence)
        memo[sentence.start] = earlier is not None and uncoded_voice(state, ctx, sentences, earlier) \
            and ctx.credited(sentence) is None and not in_sentence(state, ACCORDING, ctx.text, sentence) \
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


def names_uncoded_speaker(ctx, state: dict, sentence) -> bool:
    """Whether the sentence names a speaker the contract leaves uncoded: economists, analysts, sources, an institute, a
    research unit (uncoded_bodies.csv), or a company that reports."""
    return any(in_sentence(state, p, ctx.text, sentence) for p in (UNKNOWN_SPEAKER_SCAN, INSTITUTE_SPEAKER_SCAN, uncoded_body())) \
        or firm_reported(state, ctx, ctx.sentences, sentence)


@functools.lru_cache(maxsize=1)
def uncoded_body_names() -> str:
    """The bodies of uncoded_bodies.csv as one regex alternation (a row with `case` s matched case-sensitively); read
    here and by ``uncodedcredit``."""
    rows = read_rows("uncoded_bodies.csv")
    return "|".join("(?-i:" + _lexicon.phrase_pattern(r["body"]) + ")" if r.get("case") == "s" else _lexicon.phrase_pattern(r["body"])
                    for r in rows)


@functools.lru_cache(maxsize=1)
def uncoded_body() -> "_lexicon.Guarded":
    """A body of uncoded_bodies.csv named as a speaker ("the Economist Intelligence Unit (EIU) said", "The independent
    research organisation cut its forecasts"): a research unit or forecasting firm, no one the contract codes. Guarded by
    the bodies' first words (every match holds one)."""
    rows = read_rows("uncoded_bodies.csv")
    pattern = regex.compile(r"\b(?:" + uncoded_body_names() + r")\b[^.;]{0,80}?\b(?:claims?|claimed|says|said|predicts|predicted|predictions|"
                            r"forecasts?|estimates?|estimated|expects|expected|warned|warns)\b", regex.IGNORECASE)
    return _lexicon.Guarded(pattern, tuple(sorted({r["body"].split()[0].lower() for r in rows})))


def voices_nothing(ctx, sentence, actor, actor_code: str, actor_text: str | None, target_code: str | None,
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


def press_reported(ctx, state: dict, sentence, outlets) -> bool:
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


def uncoded_or_credited(ctx, state: dict, sentence) -> bool:
    """Whether the sentence names an uncoded speaker (economists, an institute, a firm) or credits an organisation."""
    return names_uncoded_speaker(ctx, state, sentence) or credited_org(ctx, sentence)


def credited_org(ctx, sentence) -> bool:
    """Whether the sentence credits an organisation ("..., according to NATO's annual estimates")."""
    credited = ctx.credited(sentence)
    return credited is not None and credited.code in _roles.ORGANISATION_CODES


ACCORDING = regex.compile(r"\baccording\s+to\b", regex.IGNORECASE)


def rating_article(state: dict, text: str) -> bool:
    """Whether the article names a credit rating agency (once per article): then "the agency" is that rater."""
    if "rating_article" not in state:
        state["rating_article"] = RATING_AGENCY_SCAN.search(text) is not None
    return state["rating_article"]


# every regex pattern above runs as its standard-re twin on ASCII text (lexicon.AsciiTwin: the same matches, less CPU)
from .lexicon import ascii_twins as _ascii_twins  # noqa: E402  (after the patterns it replaces)

_ascii_twins(globals())
