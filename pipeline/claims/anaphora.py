"""What an uncoded entity stands for: the code a group word, a government word or a pronoun ("its", "it", "he")
takes from the names around it, in its sentence or before it in the article.

``roles.ArticleContext.entities`` finds what a sentence names (the gazetteer's names, group words, government words,
pronouns: ``entities``); `resolve` then gives each entity that has no code of its own the code of what it refers to,
in reading order (a pronoun may stand for a name resolved just before it):

- a group word ("European allies", "the two governments", ``group_words.csv``): `group_code` (for "the two/both ..."
  the story's state; the most named of the states its row allows; the first organisation of the sentence its row
  allows, else the row's own organisation or another it allows when the article names it; else the row's default,
  "HOME" being the story's state unless that state is named before the word as the one asking);
- a government word ("the Finance Ministry", "NATO officials", "her government"): `generic_code` (a state named right
  before it, an organisation whose staff it is, the state of the person owning it by "his"/"her"
  (`person_owner_code`), the dateline's state, a state of its sentence, the publisher's or the story's state, else
  the state named last);
- "its", "their", "the country's", "his country": `pronoun_code` (the nearest name before it; for "their" after "allies
  and Canada" the alliance);
- "he", "she": `speaking_he_code` (as the subject of a reporting verb: the person who spoke last), else `person_code`
  (the person named last);
- "it" after "X said (in a statement)" where X is a name the gazetteer does not hold (a firm: "Kidston said in a statement
  it will spend"): no code (`_firm_said_it`); any other "it": the first of `reporting_it_code` ("It said": the organisation that spoke last), `asking_it_code` ("It has
  appealed to"), `speaker_it_code` ("Estonia said it will spend": a state speaking of itself), `giving_it_code` ("The
  World Bank said it would lend": the lender), `subject_org_it_code` (the organisation its sentence opens with), else
  `object_pronoun_code` (the last state named, not the subject of the verb "it" is the object of).

Also the clause patterns these readings share with the role decisions after ``roles`` (a reporting verb's "(that)" gap
`THAT_GAP`, a relative clause between commas `RELATIVE_BEFORE_SCAN`, a sentence's opening, coordination, how many
words a subject stands before its verb) and `hits_ending_by` (how many of a sentence's reporting verbs end by a point).

Kept apart from ``roles`` because these are the decisions a reader asks about ("who does 'it' refer to?") while
``ArticleContext`` is the article's cache and the lookups every role decision shares. The functions take the context as
their first argument (`ctx`) and read its lookups (home, dateline, orgs, previous_state, previous_person,
previous_speaker, report_hits, and its caches of gazetteer matches and state counts). This module does not import
``roles`` (``roles`` imports it: ``ArticleContext.entities`` calls `resolve`): it sits between ``entities`` and
``roles`` in the import order.
"""
from __future__ import annotations

import bisect
import functools

import regex

from .lexicon import Guarded, Hit, count_words, cues, phrases_alternation, read_rows, words_alternation
from .lexicon import kingdoms as _lexicon_kingdoms
from .entities import (
    Entity, ORGANISATION_CODES, PREP_BEFORE, STATE_KINDS, group_row, nearest_entity_before, is_state, publisher_state,
    apposition_alternative,
)


PERSON_OWNER_BEFORE = regex.compile(r"\b(?:his|her)\s+$", regex.IGNORECASE)  # "her government", "his ministry"
PAIR_BEFORE = regex.compile(r"\b(?:two|both)\s+$", regex.IGNORECASE)  # right before a group word: a pair of states
THAT_BEFORE_IT = regex.compile(r"\bthat\s+$", regex.IGNORECASE)
ASKING_AFTER_IT = regex.compile(r"\s+(?:(?:has|have|had|also|again|now|then|later)\s+){0,2}"
                                r"(?:appeal(?:s|ed)|urge[sd]|ask(?:s|ed)|call(?:s|ed)|press(?:es|ed)|propose[sd]|recommend(?:s|ed)|demand(?:s|ed)|request(?:s|ed))\b")


@functools.lru_cache(maxsize=1)
def _giver_acts():
    return cues("giver_acts.csv", "word")


# what may stand between "it" and its act: auxiliaries and intent ("it would lend", "it had already approved", "it plans
# to provide", "it is ready to release")
IT_AUXILIARIES = regex.compile(r"(?:\s+(?:would|will|had|has|have|was|is|could|may|might|also|already|now|soon|not|be|"
                               r"plans?|planned|intends?|intended|expects?|expected|ready|prepared|to)\b){0,4}\s+", regex.IGNORECASE)


def _giver_act_after(text: str, pos: int, end: int) -> bool:
    """Whether a giving act of giver_acts.csv follows `pos` with only auxiliaries between ("it would lend")."""
    m = IT_AUXILIARIES.match(text, pos, end)
    if m is None:
        return False
    hit = _giver_acts().search(text, m.end(), min(end, m.end() + 40))
    return hit is not None and hit.start == m.end()


