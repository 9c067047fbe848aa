"""Who forecasts: a verb of belief or estimate ("believes", "predicted", "expects", forecast_verbs.csv) taking a clause of
its own makes what that clause says a level or a party will do a forecast, whatever act or target noun stands inside it
("South African Mutual's Lee believes government spending will exceed the budget target and increase to 49 billion rand",
"Bentsen predicted Congress and the White House would agree on a budget that would raise 20 billion dlrs", "the watchdog
said the 4.7% goal was ambitious and expects public debt to keep rising toward 118% of GDP"). The clause's subject must be
another than the believer: "Germany expects its spending to reach 2%" (its own plan, plantype.own_plan_projected) and "expects
to spend" (no subject) are left to the plan steps.

A step of ``claim.figure_claim``, run after ``claimtype.credited_forecast_type`` and before the plan steps, which may still
make a government's budget or plan of the figure."""
from __future__ import annotations

import functools

import regex

from . import lexicon as _lexicon
from . import stance as _stance
from .speakers import uncoded_voice, UNCODED_PERSON_NOUN, UNCODED_EMPLOYER

# the types a clause of belief turns: a state's or party's act foreseen ("would agree on a budget that would raise")
TURNED_TYPES = frozenset({"commitment", "proposal"})
# the subject of the believed clause: one to eight words, no verb, modal, clause word or punctuation among them
# (not a pronoun or possessive of the believer's own: "expects its deficit to", "believes it will" are its own plan)
SUBJECT_WORDS = 8
OWN_SUBJECT = regex.compile(r"(?:it|its|they|their|we|our|he|his|she|her|i|itself|themselves)\b", regex.IGNORECASE)
# no clause but an object of the verb itself: "saw no reason to revise his target", "sees little need to", "expects a chance to"
NO_CLAUSE = regex.compile(r"(?:(?:no|little|any|a|an|the|some|every|good|real)\s+)?(?:reason|need|chance|room|way|scope|hope|sign|risk|danger|point|"
                          r"time|case|prospect|opportunity|likelihood)s?\s+$", regex.IGNORECASE)
# a passive or attributive participle is no verb of belief ("is expected to", "an estimated 3%", "the projected deficit")
PASSIVE_BEFORE = regex.compile(r"\b(?:is|are|was|were|be|been|being|an?|the|its|their|his|her|previously|originally|widely|generally)\s+$",
                               regex.IGNORECASE)
# a plan or document "sees" or "projects" what it holds: no one's forecast ("the budget sees spending rising to 2%")
PLAN_BEFORE = regex.compile(r"\b(?:plan|budget|package|bill|programme|program|draft|law|proposal|blueprint|strategy)s?\s+(?:also\s+|now\s+)?$",
                            regex.IGNORECASE)
# where the believed clause ends before a later figure: a second predicate of the believer ("expected revenue to reach
# $500 billion and denied a report that ... the 10% rate"), or another's report or claim opening its own clause
BELIEF_END = regex.compile(r"\band\s+(?:also\s+|then\s+|later\s+)?(?-i:[a-z]{2,}ed|said|says|told|added|denied|denies|rejected|announced|insisted|warned)\s"
                           r"|\b(?:report|reports|reported|news|rumou?rs?|claims?|statement)\s+that\s", regex.IGNORECASE)
# a passive forecast of its subject: "is expected to rise", "are forecast to reach", "was seen to"
PASSIVE_FORECAST = regex.compile(r"\b(?:is|are|was|were)\s+(?:now\s+|also\s+|widely\s+|generally\s+|still\s+)?(?:expected|forecast|projected|predicted|seen)\s+to\s",
                                 regex.IGNORECASE)
# a period or a market event as the subject of "saw" ("the issue saw strong demand"; stance_cues.csv: "saw" forecasts
# when a person or body sees a level ahead)
PERIOD_SAW = regex.compile(r"\b(?:week|weeks|month|months|year|years|quarter|quarters|day|days|period|decade|session|half|issue|auction|"
                           r"tender|offering|sale|market|trading|weekend|(?:19|20)\d\d)(?:\s*,[^,;]{1,90},)?\s+$", regex.IGNORECASE)
MODALS = r"(?:will|would|could|should|might|may|(?:is|are)\s+(?:set|likely|going|due)\s+to|to)"


