"""Aid, donors, transfers and payers: sums one party moves to another, and who gives them.

In an aid story a sum that a transfer word moves ("give", "offered", "allocated") is development aid even with no
metric word in reach; a state lending or granting to another state named as the verb's first object ("Japan will
give Indonesia 300 mln dlrs") makes that sum aid too. The giver named after the sum ("47 mln dlrs from the
Netherlands", "28.5 mln dlrs in U.S. aid") is the actor; donors named only by a word ("donors", "creditors") leave it
null rather than the receiving state; armed forces receiving a sum get it from their state's budget; a state named as
paying a duty is its target.
"""
from __future__ import annotations

import functools

import regex

from . import entities as _entities
from . import lexicon as _lexicon
from . import roles as _roles
from . import metrictopic as _metrictopic
from . import cuelexicon as _cuelexicon
from .story import article_context, weak_cue
from .speakers import PRONOUN_KINDS


AID_OF = regex.compile(r"\s+(?:in|of)\s+(?:new\s+|fresh\s+)?")


# the kind of aid an aid word (aid_words.csv) may carry: "in U.S. military aid", "of Japanese economic assistance"
@functools.cache
def _aid_kinds() -> tuple[str, ...]:
    """The kinds of aid of aid_kinds.csv, in file order."""
    return tuple(r["kind"] for r in _lexicon.read_rows("aid_kinds.csv"))


@functools.cache
def _aid_word_after():
    """An aid word of aid_words.csv (its kind of aid before it) right after a state named after a sum: "28.5 mln dlrs in
    U.S. aid", "300 mln dlrs of Japanese loans". Matched in lower case only, unlike the file's other reader `_aid_words`:
    a capitalised word there is a name ("of French Credit Agricole shares")."""
    words = [r["word"] for r in _lexicon.read_rows("aid_words.csv")]
    kinds = "|".join(regex.escape(k) for k in _aid_kinds())
    return _lexicon.ascii_twin(regex.compile(r"(?:\s+(?:" + kinds + r"))?\s+(?:" + _lexicon.phrases_alternation(words)
                                             + r")\b"))


# "The army will receive around 500 million euros", "the navy gets 2 billion": armed forces receiving a sum get it from
# their state's budget (a company receiving a contract "from the Air Force" is no subject of the verb)
RECEIVES = regex.compile(r"\s+(?:(?:will|would|is\s+to|are\s+to|also|now|then)\s+){0,2}(?:receives?|received|gets?|got|"
                         r"be\s+(?:given|allocated|granted))\s+(?:(?:an?\s+)?(?:additional|extra|further)\s+)?"
                         r"(?:(?:around|about|some|roughly|nearly|almost|over|more\s+than|up\s+to)\s+)?", regex.IGNORECASE)


def force_receives(text: str, fig: dict) -> bool:
    """Whether the figure's defence cue is the subject of a receiving verb right before it (no other public body needed)."""
    cue = fig["metric_cue"]
    return cue is not None and fig["metric"] == "defense_spending" and cue.end <= fig["char_start"] \
        and RECEIVES.fullmatch(text, cue.end, fig["char_start"]) is not None


def aid_donor_after(ctx, sentence, fig):
    """The state named as the owner of the aid right after a sum ("28.5 mln dlrs in U.S. aid", "of Japanese aid")."""
    m = AID_OF.match(ctx.text, fig["end"], sentence.end)
    if m is None:
        return None
    e = next((x for x in ctx.entities(sentence) if x.start == m.end()), None)
    if e is None or not _roles.is_state(e.code) or not _aid_word_after().match(ctx.text, e.end, sentence.end):
        return None
    return e


# "from" and the giver after an aid sum, with at most a few words between ("47 mln dlrs from the Netherlands", "615 mln
# Ecus in cash grants from the EC", "20 billion dollars in military aid from the United States this year")
FROM_GIVER = regex.compile(r"(?:\s+[\w-]+){0,5}?\s+from\s+")
THE_BEFORE = regex.compile(r"(?:the\s+)?", regex.IGNORECASE)  # between "from" and a name that may or may not hold its "the"


