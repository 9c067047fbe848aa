"""Actor gazetteer: turns names of states, governments, organisations and people into codes.

Knowledge lives in CSV files under ``pipeline/data/actors/`` (see its README.md and sources.md).
Codes follow the contract: ISO 3166-1 alpha-3 for states (and their governments, ministries,
parliaments, central banks, capitals used as metonyms, leaders and officials); upper-case codes
from ``organisations.csv`` for organisations and groups.

Usage::

    gaz = load_gazetteer()                       # cached; compiles one regex once
    for m in gaz.find(text, year=2025):          # EntityMatch(start, end, surface, code, kind, candidates)
        ...
    ctx = gaz.context_codes(matches)             # unambiguous codes seen in the article
    code = gaz.resolve(m, ctx)                   # fills ambiguous / needs-context matches

``find`` scans with ONE compiled ``regex`` pattern built as a character trie from every alias
(longest match first, word boundaries, case-sensitive: aliases are listed in the forms that occur
in text). Pure functions, no I/O after loading.
"""
from __future__ import annotations

import csv
import re
import unicodedata
from collections import Counter
from dataclasses import dataclass, field
from functools import lru_cache
from pathlib import Path
from typing import Iterable, NamedTuple, Optional

import regex

DATA_DIR = Path(__file__).resolve().parent.parent / "data" / "actors"
CURRENT_YEAR = 2026
ERA_SLACK = 1  # a person is looked up from from_year-1 to to_year+1 (mentions around transitions)

KINDS = ("country", "demonym", "capital", "institution", "person", "organisation", "group")


class EntityMatch(NamedTuple):
    start: int
    end: int
    surface: str
    code: Optional[str]
    kind: str
    candidates: tuple  # possible codes; (code,) when resolved; () for "any state in context"


@dataclass
class _PersonRow:
    name: str
    code: str
    role: str
    from_year: int
    to_year: int  # CURRENT_YEAR + 10 when still in office
    surname_alone: bool


@dataclass
class _Entry:
    kind: str
    code: Optional[str] = None
    candidates: tuple = ()
    default: Optional[str] = None
    needs_context: bool = False   # code depends on the article's country (candidates () = any state)
    name_like: bool = False       # also a personal name: dropped next to capitalised words
    never: bool = False           # resolve() returns None (e.g. "Washington state")
    named_only: bool = False      # policy "named": no entity at all unless the article names a candidate ("the fund")
    stop: bool = False            # consumes text but yields no match (newspapers, regions, currencies)
    persons: list = field(default_factory=list)   # full-name entries: rows of one person
    surname: bool = False         # persons holds every row with this surname
    eras: list = field(default_factory=list)      # [(code, from, to)] year-dependent overrides
    priority: int = 0
    cand_years: dict = field(default_factory=dict)  # candidate -> ((from, to), ...): a body that sits only then


# --- titles that may precede a person's name and are consumed into the match ---------------------
_TITLES = [
    "President", "Vice President", "Vice-President", "President-elect", "Prime Minister",
    "Deputy Prime Minister", "Premier", "Chancellor", "Vice Chancellor", "Vice-Chancellor",
    "Finance Minister", "Foreign Minister", "Defence Minister", "Defense Minister",
    "Economy Minister", "Economics Minister", "Economy and Finance Minister", "Trade Minister",
    "Treasury Minister", "Budget Minister", "Industry Minister", "Oil Minister", "Energy Minister",
    "Minister", "Secretary", "Secretary of State", "Secretary of Defense", "Secretary of War",
    "Defense Secretary", "Defence Secretary", "War Secretary", "Treasury Secretary",
    "Commerce Secretary", "Foreign Secretary", "Home Secretary", "Chancellor of the Exchequer",
    "Chief Secretary to the Treasury", "Under Secretary", "Under Secretary of Defense",
    "Under Secretary of Defense for Policy", "Undersecretary", "Deputy Secretary",
    "Deputy Secretary of State", "Deputy Secretary of Defense", "Deputy Treasury Secretary",
    "Trade Representative", "U.S. Trade Representative", "Governor", "Central Bank Governor",
    "Chairman", "Fed Chairman", "Fed Chair", "Federal Reserve Chairman", "Federal Reserve Chair",
    "Chair", "Secretary-General", "Secretary General", "Managing Director", "Commissioner",
    "King", "Queen", "Crown Prince", "Emperor", "Sheikh", "Senator", "Sen.", "Rep.",
    "Representative", "Speaker", "House Speaker", "Mr", "Mr.", "Mrs", "Mrs.", "Ms", "Ms.", "Dr",
    "Dr.", "Sir", "Lord", "Lady", "Dame", "Gen.", "General", "Admiral", "Adm.", "Chief Cabinet Secretary",
    "Cabinet Secretary", "Treasurer", "Spokesperson", "spokesperson", "spokesman", "spokeswoman",
    # modern defence and fiscal stories: envoys, deputies, officers, chiefs of staff
    "Ambassador", "Envoy", "Special Envoy",  # "U.S. Ambassador X": "U.S." stays a match of its own
    "Permanent Representative", "Deputy Defence Minister", "Deputy Defense Minister", "Deputy Finance Minister",
    "Deputy Foreign Minister", "Minister of Defence", "Minister of Defense", "Minister for Defence",
    "Minister of National Defense", "Minister of National Defence", "Minister of Finance", "Minister for Finance",
    "Minister of Foreign Affairs", "Minister for Foreign Affairs", "Foreign Affairs Minister", "State Secretary",
    "Deputy Secretary General", "Deputy Secretary-General", "Deputy Managing Director",
    "First Deputy Managing Director", "Chief Economist", "National Security Adviser", "National Security Advisor",
    "Chief of Staff", "Army Chief", "Army Chief of Staff", "Chief of Defence", "Chief of Defence Staff",
    "Chief of the Defence Staff", "Chief of General Staff", "Chief of the General Staff", "Chief of Naval Operations",
    "Navy Secretary", "Army Secretary", "Air Force Secretary", "Secretary of the Navy", "Secretary of the Army",
    "Secretary of the Air Force", "Lieutenant General", "Lt. Gen.", "Lt Gen", "Major General", "Maj. Gen.",
    "Vice Admiral", "Rear Admiral", "Air Marshal", "Air Chief Marshal", "Field Marshal", "Colonel", "Col.",
    "Brigadier General", "Brig. Gen.", "Senate Majority Leader", "Senate Minority Leader", "House Majority Leader",
    "House Minority Leader", "Majority Leader", "Minority Leader", "Opposition Leader", "Opposition leader",
    "Taoiseach", "Tanaiste", "Tánaiste",
]
_LOWER_TITLES = [t.lower() for t in _TITLES if " " in t or t in (
    "President", "Premier", "Chancellor", "Minister", "Secretary", "Governor", "Chairman",
    "Chair", "Commissioner", "Speaker", "Treasurer", "Ambassador", "Envoy")]

