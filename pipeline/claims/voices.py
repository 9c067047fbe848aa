"""Who states, demands, pledges, reports or expects a figure (actor): the subject of its stance or
reporting verb.

`actor_of` decides: the body "according to" credits; the owner of a stance noun ("the World Bank's
recommendation", "a Philippine request", "estimates from the World Bank", "Trump made the same 10%
demand": `noun_cue_owner`); the subject of the governing stance verb (the nearest name before it in
its clause, past an aside between commas, a relative "which" taken to its antecedent); the subject
of a relative clause after the figure ("the 3.32% Lai has proposed", `relative_agent`); else the
speaker of the nearest reporting verb (`reporter`: "NATO said", "..., the IMF said", "said the
ministry"). Also the subjects the assembly asks for in particular constructions: right before a
verb (`subject_before`), of "should"/"must" (`modal_subject`, `pressed_they`), the one who states
another's obligation (`asker`), a participle's agent ("appropriated by Congress",
`participle_agent`), the state a reporter says pledged ("He said that Japan had made a 450 mln dlr
pledge", `reported_pledger`), a view's holder and its owner ("the alliance believes Spain will need
3.5%", `believer`), a passive demand's demander ("asked by the United States", `passive_demand`),
the speaker of a reporting verb or a participle of saying (`speaker`, `participle_speaker`). Kept
apart from whose figure it is (``owners``): a speaker is the subject of a verb, an owner a
possessive or an object around the metric.
"""
from __future__ import annotations

import functools

import regex

from .lexicon import (PUNCTUATION_BREAK, Guarded, Hit, ascii_twin, count_words, listed_words, phrases_alternation, read_rows,
                      words_alternation)
from .entities import Entity, first_named, nearest_entity_before, is_state
from .anaphora import RELATIVE_BEFORE_SCAN, SUBJECT_WORDS, THAT_GAP, hits_ending_by, told_body
from .anaphora import said_in_place  # (in anaphora, where a possessive "their" after the place is resolved too)
from .roles import (
    ArticleContext, POSSESSIVE_AFTER, POSSESSIVE_MARK, aside_regex, chained_asides, in_closed_aside, verb_inverts, named_right_after,
    outside_aside, subject_of_verb, titled_after, sentence_subject,
)


# stances a body takes for itself or presses on others: a body credited in an earlier clause for a level ("According to
# Eurostat, Belgium's deficit was 4.5%, while the government targets 4.0%") takes none of them
STANCES_OF_OWN = frozenset({"commitment", "demand", "proposal", "rejection"})