def aid_source_after(ctx, sentence, m):
    """The coded giver named with "from" right after an aid sum, in its clause (`m`: FROM_GIVER matched after the sum, or
    None): "Bangladesh will receive a grant of 47 mln dlrs from the Netherlands" is the Netherlands' aid, the recipient
    only takes it (not "from a World Bank-led group": a name inside a compound modifier gives nothing)."""
    if m is None:
        return None
    e = next(iter(ctx.entities_from(sentence, m.end())), None)
    if e is None or not THE_BEFORE.fullmatch(ctx.text, m.end(), e.start) or not e.code or e.kind in PRONOUN_KINDS \
            or ctx.text.startswith("-", e.end):
        return None
    return e


@functools.lru_cache(maxsize=1)
def _aid_words():
    return _lexicon.cues("aid_words.csv", "word")


AID_WORDS_BEFORE = 40  # chars before a sum an aid word may stand in ("a military aid package of", "a loan of")


def is_aid_sum(ctx, clause, fig, from_giver) -> bool:
    """Whether a sum is aid given by one party to another: its metric says so, or an aid word (aid_words.csv) stands
    right before it in its clause or between it and a "from" after it (`from_giver`: FROM_GIVER matched after the sum,
    or None) ("a military aid package of 5 billion euros",
    "20 billion dollars in military aid from the United States"): military aid and loans have a giver whatever metric
    they took (ANNOTATION.md: military aid packages are the donor's; IMF and World Bank loans the lender's)."""
    if fig["metric"] == "development_aid":
        return True
    words = _aid_words()
    if words.search(ctx.text, max(clause[0], fig["char_start"] - AID_WORDS_BEFORE), fig["char_start"]) is not None:
        return True
    return from_giver is not None and words.search(ctx.text, fig["end"], from_giver.end()) is not None


@functools.lru_cache(maxsize=1)
def _donor_words():
    return _lexicon.cues("donor_words.csv", "word")


def unnamed_givers(ctx, sentence, fig_start: int) -> bool:
    """Whether the sentence names givers before an aid sum only by a word of donor_words.csv, with no coded name before
    that word ("Donors pledged 5 billion euros", "Aid donors to Indonesia pledged"; not "Japan, the largest donor,
    pledged": Japan gives)."""
    hit = _donor_words().search(ctx.text, sentence.start, fig_start)
    return hit is not None and not any(e.code and e.kind not in PRONOUN_KINDS and e.end <= hit.start
                                       for e in ctx.entities_until(sentence, hit.start))


TRANSFER_TOPICS = frozenset({"development_aid"})


@functools.lru_cache(maxsize=1)
def _transfer_words():
    return _lexicon.cues("transfer_words.csv")


BILATERAL_CUE = weak_cue("development_aid")
# (an article before the sum of a loan or credit it sizes: "granted Argentina a 500 mln dlr bridge loan")
BILATERAL_GAP = regex.compile(r"\s+(?:(?:an?\s+)?(?:additional|extra|further|new)\s+|(?:about|around|some|up\s+to|nearly|almost|over|more\s+than)\s+"
                              r"|an?\s+(?=[\d.,]+\s+(?:mln|million|bln|billion)[\s-]+(?:[\w.]+\s+)?(?:dlrs?|dollars?|yen|marks?|francs?|stg|pounds?)"
                              r"\s+(?:[\w-]+\s+){0,2}?(?:loans?|credits?|grants?)\b))?")
BILATERAL_REACH = 60  # chars from the giving state to its verb ("The U.S. Is to lend", "Japan has agreed to grant")


