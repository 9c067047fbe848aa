"""Structural inputs of the claim_type model (``typemodel.features``), beyond the words around the figure: what the
rules' own mechanisms read of the figure, as features the model weighs on every article alike.

Groups (each switched on by name in the model file's ``extras``; ``typemodel.features(..., extras=...)``):

- ``anchor``: the figure's own time words (``anchor.own_anchor``: the level a change starts from, an aside of now, a
  past period) and the year its own words date it by (``levels.own_date``), and whether a plan or forecast word
  qualifies the figure in its own phrase ("the 1987 target of", "3.5 pct planned for this year"), or is the subject of
  the copula that states the figure ("the forecast was 3.5 percent", "the government's goal is 2%").
- ``voice``: who states the clause: a verb of belief with a clause of its own (``forecasters.believed_verb``: "the
  institute expects spending to reach"), a passive forecast ("is expected to rise"), and speakers no contract code
  stands for in the sentence (economists, analysts, rating agencies, institutes, firms: ``speakers``).
- ``subject``: the kind of the clause's subject before the figure: a public body or office holder (government,
  ministry, cabinet, parliament, minister ...) or a private forecaster's noun (economist, analyst, bank ...).
- ``pair``: the pairs of stance classes the clause holds on both sides of the figure ("plans ... but expects": a plan
  word and a forecast word in one clause), a conjunction the linear model cannot form from the single classes.
- ``verb``: the governing stance cue's first word before the figure and its tense (past, present, modal, base).
- ``predicate``: the figure's own predicate, the verb right before it past qualifiers, prepositions and articles: a verb
  of a level ("will total", "is", "reached", "to widen to") or of an act ("would cut", "spend", "allocated"), crossed
  with a modal before it: a level foreseen against an act planned.
- ``act``: a government's act the figure's own words state (``acts.stated_act``: an enacted change, a tax imposed, a
  sum a law holds) and a decision verb whose infinitive takes the figure (``acts.DECIDED_COMPLEMENT``).

Session 25 (type_model_experiment.py --compare-extras25 by EXTRAS25_RULE: commitment against forecast and actual;
none adopted, LOFO / blind-time against current's 2349 / 1534: +dated 2344 / 1529, +owner 2347 / 1536, +we 2350 / 1534):

- ``dated``: the year the figure's own words date it by against the article's date (``levels.own_date``: past, current,
  later, or none) crossed with the claim's actor kind and with the kind of the clause's subject (public body, private
  forecaster, first-person plural, none): a government's own figure for the coming year against a forecaster's.
- ``owner``: a budget, plan, target or forecast noun (``type_model_words.csv``, group owner) owning the figure from
  before it in its clause ("the 1988 budget projects a deficit of", "its target of"), its class alone, crossed with the
  year right before the noun against the article's date ("next year's budget"), and with the actor kind.
- ``we``: a first-person plural word (``type_model_words.csv``, group we) in the clause before the figure ("we will
  spend", "our budget sets"), alone and crossed with the nearest stance class before the figure.

Each group reads the article text around the figure and the predicted claim, never the gold; no whole-article scan.
"""
from __future__ import annotations

import regex

from . import acts as _acts
from . import anchor as _anchor
from . import forecasters as _forecasters
from . import levels as _levels
from . import lexicon as _lexicon
from . import speakers as _speakers
from . import stance as _stance

GROUPS = ("anchor", "voice", "subject", "pair", "verb", "predicate", "act", "dated", "owner", "we")
# session 25's groups (EXTRAS25_RULE, type_model_experiment.py)
GROUPS25 = ("dated", "owner", "we")

# the nouns of a public body or office holder as a clause's subject; of a private forecaster
PUBLIC_NOUNS = frozenset(("government", "governments", "ministry", "ministries", "minister", "ministers", "cabinet",
                          "parliament", "treasury", "congress", "senate", "administration", "president", "chancellor",
                          "premier", "legislature", "lawmakers", "legislators", "coalition", "commission", "council",
                          "authorities", "state", "states", "allies", "alliance", "members", "bundestag", "diet", "house",
                          "eduskunta", "riksdag", "storting", "folketing", "seimas", "sejm", "white"))
