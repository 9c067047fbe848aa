"""Whose figure it is (target): the state, organisation or group the text says a metric belongs to.

Each function returns the entity one construction names, or None; the actor/target assembly
(``actors``) decides which applies. The possessor of the metric cue ("Japan's deficit", "its
budget", also across the figure: "Brazil's 109 billion dlr foreign debt"; `possessor`); the owner
of a share's basis ("2% of Japan's GDP", "3 pct of its GNP": `basis_owner`,
`basis_pronoun_owner`); a metric noun "in"/"of" a bloc ("Government debt in the currency bloc",
`owner_after`); a sentence's fronted topic ("For Kenya, the IMF projects", `fronted_topic`); the
possessor of a target noun ("the government's target of 3.9%", `cue_possessor`); the antecedent of
a relative clause holding the figure ("Spain, which the figures put at 1.28%",
`relative_antecedent`); a state named right before a figure in a list ("Estonia at 3.43%",
`adjacent_subject`) or paired with it by "respectively" (`respective_owners`); the object a
causative or forecasting verb makes or expects to reach the figure ("would force Britain to run",
"expects Italy to run": `caused_subject`, `expected_subject`); the demanded party of a demand
(`object_of`, and `other_reading` when the asked is named like the asker). Kept apart from who
speaks (``voices``): an owner is read from possessives, objects and lists around the metric, a
speaker from the subject of a verb.
"""
from __future__ import annotations

import functools

import regex

from .lexicon import Guarded, Hit, count_words, cues, listed_words, phrase_pattern, read_rows, words_alternation
from .entities import Entity, PREP_BEFORE, group_row, nearest_entity_before, is_state
from .anaphora import COORDINATED
from .roles import ArticleContext, POSSESSIVE_MARK, outside_aside
from .whose import country_pronoun, names_body


# between an owner and its metric: adjectives and nouns ("Japan's annual defence budget"), not a verb or
# function word that makes the name a subject or object ("Washington to spend", "Tokyo will spend")
POSSESSOR_GAP = regex.compile(r"(?:['’]s?)?\s+(?:(?!(?:to|will|would|should|must|can|could|may|might|shall|has|have|had|is|are|was|were|"
                              r"be|and|or|that|which|who|wants?|plans?|said|says|on|for|with|from|by|in|at)\b)(?:[a-z][\w-]*|[A-Z]\w+)\s+){0,2}")

INCLUDING = regex.compile(r"\b(?:including|especially|particularly|notably|such\s+as)\s+$", regex.IGNORECASE)
AMONG_THEM = regex.compile(r"\s+(?:among|one\s+of)\s+them\b", regex.IGNORECASE)
PASSIVE_BY = regex.compile(r"\bby\s+(?:the\s+)?$", regex.IGNORECASE)
# a yardstick the figure is counted by, after it: "3.32% of GDP, counted the way NATO members count their spending",
# "calculated as NATO allies do", "in line with how NATO members report theirs": the party named is the standard, not the
# party asked (modern45)
MEASURED_BY_BEFORE = regex.compile(r"(?:\b(?:in\s+)?the\s+(?:same\s+)?way|\b(?:count(?:ed|ing)?|measur(?:ed|ing)|calculat(?:ed|ing)|"
                                   r"comput(?:ed|ing)|defin(?:ed|ing)|reckon(?:ed|ing)|report(?:ed|ing))\s+(?:just\s+)?(?:as|like)|"
                                   r"\bin\s+line\s+with\s+(?:how|the\s+way)|\bby\s+the\s+(?:standards?|definition|yardstick|method)\s+of)"
                                   r"\s+(?:(?:the|its|their|other|fellow|most)\s+)?$", regex.IGNORECASE)
MEASURED_BY_REACH = 40  # chars before an entity searched for the yardstick's words


@functools.cache
def _yardstick_after():
    """A possessive and a yardstick noun of yardstick_nouns.csv right after a party ("NATO's definition", "the alliance's
    standards"): that party's way of counting, named as the standard (write27)."""
    return regex.compile(r"['’]s?\s+(?:own\s+|new\s+|official\s+)?(?:" + words_alternation(listed_words("yardstick_nouns.csv"))
                         + r")\b", regex.IGNORECASE)