# between a sum and the state it goes to: "lend 300 mln dlrs to Indonesia", "give 50 mln dlrs in aid to Sudan"
# (or the loan the sum sizes between them: "providing a 500 mln dlr short-term bridge loan to Argentina")
POSTPOSED_TO = regex.compile(r"\s+(?:(?:in|of)\s+(?:[\w-]+\s+){0,2}?|(?:[\w-]+\s+){0,2}?(?:loans?|credits?|grants?)(?:\s+lines?)?\s+)?to\s+(?:the\s+)?")


def _postposed_receiver(text: str, t, ends: dict, entities: list):
    """The state a sum right after the moving word `t` goes to, named right after "to" behind the sum, or None."""
    gap = BILATERAL_GAP.match(text, t.end)
    if gap is None or gap.end() not in ends:
        return None
    to = POSTPOSED_TO.match(text, ends[gap.end()])
    if to is None:
        return None
    receiver = next((e for e in entities if e.start == to.end()), None)
    return receiver if receiver is not None and _roles.is_state(receiver.code) else None


def bilateral_transfers(text: str, sentence, ms: list[dict], state: dict, article: dict, sentences) -> list:
    """The words moving a sum from one state to another named as their first object, right before the sum: "The U.S. Is to
    lend Sudan 57 mln dlrs", "Japan will give Indonesia an additional 300 mln dlrs" (the giver a state or an organisation
    of states named before the verb, the receiver another state)."""
    sums = {m["char_start"] for m in ms if m["unit"] == "currency"}
    if not sums:
        return []
    # only a word with a space right after it (then its receiver, then the sum) can move a sum: asked first, as the
    # entities of a sentence (and the article's names) are costly to build, and a third of the sentences with such a word fail it
    last_sum = max(sums)
    words = [t for t in _transfer_words().finditer(text, sentence.start, sentence.end)
             if t.end < last_sum and text[t.end:t.end + 1].isspace()]
    if not words:
        return []
    ctx = article_context(state, article, sentences)
    entities = [e for e in ctx.entities(sentence) if e.code]
    found = []
    ends = {m["char_start"]: m["char_end"] for m in ms if m["unit"] == "currency"}
    for t in words:
        receiver = next((e for e in entities if e.start > t.end and not text[t.end:e.start].strip()), None)
        sized_loan = False
        if receiver is not None and _roles.is_state(receiver.code):
            gap = BILATERAL_GAP.match(text, receiver.end)
            if gap is None or gap.end() not in sums:
                continue
            sized_loan = gap.group().strip().lower() in ("a", "an")
        else:
            # the receiver after the sum: "Japan will lend 27.17 billion yen to Indonesia"
            receiver = _postposed_receiver(text, t, ends, entities)
            if receiver is None:
                continue
        # the giver is the verb's subject: the nearest name before it, a state by its own name or an organisation of
        # states ("European Union leaders agreed to lend Ukraine 90 billion euros": ANNOTATION.md, an EU loan to Ukraine is
        # aid, IMF and World Bank loans aid or other; "Switzerland's three major banks have offered Argentina" are banks;
        # "the ADB might lend China" is a development bank's loan)
        giver = next((e for e in reversed(entities) if e.end <= t.start), None)
        if giver is not None and _entities.is_state_or_organisation(giver.code) and giver.code != receiver.code \
                and t.start - giver.end <= BILATERAL_REACH and not _roles.is_possessive(ctx, giver) \
                and not (sized_loan and not _roles.is_state(giver.code)):
            # (a loan sized after an article, "a 125 mln dlr loan", only from a state: a development bank's loan is
            # optional aid at most, and its project's costs after it no aid)
            found.append(t)
    return found


# a state receiving a sum: "Jordan was to receive a total of 1.25 billion dlrs", "Egypt gets 815 mln dlrs", "Zambia has
# received about 60 mln dlrs"
RECEIVING = _lexicon.Guarded(regex.compile(r"\b(?:receives?|received|receiving|gets|got|obtain(?:s|ed)?)\b", regex.IGNORECASE),
                             ("receiv", "gets", "got", "obtain"))  # (most sentences hold none: no scan)