@functools.lru_cache(maxsize=1)
def believed_clause():
    """A verb of belief (forecast_verbs.csv), an optional "that", the believed clause's subject and its modal."""
    verbs = [r["verb"] for r in _lexicon.read_rows("forecast_verbs.csv")]
    return regex.compile(r"\b(?P<verb>" + _lexicon.phrases_alternation(verbs) + r")\s+(?:that\s+)?"
                         r"(?P<subj>(?:(?!(?:will|would|could|should|might|may|to|is|are|was|were|be|has|have|had|that|which|but)\s)"
                         r"[\w'’.&-]+\s+){1," + str(SUBJECT_WORDS) + r"}?)(?:\w+ly\s+|also\s+|again\s+|still\s+)?" + MODALS + r"\s",
                         regex.IGNORECASE)


@functools.lru_cache(maxsize=1)
def _guard() -> tuple:
    """The first four letters of every verb of belief: a window holding none of them holds no such verb."""
    return tuple(sorted({r["verb"][:4].lower() for r in _lexicon.read_rows("forecast_verbs.csv")}))


def believed_verb(text: str, clause, fig_start: int):
    """The last verb of belief in the clause before the figure whose believed clause (its own subject and modal) opens
    before the figure, as a regex match, or None."""
    lo = clause[0]
    window = text[lo:fig_start].lower()
    if not any(stem in window for stem in _guard()):
        return None
    last = None
    for m in believed_clause().finditer(text, lo, fig_start, overlapped=True):
        if m.end() > fig_start:
            continue
        if OWN_SUBJECT.match(m.group("subj")) or NO_CLAUSE.fullmatch(m.group("subj")) or PASSIVE_BEFORE.search(text, max(lo, m.start() - 20), m.start()) \
                or PLAN_BEFORE.search(text, max(lo, m.start() - 30), m.start()):
            continue
        if text.count(",", m.end("verb"), m.end()) or text.count(";", m.end("verb"), m.end()):
            continue
        last = m
    if last is not None and BELIEF_END.search(text, last.end(), fig_start):
        return None
    return last


def believed_type(sc, fig: dict, clause, claim_type, st) -> tuple:
    """A state's or party's act that a verb of belief governs through a clause of its own ("predicted Congress would
    agree on a budget that would raise 20 billion", "believes spending will exceed the target and rise to 49 billion")
    is the believer's forecast: the act's or the noun's stance inside the believed clause (or a target noun before the
    belief verb, which governs its own figure) is the believed content, not the believer's."""
    if claim_type == "forecast" and st.cue is not None and sc.text[st.cue.start:st.cue.end].lower() == "saw" \
            and PERIOD_SAW.search(sc.text, max(sc.sentence.start, st.cue.start - 120), st.cue.start):
        # "Last week, shortened by a holiday, saw issuance of 1.3 billion dlrs", "1986 saw a deficit of": a period that
        # "saw" an event reports it ("The institutes saw the surplus falling to 58 billion" forecasts)
        return "actual", st._replace(claim_type="actual")
    if claim_type not in TURNED_TYPES or fig.get("head") is not None or st.cue is None or st.how not in ("governing", "following"):
        return claim_type, st
    text, start = sc.text, fig["char_start"]
    m = believed_verb(text, clause, start)
    if m is None:
        passive = PASSIVE_FORECAST.search(text, st.cue.end, start) if st.cue.entry["pos"] == "N" and st.cue.end <= start else None
        if passive is not None:
            # "West Germany's current account surplus, the target of much criticism, is expected to rise to 37 billion":
            # a noun in the subject does not govern what the passive forecast says of it
            verb = next((h for h in sc.stance_hits if passive.start() <= h.start < passive.end() and h.entry["claim_type"] == "forecast"), None)
            return "forecast", (_stance.Stance("forecast", verb, "governing") if verb is not None else st._replace(claim_type="forecast"))
        return claim_type, st
    inside = st.cue.start >= m.end("verb") and st.cue.end <= start
    # a cue before the verb of belief governs its own object, not the believed clause's figure ("the official planning
    # agency said it expected the surplus to fall to six billion", "said the 4.7% goal was ambitious and expects debt to
    # rise toward 118%")
    before = st.cue.end <= m.start()
    if not (inside or before):
        return claim_type, st
    verb = next((h for h in sc.stance_hits if h.start == m.start("verb") and h.entry["claim_type"] in ("forecast", "estimate")), None)
    return "forecast", (_stance.Stance("forecast", verb, "governing") if verb is not None else st._replace(claim_type="forecast"))


def relayed_forecaster(ctx, state: dict, sentence) -> bool:
    """Whether a sentence naming no coded speaker of its own goes on with an uncoded forecaster's report ("Economists
    estimate spending will rise to 47 billion rand. This would leave a deficit of seven billion"): what it says a budget
    will come to is theirs, a level foreseen, not the budget's own figure (speakers.uncoded_voice)."""
    return uncoded_voice(state, ctx, ctx.sentences, sentence)


