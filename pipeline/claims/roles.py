"""Who states or demands a figure (actor) and whose figure it is (target).

Entities of a sentence are the gazetteer's matches (countries, capitals, demonyms, institutions,
leaders, organisations), plus group words ("European allies" -> the alliance in context,
``group_words.csv``), generic government words ("the Finance Ministry" -> the article's state,
``generic_actors.csv``) and possessive pronouns ("its", "the country's" -> the nearest state before).
News outlets (``outlets.csv``) are never actors.

actor: the subject of the governing stance cue (the nearest entity before it in the clause), else
the speaker of a reporting verb ("..., the ministry said"), else nobody.
target, in order: the possessor of the metric cue ("Japan's deficit", "its defence budget", "the
French budget"); for demands and proposals the object of the cue ("demanded Tokyo raise",
"demands that European allies commit") or a following "from its Asian allies, including Japan";
the actor when it is a state speaking of itself; the state the article is about (Reuters dateline,
else the state it names most).
"""
from __future__ import annotations

import bisect
import itertools
import functools
import re
from collections import Counter
from typing import NamedTuple

import regex

from .lexicon import Guarded, Hit, _lowered, ascii_twin, count_words, cues, phrase_pattern, phrases_alternation, read_rows

try:  # the gazetteer is another engineer's module; without it no entity is found
    from . import gazetteer as _gazetteer
except ImportError:  # pragma: no cover
    _gazetteer = None


class Entity(NamedTuple):
    start: int
    end: int
    surface: str
    code: str | None
    kind: str  # country, demonym, capital, institution, person, organisation, group, generic, pronoun


STATE_KINDS = frozenset({"country", "demonym", "capital", "institution", "person", "generic"})
PRONOUN = regex.compile(r"\b(?:its|their|the\s+(?:country|nation|state|government|kingdom|republic)['’]s"
                        r"|(?:his|her)\s+(?:country|nation)(?:['’]s)?)\b", regex.IGNORECASE)  # "enough for his country"
PERSON_OWNER_BEFORE = regex.compile(r"\b(?:his|her)\s+$", regex.IGNORECASE)  # "her government", "his ministry"
PERSON_PRONOUN = regex.compile(r"\b(?:he|she)\b", regex.IGNORECASE)
IT_PRONOUN = regex.compile(r"\b(?:it|the\s+country|the\s+nation)\b(?!['’])", regex.IGNORECASE)
DATELINE = regex.compile(r"\A\s*(?:[A-Z][A-Za-z]*\s+)?([A-Z][A-Z.' -]{2,40}?)\s*(?:,\s*[A-Z][a-z]{2,8}\.?\s+\d{1,2})?\s*-\s")
# between an owner and its metric: adjectives and nouns ("Japan's annual defence budget"), not a verb or
# function word that makes the name a subject or object ("Washington to spend", "Tokyo will spend")
POSSESSOR_GAP = regex.compile(r"(?:['’]s?)?\s+(?:(?!(?:to|will|would|should|must|can|could|may|might|shall|has|have|had|is|are|was|were|"
                              r"be|and|or|that|which|who|wants?|plans?|said|says|on|for|with|from|by|in|at)\b)(?:[a-z][\w-]*|[A-Z]\w+)\s+){0,2}")
# a name as the object of a preposition ("with the United States", "of any NATO member"); capitalised words only
# as written (the flag must not turn "on Wednesday that the alliance" into an object)
# (a month or weekday after the preposition dates the clause: "In March lawmakers exempted", "On Tuesday Japan pledged")
PREP_BEFORE = regex.compile(r"\b(?:from|of|for|on|to|including|in|with|against|between|among)\s+(?:(?:its|their|his|her|our|the|a|an|all|any|every|each|both|other|some|many|most|several|fellow|"
                            r"(?-i:(?!(?:January|February|March|April|May|June|July|August|September|October|November|December|"
                            r"Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday)\b)[A-Z]\w+))\s+){0,2}$",
                            regex.IGNORECASE)
INCLUDING = regex.compile(r"\b(?:including|especially|particularly|notably|such\s+as)\s+$", regex.IGNORECASE)
AMONG_THEM = regex.compile(r"\s+(?:among|one\s+of)\s+them\b", regex.IGNORECASE)
PASSIVE_BY = regex.compile(r"\bby\s+(?:the\s+)?$", regex.IGNORECASE)
OBJECT_WINDOW = 12
PAIR_BEFORE = regex.compile(r"\b(?:two|both)\s+$", regex.IGNORECASE)  # right before a group word: a pair of states
HOME_KINDS = ("country", "capital", "demonym", "institution", "person")
TITLE_WEIGHT = 3  # a state named in the headline counts as this many mentions in the text
VENUE_OTHER_MENTIONS = 2  # mentions of another state that make a dateline named nowhere else a mere venue
TITLE_MIN_MENTIONS = 2  # ... and is the home outright when the text names it this often
LOWER_WORD = regex.compile(r"\b[a-z]+\b")  # an all-lower-case word
LEAD_SENTENCES = 2  # sentences of an article's lead in which the body whose report it relays is named
THAT_BEFORE_IT = regex.compile(r"\bthat\s+$", regex.IGNORECASE)
ASKING_AFTER_IT = regex.compile(r"\s+(?:(?:has|have|had|also|again|now|then|later)\s+){0,2}"
                                r"(?:appealed|urged|asked|called|pressed|proposed|recommended|demanded|requested)\b")
REPORTER_REACH = 1500  # characters back within which an earlier sentence's speaker is the "it" that reports


@functools.lru_cache(maxsize=1)
def gazetteer():
    if _gazetteer is None:
        return None
    try:
        return _gazetteer.load_gazetteer()
    except Exception:  # pragma: no cover - a broken lexicon must not stop the pipeline
        return None


@functools.lru_cache(maxsize=1)
def _group_regex() -> tuple[regex.Pattern, dict]:
    rows = read_rows("group_words.csv")
    by_pattern = {}
    alts = []
    for i, row in enumerate(sorted(rows, key=lambda r: -len(r["word"]))):
        alts.append(f"(?P<g{i}>{phrase_pattern(row['word'])})")
        by_pattern[f"g{i}"] = row
    pat = r"\b(?:(?:(?-i:[A-Z][a-z]+|[A-Z]{2,})|other|fellow|its|their|all|the|eastern|western|northern|southern|key|some|many|most)\s+)?(?:" \
        + "|".join(alts) + r")\b"
    return ascii_twin(regex.compile(pat, regex.IGNORECASE)), by_pattern


@functools.lru_cache(maxsize=1)
def _group_keys() -> tuple | None:
    """Lower-cased literals one of which every group phrase starts with (None: not all ASCII)."""
    firsts = sorted({r["word"].split()[0].split("-")[0].rstrip("*").lower() for r in read_rows("group_words.csv")}, key=len)
    keys: list[str] = []
    for k in firsts:
        if not any(shorter in k for shorter in keys):
            keys.append(k)
    return tuple(keys) if all(k and k.isascii() for k in keys) else None


def _may_name_group(text: str, start: int, end: int) -> bool:
    """False when text[start:end] (ASCII) holds none of the group phrases' first words, so the
    group regex (slow: optional prefixes, ignoring case) need not run."""
    keys = _group_keys()
    part = text[start:end]
    if keys is None or not part.isascii():
        return True
    low = part.lower()
    return any(k in low for k in keys)


@functools.lru_cache(maxsize=1)
def _group_openings() -> re.Pattern | None:
    """The lower-cased first word parts the group phrases open with ("indo" of "Indo-Pacific allies"), as one
    standard-engine alternation; None unless all are ASCII word characters."""
    parts = {r["word"].split()[0].split("-")[0].rstrip("*").lower() for r in read_rows("group_words.csv")}
    if not all(p.isascii() and _PLAIN_WORD.fullmatch(p) for p in parts):
        return None
    return re.compile("|".join(re.escape(p) for p in sorted(parts, key=len, reverse=True)))


_PLAIN_WORD = re.compile(r"\w+")


@functools.cache
def _party_alliance_name():
    """A party or coalition named "... Alliance" ("Liberal Alliance", "Left Alliance", "Democratic Alliance"): a capitalised
    "Alliance" after a capitalised word that is no name of the Atlantic alliance itself (atlantic_alliance_words.csv)."""
    words = sorted((r["word"] for r in read_rows("atlantic_alliance_words.csv")), key=len, reverse=True)
    return ascii_twin(regex.compile(r"(?-i:(?!(?:" + "|".join(regex.escape(w) for w in words) + r")\b)[A-Z][\w'’-]*\s+Alliance)$"))


# a party's "Alliance" before "Party" ("the Alliance Party")
PARTY_AFTER_ALLIANCE = regex.compile(r"\s+(?:[Pp]arty|[Pp]arties)\b")


def _party_alliance(text: str, m) -> bool:
    """True when the group phrase m ("Liberal Alliance") is a party's or coalition's name, not the alliance."""
    phrase = m.group()
    if not phrase.endswith("Alliance"):
        return False
    return _party_alliance_name().search(phrase) is not None or PARTY_AFTER_ALLIANCE.match(text, m.end()) is not None


def _group_phrases(text: str, start: int, end: int):
    """The matches of the group regex in text[start:end], as its `finditer` gives them.

    Scanned at every character the regex costs ~440 ns a character (its optional prefix word is tried everywhere).
    A match opens at a group phrase, which starts with one of the `_group_openings`, or at the one word before such a
    phrase, after whitespace ("NATO allies", "other members"). On ASCII text (where ignoring case is lower-casing) the
    openings are found in the lower-cased text at C speed and the regex is tried only at those places and the word
    starts before them, in order, resuming after each match as `finditer` does."""
    group_re = _group_regex()[0]
    openings = _group_openings()
    low = _lowered(text)
    if openings is None or low is None:
        return group_re.finditer(text, start, end) if _may_name_group(text, start, end) else ()
    places = set()
    for o in openings.finditer(low, start, end):
        q = o.start()
        places.add(q)
        j = q
        while j > start and text[j - 1].isspace():  # (a superset of the regex's whitespace: a wrong place only fails)
            j -= 1
        k = j
        while k > start and _PLAIN_WORD.match(text, k - 1):
            k -= 1
        if k < j < q:
            places.add(k)
    found, pos = [], start
    for p in sorted(places):
        if p >= pos:
            m = group_re.match(text, p, end)
            if m is not None:
                found.append(m)
                pos = m.end()
    return found


@functools.lru_cache(maxsize=1)
def _group_rows() -> list[tuple[regex.Pattern, dict]]:
    return [(regex.compile(phrase_pattern(r["word"]) + r"$", regex.IGNORECASE), r) for r in read_rows("group_words.csv")]


@functools.lru_cache(maxsize=256)
def _group_row(surface: str) -> dict:
    """The longest group_words.csv row a group phrase ends with ("European allies" -> allies, "its Asian
    allies" -> Asian allies)."""
    return max((r for pat, r in _group_rows() if pat.search(surface)), key=lambda r: len(r["word"]))


@functools.lru_cache(maxsize=1)
def _modified_nouns() -> regex.Pattern:
    """The nouns of modified_nouns.csv right after a word: "government| debt"."""
    words = [regex.escape(r["noun"].rstrip("*")) + (r"\w*" if r["noun"].endswith("*") else "") for r in read_rows("modified_nouns.csv")]
    return ascii_twin(regex.compile(r"\s+(?:" + "|".join(words) + r")\b", regex.IGNORECASE))


@functools.lru_cache(maxsize=1)
def _giver_acts():
    return cues("giver_acts.csv", "word")


# what may stand between "it" and its act: auxiliaries and intent ("it would lend", "it had already approved", "it plans
# to provide", "it is ready to release")
IT_AUXILIARIES = regex.compile(r"(?:\s+(?:would|will|had|has|have|was|is|could|may|might|also|already|now|soon|not|be|"
                               r"plans?|planned|intends?|intended|expects?|expected|ready|prepared|to)\b){0,4}\s+", regex.IGNORECASE)


def _giver_act_after(text: str, pos: int, end: int) -> bool:
    """Whether a giving act of giver_acts.csv follows `pos` with only auxiliaries between ("it would lend")."""
    m = IT_AUXILIARIES.match(text, pos, end)
    if m is None:
        return False
    hit = _giver_acts().search(text, m.end(), min(end, m.end() + 40))
    return hit is not None and hit.start == m.end()


@functools.lru_cache(maxsize=1)
def _report_nouns() -> regex.Pattern:
    """The nouns of report_nouns.csv after a possessive ("its annual estimates", "its Fiscal Monitor")."""
    words = [regex.escape(r["noun"].rstrip("*")) + (r"\w*" if r["noun"].endswith("*") else "") for r in read_rows("report_nouns.csv")]
    return ascii_twin(regex.compile(r"\b(?:its|their)\s+(?:[\w-]+\s+){0,3}?(?:" + "|".join(words) + r")\b", regex.IGNORECASE))


@functools.lru_cache(maxsize=1)
def _report_subject() -> regex.Pattern:
    """A report noun of report_nouns.csv as the subject right before a verb: "the figures (put)", "the report (said)"."""
    words = [regex.escape(r["noun"].rstrip("*")) + (r"\w*" if r["noun"].endswith("*") else "") for r in read_rows("report_nouns.csv")]
    return ascii_twin(regex.compile(r"\b(?:the|its|their)\s+(?:[\w-]+\s+){0,2}?(?:" + "|".join(words) + r")\s+(?:also\s+|now\s+)?$",
                                    regex.IGNORECASE))