PRIVATE_NOUNS = frozenset(("economist", "economists", "analyst", "analysts", "bank", "banks", "banker", "bankers",
                           "institute", "institutes", "forecaster", "forecasters", "strategist", "strategists", "dealers",
                           "traders", "agency", "agencies", "firm", "firms", "consultancy", "survey", "poll", "experts",
                           "think", "tank", "researchers", "group"))
MODALS = frozenset(("will", "would", "could", "may", "might", "should", "must", "shall", "to"))
# the figure's predicate: a verb of a level reached or foreseen, of an act on a level (its inflections written out)
LEVEL_VERBS = frozenset(("be", "is", "are", "was", "were", "been", "being", "total", "totals", "totalled", "totaled", "totalling",
                         "reach", "reaches", "reached", "reaching", "amount", "amounts", "amounted", "stand", "stands", "stood",
                         "rise", "rises", "rose", "risen", "rising", "fall", "falls", "fell", "fallen", "falling", "widen",
                         "widens", "widened", "narrow", "narrows", "narrowed", "grow", "grows", "grew", "grown", "hit", "hits",
                         "cost", "costs", "exceed", "exceeds", "exceeded", "run", "runs", "ran", "climb", "climbs", "climbed",
                         "drop", "drops", "dropped", "swell", "swelled", "peak", "peaks", "peaked", "come", "comes", "came",
                         "show", "shows", "showed", "shown", "represent", "represents", "represented", "account", "accounts"))
ACT_VERBS = frozenset(("cut", "cuts", "cutting", "raise", "raises", "raised", "raising", "reduce", "reduces", "reduced",
                       "reducing", "lower", "lowers", "lowered", "spend", "spends", "spent", "spending", "allocate", "allocates",
                       "allocated", "provide", "provides", "provided", "providing", "boost", "boosts", "boosted", "increase",
                       "increases", "increased", "increasing", "set", "sets", "trim", "trims", "trimmed", "slash", "slashes",
                       "slashed", "give", "gives", "gave", "given", "pay", "pays", "paid", "invest", "invests", "invested",
                       "earmark", "earmarked", "lift", "lifts", "lifted", "double", "doubled", "borrow", "borrows", "borrowed",
                       "repay", "repaid", "grant", "granted", "offer", "offers", "offered", "pledge", "pledged", "commit",
                       "committed", "impose", "imposed", "levy", "levied", "freeze", "froze", "frozen", "limit", "limited",
                       "cap", "capped", "budget", "budgeted", "add", "adds", "added", "save", "saves", "saved", "find",
                       "take", "takes", "took", "issue", "issues", "issued", "sell", "sold"))
# a plan or forecast noun as the subject of the copula stating the figure: "the forecast was 3.5 percent", "the goal is 2%"
PLANNED_SUBJECT = regex.compile(r"\b(?:forecasts?|projections?|estimates?|targets?|goals?|aims?|objectives?|plans?|"
                                r"ceilings?|limits?|guidelines?|benchmarks?|proposals?|requests?|pledges?)\s+"
                                r"(?:(?:is|was|are|were|stands?|stood|remains?|remained)|(?:will|would|had|has)\s+been?|will\s+be|would\s+be)\s+"
                                r"(?:(?:at|about|around|roughly|some|nearly|just|over|under|below|above|only)\s+)*$", regex.IGNORECASE)
PLANNED_SUBJECT_REACH = 60  # chars before the figure
PREDICATE_REACH = 6  # words before the figure searched for its predicate

_WORDS = _lexicon.plain_rows("type_model_words.csv")
OWNER_CLASS = {r["word"]: r["class"] for r in _WORDS if r["group"] == "owner"}
WE_WORDS = frozenset(r["word"] for r in _WORDS if r["group"] == "we")
OWNER_REACH = 80  # chars before the figure an owner noun is read in (within the figure's clause)
OWNER_NOUN = regex.compile(r"\b(?:" + _lexicon.words_alternation(sorted(OWNER_CLASS, key=len, reverse=True)) + r")(?:['’]s)?\b",
                           regex.IGNORECASE)