OBJECT_WINDOW = 12


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


# between a state's possessive and the figure it owns: "after Poland's 43.7 billion euros", "less than Estonia's own 5.4%"
FIGURE_POSSESSED_GAP = regex.compile(r"(?:['’]s?)?\s+(?:(?:own|about|around|roughly|some|nearly|almost|just|an\s+estimated)\s+)?")
POSSESSOR_KINDS = frozenset({"country", "capital"})


def figure_possessor(ctx: ArticleContext, sentence, fig_start: int) -> Entity | None:
    """The state whose possessive stands right before the figure ("the second-largest allocation after Poland's 43.7 billion
    euros"): whose figure it is, whoever speaks in the sentence."""
    e = next((x for x in reversed(ctx.entities_until(sentence, fig_start)) if x.end <= fig_start), None)
    if e is None or e.kind not in POSSESSOR_KINDS or not is_state(e.code) or not FIGURE_POSSESSED_GAP.fullmatch(ctx.text, e.end, fig_start) \
            or not (e.surface.endswith(("'s", "’s", "'", "’")) or ctx.text[e.end:e.end + 1] in ("'", "’")):
        return None
    return e


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


HEADED_RELATIVE = regex.compile(r",\s*(?:which|that)?\s*")  # (between the head noun and its relative clause's start)


def possessor(ctx: ArticleContext, sentence, metric_cue: Hit | None, fig_end: int | None = None,
              clause: tuple[int, int] | None = None, fig_start: int | None = None) -> Entity | None:
    """The state whose metric it is when the text says so: "Japan's deficit", "its budget", also with the figure
    between owner and noun ("Brazil's 109 billion dlr foreign debt", given `fig_start`). A cue after the
    figure whose possessor follows another state named after the figure belongs to that state's clause
    ("raised its contribution to 190 mln dlrs ... and the Netherlands raised its figure to ...")."""
    if metric_cue is None:
        return None
    headed = False
    if clause is not None and metric_cue.end <= clause[0]:
        # "Beijing raised its defence budget 7.2%, while Taipei plans 3.32%": another clause's owner (not the noun the
        # figure's relative clause is about, when a state owns it: "India should cut its tariffs, which average about 17%")
        if not HEADED_RELATIVE.fullmatch(ctx.text, metric_cue.end, clause[0]):
            return None
        headed = True
    text = ctx.text
    if fig_end is not None and metric_cue.start >= fig_end and _names_between(ctx, sentence, fig_end, metric_cue.start):
        return None
    for e in reversed(ctx.entities_until(sentence, metric_cue.start)):
        if e.end <= metric_cue.start and e.code:
            if fig_start is not None and fig_end is not None and e.end <= fig_start and fig_end <= metric_cue.start:
                return e if _owns_across_figure(ctx, sentence, e, fig_start, fig_end, metric_cue.start) else None
            if POSSESSOR_GAP.fullmatch(text, e.end, metric_cue.start) and (e.kind != "group" or names_body(e)) \
                    and not _verb_after_name(ctx, sentence, e.end, metric_cue.start) \
                    and not (headed and not (e.kind == "country" or (e.kind == "pronoun" and is_state(e.code)))):
                return e
            return None
    return None