RECEIVER_REACH = 40  # chars from the receiving state to its verb ("Jordan was to receive", "Turkey will also receive")


def received_from_states(text: str, sentence, ms: list[dict], state: dict, article: dict, sentences) -> list:
    """The receiving verbs of a sentence whose subject, a state, receives a sum right after the verb from another state
    or organisation of states named with "from" a few words after the sum ("Under a 1978 agreement Jordan was to receive
    1.25 billion dlrs annually from Algeria, Iraq and Kuwait", "Peru received 40 mln dlrs from the EC"): that sum is aid
    in any story, the giver its actor (claim._author_or_giver reads the "from"); not a sum a firm or a bank receives, nor
    one from a bank ("from commercial banks") or a market."""
    starts = _sum_starts(ms)
    if not starts:
        return []
    verbs = [(v, fig) for v in RECEIVING.finditer(text, sentence.start, sentence.end)
             if (fig := _sum_after(text, v.end(), starts)) is not None]
    if not verbs:
        return []
    ctx = article_context(state, article, sentences)
    found = []
    for v, fig in verbs:
        receiver = next((e for e in reversed(ctx.entities_until(sentence, v.start())) if e.end <= v.start()), None)
        if receiver is None or not _roles.is_state(receiver.code) or v.start() - receiver.end > RECEIVER_REACH \
                or _roles.is_possessive(ctx, receiver) or receiver.kind in PRONOUN_KINDS:
            continue
        source = aid_source_after(ctx, sentence, FROM_GIVER.match(text, fig["char_end"], sentence.end))
        if source is not None and _entities.is_state_or_organisation(source.code) and source.code != receiver.code:
            found.append(_lexicon.Hit(v.end(), v.end(), BILATERAL_CUE))
    return found


def loans_from_states(text: str, sentence, ms: list[dict], state: dict, article: dict, sentences) -> list:
    """Stand-in aid cues for a sum sized as a loan, credit or grant (an aid word of aid_words.csv between the sum and a
    "from" a few words after it) that a state named right after that "from" gives: "the first tranche of a one billion dlr
    loan from the Japanese government", "Sri Lanka secured a 1 billion dollar credit line from India" are the giving state's aid
    in any story (ANNOTATION.md, Reuters decisions: aid or concessional credit from one state to another is scored
    development_aid; claim._author_or_giver makes the giver the actor). Not a loan from a bank, a market or an organisation
    (IMF and World Bank loans stay optional: they have their own cues)."""
    starts = _sum_starts(ms)
    if not starts:
        return []
    words = _aid_words()
    ctx = None
    found = []
    for fig in starts.values():
        m = FROM_GIVER.match(text, fig["char_end"], sentence.end)
        if m is None:
            continue
        word = words.search(text, fig["char_end"], m.end())
        if word is None:
            continue
        ctx = ctx or article_context(state, article, sentences)
        giver = aid_source_after(ctx, sentence, m)
        if giver is None or not _roles.is_state(giver.code) or giver.kind == "organisation":
            continue
        # (not a state's own lender: "the federal government ... borrowed 1.8 billion in credit from the central bank", "a
        # loan from the Fiji Development Bank" to Fiji's farmers: the giver's state is named before the sum as the borrower)
        if any(e.code == giver.code and e.end <= fig["char_start"] for e in ctx.entities_until(sentence, fig["char_start"])):
            continue
        found.append(_lexicon.Hit(word.start, word.start, BILATERAL_CUE))
    return found


# donors as the subject of a moving word: "Donor nations have promised to give $717m in disaster relief", "donor
# countries offered 2 billion dlrs" (not lenders or creditors: "creditor banks offered" are banks)
DONOR_SUBJECT = _lexicon.Guarded(regex.compile(r"\bdonors?\b(?:\s+(?:nations|countries|governments|states|community))?",
                                               regex.IGNORECASE), ("donor",))
DONOR_REACH = 50  # chars from the donors to the moving word ("Donor nations have promised to give")


