"""Who sets a tariff rate, read off the act that sets it, and a rate that was only threatened.

A tariff rate is the state's that sets it (ANNOTATION.md, tariffs), whoever speaks the sentence or pays the duty. The
setter is often named only as the subject of the act in the figure's own clause: "Haddad said Brazil would stick to its
goal ... even after the United States raised tariffs on many Brazilian goods to 50%", "if the United States imposes 100
pct tariffs on some Japanese exports", and after the figure in a relative clause: "an extra 40% that President Donald Trump
imposed", "the 15% tariff the United States now charges on EU goods". A rate so followed by "(that) <name> (had)
threatened" is a threat, not the level in force: "down from the 25% Trump had threatened". The acts are a word class
(``tariff_acts.csv``); only tariff figures are read, in a window of the figure's sentence around it.
"""
from __future__ import annotations

import functools

import regex

from . import entities as _entities
from .lexicon import cues

# what may stand between the setter and its act: auxiliaries, adverbs, intent ("the United States will now charge",
# "Washington has threatened to impose", "Trump had threatened")
AUX = regex.compile(r"(?:\s+(?:would|will|shall|had|has|have|is|was|could|may|might|also|already|now|again|then|later|"
                    r"first|just|formally|effectively|officially|plans?\s+to|planned\s+to|intends?\s+to|wants?\s+to|"
                    r"threatened\s+to|threatens\s+to|agreed\s+to|decided\s+to|to|be|been|not)\b)*\s+", regex.IGNORECASE)
# between a setting act before the figure and the figure: its object and the rate's preposition, no clause break
# ("raised tariffs on many Brazilian goods to", "imposes", "charge", "slapped duties of"; a rate before the value of the goods
# it is charged on: "imposed 25% counter-tariffs on 30 billion Canadian dollars of U.S. goods")
ACT_TO_FIGURE = regex.compile(r"(?:\s+(?!(?:and|but|while|which|that|who|because|after|before|although|though|if)\b)"
                              r"[\w.'’%-]+){0,7}?\s+(?:(?:to|of|at|by)\s+)?(?:(?:about|around|some|up\s+to|as\s+much\s+as|"
                              r"nearly|almost|roughly|a|an|the)\s+)*$", regex.IGNORECASE)
# after the figure: the rate's noun and a relative pronoun before its setter ("the 15% tariff the United States now
# charges", "an extra 40% that President Donald Trump imposed", "the 25% Trump had threatened")
FIGURE_TO_SETTER = regex.compile(r"\s*(?:(?:[\w-]+\s+){0,2}?(?:tariffs?|duty|duties|levy|levies|rate|surcharges?)\s*)?"
                                 r"(?:(?:that|which)\s+)?", regex.IGNORECASE)
# a rate charged "on" goods, named right after it with no tariff word in reach ("the United States will charge 15% on most
# Korean goods", "a 25% levy" has its own word): a duty's rate (goods, imports, exports and the goods tariffs name most)
GOODS_AFTER = regex.compile(r"\s+on\s+(?:(?:most|all|many|some|other|the|its|their|nearly|almost|virtually)\s+){0,3}"
                            r"(?:(?-i:[A-Z][\w.'’-]*)\s+){0,3}(?:imported\s+|foreign\s+)?"
                            r"(?:goods|imports|exports|products|cars|vehicles|autos|steel|aluminium|aluminum|lumber|shipments)\b",
                            regex.IGNORECASE)
WINDOW = 110  # characters searched before the figure for its act (a clause)
# a condition opening the setter's clause: "If Washington imposes ...", "unless the United States lifts ..." (audit26)
CONDITION_BEFORE = regex.compile(r"\b(?:if|unless)\s+(?:the\s+)?$", regex.IGNORECASE)
# a condition, its setter (up to four capitalised words) and a setting act before the figure, for the model check
CONDITIONAL_ACT = regex.compile(r"\b(?:if|unless)\s+(?:the\s+)?(?:(?-i:[A-Z][\w.'’-]*)\s+){1,4}", regex.IGNORECASE)
SETTER_KINDS = frozenset({"country", "demonym", "capital", "institution", "person", "organisation", "generic"})


@functools.lru_cache(maxsize=1)
def _acts():
    return cues("tariff_acts.csv", "word")


def _setter(e) -> bool:
    return e.kind in SETTER_KINDS and _entities.is_state_or_organisation(e.code)


def _act_before(text: str, ents: list, lo: int, start: int):
    """The setter named as the subject of a setting act before the figure, in its clause: (entity, kind) or None."""
    acts = _acts()
    hits = list(acts.finditer(text, lo, start))
    for hit in reversed(hits):
        if not ACT_TO_FIGURE.match(text, hit.end, start):
            continue
        subject = None
        for e in ents:
            if e.end <= hit.start and _setter(e):
                subject = e
        if subject is None:
            return None
        m = AUX.fullmatch(text, subject.end, hit.start)
        if m is None and text[subject.end:hit.start].strip():
            return None
        return subject, hit.entry["kind"]
    return None