# the start of a sentence before its first name: a dateline ("BRUSSELS -"), an article
SENTENCE_OPENING = regex.compile(r"(?:[A-Z][A-Z .,'’-]*\s+[-–—]\s+)?\W*(?:the\s+)?", regex.IGNORECASE)


def _modifies_noun(text: str, end: int) -> bool:
    return _modified_nouns().match(text, end) is not None


def report_verbs():
    return cues("report_verbs.csv")


def generic_words():
    return cues("generic_actors.csv", "word")


def outlet_words():
    return cues("outlets.csv", "name")


COORDINATED = regex.compile(r"\s*(?:,\s*)?(?:and|or|,)\s+(?:the\s+)?")
# a state fronted as the sentence's topic ("For Pakistan, the IMF projects ...", "In Germany, the deficit ..."): what the
# sentence goes on about, not the object of a preposition
TOPIC_OPENING = regex.compile(r"\W*(?:for|in|as\s+for|across)\s+(?:the\s+)?(?:whole\s+|entire\s+|new\s+|\d+\s+)?$", regex.IGNORECASE)
# (also past the organisation the group belongs to: "In the new member states of the European Union, gross public debt")
TOPIC_COMMA = regex.compile(r"\s*,|\s+of\s+(?:the\s+)?(?-i:[A-Z][\w.'’-]*)(?:\s+(?-i:[A-Z][\w.'’-]*)){0,3}\s*,")
# "Russia's full-scale invasion": a possessor, not the subject a later sentence goes on about
POSSESSIVE_AFTER = regex.compile(r"['’]s?\s")
# a subject, a verb and its object pronoun: "Washington had demanded it", "the U.S. asked it to", "Trump told it"
VERB_BEFORE_OBJECT = regex.compile(r"(?:['’]s)?\s+(?:(?:has|have|had|is|was|would|will|also|repeatedly|reportedly|now|then)\s+)*"
                                   r"(?:demand|ask|urg|press|push|want|tell|told|call\w*\s+on|pressur|expect|require|request)\w*\s+",
                                   regex.IGNORECASE)


def _counted(counts: dict[str, int], extra: str | None) -> dict[str, int]:
    """`counts` with one more of `extra` (the article's home state weighs in as the last code seen)."""
    if not extra:
        return counts
    out = dict(counts)
    out[extra] = out.get(extra, 0) + 1
    return out


class _OverlapTest:
    """Whether a span overlaps a span already taken: outlets and group phrases given at once, then
    gazetteer names taken one by one in reading order. Bisected, with the furthest end so far, because
    a sentence with thousands of names compared each with all taken before it (quadratic)."""

    def __init__(self, spans: list[tuple[int, int]]):
        if spans:  # (most sentences give none: no outlet, no group phrase)
            spans = sorted(spans)
            self.starts = [a for a, _ in spans]
            self.max_end = list(itertools.accumulate([b for _, b in spans], max))
        else:
            self.starts = self.max_end = []
        self.taken_end = -1  # the furthest end of the names taken: each started at or before the next one
        self.names: list[tuple[int, int]] = []

    def __call__(self, start: int, end: int) -> bool:
        i = bisect.bisect_left(self.starts, end)  # the given spans starting before `end`
        return (i > 0 and self.max_end[i - 1] > start) or self.taken_end > start

    def take(self, start: int, end: int) -> None:
        self.taken_end = max(self.taken_end, end)
        self.names.append((start, end))