@functools.lru_cache(maxsize=1)
def _asking_words():
    """Words asking for a sum (asking_words.csv): asked of donors named anywhere in the sentence ("will seek nearly two
    billion dlrs at a donors' meeting in Paris")."""
    return _lexicon.cues("asking_words.csv", "word")


def donor_transfers(text: str, sentence, ms: list[dict]) -> list:
    """Stand-in aid cues for the moving words (transfer_words.csv) right before a sum whose subject is donors named only as
    such, a few words before: "Donor nations have promised to give $717m in disaster relief over the next six months" is
    aid in any story (the actor stays null: claim._author_or_giver, unnamed_givers); so is a sum asked for in a sentence
    naming donors anywhere ("Bangladesh will seek nearly two billion dlrs for development projects at a donors' meeting":
    the asker's demand)."""
    if DONOR_SUBJECT.search(text, sentence.start, sentence.end) is None:
        return []
    found = [_lexicon.Hit(t.end, t.end, BILATERAL_CUE)
             for t in moved_sums(text, list(_asking_words().finditer(text, sentence.start, sentence.end)), ms)]
    for t in moved_sums(text, list(_transfer_words().finditer(text, sentence.start, sentence.end)), ms):
        d = _lexicon.last_match(DONOR_SUBJECT, text, max(sentence.start, t.start - DONOR_REACH), t.start)
        if d is not None and "," not in text[d.end():t.start]:
            found.append(_lexicon.Hit(t.end, t.end, BILATERAL_CUE))
    return found


def aid_transfers(text: str, sentence, ms: list[dict], state: dict) -> list:
    """The words moving a sum (given, offered, allocated, received, needed) in a sentence of an aid story (its headline's
    or its latest claim's metric)."""
    if state.get("title_topic") not in TRANSFER_TOPICS and state["last_metric"] not in TRANSFER_TOPICS:
        return []
    if not any(m["unit"] == "currency" for m in ms):
        return []
    words = list(_transfer_words().finditer(text, sentence.start, sentence.end))
    # a word marked `direct` moves only the sum right after it ("agreed to release a total of 17 mln dlrs")
    direct = {t.end for t in moved_sums(text, [t for t in words if t.entry.get("direct")], ms)}
    return [t for t in words if not t.entry.get("direct") or t.end in direct]


# between a moving word and the sum it moves: "offered eight mln stg", "agreed to release a total of 17 mln dlrs", "to give
# a further 50 mln dlrs"
MOVED_SUM_GAP = regex.compile(r"\s+(?:(?:an?\s+)?(?:additional|extra|further|new)\s+|another\s+|a\s+total\s+of\s+|"
                              r"(?:about|around|some|up\s+to|nearly|almost|over|more\s+than)\s+)?")


def moved_sums(text: str, words: list, ms: list[dict]) -> list:
    """The moving words (transfer_words.csv) of `words` whose sum stands right after them ("Britain offered eight mln stg",
    "Italy was expected to offer 30 to 35 mln dlrs")."""
    starts = _sum_starts(ms)
    return [t for t in words if _sum_after(text, t.end, starts) is not None]


def _sum_starts(ms: list[dict]) -> dict:
    """The sentence's money mentions by where they start."""
    return {m["char_start"]: m for m in ms if m["unit"] == "currency"}


def _sum_after(text: str, end: int, starts: dict) -> dict | None:
    """The money mention a moving or receiving word ending at `end` moves: the one right after it (MOVED_SUM_GAP), or None."""
    g = MOVED_SUM_GAP.match(text, end)
    return starts.get(g.end()) if g is not None else None