# the start of a sentence before its first name: a dateline ("BRUSSELS -"), an article
SENTENCE_OPENING = regex.compile(r"(?:[A-Z][A-Z .,'’-]*\s+[-–—]\s+)?\W*(?:the\s+)?", regex.IGNORECASE)
COORDINATED = regex.compile(r"\s*(?:,\s*)?(?:and|or|,)\s+(?:the\s+)?")
# a subject, a verb and its object pronoun: "Washington had demanded it", "the U.S. asked it to", "Trump told it"
VERB_BEFORE_OBJECT = regex.compile(r"(?:['’]s)?\s+(?:(?:has|have|had|is|was|would|will|also|repeatedly|reportedly|now|then)\s+)*"
                                   r"(?:demand|ask|urg|press|push|want|tell|told|call\w*\s+on|pressur|expect|require|request)\w*\s+",
                                   regex.IGNORECASE)
SUBJECT_WORDS = 4  # words at most between a reporting verb and its subject ("NATO, in its annual report, said")


def hits_ending_by(ctx, sentence, pos: int) -> int:
    """How many of the sentence's reporting verbs end by `pos` (`ArticleContext.report_ends`, kept once per sentence)."""
    return bisect.bisect_right(ctx.report_ends(sentence), pos)


RELATIVE_BEFORE = regex.compile(r",\s*(?:which|who|whose)\b[^,;()]{1,120},\s*$", regex.IGNORECASE)
RELATIVE_BEFORE_SCAN = Guarded(RELATIVE_BEFORE, ("which", "who"))  # (the same)
# a participle or prepositional clause between commas right before a verb: "The World Bank, citing Pakistan's progress in its
# reforms, said", "The IMF, after talks with Egyptian officials in Cairo, said"
ASIDE_OPENER = r"(?:(?!according\b)(?-i:[a-z]+ing)|after|before|during|following|despite|amid|like|unlike|(?:along|together)\s+with)"
PARTICIPLE_ASIDE = regex.compile(r",\s*" + ASIDE_OPENER + r"\s[^,;()]{1,120},\s*$")
PARTICIPLE_WORD = regex.compile(r",\s*" + ASIDE_OPENER + r"\s")


def participle_aside(text: str, lo: int, end: int):
    """The match of a participle clause between commas ending right before `end` (its subject stands before it), or None
    (asked only when a comma ends right before `end` and a comma with an "-ing" word follows `lo`)."""
    if not text[lo:end].rstrip().endswith(",") or PARTICIPLE_WORD.search(text, lo, end) is None:
        return None
    return PARTICIPLE_ASIDE.search(text, lo, end)


# (also past a day the verb is dated by: "The Commission said on Wednesday it would not open ...")
THAT_GAP = regex.compile(r"\s*(?:(?:on\s+(?-i:Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday)|yesterday|today|last\s+week)\s+)?"
                         r"(?:that\s+)?(?:(?:in\s+fact|still|also|now)\s+)?", regex.IGNORECASE)


# a verb of speaking or telling (speech_place_verbs.csv), up to six words (its object, no "that") and "in" or "at" right before
# a name (closed by SPEECH_PLACE_CLOSES after it):
# "Hegseth told Asian allies in Singapore that they should spend 5%", "Speaking in Singapore, Hegseth said allies should": the
# place the words were said in, no subject of the modal (probe26)
SPEECH_PLACE_BEFORE = regex.compile(r"\b(?:" + phrases_alternation(r["verb"] for r in read_rows("speech_place_verbs.csv"))
                                    + r")\s+(?:(?!that\b)[\w'’-]+\s+){0,6}?(?:in|at)\s+(?:the\s+)?$", regex.IGNORECASE)
SPEECH_PLACE_REACH = 60  # chars before the name
# what closes the place phrase after the name: a comma, "that" opening what was said, a time ("on Saturday"), the sentence's
# end (not a verb: "Rutte said spending in Germany should reach 3.5%" names whose spending)
SPEECH_PLACE_CLOSES = regex.compile(r"\s*(?:[,.;:]|(?:that|on|last|this|during|at)\b)", regex.IGNORECASE)


def said_in_place(ctx, sentence, e: Entity) -> bool:
    """Whether the name `e` is the place a verb of speaking or telling says the words were said in ("told Asian allies in
    Singapore", "Speaking in Singapore, Hegseth said"): no party to the figure (SPEECH_PLACE_BEFORE)."""
    return SPEECH_PLACE_BEFORE.search(ctx.text, max(sentence.start, e.start - SPEECH_PLACE_REACH), e.start) is not None \
        and SPEECH_PLACE_CLOSES.match(ctx.text, e.end) is not None


# "they" as the subject of what was said, between the place and "their": "... in Singapore that they should spend 5% of their
# GDP" (voices.modal_subject reads that "they" as the group told; "their" goes with it)
THEY_AFTER_PLACE = regex.compile(r"\bthey\b", regex.IGNORECASE)


