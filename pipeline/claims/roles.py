"""Who states or demands a figure (actor) and whose figure it is (target): the article's context the
role decisions share.

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

This module holds what every role decision reads: ``ArticleContext`` (one per article, built lazily:
each sentence's entities, found here, their pronouns, group words and government words given codes
by ``anaphora.resolve``; the article's home state, dateline and organisations; the state or person
named last before a point; the speaker of a sentence's reporting verbs, the body "according to"
credits, the body the lead relays, the earlier speaker an "it" or "he" goes on with) and the subject
of a reporting verb (`subject_of_verb`, `sentence_subject`, a titled official's body), which the
context needs itself to find a sentence's speaker; also the asides between commas that are no subject
(`aside_regex`) and what several modules ask of a sentence's names (`names_public_body`,
`names_voice`, `is_possessive`). The rest are modules of their own, in the order they import one
another (``entities`` and ``anaphora`` before this one, the others after it; none imports a later
one): ``entities`` (what a sentence names: the Entity record, kinds, codes, group, government and
pronoun words), ``anaphora`` (what an uncoded group word, government word or pronoun stands for: who
"it" or "he" is; the functions take the context as an argument), ``organisations`` (organisations'
targets and the organisation a figure goes with), ``owners`` (whose figure it is: possessors, bases,
lists, objects), ``voices`` (who states, demands or reports it: actor_of, reporter, speaker).
"""
from __future__ import annotations

import bisect
import itertools
import functools
from collections import Counter

import regex

from .lexicon import Guarded, Hit, LastSeen, ascii_twin, count_words, cues, leading_words, phrases_alternation, read_rows, \
    words_alternation
from .entities import (
    Entity, IT_PRONOUN, ORGANISATION_CODES, PERSON_PRONOUN, PREP_BEFORE, PRONOUN, group_phrases, group_regex,
    first_named, nearest_entity_before, is_party_alliance, with_org, gazetteer, generic_words, is_state, outlet_words,
)
from .entities import apposition_alternative
from .anaphora import SENTENCE_OPENING, COORDINATED, SUBJECT_WORDS, RELATIVE_BEFORE_SCAN, person_owner_code, resolve
from .anaphora import THAT_GAP, participle_aside
from . import quotemarks as _quotemarks
from . import former as _former
from . import introduced as _introduced
from . import whose as _whose
from . import apposedstaff as _apposedstaff


DATELINE = regex.compile(r"\A\s*(?:[A-Z][A-Za-z]*\s+)?([A-Z][A-Z.' -]{2,40}?)\s*(?:,\s*[A-Z][a-z]{2,8}\.?\s+\d{1,2})?\s*-\s")
HOME_KINDS = ("country", "capital", "demonym", "institution", "person")
TITLE_WEIGHT = 3  # a state named in the headline counts as this many mentions in the text
VENUE_OTHER_MENTIONS = 2  # mentions of another state that make a dateline named nowhere else a mere venue
TITLE_MIN_MENTIONS = 2  # ... and is the home outright when the text names it this often
LOWER_WORD = regex.compile(r"\b[a-z]+\b")  # an all-lower-case word
LEAD_SENTENCES = 2  # sentences of an article's lead in which the body whose report it relays is named
REPORTER_REACH = 1500  # characters back within which an earlier sentence's speaker is the "it" that reports


@functools.lru_cache(maxsize=1)
def _modified_nouns() -> regex.Pattern:
    """The nouns of modified_nouns.csv right after a word: "government| debt"."""
    words = [regex.escape(r["noun"].rstrip("*")) + (r"\w*" if r["noun"].endswith("*") else "") for r in read_rows("modified_nouns.csv")]
    return ascii_twin(regex.compile(r"\s+(?:" + "|".join(words) + r")\b", regex.IGNORECASE))


@functools.lru_cache(maxsize=1)
def _firms_after() -> regex.Pattern:
    """A state named as the modifier of an industry's firms in the plural (firm_nouns.csv rows with plural "yes"): "several
    major U.S. banks", "Japanese trading companies" (previous_state: the firms' country, no subject of the sentence)."""
    nouns = [regex.escape(r["noun"]) for r in read_rows("firm_nouns.csv") if r["plural"] == "yes"]
    return regex.compile(r"\s+(?:[a-z][\w-]*\s+){0,2}?(?:" + "|".join(nouns) + r")\b")


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


def _modifies_noun(text: str, end: int) -> bool:
    return _modified_nouns().match(text, end) is not None