_TITLE_ROLES = (  # (substring of the lower-cased title, role)
    ("exchequer", "finance"), ("treasury", "finance"), ("finance", "finance"), ("budget", "finance"),
    ("treasurer", "finance"), ("defen", "defence"), ("war", "defence"), ("foreign", "foreign"),
    ("secretary of state", "foreign"), ("economy", "economy"), ("economics", "economy"),
    ("trade", "trade"), ("commerce", "trade"), ("prime minister", "head_of_government"),
    ("premier", "head_of_government"), ("chancellor", "head_of_government"),
    ("vice president", "deputy_head"), ("vice-president", "deputy_head"),
    ("president", "head_of_state"), ("president", "org_head"), ("king", "head_of_state"), ("governor", "central_bank"),
    ("fed ", "central_bank"), ("federal reserve", "central_bank"),
    ("secretary-general", "org_head"), ("secretary general", "org_head"),
    ("managing director", "org_head"), ("commissioner", "commissioner"),
)

_HONORIFICS = frozenset(["Mr", "Mr.", "Mrs", "Mrs.", "Ms", "Ms.", "Dr", "Dr.", "Sir", "Lord", "Lady", "Dame"])
# a first word that may start a longer alias ("U.S.", "New York") gets a compiled pattern of its aliases once met
# this many times: compiling costs ~170 us, and each match by the pattern instead of by tokenising saves ~5.6 us
# (Reuters: 296 such words in 5,533 articles; "U" 2,532 times, "the" 1,356, "A" 991, most a few times)
COMPILE_AFTER = 32
FAR_FROM_OFFICE = 2  # years: a full name further than this from any office keeps its code open

_FUNCTION_WORDS = frozenset(
    "The A An In And But For From To With At On By Of As While Then When Both If Since After "
    "Before Including Between Against Meanwhile Also Neither Nor Or Unlike Like Under Over "
    "Across Toward Towards Into Despite Until During Without Within Through About".split())


# capitalised words of time before a surname, no given name of it ("In July Trump said", "On Monday Carney said", "Later
# Rutte said"; a sentence's opening word is read as a name word otherwise)
_TIME_WORDS = frozenset(
    "January February March April May June July August September October November December "
    "Monday Tuesday Wednesday Thursday Friday Saturday Sunday Later Earlier Last Now Yesterday Today".split())


def _fold(s: str) -> str:
    """Accents stripped (Schröder -> Schroder)."""
    if s.isascii():  # nothing to strip (most aliases): skip the normalisation
        return s
    return "".join(c for c in unicodedata.normalize("NFKD", s) if not unicodedata.combining(c))


def _german(s: str) -> str:
    if s.isascii():
        return s
    return (s.replace("ä", "ae").replace("ö", "oe").replace("ü", "ue").replace("Ä", "Ae")
            .replace("Ö", "Oe").replace("Ü", "Ue").replace("ß", "ss"))


def _variants(alias: str) -> set:
    out = {alias, _fold(alias), _german(alias), _fold(_german(alias))}
    for a in list(out):
        if "'" in a:
            out.add(a.replace("'", "\u2019"))
    for a in list(out):
        if a[:1].islower():
            out.add(a[0].upper() + a[1:])
    return {" ".join(a.split()) for a in out if a.strip()}