def actor_of(ctx: ArticleContext, sentence, clause: tuple[int, int], fig: tuple[int, int], stance_cue: Hit | None,
             how: str) -> Entity | None:
    """The entity that states, demands, pledges ... the figure."""
    text = ctx.text
    # "..., according to NATO estimates": the body credited with the figure reports it
    credited = ctx.credited(sentence)  # the same for every figure of the sentence: found once
    if credited is not None and not (stance_cue is not None and how == "governing" and credited.end <= clause[0]
                                     and stance_cue.entry["claim_type"] in STANCES_OF_OWN) \
            and not in_closed_aside(text, sentence, credited, fig):
        return credited
    owner = announced_owner(ctx, sentence, fig)
    if owner is not None:
        # "Analysts said they foresaw base rates falling after Lawson's announcement yesterday that the public sector
        # borrowing requirement was to fall to 1.0 pct of GDP": the announcer states the figure, not the analysts
        return owner
    owner = noun_cue_owner(ctx, sentence, stance_cue)
    if owner is not None:
        # "the World Bank's recommendation of 2.5 billion guilders", "a Philippine request to raise the aid level to 80
        # billion yen", "official U.S. estimates of 175 billion": the body the stance noun belongs to takes the stance
        return owner
    if stance_cue is not None and how in ("governing", "following"):
        near = ctx.entities_until(sentence, stance_cue.start)
        e = nearest_entity_before(near, stance_cue.start, clause[0] if how == "governing" else fig[1], text)
        if how == "governing":
            # "well ahead of Paris, which aims for 3%": the antecedent of "which" is the subject, object or not
            rel = WHICH_BEFORE_SCAN.search(text, max(sentence.start, stance_cue.start - 60), stance_cue.start)
            x = nearest_entity_before(near, rel.start(), sentence.start, text, skip_objects=False) if rel is not None else None
            if x is not None and (not text[x.end:rel.start()].strip() or OWNED_ANTECEDENT.fullmatch(text, x.end, rel.start())) \
                    and (e is None or e.end <= rel.start()):
                # (also the owner of the noun "which" stands for: "the Commission's ReArm Europe plan, which aims to")
                e = x
        if e is None and how == "governing":
            e = _possessive_subject(ctx, sentence, near, clause[0], stance_cue) or _elided_subject(ctx, sentence, near, clause[0]) \
                or nearest_entity_before(near, stance_cue.start, sentence.start, text)
        if e is not None and how == "governing":
            e = _coordinated_subject(ctx, sentence, near, e, stance_cue) or e
            # "The United States said Brazil had breached trade rules and announced a 50% tariff": the state the reported
            # clause blames does not take the verb after that clause; the reporter, whose verb it continues, does
            blamer = _blaming_reporter(ctx, sentence, e, stance_cue.start)
            if blamer is not None:
                return blamer
        if e is not None:
            e = outside_aside(ctx, sentence, near, e, stance_cue.start, sentence.start)
            e = joined_group(ctx, near, e) or e
            if e.code and not is_state(e.code):
                # "Spain told NATO that its spending would reach 2.1%": the state telling the organisation states it
                e = told_body(ctx, [x for x in near if x.code and x.kind != "pronoun" and x.end <= e.end], e) or e
            # "the three Baltic states, which border Russia or Belarus, said they plan to pass 5%": a reporting verb
            # between the name and the cue makes its speaker the cue's subject
            verb = next((h for h in ctx.report_hits(sentence) if e.end <= h.start and h.end <= stance_cue.start
                         and not verb_in_closed_aside(ctx, sentence, h, stance_cue.start)), None)
            who = subject_of_verb(ctx, sentence, verb, sentence.start) if verb is not None else None
            return who if who is not None and (RELATIVE_BEFORE_SCAN.search(text, max(sentence.start, verb.start - 130), verb.start)
                                               or _and_after_apposition(ctx, sentence, e, verb)) else e
    if stance_cue is not None and how == "attributive":
        agent = relative_agent(ctx, sentence, fig, stance_cue)  # "the 3.32% Lai has proposed"
        if agent is not None:
            return agent
        agent = _subject_of_participle(ctx, sentence, stance_cue)  # "The Commission proposed spending of 150 billion"
        if agent is not None:
            return agent
    # the speaker of the reporting verb nearest before the figure ("the minister said ..., although the IMF puts
    # Japan's debt at 230%"), else of the sentence's first one: "X said", "said X"
    who = reporter(ctx, sentence, fig) or ctx.reporter(sentence)
    if who is not None and who.start >= fig[1] and NEW_SUBJECT_CLAUSE.search(text, fig[1], who.end):
        return None
    return who


@functools.cache
def _announced_that():
    """A possessive, a noun of announced_nouns.csv (up to two lower-case words before it, a time phrase after it) and "that":
    "'s announcement yesterday that", "'s formal statement that", "'s announcement in June 2025 that", "in February that"."""
    nouns = phrases_alternation([r["noun"] for r in read_rows("announced_nouns.csv")])
    return regex.compile(r"['’]s?\s+(?:(?-i:[a-z])[\w-]*\s+){0,2}?(?:" + nouns + r")\s+"
                         r"(?:(?:yesterday|today|last\s+\w+|this\s+\w+|on\s+\w+|in\s+(?:(?-i:[A-Z])[a-z]+(?:\s+\d{4})?|\d{4}))\s+)?that\s",
                         regex.IGNORECASE)


ANNOUNCED_REACH = 200  # chars from the noun's possessive to the figure


