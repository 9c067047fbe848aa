"""Organisations as rule-setters and as sets: whose target it is when an organisation names one, and
which organisation a sentence's figure goes with.

"NATO's 2% guideline", "the United Nations target of 0.7%" are the organisation's own targets
(`target_owner`, `org_owner`), unless a state meets, reaches or signs up to one ("Canada will meet
NATO's long-standing goal of 2%": Canada's figure, `meets_target`). The organisation (or group of
its members) named nearest a figure is `nearest_org`, except one a superlative ranks within ("the
widest budget deficit in the European Union": the EU is the set, no rule-setter;
`superlative_scope`, ``superlatives.csv``). Kept apart from ``owners`` and ``voices`` because these
questions turn on organisation codes and their standing targets, not on a state's possessives or a
speaker's verb.
"""
from __future__ import annotations

import functools

import regex

from .lexicon import Hit, ascii_twin, count_words, phrases_alternation, read_rows
from .entities import Entity, ORGANISATION_CODES, nearest_entity_before
from .roles import ArticleContext, in_closed_aside


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


REACH_VERB = regex.compile(r"\b(?:meet|meets|met|meeting|reach|reaches|reached|reaching|hit|hits|hitting|achieve|achieves|achieved|achieving|"
                           r"fulfil|fulfill|fulfils|fulfills|fulfilled|fulfilling|exceed|exceeds|exceeded|exceeding|surpass\w*|match|matches|matched|matching|"
                           r"sign\w*\s+up\s+to|commit\w*\s+to|comply\s+with|complies\s+with)\s+(?:the\s+|its\s+)?$", regex.IGNORECASE)


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
    subject = nearest_entity_before(ents, verb_start, clause[0], ctx.text)
    return subject if subject is not None and subject.code not in ORGANISATION_CODES else None


@functools.cache
def _purpose_opener():
    """A purpose opener of purpose_reach_openers.csv, a verb of meeting or reaching and up to three words, ending where the
    target noun starts ("so that it meets NATO's ", "so that Canada will reach the alliance's ", "in order to meet the ")."""
    rows = read_rows("purpose_reach_openers.csv")
    with_subject = [r["phrase"] for r in rows if r.get("subject") == "yes"]
    bare = [r["phrase"] for r in rows if r.get("subject") != "yes"]
    parts = []
    if with_subject:
        parts.append(r"(?:" + phrases_alternation(with_subject) + r")\s+(?:the\s+)?[\w.'’-]+(?:\s+[A-Z][\w.'’-]*)?\s+"
                     r"(?:can\s+|could\s+|will\s+|would\s+|may\s+|might\s+)?")
    if bare:
        parts.append(r"(?:" + phrases_alternation(bare) + r")\s+")
    return regex.compile(r"\b(?:" + "|".join(parts) + r")(?:meet|meets|reach|reaches|hit|hits|achieve|achieves|fulfil|fulfill|"
                         r"fulfils|fulfills)\s+(?:\S+\s+){0,3}$", regex.IGNORECASE)


PURPOSE_OPENER_REACH = 60  # chars before the target noun searched for the purpose opener and its verb


def purposed_reach(text: str, lo: int, cue_start: int) -> bool:
    """Whether the target noun at `cue_start` is what a purpose clause acts to meet ("Canada will spend an additional 9
    billion Canadian dollars on defence this fiscal year so that it meets NATO's target of 2% of GDP")."""
    return _purpose_opener().search(text, max(lo, cue_start - PURPOSE_OPENER_REACH), cue_start) is not None


def org_owner(ctx: ArticleContext, sentence, cue: Hit, fig_start: int) -> bool:
    """Whether an organisation owns a target noun ("NATO's old 2% target", "the United Nations target of 0.7%")."""
    first = min(cue.start, fig_start)
    for e in reversed(ctx.entities(sentence)):
        if e.end <= first and in_closed_aside(ctx.text, sentence, e, (first, first)):
            continue  # "Military spending, the highest share among G20 members, is budgeted at ...": the aside's group owns nothing
        if e.end <= first:
            # ("it" is a subject, never an owner: "The World Bank said it approved a 25 mln dlr loan" is its grant)
            return bool(e.code in ORGANISATION_CODES and e.kind != "state_pronoun" and count_words(ctx.text[e.end:first]) <= 2)
    return False


# every regex pattern above runs as its standard-re twin on ASCII text (lexicon.AsciiTwin: the same matches, less CPU)
from .lexicon import ascii_twins as _ascii_twins  # noqa: E402  (after the patterns it replaces)

_ascii_twins(globals())