def _owns_across_figure(ctx: ArticleContext, sentence, e: Entity, fig_start: int, fig_end: int, cue_start: int) -> bool:
    """Whether a possessive name owns a metric noun with the figure between them ("Brazil's 109 billion dlr foreign
    debt", "Japan's record 5.4 trillion yen defence budget"): a possessive mark and only adjectives on either side of
    the figure, no verb (the gap words of an owner). "its" only when it stands for the state that is the clause's subject
    (`_pronoun_names_subject`): the nearest name before it is often an object ("let the IMF play a role in rescheduling
    its 109 billion dlr debt")."""
    owner = (POSSESSIVE_MARK.match(ctx.text, e.end) is not None and (e.kind != "group" or names_body(e))) if e.kind != "pronoun" \
        else (_pronoun_names_subject(ctx, sentence, e) or country_pronoun(e))
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
    x = nearest_entity_before(before, e.start, sentence.start, ctx.text, skip_objects=False)
    if x is not None and x.code != e.code:  # the name of a closed aside ("Mexico, earlier than Argentina, ... its debt")
        x = outside_aside(ctx, sentence, before, x, e.start, sentence.start)
    if x is None or x.code != e.code or PREP_BEFORE.search(ctx.text, max(sentence.start, x.start - 40), x.start):
        return False  # ("its" read as the state named last, an object: "its shortfall" after "with the United States")
    return outside_aside(ctx, sentence, before, x, e.start, sentence.start) is x


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
    match = ctx.match_at(e.start, e.end)
    others = [c for c in (getattr(match, "candidates", None) or ()) if c != not_code]
    if not others:
        return None
    code = ctx.home() if ctx.home() in others else others[0]
    return e._replace(code=code)


OBJECT_PRONOUN = regex.compile(r"\s+(?:him|her)\b", regex.IGNORECASE)  # a person as the object of a demand verb


def object_of(ctx: ArticleContext, sentence, clause: tuple[int, int], fig: tuple[int, int], stance_cue: Hit | None) -> Entity | None:
    """The demanded party: the first entity between the cue and the figure, or after the figure."""
    text = ctx.text
    # coded entities, and regional allies no code fits ("allies in Asia" of a story on Washington's demands):
    # demanded of someone unknown rather than of the demander itself
    ents = [e for e in ctx.entities(sentence) if e.code or (e.kind == "group" and group_row(e.surface)["default"] == "HOME")]
    if stance_cue is not None and stance_cue.end <= fig[0]:
        between = [e for e in ents if e.start >= stance_cue.end and e.end <= fig[0] and e.kind != "pronoun"]
        # "pressed allies including Japan to spend": the state the group is narrowed to
        named = [e for e in between[1:] if INCLUDING.search(text, max(0, e.start - 30), e.start) or AMONG_THEM.match(text, e.end)]
        if named:
            return named[0]
        if between:
            return between[0]
        if OBJECT_PRONOUN.match(text, stance_cue.end, fig[0]):
            # "wrote to Trudeau in May urging him to set out a plan to reach 2%": the person the pronoun after the demand
            # verb stands for, named before it in the sentence
            persons = [e for e in ents if e.kind == "person" and sentence.start <= e.start and e.end <= stance_cue.start]
            if persons:
                return persons[-1]
    after = [e for e in ents if e.start >= fig[1] and e.end <= clause[1]
             and (e.kind != "pronoun" or e.surface.lower().startswith(("his", "her")))  # "enough for his country"
             and count_words(text[fig[1]:e.start]) <= OBJECT_WINDOW
             and not MEASURED_BY_BEFORE.search(text, max(fig[1], e.start - MEASURED_BY_REACH), e.start)
             and not _yardstick_after().match(text, e.end)]
    for e in after:
        if INCLUDING.search(text, max(0, e.start - 30), e.start):
            return e
    for e in after:
        if (PREP_BEFORE.search(text, max(0, e.start - 40), e.start) or e.kind == "group") \
                and not PASSIVE_BY.search(text, max(0, e.start - 10), e.start):
            return e
    return None


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
    if first is None or not first.code or not ctx.opens_as_topic(sentence, first.start, first.end):
        return None
    return first


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


@functools.lru_cache(maxsize=1)
def _binding_before() -> Guarded:
    """A verb of causative_verbs.csv marked `binds` self right before a name: "commits allies", "committed the members"."""
    verbs = [r["verb"] for r in read_rows("causative_verbs.csv") if r.get("binds") == "self"]
    pattern = regex.compile(r"\b(?:" + "|".join(phrase_pattern(v) for v in verbs) + r")\s+(?:the\s+)?$", regex.IGNORECASE)
    return Guarded(pattern, tuple(sorted({v.rstrip("*").lower() for v in verbs})))