def announced_owner(ctx: ArticleContext, sentence, fig: tuple[int, int]) -> Entity | None:
    """The coded owner of a noun of saying whose that-clause holds the figure ("after Lawson's announcement yesterday that
    the public sector borrowing requirement was to fall to 1.0 pct of GDP"): the owner states it. None when the clause
    names another coded body before the figure ("Germany's statement that Japan would need ..." leaves it to the other
    steps) or holds a semicolon."""
    text = ctx.text
    lo = max(sentence.start, fig[0] - ANNOUNCED_REACH)
    found = None
    for m in _announced_that().finditer(text, lo, fig[0]):
        found = m
    if found is None or ";" in text[found.end():fig[0]]:
        return None
    near = ctx.entities_until(sentence, fig[0])
    owner = next((e for e in reversed(near) if e.code and e.kind != "pronoun" and e.end <= found.start()
                  and not text[e.end:found.start()].strip()), None)
    if owner is None or any(e.code and e.code != owner.code and found.end() <= e.start and e.end <= fig[0] for e in near):
        return None  # ("Canada's announcement that it would reach ...": the clause's own name for the owner leaves it)
    return owner


# a past form read as a participle before "<noun> of <figure>" that a name right before it makes a finite verb
PAST_FORM = regex.compile(r"[a-z]+ed", regex.IGNORECASE)


def _subject_of_participle(ctx: ArticleContext, sentence, cue: Hit) -> Entity | None:
    """The subject of a past form the stance step read as a participle qualifying the figure's noun ("proposed spending of
    150 billion euros") when a coded name stands right before it with nothing between ("NATO proposed spending of",
    "Budget Commissioner Piotr Serafin proposed a budget of"): the name makes it a finite verb, and the name proposes
    (not "the EU's proposed budget of": a possessive owns a noun, read by `noun_cue_owner`; no demonym: "the French
    proposed cuts" qualifies)."""
    if cue.entry["pos"] != "A" or not PAST_FORM.fullmatch(ctx.text, cue.start, cue.end):
        return None
    e = nearest_entity_before(ctx.entities_until(sentence, cue.start), cue.start, sentence.start, ctx.text)
    if e is None or not e.code or e.kind in ("demonym", "pronoun", "state_pronoun") \
            or (ctx.text[e.end:cue.start].strip() and not PERFECT_GAP.fullmatch(ctx.text, e.end, cue.start)):
        return None
    return e


# a perfect auxiliary between the name and the past form makes it a finite verb as well ("Secretary General Jens Stoltenberg
# had proposed a fund of 100 billion euros", "the Commission has proposed a budget of")
PERFECT_GAP = regex.compile(r"\s+(?:has|have|had)(?:\s+(?:also|already|earlier|first|previously|now|just|\w+ly))?\s+", regex.IGNORECASE)


# a clause opening on a conjunction and an auxiliary with no subject of its own ("..., but would not commit to the full 5%"):
# its subject is the one of the clause before
ELIDED_OPEN = regex.compile(r"(?:\b(?:but|and|yet)\s+)(?=(?:also\s+|still\s+)?(?:would|will|could|can|should|must|might|may|did|does|do)\b)",
                            regex.IGNORECASE)
AUXILIARY = regex.compile(r"\b(?:would|will|could|can|should|must|might|may|did|does|do|has|have|had|is|are|was|were|plans?|aims?)\b",
                          regex.IGNORECASE)


def _possessive_subject(ctx: ArticleContext, sentence, near: list[Entity], clause_start: int, cue: Hit) -> Entity | None:
    """The owner "its"/"their" names when it opens the subject of a clause inside the sentence, right before its verb
    ("France has not met the EU's 3% deficit limit since 2019, and its deficit reached 5.8% of GDP": France's deficit, not
    the EU named in the clause before); None otherwise, and for a pronoun opening the sentence ("Its total debt ...":
    the sentence before may name a firm the gazetteer does not hold)."""
    text = ctx.text
    if not text[sentence.start:clause_start].strip():
        return None
    x = next((x for x in near if x.kind == "pronoun" and x.code and clause_start <= x.start < cue.start), None)
    if x is None or text[clause_start:x.start].strip() or not x.surface.lower().startswith(("its", "their")) \
            or count_words(text[x.end:cue.start]) > SUBJECT_WORDS:
        return None
    return x