class ArticleContext:
    """What the roles of one article's figures depend on beyond their sentence (computed lazily)."""

    def __init__(self, article: dict, sentences: list):
        self.text = article["text"]
        self.title = article.get("title") or ""
        self.source = article.get("source") or ""
        published = article.get("published")
        self.year = getattr(published, "year", None)
        self.sentences = sentences
        self.gaz = gazetteer()
        self._entities: dict[int, list[Entity]] = {}
        self._home = False
        self._home_code = None
        self._orgs = None
        self._dateline = False
        self._title_states: list[str] | None = None
        self._counts: Counter | None = None
        self._state_cache: dict[int, list] = {}
        self._report_cache: dict[int, list] = {}
        self._report_ends: dict[int, list[int]] = {}
        self._all: list | None = None
        self._starts: list[int] = []
        self._entity_starts: dict[int, list[int]] = {}  # sentence start -> starts of its entities
        self._credited: dict[int, Entity | None] = {}  # sentence start -> the body "according to" credits
        self._reporter: dict[int, Entity | None] = {}  # sentence start -> the speaker of a reporting verb
        self._previous_speakers: dict[int, Entity | None] = {}  # position -> previous_speaker(position)
        self._lead: Entity | None | bool = False  # the body the lead reports or credits (False: not looked for yet)
        self._beliefs: dict[int, list] = {}  # sentence start -> (holder, owner) of each belief verb, in order
        self._sentence_bounds: tuple | None = None  # (starts, ends) for the look-backs' bisection; () when out of order

    # -- gazetteer matches --------------------------------------------------------------
    def _matches(self, start: int, end: int) -> list:
        """Gazetteer matches inside [start, end): one scan of the whole article, sliced."""
        if self._all is None:
            self._all = []
            if self.gaz is not None:
                try:
                    self._all = self.gaz.find(self.text, 0, len(self.text), year=self.year)
                except Exception:  # a broken lexicon must not stop the pipeline: no entities
                    self._all = []
            self._starts = [m.start for m in self._all]
        i = bisect.bisect_left(self._starts, start)
        out = []
        for m in self._all[i:]:
            if m.start >= end:
                break
            if m.end <= end:
                out.append(m)
        return out

    def _code(self, match, context: list[str]) -> str | None:
        code = getattr(match, "code", None)
        if code:
            return code
        try:
            return self.gaz.resolve(match, context)
        except Exception:
            return None

    def title_states(self) -> list[str]:
        """The states the headline names, in order ("SEOUL ANNOUNCES MORE TARIFF CUTS FOR U.S." -> KOR, USA)."""
        if self._title_states is None:
            self._title_states = []
            if self.gaz is not None and self.title:
                try:
                    found = self.gaz.find(self.title, 0, len(self.title), year=self.year)
                except Exception:  # a broken lexicon must not stop the pipeline
                    found = []
                outlets = [(h.start, h.end) for h in outlet_words().finditer(self.title, 0, len(self.title))]
                for match in found:
                    if any(a < match.end and match.start < b for a, b in outlets):
                        continue  # "... | South China Morning Post": the outlet, not the story's state
                    if match.kind in HOME_KINDS:
                        code = self._code(match, [])
                        if is_state(code):
                            self._title_states.append(code)
        return self._title_states

    def _state_counts(self) -> Counter:
        """How often the article names each state (ambiguous names read by their default)."""
        if self._counts is None:
            self._counts = Counter()
            outlets = [(h.start, h.end) for h in outlet_words().finditer(self.text, 0, len(self.text))]
            for match in self._matches(0, len(self.text)):
                if outlets and any(a < match.end and match.start < b for a, b in outlets):
                    continue  # "the Kyiv Independent reported": an outlet names no state of the story
                if match.kind in HOME_KINDS:
                    code = self._code(match, [])
                    if is_state(code):
                        self._counts[code] += 1
        return Counter(self._counts)

    def names_state(self, code: str) -> bool:
        """Whether the article's text or headline names the state."""
        return self._state_counts()[code] > 0 or code in self.title_states()

    def dateline(self) -> str | None:
        """The state of a Reuters-style dateline ("TOKYO, March 3 - "), if the article has one; an
        ambiguous one ("BRUSSELS": Belgium or the EU) is read in the light of the headline and text."""
        if self._dateline is False:
            self._dateline = None
            m = DATELINE.match(self.text)
            if m and self.gaz is not None:
                for match in self._matches(m.start(1), m.end(1)):
                    context = [] if match.code else self.title_states() * TITLE_WEIGHT + list(self._state_counts().elements())
                    code = self._code(match, context)
                    if code and match.kind in ("country", "capital"):
                        # a venue ("THE HAGUE" of a summit story about Canada) is no home: a story that never names
                        # the dateline's state again but names another one repeatedly is about that one
                        counts = self._state_counts()
                        if is_state(code) and counts[code] + self.title_states().count(code) <= 1 \
                                and any(n >= VENUE_OTHER_MENTIONS for c, n in counts.items() if c != code):
                            break
                        self._dateline = code
                        break
        return self._dateline

    def home(self) -> str | None:
        """The state the article is about: its Reuters-style dateline, else the state it names most, a
        state in the headline counting TITLE_WEIGHT times (the headline names the story's subject first)."""
        if self._home:
            return self._home_code
        self._home = True
        if is_state(self.dateline()):
            self._home_code = self.dateline()
            return self._home_code
        counts = self._state_counts()
        titled = [code for code in self.title_states() if counts[code] >= TITLE_MIN_MENTIONS]
        if titled:  # the headline's first state the story goes on about: "TAIWAN ANNOUNCES ... CUTS" over 17 "Washington"s
            self._home_code = titled[0]
            return self._home_code
        for rank, code in enumerate(self.title_states()):
            counts[code] += TITLE_WEIGHT + (1 if rank == 0 else 0)
        if counts:
            self._home_code = counts.most_common(1)[0][0]
        else:  # a lower-cased wire story ("presented a budget of 6.9 billion jamaica dlrs") names its state only in lower case
            self._home_code = self._lower_case_state()
        return self._home_code

    def _lower_case_state(self) -> str | None:
        """The state a text naming no state in capitals names most in lower case ("jamaica's gdp"). Read only
        when nothing else names the story's state: a lower-case "turkey" or "chad" is usually no country."""
        counts: Counter = Counter()
        entries = self.gaz.entries if self.gaz is not None else {}
        words = [(m.group(), m.end()) for m in LOWER_WORD.finditer(self.text)]
        for i, (word, end) in enumerate(words):
            pair = word + " " + words[i + 1][0] if i + 1 < len(words) and words[i + 1][1] - end < 4 else None
            for name in (pair, word):  # "new zealand" before "new"
                e = entries.get(name.title()) if name else None
                if e is not None and e.kind == "country" and is_state(e.code):
                    counts[e.code] += 1
                    break
        return counts.most_common(1)[0][0] if counts else None

    def orgs(self) -> list[str]:
        """Organisation codes the article names, most frequent first."""
        if self._orgs is None:
            self._org_counts = Counter()
            for match in self._matches(0, len(self.text)):
                if match.kind in ("organisation", "group") and match.code:
                    self._org_counts[match.code] += 1
            self._orgs = [c for c, _ in self._org_counts.most_common()]
        return self._orgs

    def main_party(self) -> str | None:
        """The state or organisation the article is most about: the home state, unless an organisation is named
        more often than any state ("EC AGREES ON AID PACKAGE ...": the EC, not Syria named three times)."""
        home = self.home()
        self.orgs()
        top = self._org_counts.most_common(1)
        if top and top[0][1] > self._state_counts().get(home, 0) + (TITLE_WEIGHT if home in self.title_states() else 0):
            return top[0][0]
        return home

    def report_hits(self, sentence) -> list[Hit]:
        """Reporting verbs of a sentence (cached: several figures share a sentence)."""
        cached = self._report_cache.get(sentence.start)
        if cached is None:
            cached = self._report_cache[sentence.start] = list(report_verbs().finditer(self.text, sentence.start, sentence.end))
        return cached

    def _states(self, sentence) -> list[tuple[int, int, str]]:
        """(start, end, code) of the states the gazetteer names in a sentence."""
        cached = self._state_cache.get(sentence.start)
        if cached is None:
            cached = []
            outlets = [(h.start, h.end) for h in outlet_words().finditer(self.text, sentence.start, sentence.end)]
            for match in self._matches(sentence.start, sentence.end):
                if outlets and any(a < match.end and match.start < b for a, b in outlets):
                    continue  # "the Kyiv Independent": an outlet
                if match.kind in ("country", "capital", "demonym", "institution", "person"):
                    # an institution several states have ("the House of Commons": GBR or CAN) is the home state's when
                    # it is one of them, as in the sentence's own entities, not the alias's default
                    home = [self.home()] if match.kind == "institution" and not match.code and match.candidates else []
                    code = self._code(match, home)
                    if is_state(code):
                        cached.append((match.start, match.end, code))
            self._state_cache[sentence.start] = cached
        return cached

    def _sentences_before(self, pos: int, by_end: bool):
        """The sentences a look-back from `pos` may visit, latest first: those starting before it (`by_end`:
        ending by it). Found by bisection when the sentences are in reading order: each look-back walked all of
        the article's sentences from its end, for every figure and pronoun. The callers still skip the rest."""
        if self._sentence_bounds is None:
            starts = [s.start for s in self.sentences]
            ends = [s.end for s in self.sentences]
            ordered = all(a <= b for a, b in zip(starts, starts[1:])) and all(a <= b for a, b in zip(ends, ends[1:]))
            self._sentence_bounds = (starts, ends) if ordered else ()
        if not self._sentence_bounds:
            return reversed(self.sentences)  # out of order (never from split_sentences): the callers' skips decide
        starts, ends = self._sentence_bounds
        n = bisect.bisect_right(ends, pos) if by_end else bisect.bisect_left(starts, pos)
        return map(self.sentences.__getitem__, range(n - 1, -1, -1))  # no copy of the list per look-back

    def previous_state(self, pos: int) -> str | None:
        """The state named last before `pos` in the article (within ~1500 characters), else home. Within
        a sentence a state that is the object of a preposition ("... its trade surplus with the United
        States", "aid to Kenya") gives way to one named as a subject before it."""
        fallback = None
        home_nearer = None  # whether an earlier sentence between the figure and the subject names the home state (object, owner)
        for s in self._sentences_before(pos, by_end=False):
            if s.start >= pos:
                continue
            if pos - s.end > 1500:
                break
            named = [(start, end, code) for start, end, code in self._states(s) if end <= pos]
            if named and s.end <= pos and home_nearer is None:
                home_nearer = False
            if named:
                objects, prev_end = set(), None
                for start, end, code in named:
                    # "with the United States", and "in Iraq and Afghanistan": coordinated with an object
                    if (PREP_BEFORE.search(self.text, max(s.start, start - 40), start) and not self._topic(s, start, end)) \
                            or (prev_end in objects and COORDINATED.fullmatch(self.text, prev_end, start)):
                        objects.add(end)
                    prev_end = end
                subjects = [code for start, end, code in named if end not in objects
                            and not (POSSESSIVE_AFTER.match(self.text, end) and not self._owns_government(end))]
                if not subjects:  # only objects ("the wars in Iraq and Afghanistan"): an earlier subject, else the last of them
                    fallback = fallback or named[-1][2]
                    if s.end <= pos and home_nearer is False and self.home() in {code for _, _, code in named}:
                        home_nearer = True
                    continue
                if s.end > pos:
                    return subjects[-1]  # in the figure's own sentence the nearest subject
                # in an earlier one its main subject, named first; unless the story's own state was named (as an object
                # or owner: "Not everyone in Warsaw ...", "Iran's ultimate decision-maker") after it and before the
                # figure: a foreign subject further back ("Russia ... lies within a few hours' drive", "by Turkish
                # companies") was a passing mention
                return self.home() if home_nearer else subjects[0]
        return fallback or self.home()

    def _topic(self, sentence, start: int, end: int) -> bool:
        """Whether the state at start..end opens the sentence as its topic: "For Pakistan, ..."."""
        return bool(TOPIC_OPENING.fullmatch(self.text, sentence.start, start) and TOPIC_COMMA.match(self.text, end))

    def _owns_government(self, end: int) -> bool:
        """Whether a possessive at `end` owns a government word ("Poland's government", "Japan's finance ministry")."""
        m = POSSESSIVE_AFTER.match(self.text, end)
        return any(h.start == m.end() for h in generic_words().finditer(self.text, m.end(), min(len(self.text), m.end() + 40)))

    # -- entities of a sentence ---------------------------------------------------------------
    def entities(self, sentence) -> list[Entity]:
        cached = self._entities.get(sentence.start)
        if cached is not None:
            return cached
        text, start, end = self.text, sentence.start, sentence.end
        outlets = [(h.start, h.end) for h in outlet_words().hits(text, start, end)]
        found: list[Entity] = []
        taken: list[tuple[int, int]] = list(outlets)
        group_re, group_rows = _group_regex()
        for m in _group_phrases(text, start, end):
            if _party_alliance(text, m):
                continue  # "opposition party Liberal Alliance said": a party, named like any other
            row = group_rows[m.lastgroup]
            found.append(Entity(m.start(), m.end(), m.group(), None, "group:" + row["word"]))
            taken.append((m.start(), m.end()))
        context: dict[str, int] = {}  # codes named so far in the sentence -> times, in first-seen order
        overlaps = _OverlapTest(taken)
        group_starts = [x.start for x in found]  # found holds the group phrases only, in order, none overlapping
        for match in self._matches(start, end):
            if overlaps(match.start, match.end):
                # "NATO members", "EU countries": the organisation named inside a group phrase is its code
                # (only the last phrase starting before the name can hold it)
                i = bisect.bisect_right(group_starts, match.start) - 1
                if match.kind in ("organisation", "group") and match.code and i >= 0:
                    found[i] = _with_org(found[i], match)
                continue
            if match.kind == "institution" and not match.code and _modifies_noun(text, match.end):
                continue  # "Government debt rose to 87.4%": an attribute of the figure, no body that speaks
            code = match.code or (self._person_owner_code(match.start, found) if match.kind == "institution" else None) \
                or self._code(match, _counted(context, self.home()))
            if not code and match.kind == "organisation":
                # "the Fund", "the bank", "the alliance" with no candidate in the sentence: the organisation the
                # article names ("World Bank President Barber Conable said ... The bank estimates")
                code = self._code(match, self.orgs())
            if code:
                context[code] = context.get(code, 0) + 1
            # "the government", "the Treasury" with no state of their own: the article's state
            kind = match.kind if code or match.kind != "institution" else "generic"
            found.append(Entity(match.start, match.end, match.surface, code, kind))
            overlaps.take(match.start, match.end)
        overlaps = _OverlapTest(taken + overlaps.names)  # government words: not inside any name taken
        for h in generic_words().finditer(text, start, end):
            if not overlaps(h.start, h.end) and not _modifies_noun(text, h.end):
                found.append(Entity(h.start, h.end, text[h.start:h.end], None, "generic"))
                overlaps.take(h.start, h.end)
        for m in PRONOUN.finditer(text, start, end):
            found.append(Entity(m.start(), m.end(), m.group(), None, "pronoun"))
        for m in PERSON_PRONOUN.finditer(text, start, end):  # "he said": the person named before
            found.append(Entity(m.start(), m.end(), m.group(), None, "person_pronoun"))
        for m in IT_PRONOUN.finditer(text, start, end):  # "NATO estimated that it spent": the state spoken of
            found.append(Entity(m.start(), m.end(), m.group(), None, "state_pronoun"))
        found.sort()
        # resolve groups, generic words and pronouns in reading order
        resolved: list[Entity] = []
        group_memo: dict = {}
        for e in found:
            if e.kind.startswith("group:"):
                e = e._replace(code=e.code or self._group_code(e, found, group_memo), kind="group")
            elif e.kind == "generic":
                e = e._replace(code=self._generic_code(e, found))
            elif e.kind == "pronoun":
                e = e._replace(code=self._pronoun_code(e, resolved))
            elif e.kind == "person_pronoun":
                e = e._replace(code=self._speaking_he_code(sentence, e, resolved) or self._person_code(e, resolved))
            elif e.kind == "state_pronoun":
                e = e._replace(code=self._reporting_it_code(sentence, e) or self._asking_it_code(sentence, e)
                               or self._speaker_it_code(sentence, e, resolved)
                               or self._giving_it_code(sentence, e, resolved) or self._subject_org_it_code(sentence, e, resolved)
                               or self._object_pronoun_code(e, resolved))
            resolved.append(e)
        self._entities[sentence.start] = resolved
        return resolved

    def entities_until(self, sentence, pos: int) -> list[Entity]:
        """The sentence's entities starting at or before `pos`: all that can end by it, in order.

        For the loops that look back from a figure or cue for the nearest entity: in a sentence with
        thousands of entities, walking back over all of them for each figure was quadratic."""
        ents = self.entities(sentence)
        if len(ents) < 16:
            return ents
        starts = self._entity_starts.get(sentence.start)
        if starts is None:
            starts = self._entity_starts[sentence.start] = [e.start for e in ents]  # sorted: entities() sorts
        return ents[:bisect.bisect_right(starts, pos)]

    def entities_from(self, sentence, pos: int) -> list[Entity]:
        """The sentence's entities starting at or after `pos`, in order (the forward twin of
        `entities_until`: a look ahead from each of thousands of figures must not walk the whole list)."""
        ents = self.entities(sentence)
        if len(ents) < 16:
            return [e for e in ents if e.start >= pos]
        starts = self._entity_starts.get(sentence.start)
        if starts is None:
            starts = self._entity_starts[sentence.start] = [e.start for e in ents]
        return ents[bisect.bisect_left(starts, pos):]

    def credited(self, sentence) -> Entity | None:
        """The organisation, institution or country a sentence credits ("according to NATO estimates")."""
        if sentence.start not in self._credited:
            found = None
            # no "according" in the sentence, no body credited: its entities are not built for nothing (the lead's
            # sentences are asked before any figure's roles are)
            may_credit = ACCORDING_WORD.search(self.text, sentence.start, sentence.end) is not None
            may_show = _data_show_word().search(self.text, sentence.start, sentence.end) is not None
            for e in (self.entities(sentence) if may_credit or may_show else ()):
                # (a group word standing for an organisation counts: "according to the alliance's estimates")
                if e.code and (e.kind in ("organisation", "institution", "country")
                               or e.kind == "group" and e.code in ORGANISATION_CODES) and \
                        (may_credit and ACCORDING_TO.search(self.text, max(sentence.start, e.start - ACCORDING_REACH), e.start)
                         or may_show and e.kind != "country" and _data_show().match(self.text, e.end)):
                    # (also "..., Eurostat figures show": the body whose data the sentence quotes after the figure)
                    found = e
                    break
            self._credited[sentence.start] = found
        return self._credited[sentence.start]

    def reporter(self, sentence) -> Entity | None:
        """The speaker of the sentence's first reporting verb that has one: "X said", "said X" (found once
        per sentence: it is the same for all its figures)."""
        if sentence.start in self._reporter:
            return self._reporter[sentence.start]
        found = None
        for h in self.report_hits(sentence):
            found = _subject_of_verb(self, sentence, h, sentence.start)
            if found is None and _inverts(h):  # "said the ministry", not "told the IADB"
                found = _named_right_after(self, sentence, h.end, skip_pronouns=False) or _titled_after(self, sentence, h)
            if found is not None:
                break
        self._reporter[sentence.start] = found
        return found

    def _group_code(self, e: Entity, found: list[Entity], memo: dict | None = None) -> str | None:
        if PAIR_BEFORE.search(self.text, max(0, e.start - 12), e.start) and is_state(self.home()):
            # "the two governments", "both governments": the pair of states the story is about, not an organisation's
            # members (each state of the pair is acceptable: the one the story is about)
            return self.home()
        row = _group_row(e.surface)
        allowed = [o for o in row["orgs"].split("|") if o]
        if allowed and all(is_state(c) for c in allowed):  # "the three Baltic states": one of them, the most named
            counts = self._state_counts()
            return max(allowed, key=lambda c: (counts[c], -allowed.index(c)))
        # the first organisation of the sentence among those allowed: the same for every group word with
        # the same row, so found once per sentence (`memo`) rather than per group word (quadratic)
        first = memo.get(row["orgs"], False) if memo is not None else False
        if first is False:
            first = next((x.code for x in found if x.kind in ("organisation", "group") and x.code in allowed), None)
            if memo is not None:
                memo[row["orgs"]] = first
        if first is not None:
            return first
        if row["default"] in allowed and row["default"] in self.orgs():
            # "some allies" in a story that names NATO, even if it names the EU more often: the word's own organisation
            # when the article names it at all
            return row["default"]
        for code in self.orgs():
            if code in allowed:
                return code
        if row["default"] == "HOME":  # "Asian allies" of a Japan story: Japan; of a story on Washington's demands: unknown
            home = self.home()
            asker = any(x.end <= e.start and x.kind in STATE_KINDS and (x.code or self._code_of_match_at(x)) == home for x in found)
            return None if asker else home
        return row["default"] or None

    def _code_of_match_at(self, x: Entity) -> str | None:
        """The code of a gazetteer entity not yet resolved (groups are resolved before the rest)."""
        match = next((m for m in self._matches(x.start, x.end) if m.start == x.start), None)
        return self._code(match, []) if match is not None else None

    def _generic_code(self, e: Entity, found: list[Entity]) -> str | None:
        """A government word's state: one named right before it ("the Japanese Finance Ministry"),
        else the dateline's, else one named in its sentence, else the state the article is about ("the
        ministry" of a Taiwan story stays Taiwan's after "Washington has pressed ..."), else the last one
        named before it."""
        for x in found:  # "the Japanese Finance Ministry", "Pentagon officials", "Bundesbank officials"
            if x.end <= e.start and x.code and x.kind in ("country", "demonym", "capital", "institution") \
                    and is_state(x.code) and count_words(self.text[x.end:e.start]) <= 1:
                return x.code
            if x.end <= e.start and x.kind == "organisation" and x.code in ORGANISATION_CODES \
                    and not self.text[x.end:e.start].strip():
                # "NATO officials said", "OECD officials", "IMF officials": the organisation's own staff speak for it,
                # as its chief does ("NATO Secretary General Mark Rutte"), not the state of the dateline or the story
                return x.code
        code = self._person_owner_code(e.start, found)
        if code is not None:
            return code
        if is_state(self.dateline()):  # a government word names a state, never the EU of a "BRUSSELS" dateline
            return self.dateline()
        for x in found:
            if x.code and x.kind in ("country", "demonym", "capital") and is_state(x.code):
                return x.code
        return publisher_state(self.source) or self.home() or self.previous_state(e.start)

    def _person_owner_code(self, start: int, found: list[Entity]) -> str | None:
        """The state of a government word owned by "his" or "her" ("Prime Minister Mette Frederiksen said ... Her government
        added"): the person named last before it, in its sentence or an earlier one; None when no pronoun owns it. A
        person the gazetteer does not know is named by the demonym of their title ("Latvian Prime Minister Evika Silina
        said her government"), which then counts as the person."""
        if not PERSON_OWNER_BEFORE.search(self.text, max(0, start - 8), start):
            return None
        named = [x.code for x in found if x.end <= start and x.kind in ("person", "demonym") and x.code]
        code = named[-1] if named else self.previous_person(start, fallback=False)
        return code if is_state(code) else None

    def _object_pronoun_code(self, e: Entity, before: list[Entity]) -> str | None:
        """The state "it" stands for: the last one named before, except the subject of the verb "it" is the
        object of ("Washington had demanded it spend 3.5%": it is not Washington, but the Japan before)."""
        code = self.previous_state(e.start)
        named = [x for x in before if x.code and x.kind in ("country", "capital", "demonym", "institution", "person", "generic")]
        if named and VERB_BEFORE_OBJECT.fullmatch(self.text, named[-1].end, e.start):
            others = [x.code for x in named[:-1] if x.code != named[-1].code and is_state(x.code)]
            return others[-1] if others else (self.home() if self.home() != named[-1].code else None)
        return code

    def _reporting_it_code(self, sentence, e: Entity) -> str | None:
        """The organisation "it" stands for as the subject of a reporting verb ("..., the OECD said. It said
        Australia had a deficit of 5-3/4 pct"): the speaker of the latest earlier sentence that has one, when
        that speaker is an organisation. A state stays with the usual reading of "it" (the last state named)."""
        if e.surface.lower() != "it":
            return None
        who = self._last_speaker_for_subject(sentence, e)
        return who.code if who is not None and not is_state(who.code) else None

    def _speaking_he_code(self, sentence, e: Entity, before: list[Entity]) -> str | None:
        """"he"/"she" as the subject of a reporting verb with no person named before it in the sentence: the person
        who spoke last ('Haughey said: "Delors assured me ..." ... he added': Haughey, not Delors quoted by him)."""
        if any(x.kind == "person" for x in before):
            return None
        who = self._last_speaker_for_subject(sentence, e)
        # (a chain of pronoun speakers: "..., John Shilling, director of the World Bank's Moroccan division, said. ... he
        # told a news conference. ... he added": the "he" before stands for the same person)
        return who.code if who is not None and who.kind in ("person", "person_pronoun") else None

    def _subject_org_it_code(self, sentence, e: Entity, before: list[Entity]) -> str | None:
        """The organisation "it" stands for in a sentence that opens with that organisation as its subject and names no
        state before "it" ("The European Commission proposed a budget of 2 trillion euros, the largest it has ever put
        forward"); None otherwise (the usual reading of "it": the last state named)."""
        if e.surface.lower() != "it" or THAT_BEFORE_IT.search(self.text, max(sentence.start, e.start - 6), e.start):
            return None
        n = _hits_ending_by(self, sentence, e.start)
        verb = self.report_hits(sentence)[n - 1] if n else None
        if verb is not None and THAT_GAP.fullmatch(self.text, verb.end, e.start):
            return None  # "NATO estimated that it spent 1.37%": the state spoken of
        named = [x for x in before if x.code and x.kind not in ("pronoun", "person_pronoun")]
        if not named or named[0].kind != "organisation" or named[0].code not in ORGANISATION_CODES \
                or any(is_state(x.code) and x.kind != "state_pronoun" for x in named) \
                or not SENTENCE_OPENING.fullmatch(self.text, sentence.start, named[0].start):
            return None
        return named[0].code

    def _asking_it_code(self, sentence, e: Entity) -> str | None:
        """The organisation a sentence-opening "It" stands for when it asks, urges or proposes ("The Commission says the
        Community faces a deficit ... It has appealed to member states to pay"): the latest earlier sentence's speaker,
        when that speaker is an organisation (a state stays with the usual reading of "it")."""
        if e.surface != "It" or self.text[sentence.start:e.start].strip(" \t\n\"'“‘") \
                or not ASKING_AFTER_IT.match(self.text, e.end):
            return None
        who = self.previous_speaker(e.start)
        return who.code if who is not None and who.code in ORGANISATION_CODES else None

    def _last_speaker_for_subject(self, sentence, e: Entity) -> Entity | None:
        """The speaker of the latest earlier sentence that has one, when the pronoun `e` is the subject of a reporting
        verb right after it (at most one word between: "It said", "he also said"); else None."""
        verb = self._verb_after(sentence, e.end)
        if verb is None or count_words(self.text[e.end:verb.start]) > 1:
            return None
        return self.previous_speaker(e.start)

    def _verb_after(self, sentence, pos: int) -> Hit | None:
        """The sentence's first reporting verb starting at or after `pos` (by bisection over the cached verb ends)."""
        hits = self.report_hits(sentence)
        n = _hits_ending_by(self, sentence, pos)
        return next((h for h in hits[n:n + 2] if h.start >= pos), None)

    def lead_reporter(self) -> Entity | None:
        """The coded body the article's lead reports or credits ("..., Eurostat said", "according to NATO's annual
        estimates"), from its first LEAD_SENTENCES sentences (found once per article)."""
        if self._lead is False:
            self._lead = None
            for s in self.sentences[:LEAD_SENTENCES]:
                who = self.credited(s) or self.reporter(s) or self._publisher(s)
                if who is not None and who.code:
                    self._lead = who
                    break
        return self._lead

    def _publisher(self, sentence) -> Entity | None:
        """The organisation a lead sentence opens with when the sentence names a report of its own ("NATO published its
        annual estimates", "The IMF released its World Economic Outlook"): it speaks through that report."""
        if _report_nouns().search(self.text, sentence.start, sentence.end) is None:
            return None  # no report noun anywhere in it, none after its first name: no entities built for nothing
        ents = self.entities(sentence)
        first = ents[0] if ents else None
        if first is None or first.code not in ORGANISATION_CODES or first.kind not in ("organisation", "group") \
                or not SENTENCE_OPENING.fullmatch(self.text, sentence.start, first.start):
            return None
        return first if _report_nouns().search(self.text, first.end, sentence.end) else None

    def previous_speaker(self, pos: int) -> Entity | None:
        """The coded speaker of the latest sentence before `pos` that has one (within REPORTER_REACH characters);
        kept per `pos`: a figure's roles may ask it twice (the lead relay, then the no-reporter test)."""
        if pos in self._previous_speakers:
            return self._previous_speakers[pos]
        found = None
        for s in self._sentences_before(pos, by_end=True):
            if s.end > pos:
                continue
            if pos - s.end > REPORTER_REACH:
                break
            who = self.reporter(s)
            if who is not None and who.code:
                found = who
                break
        self._previous_speakers[pos] = found
        return found

    def _speaker_it_code(self, sentence, e: Entity, before: list[Entity]) -> str | None:
        """The state "it" stands for right after a reporting verb whose speaker is that state ("Estonia, which borders
        Russia, said it will spend 5.4%": Estonia, not the Russia named last)."""
        who = self._it_speaker(sentence, e, before)
        # only a state speaks of itself so: "NATO estimated that it spent 1.37%" is the state spoken of
        return who.code if who is not None and is_state(who.code) else None

    def _giving_it_code(self, sentence, e: Entity, before: list[Entity]) -> str | None:
        """The organisation "it" stands for right after that organisation's reporting verb when "it" lends, grants,
        approves or gives (giver_acts.csv): "The World Bank said it would lend Kenya 300 mln dlrs", "The bank said it had
        agreed a 2.4 billion dlr programme" (the lender gives; the state it gives to is the object, not "it")."""
        if not _giver_act_after(self.text, e.end, sentence.end) and not self._said_right_before(sentence, e):
            # (what is asked first: most "it"s do no giving and follow no verb of saying, and the subject look-up costs
            # more; "The European Union has said it will deliver 3m euros of aid": after a plain verb of saying, "it" is
            # the organisation that speaks whatever it does, unlike "NATO estimated that it spent 1.37%")
            return None
        who = self._it_speaker(sentence, e, before)
        return who.code if who is not None and who.code in ORGANISATION_CODES else None

    def _said_right_before(self, sentence, e: Entity) -> bool:
        """Whether "it" follows a plain verb of saying (report_verbs.csv `says`: "said (that) it", "has announced it")."""
        n = _hits_ending_by(self, sentence, e.start)
        verb = self.report_hits(sentence)[n - 1] if n else None
        return verb is not None and verb.entry.get("says") == "yes" and THAT_GAP.fullmatch(self.text, verb.end, e.start) is not None

    def _it_speaker(self, sentence, e: Entity, before: list[Entity]) -> Entity | None:
        """The speaker of the reporting verb right before "it" ("X said (that) it ..."), a name or a pronoun already read
        as an organisation ("It said it would lend"); None for another "it" or no such verb."""
        if e.surface.lower() != "it":
            return None
        n = _hits_ending_by(self, sentence, e.start)  # by bisection: a sentence may hold thousands of verbs
        verb = self.report_hits(sentence)[n - 1] if n else None
        if verb is None or not THAT_GAP.fullmatch(self.text, verb.end, e.start):
            return None
        end = verb.start
        rel = RELATIVE_BEFORE_SCAN.search(self.text, max(sentence.start, end - 130), end)
        if rel is not None:
            end = rel.start()
        who = _nearest_before(before, end, sentence.start, self.text, max_words=SUBJECT_WORDS)
        if who is None or not who.code or who.kind == "person_pronoun" or count_words(self.text[who.end:end]) > SUBJECT_WORDS:
            return None
        # (a pronoun speaks for a state only once it is resolved to an organisation: "It said it would lend")
        return who if who.kind != "state_pronoun" or who.code in ORGANISATION_CODES else None

    def _person_code(self, e: Entity, before: list[Entity]) -> str | None:
        for x in reversed(before):
            if x.code and x.kind == "person":
                return x.code
        return self.previous_person(e.start)

    def previous_person(self, pos: int, fallback: bool = True) -> str | None:
        """The state of the person named last before `pos` (within ~2000 characters), else home (None when not
        `fallback`)."""
        for s in self._sentences_before(pos, by_end=False):
            if s.start >= pos:
                continue
            if pos - s.end > 2000:
                break
            for match in reversed(self._matches(s.start, s.end)):
                if match.end <= pos and match.kind == "person":
                    code = self._code(match, [])
                    if code:
                        return code
        return self.home() if fallback else None

    def _pronoun_code(self, e: Entity, before: list[Entity]) -> str | None:
        """"its", "their": the nearest name before; "the country's", "the nation's": the nearest state before."""
        if e.surface.lower().startswith(("his", "her")):  # "his country": the state of the person named last
            code = self._person_code(e, before)
            if is_state(code):
                return code
        state_only = not e.surface.lower().startswith(("its", "their"))
        named = [x for x in before if x.code and x.kind != "pronoun" and (is_state(x.code) or not state_only)]
        if named:
            x = named[-1]
            y = named[-2] if len(named) > 1 else None
            if e.surface.lower().startswith("their") and y is not None and y.kind in ("group", "organisation") \
                    and COORDINATED.fullmatch(self.text, y.end, x.start):
                return y.code  # "European allies and Canada ... their combined outlays": the alliance the pair stands for
            return x.code
        return self.previous_state(e.start)