def binds_itself(ctx: ArticleContext, sentence, clause: tuple[int, int], subject: Entity) -> bool:
    """Whether the causative verb before `subject` (caused_subject's) binds it by its own word ("The summit declaration
    commits allies to spend 3.5% of GDP"): the allies commit, so they are the figure's actor as well as its owner."""
    return _binding_before().search(ctx.text, max(clause[0], subject.start - 20), subject.start) is not None


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


# a state named in a list of levels right before "at <figure>": "Poland spending the most at about 4.5% of GDP, ahead of
# Lithuania at 4% and Latvia at 3.7%"; "with Estonia at 3.4%, Denmark at 3.2%" (the list word before the state, the "at"
# after it)
LIST_WORD = r"(?:\band|\bor|,|\bahead\s+of|\bbehind|\bfollowed\s+by|\bwith|\bthen|\bwhile)"
LEVEL_HEDGE = r"(?:(?:about|around|roughly|some|nearly|almost|just|an\s+estimated)\s+)?"
LISTED_BEFORE = regex.compile(LIST_WORD + r"\s+$", regex.IGNORECASE)
LISTED_AT = regex.compile(r"\s+at\s+" + LEVEL_HEDGE)
# or an owner "with" its own figure after a list word: "Poland has asked for 43.7 billion euros, followed by Romania with
# 16.6 billion euros and France with 16.2 billion euros" (each state its own sum, not the first one's)
LISTED_WITH = regex.compile(r",?\s+with\s+" + LEVEL_HEDGE)


def listed_level_owners(ctx: ArticleContext, sentence, spans: list[tuple[int, int]], with_items: bool = False) \
        -> dict[int, Entity]:
    """Figures of a list of levels each owned by the state named right before "at" it, after another figure of the sentence
    ("... at about 4.5% of GDP, ahead of Lithuania at 4% and Latvia at 3.7%": 4% Lithuania's, 3.7% Latvia's), whoever
    reports the list. With `with_items`, the states named right before "with" their figure instead ("..., followed by
    Romania with 16.6 billion euros")."""
    text = ctx.text
    after = LISTED_WITH if with_items else LISTED_AT
    if len(spans) < 2:
        return {}
    first = min(a for a, _ in spans)
    out = {}
    for a, _ in spans:
        if a == first:
            continue
        e = next((x for x in reversed(ctx.entities_until(sentence, a)) if x.end <= a), None)
        if e is None or e.start <= first or e.kind != "country" or not e.code or not is_state(e.code) \
                or not after.fullmatch(text, e.end, a) \
                or not LISTED_BEFORE.search(text, max(sentence.start, e.start - 16), e.start):
            continue
        out[a] = e
    return out


# the same list read on the text alone, for the type model's second opinion: a named state before "at" the figure, or one
# after it ("4.5% of GDP, ahead of Lithuania at 4%")
LISTED_NAME_BEFORE = regex.compile(LIST_WORD + r"\s+(?:[A-Z][\w.'’-]*\s+){1,3}at\s+" + LEVEL_HEDGE + "$")
LISTED_NAME_AFTER = regex.compile(r",?\s+(?:ahead\s+of|behind|followed\s+by|and|while|with)\s+(?:[A-Z][\w.'’-]*\s+){1,3}at\s+"
                                  + LEVEL_HEDGE + r"\d")


def listed_level_stands(text: str, claim: dict, new: str, s0: int) -> bool:
    """Whether the rules' level of a figure in a list of states' levels (listed_level_owners) stands against the model's
    other type: the model reads the sentence's verb ("All allies will reach the 2% guideline, with Poland at 4.5%")."""
    if claim.get("claim_type") != "actual" or new == "actual" or claim.get("unit") != "percent":
        return False
    start, end = claim["char_start"], claim["char_end"]
    return LISTED_NAME_BEFORE.search(text, max(s0, start - 60), start) is not None \
        or LISTED_NAME_AFTER.match(text, end, end + 60) is not None


# every regex pattern above runs as its standard-re twin on ASCII text (lexicon.AsciiTwin: the same matches, less CPU)
from .lexicon import ascii_twins as _ascii_twins  # noqa: E402  (after the patterns it replaces)

_ascii_twins(globals())
