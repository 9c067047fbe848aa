"""What every step of a figure's claim reads of its sentence, found once per sentence: ``SentenceScope``.

The stance cues (``stance``), less a demand asked "of it" (inside a relative clause: "the capabilities NATO asks of
it"), a subject's own past need ("Sweden needed to borrow") and stance verbs that are nouns here ("infrastructure
projects", ``noun_homographs.csv``), plus a demand cue on every "told <someone> to <verb>"; the modal cues and news
outlets (``modality``); whether an uncoded speaker's word stands in the sentence. Also ``mark_respective_owners``: the
state a "respectively" list pairs with each figure. Kept apart from the claim_type and role steps (``claimtype``,
``plantype``, ``ruletype``, ``claim``): they read the scope, never write it, and it is built once however many figures
the sentence holds.
"""
from __future__ import annotations

import functools
from dataclasses import dataclass

import regex

from .lexicon import Guarded, read_rows
from . import modality as _modality
from . import roles as _roles, owners as _owners
from . import stance as _stance
from .resistedcall import resisted_request_hits
from .speakers import UNKNOWN_WORDS


# "Trump told allies to spend 5%", "tells Berlin to cut": telling someone to do something demands it (a bare "told
# reporters" only reports); the object is short, the infinitive follows it
# (not "telling them of Japan's plan to spur spending", "told reporters about a plan to cut": the infinitive after "of" or
# "about" is the plan's, the telling reports it)
TOLD_TO = Guarded(regex.compile(r"\b(?:told|tell|tells|telling)\s+((?:(?!(?:to|of|about)\s)[\w'’.-]+\s+){1,5}?)to\s+(?!the\s|a\s|an\s)[a-z]+",
                                regex.IGNORECASE), ("told", "tell"))  # (scanned only in a sentence holding one)
TOLD_TO_ENTRY = {"cue": "told to", "claim_type": "demand", "pos": "V", "priority": "60"}
ASKED_OF = regex.compile(r"\s+of\s+(?:it|them|him|her|us|me)\b", regex.IGNORECASE)
# a rule word capitalised inside a body's name is no rule: "the Autonomous Committee for the Fiscal Rule said the government
# should cut the deficit to 5%", "the Council for the Budget Rules" (case-sensitive: the name's capitals)
BODY_BEFORE_RULE = regex.compile(r"\b(?:Committee|Council|Commission|Board|Office|Authority|Agency|Institute)\s+(?:for|on|of)\s+"
                                 r"(?:the\s+)?(?:[A-Z][\w-]*\s+){0,2}$")


def _rule_in_body_name(text: str, h) -> bool:
    """Whether a benchmark noun written with a capital stands at the end of a body's name ("Committee for the Fiscal Rule")."""
    return h.entry["claim_type"] == "benchmark" and text[h.start:h.start + 1].isupper() \
        and BODY_BEFORE_RULE.search(text, max(0, h.start - 60), h.start) is not None

# "Sweden needed to borrow 40 billion crowns last year": the subject's own past need states what it did, no one asks it
# (the passive asks: "savings of 2 billion would be needed to stabilise the debt", "a cut was needed")
NEEDED_TO = regex.compile(r"\s+to\s", regex.IGNORECASE)
PASSIVE_NEED = regex.compile(r"\b(?:be|been|being|is|are|was|were|it['’]s|\w+ly)\s+$", regex.IGNORECASE)


@dataclass(slots=True)
class SentenceScope:
    """What every step of one sentence's claims reads (and none writes): the article, the sentence and the cues found in it
    once (stance, modality, outlets, uncoded speakers), and the sentence's figures. Built once per sentence with a
    claimable figure. (Slots: the steps read its fields for every figure, and a slot is the cheapest field to read.)"""
    text: str
    article: dict
    sentences: list
    sentence: object
    state: dict  # the article's running state (find_claims_rules): its context, report, topics and latest claim
    ctx: "_roles.ArticleContext"
    figs: list[dict]  # the sentence's figures that may make claims (figures._figures, in text order)
    stance_hits: list
    modal_hits: list
    outlets: list
    sorted_spans: list
    unknown_speakers: bool  # a word of an uncoded speaker stands in the sentence (cheap substring test)
    s_text: str