# reporting verbs of report_verbs.csv that are also plural nouns ("growth forecasts slipping", "relief projects across
# Africa"): a verb only right after the name of its subject ("the Commission forecasts its deficit at 3.3%", "the IMF now
# projects", "it projects")
NAMED_SUBJECT_VERBS = frozenset({"forecasts", "projects"})
NAMED_GAP = regex.compile(r"\s+(?:(?:now|also|still|currently|further|again|\w+ly)\s+)?$", regex.IGNORECASE)
PRONOUN_SUBJECT = regex.compile(r"\b(?:it|It|they|They)$")


def report_verbs():
    return cues("report_verbs.csv")


# a state fronted as the sentence's topic ("For Pakistan, the IMF projects ...", "In Germany, the deficit ..."): what the
# sentence goes on about, not the object of a preposition
TOPIC_OPENING = regex.compile(r"\W*(?:for|in|as\s+for|across)\s+(?:the\s+)?(?:whole\s+|entire\s+|new\s+|\d+\s+)?$", regex.IGNORECASE)
# (also past the organisation the group belongs to: "In the new member states of the European Union, gross public debt")
TOPIC_COMMA = regex.compile(r"\s*,|\s+of\s+(?:the\s+)?(?-i:[A-Z][\w.'’-]*)(?:\s+(?-i:[A-Z][\w.'’-]*)){0,3}\s*,")
# "Russia's full-scale invasion": a possessor, not the subject a later sentence goes on about
POSSESSIVE_AFTER = regex.compile(r"['’]s?\s")
# an office a possessive state owns, whatever its portfolio ("Iraq's Trade Minister", "Egypt's interior minister", "Chile's
# Mining Ministry", "Britain's Foreign Secretary"): like a government word, the state speaks through it (up to two
# portfolio words before the title, none a function word)
OFFICE_TITLE_AFTER = regex.compile(r"(?:(?!(?:the|a|an|of|with|to|and|or|for|in|on|by|at|from|as|that)\b)[A-Za-z][\w-]*\s+){0,2}"
                                   r"(?:minister|ministry|secretary)\b", regex.IGNORECASE)


def _counted(counts: dict[str, int], extra: str | None) -> dict[str, int]:
    """`counts` with one more of `extra` (the article's home state weighs in as the last code seen)."""
    if not extra:
        return counts
    out = dict(counts)
    out[extra] = out.get(extra, 0) + 1
    return out


@functools.lru_cache(maxsize=1)
def _procedure_words() -> dict:
    """{owner code: pattern of its procedures' names} (org_procedures.csv)."""
    rows = read_rows("org_procedures.csv")
    return {owner: regex.compile(r"\b(?:" + words_alternation(r["word"] for r in rows if r["owner"] == owner) + r")\b",
                                 regex.IGNORECASE)
            for owner in dict.fromkeys(r["owner"] for r in rows)}


def _procedure_owner(text: str, start: int, end: int, match) -> str | None:
    """The organisation a name of several readings stands for in a sentence naming that organisation's own procedure
    ("the states that asked Brussels to activate the national escape clause": the EU, in a story on Belgium), when the
    organisation is one of the name's readings (org_procedures.csv); else None (the name resolves as before)."""
    cands = getattr(match, "candidates", None) or ()
    if len(cands) < 2:
        return None
    for owner, pattern in _procedure_words().items():
        if owner in cands and pattern.search(text, start, end):
            return owner
    return None


# a place named as where a firm is based or listed ("UK-based", "Tokyo-listed", "Paris-headquartered")
LOCATED_AFTER = regex.compile(r"[-‐–]\s?(?:based|listed|headquartered|registered|quoted)\b")


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

    def inside_any(self, start: int, end: int) -> bool:
        """Whether a span overlaps a given span or a name taken, wherever it lies: for a span read after the names
        (an introduced surname before a name taken later in its sentence: "Muller said Canada ..." is no overlap)."""
        i = bisect.bisect_left(self.starts, end)
        if i > 0 and self.max_end[i - 1] > start:
            return True
        j = bisect.bisect_left(self.names, (end,))  # (the names were taken in reading order)
        return any(b > start for _, b in self.names[max(0, j - 8):j])


# capitalised title words between a state and the person it titles: "U.S. President Donald Trump", "Brazil's Finance
# Minister Dilson Funaro" (read by the context when it tells a person's title from a place)
TITLE_TO_PERSON = regex.compile(r"(?:['’]s?)?(?:\s+(?-i:[A-Z])[\w.-]*){1,5}")