def told_group_their(ctx, sentence, e: Entity, before: list[Entity]) -> tuple[bool, str | None]:
    """"their" whose nearest name before it is the place a verb of speaking or telling says the words were said in
    ("Hegseth told Asian partners at a conference in Singapore that they should raise spending to 5% of their GDP"): the
    group told owns it, as the "they" between them does, not the host state (ANNOTATION.md: a regional group no organisation code covers is the story's
    state, else null; the place of a speech is no party to the figure). (True, the group's code, None when it has none)
    when so; (False, None) when the nearest name is no speech place or no group was told before it."""
    if not e.surface.lower().startswith("their"):
        return False, None
    named = [x for x in before if x.code and x.kind != "pronoun" and x.end <= e.start]
    if not named or not said_in_place(ctx, sentence, named[-1]):
        return False, None
    place = named[-1]
    if not THEY_AFTER_PLACE.search(ctx.text, place.end, e.start):
        return False, None  # ("The Baltic states told allies in Vilnius that their spending ...": the tellers' may be meant)
    groups = [x for x in before if x.kind == "group" and x.end <= place.start and x.start >= sentence.start]
    return (True, groups[-1].code) if groups else (False, None)


def resolve(ctx, sentence, found: list[Entity]) -> list[Entity]:
    """The sentence's entities (`found`, in reading order) with group words, government words and pronouns given the
    code of what they stand for; the others as they are."""
    # resolve groups, generic words and pronouns in reading order
    resolved: list[Entity] = []
    group_memo: dict = {}
    for e in found:
        if e.kind.startswith("group:"):
            e = e._replace(code=e.code or group_code(ctx, e, found, group_memo), kind="group")
        elif e.kind == "generic":
            e = e._replace(code=generic_code(ctx, e, found))
        elif e.kind == "pronoun":
            told, code = told_group_their(ctx, sentence, e, resolved)  # "told Asian partners in Singapore ... their GDP"
            e = e._replace(code=code if told else pronoun_code(ctx, e, resolved))
        elif e.kind == "person_pronoun":
            e = e._replace(code=speaking_he_code(ctx, sentence, e, resolved) or person_code(ctx, e, resolved))
        elif e.kind == "state_pronoun" and _firm_said_it(ctx, sentence, e, resolved):
            pass  # "Kidston said in a statement it will spend": the firm, no state
        elif e.kind == "state_pronoun":
            e = e._replace(code=reporting_it_code(ctx, sentence, e) or asking_it_code(ctx, sentence, e)
                           or speaker_it_code(ctx, sentence, e, resolved)
                           or giving_it_code(ctx, sentence, e, resolved) or subject_org_it_code(ctx, sentence, e, resolved)
                           or object_pronoun_code(ctx, e, resolved))
        resolved.append(e)
    return resolved


def group_code(ctx, e: Entity, found: list[Entity], memo: dict | None = None) -> str | None:
    if PAIR_BEFORE.search(ctx.text, max(0, e.start - 12), e.start) and is_state(ctx.home()):
        # "the two governments", "both governments": the pair of states the story is about, not an organisation's
        # members (each state of the pair is acceptable: the one the story is about)
        return ctx.home()
    row = group_row(e.surface)
    allowed = [o for o in row["orgs"].split("|") if o]
    if allowed and all(is_state(c) for c in allowed):  # "the three Baltic states": one of them, the most named
        return max(allowed, key=lambda c: (ctx.state_count(c), -allowed.index(c)))
    # the first organisation of the sentence among those allowed: the same for every group word with
    # the same row, so found once per sentence (`memo`) rather than per group word (quadratic)
    first = memo.get(row["orgs"], False) if memo is not None else False
    if first is False:
        first = next((x.code for x in found if x.kind in ("organisation", "group") and x.code in allowed), None)
        if memo is not None:
            memo[row["orgs"]] = first
    if first is not None:
        return first
    if row["default"] in allowed and (row["default"] in ctx.orgs() or row["default"] in ctx.title_orgs()):
        # "some allies" in a story that names NATO, even if it names the EU more often: the word's own organisation
        # when the article names it at all (its headline too: "Portugal to hit NATO's 2% this year" over a text that
        # names only the European Union)
        return row["default"]
    for code in ctx.orgs():
        if code in allowed:
            return code
    if row["default"] == "HOME":  # "Asian allies" of a Japan story: Japan; of a story on Washington's demands: unknown
        home = ctx.home()
        # (a name before the group word may have no code yet: groups are resolved before the rest)
        asker = any(x.end <= e.start and x.kind in STATE_KINDS and (x.code or ctx.state_named_at(x.start, x.end)) == home for x in found)
        return None if asker else home
    return row["default"] or None


# "the kingdom", "the kingdom's": a word for a state that is a kingdom (datafiles.kingdoms)
KINGDOM_WORD = regex.compile(r"(?:the\s+)?kingdom\b", regex.IGNORECASE)


@functools.lru_cache(maxsize=1)
def _kingdoms() -> frozenset:
    return _lexicon_kingdoms()


# nothing, or only a possessive, between an organisation's name and a government word ("NATO officials", "the Commission's
# president")
ORG_OWNS_GAP = regex.compile(r"(?:['’]s?)?\s*")