@functools.lru_cache(maxsize=1)
def _publisher_states() -> tuple[tuple[str, str], ...]:
    return tuple((r["publisher"].lower(), r["state"]) for r in read_rows("publisher_states.csv"))


@functools.lru_cache(maxsize=64)
def publisher_state(source: str) -> str | None:
    """The home state of a national publisher (publisher_states.csv) whose stories may never name it ("the government"
    of a Yle story is Finland's), from the article's `source`."""
    low = source.lower()
    return next((state for name, state in _publisher_states() if low.startswith(name)), None)


def _with_org(e: Entity, org) -> Entity:
    """A group phrase holding an organisation's name ("NATO members") takes that organisation's code."""
    if e.kind.startswith("group:") and e.code is None and e.start <= org.start and org.end <= e.end:
        return e._replace(code=org.code)
    return e


def _nearest_before(entities: list[Entity], pos: int, lo: int, text: str, skip_objects: bool = True,
                    max_words: int | None = None) -> Entity | None:
    for e in reversed(entities):
        if max_words is not None and e.end <= pos and count_words(text[e.end:pos]) > max_words:
            return None  # any entity further back is further still (the walk must not cross a long sentence)
        if e.end <= pos and e.start >= lo and e.code:
            if e.kind == "pronoun":
                continue
            if skip_objects and PREP_BEFORE.search(text, max(lo, e.start - 40), e.start):
                continue
            return e
    return None


# stances a body takes for itself or presses on others: a body credited in an earlier clause for a level ("According to
# Eurostat, Belgium's deficit was 4.5%, while the government targets 4.0%") takes none of them
STANCES_OF_OWN = frozenset({"commitment", "demand", "proposal", "rejection"})
# "according to (the) NATO", also through the report it published: "according to annual estimates the alliance published",
# "according to figures released by the IMF", "according to the latest data from Eurostat"
ACCORDING_TO = regex.compile(r"\baccording\s+to\s+(?:the\s+)?"
                             r"(?:(?:[\w-]+\s+){0,2}?(?:estimates|figures|data|forecasts?|projections?|calculations)\s+"
                             r"(?:(?:published|released|issued|compiled)\s+by\s+|by\s+|from\s+|of\s+|that\s+)?(?:the\s+)?)?$",
                             regex.IGNORECASE)
ACCORDING_REACH = 60  # characters before a body's name in which "according to ..." credits it
ACCORDING_WORD = regex.compile(r"according", regex.IGNORECASE)  # what every ACCORDING_TO match holds


def _data_show_words(kind: str) -> str:
    return phrases_alternation([r["word"] for r in read_rows("data_show_words.csv") if r["kind"] == kind])


@functools.cache
def _data_show():
    """A body's data quoted after the figure (data_show_words.csv): "..., Eurostat figures show", "..., central bank data
    showed"; matched right after the body's name."""
    return ascii_twin(regex.compile(r"(?:['’]s?)?\s+(?:(?:" + _data_show_words("qualifier") + r")\s+)?"
                                    r"(?:" + _data_show_words("noun") + r")\s+(?:" + _data_show_words("verb") + r")\b",
                                    regex.IGNORECASE))


@functools.cache
def _data_show_word():
    """The verbs of data_show_words.csv alone: what every _data_show match holds (a sentence with none skips the search)."""
    return ascii_twin(regex.compile(r"\b(?:" + _data_show_words("verb") + r")\b", regex.IGNORECASE))


