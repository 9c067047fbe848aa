"""Whose figure it is when several states or bodies are named: constructions the owner and actor steps read.

`names_body`: a group word naming an organisation itself, not its members ("the alliance", "the bloc": rows of
``group_words.csv`` whose last word is a singular collective noun) owns a figure's noun phrase as a name does ("the
alliance's 3.5% core defence goal" is NATO's as "NATO's 3.5% goal" is; "allies' budgets" stay the members').
`venue_topic`: a fronted "In <capital>," before a clause whose actor is a state says where, not whose.
`country_pronoun`: "the country's" / "the nation's" with a state resolved for it owns the figure's noun phrase.
`asks_for_funds`: money a state asks to be lent or given ("asked for 40 billion euros of loans from the EU") is its own.
`envoy_host`: an ambassador or envoy of one state speaking, with no owner named for his figure, of the state he serves in
("U.S. Ambassador Stephen Bosworth ... said interest rates were at about nine pct" in a story on the Philippines).
`union_budget`: a member state's figure for the EU's own budget ("the EU budget", or a bare "the budget" in a story that
named the Union's budget: "Dutch officials said the budget should stay at 1% of gross national income") is the Union's.
(The anaphora and duty steps of the same kind live in their modules: ``anaphora.subject_over_place``,
``anaphora.titled_person``, ``aid.importer``.)"""
from __future__ import annotations

import regex

from .entities import is_state

COLLECTIVE_BODIES = frozenset({"alliance", "bloc"})


def names_body(e) -> bool:
    """Whether a group entity names the organisation itself ("the alliance", "the currency bloc")."""
    if e.kind != "group" or not e.code or not e.surface:
        return False
    words = e.surface.lower().split()
    return bool(words) and words[-1] in COLLECTIVE_BODIES and words[0] not in ("its", "their", "other", "fellow")


CAPITAL_KINDS = frozenset({"capital"})
IN_OPENING = regex.compile(r"\W*in\s+$", regex.IGNORECASE)


def venue_topic(ctx, sentence, topic, actor) -> bool:
    """Whether a fronted "In <capital>," only says where the news is from: the clause after it has a state of its own as
    actor ("In Brussels, Prime Minister Bart De Wever's government confirmed that Belgium would ...": Belgium's figure,
    not the EU's; "In Ankara, parliament approved ..."). "For Kenya, ...", "Across the EU, ..." and a country named
    "In Finland, ..." stay the topic."""
    if topic is None or topic.kind not in CAPITAL_KINDS or actor is None or not actor.code or actor.code == topic.code:
        return False
    return is_state(actor.code) and actor.start > topic.end and IN_OPENING.fullmatch(ctx.text, sentence.start, topic.start) is not None


STATE_ONLY_PRONOUN = regex.compile(r"(?:the|his|her)\s", regex.IGNORECASE)  # "the country's", "the nation's" (not "its")


def country_pronoun(e) -> bool:
    """Whether a possessive pronoun names a state by its kind ("the country's", "the nation's", "his country's") with a
    state resolved for it (`anaphora.pronoun_code`: the nearest state, the subject over a place in a prepositional
    phrase): unlike "its", which often stands for an organisation or an object, it owns a figure's noun phrase
    ("on the country's 33.5 billion dlr foreign debt")."""
    return e.kind == "pronoun" and bool(e.code) and is_state(e.code) and STATE_ONLY_PRONOUN.match(e.surface) is not None \
        and not e.surface.lower().startswith(("the government", "the state"))


# "Warsaw has asked for about 43.7 billion euros of cheap loans from the EU's new defence instrument", "Bucharest requested
# 16.6 billion euros of EU SAFE loans": a state asking for money lent or given to it asks for its own funds; the lender named
# after the figure is no owner
RECEIVED_FUNDS_AFTER = regex.compile(r"\s+(?:(?:of|in)\s+)?(?:(?:the\s+)?(?:[\w-]+\s+){0,3})?"
                                     r"(?:loans?|credits?|aid|grants?|financing|funding|assistance)\b", regex.IGNORECASE)