def generic_code(ctx, e: Entity, found: list[Entity]) -> str | None:
    """A government word's state: one named right before it ("the Japanese Finance Ministry"),
    else the dateline's, else one named in its sentence, else the state the article is about ("the
    ministry" of a Taiwan story stays Taiwan's after "Washington has pressed ..."), else the last one
    named before it."""
    for x in found:  # "the Japanese Finance Ministry", "Pentagon officials", "Bundesbank officials"
        if x.end <= e.start and x.code and x.kind in ("country", "demonym", "capital", "institution") \
                and is_state(x.code) and count_words(ctx.text[x.end:e.start]) <= 1:
            return x.code
        if x.end <= e.start and x.kind == "organisation" and x.code in ORGANISATION_CODES \
                and ORG_OWNS_GAP.fullmatch(ctx.text, x.end, e.start):
            # "NATO officials said", "OECD officials", "IMF officials": the organisation's own staff speak for it,
            # as its chief does ("NATO Secretary General Mark Rutte"), not the state of the dateline or the story; so
            # does an office its possessive owns ("The Commission's president said", probe26: not the president of the
            # state named before)
            return x.code
    code = person_owner_code(ctx, e.start, found) or titled_person(ctx, e, found)  # "President Reagan ... the president"
    if code is not None:
        return code
    if KINGDOM_WORD.match(e.surface):
        # "The kingdom's 2025 budget" in a story on Saudi Arabia that names the United States more often: the kingdom
        # named last before it
        kingdom = ctx.previous_state_among(e.start, _kingdoms())
        if kingdom is not None:
            return kingdom
    if is_state(ctx.dateline()):  # a government word names a state, never the EU of a "BRUSSELS" dateline
        return ctx.dateline()
    for x in found:
        if x.code and x.kind in ("country", "demonym", "capital") and is_state(x.code):
            return x.code
    return publisher_state(ctx.source) or ctx.home() or ctx.previous_state(e.start)


def person_owner_code(ctx, start: int, found: list[Entity]) -> str | None:
    """The state of a government word owned by "his" or "her" ("Prime Minister Mette Frederiksen said ... Her government
    added"): the person named last before it, in its sentence or an earlier one; None when no pronoun owns it. A
    person the gazetteer does not know is named by the demonym of their title ("Latvian Prime Minister Evika Silina
    said her government"), which then counts as the person."""
    if not PERSON_OWNER_BEFORE.search(ctx.text, max(0, start - 8), start):
        return None
    named = [x.code for x in found if x.end <= start and x.kind in ("person", "demonym") and x.code]
    code = named[-1] if named else ctx.previous_person(start, fallback=False)
    return code if is_state(code) else None


def object_pronoun_code(ctx, e: Entity, before: list[Entity]) -> str | None:
    """The state "it" stands for: the last one named before, except the subject of the verb "it" is the
    object of ("Washington had demanded it spend 3.5%": it is not Washington, but the Japan before)."""
    code = ctx.previous_state(e.start, places_first=True)  # (not a person named for a state: "it" is no person)
    named = [x for x in before if x.code and x.kind in ("country", "capital", "demonym", "institution", "person", "generic")]
    if named and VERB_BEFORE_OBJECT.fullmatch(ctx.text, named[-1].end, e.start):
        others = [x.code for x in named[:-1] if x.code != named[-1].code and is_state(x.code)]
        return others[-1] if others else (ctx.home() if ctx.home() != named[-1].code else None)
    return code


def reporting_it_code(ctx, sentence, e: Entity) -> str | None:
    """The organisation "it" stands for as the subject of a reporting verb ("..., the OECD said. It said
    Australia had a deficit of 5-3/4 pct"): the speaker of the latest earlier sentence that has one, when
    that speaker is an organisation. A state stays with the usual reading of "it" (the last state named)."""
    if e.surface.lower() != "it":
        return None
    who = _last_speaker_for_subject(ctx, sentence, e)
    return who.code if who is not None and not is_state(who.code) else None


def speaking_he_code(ctx, sentence, e: Entity, before: list[Entity]) -> str | None:
    """"he"/"she" as the subject of a reporting verb with no person named before it in the sentence: the person
    who spoke last ('Haughey said: "Delors assured me ..." ... he added': Haughey, not Delors quoted by him)."""
    if any(x.kind == "person" for x in before):
        return None
    who = _last_speaker_for_subject(ctx, sentence, e)
    # (a chain of pronoun speakers: "..., John Shilling, director of the World Bank's Moroccan division, said. ... he
    # told a news conference. ... he added": the "he" before stands for the same person)
    return who.code if who is not None and (who.kind in ("person", "person_pronoun") or one_official(ctx, who)) else None


# the government words that name one person ("an EC official", "the finance minister"), who may be "he" or "she" later
ONE_PERSON_WORD = regex.compile(r"(?:^|\s)(?:official|minister|president|chancellor|premier|spokes(?:man|woman|person))$",
                                regex.IGNORECASE)


def one_official(ctx, e: Entity) -> bool:
    """Whether a government word names one person of the state or body named right before it ("..., an EC official said.
    ..., he said": the official speaks again for the EC; "a Japanese finance ministry official"), not a body or a plural
    ("officials", "the ministry"), nor a title whose state was only guessed from the story ("Cochilco vice president")."""
    if e.kind != "generic" or not e.code or ONE_PERSON_WORD.search(e.surface) is None:
        return False
    sentence = ctx.sentence_at(e.start)
    return sentence is not None and sentence.start <= e.start < sentence.end and any(
        x.code == e.code and x.kind in ("country", "demonym", "capital", "organisation") and x.end <= e.start
        and count_words(ctx.text[x.end:e.start]) <= 2 for x in ctx.entities_until(sentence, e.start))