def actor_of(ctx: ArticleContext, sentence, clause: tuple[int, int], fig: tuple[int, int], stance_cue: Hit | None,
             how: str) -> Entity | None:
    """The entity that states, demands, pledges ... the figure."""
    text = ctx.text
    # "..., according to NATO estimates": the body credited with the figure reports it
    credited = ctx.credited(sentence)  # the same for every figure of the sentence: found once
    if credited is not None and not (stance_cue is not None and how == "governing" and credited.end <= clause[0]
                                     and stance_cue.entry["claim_type"] in STANCES_OF_OWN) \
            and not _in_closed_aside(text, sentence, credited, fig):
        return credited
    owner = noun_cue_owner(ctx, sentence, stance_cue)
    if owner is not None:
        # "the World Bank's recommendation of 2.5 billion guilders", "a Philippine request to raise the aid level to 80
        # billion yen", "official U.S. estimates of 175 billion": the body the stance noun belongs to takes the stance
        return owner
    if stance_cue is not None and how in ("governing", "following"):
        near = ctx.entities_until(sentence, stance_cue.start)
        e = _nearest_before(near, stance_cue.start, clause[0] if how == "governing" else fig[1], text)
        if how == "governing":
            # "well ahead of Paris, which aims for 3%": the antecedent of "which" is the subject, object or not
            rel = WHICH_BEFORE_SCAN.search(text, max(sentence.start, stance_cue.start - 60), stance_cue.start)
            x = _nearest_before(near, rel.start(), sentence.start, text, skip_objects=False) if rel is not None else None
            if x is not None and (not text[x.end:rel.start()].strip() or OWNED_ANTECEDENT.fullmatch(text, x.end, rel.start())) \
                    and (e is None or e.end <= rel.start()):
                # (also the owner of the noun "which" stands for: "the Commission's ReArm Europe plan, which aims to")
                e = x
        if e is None and how == "governing":
            e = _nearest_before(near, stance_cue.start, sentence.start, text)
        if e is not None:
            e = _outside_aside(ctx, sentence, near, e, stance_cue.start, sentence.start)
            # "the three Baltic states, which border Russia or Belarus, said they plan to pass 5%": a reporting verb
            # between the name and the cue makes its speaker the cue's subject
            verb = next((h for h in ctx.report_hits(sentence) if e.end <= h.start and h.end <= stance_cue.start), None)
            who = _subject_of_verb(ctx, sentence, verb, sentence.start) if verb is not None else None
            return who if who is not None and RELATIVE_BEFORE_SCAN.search(text, max(sentence.start, verb.start - 130), verb.start) else e
    if stance_cue is not None and how == "attributive":
        agent = relative_agent(ctx, sentence, fig, stance_cue)  # "the 3.32% Lai has proposed"
        if agent is not None:
            return agent
    # the speaker of the reporting verb nearest before the figure ("the minister said ..., although the IMF puts
    # Japan's debt at 230%"), else of the sentence's first one: "X said", "said X"
    who = reporter(ctx, sentence, fig) or ctx.reporter(sentence)
    if who is not None and who.start >= fig[1] and NEW_SUBJECT_CLAUSE.search(text, fig[1], who.end):
        return None
    return who


# a clause with a subject of its own after a figure: its speaker speaks of that clause ("..., and Estonia's government said",
# "..., and the European Commission has told")
NEW_SUBJECT_CLAUSE = regex.compile(r";|,\s+(?:and|but|while|whereas)\s+(?:the\s+)?(?-i:[A-Z])")


RELATIVE_OPEN = regex.compile(r"[\s,]*(?:(?:that|which)\s+)?(?:the\s+)?$", regex.IGNORECASE)
RELATIVE_AUX = regex.compile(r"\s+(?:(?:has|have|had|was|were|is|are|also|previously|earlier|first|already)\s+){0,2}$", regex.IGNORECASE)


def relative_agent(ctx: ArticleContext, sentence, fig: tuple[int, int], cue: Hit | None) -> Entity | None:
    """The subject of a relative clause right after the figure whose verb is the stance cue: "the 3.32% Lai has
    proposed", "a level of 3 per cent that American officials had floated" (Lai, the Americans: not the sentence's
    main speaker)."""
    if cue is None or cue.start < fig[1]:
        return None
    text = ctx.text
    e = _nearest_before(ctx.entities_until(sentence, cue.start), cue.start, fig[1], text, skip_objects=False, max_words=3)
    if e is None:
        return None
    first = e  # "American officials": the name starts at "American"
    for x in reversed([x for x in ctx.entities_from(sentence, fig[1]) if x.end <= first.start]):
        if text[x.end:first.start].strip():
            break
        first = x
    if RELATIVE_OPEN.fullmatch(text, fig[1], first.start) and RELATIVE_AUX.fullmatch(text, e.end, cue.start):
        return e
    return None


WHICH_BEFORE = regex.compile(r",\s*(?:which|who)\s+(?:(?:also|now|still|already|itself|has|have|had|is|are|was|were|will|would)\s+){0,2}$",
                             regex.IGNORECASE)
OWNED_ANTECEDENT = regex.compile(r"['’]s?\s+(?:[\w-]+\s+){0,3}?(?:plan|proposal|programme|program|budget|package|scheme|fund|initiative)s?")
WHICH_BEFORE_SCAN = Guarded(WHICH_BEFORE, ("which", "who"))  # (searched only where its pronouns stand)
ASIDE = regex.compile(r",\s*(?:unlike|like|much\s+like|as\s+with|along\s+with|together\s+with|alongside|as\s+opposed\s+to|"
                      r"rather\s+than|which|who|whose"
                      # an apposition ranking the subject: ", the second highest in the euro zone after Greece's,"
                      r"|the\s+(?:(?:second|third|fourth|fifth)[\s-]+)?(?:highest|largest|biggest|lowest|smallest|most|least|only)"
                      r")\b[^,;()]{1,120},", regex.IGNORECASE)


def _in_closed_aside(text: str, sentence, e: Entity, fig: tuple[int, int]) -> bool:
    """Whether `e` stands in an aside between commas that closes before the figure ("Spain, which spent 2.1% according to
    NATO estimates, again said it would not commit to the 3.5% level": NATO credits the 2.1%, not the 3.5%)."""
    return any(m.start() < e.start and e.end <= m.end() <= fig[0]
               for m in ASIDE.finditer(text, max(sentence.start, e.start - 130), fig[0]))


# a participle with its agent right after a figure's phrase: "27 mln dlrs in humanitarian aid appropriated by Congress",
# "the 5 billion euros approved by parliament"
PARTICIPLE_AGENT = regex.compile(r"(?:\s+(?:in|of|for)\s+(?:[\w-]+\s+){1,3}?|\s+)?,?\s*(?:(?:already|previously|originally|earlier|first|"
                                 r"last\s+year|\w+ly)\s+)?(?:appropriated|approved|allocated|pledged|proposed|promised|granted|"
                                 r"provided|earmarked|budgeted|requested|voted|authori[sz]ed|offered)\s+by\s+(?:the\s+)?", regex.IGNORECASE)


def participle_agent(ctx: ArticleContext, sentence, fig: tuple[int, int]) -> Entity | None:
    """The agent of a participle right after the figure's phrase ("27 mln dlr in humanitarian aid appropriated by
    Congress"): the body that acted on the figure."""
    m = PARTICIPLE_AGENT.match(ctx.text, fig[1], sentence.end)
    if m is None:
        return None
    e = next(iter(ctx.entities_from(sentence, m.end())), None)
    return e if e is not None and e.start == m.end() and e.code and e.kind in ("country", "capital", "demonym", "institution",
                                                                               "organisation", "person", "generic") else None


def _outside_aside(ctx: ArticleContext, sentence, near: list[Entity], e: Entity, end: int, lo: int) -> Entity | None:
    """`e`, or when it stands inside an aside between commas (", unlike Germany,", ", which borders Russia,") the
    nearest entity before the aside: "Japan, unlike Germany, has no plan to lift spending" is Japan's."""
    for m in ASIDE.finditer(ctx.text, max(lo, e.start - 130), end):
        if m.start() < e.start and e.end <= m.end():
            return _nearest_before(near, m.start(), lo, ctx.text) or e
    return e


def _inverts(hit: Hit) -> bool:
    """Whether a reporting verb's speaker may follow it ("said the ministry"; not "told the IADB")."""
    return (hit.entry.get("inverts") or "yes") != "no"


OF_OWNER = regex.compile(r"\s*of\s+(?:the\s+)?$", regex.IGNORECASE)
OWNED_BASIS = regex.compile(r"(?:['’]s?)?\s+(?:(?:combined|annual|national|total|own)\s+)*(?:GDP|GNP|GNI|gross\s+(?:domestic|national)\s+"
                            r"(?:product|income)|(?:national\s+)?income|economic\s+output|economy)\b", regex.IGNORECASE)


def basis_owner(ctx: ArticleContext, sentence, fig_end: int) -> Entity | None:
    """The state or group whose output a share is of: "5% of NATO countries' income", "2% of Japan's GDP"."""
    for e in ctx.entities_from(sentence, fig_end):  # only the first entity after the figure can own its basis
        if e.code and e.kind not in ("pronoun", "state_pronoun", "person_pronoun") \
                and OF_OWNER.fullmatch(ctx.text, fig_end, e.start) and OWNED_BASIS.match(ctx.text, e.end):
            return e
        return None
    return None


def basis_pronoun_owner(ctx: ArticleContext, sentence, fig: tuple[int, int]) -> Entity | None:
    """The state or group a possessive pronoun inside the figure's own basis stands for ("either Japan can spend 3 pct of
    its GNP": Japan), whoever else the sentence names between the asker and the figure."""
    for e in ctx.entities_from(sentence, fig[0]):
        if e.start >= fig[1]:
            return None
        if e.kind == "pronoun" and e.code and e.surface.lower() in ("its", "their"):
            return e
    return None


def _names_between(ctx: ArticleContext, sentence, start: int, end: int) -> bool:
    """Whether a coded name (no pronoun) lies wholly between `start` and `end`."""
    for e in ctx.entities_from(sentence, start):
        if e.start >= end:
            return False
        if e.code and e.kind not in ("pronoun", "state_pronoun", "person_pronoun") and e.end <= end:
            return True
    return False


def possessor(ctx: ArticleContext, sentence, metric_cue: Hit | None, fig_end: int | None = None,
              clause: tuple[int, int] | None = None, fig_start: int | None = None) -> Entity | None:
    """The state whose metric it is when the text says so: "Japan's deficit", "its budget", also with the figure
    between owner and noun ("Brazil's 109 billion dlr foreign debt", given `fig_start`). A cue after the
    figure whose possessor follows another state named after the figure belongs to that state's clause
    ("raised its contribution to 190 mln dlrs ... and the Netherlands raised its figure to ...")."""
    if metric_cue is None:
        return None
    if clause is not None and metric_cue.end <= clause[0]:
        return None  # "Beijing raised its defence budget 7.2%, while Taipei plans 3.32%": another clause's owner
    text = ctx.text
    if fig_end is not None and metric_cue.start >= fig_end and _names_between(ctx, sentence, fig_end, metric_cue.start):
        return None
    for e in reversed(ctx.entities_until(sentence, metric_cue.start)):
        if e.end <= metric_cue.start and e.code:
            if fig_start is not None and fig_end is not None and e.end <= fig_start and fig_end <= metric_cue.start:
                return e if _owns_across_figure(ctx, sentence, e, fig_start, fig_end, metric_cue.start) else None
            if POSSESSOR_GAP.fullmatch(text, e.end, metric_cue.start) and e.kind != "group" \
                    and not _verb_after_name(ctx, sentence, e.end, metric_cue.start):
                return e
            return None
    return None


POSSESSIVE_MARK = regex.compile(r"['’]")


def _owns_across_figure(ctx: ArticleContext, sentence, e: Entity, fig_start: int, fig_end: int, cue_start: int) -> bool:
    """Whether a possessive name owns a metric noun with the figure between them ("Brazil's 109 billion dlr foreign
    debt", "Japan's record 5.4 trillion yen defence budget"): a possessive mark and only adjectives on either side of
    the figure, no verb (the gap words of an owner). "its" only when it stands for the state that is the clause's subject
    (`_pronoun_names_subject`): the nearest name before it is often an object ("let the IMF play a role in rescheduling
    its 109 billion dlr debt")."""
    owner = (POSSESSIVE_MARK.match(ctx.text, e.end) is not None and e.kind != "group") if e.kind != "pronoun" \
        else _pronoun_names_subject(ctx, sentence, e)
    return owner and POSSESSOR_GAP.fullmatch(ctx.text, e.end, fig_start) is not None \
        and POSSESSOR_GAP.fullmatch(ctx.text, fig_end, cue_start) is not None


def _pronoun_names_subject(ctx: ArticleContext, sentence, e: Entity) -> bool:
    """Whether "its" before a figure ("its 108 billion dlr foreign debt") stands for a state that is no object: the nearest
    coded name before it is that same state, neither a preposition's object nor inside an aside ("Brazil's suspension
    of payments on 68 billion dlrs of its 108 billion dlr debt"), not an organisation or a state named as an object ("to
    cut its surplus with the United States", "the Philippines, which wanted a deal similar to Mexico's, restructured ...
    of its 28.2 billion dlr debt", "let the IMF play a role in rescheduling its debt")."""
    if not is_state(e.code):
        return False
    before = [x for x in ctx.entities_until(sentence, e.start) if x.end <= e.start]
    x = _nearest_before(before, e.start, sentence.start, ctx.text, skip_objects=False)
    if x is None or x.code != e.code or PREP_BEFORE.search(ctx.text, max(sentence.start, x.start - 40), x.start):
        return False  # ("its" read as the state named last, an object: "its shortfall" after "with the United States")
    return _outside_aside(ctx, sentence, before, x, e.start, sentence.start) is x