def story_transfer_cues(text: str, transfers: list, ms: list[dict], hits) -> list:
    """Stand-in cues for the moving words of an aid story's sentence that has metric words of its own (aid_transfers): a
    word right before its sum moves the story's aid when the sentence's own words name no other scored metric ("The U.S.
    offered grain amounting to a third of the nation's annual consumption, Britain offered eight mln stg": the pounds are
    aid, not consumption; "will receive 720 mln dlrs in military aid" keeps its own word); any other carries the story's
    topic as before (metrictopic.carried_cue)."""
    scored = any(h.entry["metric"] in _cuelexicon.SCORED and h.entry["metric"] not in TRANSFER_TOPICS for h in hits)
    direct = set() if scored else {t.end for t in moved_sums(text, transfers, ms)}
    return [_lexicon.Hit(t.end, t.end, BILATERAL_CUE) if t.end in direct else _metrictopic.carried_cue(t.end)
            for t in transfers]


# a new subject joined after the stance verb of a sentence, with a finite verb of its own before the figure: "Britain
# offered eight mln stg and Italy was expected to offer 30 mln dlrs", "Norway gave 5 mln dlrs, while Spain pledged 3 mln"
# (not "urged France and Italy to spend 2%": no verb of its own)
CONJUNCT = regex.compile(r"(?:,\s*|\s+)(?:and|while|but|whereas)\s+(?:the\s+)?$", regex.IGNORECASE)
CONJUNCT_VERB = regex.compile(r"(?:'s|’s)?\s+(?:\w+ly\s+)?(?:is|are|was|were|will|would|has|have|had|should|could|may|might|must|"
                              r"can|plans|intends|expects|\w+ed|gave|lent|gives|offers|pledges|lends|grants|provides)\b",
                              regex.IGNORECASE)
CONJUNCT_REACH = 80  # chars from the joined subject to its figure


# an elliptical conjunct: a second state named after a comma or "and" with its own figure right after it and no verb of
# its own ("Romania was allotted 16.6 billion euros, France and Hungary about 16.2 billion euros each and Italy 14.9
# billion euros"; "Lithuania has approved 5.38% of GDP, and Estonia 5.4%"): the figure is that state's, as the first
# subject's is its own (ANNOTATION.md: an elliptical figure of a second state)
ELLIPTIC_BEFORE = regex.compile(r"(?:,|\band)\s+(?:the\s+)?$", regex.IGNORECASE)
ELLIPTIC_GAP = regex.compile(r"(?:'s|’s)?\s+(?:(?:about|around|some|nearly|almost|roughly|approximately|over|under"
                             r"|(?:just\s+)?(?:more|less)\s+than|(?:just\s+)?(?:over|under))\s+)?", regex.IGNORECASE)


def conjunct_subject(ctx, sentence, cue, fig_start: int, actor_code, target_code):
    """The state or organisation joined as a new subject between the stance verb and the figure, whose own verb governs the
    figure ("Britain offered eight mln stg and Italy was expected to offer 30 to 35 mln dlrs": Italy offers, not Britain),
    or a state joined with its own figure and no verb ("..., and Italy 14.9 billion euros": ELLIPTIC_BEFORE, ELLIPTIC_GAP),
    when the roles found made it the target and the first subject, another state, the actor; else None."""
    if actor_code is None or target_code is None or actor_code == target_code \
            or not _entities.is_state_or_organisation(target_code):
        return None
    text = ctx.text
    for e in ctx.entities_from(sentence, cue.end if cue is not None else sentence.start):
        if e.start >= fig_start:
            break
        if e.code != target_code or e.kind in PRONOUN_KINDS or fig_start - e.end > CONJUNCT_REACH:
            continue
        if cue is not None and CONJUNCT.search(text, max(cue.end, e.start - 12), e.start) \
                and CONJUNCT_VERB.match(text, e.end, fig_start):
            return e
        if _entities.is_state(actor_code) and _entities.is_state(target_code) \
                and ELLIPTIC_BEFORE.search(text, max(sentence.start, e.start - 12), e.start) \
                and ELLIPTIC_GAP.fullmatch(text, e.end, fig_start):
            return e
    return None