def subject_org_it_code(ctx, sentence, e: Entity, before: list[Entity]) -> str | None:
    """The organisation "it" stands for in a sentence that opens with that organisation as its subject and names no
    state before "it" ("The European Commission proposed a budget of 2 trillion euros, the largest it has ever put
    forward"); None otherwise (the usual reading of "it": the last state named)."""
    if e.surface.lower() != "it" or THAT_BEFORE_IT.search(ctx.text, max(sentence.start, e.start - 6), e.start):
        return None
    verb = _verb_before(ctx, sentence, e.start)
    if verb is not None and THAT_GAP.fullmatch(ctx.text, verb.end, e.start):
        return None  # "NATO estimated that it spent 1.37%": the state spoken of
    named = [x for x in before if x.code and x.kind not in ("pronoun", "person_pronoun")]
    if not named or named[0].kind != "organisation" or named[0].code not in ORGANISATION_CODES \
            or any(is_state(x.code) and x.kind != "state_pronoun" for x in named) \
            or not SENTENCE_OPENING.fullmatch(ctx.text, sentence.start, named[0].start):
        return None
    return named[0].code


def asking_it_code(ctx, sentence, e: Entity) -> str | None:
    """The organisation a sentence-opening "It" stands for when it asks, urges or proposes ("The Commission says the
    Community faces a deficit ... It has appealed to member states to pay"): the latest earlier sentence's speaker,
    when that speaker is an organisation (a state stays with the usual reading of "it")."""
    if e.surface != "It" or ctx.text[sentence.start:e.start].strip(" \t\n\"'“‘") \
            or not ASKING_AFTER_IT.match(ctx.text, e.end):
        return None
    who = ctx.previous_speaker(e.start)
    return who.code if who is not None and who.code in ORGANISATION_CODES else None


def _last_speaker_for_subject(ctx, sentence, e: Entity) -> Entity | None:
    """The speaker of the latest earlier sentence that has one, when the pronoun `e` is the subject of a reporting
    verb right after it (at most one word between: "It said", "he also said"); else None."""
    verb = _verb_after(ctx, sentence, e.end)
    if verb is None or count_words(ctx.text[e.end:verb.start]) > 1:
        return None
    return ctx.previous_speaker(e.start)


def _verb_before(ctx, sentence, pos: int) -> Hit | None:
    """The sentence's last reporting verb ending by `pos` (by bisection: a sentence may hold thousands of verbs)."""
    n = hits_ending_by(ctx, sentence, pos)
    return ctx.report_hits(sentence)[n - 1] if n else None


def _verb_after(ctx, sentence, pos: int) -> Hit | None:
    """The sentence's first reporting verb starting at or after `pos` (by bisection over the cached verb ends)."""
    hits = ctx.report_hits(sentence)
    n = hits_ending_by(ctx, sentence, pos)
    return next((h for h in hits[n:n + 2] if h.start >= pos), None)


def speaker_it_code(ctx, sentence, e: Entity, before: list[Entity]) -> str | None:
    """The state "it" stands for right after a reporting verb whose speaker is that state ("Estonia, which borders
    Russia, said it will spend 5.4%": Estonia, not the Russia named last)."""
    who = _it_speaker(ctx, sentence, e, before)
    # only a state speaks of itself so: "NATO estimated that it spent 1.37%" is the state spoken of
    return who.code if who is not None and is_state(who.code) else None


def giving_it_code(ctx, sentence, e: Entity, before: list[Entity]) -> str | None:
    """The organisation "it" stands for right after that organisation's reporting verb when "it" lends, grants,
    approves or gives (giver_acts.csv): "The World Bank said it would lend Kenya 300 mln dlrs", "The bank said it had
    agreed a 2.4 billion dlr programme" (the lender gives; the state it gives to is the object, not "it")."""
    if not _giver_act_after(ctx.text, e.end, sentence.end) and not _said_right_before(ctx, sentence, e):
        # (what is asked first: most "it"s do no giving and follow no verb of saying, and the subject look-up costs
        # more; "The European Union has said it will deliver 3m euros of aid": after a plain verb of saying, "it" is
        # the organisation that speaks whatever it does, unlike "NATO estimated that it spent 1.37%")
        return None
    who = _it_speaker(ctx, sentence, e, before)
    return who.code if who is not None and who.code in ORGANISATION_CODES else None


# what may stand between a saying verb and "it": THAT_GAP's words, or where it was said ("said in a statement it")
SAID_IN = regex.compile(r"\s*(?:in\s+(?:a|an|its)\s+(?:\w+\s+){0,2}?(?:statement|filing|report|release|letter|prospectus)\s+)?",
                        regex.IGNORECASE)
# a name no gazetteer entry holds right before the verb, at most four capitalised words or a Reuters <company> tag
UNLISTED_NAME = regex.compile(r"(?:<[^<>]{1,80}>|(?-i:[A-Z][\w&.'’-]*)(?:\s+(?-i:[A-Z][\w&.'’-]*)){0,3})\s*$")