class ArticleContext:
    """What the roles of one article's figures depend on beyond their sentence (computed lazily)."""

    def __init__(self, article: dict, sentences: list):
        self.text = _quotemarks.apostrophe_possessives(article["text"])  # India"s -> India's, offsets kept
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
        self._title_orgs: list[str] | None = None
        self._title_found: list | None = None
        self._counts: Counter | None = None
        self._state_cache: dict[int, list] = {}
        self._person_ends: set[int] = set()  # ends of the people `_states` names for their states (previous_state)
        self._person_starts: set[int] = set()
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
        self._introduced: dict | None = None  # surname -> (position, state) of officials introduced with a state
        self._envoy_titles: dict[str, tuple | None] = {}  # surname -> whose.envoy_title
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
                outlets = [(h.start, h.end) for h in outlet_words().finditer(self.title, 0, len(self.title))]
                for match in self._title_matches():
                    if any(a < match.end and match.start < b for a, b in outlets):
                        continue  # "... | South China Morning Post": the outlet, not the story's state
                    if match.kind in HOME_KINDS:
                        code = self._code(match, [])
                        if is_state(code):
                            self._title_states.append(code)
        return self._title_states

    def title_orgs(self) -> list[str]:
        """The organisation codes the headline names, in order ("Portugal to hit NATO's 2% this year" -> NATO)."""
        if self._title_orgs is None:
            self._title_orgs = [m.code for m in self._title_matches() if m.kind in ("organisation", "group") and m.code]
        return self._title_orgs

    def _title_matches(self) -> list:
        """The gazetteer's names in the headline (one scan, read by ``title_states`` and ``title_orgs``)."""
        if self._title_found is None:
            self._title_found = []
            if self.gaz is not None and self.title:
                try:
                    self._title_found = self.gaz.find(self.title, 0, len(self.title), year=self.year)
                except Exception:  # a broken lexicon must not stop the pipeline
                    self._title_found = []
        return self._title_found

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

    def state_count(self, code: str | None) -> int:
        """How often the article names the state (`_state_counts`, with no copy of the counts)."""
        self._state_counts()
        return self._counts[code]

    def state_named(self, start: int, end: int) -> str | None:
        """The code of the first name the gazetteer matches inside [start, end) (an ambiguous one read by its default),
        None when it matches none there."""
        named = self._matches(start, end)
        return self._code(named[0], []) if named else None

    def sentence_at(self, pos: int):
        """The sentence a look-back from `pos` meets first: the last one starting at or before it, None when none does
        (sentences out of reading order: the article's last one; the caller checks that it holds `pos`)."""
        return next(iter(self._sentences_before(pos + 1, by_end=False)), None)

    def names_in(self, start: int, end: int) -> list:
        """The gazetteer's matches inside [start, end), left to right (a new list: the caller may keep it)."""
        return self._matches(start, end)

    def match_at(self, start: int, end: int):
        """The gazetteer match that starts at `start` and ends by `end` (an entity's own name), None when none does."""
        return next((m for m in self._matches(start, end) if m.start == start), None)

    def state_named_at(self, start: int, end: int) -> str | None:
        """Like `state_named`, but only a name that starts at `start` counts (the code of an entity not yet resolved)."""
        match = self.match_at(start, end)
        return self._code(match, []) if match is not None else None

    def envoy_title(self, surname: str) -> tuple | None:
        """``whose.envoy_title`` of the surname, read once per article."""
        if surname not in self._envoy_titles:
            self._envoy_titles[surname] = _whose.envoy_title(self.text, surname)
        return self._envoy_titles[surname]

    def introduced(self) -> dict:
        """{surname: (position, state)} of the officials the article introduces with a state (``introduced``)."""
        if self._introduced is None:
            self._introduced = _introduced.introductions(self)
        return self._introduced

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
            cached = list(report_verbs().finditer(self.text, sentence.start, sentence.end))
            if any(self.text[h.start:h.end].lower() in NAMED_SUBJECT_VERBS for h in cached):
                cached = [h for h in cached if self.text[h.start:h.end].lower() not in NAMED_SUBJECT_VERBS
                          or self._named_right_before(sentence, h.start)]
            self._report_cache[sentence.start] = cached
        return cached

    def report_ends(self, sentence) -> list[int]:
        """The ends of the sentence's reporting verbs (`report_hits`), in order (cached: ``anaphora.hits_ending_by``
        bisects them for each figure)."""
        ends = self._report_ends.get(sentence.start)
        if ends is None:
            ends = self._report_ends[sentence.start] = [h.end for h in self.report_hits(sentence)]
        return ends

    def beliefs(self, sentence) -> list[tuple[Entity, Entity]]:
        """(holder, owner) of each belief verb of the sentence, in order: the entity right before the verb (three words
        at most) and the first named right after it, a different one ("the alliance believes Spain will need ...": NATO,
        Spain). They do not depend on a figure, so they are found once per sentence (``voices.believer`` reads them)."""
        pairs = self._beliefs.get(sentence.start)
        if pairs is None:
            text, pairs = self.text, []
            for h in self.report_hits(sentence):
                if h.entry.get("belief") != "yes":
                    continue
                holder = nearest_entity_before(self.entities_until(sentence, h.start), h.start, sentence.start, text)
                owner = first_named(self.entities_from(sentence, h.end), len(text))
                if holder is not None and owner is not None and holder.code != owner.code \
                        and count_words(text[holder.end:h.start]) <= 3 and THAT_GAP.fullmatch(text, h.end, owner.start):
                    pairs.append((holder, owner))
            self._beliefs[sentence.start] = pairs
        return pairs

    def _named_right_before(self, sentence, pos: int) -> bool:
        """Whether a name (or a pronoun for one) ends right before `pos`, an adverb apart: "the Commission forecasts"."""
        gap = NAMED_GAP.search(self.text, max(sentence.start, pos - 30), pos)
        end = gap.start() if gap is not None else pos
        return PRONOUN_SUBJECT.search(self.text, max(sentence.start, end - 5), end) is not None \
            or any(m.end == end for m in self._matches(sentence.start, end))

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
                        if match.kind == "person":
                            self._person_ends.add(match.end)
                            self._person_starts.add(match.start)
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

    def previous_state_among(self, pos: int, codes) -> str | None:
        """The state among `codes` named last before `pos` in the article (within ~1500 characters), else None: "the
        kingdom's budget deficit" after "Trump visited Saudi Arabia, where the United States signed deals"."""
        for s in self._sentences_before(pos, by_end=False):
            if s.start >= pos:
                continue
            if pos - s.end > 1500:
                break
            named = [code for start, end, code in self._states(s) if end <= pos and code in codes]
            if named:
                return named[-1]
        return None

    def previous_state(self, pos: int, places_first: bool = False) -> str | None:
        """The state named last before `pos` in the article (within ~1500 characters), else home. Within
        a sentence a state that is the object of a preposition ("... its trade surplus with the United
        States", "aid to Kenya") gives way to one named as a subject before it. With `places_first` (what "it" or
        "the country" stands for), a sentence that names a state by a place name reads past the people it names for
        their states ("Baker said he believes Brazil will strike an agreement. The country has declared a
        moratorium": Brazil, not Baker's United States)."""
        fallback = None
        home_nearer = None  # whether an earlier sentence between the figure and the subject names the home state (object, owner)
        for s in self._sentences_before(pos, by_end=False):
            if s.start >= pos:
                continue
            if pos - s.end > 1500:
                break
            named = [(start, end, code) for start, end, code in self._states(s) if end <= pos]
            if places_first:
                # (only when such a place is a subject: "German Defence Minister Boris Pistorius said Germany's spending
                # would rise" names no place as subject, and the minister's Germany stands)
                places = [x for x in named if x[1] not in self._person_ends and not self._titles_person(x[1])]
                if any(not POSSESSIVE_AFTER.match(self.text, b) and not PREP_BEFORE.search(self.text, max(s.start, a - 40), a)
                       for a, b, _ in places):
                    named = places
            if named and s.end <= pos and home_nearer is None:
                home_nearer = False
            if named:
                objects, prev_end = set(), None
                for start, end, code in named:
                    # "with the United States", and "in Iraq and Afghanistan": coordinated with an object
                    if (PREP_BEFORE.search(self.text, max(s.start, start - 40), start) and not self.opens_as_topic(s, start, end)) \
                            or (prev_end in objects and COORDINATED.fullmatch(self.text, prev_end, start)) \
                            or _firms_after().match(self.text, end):  # "U.S. banks ... loans to Brazil": the firms' state
                        objects.add(end)
                    prev_end = end
                subjects = [code for start, end, code in named if end not in objects
                            and not (POSSESSIVE_AFTER.match(self.text, end) and not self._owns_government(end))]
                if not subjects:  # only objects ("the wars in Iraq and Afghanistan"): an earlier subject, else the last of them,
                    # but an owner outside any prepositional phrase first ("Brazil's talks with U.S. banks": Brazil, the
                    # sentence's topic, not the banks' state)
                    owners = [code for start, end, code in named if end not in objects]
                    fallback = fallback or (owners[0] if owners else named[-1][2])
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

    def _titles_person(self, end: int) -> bool:
        """Whether a state named up to `end` is the title of a person named right after it ("U.S. President Donald
        Trump", "Brazilian Finance Minister Dilson Funaro"): a person's mention, not a place (previous_state)."""
        m = TITLE_TO_PERSON.match(self.text, end)
        return m is not None and any(end < a < m.end() for a in self._person_starts)

    def opens_as_topic(self, sentence, start: int, end: int) -> bool:
        """Whether the state at start..end opens the sentence as its topic: "For Pakistan, ..."."""
        return bool(TOPIC_OPENING.fullmatch(self.text, sentence.start, start) and TOPIC_COMMA.match(self.text, end))

    def _owns_government(self, end: int) -> bool:
        """Whether a possessive at `end` owns a government word ("Poland's government", "Japan's finance ministry")."""
        m = POSSESSIVE_AFTER.match(self.text, end)
        return any(h.start == m.end() for h in generic_words().finditer(self.text, m.end(), min(len(self.text), m.end() + 40))) \
            or OFFICE_TITLE_AFTER.match(self.text, m.end()) is not None

    # -- entities of a sentence ---------------------------------------------------------------
    def entities(self, sentence) -> list[Entity]:
        cached = self._entities.get(sentence.start)
        if cached is not None:
            return cached
        text, start, end = self.text, sentence.start, sentence.end
        outlets = [(h.start, h.end) for h in outlet_words().hits(text, start, end)]
        found: list[Entity] = []
        taken: list[tuple[int, int]] = list(outlets)
        group_re, group_rows = group_regex()
        for m in group_phrases(text, start, end):
            if is_party_alliance(text, m):
                continue  # "opposition party Liberal Alliance said": a party, named like any other
            row = group_rows[m.lastgroup]
            found.append(Entity(m.start(), m.end(), m.group(), None, "group:" + row["word"]))
            taken.append((m.start(), m.end()))
        context: dict[str, int] = {}  # codes named so far in the sentence -> times, in first-seen order
        overlaps = _OverlapTest(taken)
        group_starts = [x.start for x in found]  # found holds the group phrases only, in order, none overlapping
        for match in self._matches(start, end):
            if LOCATED_AFTER.match(text, match.end):
                continue  # "UK-based bank Standard Chartered", "a London-listed miner": where a firm sits, no actor
            if _former.former_title(text, match.start, start, match.kind, match.end):
                overlaps.take(match.start, match.end)  # (no government word inside it either: "former U.S. Treasury ...")
                continue  # "a former chairman of President Reagan's Council of Economic Advisers said": no voice now
            if overlaps(match.start, match.end):
                # "NATO members", "EU countries": the organisation named inside a group phrase is its code
                # (only the last phrase starting before the name can hold it)
                i = bisect.bisect_right(group_starts, match.start) - 1
                if match.kind in ("organisation", "group") and match.code and i >= 0:
                    found[i] = with_org(found[i], match)
                continue
            if match.kind == "institution" and not match.code and _modifies_noun(text, match.end):
                continue  # "Government debt rose to 87.4%": an attribute of the figure, no body that speaks
            code = match.code or (person_owner_code(self, match.start, found) if match.kind == "institution" else None) \
                or _procedure_owner(text, start, end, match) or self._code(match, _counted(context, self.home()))
            if not code and match.kind == "organisation":
                # "the Fund", "the bank", "the alliance" with no candidate in the sentence: the organisation the
                # article names ("World Bank President Barber Conable said ... The bank estimates")
                code = self._code(match, self.orgs())
                if not code and self.gaz.named_only(match):
                    continue  # "belonging to the fund" in an article that names no IMF: no one
            if code:
                context[code] = context.get(code, 0) + 1
            # "the government", "the Treasury" with no state of their own: the article's state
            kind = match.kind if code or match.kind != "institution" else "generic"
            found.append(Entity(match.start, match.end, match.surface, code, kind))
            overlaps.take(match.start, match.end)
        for a, b, surface, code in _introduced.mentions(self, start, end):
            if not overlaps.inside_any(a, b):  # "Muller said": an official the article introduced with a state ("introduced")
                found.append(Entity(a, b, surface, code, "person"))
                overlaps.take(a, b)
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
        resolved = resolve(self, sentence, found)  # what each group word, government word and pronoun stands for
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
            found = subject_of_verb(self, sentence, h, sentence.start)
            if found is None and verb_inverts(h):  # "said the ministry", not "told the IADB"
                found = named_right_after(self, sentence, h.end, skip_pronouns=False) or titled_after(self, sentence, h)
            if found is not None:
                break
        self._reporter[sentence.start] = found
        return found

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
                # (not a name right after "said that": "Diplomatic sources here said that West Germany appeared likely to
                # ...": the reported clause's subject; the latest speaker is uncoded, and no sentence before speaks on)
                found = None if reported_subject(self.text, s, who) else who
                break
        self._previous_speakers[pos] = found
        return found

    def previous_person(self, pos: int, fallback: bool = True) -> str | None:
        """The state of the person named last before `pos` (within ~2000 characters), else home (None when not
        `fallback`)."""
        for s in self._sentences_before(pos, by_end=False):
            if s.start >= pos:
                continue
            if pos - s.end > 2000:
                break
            intro = [x for x in _introduced.mentions(self, s.start, s.end) if x[1] <= pos]  # ("introduced")
            for match in reversed(self._matches(s.start, s.end)):
                if match.end <= pos and match.kind == "person":
                    code = self._code(match, [])
                    if code:
                        if intro and intro[-1][1] > match.end:
                            return intro[-1][3]  # an introduced official named after the gazetteer's person
                        return code
            if intro:
                return intro[-1][3]
        return self.home() if fallback else None