def _act_after(text: str, ents: list, end: int, hi: int):
    """The setter named in a relative clause right after the figure ("the 25% Trump had threatened"): (entity, kind)."""
    m = FIGURE_TO_SETTER.match(text, end, hi)
    pos = m.end() if m is not None else end
    subject = next((e for e in ents if e.start >= end), None)
    if subject is None or subject.start > pos + 30 or not _setter(subject):
        return None
    if text[pos:subject.start].strip() and not regex.fullmatch(r"\s*(?:the\s+)?(?:(?:U\.S\.|US|President|Prime\s+Minister|"
                                                                    r"Chancellor|Premier)\s+)*", text[pos:subject.start]):
        return None
    aux = AUX.match(text, subject.end, hi)
    at = aux.end() if aux is not None else subject.end
    hit = _acts().search(text, at, min(hi, at + 20))
    if hit is None or hit.start != at:
        return None
    return subject, hit.entry["kind"]


# after the figure: the tariff's noun and a passive setting act before its agent ("the 50% tariff imposed by Washington")
NOUN_BEFORE_ACT = regex.compile(r"\s+(?:[\w-]+\s+){0,2}?(?:tariffs?|dut(?:y|ies)|levy|levies)\s+", regex.IGNORECASE)
BY_AGENT = regex.compile(r"\s+by\s+(?:the\s+)?", regex.IGNORECASE)


def _agent_after(text: str, ents: list, end: int, hi: int):
    """The setter named as the agent of a passive setting act right after the figure's tariff noun ("the 50% tariff
    imposed by Washington"): (entity, kind) or None."""
    noun = NOUN_BEFORE_ACT.match(text, end, hi)
    if noun is None:
        return None
    hit = _acts().search(text, noun.end(), min(hi, noun.end() + 20))
    if hit is None or hit.start != noun.end():
        return None
    by = BY_AGENT.match(text, hit.end, hi)
    agent = next((e for e in ents if e.start >= end), None) if by is not None else None
    if agent is None or agent.start != by.end() or not _setter(agent):
        return None
    return agent, hit.entry["kind"]


def tariff_setter(sc, fig: dict, claim_type: str, actor_code, actor_text) -> tuple:
    """(claim_type, actor_code, actor_text) of a tariff figure whose setter is named as the subject of a setting or
    threatening act in its clause; unchanged otherwise."""
    if fig["metric"] != "tariff_rate":
        return claim_type, actor_code, actor_text
    text, sentence = sc.text, sc.sentence
    start, end = fig["char_start"], fig["end"]
    ents = [e for e in sc.ctx.entities(sentence) if e.code]
    found = _act_after(text, ents, end, min(sentence.end, end + 70)) or _agent_after(text, ents, end, min(sentence.end, end + 70))
    if found is None and fig.get("head") is None:  # (a rate compared with, "to 19% from the 32%", has its act after it)
        found = _act_before(text, ents, max(sentence.start, start - WINDOW), start)
    if found is None and fig.get("head") is None and actor_text is None:
        found = _act_nearby(sc, fig)
    if found is None:
        return claim_type, actor_code, actor_text
    setter, kind = found
    code = setter.code
    if setter.kind == "organisation" and not _entities.is_state(code) and code not in ("EU", "EC"):
        return claim_type, actor_code, actor_text
    if kind == "threat" and claim_type == "actual":
        claim_type = "commitment"  # a threatened rate: what the threatening state says it will set (ANNOTATION.md)
    elif kind == "set" and claim_type == "actual" and setter.end <= start \
            and CONDITION_BEFORE.search(text, max(sentence.start, setter.start - 12), setter.start) is not None:
        # (audit26) "If Washington imposes tariffs on 300 mln dlrs worth of Japanese goods": a rate set only on a condition
        # is not in force; what the state says it will set, as a threatened one
        claim_type = "commitment"
    if code != actor_code or actor_text is None:  # (the setter's own words name the actor)
        actor_code, actor_text = code, setter.surface
    return claim_type, actor_code, actor_text


TARIFF_WORD = regex.compile(r"\b(?:tariffs?|duty|duties|levy|levies|surcharges?)\b", regex.IGNORECASE)
CARRY_SENTENCES = 2  # sentences before the figure's whose setting act it may go on from
CARRY_REACH = 60  # characters after a setting act within which the tariff it sets is named