ASKING_BEFORE = regex.compile(r"\b(?:ask(?:ed|s|ing)?|request(?:ed|s|ing)?|sought|seek(?:s|ing)?|appl(?:y|ies|ied))\s+"
                           r"(?:for\s+)?(?:(?:about|around|roughly|some|nearly|almost|up\s+to|an?\s+(?:further|extra|additional)"
                           r"|a\s+total\s+of|another)\s+)?$", regex.IGNORECASE)
ASKING_REACH = 60  # characters looked back from the figure for the asking verb


def asks_for_funds(text: str, lo: int, fig: tuple[int, int]) -> bool:
    """Whether the figure is money asked for, to be lent or given to the asker ("has asked for about 40 billion euros of
    loans", "requested 16 billion euros in credits")."""
    return ASKING_BEFORE.search(text, max(lo, fig[0] - ASKING_REACH), fig[0]) is not None \
        and RECEIVED_FUNDS_AFTER.match(text, fig[1]) is not None


def asks_for_own_funds(text: str, cue, fig: tuple[int, int], actor) -> bool:
    """Whether a state asks for money for itself with the figure (`asks_for_funds`, the stance cue the asking verb): the
    asker's own figure, whoever lends it."""
    if cue is None or actor is None or not is_state(actor.code) or cue.end > fig[0]:
        return False
    return asks_for_funds(text, cue.start, fig)


# the Union's own budget named: "the EU budget", "the bloc's next long-term budget", "the Community's 1987 budget", "the
# multiannual financial framework"
UNION_BUDGET = regex.compile(r"\b(?:(?:EU|E\.U\.|EC|EEC|European\s+Union|European\s+Community|(?i:the\s+)(?:Union|Community|"
                             r"bloc))(?:['’]s)?\s+(?:(?:next|new|own|common|joint|long-term|seven-year|multi-?annual|proposed|"
                             r"draft|annual|\d{4}(?:[-/]\d{2,4})?)\s+){0,3}budget|(?i:multi-?annual\s+financial\s+framework))\b")
# ... or, for the story, the Union's long-term budget named with no owner ("The Commission proposed a long-term budget")
UNION_BUDGET_STORY = regex.compile(UNION_BUDGET.pattern + r"|\b(?i:long-term|seven-year|multi-?annual)\s+budget\b|\bMFF\b")
# an owner right before a bare "budget" ("its budget", "Italy's budget", "the national budget"): a state's own
OWNED_BEFORE = regex.compile(r"(?:['’]s|\bits|\btheir|\bnational|\bdomestic|\bfederal|\bstate|\bgovernment)\s+$", regex.IGNORECASE)
UNION_CODES = ("EU", "EC")
BUDGET_CUE = regex.compile(r"(budget)(?:\s+[a-z]+ed)?", regex.IGNORECASE)  # "budget", "budget capped" (not "budgets")


def union_budget(ctx, sentence, fig: dict, actor, target) -> str | None:
    """The Union's code (``EU``; ``EC`` when the article names the Community) for a figure of the Union's own budget
    that the roles gave to a member state: the cue is "the EU budget" itself ("want the EU budget capped at 1% ... the
    Commission wants it to be 1.26%"), or a bare "the budget" / "a 2 trillion euro budget" a member state's voice
    gives in a story that has named the Union's budget before ("Dutch officials said the budget should stay at 1% of
    gross national income", "Berlin would not accept a 2 trillion euro budget"). ANNOTATION.md: the members' figures
    for the EU budget have target ``EU``. None otherwise (a national budget: "Italy's budget", "its budget")."""
    cue = fig.get("metric_cue")
    if cue is None or fig.get("metric") != "public_spending" or target is None or not is_state(target[1]):
        return None
    text = ctx.text
    word = BUDGET_CUE.fullmatch(text, cue.start, cue.end)
    if word is None:
        return None
    orgs = [code for code in ctx.orgs() if code in UNION_CODES]
    if not orgs or not ctx.gaz.is_member(target[1], orgs[0], ctx.year):
        return None
    own = UNION_BUDGET.search(text, max(sentence.start, cue.start - 60), cue.end)
    if own is not None and own.end() == word.end(1):
        return orgs[0]  # "the EU budget" itself
    if actor is None or actor.code != target[1]:
        return None  # (only a member state's voice on a bare "budget")
    before = text[max(sentence.start, cue.start - 60):cue.start]
    if OWNED_BEFORE.search(before) or any(e.end <= cue.start and cue.start - e.end <= 2 and e.kind != "pronoun"
                                          for e in ctx.entities_until(sentence, cue.start) if e.code == target[1]):
        return None  # "Italy's budget", "the German budget"
    if UNION_BUDGET_STORY.search(text, 0, cue.start) is None:
        return None
    return orgs[0]


