"""An international organisation's own instruments and acts named with its possessive (org_instruments.csv): "the
European Union's 150 billion euro SAFE loan fund", "Turkish officials proposed that the EU open its 150 billion euro SAFE
loan fund", "the two pillars of its 800 billion euro ReArm Europe plan".

The figure between the possessive and the noun is the organisation's own money (ANNOTATION.md, blind21 and train27: the
SAFE fund's size is the EU's, actor and target `EU`; blind25: the ReArm Europe total is the EU's commitment or proposal),
not the figure of the state that speaks of it, joins it or is refused it, and not a standing rule members are measured
against: the rules' organisation-target step (claim._organisation_target), which makes "NATO's 2% target" a benchmark,
leaves an act noun ("plan", "pledge") as it is (``own_act``), and ``instrument_owner`` gives such a figure the
organisation as actor and target. Pure: reads the sentence's text and names only.
"""
from __future__ import annotations

import functools

import regex

from . import entities as _entities
from .lexicon import Guarded, claim_sentence_end, read_rows, phrases_alternation

# words that may stand between the possessive and the figure ("the EU's new 150 billion euro fund", "its proposed")
QUALIFIERS = r"(?:(?:about|around|some|roughly|nearly|almost|new|planned|proposed|own|flagship|joint)\s+){0,2}"
POSSESSIVE_BEFORE = regex.compile(r"(?:(?P<its>\bits)|['’]s?)\s+(?:\(\w+\)\s+)?" + QUALIFIERS + r"$", regex.IGNORECASE)
REACH = 40  # chars before the figure searched for the possessive


@functools.cache
def _words(kind: str) -> frozenset:
    return frozenset(r["word"].lower() for r in read_rows("org_instruments.csv") if r["kind"] == kind)


@functools.cache
def _instrument_after():
    """The figure's noun phrase ending in an instrument or act noun: up to five words between, no punctuation (names such
    as "Security Action for Europe (SAFE) loan" included)."""
    nouns = phrases_alternation(sorted(_words("instrument") | _words("act")))
    # (tried only where the window holds one of the nouns' first words: most figures have none after them)
    return Guarded(regex.compile(r"(?:\s+(?:[\w'’-]+|\(\w+\)))?(?:\s+(?:[\w'’-]+|\(\w+\))){0,5}?\s+(?:" + nouns + r")\b",
                                 regex.IGNORECASE),
                   tuple(sorted({w.split()[0].split("-")[0].rstrip("*").lower() for w in _words("instrument") | _words("act")})))


def own_act(text: str, cue) -> bool:
    """Whether a stance noun is an organisation's own act (its plan, pledge, contribution), not a standing rule."""
    return cue is not None and text[cue.start:cue.end].lower() in _words("act")


def possessor_org(ctx, sentence, start: int):
    """The organisation whose possessive stands right before the figure ("the European Union's 150 billion", "its 800
    billion" with the organisation the nearest name before "its"), or None."""
    text = ctx.text
    m = POSSESSIVE_BEFORE.search(text, max(sentence.start, start - REACH), start)
    if m is None:
        return None
    if m.group("its"):  # the nearest name before "its"
        e = next((e for e in reversed(ctx.entities(sentence)) if e.end <= m.start() and e.code), None)
    else:  # the name the possessive ends ("the European Union's", "NATO's")
        e = next((e for e in ctx.entities(sentence) if e.start < m.start() <= e.end <= m.start() + 2 and e.code), None)
    if e is None:
        return None
    return e if e.code in _entities.ORGANISATION_CODES else None


def instrument_owner(sc, fig: dict, actor_code, actor_text, target_code, target_text) -> tuple:
    """Actor and target of a figure naming an organisation's own instrument or act with its possessive: the organisation."""
    start, end = fig["char_start"], fig["end"]
    sentence = sc.sentence
    if fig.get("head") is not None or not _instrument_after().match(sc.text, end, min(sentence.end, end + 80)):
        return actor_code, actor_text, target_code, target_text
    org = possessor_org(sc.ctx, sentence, start)
    if org is None or (actor_code == org.code and target_code == org.code):
        return actor_code, actor_text, target_code, target_text
    return org.code, org.surface, org.code, org.surface