def _split(cell: str) -> list:
    return [x.strip() for x in (cell or "").split("|") if x.strip()]


def _candidates(cell: str) -> tuple:
    """(codes, {code: (from, to)}) of a candidates cell: "USA|NGA:1999-|EGY:2020-" (a candidate with a span is one
    only in those years: Nigeria's Senate sits from 1999, Egypt's from 2020); spans as {code: ((from, to), ...)}."""
    codes, years = [], {}
    for c in _split(cell):
        code, _, span = c.partition(":")
        code = code.strip()
        if code not in codes:
            codes.append(code)
        if span:  # a code listed twice has two spans ("NGA:1979-1983|NGA:1999-": the Second and Fourth Republics)
            f, _, t = span.partition("-")
            years.setdefault(code, []).append((_year(f, 0), _year(t, 9999)))
    return tuple(codes), {code: tuple(spans) for code, spans in years.items()}


def _year(cell: str, default: int) -> int:
    cell = (cell or "").strip()
    return int(cell) if cell else default


def _read(name: str) -> list:
    with open(DATA_DIR / name, newline="", encoding="utf-8") as f:
        return list(csv.DictReader(f))


# --- tokens: aliases and text are compared as sequences of word / space / punctuation tokens -------
_TOKEN = re.compile(r"\w+|\s+|[^\w\s]")  # stdlib re: faster than regex for these small scans
_WORD = re.compile(r"\w+")
_NEXT_WORD = re.compile(r"\s+(\w+)")
_WORD_TAIL = re.compile(r"\w+\Z")
# a capital naming a meeting held there (up to two adjectives between): "Paris monetary conference", "Bonn summit"
_VENUE_AFTER = re.compile(r"\s+(?:[a-z]+(?:ary|ic|al|ean)\s+){0,2}(?:conference|summit|meeting|accord|communique|declaration)s?\b")
_OPPOSITION_BEFORE = re.compile(r"\b[Oo]pposition\s+$")
# a country's name that is also an office holder's surname ("Montenegro": Portugal's prime minister from 2024) reads as
# the person after a title ("Prime Minister Montenegro", "Mr Montenegro") or before an apposition or relative clause
# ("Montenegro, who heads the government", "Montenegro, the prime minister"); before a verb of saying it is either,
# chosen by the article's states ("Montenegro said": the country in a Balkan story, the person in a Portuguese one)
_PERSON_AFTER = re.compile(r",\s+(?:who\b|whose\b|the\s+(?:[A-Za-z-]+\s+){0,2}(?:prime\s+minister|premier|president|"
                           r"minister|leader|chancellor)\b)")
_SAYING_AFTER = re.compile(r"\s+(?:said|says|told|added|announced|argued|insisted|stressed|warned)\b")
_POSSESSIVE_GAP = re.compile(r"['\u2019]s\s+$")  # "Thailand's House of Representatives": the state owns the body it names


def _tokens(s: str) -> tuple:
    return tuple(" " if t[0].isspace() else t for t in _TOKEN.findall(s))


def _norm(surface: str) -> str:
    return " ".join(surface.split())