# the year right before an owner noun ("the 1988 budget", "the 1987/88 budget", "next year's budget")
NOUN_YEAR = regex.compile(r"\b(?:(?P<y>19[5-9]\d|20[0-4]\d)(?:[-/](?P<fy>\d{2,4}))?|(?P<rel>next|this|last|coming|current)\s+"
                          r"(?:fiscal\s+)?year['’]?s?)\s+(?:[a-z]+\s+)?$", regex.IGNORECASE)
NOUN_YEAR_REACH = 30
RELATIVE_YEAR = {"next": "later", "coming": "later", "this": "current", "current": "current", "last": "past"}


def add(f: dict, groups, claim: dict, text: str, s0: int, published, ltok: list[str], lcues: list, rcues: list) -> None:
    """The features of the named groups, added to `f` (`s0`: where the claim's sentence starts in the text; `ltok`: the
    clause's lowercased words before the figure; `lcues`, `rcues`: (token index, stance class) each side in the clause)."""
    start, end = claim["char_start"], claim["char_end"]
    sentence = claim.get("sentence") or ""
    s_end = s0 + len(sentence)
    clause = None
    if not {"anchor", "voice", "dated", "owner"}.isdisjoint(groups) and s0 <= start <= end <= s_end:
        clause = _stance.clause_bounds(text, s0, s_end, start, end)
    if "anchor" in groups and clause is not None:
        parts: dict = {}  # (own_anchor's stretch, date and plan word, read once)
        kind = _anchor.own_anchor(text, clause, start, end, published, claim.get("bound"), parts)
        if kind is not None:
            f["own=" + kind] = 1.0
        dated = parts["dated"]
        if dated is not None:
            f["own_date=" + dated] = 1.0
        lo, hi = parts["stretch"]
        planned = parts.get("planned")
        if planned is None:  # (dated later: own_anchor stopped before reading it)
            planned = _anchor._planned_before(text, max(lo, start - _anchor.PLANNED_REACH), start) \
                or _anchor._planned_after(text, end, hi, clause[1])
        if planned:
            f["own_planned"] = 1.0
        if PLANNED_SUBJECT.search(text, max(lo, start - PLANNED_SUBJECT_REACH), start):
            f["own_planned_subject"] = 1.0
    if "voice" in groups:
        if clause is not None:
            if _forecasters.believed_verb(text, clause, start) is not None:
                f["believed"] = 1.0
            if _forecasters.PASSIVE_FORECAST.search(text, clause[0], start):
                f["passive_forecast"] = 1.0
        if s0 <= start <= s_end:
            if _speakers.UNKNOWN_SPEAKER_SCAN.search(text, s0, s_end):
                f["voice=uncoded"] = 1.0
            if _speakers.RATING_AGENCY_SCAN.search(text, s0, s_end) or _speakers.INSTITUTE_SPEAKER_SCAN.search(text, s0, s_end):
                f["voice=body"] = 1.0
    if "subject" in groups:
        head = ltok[:lcues[0][0]] if lcues else ltok
        if not PUBLIC_NOUNS.isdisjoint(head):
            f["subject=public"] = 1.0
        if not PRIVATE_NOUNS.isdisjoint(head):
            f["subject=private"] = 1.0
    if "pair" in groups:
        classes = sorted({cls for _, cls in lcues} | {cls for _, cls in rcues})
        for i, a in enumerate(classes):
            for b in classes[i + 1:]:
                f["pair=" + a + "+" + b] = 1.0
    if "verb" in groups and lcues:
        i = lcues[-1][0]
        word = ltok[i]
        f["verb=" + word] = 1.0
        tense = "modal" if i and ltok[i - 1] in MODALS else "past" if word.endswith("ed") else \
            "present" if word.endswith("s") and not word.endswith("ss") else "base"
        f["verb_tense=" + tense] = 1.0
    if "predicate" in groups:
        _predicate(f, ltok)
    if "dated" in groups and clause is not None:
        _dated(f, text, clause, start, end, published, ltok, lcues)
    if "owner" in groups and clause is not None:
        _owner(f, text, clause, start, published)
    if "we" in groups:
        we = [i for i, w in enumerate(ltok) if w.replace("’", "'") in WE_WORDS]
        if we:
            f["we"] = 1.0
            if lcues:
                f["we+" + lcues[-1][1]] = 1.0
    if "act" in groups and clause is not None:
        act = _acts.stated_act(text, clause, start, end, claim.get("metric"), published)
        if act is not None:
            f["act=" + act] = 1.0
        if _acts.DECIDED_COMPLEMENT_SCAN.search(text, max(clause[0], start - _acts.DECIDED_REACH), start):
            f["decided"] = 1.0