@functools.cache
def _named_after():
    """A figure's attribute use before an instrument's name (named_instruments.csv): "150 billion euro SAFE programme",
    "the 150 billion euro Security Action for Europe (SAFE) instrument"; at most two adjectives between."""
    rows = read_rows("named_instruments.csv")
    names = "|".join(regex.escape(r["name"]) for r in sorted(rows, key=lambda r: len(r["name"]), reverse=True))
    codes = {r["name"]: r["code"] for r in rows}
    return regex.compile(r"\s+(?:(?:new|joint|EU|European|defen[cs]e|flagship|proposed)\s+){0,2}(?P<name>" + names + r")\b"), codes


NAMED_REACH = 60  # chars after a figure to the instrument's name


def _named_instrument_after(text: str, end: int, sentence_end: int) -> tuple[str, str] | None:
    """The name and organisation code of the named instrument a figure ending at `end` sizes, if any."""
    pattern, codes = _named_after()
    m = pattern.match(text, end, min(sentence_end, end + NAMED_REACH))
    return None if m is None else (m.group("name"), codes[m.group("name")])


def named_instrument(sc, fig: dict, claim_type, actor_code, actor_text, target_code, target_text) -> tuple:
    """The claim_type and roles of a figure sizing an organisation's instrument known by name ("Athens has threatened to block
    Turkey's access to the 150 billion euro SAFE programme"): the organisation's own money, committed (a level or rule the
    rules read stays), whatever the sentence's speaker does to it."""
    if fig.get("head") is not None or fig["unit"] != "currency":
        return claim_type, actor_code, actor_text, target_code, target_text
    named = _named_instrument_after(sc.text, fig["end"], sc.sentence.end)
    if named is None:
        return claim_type, actor_code, actor_text, target_code, target_text
    name, code = named
    return (claim_type if claim_type in HELD_TYPES or claim_type == "benchmark" else "commitment"), code, name, code, name


def named_rules_stand(text: str, claim: dict, new: str, s0: int) -> bool:
    """Whether the rules' commitment or level of a named instrument's size (named_instrument) stands against the model's
    other type (the model reads the speaker's verbs: "threatened to block ... access to the 150 billion euro SAFE
    programme")."""
    code = claim.get("actor_code")
    if claim.get("claim_type") not in HELD_TYPES or new in HELD_TYPES or code not in _entities.ORGANISATION_CODES \
            or claim.get("target_code") != code or claim.get("unit") != "currency":
        return False
    named = _named_instrument_after(text, claim["char_end"], claim_sentence_end(claim, s0))
    return named is not None and named[1] == code


HELD_TYPES = frozenset({"actual", "commitment"})


def rules_stand(text: str, claim: dict, new: str, s0: int) -> bool:
    """Whether the rules' level or commitment of an organisation's own instrument named with its possessive (the
    organisation actor and target) stands against the model's other type: the model reads the sentence's verbs ("Turkish
    officials have proposed that the EU open its 150 billion euro fund"), which are the speaker's act on the fund, not the
    fund's size."""
    code = claim.get("actor_code")
    if claim.get("claim_type") not in HELD_TYPES or new in HELD_TYPES or code not in _entities.ORGANISATION_CODES \
            or claim.get("target_code") != code:
        return False
    start, end = claim["char_start"], claim["char_end"]
    sentence_end = claim_sentence_end(claim, s0)
    return POSSESSIVE_BEFORE.search(text, max(s0, start - REACH), start) is not None \
        and _instrument_after().match(text, end, min(sentence_end, end + 80)) is not None
