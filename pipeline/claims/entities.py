"""What a sentence names: the Entity record and its kinds, state and organisation codes, and the word
classes besides the gazetteer's names that find entities.

An entity is a gazetteer match (country, capital, demonym, institution, leader, organisation), a
group phrase ("European allies", ``group_words.csv``; a party named "... Alliance" is none), a
generic government word ("the Finance Ministry", ``generic_actors.csv``) or a pronoun ("its", "the
country's", "he", "it"); news outlets (``outlets.csv``) never are. A three-letter code is a state
unless it is one of ``ORGANISATION_CODES`` (`is_state`). Also the walk back from a point to the
nearest coded name that every role decision makes (`nearest_entity_before`, skipping the objects of a
preposition), and a national publisher's home state (``publisher_states.csv``). Kept apart from the
article's context (``roles``) because none of it reads beyond the text it is given: it is what that
context, and every decision after it, builds on.
"""
from __future__ import annotations

import functools
import re
from typing import NamedTuple

import regex

from .lexicon import ascii_lowered, ascii_twin, count_words, cues, phrase_pattern, phrases_alternation, read_rows

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

PERSON_PRONOUN = regex.compile(r"\b(?:he|she)\b", regex.IGNORECASE)
IT_PRONOUN = regex.compile(r"\b(?:it|the\s+country|the\s+nation)\b(?!['’])", regex.IGNORECASE)

# a name as the object of a preposition ("with the United States", "of any NATO member"); capitalised words only
# as written (the flag must not turn "on Wednesday that the alliance" into an object)
# (a month or weekday after the preposition dates the clause: "In March lawmakers exempted", "On Tuesday Japan pledged")
# (a name singled out of a noun phrase, "competitive with other countries, particularly the United States", "aid donors,
# especially Japan": an example of that phrase, no subject of its own, like one after "including")
PREP_BEFORE = regex.compile(r"\b(?:from|of|for|on|to|including|particularly|especially|except|excluding|in|with|against|between|among)\s+(?:(?:its|their|his|her|our|the|a|an|all|any|every|each|both|other|some|many|most|several|fellow|"
                            r"(?-i:(?!(?:January|February|March|April|May|June|July|August|September|October|November|December|"
                            r"Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday)\b)[A-Z]\w+))\s+){0,2}$",
                            regex.IGNORECASE)


@functools.lru_cache(maxsize=1)
def gazetteer():
    if _gazetteer is None:
        return None
    try:
        return _gazetteer.load_gazetteer()
    except Exception:  # pragma: no cover - a broken lexicon must not stop the pipeline
        return None


@functools.lru_cache(maxsize=1)
def group_regex() -> tuple[regex.Pattern, dict]:
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


def is_party_alliance(text: str, m) -> bool:
    """True when the group phrase m ("Liberal Alliance") is a party's or coalition's name, not the alliance."""
    phrase = m.group()
    if not phrase.endswith("Alliance"):
        return False
    return _party_alliance_name().search(phrase) is not None or PARTY_AFTER_ALLIANCE.match(text, m.end()) is not None


def group_phrases(text: str, start: int, end: int):
    """The matches of the group regex in text[start:end], as its `finditer` gives them.

    Scanned at every character the regex costs ~440 ns a character (its optional prefix word is tried everywhere).
    A match opens at a group phrase, which starts with one of the `_group_openings`, or at the one word before such a
    phrase, after whitespace ("NATO allies", "other members"). On ASCII text (where ignoring case is lower-casing) the
    openings are found in the lower-cased text at C speed and the regex is tried only at those places and the word
    starts before them, in order, resuming after each match as `finditer` does."""
    group_re = group_regex()[0]
    openings = _group_openings()
    low = ascii_lowered(text)
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
def group_row(surface: str) -> dict:
    """The longest group_words.csv row a group phrase ends with ("European allies" -> allies, "its Asian
    allies" -> Asian allies)."""
    return max((r for pat, r in _group_rows() if pat.search(surface)), key=lambda r: len(r["word"]))


def generic_words():
    return cues("generic_actors.csv", "word")


def outlet_words():
    return cues("outlets.csv", "name")


@functools.lru_cache(maxsize=1)
def _publisher_states() -> tuple[tuple[str, str], ...]:
    return tuple((r["publisher"].lower(), r["state"]) for r in read_rows("publisher_states.csv"))