# "according to (the) NATO", also through the report it published: "according to annual estimates the alliance published",
# "according to figures released by the IMF", "according to the latest data from Eurostat"
ACCORDING_TO = regex.compile(r"\baccording\s+to\s+(?:the\s+)?"
                             r"(?:(?:[\w-]+\s+){0,2}?(?:estimates|figures|data|forecasts?|projections?|calculations)\s+"
                             r"(?:(?:published|released|issued|compiled)\s+by\s+|by\s+|from\s+|of\s+|that\s+)?(?:the\s+)?)?$",
                             regex.IGNORECASE)
ACCORDING_REACH = 60  # characters before a body's name in which "according to ..." credits it
ACCORDING_WORD = Guarded(regex.compile(r"according", regex.IGNORECASE), ("according",))  # what every ACCORDING_TO match holds


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
    return Guarded(regex.compile(r"\b(?:" + _data_show_words("verb") + r")\b", regex.IGNORECASE),
                   leading_words(r["word"] for r in read_rows("data_show_words.csv") if r["kind"] == "verb"))


@functools.cache
def aside_regex():
    """An aside between commas, no subject: a comparison (", unlike Germany,"), a relative clause (", which borders
    Russia,"), an apposition ranking the subject (", the second highest in the euro zone after Greece's,": a
    superlative of superlatives.csv, or "most", "least", "only") or relating it to another party (", a close ally of the
    United States,": a head noun of apposition_nouns.csv). (levels.RELATIVE_ASIDE is its relative clause alone, for the
    year an aside dates: the comment there says why it is not this one.)"""
    words = [r["word"] for r in read_rows("superlatives.csv")] + ["most", "least", "only"]
    return ascii_twin(regex.compile(r",\s*(?:unlike|like|much\s+like|as\s+with|along\s+with|together\s+with|alongside|"
                                    r"as\s+opposed\s+to|rather\s+than|which|who|whom|whose"
                                    # (a comparison of time or pace: ", earlier than Argentina,")
                                    r"|(?:earlier|later|sooner|faster|slower)\s+than"
                                    # (an adverbial phrase: ", at the urging of the United States,", ", after talks in Cairo,")
                                    r"|at\s+the\s+(?:urging|request|invitation|behest)\s+of|under\s+pressure\s+from|after|following"
                                    r"|despite|amid"
                                    # (a comparison with what the others did: ", as the other NATO allies agreed at The Hague,",
                                    # ", as most allies did,": the others are no subject of the clause after it; write27)
                                    r"|as\s+(?:the\s+)?(?:other|fellow|most|many|all(?:\s+other)?)"
                                    # (a level placed against a rule: ", just under the European Union's 3% limit,")
                                    r"|(?:just|well|still|far|comfortably|safely|slightly)\s+(?:under|below|above|over|inside|within)"
                                    # (an apposition placing the subject in a group: ", one of the few donors to hold its line,")
                                    r"|one\s+of\s+(?:the|its|their)"
                                    r"|the\s+(?:(?:second|third|fourth|fifth)[\s-]+)?(?:" + phrases_alternation(words) + r")"
                                    # (an apposition relating the name to another party: ", a close ally of the United States,")
                                    r"|" + apposition_alternative() +
                                    r")\b[^,;()]{1,160},", regex.IGNORECASE))


