"""Officials the gazetteer does not know, introduced once with their state and named again by surname.

Modern wire stories name an ambassador, a defence chief or a minister once with a country and then by surname alone:
"Canadian Ambassador to NATO Andrew Wright said ... Wright said Canada would reach 3.5%", "Germany's top military
officer, General Hans Muller, said ... Muller said spending should rise", "Hiroshi Tanabe, Japan's ambassador to NATO,
said ... Tanabe added". people.csv holds the office holders it can (a surname alone matches only for them); the rest
were no one when named again. ``introductions`` reads each such introduction once per article, off the gazetteer's
matches of the whole text: a state (country, demonym, capital; a possessive allowed) followed by an office title
(words of ``title_words.csv`` and ``office_title_words.csv``, with "to", "of", an organisation's name: "Ambassador to
NATO", "top military officer"; one of them a public office's noun, kind ``head``: not "director" or "economist", whose
holder a firm may employ) and a capitalised name of two or three words (a military rank between them allowed), or
such a name followed by ", <state>'s <title>" / ", the <demonym> <title>". ``mentions`` then finds the surname in a later
sentence, where ``roles.ArticleContext.entities`` makes it a person entity of that state. A name the gazetteer matches
itself, or whose words are office words, is left to it. (``whose.envoy_title`` reads an envoy's title around a name of
its own: it keeps names the gazetteer knows and titles with no state, and reads the state after "to", where he serves,
which a title here ends before: the docstring there says why the two are not one reader.)
"""
from __future__ import annotations

import functools

import regex

from .entities import is_state
from .lexicon import read_rows

STATE_MATCH_KINDS = frozenset({"country", "demonym", "capital"})
LIMIT_KINDS = frozenset({"country", "demonym", "capital", "person"})
TITLE_REACH = 80  # characters an office title may span between the state and the name
MAX_TITLE_WORDS = 7
NAME = regex.compile(r"(?:(?:General|Gen\.|Admiral|Adm\.|Lieutenant\s+General|Lt\.\s+Gen\.|Vice\s+Admiral|Air\s+Marshal|"
                     r"Air\s+Chief\s+Marshal|Marshal|Colonel|Col\.|Major\s+General|Dr\.|Mr\.?|Ms\.?|Mrs\.?)\s+)?"
                     r"((?-i:[A-Z][a-z]+(?:[-'’][A-Z][a-z]+)?)(?:[ \t]+(?-i:[A-Z][a-z]+(?:[-'’][A-Z][a-z]+)?)){1,2})\b"
                     r"(?![-'’]\w|\s+[A-Z]|\.\w)")
NAME_BEFORE = regex.compile(r"((?-i:[A-Z][a-z]+(?:[-'’][A-Z][a-z]+)?)(?:[ \t]+(?-i:[A-Z][a-z]+(?:[-'’][A-Z][a-z]+)?)){1,2}),"
                            r"\s+(?:the\s+)?$")
FIRST_WORD = regex.compile(r"(?:['’]s)?\s+([\w.'’-]+)")  # the word after a state (past a possessive)
WORD = regex.compile(r"[\w.'’-]+|,")
POSSESSIVE = regex.compile(r"['’]s\b")
# a state inside a firm's or a bank's name: a capitalised word or "of" right before it
INSIDE_NAME = regex.compile(r"(?:\b(?!(?:The|A|An|In|On|At|By|For|But|And|As|Its|Their|His|Her)\b)(?-i:[A-Z][\w&.-]*[\w&])"
                           r"|\bof)\s+$")
FORMER = regex.compile(r"\b(?:former|ex-?|late|then)\s*(?:[\w.-]+\s+)?$", regex.IGNORECASE)
CONNECTORS = frozenset({"to", "of", "for", "the", "and", "at", "in", "on"})


@functools.cache
def _office_words() -> frozenset:
    words = {r["word"].lower() for r in read_rows("title_words.csv")}
    words |= {r["word"].lower() for r in read_rows("office_title_words.csv") if r.get("kind") in (None, "", "head", "firm")}
    return frozenset(words)


@functools.cache
def _head_words() -> frozenset:
    """The office nouns a title must hold: public offices, not a firm's ("director", "chairman", "economist")."""
    return frozenset(r["word"].lower() for r in read_rows("office_title_words.csv") if r.get("kind") == "head")