# "X companies must pay", "Japanese cars, which had faced", "Japan was initially hit with": X pays the duty
PAYER_AFTER = regex.compile(r"\s+(?:[\w-]+,?\s+){0,5}?(?:must\s+|will\s+|would\s+|to\s+)?(?:\w+ly\s+)?"
                            r"(?:pay|pays|paid|face|faces|faced|(?:was|were|is|are|been|be)\s+(?:\w+ly\s+)?hit|had\s+(?:\w+ly\s+)?faced)\b", regex.IGNORECASE)
PAYER_REACH = 60  # characters after a duty's figure in which "on X", "apply to X" still names its payer
PAYER_BEFORE = regex.compile(r"\b(?:for|on|against|(?:apply|applies|applied|applying)\s+(?:\w+\s+)?to"
                             r"|(?:imports|exports|shipments|goods|products)\s+from)\s+(?:the\s+)?$", regex.IGNORECASE)
# ("Lumber imports from Canada fell because of a 15 pct duty": the exporter pays the importer's duty)
# the maker of the goods a duty's sum falls on, named after the figure: "tariffs on 300 mln dlrs of Japanese exports", "300
# mln dlrs worth of Japanese electronic goods" (taxed_goods_words.csv; up to two lower-case words before the goods' noun)
MAKER_BEFORE = regex.compile(r"\b(?:of|from)\s+(?:the\s+)?$", regex.IGNORECASE)
MAKER_TO_GOODS = regex.compile(r"\s+(?:(?-i:[a-z][\w-]*)\s+){0,2}")


@functools.lru_cache(maxsize=1)
def _taxed_goods():
    return _lexicon.cues("taxed_goods_words.csv", "word")


def _makes_taxed_goods(text: str, e, fig_start: int, sentence_end: int) -> bool:
    """Whether entity `e`, after a duty's figure and within PAYER_REACH of it, is named as the maker of the goods the duty
    falls on ("of Japanese exports", "from Japan" is PAYER_BEFORE's): "of" right before it, a goods noun right after."""
    if e.start <= fig_start or e.start - fig_start >= PAYER_REACH \
            or MAKER_BEFORE.search(text, max(fig_start, e.start - 12), e.start) is None:
        return False
    hit = _taxed_goods().search(text, e.end, min(sentence_end, e.end + 40))
    return hit is not None and (hit.start == e.end or MAKER_TO_GOODS.fullmatch(text, e.end, hit.start) is not None)


# the words between two payers named as one list ("Canadian and Mexican", "Canadian, Mexican and Chinese")
PAYERS_JOINED = regex.compile(r"(?:\s*(?:,|and\b|or\b|the\b|(?-i:[A-Z])[\w.'’-]*))*?\s*(?:,|\band|\bor)\s+(?:the\s+)?",
                              regex.IGNORECASE)


def pays_duty(ctx, sentence, code: str, fig_start: int, entity=None) -> bool:
    """Whether the state `code` (or that one entity) is named in the sentence as paying a duty ("X companies must
    pay", "for China", "the rate will apply to Japanese cars", "tariffs on 300 mln dlrs of Japanese exports")."""
    named = None
    for e in ([entity] if entity is not None else ctx.entities(sentence)):
        if e.code == code and e.kind not in ("pronoun", "state_pronoun"):
            if e.end <= fig_start and (m := PAYER_AFTER.match(ctx.text, e.end, fig_start)) is not None:
                # (the verb's own subject pays, not a speaker before it: "Trump said Vietnam would pay a 20% tariff")
                if named is None:
                    named = [n for n in ctx.entities(sentence) if n.code and n.kind not in ("pronoun", "state_pronoun")]
                # (states joined to it pay with it: "Canadian and Mexican companies must pay a 25 percent tariff")
                if not any(e.end <= n.start and n.end <= m.end() and n.code != code
                           and not PAYERS_JOINED.fullmatch(ctx.text, e.end, n.start) for n in named):
                    return True
            if (e.end <= fig_start or e.start - fig_start < PAYER_REACH) \
                    and PAYER_BEFORE.search(ctx.text, max(sentence.start, e.start - 30), e.start):
                return True
            if _makes_taxed_goods(ctx.text, e, fig_start, sentence.end):
                return True
    return False