def _firm_said_it(ctx, sentence, e: Entity, before: list[Entity]) -> bool:
    """Whether "it" follows "X said" where X is a name the gazetteer does not hold ("Kidston said in a statement it will
    spend", "<Inverness Petroleum Ltd> said it acquired"): a firm or body of no state's, so "it" is no state either."""
    if e.surface.lower() != "it":
        return False
    verb = _verb_before(ctx, sentence, e.start)
    if verb is None or verb.entry.get("says") != "yes":
        return False
    gap = SAID_IN.match(ctx.text, verb.end, e.start)
    if gap is None or not THAT_GAP.fullmatch(ctx.text, gap.end(), e.start):
        return False
    name = UNLISTED_NAME.search(ctx.text, sentence.start, verb.start)
    if name is None or ctx.text[name.start():name.end()].split()[0].lower() in NOT_A_NAME:
        return False
    return not any(x.end > name.start() and x.start < verb.start for x in before)


# capitalised words that open a sentence without naming anyone
NOT_A_NAME = frozenset({"the", "it", "they", "he", "she", "we", "this", "that", "officials", "analysts", "sources",
                        "bankers", "economists", "traders", "dealers", "diplomats", "experts", "critics", "but", "and"})


def _said_right_before(ctx, sentence, e: Entity) -> bool:
    """Whether "it" follows a plain verb of saying (report_verbs.csv `says`: "said (that) it", "has announced it")."""
    verb = _verb_before(ctx, sentence, e.start)
    return verb is not None and verb.entry.get("says") == "yes" and THAT_GAP.fullmatch(ctx.text, verb.end, e.start) is not None


def _it_speaker(ctx, sentence, e: Entity, before: list[Entity]) -> Entity | None:
    """The speaker of the reporting verb right before "it" ("X said (that) it ..."), a name or a pronoun already read
    as an organisation ("It said it would lend"); None for another "it" or no such verb."""
    if e.surface.lower() != "it":
        return None
    verb = _verb_before(ctx, sentence, e.start)
    if verb is None or not THAT_GAP.fullmatch(ctx.text, verb.end, e.start):
        return None
    end = verb.start
    rel = RELATIVE_BEFORE_SCAN.search(ctx.text, max(sentence.start, end - 130), end) \
        or participle_aside(ctx.text, max(sentence.start, end - 130), end)
    if rel is not None:
        end = rel.start()
    who = nearest_entity_before(before, end, sentence.start, ctx.text, max_words=SUBJECT_WORDS)
    if who is None or not who.code or who.kind == "person_pronoun" or count_words(ctx.text[who.end:end]) > SUBJECT_WORDS:
        return None
    # (a pronoun speaks for a state only once it is resolved to an organisation: "It said it would lend")
    return who if who.kind != "state_pronoun" or who.code in ORGANISATION_CODES else None


def person_code(ctx, e: Entity, before: list[Entity]) -> str | None:
    """"he", "she": the person named last before it in the sentence, past one named only as a possessor when another is
    named before ("Macron backed Starmer's plan when he urged allies to spend 3.5%": Macron), else the person named last
    in the article."""
    persons = [x for x in before if x.code and x.kind == "person"]
    if len(persons) > 1 and _possessor(ctx.text, persons[-1]):
        subject = next((x for x in reversed(persons) if not _possessor(ctx.text, x)), None)
        if subject is not None:
            return subject.code
    if persons:
        return persons[-1].code
    return ctx.previous_person(e.start)


POSSESSOR_MARK = regex.compile(r"['’]s?\s")


def _possessor(text: str, x: Entity) -> bool:
    return x.surface.endswith(("'s", "’s")) or POSSESSOR_MARK.match(text, x.end) is not None


def pronoun_code(ctx, e: Entity, before: list[Entity]) -> str | None:
    """"its", "their": the nearest name before; "the country's", "the nation's": the nearest state before."""
    if e.surface.lower().startswith(("his", "her")):  # "his country": the state of the person named last
        code = person_code(ctx, e, before)
        if is_state(code):
            return code
    state_only = not e.surface.lower().startswith(("its", "their"))
    if KINGDOM_WORD.match(e.surface):
        # "The kingdom's budget deficit" after "Trump met Thai officials ... a 19% tariff on Thailand": the kingdom named last
        kingdom = ctx.previous_state_among(e.start, _kingdoms())
        if kingdom is not None:
            return kingdom
    named = [x for x in before if x.code and x.kind != "pronoun" and (is_state(x.code) or not state_only)
             and (x.end <= e.start or not state_only)]  # (not "the government" read inside "the government's" itself)
    if named:
        x = (subject_over_place(ctx, named, e.start) if state_only else None) or named[-1]
        x = past_aside(ctx, named, x, e.start)
        x = _not_the_estimator(ctx, named, x, e)
        x = _coordinated_subject(ctx, named, x, e)
        x = told_body(ctx, named, x) or x  # "Spain told NATO that its spending would reach 2.1%": Spain's
        y = named[-2] if len(named) > 1 else None
        if e.surface.lower().startswith("their") and y is not None and y.kind in ("group", "organisation") \
                and COORDINATED.fullmatch(ctx.text, y.end, x.start):
            return y.code  # "European allies and Canada ... their combined outlays": the alliance the pair stands for
        return x.code
    return ctx.previous_state(e.start)