class Gazetteer:
    """Aliases -> codes. Build with :func:`load_gazetteer` (cached)."""

    def __init__(self) -> None:
        self.entries: dict[str, _Entry] = {}
        self.names: dict[str, str] = {}          # code -> display name
        self.state_codes: set[str] = set()
        self.org_codes: set[str] = set()
        self.memberships: dict[str, list] = {}   # org -> [(country, from, to)]
        self.conflicts: list[tuple] = []
        self._lower_index: dict[str, str] = {}
        self._load()
        self._compile()

    # ------------------------------------------------------------------ loading
    def _add(self, alias: str, entry: _Entry) -> None:
        variants = _variants(alias)
        if len(alias) >= 4 and alias[:1].isupper() and any(c.islower() for c in alias):
            # upper-case headlines ("JAPAN TO RAISE DEFENCE SPENDING", "BAKER SAYS ...")
            variants |= {v.upper() for v in variants if "ß" not in v}
        for v in variants:
            old = self.entries.get(v)
            if old is None or entry.priority > old.priority:
                self.entries[v] = entry
            elif entry.priority == old.priority and (old.code != entry.code or old.kind != entry.kind):
                if old.persons and entry.persons:  # two people share a name form: merge rows
                    merged = _Entry(kind="person", persons=old.persons + entry.persons,
                                    surname=old.surname or entry.surname, priority=old.priority)
                    self.entries[v] = merged
                else:
                    self.conflicts.append((v, old.kind, old.code, entry.kind, entry.code))

    def _load(self) -> None:
        P_STOP, P_AMB, P_FULL, P_INST, P_ORG, P_GROUP, P_COUNTRY, P_SURNAME = 90, 80, 70, 60, 55, 50, 40, 10
        for r in _read("countries.csv"):
            code = r["code"]
            self.names[code] = r["name"]
            self.state_codes.add(code)
            for a in [r["name"]] + _split(r["aliases"]):
                self._add(a, _Entry("country", code, (code,), priority=P_COUNTRY))
            for a in _split(r["demonyms"]):
                self._add(a, _Entry("demonym", code, (code,), priority=P_COUNTRY))
            for a in _split(r["capitals"]):
                self._add(a, _Entry("capital", code, (code,), priority=P_COUNTRY))
        for r in _read("organisations.csv"):
            code = r["code"]
            self.names[code] = r["name"]
            self.org_codes.add(code)
            for a in [r["name"]] + _split(r["aliases"]):
                self._add(a, _Entry("organisation", code, (code,), priority=P_ORG))
            for a in _split(r["members_word"]):
                self._add(a, _Entry("group", code, (code,), priority=P_GROUP))
        for r in _read("institutions.csv"):
            if r["needs_context"].strip() == "yes":
                cands, spans = _candidates(r["candidates"])
                e = _Entry("institution", None, cands, default=r["default"].strip() or None, needs_context=True,
                           priority=P_INST, cand_years=spans)
            else:
                e = _Entry("institution", r["code"], (r["code"],), priority=P_INST)
            self._add(r["alias"], e)
        # people: full names / aliases -> that person's rows; surnames -> all rows with that surname
        persons: dict[str, list] = {}
        surnames: dict[str, list] = {}
        gov_words: dict[str, set] = {}
        for r in _read("people.csv"):
            row = _PersonRow(r["name"], r["code"], r["role"], _year(r["from_year"], 0),
                             _year(r["to_year"], CURRENT_YEAR + 10),
                             r.get("surname_alone", "yes").strip() != "no")
            for a in [r["name"]] + _split(r["aliases"]):
                persons.setdefault(a, []).append(row)
            for s in _split(r["surname"]):
                surnames.setdefault(s, []).append(row)
                if row.role in ("head_of_state", "head_of_government") and row.code in self.state_codes:
                    gov_words.setdefault(s, set()).add(row.code)
        for s, rows in surnames.items():
            self._add(s, _Entry("person", persons=rows, surname=True, priority=P_SURNAME))
        # surnames that are a country's name: the country entry wins the alias, the person is read by cues (find)
        self.country_surnames = {s: rows for s, rows in surnames.items()
                                 if self.entries.get(s) is not None and self.entries[s].kind == "country"}
        for a, rows in persons.items():
            self._add(a, _Entry("person", persons=rows, priority=P_FULL))
        # "<Surname> government / cabinet / administration" of heads of state and government
        for s, codes in gov_words.items():
            if s in self.entries and self.entries[s].kind == "country":
                continue  # "the Montenegro government" is Montenegro's, not Luis Montenegro's
            if len(codes) == 1 and s[:1].isupper():
                code = next(iter(codes))
                for w in ("government", "cabinet", "administration", "Government", "Cabinet",
                          "Administration"):
                    self._add(f"{s} {w}", _Entry("institution", code, (code,), priority=P_INST))
        for r in _read("ambiguous.csv"):
            cands, spans = _candidates(r["candidates"])
            self._add(r["alias"], _Entry(
                r["kind"], None, cands, default=r["default"].strip() or None,
                name_like=r["name_like"].strip() == "yes", never=r["policy"].strip() == "never",
                named_only=r["policy"].strip() == "named", priority=P_AMB, cand_years=spans))
        for r in _read("stopphrases.csv"):
            self._add(r["phrase"], _Entry("stop", stop=True, priority=P_STOP))
        for r in _read("eras.csv"):
            for v in _variants(r["alias"]):
                e = self.entries.get(v)
                if e is not None:
                    e.eras.append((r["code"], _year(r["from_year"], 0), _year(r["to_year"], 9999)))
        for r in _read("memberships.csv"):
            self.memberships.setdefault(r["org"], []).append(
                (r["country"], _year(r["from_year"], 0), _year(r["to_year"], CURRENT_YEAR + 10)))
        for alias, e in self.entries.items():
            self._lower_index.setdefault(alias.lower(), alias)

    def _compile(self) -> None:
        # alias token tuples -> entry; the longest alias (in tokens) starting with each first token
        self._keys: dict[tuple, _Entry] = {}
        self._first: dict[str, int] = {}
        self._first_chars: dict[str, int] = {}  # window to tokenize (whitespace may be longer)
        self._next_words: dict[str, set] = {}  # first word -> words that can follow it after a space
        self._punct_next: set = set()  # first words followed by punctuation in some alias
        self._alias_rx: dict[str, tuple] = {}  # first word -> its aliases' pattern (see _longest_alias)
        self._alias_uses: dict[str, int] = {}  # first word -> times matched by tokenising so far
        self._keys_by_first: dict[str, list] = {}  # first word -> the token tuples of its aliases
        for alias, e in self.entries.items():
            k = _tokens(alias)
            if not _WORD.fullmatch(k[0]):
                continue  # every alias starts with a word character
            self._keys[k] = e
            self._keys_by_first.setdefault(k[0], []).append(k)
            if len(k) > self._first.get(k[0], 0):
                self._first[k[0]] = len(k)
            self._first_chars[k[0]] = max(self._first_chars.get(k[0], 0), 3 * len(alias) + 8)
            if len(k) > 1:
                if k[1] == " ":
                    self._next_words.setdefault(k[0], set()).add(k[2])
                else:  # "U.S.", "G-7", "Washington, D.C.": tokenize
                    self._punct_next.add(k[0])
        # words that can start an alias: capitalised words plus the few lower-case first words
        # a lower-case word that is no alias by itself is a candidate only before a word that can
        # follow it in an alias ("the Pentagon", "finance ministry"): a lookahead, so the common
        # "the" costs no Python work
        lower = sorted((w for w in self._first if not w[:1].isupper()), key=len, reverse=True)
        by_first: dict[str, list] = {}  # grouped by first character: one branch tried per word start
        for w in lower:
            if w in self._punct_next or (w,) in self._keys:
                by_first.setdefault(w[0], []).append(re.escape(w[1:]))
                continue
            nexts = sorted((n for n in self._next_words.get(w, ()) if _WORD.fullmatch(n)), key=len, reverse=True)
            if nexts:
                by_first.setdefault(w[0], []).append(
                    re.escape(w[1:]) + r"(?=\s+(?:" + "|".join(map(re.escape, nexts)) + r")\b)")
        alts = [re.escape(c) + "(?:" + "|".join(rests) + ")" for c, rests in sorted(by_first.items())]
        self._cand = re.compile(r"\b(?:[A-Z\u00C0-\u00DE\u0100-\u017F\u0391-\u03A9\u0410-\u042F]\w*"
                                + "".join("|" + a for a in alts) + r")\b")
        # the same scan for ASCII text (nearly all of Reuters), with ASCII classes: there \w and \b are the same
        # as in Unicode and \s is [ \t\n\r\f\v] plus \x1c-\x1f, which str.isspace() also counts; the tests are
        # table look-ups instead of Unicode properties (~24% less scan time over Reuters)
        self._cand_ascii = self._cand if "\\\\" in self._cand.pattern else re.compile(  # (no escaped backslash to mistake)
            self._cand.pattern.replace(r"\s", r"[\s\x1c-\x1f]"), re.ASCII)
        titles = set(_TITLES) | set(_LOWER_TITLES)
        self._titles = {_tokens(t) for t in titles}
        self._title_max = max(len(t) for t in self._titles)
        self._title_last = {t[-1] for t in self._titles}  # the token each title ends with
        self._title_dot_prev = {t[-2] for t in self._titles if len(t) > 1 and t[-1] == "."}  # ("Mr", "."): "Mr"
        self._title_dot_alone = (".",) in self._titles
        self._title_chars = 3 * max(len(t) for t in titles) + 8
        self._prev_word = regex.compile(r"([A-Z][\w\-]*)[ \t]$")
        self._next_word = regex.compile(r"[ \t]([A-Z][a-z])")
        self._next_cap = regex.compile(r"[ \t]([A-Z][\w\-]*)")
        self._title_words = {t for k in self._titles for t in k if t[:1].isalpha()}
        # first words of aliases that are not people ("Japanese", "Bush administration" is a person
        # surname followed by an alias word): a first name before a surname is not one of them
        self._place_first = {k[0] for k, e in self._keys.items() if not e.persons}
        self._gap_ok = regex.compile(r"(?:['\u2019]s)?\s+$|\s+(?:of\s+)?$")

    # ------------------------------------------------------------------ matching
    def find(self, text: str, start: int = 0, end: Optional[int] = None,
             year: Optional[int] = None) -> list:
        """Every actor name in text[start:end], left to right, longest first, as EntityMatch.

        Person matches take a title right before the name into the surface ("Prime Minister
        Shigeru Ishiba"); possessives ("Japan's") and compounds ("U.S.-Japan") match their name."""
        if end is None:
            end = len(text)
        first, keys = self._first, self._keys
        out: list[EntityMatch] = []
        done = start  # text before this offset is already inside a match
        for wm in (self._cand_ascii if text.isascii() else self._cand).finditer(text, start, end):
            w = wm.group()
            lmax = first.get(w)
            if lmax is None:
                continue  # (asked first: most candidates start no alias)
            a = wm.start()
            if a < done:
                continue
            e = None
            if w not in self._punct_next:  # cheap path: peek at the next word only
                nw = _NEXT_WORD.match(text, wm.end(), end)
                if nw is None or nw.group(1) not in self._next_words.get(w, ()):
                    e = keys.get((w,))
                    if e is None:
                        continue
                    s0, s1 = a, wm.end()
            if e is None:
                got = self._longest_alias(text, a, min(end, a + self._first_chars[w]), w, lmax)
                if got is None:
                    continue
                e, s1 = got
                s0 = a
            done = s1
            if e.stop:
                continue
            if e.kind == "capital" and _VENUE_AFTER.match(text, s1, end):
                continue  # "the Paris monetary conference", "the Bonn summit": a meeting's venue, not the state
            if e.persons:
                title, t0 = self._title_before(text, a)
                if (e.surname and title is None and not text[s0:s1].isupper()
                        and self._other_name_next_to(text, s0, s1)):
                    continue  # "Frank Brown", "James Cameron", "Snow Patrol": someone else
                got = self._person(e, year, title)
                if got is None:
                    continue
                if title is not None:
                    if out and out[-1].start >= t0:
                        out.pop()  # the title was matched on its own ("Prime Minister"): merge
                        s0 = t0
                    elif out and out[-1].end > t0:
                        pass  # the title ends a longer match ("NATO Secretary General"): keep both
                    else:
                        s0 = t0
                out.append(EntityMatch(s0, s1, text[s0:s1], got[0], "person", got[1]))
                continue
            if e.name_like and not text[s0:s1].isupper() and self._looks_like_name(text, s0, s1):
                continue
            if e.kind == "country" and self.country_surnames and text[s0:s1] in self.country_surnames:
                got = self._country_or_person(text, s0, s1, e, year, out)
                if got is not None:
                    out.append(got)
                    continue
            code, cands = self._plain(e, year)
            if e.needs_context and cands and _OPPOSITION_BEFORE.search(text, max(0, s0 - 14), s0):
                # "The opposition People's Party" of a Thai story: the opposition of the state in context, whichever
                # states the alias's list names (resolve then takes the state the article names most)
                cands = ()
            out.append(EntityMatch(s0, s1, text[s0:s1], code, e.kind, cands))
        return self._adjacent(text, out)

    def _country_or_person(self, text: str, s0: int, s1: int, e: _Entry, year: Optional[int], out: list):
        """The match of a country's name that is also the surname of an office holder in office that year: the person
        after a title or before ", who" / ", the prime minister"; either (code None, resolved by the article's states)
        before a verb of saying; None (the country) otherwise. A title matched on its own is merged (popped from out)."""
        rows = self.country_surnames[text[s0:s1]]
        if year is not None:
            rows = [r for r in rows if r.from_year - ERA_SLACK <= year <= r.to_year + ERA_SLACK]
        codes = sorted({r.code for r in rows})
        if not rows or len(codes) != 1 or codes[0] == e.code:
            return None
        title, t0 = self._title_before(text, s0)
        if title is not None:
            if out and out[-1].start >= t0:
                out.pop()
            return EntityMatch(t0, s1, text[t0:s1], codes[0], "person", (codes[0],))
        if _PERSON_AFTER.match(text, s1):
            return EntityMatch(s0, s1, text[s0:s1], codes[0], "person", (codes[0],))
        if _SAYING_AFTER.match(text, s1):
            return EntityMatch(s0, s1, text[s0:s1], None, "country", (e.code, codes[0]))
        return None

    def _longest_alias(self, text: str, a: int, stop: int, word: str, lmax: int) -> tuple | None:
        """(entry, end) of the alias with the most tokens that the text's tokens at `a` start with (text read
        up to `stop`), or None. A word met often is matched by one compiled pattern of its aliases
        (`_alias_pattern`), in one C call (~1.9 us instead of ~7.5); one met fewer than COMPILE_AFTER times by
        tokenising, as compiling a pattern costs ~170 us. Both give the same answer."""
        found = self._alias_rx.get(word)
        if found is None:
            uses = self._alias_uses[word] = self._alias_uses.get(word, 0) + 1
            if uses < COMPILE_AFTER:
                return self._tokenized_alias(text, a, stop, lmax)
            found = self._alias_rx[word] = self._alias_pattern(word)
        match, entries = found
        am = match(text, a, stop)
        return None if am is None else (entries[am.lastindex], am.end())

    def _tokenized_alias(self, text: str, a: int, stop: int, lmax: int) -> tuple | None:
        """`_longest_alias` by tokenising text[a:stop] (up to lmax tokens) and trying a tuple per length."""
        spans = []
        for tm in _TOKEN.finditer(text, a, stop):
            spans.append((tm.start(), tm.end()))
            if len(spans) >= lmax:
                break
        toks = [" " if text[x].isspace() else text[x:y] for x, y in spans]
        for n in range(len(toks), 0, -1):
            e = self._keys.get(tuple(toks[:n]))
            if e is not None:
                return e, spans[n - 1][1]
        return None

    def _alias_pattern(self, word: str) -> tuple:
        """(the `match` of a pattern of every alias starting with `word`, entry of each group).

        The pattern matches where the text's tokens (word runs, whitespace runs, single other characters)
        start with an alias's tokens, the alias with the most tokens first, as `_tokenized_alias` reads them
        (window, whitespace and word boundaries alike)."""
        keys = sorted(self._keys_by_first[word], key=len, reverse=True)
        alts = []
        for k in keys:
            parts = [r"\s+" if t == " " else re.escape(t) for t in k]
            if _WORD.fullmatch(k[-1]):
                parts.append(r"(?!\w)")  # a word ends the alias: the text's word must end there too
            alts.append("(" + "".join(parts) + ")")
        entries = [None] + [self._keys[k] for k in keys]  # group i -> entry (lastindex)
        return re.compile("|".join(alts)).match, entries

    def _title_before(self, text: str, a: int) -> tuple:
        """The title ("Prime Minister", "Mr.") right before offset a, with its start offset."""
        if a < 2 or not text[a - 1].isspace():
            return None, None
        w0 = max(0, a - self._title_chars)
        # cheap check first: the token before the spaces must end some title ("Minister", "Mr", ".")
        head = text[w0:a].rstrip()
        if not head:
            return None, None
        last = head.rsplit(None, 1)[-1]
        tail = _WORD_TAIL.search(last)
        if (tail.group() if tail is not None else last[-1]) not in self._title_last:
            return None, None
        if tail is None and last[-1] == "." and len(last) > 1 and not self._title_dot_alone:
            # a title ending in "." ("Mr.", "Gen.") ends in its word before the full stop: the token before it here (the
            # word run, or the one other character, ending there) must be one; most are a sentence's end ("said. Reagan")
            prev = last[:-1]
            word = _WORD_TAIL.search(prev)
            if (word.group() if word is not None else prev[-1]) not in self._title_dot_prev:
                return None, None
        spans = [(m.start(), m.end()) for m in _TOKEN.finditer(text, w0, a)]
        toks = [" " if text[x].isspace() else text[x:y] for x, y in spans]
        if not toks or toks[-1] != " ":
            return None, None
        n = len(toks) - 1
        for L in range(min(self._title_max, n), 0, -1):
            k = tuple(toks[n - L:n])
            if k in self._titles:
                i = n - L
                if i == 0 and w0 > 0 and (text[w0 - 1].isalnum() or text[w0 - 1] == "_"):
                    continue  # window cut a word
                if i > 0 and toks[i - 1] not in (" ", "(", "\u201c", '"', "-", "\u2014"):
                    continue
                return "".join(k), spans[i][0]
        return None, None

    def _plain(self, e: _Entry, year: Optional[int]) -> tuple:
        if e.eras and year is not None:
            for code, f, t in e.eras:
                if f <= year <= t:
                    if e.code is None and e.candidates:  # still ambiguous: the era's code leads
                        rest = tuple(c for c in e.candidates if c not in (code, e.default))
                        return None, (code,) + rest
                    return code, (code,)
        if e.code is not None:
            return e.code, e.candidates or (e.code,)
        if e.cand_years and year is not None:  # candidates whose body did not exist that year are none
            years = e.cand_years
            live = tuple(c for c in e.candidates if c not in years or any(f <= year <= t for f, t in years[c]))
            return None, live or ((e.default,) if e.default else e.candidates)  # (never () = "any state")
        return None, e.candidates

    def _person(self, e: _Entry, year: Optional[int], title: Optional[str]):
        rows = e.persons
        if e.surname:
            if year is not None:
                rows = [r for r in rows if r.from_year - ERA_SLACK <= year <= r.to_year + ERA_SLACK]
            if not any(r.surname_alone for r in rows) and (title is None or title in _HONORIFICS):
                return None
            if not rows:
                return None
        elif year is not None:
            near = [r for r in rows if r.from_year - ERA_SLACK <= year <= r.to_year + ERA_SLACK]
            if near:
                rows = near
            else:  # a full name outside every office: the closest office in time
                dist = lambda r: min(abs(year - r.from_year), abs(year - r.to_year))
                best = min(dist(r) for r in rows)
                rows = [r for r in rows if dist(r) == best]
                if best > FAR_FROM_OFFICE:  # "Donald Trump" in 1987: not yet an official
                    return None, tuple(sorted({r.code for r in rows}))
        codes = sorted({r.code for r in rows})
        if len(codes) > 1 and title:  # "Secretary General Stoltenberg", "Finance Minister ..."
            t = title.lower() + " "
            roles = {role for key, role in _TITLE_ROLES if key in t}
            if roles:
                picked = [r for r in rows if r.role in roles]
                if picked:
                    rows = picked
                    codes = sorted({r.code for r in rows})
        if len(codes) > 1 and year is not None:
            strict = [r for r in rows if r.from_year <= year <= r.to_year]
            if strict and len({r.code for r in strict}) < len(codes):
                rows = strict
                codes = sorted({r.code for r in rows})
        if len(codes) == 1:
            return codes[0], (codes[0],)
        return None, tuple(codes)

    def _other_name_next_to(self, text: str, start: int, end: int) -> bool:
        """A surname with another capitalised name word right before or after it."""
        prev = self._prev_word.search(text, max(0, start - 40), start)
        if prev:
            w = prev.group(1)
            if w not in _FUNCTION_WORDS and w not in _TIME_WORDS and w not in self._place_first and w not in self._title_words:
                return True
        nxt = self._next_cap.match(text, end)
        if nxt and nxt.group(1) not in self._place_first:
            return True
        return False

    def _looks_like_name(self, text: str, start: int, end: int) -> bool:
        nxt = self._next_word.match(text, end)
        if nxt:
            return True
        prev = self._prev_word.search(text, max(0, start - 40), start)
        if prev and prev.group(1) not in _FUNCTION_WORDS and prev.group(1) not in self.entries:
            before = text[max(0, prev.start() - 2):prev.start()]
            if not before.strip() or before.rstrip()[-1:] not in ".!?\n":
                return prev.start() > 0 and text[prev.start() - 1] not in "\n"
        return False

    def _adjacent(self, text: str, ms: list) -> list:
        """A needs-context institution right after a state name takes its code
        ("Japan's Ministry of Defense", "the Japanese foreign ministry", "U.S. Treasury")."""
        for i in range(1, len(ms)):
            cur, prev = ms[i], ms[i - 1]
            if cur.code is not None or cur.kind != "institution":
                continue
            if prev.kind not in ("country", "demonym", "capital") or prev.code is None:
                continue
            if prev.code not in self.state_codes:
                continue
            gap = text[prev.end:cur.start]
            if cur.candidates and prev.code not in cur.candidates and not _POSSESSIVE_GAP.match(gap):
                continue  # (a possessive owns it even where the list names other states: "Thailand's House of Representatives")
            if len(gap) <= 4 and self._gap_ok.match(gap):
                ms[i] = cur._replace(code=prev.code, candidates=(prev.code,))
        return ms

    # ------------------------------------------------------------------ resolution
    def context_codes(self, matches: Iterable[EntityMatch]) -> list:
        """The codes of the resolved matches, in order (repeats kept: they count as weight)."""
        return [m.code for m in matches if m.code is not None]

    def resolve(self, match: EntityMatch, context_codes: Iterable[str] | dict[str, int]) -> Optional[str]:
        """The code of an ambiguous or needs-context match given the codes seen elsewhere in the
        article: the candidate seen most often (earliest on ties), else the alias's default."""
        if match.code is not None:
            return match.code
        e = self.entries.get(_norm(match.surface))
        if e is not None and e.never:
            return None
        # the codes seen and how often, in first-seen order (a caller scanning many names keeps such a
        # count as it goes: recounting a growing list for each name was quadratic)
        seen = context_codes if isinstance(context_codes, dict) else Counter(c for c in context_codes if c)
        cands = match.candidates
        if e is not None and e.needs_context and not cands:
            pool = {c: n for c, n in seen.items() if c and c in self.state_codes}
        else:
            pool = {c: n for c, n in seen.items() if c and c in cands}
        if pool:
            best = max(pool.values())
            for c, n in pool.items():
                if n == best:
                    return c
        if e is not None and e.default:
            if not cands or e.default in cands:
                return e.default
            return cands[0]  # an era replaced the default (Brussels in 1987 -> EC)
        return None

    def named_only(self, match: EntityMatch) -> bool:
        """Whether an unresolved match names no one at all (ambiguous.csv policy "named": "the fund" is the IMF only in an
        article that names the IMF; elsewhere a sovereign, pension or insurance fund, no actor and no entity)."""
        e = self.entries.get(_norm(match.surface))
        return e is not None and e.named_only

    def resolve_all(self, matches: list, context_codes: Optional[Iterable[str]] = None) -> list:
        """Matches with ambiguous codes filled in by :meth:`resolve` (unresolvable ones stay None)."""
        ctx = list(context_codes) if context_codes is not None else self.context_codes(matches)
        return [m if m.code is not None else m._replace(code=self.resolve(m, ctx)) for m in matches]

    # ------------------------------------------------------------------ look-ups
    def code_for(self, name: str, year: Optional[int] = None) -> Optional[str]:
        """The code of a name ("Bonn", "the Pentagon", "Stoltenberg", "NATO"); codes map to
        themselves; None when unknown or ambiguous without a default."""
        name = _norm(name)
        if name in self.state_codes or name in self.org_codes:
            return name
        if name not in self.entries and name[:4] in ("the ", "The "):
            name = name[4:]
        ms = self.find(name, year=year)
        if len(ms) == 1 and ms[0].start == 0 and ms[0].end == len(name):
            return ms[0].code if ms[0].code is not None else self.resolve(ms[0], [])
        key = self._lower_index.get(name.lower())
        if key is not None:
            ms = self.find(key, year=year)
            if len(ms) == 1 and ms[0].end == len(key):
                return ms[0].code if ms[0].code is not None else self.resolve(ms[0], [])
        return None

    def name_for(self, code: str) -> str:
        return self.names.get(code, code)

    def is_member(self, country_code: str, org_code: str, year: Optional[int] = None) -> bool:
        """Membership from memberships.csv. ``EC`` is the EU before 1993. With no year: member in
        the organisation's latest year (today for live organisations; 2014 for the G8)."""
        org = "EU" if org_code == "EC" else org_code
        rows = self.memberships.get(org)
        if not rows:
            return False
        if year is None:
            year = CURRENT_YEAR if org_code != "EC" else 1992
            year = min(year, max(t for _, _, t in rows))
        return any(c == country_code and f <= year <= t for c, f, t in rows)

    def members(self, org_code: str, year: Optional[int] = None) -> list:
        org = "EU" if org_code == "EC" else org_code
        rows = self.memberships.get(org, [])
        if year is None:
            year = min(CURRENT_YEAR if org_code != "EC" else 1992, max((t for _, _, t in rows), default=0))
        return sorted({c for c, f, t in rows if f <= year <= t})

    def alias_count(self) -> int:
        return len(self.entries)


@lru_cache(maxsize=1)
def load_gazetteer() -> Gazetteer:
    return Gazetteer()