@functools.cache
def _firm_titles() -> frozenset:
    """Office words of a firm's or an institute's staff: a title holding one is no public office ("chief economist")."""
    return frozenset(r["word"].lower() for r in read_rows("office_title_words.csv") if r.get("kind") == "firm")


@functools.cache
def _firm_words() -> frozenset:
    """Words no person's name holds: legal forms and the nouns of bodies' names ("General Accounting Office")."""
    return frozenset(r["form"] for r in read_rows("company_forms.csv")) | {
        r["word"] for r in read_rows("office_title_words.csv") if r.get("kind") == "body"}


@functools.cache
def _org_words() -> frozenset:
    """Organisation names an office may be "to" or "at" ("Ambassador to NATO", "envoy to the European Union")."""
    return frozenset(r["word"] for r in read_rows("office_title_words.csv") if r.get("kind") == "org")


def _title_end(text: str, pos: int, limit: int) -> int | None:
    """Where an office title starting at `pos` ends (before the name), or None when the words there are no title:
    office words, connectors and organisation names only, at least one office word, a comma allowed at its end."""
    offices, orgs, heads, firm = _office_words(), _org_words(), _head_words(), _firm_titles()
    seen_office = False
    end = None
    n = 0
    last = ""
    for m in WORD.finditer(text, pos, min(limit, pos + TITLE_REACH)):
        w = m.group()
        low = w.lower().rstrip(".")
        if w == "," or not (low in offices or low in CONNECTORS or w in orgs):
            # the words after "Minister for" are the office's remit ("External Relations"), no name
            if not seen_office or last in CONNECTORS:
                return None
            return m.end() if w == "," else m.start()
        if low in firm:
            return None  # "chief economist", "finance director": a firm's staff
        if low in offices:
            seen_office = seen_office or low in heads
        last = low
        end = m.end()
        n += 1
        if n > MAX_TITLE_WORDS:
            return None
    return end if seen_office else None


def _usable(name: str, gaz_names: set[str]) -> str | None:
    """The surname of a name worth keeping: none of its words an office word, the name not the gazetteer's own."""
    words = name.split()
    offices, firms = _office_words(), _firm_words()
    if any(w.lower().rstrip(".") in offices or w in CONNECTORS or w in firms for w in words) or name in gaz_names:
        return None
    return words[-1]


@functools.cache
def _guarded_surnames() -> dict[str, tuple]:
    """{full name or alias: its surname forms} of the office holders people.csv marks ``surname_alone=no`` ("George
    Glass", "Nuno Melo", "Lee Jae-myung"), with accent-free spellings: a surname too common to stand alone in every
    article stands for the person once the article has named him in full."""
    from .gazetteer import _fold as plain, _read  # (the gazetteer's own accent folding: its aliases are read the same way)

    out: dict[str, set] = {}
    for r in _read("people.csv"):
        if (r.get("surname_alone") or "").strip() != "no":
            continue
        forms = {f for f in (r.get("surname") or "").split("|") if f}
        forms |= {plain(f) for f in forms}
        for name in [r["name"]] + [a for a in (r.get("aliases") or "").split("|") if a]:
            for key in {name, plain(name)}:
                out.setdefault(key, set()).update(forms)
    return {k: tuple(sorted(v)) for k, v in out.items()}


def _named_in_full(matches, text: str, keep, home: str | None) -> None:
    """Keep the surname of each guarded office holder of another state or body than the article's own (`home`) the
    article names in full with one code ("U.S. Ambassador George Glass spoke in Tokyo. Glass said ..." in a story on
    Japan), from the end of the full name on; the story's own officials are its home state's voice already. The
    surname's lower-case word in the article ("glass", "major") makes it a common word there, and it is left alone."""
    guarded = _guarded_surnames()
    for m in matches:
        if m.kind != "person" or not m.code or m.code == home:
            continue
        words = m.surface.split()
        forms = next((guarded[n] for n in (" ".join(words[-k:]) for k in (2, 3, 4) if k <= len(words)) if n in guarded),
                     None)
        for form in forms or ():
            if len(form) > 2 and not regex.search(r"\b" + regex.escape(form.lower()) + r"\b", text):
                keep(form, m.end, m.code)