def _predicate(f: dict, ltok: list[str]) -> None:
    """The ``predicate`` features: the kind of the nearest level or act verb in the few words before the figure ("will
    total about", "would cut income tax by"), and whether a modal stands in the few words before that verb."""
    k = len(ltok)
    lo = max(0, k - PREDICATE_REACH)
    while k > lo and ltok[k - 1] not in LEVEL_VERBS and ltok[k - 1] not in ACT_VERBS:
        k -= 1
    if k == lo:
        return
    kind = "level" if ltok[k - 1] in LEVEL_VERBS else "act"
    modal = not MODALS.isdisjoint(ltok[max(0, k - 4):k - 1])
    f["predicate=" + kind] = 1.0
    f["predicate=" + kind + ("_modal" if modal else "_plain")] = 1.0


def _actor_kind(f: dict) -> str:
    """The claim's actor kind as typemodel.features already set it ("actor=state" ...)."""
    return next((k[6:] for k in f if k.startswith("actor=")), "null")


def _subject_kind(ltok: list[str], lcues: list) -> str:
    """The kind of the clause's subject before the figure (before its first stance cue): first-person plural, public,
    private or none."""
    head = ltok[:lcues[0][0]] if lcues else ltok
    if any(w.replace("’", "'") in WE_WORDS for w in head):
        return "we"
    if not PUBLIC_NOUNS.isdisjoint(head):
        return "public"
    if not PRIVATE_NOUNS.isdisjoint(head):
        return "private"
    return "none"


def _dated(f: dict, text: str, clause, start: int, end: int, published, ltok: list[str], lcues: list) -> None:
    """The ``dated`` features: the figure's own year against the article's, crossed with the actor and subject kinds."""
    dated = _levels.own_date(text, clause, start, end, published) or "none"
    f["dated=" + dated + "|actor=" + _actor_kind(f)] = 1.0
    f["dated=" + dated + "|subj=" + _subject_kind(ltok, lcues)] = 1.0


def _year_of(m, published) -> str | None:
    """past / current / later: a NOUN_YEAR match against the article's year."""
    if m.group("rel"):
        return RELATIVE_YEAR.get(m.group("rel").lower())
    year = getattr(published, "year", None)
    if year is None:
        return None
    y = int(m.group("y"))
    if m.group("fy"):  # "1987/88": the later year
        tail = m.group("fy")
        y = int(tail) if len(tail) == 4 else (y // 100) * 100 + int(tail)
    return "past" if y < year else "current" if y == year else "later"


def _owner(f: dict, text: str, clause, start: int, published) -> None:
    """The ``owner`` features: the nearest owner noun before the figure in its clause, its class, the year before it."""
    lo = max(clause[0], start - OWNER_REACH)
    last = None
    for m in OWNER_NOUN.finditer(text, lo, start):
        last = m
    if last is None:
        return
    word = last.group(0).lower().replace("’", "'").removesuffix("'s")
    cls = OWNER_CLASS.get(word)
    if cls is None:
        return
    f["owner=" + cls] = 1.0
    f["owner=" + cls + "|actor=" + _actor_kind(f)] = 1.0
    y = NOUN_YEAR.search(text, max(lo, last.start() - NOUN_YEAR_REACH), last.start())
    if y is not None:
        rel = _year_of(y, published)
        if rel:
            f["owner=" + cls + "|" + rel] = 1.0