def _verb_after_name(ctx: ArticleContext, sentence, name_end: int, cue_start: int) -> bool:
    """Whether a verb stands between a bare name and its metric ("The OECD forecast a budget deficit", "the IMF
    estimated a deficit"): the name is the verb's subject, not the metric's owner. With a possessive mark the
    words between qualify the metric ("Japan's planned defence budget")."""
    if POSSESSIVE_MARK.match(ctx.text, name_end):
        return False
    if any(name_end <= h.start and h.end <= cue_start for h in ctx.report_hits(sentence)):
        return True
    return any(h.entry.get("pos") in ("V", "A") for h in cues("stance_cues.csv").finditer(ctx.text, name_end, cue_start))


def other_reading(ctx: ArticleContext, e: Entity, not_code: str) -> Entity | None:
    """An ambiguous name read another way than `not_code`: the one asked cannot be the asker ("The European
    Commission has asked Brussels to cut the deficit": Brussels is Belgium, not the EU). The article's home state
    when it is a reading, else the first other candidate; None for a name with one reading."""
    match = next((m for m in ctx._matches(e.start, e.end) if m.start == e.start), None)
    others = [c for c in (getattr(match, "candidates", None) or ()) if c != not_code]
    if not others:
        return None
    code = ctx.home() if ctx.home() in others else others[0]
    return e._replace(code=code)


def object_of(ctx: ArticleContext, sentence, clause: tuple[int, int], fig: tuple[int, int], stance_cue: Hit | None) -> Entity | None:
    """The demanded party: the first entity between the cue and the figure, or after the figure."""
    text = ctx.text
    # coded entities, and regional allies no code fits ("allies in Asia" of a story on Washington's demands):
    # demanded of someone unknown rather than of the demander itself
    ents = [e for e in ctx.entities(sentence) if e.code or (e.kind == "group" and _group_row(e.surface)["default"] == "HOME")]
    if stance_cue is not None and stance_cue.end <= fig[0]:
        between = [e for e in ents if e.start >= stance_cue.end and e.end <= fig[0] and e.kind != "pronoun"]
        # "pressed allies including Japan to spend": the state the group is narrowed to
        named = [e for e in between[1:] if INCLUDING.search(text, max(0, e.start - 30), e.start) or AMONG_THEM.match(text, e.end)]
        if named:
            return named[0]
        if between:
            return between[0]
    after = [e for e in ents if e.start >= fig[1] and e.end <= clause[1]
             and (e.kind != "pronoun" or e.surface.lower().startswith(("his", "her")))  # "enough for his country"
             and count_words(text[fig[1]:e.start]) <= OBJECT_WINDOW]
    for e in after:
        if INCLUDING.search(text, max(0, e.start - 30), e.start):
            return e
    for e in after:
        if (PREP_BEFORE.search(text, max(0, e.start - 40), e.start) or e.kind == "group") \
                and not PASSIVE_BY.search(text, max(0, e.start - 10), e.start):
            return e
    return None


ORGANISATION_CODES = frozenset({"NATO", "EU", "EUROZONE", "OECD", "IMF", "UN", "WORLD_BANK", "G7", "G8", "G20", "OPEC", "EC"})


def is_state(code: str | None) -> bool:
    return bool(code) and len(code) == 3 and code.isalpha() and code.isupper() and code not in ORGANISATION_CODES


# "the widest budget deficit in the European Union", "one of the highest shares in the alliance", "the second-largest
# economy of the euro zone": an organisation or bloc named as the set a superlative ranks within is no rule-setter
@functools.cache
def _superlative_scope():
    """A superlative (superlatives.csv, or "most" and a word) and up to three words before "in/among/of/within (the)"."""
    words = [r["word"] for r in read_rows("superlatives.csv")]
    return ascii_twin(regex.compile(r"\b(?:[\w]+-)?(?:" + phrases_alternation(words) + r"|most\s+[\w-]+)\s+"
                                    r"(?:[\w-]+\s+){0,3}(?:in|among|of|within)\s+(?:the\s+)?$", regex.IGNORECASE))


SUPERLATIVE_REACH = 80  # characters before an organisation's name in which a superlative takes it as its scope


def superlative_scope(text: str, e: Entity, lo: int) -> bool:
    """Whether the entity is the set a superlative right before it ranks within ("the widest deficit in the EU")."""
    return _superlative_scope().search(text, max(lo, e.start - SUPERLATIVE_REACH), e.start) is not None


def nearest_org(ctx: ArticleContext, sentence, fig: tuple[int, int]) -> Entity | None:
    """The organisation (or group of its members) named nearest the figure in its sentence (not one a superlative ranks
    within: "raised its VAT rate to 21%, ... the widest budget deficit in the European Union")."""
    orgs = [e for e in ctx.entities(sentence) if e.code and (e.kind in ("organisation", "group") or e.code in ORGANISATION_CODES)
            and not superlative_scope(ctx.text, e, sentence.start)]
    if not orgs:
        return None
    return min(orgs, key=lambda e: fig[0] - e.end if e.end <= fig[0] else e.start - fig[1])


REACH_VERB = regex.compile(r"\b(?:meet|meets|met|meeting|reach|reaches|reached|reaching|hit|hits|hitting|achieve|achieves|achieved|"
                           r"fulfil|fulfill|fulfils|fulfills|fulfilled|exceed|exceeds|exceeded|surpass\w*|match|matches|matched|"
                           r"sign\w*\s+up\s+to|commit\w*\s+to|comply\s+with|complies\s+with)\s+(?:the\s+|its\s+)?$", regex.IGNORECASE)


# "the government's target of", "Berlin's 2% goal": a possessive and at most two lower-case words before the noun or figure
POSSESSIVE_OWNER = regex.compile(r"['’]s?\s+(?:[a-z][\w-]*\s+){0,2}")
OWNED_GAP = regex.compile(r"\s+(?:[a-z][\w-]*\s+){0,2}")  # after a possessive the gazetteer took in ("the government's")


OWNER_AFTER_GAP = regex.compile(r"\s+(?:in|of|across)\s+(?:the\s+)?")


def owner_after(ctx: ArticleContext, sentence, metric_cue: Hit | None, fig_start: int) -> Entity | None:
    """The state, organisation or group a metric noun before the figure is said to be of: "Government debt in the
    currency bloc rose to 87.4%", "the deficit of the euro zone fell to 3.1%"."""
    if metric_cue is None or metric_cue.end > fig_start:
        return None
    if any(e.code and e.end <= metric_cue.start for e in ctx.entities_until(sentence, metric_cue.start)):
        return None  # "Spain was the lowest spender in the alliance": a subject named first owns it, the rest is a set
    for e in ctx.entities_from(sentence, metric_cue.end):
        if e.start >= fig_start:
            return None
        return e if e.code and OWNER_AFTER_GAP.fullmatch(ctx.text, metric_cue.end, e.start) else None
    return None


def fronted_topic(ctx: ArticleContext, sentence) -> Entity | None:
    """The state, organisation or group a sentence opens with as its topic: "Across the whole EU, the deficit narrowed
    to 3.2%", "For Kenya, the IMF projects ...", "Across the 32 allies, spending averages 2.76%"."""
    ents = ctx.entities(sentence)
    first = ents[0] if ents else None
    if first is None or not first.code or not ctx._topic(sentence, first.start, first.end):
        return None
    return first


NOUN_OWNER_GAP = regex.compile(r"(?:['’]s?)?\s+(?:(?-i:[a-z][\w-]*)\s+)?")  # "Japan's own request", "U.S. official estimates"
# what an owner asks, proposes or estimates; a goal, target or limit owned by an organisation is a standing rule others
# reach or refuse ("Spain will not raise spending to the new NATO goal of 5%": Spain rejects it)
NOUN_OWNER_STANCES = frozenset({"demand", "proposal", "forecast", "estimate", "actual"})
NOUN_OWNER_KINDS = frozenset({"country", "demonym", "capital", "organisation", "institution"})


def noun_cue_owner(ctx: ArticleContext, sentence, cue: Hit | None) -> Entity | None:
    """The owner written right before a noun of asking, proposing or estimating: a possessive ("the World Bank's recommendation", "Japan's plan")
    or a state or organisation name used as its modifier ("a Philippine request", "official U.S. estimates", "the
    Commission proposal"). None when the noun has no such owner or the cue is a verb."""
    if cue is None or cue.entry["pos"] != "N" or cue.entry["claim_type"] not in NOUN_OWNER_STANCES:
        return None
    text = ctx.text
    for e in reversed(ctx.entities_until(sentence, cue.start)):
        if e.end > cue.start:
            continue
        if not e.code or e.kind not in NOUN_OWNER_KINDS or NOUN_OWNER_GAP.fullmatch(text, e.end, cue.start) is None:
            break
        possessive = POSSESSIVE_MARK.search(text, e.end, min(e.end + 1, cue.start)) or POSSESSIVE_MARK.search(e.surface[-2:])
        if possessive or not text[e.end:cue.start].strip():
            return e
        break
    return owner_after_noun(ctx, sentence, cue) or light_verb_subject(ctx, sentence, cue)


@functools.cache
def _light_verb():
    """A verb that only carries a stance noun (light_verbs.csv): "Trump made the same 10% demand", "France tabled a proposal
    of 1.1%"; a determiner and up to four words between it and the noun."""
    verbs = [r["verb"] for r in read_rows("light_verbs.csv")]
    return ascii_twin(regex.compile(r"\b(?:" + phrases_alternation(verbs) + r")\s+(?:a|an|the|its|his|her|their)\s+"
                                    r"(?:[\w.,%-]+\s+){0,4}?$", regex.IGNORECASE))


def light_verb_subject(ctx: ArticleContext, sentence, cue: Hit) -> Entity | None:
    """The subject of a verb that only carries the stance noun ("President Donald Trump made the same 10% demand"): the
    coded name at most four words before the verb."""
    m = _light_verb().search(ctx.text, max(sentence.start, cue.start - 80), cue.start)
    if m is None:
        return None
    e = _nearest_before(ctx.entities_until(sentence, m.start()), m.start(), sentence.start, ctx.text, max_words=SUBJECT_WORDS)
    return e if e is not None and e.kind not in ("pronoun", "state_pronoun") else None


OWNER_AFTER_NOUN = regex.compile(r"\s+(?:from|by)\s+(?:the\s+)?", regex.IGNORECASE)


def owner_after_noun(ctx: ArticleContext, sentence, cue: Hit) -> Entity | None:
    """The owner named right after a noun of asking or estimating: "estimates from the World Bank", "a request by
    Japan" (not "estimates of Japan's deficit": "of" names what is estimated)."""
    m = OWNER_AFTER_NOUN.match(ctx.text, cue.end)
    if m is None:
        return None
    e = next(iter(ctx.entities_from(sentence, m.end())), None)
    return e if e is not None and e.start == m.end() and e.code and e.kind in NOUN_OWNER_KINDS else None


RELATIVE_OPENER = regex.compile(r",\s*(?:which|whose)\b", regex.IGNORECASE)
ANTECEDENT_KINDS = frozenset({"country", "capital", "demonym"})


def relative_antecedent(ctx: ArticleContext, sentence, fig: tuple[int, int]) -> Entity | None:
    """The state a relative clause holding the figure is about: "Spain, which the figures put at 1.28% of GDP", "Hungary,
    whose deficit the Commission put at 4.9%" (the name right before ", which"/", whose", the clause not closed before
    the figure)."""
    text = ctx.text
    m = None
    for m in RELATIVE_OPENER.finditer(text, sentence.start, fig[0]):
        pass
    if m is None or any(c in text[m.end():fig[0]] for c in ",;()"):
        return None
    before = [e for e in ctx.entities_until(sentence, m.start()) if e.end <= m.start()]
    e = before[-1] if before else None
    if e is None or not e.code or e.kind not in ANTECEDENT_KINDS or text[e.end:m.start()].strip():
        return None
    return e


def cue_possessor(ctx: ArticleContext, sentence, cue: Hit, fig_start: int) -> Entity | None:
    """Whose target, goal or limit a stance noun is when a possessive says so: "above the government's target of 3.9%"."""
    first = min(cue.start, fig_start)
    for e in reversed(ctx.entities_until(sentence, first)):
        if e.end <= first and e.code:
            owned = POSSESSIVE_OWNER.fullmatch(ctx.text, e.end, first) or (
                POSSESSIVE_MARK.search(e.surface[-2:]) and OWNED_GAP.fullmatch(ctx.text, e.end, first))
            return e if owned else None
    return None


def target_owner(ctx: ArticleContext, sentence, clause: tuple[int, int], cue: Hit) -> Entity | None:
    """The organisation named last before a target noun in its clause ("NATO's 2% guideline", "the alliance's goal")."""
    ents = [e for e in ctx.entities(sentence) if e.code and clause[0] <= e.start and e.end <= cue.start]
    return next((e for e in reversed(ents) if e.code in ORGANISATION_CODES), None)


def meets_target(ctx: ArticleContext, sentence, clause: tuple[int, int], cue: Hit) -> Entity | None:
    """The state that meets, reaches or signs up to an organisation's target named by `cue` ("Canada will meet
    NATO's long-standing goal of 2%", "to reach NATO's 2% target"): the target is that state's own figure."""
    ents = [e for e in ctx.entities(sentence) if e.code and clause[0] <= e.start and e.end <= cue.start]
    owner = target_owner(ctx, sentence, clause, cue)
    if owner is None or not REACH_VERB.search(ctx.text, max(clause[0], owner.start - 40), owner.start):
        return None
    verb_start = REACH_VERB.search(ctx.text, max(clause[0], owner.start - 40), owner.start).start()
    subject = _nearest_before(ents, verb_start, clause[0], ctx.text)
    return subject if subject is not None and subject.code not in ORGANISATION_CODES else None