def in_closed_aside(text: str, sentence, e: Entity, fig: tuple[int, int]) -> bool:
    """Whether `e` stands in an aside between commas that closes before the figure ("Spain, which spent 2.1% according to
    NATO estimates, again said it would not commit to the 3.5% level": NATO credits the 2.1%, not the 3.5%)."""
    return any(m.start() < e.start and e.end <= m.end() <= fig[0]
               for m in chained_asides(text, max(sentence.start, e.start - 130), fig[0]))


def chained_asides(text: str, pos: int, endpos: int):
    """The asides of `aside_regex` from `pos` to `endpos`, each closing comma free to open the next: "Military spending,
    which SIPRI estimates at 7.3% of GDP, the highest share among G20 members, is budgeted at ..." holds two asides in a
    row (finditer would let the first's comma hide the second)."""
    pattern = aside_regex()
    while True:
        m = pattern.search(text, pos, endpos)
        if m is None:
            return
        yield m
        pos = m.end() - 1


def outside_aside(ctx: ArticleContext, sentence, near: list[Entity], e: Entity, end: int, lo: int) -> Entity | None:
    """`e`, or when it stands inside an aside between commas (", unlike Germany,", ", which borders Russia,") the
    nearest entity before the aside: "Japan, unlike Germany, has no plan to lift spending" is Japan's."""
    for m in chained_asides(ctx.text, max(lo, e.start - 130), end):
        if m.start() < e.start and e.end <= m.end():
            if is_state(e.code):
                # a state in the aside is set against a state before it ("Mexico has also taken the IMF path and, earlier
                # than Argentina, clinched a deal on its debt"): that state, not an organisation named on the way
                state = nearest_entity_before([x for x in near if is_state(x.code)], m.start(), lo, ctx.text)
                if state is not None:
                    return state
            return nearest_entity_before(near, m.start(), lo, ctx.text) or e
    return e