def _elided_subject(ctx: ArticleContext, sentence, near: list[Entity], clause_start: int) -> Entity | None:
    """The subject of the clause before, for a clause with no subject of its own ("Anusic said Zagreb would reach the
    alliance's new target of 3.5% ..., but would not commit to the full 5%": Zagreb, not the alliance named last)."""
    text = ctx.text
    opened = ELIDED_OPEN.match(text, clause_start) or ELIDED_OPEN.search(text, max(sentence.start, clause_start - 6), clause_start + 8)
    if opened is None or opened.start() > clause_start + 1:
        return None
    aux = None
    for aux in AUXILIARY.finditer(text, sentence.start, opened.start()):
        pass
    if aux is None:
        return None
    e = nearest_entity_before(near, aux.start(), sentence.start, text)
    return e if e is not None and count_words(text[e.end:aux.start()]) <= SUBJECT_WORDS else None


# a second predicate of the subject right before its stance verb: "Lisbon would ask the European Union for loans ... and
# reportedly wants around 5.8 billion euros"
# (also "and instead": "Canberra has rejected Washington's demand for 3.5% and instead proposed lifting spending to 2.33%")
COORDINATED_CUE = regex.compile(r"\s(?:and|but)\s+(?:(?:\w+ly|also|now|still|instead|then)\s+)?$", regex.IGNORECASE)


def _coordinated_subject(ctx: ArticleContext, sentence, near: list[Entity], e: Entity, cue: Hit) -> Entity | None:
    """The subject of the first predicate, for a stance verb coordinated with it by "and", when the name nearest before
    the verb is that predicate's object (the European Union asked for loans, not the one wanting the sum)."""
    text = ctx.text
    coord = COORDINATED_CUE.search(text, max(sentence.start, cue.start - 24), cue.start)
    if coord is None or e.start >= coord.start():
        return None
    aux = None
    for aux in AUXILIARY.finditer(text, sentence.start, e.start):
        pass
    if aux is None:
        return None
    subject = nearest_entity_before(near, aux.start(), sentence.start, text)
    return subject if subject is not None and subject.kind not in ("pronoun", "state_pronoun") \
        and count_words(text[subject.end:aux.start()]) <= SUBJECT_WORDS else None


def _and_after_apposition(ctx: ArticleContext, sentence, e: Entity, verb: Hit) -> bool:
    """Whether the reporting verb goes on, after ", and", from a clause whose name nearest before it stands in an
    apposition ("Slovakia would not spend 5% of GDP, the goal NATO allies set at The Hague, and said spending would stay at
    about 2%": the verb's subject speaks, not the allies of the aside)."""
    from .roles import AND_BEFORE, _in_apposition
    return AND_BEFORE.search(ctx.text, max(sentence.start, verb.start - 12), verb.start) is not None \
        and _in_apposition(ctx, sentence, e)


GROUP_AND = regex.compile(r"\s+and\s+(?:the\s+)?")


def joined_group(ctx: ArticleContext, near: list[Entity], e: Entity) -> Entity | None:
    """The organisation's group a state is joined to as one subject ("its European members and Canada would spend 2.3%",
    "European allies and Canada": the alliance the pair stands for), when the state is a member; None otherwise."""
    if not is_state(e.code) or ctx.gaz is None:
        return None
    x = next((y for y in reversed(near) if y.end <= e.start), None)
    if x is None or x.kind != "group" or not x.code or is_state(x.code) or not GROUP_AND.fullmatch(ctx.text, x.end, e.start):
        return None
    try:
        return x if ctx.gaz.is_member(e.code, x.code, ctx.year) else None
    except Exception:  # a broken lexicon must not stop the pipeline
        return None


def verb_in_closed_aside(ctx: ArticleContext, sentence, verb: Hit, end: int) -> bool:
    """Whether a reporting verb stands inside an aside between commas that closes before `end` ("Italy's deficit, which
    the Commission put at 3.4%, will fall below 3%": "put" is the Commission's, inside the aside; the verb after it is
    Italy's), unlike a verb after the aside ("the Baltic states, which border Russia, said they plan")."""
    return any(m.start() < verb.start and verb.end <= m.end() <= end
               for m in aside_regex().finditer(ctx.text, max(sentence.start, verb.start - 130), end))