def sentence_scope(article, sentences, sentence, spans, state, ctx, figs) -> SentenceScope:
    """The cues every figure of the sentence is read against, found once: stance cues (less demands asked of something
    else, a subject's own past need and verbs that are nouns here; plus "told X to"), modal cues, outlets, and whether
    an uncoded speaker may stand in it."""
    text = ctx.text
    s_text = article["text"][sentence.start:sentence.end]  # (ctx.text reads India"s as India's: the claim keeps the source)
    s_lower = s_text.lower()
    # uncoded speakers named in the sentence (cheap substring test before the regexes)
    unknown_speakers = any(w in s_lower for w in UNKNOWN_WORDS)
    sorted_spans = sorted(spans)
    # "the capabilities NATO asks of it": a demand of something else, inside a relative clause
    stance_hits = [h for h in _stance.stance_cues().finditer(text, sentence.start, sentence.end)
                   if not (h.entry["claim_type"] == "demand" and ASKED_OF.match(text, h.end))
                   and not _active_need(text, sentence.start, h)
                   and not _noun_homograph(text, sentence.start, h)
                   and not _rule_in_body_name(text, h)]
    stance_hits = _told_to_hits(text, sentence, stance_hits)
    stance_hits = resisted_request_hits(text, sentence, stance_hits)  # "resisted U.S. calls to ...": a refusal
    stance_hits = _report_refusals_and_expectations(text, stance_hits)
    modal_hits = list(_modality.modality_cues().finditer(text, sentence.start, sentence.end))
    outlets = _modality.outlets_in(text, sentence.start, sentence.end)
    return SentenceScope(text, article, sentences, sentence, state, ctx, figs, stance_hits, modal_hits, outlets,
                         sorted_spans, unknown_speakers, s_text)


def mark_respective_owners(ctx, sentence, figs: list[dict]) -> None:
    """Give each figure the state a "respectively" list pairs it with (fig["respective"], read by the roles)."""
    # "Italy and Spain spent 1.49% and 1.28% respectively": each figure its state
    respective = _owners.respective_owners(ctx, sentence, [(f["char_start"], f["end"]) for f in figs if f.get("head") is None])
    # "... at about 4.5% of GDP, ahead of Lithuania at 4% and Latvia at 3.7%": a list of levels, each its state's (the
    # sentence's speaker still states them)
    listed = {} if respective else _owners.listed_level_owners(ctx, sentence, [(f["char_start"], f["end"]) for f in figs])
    first_listed = min(listed, default=None)
    # "Poland has asked for 43.7 billion euros, followed by Romania with 16.6 billion euros": each listed state's own sum (the
    # figure keeps its type: "with" lists pledges and requests as well as levels)
    withs = {} if respective else _owners.listed_level_owners(ctx, sentence, [(f["char_start"], f["end"]) for f in figs],
                                                               with_items=True)
    for fig in figs:
        fig["respective"] = respective.get(fig["char_start"])
        fig["listed_owner"] = listed.get(fig["char_start"]) or withs.get(fig["char_start"])
        fig["listed_with"] = fig["char_start"] in withs
    if first_listed is not None:  # the list's levels: its items and the figure it opens on
        before = sorted((f for f in figs if f["char_start"] < first_listed), key=lambda f: f["char_start"])
        for fig in figs:
            fig["listed_level"] = fig["char_start"] in listed or (bool(before) and fig is before[-1]
                                                                   and not fig.get("alliance_target"))


@functools.lru_cache(maxsize=1)
def _noun_homographs() -> tuple[frozenset, "regex.Pattern"]:
    """The stance verbs that are also nouns and the pattern of a word before one that makes it the noun
    (noun_homographs.csv)."""
    rows = read_rows("noun_homographs.csv")
    before = "|".join(sorted((regex.escape(r["word"]) for r in rows if r["kind"] == "before"), key=len, reverse=True))
    return frozenset(r["word"] for r in rows if r["kind"] == "verb"), regex.compile(rf"\b(?:{before})\s+$", regex.IGNORECASE)


NOUN_BEFORE_CHARS = 25  # characters looked back from a homograph for the word that makes it a noun


def _active_need(text: str, floor: int, hit) -> bool:
    """Whether a "needed" hit is a subject's own past need ("Sweden needed to borrow"), not a passive need."""
    return text[hit.start:hit.end].lower() == "needed" and NEEDED_TO.match(text, hit.end) is not None \
        and PASSIVE_NEED.search(text, max(floor, hit.start - 20), hit.start) is None


def _noun_homograph(text: str, floor: int, hit) -> bool:
    """Whether a stance verb hit is the noun it is spelt like ("energy project debt", "infrastructure projects")."""
    if hit.entry["pos"] != "V":
        return False
    verbs, before = _noun_homographs()
    return text[hit.start:hit.end].lower() in verbs and before.search(text, max(floor, hit.start - NOUN_BEFORE_CHARS), hit.start) is not None