def verb_inverts(hit: Hit) -> bool:
    """Whether a reporting verb's speaker may follow it ("said the ministry"; not "told the IADB")."""
    return (hit.entry.get("inverts") or "yes") != "no"


POSSESSIVE_MARK = regex.compile(r"['’]")


PUBLIC_KINDS = frozenset({"country", "capital", "demonym", "institution", "person", "organisation", "group", "generic",
                          "state_pronoun"})


def is_public_body(e: Entity) -> bool:
    """Whether an entity is a state, its government or leaders, or an international body."""
    return e.kind in PUBLIC_KINDS and (e.code or e.kind in ("group", "generic", "organisation"))


def names_public_body(ctx: ArticleContext, sentence, by_name: bool = False) -> bool:
    """Whether a sentence names a state, its government or leaders, or an international body; `by_name`: by a name of
    its own, not a pronoun read as the story's state ("when it wants to reach 3%" does not say whose plan it is)."""
    return any(is_public_body(e) and not (by_name and "pronoun" in e.kind) for e in ctx.entities(sentence))


# entities that speak for a state or body (a ministry, a minister, an organisation), as opposed to a state named as
# the owner of a figure
VOICE_KINDS = frozenset({"institution", "person", "organisation", "person_pronoun"})


def is_possessive(ctx: ArticleContext, e: Entity) -> bool:
    """Whether a name stands as a possessor ("Italy's deficit"), not as a subject."""
    return e.surface.endswith(("'s", "’s")) or POSSESSIVE_AFTER.match(ctx.text, e.end) is not None