# a clause with a subject of its own after a figure: its speaker speaks of that clause ("..., and Estonia's government said",
# "..., and the European Commission has told")
NEW_SUBJECT_CLAUSE = regex.compile(r";|,\s+(?:and|but|while|whereas)\s+(?:the\s+)?(?-i:[A-Z])")


RELATIVE_OPEN = regex.compile(r"[\s,]*(?:(?:that|which)\s+)?(?:the\s+)?$", regex.IGNORECASE)
RELATIVE_AUX = regex.compile(r"\s+(?:(?:has|have|had|was|were|is|are|also|previously|earlier|first|already|long)\s+){0,2}$", regex.IGNORECASE)


def relative_agent(ctx: ArticleContext, sentence, fig: tuple[int, int], cue: Hit | None) -> Entity | None:
    """The subject of a relative clause right after the figure whose verb is the stance cue: "the 3.32% Lai has
    proposed", "a level of 3 per cent that American officials had floated" (Lai, the Americans: not the sentence's
    main speaker)."""
    if cue is None or cue.start < fig[1]:
        return None
    text = ctx.text
    e = nearest_entity_before(ctx.entities_until(sentence, cue.start), cue.start, fig[1], text, skip_objects=False, max_words=3)
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
    e = nearest_entity_before(ctx.entities_until(sentence, m.start()), m.start(), sentence.start, ctx.text, max_words=SUBJECT_WORDS)
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


SUBJECT_GAP = regex.compile(r",?\s+(?:(?:which|who|also|still|now|already|not|further|then|thus|therefore|probably|likely|itself|alone|is|are|was|were|has|have|had|only)\s+)*")


def subject_before(ctx: ArticleContext, sentence, clause: tuple[int, int], cue: Hit | None) -> Entity | None:
    """A state, government or leader right before a verb ("China will", "Ottawa would"), if any."""
    if cue is None:
        return None
    for e in reversed(ctx.entities(sentence)):
        if e.end <= cue.start and e.start >= clause[0] and e.code and e.kind != "pronoun":
            if not SUBJECT_GAP.fullmatch(ctx.text, e.end, cue.start):
                return None
            kept = _excepted_from(ctx, sentence, e)  # "all allies except Spain had committed": the allies
            if kept is not None:
                return kept
            for m in chained_asides(ctx.text, max(clause[0], e.start - 130), cue.start):
                if m.start() < e.start and e.end <= m.end() and SUBJECT_GAP.fullmatch(ctx.text, m.end() - 1, cue.start):
                    # "Japan, like Germany, plans": the subject stands before the aside
                    x = nearest_entity_before(ctx.entities_until(sentence, m.start()), m.start(), clause[0], ctx.text, skip_objects=False)
                    return x if x is not None and count_words(ctx.text[x.end:m.start()]) == 0 else None
            return joined_group(ctx, ctx.entities_until(sentence, e.start), e) or e  # "European allies and Canada will"
    return None


# ("all allies except Spain", "NATO allies, except Spain, agreed": an aside's comma may stand before the word;
# exception_words.csv)
EXCEPT_GAP = regex.compile(r"\s*,?\s+(?:" + words_alternation(listed_words("exception_words.csv")) + r")\s+(?:for\s+)?",
                           regex.IGNORECASE)


def _excepted_from(ctx: ArticleContext, sentence, e: Entity) -> Entity | None:
    """The group or state a name is excepted from ("all allies except Spain", "every member other than Hungary"): the
    subject is the whole before the exception, not the name excepted; None when `e` is no exception."""
    for x in reversed(ctx.entities_until(sentence, e.start)):
        if x.end <= e.start and x.code and x.kind != "pronoun":
            return x if EXCEPT_GAP.fullmatch(ctx.text, x.end, e.start) else None
    return None