# "Spain told NATO that its ...", "Canada assured the alliance that the country's ...", "France sent Brussels a plan under
# which its deficit ...", "Poland pledged to the EU that ...": a verb of telling or promising between a state (its subject)
# and an organisation or capital (its object)
TOLD_BETWEEN = regex.compile(r"\s+(?:has\s+|have\s+|had\s+|also\s+)?(?:told|tells|assured|assures|reassured|informed|informs|"
                             r"notified|promised|promises|pledged\s+to|pledges\s+to|wrote\s+to|writes\s+to|sent|sends|"
                             r"submitted\s+to|submits\s+to|presented\s+to|committed\s+to)\s+(?:the\s+)?$", regex.IGNORECASE)
# what may follow the object before the clause the state states: "that", a plan or letter "under which" / "saying"
TOLD_AFTER = regex.compile(r"\s*,?\s+(?:on\s+\w+\s+)?(?:that\b|it\s+would\b|(?:a|its|an)\s+(?:[\w-]+\s+){0,3}?"
                           r"(?:plan|letter|budget|programme|program|report|document)\s+(?:under\s+which|that|saying|in\s+which)\b)"
                           r"|\s+(?:its|the\s+country's|the\s+country’s)\s", regex.IGNORECASE)


def told_body(ctx, named: list, x):
    """The state that tells an organisation (or a capital standing for one: "Brussels") what its own figure will be, when `x`, the name a
    possessive or a stance's subject would take, is that told party: "Spain told NATO that its defence spending would
    reach 2.1%" (Spain's figure, stated by Spain), "Belgium informed NATO that the country's budget would rise to 2%",
    "France sent Brussels a plan under which its deficit would reach 4.6%". `named`: the coded names before, in order;
    None when `x` is no party told by a state named right before it."""
    if x is None or not x.code or is_state(x.code):
        return None  # ("Washington told Tokyo that its budget ...": a state told may own it as well)
    i = next((k for k in range(len(named) - 1, -1, -1) if named[k] is x), None)
    if not i:
        return None
    s = named[i - 1]
    if not is_state(s.code) or s.code == x.code or s.kind in ("pronoun", "state_pronoun"):
        return None
    text = ctx.text
    if TOLD_BETWEEN.fullmatch(text, s.end, x.start) is None or TOLD_AFTER.match(text, x.end) is None:
        return None
    return s


# an aside between commas that describes the name before it, besides those of `roles.aside_regex` ("the United States, as
# 34.5 pct shareholder and provider of the bulk of the Bank's resources, should have more say ... in its contribution",
# "NATO members, including Germany, raised their spending"): a name inside it is no antecedent of a possessive after it
ASIDE_OPENING = regex.compile(r",\s*(?:as|including)\s", regex.IGNORECASE)


@functools.cache
def _closed_aside() -> regex.Pattern:
    """An aside between commas as ``roles.aside_regex`` reads one for a subject, in the forms a possessive's antecedent
    may stand in: a relative clause, a comparison or an apposition relating the name to another party."""
    return regex.compile(r",\s*(?:which|who|whose|like|unlike|much\s+like|as\s+with|along\s+with|together\s+with|alongside|"
                         r"as\s+opposed\s+to|rather\s+than|(?:earlier|later|sooner|faster|slower)\s+than|one\s+of\s+(?:the|its|their)|" + apposition_alternative()
                         + r")\b[^,;()]{1,120},", regex.IGNORECASE)
ASIDE_REACH = 160  # characters an aside may span


def past_aside(ctx, named: list, x, pronoun_start: int):
    """The name before an aside between commas when `x`, the name a possessive "its"/"their" would take, stands inside it
    and the aside closes before the pronoun: "the United States, as ... provider of the Bank's resources, ... its
    contribution" is the United States', "Finland, a member of NATO since 2023, expects its deficit" Finland's, "Norway,
    one of the few donors to hold its line, will give 1% of its income" Norway's, "Japan, unlike Germany, will raise its
    budget" Japan's, "Mexico, earlier than Argentina, clinched a deal on its debt" Mexico's. `x` itself when it stands outside any aside (the usual reading); a pronoun inside the aside keeps
    its nearest name."""
    text = ctx.text
    lo = max(0, x.start - ASIDE_REACH)
    opening = next((m.start() for m in _closed_aside().finditer(text, lo, pronoun_start)
                    if m.start() < x.start and x.end <= m.end()), None)
    if opening is None:
        m = None
        for m in ASIDE_OPENING.finditer(text, lo, x.start):
            pass  # the last ", as" opening before the name
        if m is None or ";" in text[m.end():x.start] or "," in text[m.end():x.start] \
                or text.find(",", x.end, pronoun_start) < 0:
            return x  # no aside, one closed before the name, or one that does not close before the pronoun
        opening = m.start()
    before = [y for y in named if y.end <= opening]
    if is_state(x.code) and any(is_state(y.code) for y in before):
        # a state inside the aside is set against a state before it ("Mexico has also taken the IMF path and, earlier
        # than Argentina, clinched a deal on its debt"): the state, not an organisation named on the way ("the IMF path")
        before = [y for y in before if is_state(y.code)]
    if before:
        y = before[-1]
        return y if y.code != x.code else x
    return x