def _told_to_hits(text: str, sentence, hits: list) -> list:
    """The stance hits of a sentence with a demand cue added on each "told <someone> to <verb>" (a phrase the cue
    lists cannot hold: the object stands between the verb and its infinitive)."""
    extra = [_stance.Hit(m.start(), m.start() + len(m.group(0).split()[0]), TOLD_TO_ENTRY)
             for m in TOLD_TO.finditer(text, sentence.start, sentence.end)]
    if not extra:
        return hits
    return sorted(hits + extra, key=lambda h: (h.start, h.end))


# "Tokyo rejected a report that it had been asked to spend 3.5%", "rejected media reports of a 5% demand": refusing a report is
# no refusal of the figure it relays; the report's own stance governs the figure (ANNOTATION.md: a report denied in the same
# sentence -> the reported claim, hedged and negated)
REPORT_REFUSED = regex.compile(r"\s+(?:(?:a|the|these|those|such|media|press|news|newspaper)\s+){0,2}"
                               r"(?:reports?|claims?|suggestions?|allegations?|speculation)\s+(?:that|of)\b", regex.IGNORECASE)
# "France's public debt should reach 116% of GDP next year", "the deficit should narrow to 2.8%": "should" between a balance or
# debt noun and its verb of movement is the expectation of a level, not an obligation ("the government should cut the deficit
# to 3%" has an object, "the deficit should be cut to 3%" is a passive: both still obligations)
SHOULD_SUBJECT = regex.compile(r"\b(?:deficits?|debts?|surplus(?:es)?|shortfalls?|borrowing|ratio)\s+(?:\w+ly\s+)?$", regex.IGNORECASE)
SHOULD_MOVE = regex.compile(r"\s+(?:\w+ly\s+|also\s+|then\s+|still\s+)?(?:reach|rise|fall|climb|peak|drop|decline|narrow|widen|"
                            r"remain|stay|stabili[sz]e|ease|shrink|grow|increase|hit|come\s+in|start|top|exceed|edge|total|"
                            r"amount)\b", regex.IGNORECASE)
SHOULD_EXPECTED_ENTRY = {"cue": "should", "claim_type": "forecast", "pos": "V", "priority": "44"}
SUBJECT_BEFORE_SHOULD = 40  # characters looked back from "should" for its subject noun
# "Belgium's government declined to raise the VAT rate to 23%": "declined" before the infinitive of an act refuses the act
# (stance_cues.csv reads "declined" as a level falling: "exports declined to 3 billion", "declined 2%")
DECLINED_ACT = regex.compile(r"\s+to\s+(?:commit|raise|increase|spend|reach|accept|lift|boost|meet|adopt|endorse|match|cut|lower|"
                             r"reduce|set|give|back|support|sign|join|pledge|hike|double)\b", regex.IGNORECASE)
DECLINED_ENTRY = {"cue": "declined to", "claim_type": "rejection", "pos": "V", "priority": "70"}


def _refuses_a_report(text: str, h) -> bool:
    """Whether a refusing verb's object is a report ("rejected a report that ...", REPORT_REFUSED): no refusal of the figure."""
    return h.entry["claim_type"] == "rejection" and h.entry["pos"] != "N" and REPORT_REFUSED.match(text, h.end) is not None


def _declined_act(text: str, h):
    """"declined to <act>" (DECLINED_ACT) as a refusal of the act; any other hit as it is."""
    if h.entry["claim_type"] == "actual" and text[h.start:h.end].lower() in ("declined", "declines", "declining") \
            and DECLINED_ACT.match(text, h.end):
        return _stance.Hit(h.start, h.end, DECLINED_ENTRY)
    return h


def _expected_should(text: str, h):
    """"should" between an outcome noun and its verb of movement (SHOULD_SUBJECT, SHOULD_MOVE) as an expectation (a
    forecast) rather than an obligation; any other hit as it is."""
    if h.entry["claim_type"] == "demand" and h.end - h.start == 6 and text[h.start:h.end].lower() == "should" \
            and SHOULD_MOVE.match(text, h.end) and SHOULD_SUBJECT.search(text, max(0, h.start - SUBJECT_BEFORE_SHOULD), h.start):
        return _stance.Hit(h.start, h.end, SHOULD_EXPECTED_ENTRY)
    return h


def _report_refusals_and_expectations(text: str, hits: list) -> list:
    """The stance hits less a refusal of a report, with "declined to <act>" read as a refusal and "should" between an
    outcome noun and its verb of movement as an expectation (each hit is of one kind: at most one of the three applies)."""
    return [_expected_should(text, _declined_act(text, h)) for h in hits if not _refuses_a_report(text, h)]


# every regex pattern above runs as its standard-re twin on ASCII text (lexicon.AsciiTwin: the same matches, less CPU)
from .lexicon import ascii_twins as _ascii_twins  # noqa: E402  (after the patterns it replaces)

_ascii_twins(globals())