SUBJECT_GAP = regex.compile(r",?\s+(?:(?:which|who|also|still|now|already|not|further|then|thus|therefore|probably|likely|itself|alone|is|are|was|were|has|have|had|only)\s+)*")


def subject_before(ctx: ArticleContext, sentence, clause: tuple[int, int], cue: Hit | None) -> Entity | None:
    """A state, government or leader right before a verb ("China will", "Ottawa would"), if any."""
    if cue is None:
        return None
    for e in reversed(ctx.entities(sentence)):
        if e.end <= cue.start and e.start >= clause[0] and e.code and e.kind != "pronoun":
            if not SUBJECT_GAP.fullmatch(ctx.text, e.end, cue.start):
                return None
            for m in ASIDE.finditer(ctx.text, max(clause[0], e.start - 130), cue.start):
                if m.start() < e.start and e.end <= m.end() and SUBJECT_GAP.fullmatch(ctx.text, m.end() - 1, cue.start):
                    # "Japan, like Germany, plans": the subject stands before the aside
                    x = _nearest_before(ctx.entities_until(sentence, m.start()), m.start(), clause[0], ctx.text, skip_objects=False)
                    return x if x is not None and count_words(ctx.text[x.end:m.start()]) == 0 else None
            return e
    return None


ADJACENT_GAP = regex.compile(r"\s*(?:at|with|on|:)?\s*(?:(?:about|around|roughly|nearly|just|only|an\s+estimated)\s+)?")


# a gapped clause after a coordinator: "(expected West Germany to post a 31 billion dlr surplus) and Japan a 76 billion dlr
# surplus": the article before the figure stands for the verb left out
GAPPED_ARTICLE = regex.compile(r"\s+an?\s+")
COORDINATOR_BEFORE = regex.compile(r"\b(?:and|while|whereas)\s+$")


def adjacent_subject(ctx: ArticleContext, sentence, fig: tuple[int, int]) -> Entity | None:
    """A state named right before a figure in a list ("Estonia at 3.43%", "and Canada 1.37%", "and Japan a 76 billion
    dlr surplus")."""
    for e in reversed(ctx.entities_until(sentence, fig[0])):
        if e.end <= fig[0]:
            if e.code and e.kind in ("country", "capital", "demonym") and (
                    ADJACENT_GAP.fullmatch(ctx.text, e.end, fig[0])
                    or (GAPPED_ARTICLE.fullmatch(ctx.text, e.end, fig[0])
                        and COORDINATOR_BEFORE.search(ctx.text, max(sentence.start, e.start - 10), e.start))):
                return e
            return None
    return None


# the subject of an infinitive a forecasting verb governs: "expected the OECD to post", "expects Germany to run"
EXPECTED_GAP = regex.compile(r"\s+(?:the\s+)?")
INFINITIVE_AFTER = regex.compile(r"\s+to\s+[a-z]+\b")


@functools.lru_cache(maxsize=1)
def _causative_before() -> Guarded:
    """A verb of causative_verbs.csv right before a name (optionally "the"): "force Britain", "requires the Netherlands".
    Searched in a short window ending at the name; guarded by the verbs' stems (every match holds one)."""
    verbs = [r["verb"] for r in read_rows("causative_verbs.csv")]
    pattern = regex.compile(r"\b(?:" + "|".join(phrase_pattern(v) for v in verbs) + r")\s+(?:the\s+)?$", regex.IGNORECASE)
    return Guarded(pattern, tuple(sorted({v.rstrip("*").lower() for v in verbs})))


def caused_subject(ctx: ArticleContext, sentence, clause: tuple[int, int], fig: tuple[int, int]) -> Entity | None:
    """The state a causative verb makes or lets reach the figure, named right after the verb and before "to" and a verb
    ("the EU's planned changes would force Britain to run a budget surplus of 1%"): whose figure it is, not the
    organisation whose rule forces it."""
    for e in reversed(ctx.entities_until(sentence, fig[0])):
        if e.end > fig[0] or e.start < clause[0]:
            continue
        if e.code and e.kind in ("country", "capital", "demonym", "group") and INFINITIVE_AFTER.match(ctx.text, e.end, fig[0]) \
                and _causative_before().search(ctx.text, max(clause[0], e.start - 20), e.start):
            return e
    return None


def expected_subject(ctx: ArticleContext, sentence, cue: Hit | None, fig: tuple[int, int]) -> Entity | None:
    """The state or organisation a forecasting verb expects to do something, named right after it and before the figure
    ("It said it expected West Germany to post a 31 billion dlr surplus", "the IMF expects Italy to run a deficit of 3%"):
    whose figure it is, not the forecaster's."""
    if cue is None or cue.end > fig[0]:
        return None
    for e in ctx.entities_from(sentence, cue.end):
        if e.start >= fig[0]:
            return None
        if e.code and e.kind not in ("pronoun", "state_pronoun", "person_pronoun") and EXPECTED_GAP.fullmatch(ctx.text, cue.end, e.start) \
                and INFINITIVE_AFTER.match(ctx.text, e.end, fig[0]):
            return e
        return None
    return None


def org_owner(ctx: ArticleContext, sentence, cue: Hit, fig_start: int) -> bool:
    """Whether an organisation owns a target noun ("NATO's old 2% target", "the United Nations target of 0.7%")."""
    first = min(cue.start, fig_start)
    for e in reversed(ctx.entities(sentence)):
        if e.end <= first:
            # ("it" is a subject, never an owner: "The World Bank said it approved a 25 mln dlr loan" is its grant)
            return bool(e.code in ORGANISATION_CODES and e.kind != "state_pronoun" and count_words(ctx.text[e.end:first]) <= 2)
    return False


PUBLIC_KINDS = frozenset({"country", "capital", "demonym", "institution", "person", "organisation", "group", "generic",
                          "state_pronoun"})


def names_public_body(ctx: ArticleContext, sentence, by_name: bool = False) -> bool:
    """Whether a sentence names a state, its government or leaders, or an international body; `by_name`: by a name of
    its own, not a pronoun read as the story's state ("when it wants to reach 3%" does not say whose plan it is)."""
    return any(e.kind in PUBLIC_KINDS and (e.code or e.kind in ("group", "generic", "organisation"))
               and not (by_name and "pronoun" in e.kind)
               for e in ctx.entities(sentence))


# entities that speak for a state or body (a ministry, a minister, an organisation), as opposed to a state named as
# the owner of a figure
VOICE_KINDS = frozenset({"institution", "person", "organisation", "person_pronoun"})


def is_possessive(ctx: ArticleContext, e: Entity) -> bool:
    """Whether a name stands as a possessor ("Italy's deficit"), not as a subject."""
    return e.surface.endswith(("'s", "’s")) or POSSESSIVE_AFTER.match(ctx.text, e.end) is not None


def names_voice(ctx: ArticleContext, sentence) -> bool:
    """Whether a sentence names a government body, an official or an organisation that could speak for its figures."""
    return any(e.kind in VOICE_KINDS and e.code for e in ctx.entities(sentence))


def modal_subject(ctx: ArticleContext, sentence, clause: tuple[int, int], cue: Hit) -> Entity | None:
    """The subject of "should"/"must": the group in it if any ("NATO's European members and Canada"), else the nearest."""
    text = ctx.text
    before = [e for e in ctx.entities(sentence) if e.code and clause[0] <= e.start and e.end <= cue.start
              and e.kind != "pronoun" and count_words(text[e.end:cue.start]) <= 8]
    if not before:
        return pressed_they(ctx, sentence, cue)
    near = [e for e in before if count_words(text[e.start:cue.start]) <= 8]
    # a group in the modal's own subject, not one that states it ("The bloc's ministers agreed that Italy's deficit must")
    groups = [e for e in near if e.kind == "group" and not CLAUSE_INTRO.search(text, e.end, cue.start)]
    return groups[0] if groups else before[-1]


THEY_BEFORE = regex.compile(r"\bthey\s+$", regex.IGNORECASE)


def pressed_they(ctx: ArticleContext, sentence, cue: Hit) -> Entity | None:
    """"They" right before a modal in a participle clause ("Hegseth pressed European allies to move faster, saying they
    should reach 3.5%"): the name the sentence's subject presses, the last coded one before the participle that is not
    that subject."""
    text = ctx.text
    if not THEY_BEFORE.search(text, max(sentence.start, cue.start - 8), cue.start):
        return None
    who = participle_speaker(ctx, sentence, cue.start)
    m = SAYING_PARTICIPLE.search(text, sentence.start, cue.start)
    if who is None or m is None:
        return None
    named = [e for e in ctx.entities_until(sentence, m.start()) if e.code and e.end <= m.start() and e.start >= who.end
             and e.kind not in ("pronoun", "state_pronoun", "person_pronoun") and e.code != who.code]
    return named[-1] if named else None


CLAUSE_INTRO = regex.compile(r"\b(?:that|said|says|say|told|agreed|agree|agrees|argued|insisted|warned|believes?|thinks?)\b", regex.IGNORECASE)


def asker(ctx: ArticleContext, sentence, owed: Entity) -> Entity | None:
    """Who states an obligation of another ("EU finance ministers agreed that Italy's deficit must fall"): the
    nearest name before the obliged one, across a verb introducing the clause."""
    for e in reversed(ctx.entities(sentence)):
        if e.end <= owed.start and e.code and e.kind != "pronoun" and e.code != owed.code:
            return e if CLAUSE_INTRO.search(ctx.text, e.end, owed.start) else None
    return None


def reporter(ctx: ArticleContext, sentence, fig: tuple[int, int]) -> Entity | None:
    """Who the sentence says reports or expects a level: "NATO said Canada spent 1.37%", "..., the IMF said",
    "said the ministry"."""
    if ctx.reporter(sentence) is None:
        return None  # no verb of the sentence has a speaker (found once per sentence): none of the figure's has
    hits = ctx.report_hits(sentence)
    # before the figure the nearest verb first: "the minister said the country could afford it, although the IMF
    # puts Japan's debt at 230%" is the IMF's level (found by bisection: a sentence may hold thousands of verbs)
    n_before = _hits_ending_by(ctx, sentence, fig[0])
    for h in reversed(hits[:n_before]):
        e = _subject_of_verb(ctx, sentence, h, sentence.start)
        if e is not None:
            return e
    for h in hits[n_before:]:
        if h.start >= fig[1]:
            if NEW_SUBJECT_CLAUSE.search(ctx.text, fig[1], h.start):
                break  # "Lithuania approved 5% to 6%, and Estonia's government said ...": the next clause's speaker
            e = _subject_of_verb(ctx, sentence, h, fig[1])
            if e is not None:
                return e
            after = _named_right_after(ctx, sentence, h.end)
            if after is not None and _inverts(h):
                return after
            titled = _titled_after(ctx, sentence, h) if after is None and _inverts(h) else None
            if titled is not None:
                return titled
    return None


# '..., says Reza Moghadam, assistant director of the IMF's European Department': an uncoded name and the title
# that places it in a coded body
TITLED_AFTER = regex.compile(r"\s+(?-i:[A-Z][\w.'’-]*)(?:\s+(?-i:[A-Z][\w.'’-]*)){0,3},\s+(?:(?-i:[a-z][\w-]*)\s+){1,5}?(?:of|at)\s+(?:the\s+)?")


def _titled_after(ctx: ArticleContext, sentence, verb: Hit) -> Entity | None:
    """The body an uncoded speaker named after an inverting verb works for, by the title after the name ("says Reza
    Moghadam, assistant director of the IMF's European Department": the IMF)."""
    m = TITLED_AFTER.match(ctx.text, verb.end, sentence.end)
    if m is None:
        return None
    e = next(iter(ctx.entities_from(sentence, m.end())), None)
    if e is None or e.start != m.end() or not e.code or e.kind not in ("organisation", "country", "institution", "demonym"):
        return None
    return _possessing_org(ctx, sentence, e) or e


# a participle of a reporting verb followed by the level it puts a figure at: "aid, estimated at", "debt, put at", "is
# estimated to be": passive, the verb has no speaker for a subject
PASSIVE_LEVEL = regex.compile(r"\s+(?:at|to\s+be)\b", regex.IGNORECASE)
PASSIVE_AUX = regex.compile(r"\b(?:is|are|was|were|be|been|being)\s+(?:\w+ly\s+)?$", regex.IGNORECASE)
AND_BEFORE = regex.compile(r",?\s+and\s+(?:also\s+)?$", regex.IGNORECASE)
# a determiner before a word ("the projected deficit", "its planned cut"): the word is a noun's modifier, not a verb
DETERMINER = r"\b(?:an?|the|its|their|his|her|our)"
ADJECTIVE_DETERMINER = regex.compile(r"(?:" + DETERMINER + r"|['’]s?)\s+$", regex.IGNORECASE)  # or a possessive
SUBJECT_WORDS = 4  # words at most between a reporting verb and its subject ("NATO, in its annual report, said")


def _hits_ending_by(ctx: ArticleContext, sentence, pos: int) -> int:
    """How many of the sentence's reporting verbs end by `pos` (their ends cached once per sentence)."""
    ends = ctx._report_ends.get(sentence.start)
    if ends is None:
        ends = ctx._report_ends[sentence.start] = [h.end for h in ctx.report_hits(sentence)]
    return bisect.bisect_right(ends, pos)