def modal_subject(ctx: ArticleContext, sentence, clause: tuple[int, int], cue: Hit) -> Entity | None:
    """The subject of "should"/"must": the group in it if any ("NATO's European members and Canada"), else the nearest."""
    text = ctx.text
    before = [e for e in ctx.entities(sentence) if e.code and clause[0] <= e.start and e.end <= cue.start
              and e.kind != "pronoun" and count_words(text[e.end:cue.start]) <= 8]
    said_in = [e for e in before if said_in_place(ctx, sentence, e)]
    if said_in:
        # "Hegseth told Asian allies in Singapore that they should spend 5%": the place the words were said in is no
        # subject of the modal; "they" then stands for the ones told, whom no name here codes
        before = [e for e in before if e not in said_in]
        if THEY_BEFORE.search(text, max(sentence.start, cue.start - 8), cue.start):
            # (a coded group told stays the subject: "Hegseth told allies in Brussels that they must spend 5%")
            return before[-1] if before and before[-1].kind == "group" else None
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
    n_before = hits_ending_by(ctx, sentence, fig[0])
    aside = None  # the speaker of a verb inside an aside closed before the figure: the last resort
    for h in reversed(hits[:n_before]):
        if verb_in_closed_aside(ctx, sentence, h, fig[0]):
            # "Italy's deficit, which the Commission put at 3.4%, will fall below 3%, Giorgetti said": the aside's verb is
            # not the figure's while another speaker states it (but "Spain, which the figures put at 1.28%, is estimated
            # to reach 2.0%": the aside's report is the only one)
            aside = aside or subject_of_verb(ctx, sentence, h, sentence.start)
            continue
        e = subject_of_verb(ctx, sentence, h, sentence.start)
        if e is not None:
            return e
    for h in hits[n_before:]:
        if h.start >= fig[1]:
            if NEW_SUBJECT_CLAUSE.search(ctx.text, fig[1], h.start):
                break  # "Lithuania approved 5% to 6%, and Estonia's government said ...": the next clause's speaker
            e = subject_of_verb(ctx, sentence, h, fig[1])
            if e is not None:
                return e
            after = named_right_after(ctx, sentence, h.end)
            if after is not None and verb_inverts(h):
                return after
            titled = titled_after(ctx, sentence, h) if after is None and verb_inverts(h) else None
            if titled is not None:
                return titled
    return aside


# "said Japan had failed to live up to its chip pact, and ... the 300 mln dlrs in tariffs": the reported clause blames
# the state it names (a failure or breach); a figure past the end of that clause is not the blamed state's pledge
FAILURE_AFTER = regex.compile(
    r"\s+(?:(?:has|have|had|was|were|is|are)\s+)?(?:(?:repeatedly|clearly|so\s+far|not)\s+)?"
    r"(?:failed|fails|broken|broke|breaks|violated|violates|breached|breaches|reneged|reneges|flouted|flouts|defaulted)\b",
    regex.IGNORECASE)
# the failure's clause ends at any punctuation (lexicon.PUNCTUATION_BREAK) or at "and", "but", "while", "which" or "so": the
# narrowest of the clause breaks (lexicon.py lists them side by side), since a figure inside the failure's own clause ("said
# Japan had failed to pay the 300 mln dlrs it pledged") has none of them before it, and one past any of them is no longer
# the blamed state's
CLAUSE_BREAK = regex.compile(PUNCTUATION_BREAK.pattern + r"|\s(?:and|but|while|which|so)\s", regex.IGNORECASE)


def blamed_not_pledging(ctx: ArticleContext, owner: Entity, fig_start: int) -> bool:
    """Whether the state named after the reporting verb is the subject of a failure or breach verb ("said Japan has
    failed to ...", "said Japan had broken ...") whose clause ends before the figure: the state is blamed, the figure
    (the tariffs that follow) is the reporters' side's; "said Japan had failed to pay the 300 mln dlrs it pledged" keeps
    Japan (the figure is inside the failure's own clause)."""
    m = FAILURE_AFTER.match(ctx.text, owner.end)
    return m is not None and m.end() <= fig_start and CLAUSE_BREAK.search(ctx.text, m.end(), fig_start) is not None