def names_voice(ctx: ArticleContext, sentence) -> bool:
    """Whether a sentence names a government body, an official or an organisation that could speak for its figures."""
    return any(e.kind in VOICE_KINDS and e.code for e in ctx.entities(sentence))


# '..., says Reza Moghadam, assistant director of the IMF's European Department': an uncoded name and the title
# that places it in a coded body
TITLED_AFTER = regex.compile(r"\s+(?-i:[A-Z][\w.'’-]*)(?:\s+(?-i:[A-Z][\w.'’-]*)){0,3},\s+(?:(?-i:[a-z][\w-]*)\s+){1,5}?(?:of|at)\s+(?:the\s+)?")


def titled_after(ctx: ArticleContext, sentence, verb: Hit) -> Entity | None:
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


def _named_subject_right_before(ctx: ArticleContext, sentence, pos: int, lo: int) -> bool:
    """Whether an organisation's name stands right before `pos` as a verb's subject ("whose deficit the Commission put at
    4.9%"), not a modifier before a participle ("German aid, estimated at")."""
    before = [e for e in ctx.entities_until(sentence, pos) if e.end <= pos and e.start >= lo]
    return bool(before) and before[-1].kind == "organisation" and bool(before[-1].code) \
        and not ctx.text[before[-1].end:pos].strip()


_SUBJECTS = LastSeen()  # {(sentence, verb span, lo): subject} of the last article context seen


def subject_of_verb(ctx: ArticleContext, sentence, verb: Hit, lo: int) -> Entity | None:
    """The coded entity at most four words before a reporting verb, not before `lo` ("NATO said"), past a relative
    clause between commas ("the three Baltic states, which border Russia or Belarus, said": not Belarus).
    The look-back starts at the verb: a sentence may hold thousands of names. Kept for the last article context seen
    (it reads the verb's span only): the speaker steps ask again for the same verb (Reuters: 11,517 calls, 7,747 distinct)."""
    answers = _SUBJECTS.answers(ctx)
    key = (sentence.start, sentence.end, verb.start, verb.end, lo)
    if key not in answers:
        answers[key] = _subject_of_verb(ctx, sentence, verb, lo)
    return answers[key]