# an envoy's title right before his name ("U.S. Ambassador Stephen Bosworth", "the envoy to Manila, Jane Doe,") or after it
# ("Jane Doe, the U.S. ambassador to the Philippines"); the state he serves in may follow "to" (`place`: with its "the")
ENVOY_WORDS = r"(?:ambassador|envoy|high\s+commissioner)"
HOST_AFTER = r"(?:\s+to\s+(?P<place>(?:the\s+)?(?P<host>(?-i:[A-Z][\w.]*)(?:\s+(?-i:[A-Z][\w.]*)){0,2})))?"
ENVOY_BEFORE_NAME = regex.compile(r"\b" + ENVOY_WORDS + HOST_AFTER + r",?\s+(?:(?-i:[A-Z][a-z]+\.?)\s+){0,3}$",
                                  regex.IGNORECASE)
ENVOY_AFTER_NAME = regex.compile(r",\s+(?:who\s+[\w\s]{0,60}?\s+as\s+|(?:the|a)\s+)?(?:[\w.'’-]+\s+){0,2}?"
                                 + ENVOY_WORDS + HOST_AFTER, regex.IGNORECASE)
ENVOY_REACH = 70  # characters of a title before a name


def envoy_title(text: str, surname: str) -> tuple | None:
    """Whether the article calls the person of this surname an ambassador or envoy, at the first place it names him with a
    title before or after the name: None when it never does; else the span of the state named after "to" ("the
    Philippines", its "the" included; up to three capitalised words, so "Ambassador to Japan Jane Doe" gives "Japan
    Jane", whose first state named is read), or () when none is. (`roles.ArticleContext.envoy_title` keeps the answer per
    surname: several owner-less figures of one envoy scan the article once.)

    The title reading is not ``introduced.introductions``' (officials introduced with a state, named again by surname),
    though both read "<title> <Name>" and "<Name>, <title>": an introduction needs a state before the title and names the
    official's own state, skips a name the gazetteer knows (people.csv) and ends its title at the next state named; here
    a known envoy counts too ("Ambassador Rahm Emanuel" with no state, in a story on Japan), and the state after "to" is
    what is read: the state he serves in."""
    for m in regex.finditer(r"\b" + regex.escape(surname) + r"\b", text):
        hit = ENVOY_BEFORE_NAME.search(text, max(0, m.start() - ENVOY_REACH), m.start()) or ENVOY_AFTER_NAME.match(text, m.end())
        if hit is not None:
            return hit.span("place") if hit.group("host") else ()
    return None


def envoy_host(ctx, actor) -> str | None:
    """The state a foreign envoy serves in, when the speaker of an owner-less figure is one: a person of one state whom
    the article calls its ambassador or envoy (before or after his name: `envoy_title`), in a story about another state
    (its home: dateline, else the state named most; named at least as often as his own, and the one named after "to" if
    any) speaks of that state ("this country"); an envoy to an organisation ("Ambassador to NATO"), or one in a story
    about his own state ("OTTAWA - ... Canada's ambassador to the United States said"), speaks for his own: None."""
    if actor is None or actor.kind != "person" or not is_state(actor.code) or not actor.surface:
        return None
    host_name = ctx.envoy_title(actor.surface.split()[-1])
    if host_name is None:
        return None
    host = ctx.home()
    if host_name and ctx.state_named(*host_name) != host:
        return None  # "Ambassador to NATO": the organisation's envoy speaks for his own state; or not this story's state
    if not is_state(host) or host == actor.code or ctx.state_count(host) < ctx.state_count(actor.code):
        return None
    return host