def _blaming_reporter(ctx: ArticleContext, sentence, blamed: Entity, before: int) -> Entity | None:
    """The speaker of the reporting verb right before a state its reported clause blames ("The United States said Brazil
    had breached ..."), if the blamed clause ends before `before`."""
    if not blamed.code or not is_state(blamed.code) or not blamed_not_pledging(ctx, blamed, before):
        return None
    verb = next((h for h in reversed(ctx.report_hits(sentence)) if h.end <= blamed.start), None)
    if verb is None or not THAT_GAP.fullmatch(ctx.text, verb.end, blamed.start):
        return None
    who = subject_of_verb(ctx, sentence, verb, sentence.start)
    return who if who is not None and who.code and who.code != blamed.code else None


def reported_pledger(ctx: ArticleContext, sentence, fig_start: int, reporter_entity: Entity) -> Entity | None:
    """The state a reporter says pledged or decided a figure: the first state named right after the reporting verb
    whose subject is `reporter_entity` ("He said that Japan had made an additional 450 mln dlr pledge": Japan, not the
    World Bank's Conable who said so)."""
    for h in ctx.report_hits(sentence):
        if h.end > fig_start:
            return None
        if h.start < reporter_entity.end:
            continue
        owner = first_named(ctx.entities_from(sentence, h.end), fig_start)
        if owner is not None and is_state(owner.code) and owner.code != reporter_entity.code \
                and owner.kind not in ("state_pronoun", "person_pronoun") and THAT_GAP.fullmatch(ctx.text, h.end, owner.start) \
                and not POSSESSIVE_AFTER.match(ctx.text, owner.end) \
                and not blamed_not_pledging(ctx, owner, fig_start):
            # (not "puts Japan's debt at": an owner, no pledger; not "said Japan had failed to ...": blamed, no pledger)
            return owner
    return None


def believer(ctx: ArticleContext, sentence, fig_start: int) -> tuple[Entity, Entity] | None:
    """(holder, owner) of a view on a figure: "the alliance believes Spain will need about 3.5%" -> NATO, Spain.

    The pairs do not depend on the figure (the owner follows its verb at once), so they are found once
    per sentence; a figure takes the first whose owner is named before it."""
    for holder, owner in ctx.beliefs(sentence):
        if owner.end <= fig_start:
            return holder, owner
    return None


def speaker(ctx: ArticleContext, sentence, before: int) -> Entity | None:
    """The subject of a reporting verb before `before` ("Trump said ..."), if any; else the subject of the sentence whose
    participle of saying comes before it ("Rutte urged the laggards to move faster, saying allies should reach 3.5%")."""
    for h in ctx.report_hits(sentence):
        if h.end <= before:
            e = subject_of_verb(ctx, sentence, h, sentence.start)
            if e is not None:
                return e
    return participle_speaker(ctx, sentence, before)


# ", saying ...", ", adding ...": a participle whose subject is the sentence's own subject (the participle is no reporting
# verb of the lexicon: "saying 2.1% is enough" is also a stance cue)
SAYING_PARTICIPLE = regex.compile(r",\s+(?:saying|adding|arguing|insisting|warning|stressing)\b", regex.IGNORECASE)


def participle_speaker(ctx: ArticleContext, sentence, before: int) -> Entity | None:
    """The subject of a sentence whose participle of saying stands before `before`: the first coded name of the sentence,
    within its first words and not the object of a preposition ("Secretary General Mark Rutte urged ..., saying")."""
    m = SAYING_PARTICIPLE.search(ctx.text, sentence.start, before)
    return sentence_subject(ctx, sentence, m.start()) if m is not None else None


BY_AGENT = regex.compile(r"\s+by\s+(?:the\s+)?$", regex.IGNORECASE)


def passive_demand(ctx: ArticleContext, sentence, clause: tuple[int, int], cue: Hit, fig: tuple[int, int]) -> tuple[Entity | None, Entity] | None:
    """(demander, demanded) of a passive demand: "Japan has been asked by the United States to raise ... 3.5%"
    -> USA, Japan; "Japan has been urged to ..., officials in Washington said" -> USA, Japan."""
    ents = [e for e in ctx.entities(sentence) if e.code and e.kind not in ("pronoun",)]
    subject = nearest_entity_before(ents, cue.start, clause[0], ctx.text)
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