def importer(ctx, sentence, payer: str, fig_start: int) -> tuple:
    """(code, text) of the state that sets a duty its sentence names only the payer of ("Lumber imports from Canada fell
    because of a 15 pct duty", a Washington story): the state the story is about when it is another state than the payer
    and is not itself said to pay; else no one."""
    home = ctx.home()
    if home and _entities.is_state(home) and home != payer and not pays_duty(ctx, sentence, home, fig_start):
        return home, None
    return None, None


# a creditor's act of debt relief right before the figure: "agreed to cancel 100% of ...", "will write off up to 80% of ...",
# "forgave $2bn of ..."
RELIEF_VERB_BEFORE = regex.compile(r"\b(?:cancel(?:s|led|ed|ling|ing)?|(?:write|writes|wrote|written|writing)\s+off|"
                                   r"forgive|forgives|forgave|forgiven|forgiving|waive[sd]?|waiving|(?:wipe[sd]?|wiping)\s+out)\s+"
                                   r"(?:(?:up\s+to|about|around|some|nearly|almost|roughly|more\s+than|over|all|the)\s+)*$",
                                   regex.IGNORECASE)
# the debts the figure is a part or a share of, and who owes them: "of the debts owed by some of the poorest countries",
# "of Zambia's debts", "of the debt owed to it by Ghana", "of their foreign debt"
RELIEVED_DEBT_AFTER = regex.compile(r"\s+(?:of|in)\s+(?:(?:the|its|their|his|her)\s+)?(?P<owner>[^\s,;]+['’]s?\s+)?(?:(?!of\b)[a-z-]+\s+){0,2}?"
                                    r"(?:debts?|loans?|arrears)\b(?P<owed>\s+(?:(?:that\s+)?(?:is|are|was|were)\s+)?owed\s+"
                                    r"(?:to\s+(?:it|them|him|her|[A-Z][\w.-]*)\s+)?by\s+)?")
DEBTOR_REACH = 60  # characters after "owed by" searched for the debtor


def relieved_debtor(ctx, sentence, fig_start: int, fig_end: int):
    """Who owes the debts a creditor's relief figure is a part or a share of ("G7 ministers backed plans to write off up
    to 100% of the debts owed by some of the world's poorest countries", "agreed to cancel $40bn of Zambia's debt"):
    ``(True, entity or None)`` when the figure's own words name the debts: the entity owing them (the state of a
    possessive, the party after "owed by"), None when they are owed by parties no code names ("the poorest countries");
    ``(False, None)`` when the figure is no relief of named debts. The debtor is whose figure it is, not the creditor's."""
    text = ctx.text
    if not RELIEF_VERB_BEFORE.search(text, max(sentence.start, fig_start - 40), fig_start):
        return False, None
    m = RELIEVED_DEBT_AFTER.match(text, fig_end, sentence.end)
    if m is None:
        return False, None
    if m.group("owed"):
        stop = min(sentence.end, m.end() + DEBTOR_REACH)
        comma = text.find(",", m.end(), stop)
        stop = stop if comma < 0 else comma
        debtor = next((e for e in ctx.entities(sentence) if m.end() <= e.start and e.end <= stop and e.code), None)
        return True, debtor
    if m.group("owner"):
        owner = next((e for e in ctx.entities(sentence) if m.start("owner") <= e.start < m.end("owner") and e.code), None)
        return (True, owner) if owner is not None else (False, None)
    return False, None

# every regex pattern above runs as its standard-re twin on ASCII text (lexicon.AsciiTwin: the same matches, less CPU)
from .lexicon import ascii_twins as _ascii_twins  # noqa: E402  (after the patterns it replaces)

_ascii_twins(globals())