@functools.lru_cache(maxsize=64)
def publisher_state(source: str) -> str | None:
    """The home state of a national publisher (publisher_states.csv) whose stories may never name it ("the government"
    of a Yle story is Finland's), from the article's `source`."""
    low = source.lower()
    return next((state for name, state in _publisher_states() if low.startswith(name)), None)


def with_org(e: Entity, org) -> Entity:
    """A group phrase holding an organisation's name ("NATO members") takes that organisation's code."""
    if e.kind.startswith("group:") and e.code is None and e.start <= org.start and org.end <= e.end:
        return e._replace(code=org.code)
    return e


# "his country", "her nation" standing alone (not "his country's"): a noun phrase for the speaker's state that can be a
# verb's subject ("Carney said his country would spend 2%"), unlike "its" or "their", which only own the noun after them
PERSON_COUNTRY = regex.compile(r"(?:his|her)\s+(?:country|nation)", regex.IGNORECASE)
POSSESSIVE_NEXT = regex.compile(r"['’]")


def person_country(e: Entity, text: str) -> bool:
    """Whether a pronoun entity is a person's country named as a noun phrase of its own ("his country would"), not as a
    possessor ("his country's deficit")."""
    return PERSON_COUNTRY.fullmatch(e.surface) is not None and POSSESSIVE_NEXT.match(text, e.end) is None


@functools.cache
def apposition_alternative() -> str:
    """The opening of an apposition relating a name to another party, as a regex alternative to follow ", " (case-blind):
    "a close ally of", "both members of", "home to" (a head noun of apposition_nouns.csv after an optional determiner and
    up to two words, then a preposition). Read by ``roles.aside_regex`` and ``anaphora.past_aside``."""
    nouns = phrases_alternation([r["noun"] for r in read_rows("apposition_nouns.csv")])
    return (r"(?:(?:a|an|the|one|both|all)\s+(?:[\w-]+\s+){0,2}?)?(?:" + nouns + r")\s+(?:of|to|in|from|with|by|for)")


def nearest_entity_before(entities: list[Entity], pos: int, lo: int, text: str, skip_objects: bool = True,
                    max_words: int | None = None) -> Entity | None:
    for e in reversed(entities):
        if max_words is not None and e.end <= pos and count_words(text[e.end:pos]) > max_words:
            return None  # any entity further back is further still (the walk must not cross a long sentence)
        if e.end <= pos and e.start >= lo and e.code:
            if e.kind == "pronoun" and not person_country(e, text):
                continue
            if skip_objects and PREP_BEFORE.search(text, max(lo, e.start - 40), e.start):
                continue
            return e
    return None


def first_named(entities: list[Entity], end: int) -> Entity | None:
    """The first coded entity (no bare pronoun) of `entities` (in reading order) that ends by `end`."""
    for e in entities:
        if e.start >= end:
            return None
        if e.code and e.end <= end and e.kind != "pronoun":
            return e
    return None


ORGANISATION_CODES = frozenset({"NATO", "EU", "EUROZONE", "OECD", "IMF", "UN", "WORLD_BANK", "G7", "G8", "G20", "OPEC", "EC"})


def is_state(code: str | None) -> bool:
    return bool(code) and len(code) == 3 and code.isalpha() and code.isupper() and code not in ORGANISATION_CODES


@functools.lru_cache(maxsize=1)
def uncoded_groups() -> frozenset:
    """The groups ``uncoded_groups.csv`` lists (the Paris Club, the GCC): the gazetteer finds them by a code of their own, but
    ANNOTATION.md gives them none, so a claim's actor or target that is one of them takes a null code (`claim_code`)."""
    return frozenset(row["code"] for row in read_rows("uncoded_groups.csv"))


def claim_code(code: str | None) -> str | None:
    """The code a claim records for an actor or target found as `code`: None for a group no code covers."""
    return None if code in uncoded_groups() else code


def is_state_or_organisation(code: str | None) -> bool:
    """A state's code or one of the contract's organisations of states (NATO, EU, IMF ...): a public body of its own."""
    return is_state(code) or code in ORGANISATION_CODES


# every regex pattern above runs as its standard-re twin on ASCII text (lexicon.AsciiTwin: the same matches, less CPU)
from .lexicon import ascii_twins as _ascii_twins  # noqa: E402  (after the patterns it replaces)

_ascii_twins(globals())