def _act_nearby(sc, fig: dict):
    """The setter of a tariff rate whose own clause names none and no speaker: the subject of a setting act elsewhere in
    its sentence ("The 50% rate ... combines a 10% baseline duty with an extra 40% that President Donald Trump imposed":
    the parts of Washington's rate) or, else, of a setting act on tariffs in one of the sentences right before it ("the
    United States raised tariffs on many Brazilian goods to 50%. The 50% rate, which took effect on Wednesday, ..."):
    (entity, "set") or None. Only a state (or the EU) so named sets it, not the payer the story is about; never when a state
    or body stands before the figure in its own sentence as no preposition's object (its subject: "China answered with
    tariffs of up to 15%" after "Trump raised tariffs on Chinese goods")."""
    text, sentences = sc.text, sc.sentences
    i = sc.sentence.index  # (its place in the article's sentences)
    if any(_setter(e) and e.end <= fig["char_start"] and not _entities.PREP_BEFORE.search(text, max(sc.sentence.start, e.start - 40), e.start)
           for e in sc.ctx.entities(sc.sentence) if e.code):
        return None  # "China answered with tariffs of up to 15% on U.S. farm goods": the sentence's own subject answers
    for k in range(i, max(-1, i - 1 - CARRY_SENTENCES), -1):
        s = sentences[k]
        ents = [e for e in sc.ctx.entities(s) if e.code]
        hits = [h for h in _acts().finditer(text, s.start, s.end) if h.entry["kind"] == "set"]
        for hit in (hits if k == i else reversed(hits)):
            if k != i and TARIFF_WORD.search(text, hit.end, min(s.end, hit.end + CARRY_REACH)) is None:
                continue  # an earlier sentence's act sets a tariff named right after it
            subject = None
            for e in ents:
                if e.end <= hit.start and _setter(e):
                    subject = e
            if subject is None or (AUX.fullmatch(text, subject.end, hit.start) is None and text[subject.end:hit.start].strip()):
                continue
            if _entities.is_state(subject.code) or subject.code in ("EU", "EC"):
                return subject, "set"
    return None


# a name right after a rate (up to four capitalised words: "President Donald Trump", "Washington") for the model check,
# which reads the text only
NAME_AFTER = regex.compile(r"(?:(?:the\s+)?(?-i:[A-Z][\w.'’-]*)\s+){0,3}(?-i:[A-Z][\w.'’-]*)")


def rules_stand(text: str, claim: dict, new: str) -> bool:
    """Whether a tariff rate the rules read as threatened by the name right after it ("down from the 25% Trump had
    threatened") keeps the rules' commitment against the learned model's actual: the threat is the figure's own words,
    which the model's window of the sentence does not tie to it."""
    if claim.get("metric") != "tariff_rate" or claim.get("claim_type") != "commitment" or new != "actual":
        return False
    end = claim["char_end"]
    hi = min(len(text), end + 80)
    m = FIGURE_TO_SETTER.match(text, end, hi)
    name = NAME_AFTER.match(text, m.end() if m is not None else end, hi)
    if name is None:
        return False
    aux = AUX.match(text, name.end(), hi)
    at = aux.end() if aux is not None else name.end()
    hit = _acts().search(text, at, min(hi, at + 20))
    return hit is not None and hit.start == at and hit.entry["kind"] == "threat"


def conditional_rate_stands(text: str, claim: dict, new: str) -> bool:
    """Whether a tariff rate the rules read as set only on a condition ("If Washington imposes tariffs on 300 mln dlrs
    worth of Japanese electronic goods", CONDITION_BEFORE) keeps the rules' commitment against the model's actual: the
    condition is the setter's clause's first word, which the model's window does not tie to the figure (audit26)."""
    if claim.get("metric") != "tariff_rate" or claim.get("claim_type") != "commitment" or new != "actual":
        return False
    start = claim["char_start"]
    for m in CONDITIONAL_ACT.finditer(text, max(0, start - WINDOW), start):
        aux = AUX.match(text, m.end() - 1, start)
        at = aux.end() if aux is not None else m.end()
        hit = _acts().search(text, at, min(start, at + 20))
        if hit is not None and hit.start == at and hit.entry["kind"] == "set" and ACT_TO_FIGURE.match(text, hit.end, start):
            return True
    return False


# a rate its state will or would charge, earlier in the sentence: "Vietnam would pay a 20% tariff", "will charge 15% on cars"
FUTURE_RATE = regex.compile(r"\b(?:will|would|shall)\s+(?:[\w-]+\s+){1,3}?(?:(?:an?|the)\s+)?\d[\d.,]*\s?(?:%|percent|per\s+cent)",
                            regex.IGNORECASE)
GAPPED_AND = regex.compile(r"(?:,\s*)?\band\s+(?:(?:a|an|up\s+to)\s+)?$", regex.IGNORECASE)  # "..., and 40% on goods shipped"
RATE_ON = regex.compile(r"\s+on\s", regex.IGNORECASE)


def gapped_rate_stands(text: str, claim: dict, new: str, s0: int) -> bool:
    """Whether a tariff rate in a verbless conjunct after "and" ("Trump said Vietnam would pay a 20% tariff, down from the
    46% he had threatened in April, and 40% on goods shipped through Vietnam") keeps the rules' commitment against the
    model's actual: it shares the future verb of the rate its sentence names first, which the model's window, nearer a
    past aside, does not tie to it."""
    if claim.get("metric") != "tariff_rate" or claim.get("claim_type") != "commitment" or new != "actual":
        return False
    start, end = claim["char_start"], claim["char_end"]
    return GAPPED_AND.search(text, max(s0, start - 12), start) is not None and RATE_ON.match(text, end) is not None \
        and FUTURE_RATE.search(text, s0, start) is not None


def goods_rate(text: str, fig: dict) -> bool:
    """Whether a percent no metric cue reaches is a rate charged on goods named right after it (``GOODS_AFTER``)."""
    return fig["unit"] == "percent" and GOODS_AFTER.match(text, fig["end"], fig["end"] + 80) is not None