# a private forecaster introduced by name: "said Rob Lee, chief economist at South African Mutual", "Jane Doe, an analyst
# with a Dublin stockbroker, said", "economist Martin Feldstein" (not the staff of a coded body: speakers.UNCODED_EMPLOYER)
PERSON_INTRODUCED = regex.compile(r"\b((?-i:[A-Z])[a-z][\w'’-]+),\s+(?:an?\s+|the\s+)?(?:[\w-]+\s+){0,3}?" + UNCODED_PERSON_NOUN + r"s?\s+"
                                  + UNCODED_EMPLOYER
                                  + r"|\b(?-i:[a-z]+\s+)?" + UNCODED_PERSON_NOUN + r"\s+(?:(?-i:[A-Z])[\w.'’-]*\s+){0,2}((?-i:[A-Z])[a-z][\w'’-]+)\b"
                                  r"(?!\s+(?:at|of|with|for|from)\s+(?:the\s+)?(?:IMF|OECD|World\s+Bank|Treasury|[\w\s]{0,30}?ministry)\b)",
                                  regex.IGNORECASE)
REPORTING = r"(?:said|says|told|added|believes|believed|expects|expected|predicts|predicted|estimates|estimated|forecast|forecasts|sees|saw|reckons|thinks)"
PERSON_NOUNS = ("economist", "analyst", "strategist", "dealer", "trader", "banker", "forecaster")
# the word right before a verb: the surname as its subject ("South African Mutual's Lee believes")
SURNAME_BEFORE = regex.compile(r"\b((?-i:[A-Z])[a-z][\w'’-]+)\s+(?:also\s+|now\s+)?$")


def _introduced(state: dict, text: str) -> list:
    """(offset, surname) of each private forecaster the article introduces by name, found once per article."""
    found = state.get("forecaster_names")
    if found is None:
        lower = text.lower()
        found = [] if not any(w in lower for w in PERSON_NOUNS) else \
            [(m.start(), m.group(1) or m.group(2)) for m in PERSON_INTRODUCED.finditer(text)]
        state["forecaster_names"] = found
    return found


def named_forecaster_again(sc, fig: dict, claim_type, st, actor_code, actor_text) -> tuple:
    """A private forecaster the article introduced by name ("said Rob Lee, chief economist at South African Mutual") named
    again by surname as the subject of the verb stating the figure ("South African Mutual's Lee believes spending will
    increase to 49 billion rand"): no one the contract codes speaks (not the state a company name's demonym reads as), and
    an economist cannot pledge a state's figure (claim._uncoded_voices does the same for "economists say")."""
    if actor_code is None or fig.get("head") is not None or claim_type not in ("forecast", "actual", "commitment"):
        return claim_type, actor_code, actor_text
    text, sentence = sc.text, sc.sentence
    names = [n for pos, n in _introduced(sc.state, text) if pos < sentence.start]
    if not names:
        return claim_type, actor_code, actor_text
    subject = None
    if st.cue is not None and st.cue.entry["pos"] == "V" and st.cue.entry["claim_type"] in ("forecast", "estimate", "actual", "future"):
        subject = SURNAME_BEFORE.search(text, max(sentence.start, st.cue.start - 30), st.cue.start)
    named = subject is not None and subject.group(1) in names
    if not named and actor_text is not None:
        # "South African Mutual's Lee said the deficit would reach 5 pct": the surname as the sentence's reporter, the
        # actor found only in the name before it (a company's demonym, not the state; "Bell said the authorities would
        # like to see 10 billion" keeps the authorities)
        s_text = text[sentence.start:sentence.end]
        for n in names:
            for m in regex.finditer(r"\b" + regex.escape(n) + r"\s+(?:also\s+)?" + REPORTING + r"\b", s_text) if n in s_text else ():
                if actor_text in s_text[max(0, m.start() - 40):m.start()]:
                    named = True
    if not named:
        return claim_type, actor_code, actor_text
    # (a figure a noun names keeps its owner: "Lee said Lawson's forecast of 2.5 billion will be exceeded", "the
    # government's 3% target")
    if st.how == "attributive":
        return claim_type, actor_code, actor_text
    return ("forecast" if claim_type == "commitment" else claim_type), None, None


# every regex pattern above runs as its standard-re twin on ASCII text (lexicon.AsciiTwin: the same matches, less CPU)
from .lexicon import ascii_twins as _ascii_twins  # noqa: E402  (after the patterns it replaces)

_ascii_twins(globals())