# an organisation as the subject of the verb right before "its", whose noun is a state's balance or debt: "the Commission
# forecasts its deficit at 3.3%", "the IMF puts its debt at 120%" (an organisation has no deficit of its own there)
ESTIMATOR_VERB_GAP = regex.compile(r"\s+(?:\w+ly\s+)?(?:(?:has|have|had|now|also)\s+)?[a-z]+(?:s|ed)\s+$")
STATE_BALANCE_AFTER = regex.compile(r"\s+(?:(?:budget|fiscal|public|government|general\s+government|national|gross|net)\s+){0,2}"
                                    r"(?:deficits?|debts?|borrowing|shortfall)\b", regex.IGNORECASE)


def _not_the_estimator(ctx, named: list, x, e):
    """The state before an organisation that is the subject of the verb right before "its" whose noun is a balance or a
    debt ("Rome wanted to leave the procedure first; the Commission forecasts its deficit at 3.3%": Italy's), else `x`."""
    text = ctx.text
    if x.kind != "organisation" or not e.surface.lower().startswith("its") or x.code not in ORGANISATION_CODES \
            or not ESTIMATOR_VERB_GAP.fullmatch(text, x.end, e.start) or not STATE_BALANCE_AFTER.match(text, e.end):
        return x
    states = [y for y in named if y.end <= x.start and is_state(y.code)]
    return states[-1] if states else x


# "its"/"their" opening a clause coordinated after a comma: "France has not met the EU's 3% deficit limit since 2019, and
# its deficit reached 5.8% of GDP"
COORDINATED_OPENING = regex.compile(r",\s+(?:and|but)\s+$", regex.IGNORECASE)


@functools.lru_cache(maxsize=1)
def reason_words() -> str:
    """The words of reason_openers.csv ("after", "because" ...) as one alternation: a clause giving the reason or occasion
    of the act before it ("placed Austria under the procedure after its deficit reached 4.7%")."""
    return words_alternation(r["word"] for r in read_rows("reason_openers.csv"))


@functools.lru_cache(maxsize=1)
def _reason_opening() -> "regex.Pattern[str]":
    """A reason opener right before a pronoun: "... the EU's deficit limit in 2009 after its"."""
    return regex.compile(r"(?:,\s*)?\b(?:" + reason_words() + r")\s+$", regex.IGNORECASE)


def _coordinated_subject(ctx, named: list, x, e):
    """The state a sentence opens with, when `x`, the name a possessive "its"/"their" would take, is an organisation
    standing as the possessor of a noun in the clause before ("the EU's 3% deficit limit", "NATO's 2% target") and the
    pronoun opens a clause coordinated after a comma: "France has not met the EU's 3% deficit limit since 2019, and its
    deficit reached 5.8% of GDP" is France's deficit (the subject carries over the coordination; the organisation's
    rule named in the object is no antecedent), or a clause of reason (reason_openers.csv: "Greece broke the EU's deficit
    limit in 2009 after its deficit reached 15.4% of GDP"). `x` otherwise."""
    text = ctx.text
    if x.code not in ORGANISATION_CODES or not e.surface.lower().startswith(("its", "their")) \
            or not _possessor(text, x) or not (COORDINATED_OPENING.search(text, max(0, e.start - 8), e.start)
                                               or _reason_opening().search(text, max(0, e.start - 12), e.start)):
        return x
    first = named[0]
    if first is x or not is_state(first.code) or _possessor(text, first) or first.start >= x.start \
            or any(is_state(y.code) and y.code != first.code for y in named if first.start < y.start < x.start):
        return x
    return first


def subject_over_place(ctx, named: list, pronoun_start: int):
    """The state "the country's" stands for when its sentence names a state as subject and later one inside a
    prepositional phrase ("Poland's talks in Washington with the IMF on the country's 33.5 billion dlr foreign debt":
    Poland, not the place of the talks): the last state named outside such a phrase, when the nearest one is inside
    one; None when the nearest is no object (the usual nearest-state reading stands)."""
    if len(named) < 2:
        return None
    text = ctx.text
    x = named[-1]
    if not PREP_BEFORE.search(text, max(0, x.start - 40), x.start):
        return None
    for y in reversed(named[:-1]):
        if y.code == x.code:
            continue
        if is_state(y.code) and not PREP_BEFORE.search(text, max(0, y.start - 40), y.start):
            return y
    return None


TITLE_WORDS = ("president", "prime minister", "chancellor", "premier")


def titled_person(ctx, e, found: list):
    """The state of a bare title standing for a person the sentence has named with it ("President Reagan's chief of
    staff said he saw nothing that would cause the president to back away": Reagan's United States, not the state of
    the dateline): the last person before the word whose name follows the same title."""
    word = e.surface.lower()
    title = next((t for t in TITLE_WORDS if word.endswith(t)), None)
    if title is None:
        return None
    text = ctx.text
    for x in reversed(found):
        if x.end > e.start or x.kind != "person" or not is_state(x.code):
            continue
        before = text[max(0, x.start - len(title) - 2):x.start].lower()
        title_re = title.replace(" ", r"\s+")
        if regex.match(title_re + r"\s", x.surface.lower()) or regex.search(r"\b" + title_re + r"\s+$", before):
            return x.code
    return None


# every regex pattern above runs as its standard-re twin on ASCII text (lexicon.AsciiTwin: the same matches, less CPU)
from .lexicon import ascii_twins as _ascii_twins  # noqa: E402  (after the patterns it replaces)

_ascii_twins(globals())