def introductions(ctx) -> dict[str, tuple[int, str]]:
    """{surname: (position of its introduction's end, state)} of the officials the article introduces with a state;
    a surname introduced with two different states is dropped. Also the surnames of office holders named in full
    whose surname people.csv does not let stand alone (``_named_in_full``; their code may be an organisation's)."""
    text = ctx.text
    matches = ctx.names_in(0, len(text))
    if not matches:
        return {}
    gaz_names = {m.surface for m in matches if m.kind == "person"}
    out: dict[str, tuple[int, str]] = {}
    dropped: set[str] = set()

    def keep(surname: str | None, pos: int, code: str) -> None:
        if not surname or surname in dropped:
            return
        old = out.get(surname)
        if old is not None and old[1] != code:
            dropped.add(surname)
            out.pop(surname, None)
        elif old is None:
            out[surname] = (pos, code)

    heads, offices, orgs = _head_words(), _office_words(), _org_words()
    for i, m in enumerate(matches):
        if m.kind not in STATE_MATCH_KINDS and m.kind != "institution":
            continue
        first = FIRST_WORD.match(text, m.end)  # most states have no office word right after them: one look at a position
        if first is None or (first.group(1).lower().rstrip(".") not in offices and first.group(1) not in orgs
                             and m.surface.split()[-1].lower() not in heads):
            continue
        code = m.code
        if m.kind == "institution" and m.surface.split()[-1].lower() in heads:
            # a title the gazetteer holds as a body of the article's state ("Vice Defence Minister Kenji Ono")
            # (only a story's own dateline decides a title the gazetteer leaves open: "Economy minister Juan Sourrouille"
            # in a Washington story on Argentina is no minister of the story's state)
            code = code or (ctx.dateline() if is_state(ctx.dateline()) else None)
            if not is_state(code):
                continue
        elif m.kind not in STATE_MATCH_KINDS or not is_state(code):
            continue
        # the title and name run to the next state or person named (an office or organisation inside the title is
        # part of it: "Spanish Defence Minister Ana Torres", "Ambassador to NATO Andrew Wright")
        limit = next((x.start for x in matches[i + 1:i + 6] if x.kind in LIMIT_KINDS), len(text))
        if FORMER.search(text, max(0, m.start - 30), m.start):
            continue  # "former Prime Minister Kakuei Tanaka": no office now
        inside = INSIDE_NAME.search(text, max(0, m.start - 40), m.start)
        if inside and inside.group().split()[0].lower() not in _office_words():  # ("Vice Defence Minister")
            continue  # "Shell U.K. Finance director", "Pemex Japan representative", "Export-Import Bank of Japan president"
        pos = m.end
        p = POSSESSIVE.match(text, pos)
        if p:
            pos = p.end()
        elif m.kind == "capital":
            continue  # "the Madrid president": a club's or a city's office; "Moscow's envoy" is the state's
        title_end = _title_end(text, pos, limit)
        if title_end is None and m.kind == "institution":
            title_end = pos  # the title is the match itself
        if title_end is None:
            continue
        # "<State> <title> <Name>" ("Canadian Ambassador to NATO Andrew Wright", "Germany's top military officer, General
        # Hans Muller")
        n = NAME.match(text, _skip_space(text, title_end))
        if n and n.end() <= limit:
            keep(_usable(n.group(1), gaz_names), n.end(), code)
        # "<Name>, <State>'s <title>" ("Hiroshi Tanabe, Japan's ambassador to NATO,")
        b = NAME_BEFORE.search(text, max(0, m.start - 60), m.start)
        if b:
            keep(_usable(b.group(1), gaz_names), title_end, code)
    _named_in_full(matches, text, keep, ctx.home())
    return out


def _skip_space(text: str, pos: int) -> int:
    while pos < len(text) and text[pos].isspace():
        pos += 1
    return pos


def mentions(ctx, start: int, end: int) -> list[tuple[int, int, str, str]]:
    """(start, end, surface, state) of each introduced surname in text[start:end] after its introduction."""
    intro = ctx.introduced()
    if not intro:
        return []
    out = []
    for m in _surname_regex(tuple(sorted(intro))).finditer(ctx.text, start, end):
        pos, code = intro[m.group()]
        if m.start() >= pos:
            out.append((m.start(), m.end(), m.group(), code))
    return out


@functools.lru_cache(maxsize=256)
def _surname_regex(surnames: tuple) -> regex.Pattern:
    return regex.compile(r"\b(?:" + "|".join(regex.escape(s) for s in surnames) + r")\b(?![-'’]\w)")