def _subject_of_verb(ctx: ArticleContext, sentence, verb: Hit, lo: int) -> Entity | None:
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
    rel = RELATIVE_BEFORE_SCAN.search(ctx.text, max(lo, end - 130), end) or participle_aside(ctx.text, max(lo, end - 130), end)
    if rel is not None:
        end = rel.start()
    e = nearest_entity_before(ctx.entities_until(sentence, end), end, lo, ctx.text, max_words=SUBJECT_WORDS)
    if e is not None and count_words(ctx.text[e.end:end]) <= SUBJECT_WORDS:
        return _and_verb_subject(ctx, sentence, e, end, lo) or _possessing_org(ctx, sentence, e) or e
    titled = _titled_speaker(ctx, sentence, end, lo)
    if titled is None:
        # "Jim Billington, a member of the Farm Credit Administration board, said": the body his post is in (apposedstaff)
        titled = _apposedstaff.apposed_body(ctx.text, ctx.entities_until(sentence, verb.start), verb.start, max(lo, sentence.start))
    if titled is None and lo <= sentence.start and AND_BEFORE.search(ctx.text, max(sentence.start, end - 12), end):
        # "The Commission recommended that Belgium ..., and said Italy's debt would rise": the verb shares the
        # sentence's subject
        return sentence_subject(ctx, sentence, end)
    return titled


def _and_verb_subject(ctx: ArticleContext, sentence, e: Entity, end: int, lo: int) -> Entity | None:
    """The subject of a verb coordinated by "and" when the name nearest before it is only a possessor ("the government
    expected a deficit of 2.8%, just under the European Union's 3% limit, and forecast that debt would rise": the
    sentence's subject forecasts, not the EU owning the limit); None otherwise (or when the sentence opens on no
    subject)."""
    if lo > sentence.start or not (is_possessive(ctx, e) or _in_apposition(ctx, sentence, e)) \
            or not AND_BEFORE.search(ctx.text, max(sentence.start, end - 12), end):
        return None
    subject = sentence_subject(ctx, sentence, end) or _opening_pronoun(ctx, sentence, e.start)
    return subject if subject is not None and subject.start < e.start else None


# the last comma before a name opens a noun phrase in apposition ("Slovakia would not spend 5% of GDP, the goal NATO allies
# set at The Hague, and said ..."): the name belongs to the aside, not to the clause the verb after ", and" goes on with
APPOSITION_BEFORE = regex.compile(r",\s+(?:the|a|an|its|their|his|her)\s+[^,;:()]{0,60}$", regex.IGNORECASE)
# a sentence opening on a personal pronoun ("He projected a deficit of 2.9% ..."): resolved to its speaker by anaphora
OPENING_PRONOUN = regex.compile(r"\s*(?:He|She|They)\b")


def _in_apposition(ctx: ArticleContext, sentence, e: Entity) -> bool:
    """Whether a name stands inside a noun phrase set off by a comma as an apposition of what precedes it."""
    return APPOSITION_BEFORE.search(ctx.text, max(sentence.start, e.start - 61), e.start) is not None


def _opening_pronoun(ctx: ArticleContext, sentence, end: int) -> Entity | None:
    """The coded personal pronoun a sentence opens with, as its subject ("He ... , and said": the speaker he stands for)."""
    if not OPENING_PRONOUN.match(ctx.text, sentence.start):
        return None
    first = next((x for x in ctx.entities_until(sentence, end)), None)
    if first is None or not first.code or first.kind not in ("pronoun", "person_pronoun") \
            or ctx.text[sentence.start:first.start].strip():
        return None
    return first


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
    # an official of the organisation speaks: a later "he said" goes on with them (`anaphora.speaking_he_code` takes persons)
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


# a reporting verb's "that" right before a name: "said that West Germany", "reported that Canada"
THAT_BEFORE_NAME = regex.compile(r"\b(?:said|says|say|told\s+\w+|reported|reports|added|adds|noted|estimated|predicted|forecast|"
                                 r"warned|believed?|believes|expects?|expected|thinks?|thought)\s+that\s+(?:the\s+)?$", regex.IGNORECASE)


def reported_subject(text: str, sentence, e: Entity) -> bool:
    """Whether the name `e`, taken as a sentence's speaker, is the subject of the clause a reporting verb's "that" opens
    right before it ("Diplomatic sources here said that West Germany appeared likely to ...") and no pronoun ("Roberts
    added that he was expecting" mostly goes on with the speaker himself)."""
    return e.kind not in ("pronoun", "state_pronoun", "person_pronoun") \
        and THAT_BEFORE_NAME.search(text, max(sentence.start, e.start - 40), e.start) is not None


def named_right_after(ctx: ArticleContext, sentence, pos: int, skip_pronouns: bool = True) -> Entity | None:
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


SUBJECT_REACH = 8  # words at most from the sentence's start to the end of its subject's name ("U.S. Defense Secretary Pete Hegseth")


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


# every regex pattern above runs as its standard-re twin on ASCII text (lexicon.AsciiTwin: the same matches, less CPU)
from .lexicon import ascii_twins as _ascii_twins  # noqa: E402  (after the patterns it replaces)

_ascii_twins(globals())