RELATIVE_BEFORE = regex.compile(r",\s*(?:which|who|whose)\b[^,;()]{1,120},\s*$", regex.IGNORECASE)
RELATIVE_BEFORE_SCAN = Guarded(RELATIVE_BEFORE, ("which", "who"))  # (the same)


def _named_subject_right_before(ctx: ArticleContext, sentence, pos: int, lo: int) -> bool:
    """Whether an organisation's name stands right before `pos` as a verb's subject ("whose deficit the Commission put at
    4.9%"), not a modifier before a participle ("German aid, estimated at")."""
    before = [e for e in ctx.entities_until(sentence, pos) if e.end <= pos and e.start >= lo]
    return bool(before) and before[-1].kind == "organisation" and bool(before[-1].code) \
        and not ctx.text[before[-1].end:pos].strip()


def _subject_of_verb(ctx: ArticleContext, sentence, verb: Hit, lo: int) -> Entity | None:
    """The coded entity at most four words before a reporting verb, not before `lo` ("NATO said"), past a relative
    clause between commas ("the three Baltic states, which border Russia or Belarus, said": not Belarus).
    The look-back starts at the verb: a sentence may hold thousands of names."""
    end = verb.start
    if ADJECTIVE_DETERMINER.search(ctx.text, max(lo, verb.start - 8), verb.start):
        return None  # "an estimated 1.28%", "Japan's projected deficit", "the reported figure": an adjective, no verb
    subject_report = _report_subject().search(ctx.text, max(lo, verb.start - 50), verb.start)
    if PASSIVE_LEVEL.match(ctx.text, verb.end) and ctx.text[verb.start:verb.end].lower().endswith(("ed", "put")) \
            and subject_report is None and not _named_subject_right_before(ctx, sentence, verb.start, lo):
        # "German aid, estimated at four billion dlrs": the level is estimated, "German" estimates nothing (not "Spain,
        # which the figures put at 1.28%": the report is the verb's subject)
        return None
    if PASSIVE_AUX.search(ctx.text, max(lo, verb.start - 20), verb.start):
        return None  # "it will be put to good use", "the deficit was estimated": the subject is what is put, no speaker
    if subject_report is not None:
        # "Spain, which the figures put at 1.28% of GDP", "the report said": the report speaks, i.e. the body whose report
        # the article relays (not the state named before the relative pronoun)
        lead = ctx.lead_reporter()
        return lead if lead is not None and lead.code in ORGANISATION_CODES else None
    rel = RELATIVE_BEFORE_SCAN.search(ctx.text, max(lo, end - 130), end)
    if rel is not None:
        end = rel.start()
    e = _nearest_before(ctx.entities_until(sentence, end), end, lo, ctx.text, max_words=SUBJECT_WORDS)
    if e is not None and count_words(ctx.text[e.end:end]) <= SUBJECT_WORDS:
        return _possessing_org(ctx, sentence, e) or e
    titled = _titled_speaker(ctx, sentence, end, lo)
    if titled is None and lo <= sentence.start and AND_BEFORE.search(ctx.text, max(sentence.start, end - 12), end):
        # "The Commission recommended that Belgium ..., and said Italy's debt would rise": the verb shares the
        # sentence's subject
        return sentence_subject(ctx, sentence, end)
    return titled


# between an organisation's possessive and the name it governs: "the World Bank's Moroccan division", "the IMF's
# European department"
ORG_POSSESSIVE_GAP = regex.compile(r"['’]s?\s+(?:[a-z][\w-]*\s+)?")


def _possessing_org(ctx: ArticleContext, sentence, e: Entity) -> Entity | None:
    """The organisation whose unit a name qualifies ("John Shilling, director of the World Bank's Moroccan division,
    said": the World Bank speaks, not Morocco), if the name follows an organisation's possessive."""
    if e.kind not in ("demonym", "country"):
        return None
    # the name right before it (a reversed walk that stops at once: a sentence may hold thousands of names)
    x = next((y for y in reversed(ctx.entities_until(sentence, e.start)) if y.end <= e.start), None)
    if x is None or x.code not in ORGANISATION_CODES or not ORG_POSSESSIVE_GAP.fullmatch(ctx.text, x.end, e.start):
        return None
    # an official of the organisation speaks: a later "he said" goes on with them (`_speaking_he_code` takes persons)
    return x._replace(kind="person")


# "the Fund's fiscal affairs director Vitor Gaspar told": a possessive, a lower-case title and a name the gazetteer does
# not know, right before the verb
TITLED_NAME = regex.compile(r"(?:['’]s?\s+|\s+)(?:[a-z][\w-]*\s+){1,4}(?:[A-Z][\w.'’-]*\s+){1,3}")


def _titled_speaker(ctx: ArticleContext, sentence, end: int, lo: int) -> Entity | None:
    """The body an unknown official speaks for, named as the possessor of the official's title before a reporting verb."""
    ents = ctx.entities_until(sentence, end)
    e = next((x for x in reversed(ents) if x.end <= end), None)
    if e is None or e.start < lo or not e.code or e.kind not in ("organisation", "country", "capital", "institution", "demonym") \
            or not (POSSESSIVE_MARK.search(ctx.text, e.end, min(end, e.end + 2)) or e.surface.endswith(("'s", "’s"))):
        return None
    return e if TITLED_NAME.fullmatch(ctx.text, e.end, end) else None


def _named_right_after(ctx: ArticleContext, sentence, pos: int, skip_pronouns: bool = True) -> Entity | None:
    """The first coded entity at most two words after `pos` ("said the ministry"); a bare pronoun
    ("said it") is skipped unless `skip_pronouns` is false. Not a possessive name, which owns the noun after it ("said
    that Brazil's request would mean ...": the subject is the request, no speaker)."""
    text = ctx.text
    for x in ctx.entities_from(sentence, pos):
        if count_words(text[pos:x.start]) > 2:
            return None  # the words between only grow with x.start
        if x.code and not (skip_pronouns and x.kind == "pronoun") and not POSSESSIVE_AFTER.match(text, x.end):
            return x
    return None



# (also past a day the verb is dated by: "The Commission said on Wednesday it would not open ...")
THAT_GAP = regex.compile(r"\s*(?:(?:on\s+(?-i:Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday)|yesterday|today|last\s+week)\s+)?"
                         r"(?:that\s+)?(?:(?:in\s+fact|still|also|now)\s+)?", regex.IGNORECASE)


def _first_named(entities: list[Entity], end: int) -> Entity | None:
    """The first coded entity (no bare pronoun) of `entities` (in reading order) that ends by `end`."""
    for e in entities:
        if e.start >= end:
            return None
        if e.code and e.end <= end and e.kind != "pronoun":
            return e
    return None


def reported_pledger(ctx: ArticleContext, sentence, fig_start: int, reporter_entity: Entity) -> Entity | None:
    """The state a reporter says pledged or decided a figure: the first state named right after the reporting verb
    whose subject is `reporter_entity` ("He said that Japan had made an additional 450 mln dlr pledge": Japan, not the
    World Bank's Conable who said so)."""
    for h in ctx.report_hits(sentence):
        if h.end > fig_start:
            return None
        if h.start < reporter_entity.end:
            continue
        owner = _first_named(ctx.entities_from(sentence, h.end), fig_start)
        if owner is not None and is_state(owner.code) and owner.code != reporter_entity.code \
                and owner.kind not in ("state_pronoun", "person_pronoun") and THAT_GAP.fullmatch(ctx.text, h.end, owner.start) \
                and not POSSESSIVE_AFTER.match(ctx.text, owner.end):  # "puts Japan's debt at": an owner, no pledger
            return owner
    return None


def believer(ctx: ArticleContext, sentence, fig_start: int) -> tuple[Entity, Entity] | None:
    """(holder, owner) of a view on a figure: "the alliance believes Spain will need about 3.5%" -> NATO, Spain.

    The pairs do not depend on the figure (the owner follows its verb at once), so they are found once
    per sentence; a figure takes the first whose owner is named before it."""
    pairs = ctx._beliefs.get(sentence.start)
    if pairs is None:
        pairs = ctx._beliefs[sentence.start] = _belief_pairs(ctx, sentence)
    for holder, owner in pairs:
        if owner.end <= fig_start:
            return holder, owner
    return None


def _belief_pairs(ctx: ArticleContext, sentence) -> list[tuple[Entity, Entity]]:
    text, pairs = ctx.text, []
    for h in ctx.report_hits(sentence):
        if h.entry.get("belief") != "yes":
            continue
        holder = _nearest_before(ctx.entities_until(sentence, h.start), h.start, sentence.start, text)
        owner = _first_named(ctx.entities_from(sentence, h.end), len(text))
        if holder is not None and owner is not None and holder.code != owner.code \
                and count_words(text[holder.end:h.start]) <= 3 and THAT_GAP.fullmatch(text, h.end, owner.start):
            pairs.append((holder, owner))
    return pairs


def speaker(ctx: ArticleContext, sentence, before: int) -> Entity | None:
    """The subject of a reporting verb before `before` ("Trump said ..."), if any; else the subject of the sentence whose
    participle of saying comes before it ("Rutte urged the laggards to move faster, saying allies should reach 3.5%")."""
    for h in ctx.report_hits(sentence):
        if h.end <= before:
            e = _subject_of_verb(ctx, sentence, h, sentence.start)
            if e is not None:
                return e
    return participle_speaker(ctx, sentence, before)


# ", saying ...", ", adding ...": a participle whose subject is the sentence's own subject (the participle is no reporting
# verb of the lexicon: "saying 2.1% is enough" is also a stance cue)
SAYING_PARTICIPLE = regex.compile(r",\s+(?:saying|adding|arguing|insisting|warning|stressing)\b", regex.IGNORECASE)
SUBJECT_REACH = 8  # words at most from the sentence's start to the end of its subject's name ("U.S. Defense Secretary Pete Hegseth")


def participle_speaker(ctx: ArticleContext, sentence, before: int) -> Entity | None:
    """The subject of a sentence whose participle of saying stands before `before`: the first coded name of the sentence,
    within its first words and not the object of a preposition ("Secretary General Mark Rutte urged ..., saying")."""
    m = SAYING_PARTICIPLE.search(ctx.text, sentence.start, before)
    return sentence_subject(ctx, sentence, m.start()) if m is not None else None


def sentence_subject(ctx: ArticleContext, sentence, end: int) -> Entity | None:
    """The subject a sentence opens with, before `end`: its first coded name within its first words, not the object of
    a preposition (a titled person's name after it is taken for it: "U.S. Defense Secretary Pete Hegseth")."""
    text = ctx.text
    for e in ctx.entities_until(sentence, end):
        if count_words(text[sentence.start:e.end]) > SUBJECT_REACH:
            return None
        if not e.code or e.kind in ("pronoun", "state_pronoun", "person_pronoun"):
            continue
        if PREP_BEFORE.search(text, max(sentence.start, e.start - 40), e.start):
            return None  # "In Brussels, ...": the sentence opens on a place or time, its subject is further on
        later = [x for x in ctx.entities_until(sentence, end) if x.start >= e.end and x.code and x.kind == "person"
                 and count_words(text[e.end:x.start]) <= 3]
        return _possessing_org(ctx, sentence, later[0]) or later[0] if later else (_possessing_org(ctx, sentence, e) or e)
    return None


RESPECTIVELY = regex.compile(r"\brespectively\b", regex.IGNORECASE)


def respective_owners(ctx: ArticleContext, sentence, spans: list[tuple[int, int]]) -> dict[int, Entity]:
    """Figures paired in order with the states named before them: "Italy and Spain spent 1.49% and 1.28%
    respectively" -> {start of 1.49%: Italy, start of 1.28%: Spain}."""
    text = ctx.text
    if "respectively" not in text[sentence.start:sentence.end].lower() or len(spans) < 2:
        return {}
    first = min(a for a, _ in spans)
    states = [e for e in ctx.entities(sentence) if e.end <= first and e.code
              and e.kind in ("country", "capital", "demonym", "institution", "person")]
    # the last run of names joined by commas and "and": the coordinated subjects
    run: list[Entity] = []
    for e in states:
        if run and not COORDINATED.fullmatch(text, run[-1].end, e.start):
            run = []
        run.append(e)
    ordered = sorted(spans)
    if len(run) != len(ordered) or not RESPECTIVELY.search(text, ordered[-1][1], sentence.end):
        return {}
    return {a: e for (a, _), e in zip(ordered, run)}


BY_AGENT = regex.compile(r"\s+by\s+(?:the\s+)?$", regex.IGNORECASE)


def passive_demand(ctx: ArticleContext, sentence, clause: tuple[int, int], cue: Hit, fig: tuple[int, int]) -> tuple[Entity | None, Entity] | None:
    """(demander, demanded) of a passive demand: "Japan has been asked by the United States to raise ... 3.5%"
    -> USA, Japan; "Japan has been urged to ..., officials in Washington said" -> USA, Japan."""
    ents = [e for e in ctx.entities(sentence) if e.code and e.kind not in ("pronoun",)]
    subject = _nearest_before(ents, cue.start, clause[0], ctx.text)
    if subject is None:
        return None
    agent = next((e for e in ents if cue.end <= e.start < fig[0] and BY_AGENT.search(ctx.text, max(cue.end, e.start - 12), e.start)), None)
    if agent is None:
        who = reporter(ctx, sentence, fig)
        agent = who if who is not None and who.code != subject.code else None
    return agent, subject



# every regex pattern above runs as its standard-re twin on ASCII text (lexicon.AsciiTwin: the same matches, less CPU)
from .lexicon import ascii_twins as _ascii_twins  # noqa: E402  (after the patterns it replaces)

_ascii_twins(globals())
