"""Carrying the story's metric into sentences that name none: which sentence goes on with the story, and with which metric.

A figure whose sentence holds no metric word of its own is a claim only when the sentence continues the story:
it opens on a continuation word or a figure right after a claim's sentence ("It widened to 622 mln dlrs"), repeats the
head of the previous cue, sizes "it", lists levels "at" figures, takes a stance on a bare share, goes on about the state
the sentence before names, or a figure-less sentence just before names one metric (the topic). A public body's act
from story_acts.csv ("borrow", "levy", "spend") carries the story's metric to the figure it governs. Kept apart from
the assembly because these decisions read the sentences before, not the figure's own clause. Also the article's
roles context, built once per article on first need (every later module reads it).
"""
from __future__ import annotations

import functools

import regex

from . import metric as _metric, basis as _basis, cuelexicon as _cuelexicon, metrictopic as _metrictopic
from . import lexicon as _lexicon
from .lexicon import count_words, read_rows
from . import roles as _roles
from . import stance as _stance
from .resistedcall import resisted_request_hits
from .restatedhead import restates_head, scored_cue_heads


# a time phrase a continuing sentence may open with ("At the end of 2024, it stood at 113.2%", "Next year 2.8%")
LEADING_TIME = (r"(?:(?:(?:at|by|in|for|during|until)\s+(?:the\s+)?(?:(?:end|start|beginning|middle|first\s+half|second\s+half)\s+of\s+)?"
                r"(?:(?:fiscal\s+)?(?:19|20)\d\d(?:[-/]\d\d)?|the\s+(?:current|next|previous|coming)\s+(?:fiscal\s+)?year)"
                r"|(?:(?:so\s+far\s+|for\s+|in\s+)?(?:next|this|last)\s+year)|a\s+year\s+(?:ago|earlier|later)"
                # a part of a year ("In the first quarter, ...", "In January ...", "So far in 1987, ...")
                r"|(?:in|for|during|by|until)\s+(?:the\s+)?(?:first|second|third|fourth|final|last)\s+(?:quarter|half)"
                r"(?:\s+of\s+(?:the\s+year|(?:fiscal\s+)?(?:19|20)\d\d(?:[-/]\d\d)?))?"
                r"|(?:in|for|during|by|until)\s+(?-i:January|February|March|April|May|June|July|August|September|October|November"
                r"|December)(?:\s+(?:19|20)\d\d)?(?:\s+alone)?"
                r"|so\s+far\s+in\s+(?:19|20)\d\d)\s*,?\s+)?")


def _continues_pattern():
    """A sentence that goes on about the previous one's subject: "It ...", "This ...", "Down to ...", "The bill ..."
    (continuation_words.csv)."""
    phrases = [r["phrase"] for r in read_rows("continuation_words.csv")]
    return regex.compile(r"[\"“']?\s*" + LEADING_TIME + r"(?:" + _lexicon.phrases_alternation(phrases)
                         + r")\b(?!\s+(?:\w+\s+)?of\b)", regex.IGNORECASE)


CONTINUES = _continues_pattern()

WEAK_WEIGHT = 2  # metric cues this weak need a public body named in their sentence


def goes_on(text: str, sentence, ms: list[dict], index: int, state: dict, topic: str | None, before, ctx_of) -> bool:
    """Whether a sentence with no metric word of its own goes on with the story's topic: it opens on a continuation word
    right after a claim's sentence or a sentence naming the topic with no figure ("The debt keeps rising. It reached
    ..."), or on the head noun of the claim's cue just before ("Government borrowing stood at ... Borrowing in the
    December quarter rose to ..."), opens on its figure, or takes a stance on a bare share or sum shortly after a claim."""
    # the cheap test first: the opening is matched (~6 us) only where a claim or topic is just before
    if (state["last_index"] == index - 1 or topic is not None) and CONTINUES.match(text, sentence.start, sentence.end):
        return True
    if state["last_index"] == index - 1 and before is not None and _repeats_head(text, sentence, before):
        return True
    if state["last_index"] == index - 1 and before is not None and restates_head(text, sentence, ms, before):
        return True  # "... financing requirements will fall to 24 billion dlrs. Projected 1988 requirements are ..."
    if topic is not None and opening_figure(text, sentence, ms):
        return True  # "The government agreed on savings. ... 166 million euros will be saved on health services."
    return opens_with_figure(text, sentence, ms, index, state) or _bare_share(text, sentence, ms, index, state, ctx_of) \
        or _level_list(text, sentence, ms, index, state) or _pronoun_figure(text, sentence, ms, index, state) \
        or _spent_share(text, sentence, ms, index, state, ctx_of)


def opens_on_pronoun(text: str, sentence, index: int, state: dict) -> bool:
    """Whether a sentence opens on a continuation word right after a claim's sentence ("It widened to 622 mln dlrs")."""
    return state["last_index"] == index - 1 and state["last_metric"] in _cuelexicon.SCORED \
        and CONTINUES.match(text, sentence.start, sentence.end) is not None


OPENING_WORD = regex.compile(r"[\"“'‘]?\s*(\w+)")


def _repeats_head(text: str, sentence, before) -> bool:
    """Whether a sentence opens on the last word of a scored metric cue of the sentence before ("Government borrowing" ->
    "Borrowing", "public debt repayments" -> "Repayments"): the same subject, with its qualifier left out."""
    m = OPENING_WORD.match(text, sentence.start, sentence.end)
    if m is None:
        return False
    return m.group(1).lower() in scored_cue_heads(text, before)


DEFINITE_OPENING = regex.compile(r"[\"“']?\s*the\s+(\w+)", regex.IGNORECASE)
# a label line of a list under the sentence before ("The government presented its draft budget.\nDefence: 82.7 billion")
LABEL_OPENING = regex.compile(r"\s*[-•*–]?\s*(?-i:[A-Z])[\w -]{0,40}:\s")


def continues_public_body(ctx, sentences, sentence, hits) -> bool:
    """Whether a sentence goes on about a state, government or alliance the sentence just before names: it opens on a
    continuation word or on "the" with a noun of that sentence ("Ruritania's government approved its budget. It foresees
    spending of ...", "... The budget includes: - 12 billion crowns for defence"). Neither sentence may hold a company,
    market or poll word ("Sales of stakes in firms including Russia's ... This helped to bring debt down to ...": the
    state named is not the subject)."""
    if any(h.entry["metric"] == "NONE" for h in hits):
        return False
    k = sentence.index - 1
    before = sentences[k] if 0 <= k < len(sentences) and sentences[k].index == k else None
    if before is None:
        return k < 0 and _continues_title(ctx, sentence, hits)
    text = ctx.text
    before_hits = _cuelexicon.sentence_cues(text, before.start, before.end, [])
    if not CONTINUES.match(text, sentence.start, sentence.end) and not LABEL_OPENING.match(text, sentence.start, sentence.end) \
            and not _opens_on_finances(text, sentence, hits, before_hits):
        m = DEFINITE_OPENING.match(text, sentence.start, sentence.end)
        if m is None or regex.search(r"\b" + regex.escape(m.group(1)) + r"\b", text[before.start:before.end], regex.IGNORECASE) is None:
            return False
    if any(h.entry["metric"] == "NONE" for h in before_hits):
        return False
    return _roles.names_public_body(ctx, before)


def _continues_title(ctx, sentence, hits) -> bool:
    """Whether the article's first sentence goes on about a state its headline names, the headline kept out of the text
    (wire and own articles; a BBC file's first line is its title and the sentence before): "GERMAN CABINET AGREES SAVINGS
    PLAN" / "The plan includes 35 billion euros of cuts". The same openings as after a sentence of the text (a continuation
    word, a label, "the" with a noun of the headline, a word of a state's finances after a headline on them); the headline
    must name a state by a name of its own (roles.ArticleContext.title_states) and hold no company, market or poll word
    (a company's headline is off policy before this: figures.public_figures)."""
    title = ctx.title
    if not title or ctx.text.lstrip().startswith(title.strip()):  # the headline is the text's first line: its own sentence
        return False
    if not ctx.title_states() or not _title_opens_on_public_body(ctx, title):
        return False
    title_hits = _cuelexicon.sentence_cues(title, 0, len(title), [])
    if any(h.entry["metric"] == "NONE" for h in title_hits):
        return False
    text = ctx.text
    if CONTINUES.match(text, sentence.start, sentence.end) or LABEL_OPENING.match(text, sentence.start, sentence.end) \
            or _opens_on_finances(text, sentence, hits, title_hits):
        return True
    m = DEFINITE_OPENING.match(text, sentence.start, sentence.end)
    return m is not None and regex.search(r"\b" + regex.escape(m.group(1)) + r"\b", title, regex.IGNORECASE) is not None


# the headline's words before its subject's name ("The", "UK", "German"): none, one or two, an article aside
TITLE_LEAD = regex.compile(r"\s*(?:the\s+)?(?:[\w.'’-]+\s+){0,2}", regex.IGNORECASE)
PUBLIC_KINDS = frozenset({"country", "capital", "institution", "person"})


def _title_opens_on_public_body(ctx, title: str) -> bool:
    """Whether the headline's subject is a state or a body of one: a name of a country, capital, institution or office
    holder among its first three words ("Germany's cabinet", "German government", "Chancellor Merz", "BONN CABINET"),
    not a demonym alone ("German carmaker agrees plan" is a firm's) nor a body named later ("Volkswagen agrees plan with
    German government")."""
    try:
        found = ctx.gaz.find(title, 0, len(title), year=ctx.year) if ctx.gaz is not None else []
    except Exception:  # a broken lexicon must not stop the pipeline
        return False
    lead = TITLE_LEAD.match(title).end()
    return any(m.kind in PUBLIC_KINDS and m.start <= lead and not _owns_other_name(title, m, found) for m in found)


# a possessive right after a name and the word after it ("Japan's Nissan", "JAPAN'S NISSAN")
POSSESSED_WORD = regex.compile(r"(?:'s|’s)\s+([\w.-]+)", regex.IGNORECASE)


def _owns_other_name(title: str, m, found) -> bool:
    """Whether a state's name stands as the possessor of another name ("Japan's Nissan unveils recovery plan": the firm is
    the subject): a possessive whose next word is capitalised (any word in an all-capitals headline) and starts no name
    the gazetteer knows ("Germany's Merz", "JAPAN'S CABINET" are a state's; "Germany's cabinet" has no capital)."""
    w = POSSESSED_WORD.match(title, m.end)
    if w is None or not w.group(1)[:1].isupper():
        return False
    return not any(o.start == w.start(1) for o in found)


FINANCE_OPENING = regex.compile(r"[\"“']?\s*(?:the\s+|its\s+|their\s+)?", regex.IGNORECASE)


def _opens_on_finances(text: str, sentence, hits, before_hits) -> bool:
    """Whether a sentence opens on a word of a state's finances (its subject: "Spending will rise to 420 billion crowns, while
    borrowing will reach 60 billion") right after a sentence about a budget ("Ruritania's government approved its 2026
    budget on Tuesday."): it goes on with that budget."""
    if not hits or not _metrictopic.own_finances(before_hits):
        return False
    m = FINANCE_OPENING.match(text, sentence.start, sentence.end)
    first = min(hits, key=lambda h: h.start)
    return m is not None and first.start == m.end() and first.entry["metric"] in _metrictopic.STATE_FINANCES


def article_context(state: dict, article: dict, sentences) -> "_roles.ArticleContext":
    """The article's context for roles, built on first need and kept in the article's state."""
    if state["ctx"] is None:
        state["ctx"] = _roles.ArticleContext(article, sentences)
    return state["ctx"]


def carries_only(hits) -> bool:
    """Whether all of a sentence's cues are anaphoric words ("to reach", "the target") standing for the topic."""
    return bool(hits) and all(h.entry["metric"] == "CARRY" for h in hits)


def resolves_only(hits) -> bool:
    """Whether all of a sentence's cues are weak words read by the story ("Defence gets the largest increase. The ministry
    will receive 82.7 billion euros from the core budget"): the sentence just before, with no figure, says which."""
    return all(h.entry.get("resolves") for h in hits)


def carries(hits) -> bool:
    """Whether a sentence's cues include an anaphoric word ("the target", "the figure") that takes the topic before it."""
    return any(h.entry["metric"] == "CARRY" for h in hits)


TOPIC_REACH = 2  # figure-less sentences back to the one naming the topic ("... agreed on savings. Talks took months. 166 million")


def names_government(ctx, sentence) -> bool:
    """Whether a sentence names a government body (a government, ministry, parliament: not only a state's name), by its
    name or by a word read as the story's ("The government has reached an agreement")."""
    return any(e.kind in ("institution", "generic") and e.code for e in ctx.entities(sentence))


def previous_topic(text: str, by_index: dict, per_sentence: dict, index: int, state: dict, names_body=None) -> str | None:
    """The one scored metric named by the nearest of the sentences just before that holds no figure of its own.

    "The debt keeps rising. It reached 115.6% at the end of June": a sentence with no figure sets the topic the next one
    goes on with (looking back over up to TOPIC_REACH such sentences, never past one with a figure). None when it names no
    metric by a word of its own, or two ("the deficit and the debt": no single topic), or a company, market or poll word
    (the story has moved off the state's finances), or when the article has made no claim of a scored metric yet unless
    the caller asks for a topic sentence that `names_body` accepts (a government body)."""
    # a headline alone is no policy story ("E-SYSTEMS WINS NAVY CONTRACT", "SAVINGS BANK CLOSED")
    policy_story = bool(state.get("scored_claims"))
    if not policy_story and names_body is None:
        return None
    for back in range(index - 1, index - 1 - TOPIC_REACH, -1):
        before = by_index.get(back)
        if before is None or per_sentence.get(back):
            return None
        hits = _cuelexicon.sentence_cues(text, before.start, before.end, [])
        if not hits:
            continue  # "The government has been negotiating the matter for a long time.": the topic is further back
        if any(h.entry["metric"] == "NONE" for h in hits):
            return None
        finances = _finances_word(hits, state)  # only an anaphoric word a state's finances read ("Borrowing will rise")
        if len(finances) == 1:
            return finances.pop() if policy_story or names_body(before) else None
        # only words naming one metric by themselves ("income tax", "savings"), the specific ones first ("the savings
        # come from a higher value added tax" is about the tax): a word read by the story's topic ("the debt") would set
        # its default reading as the topic, and every later "target" and "goal" would take it
        own = [h for h in hits if not h.entry.get("resolves") and h.entry["metric"] != "CARRY"]
        named = {h.entry["metric"] for h in own if int(h.entry.get("weight") or 0) < WEAK_WEIGHT} \
            or {h.entry["metric"] for h in own if int(h.entry.get("weight") or 0) == WEAK_WEIGHT} \
            or _resolved_debt(hits, state) or _resolved_levy(hits, state)
        if len(named) != 1 or next(iter(named)) not in _cuelexicon.SCORED:
            return None
        return named.pop() if policy_story or names_body(before) else None
    return None


def _finances_word(hits, state: dict) -> set:
    """The metric an anaphoric word names in a story on a state's finances (its `in_topic`: "borrowing" is the deficit),
    when it is the sentence's only metric word: "... spending increases of 70 billion pounds a year. Borrowing will rise as
    a result. The Office for Budget Responsibility expects it to reach 105 billion pounds" (the borrowing, not the
    spending)."""
    if state.get("last_metric") not in _metrictopic.STATE_FINANCES or any(h.entry["metric"] != "CARRY" for h in hits):
        return set()
    return {h.entry["in_topic"] for h in hits if h.entry.get("in_topic")}


# "the" (and a word that points back) right before a sum: "disapprove of the 40 mln dlrs", "the remaining 40 mln dlrs"
DEFINITE_SUM = regex.compile(r"\bthe\s+(?:(?:remaining|same|entire|full|whole|additional|extra|promised|pledged|planned|"
                             r"requested|proposed|approved)\s+)?$", regex.IGNORECASE)
DEFINITE_SUM_REACH = 30  # chars before a sum in which its "the" stands


def _stated_sum(text: str, fig_start: int, m: dict, state: dict) -> str | None:
    """The metric of a claim of the story a sum restates with a definite article ("The Reagan administration moved to
    free the remaining 40 mln dlrs in aid ... Congress has 15 days to disapprove of the 40 mln dlrs"): the same amount
    in the same currency, named as one already known; None otherwise."""
    sums = state.get("stated_sums")
    if not sums or m.get("unit") != "currency":
        return None
    metric = sums.get((m.get("currency"), m.get("value")))
    if metric is None or not DEFINITE_SUM.search(text, max(0, fig_start - DEFINITE_SUM_REACH), fig_start):
        return None
    return metric


def restated_sums(text: str, ms: list[dict], state: dict) -> set:
    """The starts of the sums of a sentence with no metric word that restate a sum the story has claimed (_stated_sum)."""
    return {m["char_start"] for m in ms if _stated_sum(text, m["char_start"], m, state) is not None}


def story_restatements(figs: list[dict], state: dict, text: str) -> list[dict]:
    """Figures with no metric word of their own, or only an anaphoric one, that restate a level the story has already
    claimed ("... has an ambition to reach 3% in the next parliament ... Starmer said the 3% ambition would depend on ...")
    take that claim's metric, whatever claim came in between; so does a sum restated with a definite article ("the 40
    mln dlrs", _stated_sum)."""
    stated = state.get("stated")
    if not stated and not state.get("stated_sums"):
        return figs
    for fig in figs:
        cue = fig["metric_cue"]
        if (cue is not None and cue.entry["metric"] != "CARRY") or fig.get("alliance_target"):
            continue  # ("signed up to NATO's new goal of 5% of GDP" after a deficit of 5%: the alliance's goal stays defence)
        # shares by their value alone; a sum only with its "the": a sum of the same size is often another sum ("$2.3bn"
        # of an infrastructure plan after a $2.3bn claim)
        if fig["unit"] == "percent" and stated:
            metric = stated.get((fig["unit"], fig["m"].get("value")))
        elif fig["unit"] == "currency":
            metric = _stated_sum(text, fig["char_start"], fig["m"], state)
        else:
            metric = None
        if metric is not None:
            fig["metric"] = metric
    return figs


def _resolved_debt(hits, state: dict) -> set:
    """The debt a figure-less sentence names by a bare debt word only ("The debt keeps rising."), read by the story: its
    debt topic, else the stock its budget or current-account balance adds to. Other weak words stay unread here (a
    "budget" or "target" read by the story would set the story's own topic again)."""
    debts = [h for h in hits if h.entry.get("resolves") and h.entry["metric"] in _metrictopic.DEBT_STOCKS]
    return {_metric.metric_of(h, hits, state.get("topics", [])) for h in debts} - {None}


LEVIES = frozenset({"tax_revenue", "tariff_rate"})


def _resolved_levy(hits, state: dict) -> set:
    """The levy a figure-less sentence names by bare tax words only, read by the story's topics (in a tax story: "Brokers
    said abolishing the stamp taxes on share deals mattered most. These are levied at two rates, 0.1 pct and 0.25 pct"):
    a tax word may stand for a tax or a tariff, both scored, so the topic is the story's levy, never the word's default
    reading alone (a story with no levy among its topics, or a sentence with other metric words, sets none here)."""
    words = [h for h in hits if h.entry.get("resolves") and set(h.entry["resolves"].split("|")) <= LEVIES]
    if not words or len(words) != len(hits):
        return set()
    topics = [t for t in state.get("topics", []) if t in LEVIES]
    return {_metric.metric_of(h, hits, topics) for h in words} - {None} if topics else set()


BARE_SHARE_TYPES = frozenset({"demand", "commitment", "proposal", "rejection", "forecast", "benchmark", "future"})
BARE_SUM_DECISIONS = frozenset({"commitment", "proposal", "rejection"})  # a sum's stance types that decide on it
SUM_ASKS = frozenset({"future", "demand"})  # a sum a state will spend or asks for, named by name in its sentence
BARE_SHARE_REACH = 3  # sentences after the latest claim in which a bare share still speaks of its metric


@functools.lru_cache(maxsize=None)
def weak_cue(metric: str) -> dict:
    """A stand-in metric cue entry for a figure no cue word names (weak: its sentence must name a public body), of a sum
    one state moves to another (aid.bilateral_transfers) or of a public body's act in a story (story_acts)."""
    return {"cue": "", "metric": metric, "weight": str(WEAK_WEIGHT), "case": "", "resolves": "", "firm": "", "in_topic": ""}


STORY_ACT_REACH = 3  # words between an act and its figure ("levied a flat one pct surtax", "put more than 200 million")
STORY_ACT_SUBJECT_REACH = 60  # chars from the public body to its act ("The EC had so far only agreed to provide")


@functools.lru_cache(maxsize=1)
def _story_act_words():
    return _lexicon.cues("story_acts.csv")


def _act_metric(entry: dict, topics: list[str]) -> str | None:
    """The metric an act carries on in a story of the latest of `topics` it continues ("borrow*": a deficit story's
    deficit, a foreign-debt story's debt)."""
    pairs = dict(pair.split(">") for pair in entry["acts"].split("|"))
    return next((pairs[t] for t in reversed(topics) if t in pairs), None)


def story_acts(text: str, sentence, ms: list[dict], state: dict, topic: str | None, ctx) -> list[tuple]:
    """(stand-in cue, start of the act's figure), one per act of story_acts.csv in a sentence with no metric word, done by a state, government or
    international body named just before it to a figure of the act's unit right after it, in a story whose topic (the
    headline's, the latest claim's, the figure-less sentence just before's) the act continues: "The government levied a
    flat one pct surtax" in a tax story is a tax; "Mobil spent 2.13 billion dlrs" (no public body acts) and "the
    loan, on which Brazil paid interest, was 500 mln dlrs" (the figure is not the act's) stay no claim."""
    topics = [t for t in state["topics"] + [topic] if t in _cuelexicon.SCORED]
    if not topics:
        return []
    found = []
    in_order = sorted(ms, key=lambda m: m["char_start"])
    for act in _story_act_words().finditer(text, sentence.start, sentence.end):
        metric = _act_metric(act.entry, topics)
        if metric is None:
            continue
        units = act.entry["unit"].split("|")
        fig = next((m for m in in_order if m["char_start"] >= act.end), None)
        if fig is None or fig["unit"] not in units or count_words(text[act.end:fig["char_start"]]) > STORY_ACT_REACH:
            continue
        body = next((e for e in reversed(ctx.entities_until(sentence, act.start)) if e.end <= act.start), None)
        if body is not None and body.kind in _roles.PUBLIC_KINDS and (body.code or body.kind in ("group", "generic")) \
                and act.start - body.end <= STORY_ACT_SUBJECT_REACH:
            hit = _metric.Hit(act.end, act.end, weak_cue(metric))
            found.append((hit, fig["char_start"]))
            found.extend((hit, start) for start in _coordinated_objects(text, fig, in_order, units))
    return found


# a debt story's payments as a sentence's subject, after an optional connective and time phrase and up to two qualifiers
# ("Payments in 1988 were cut to 400 mln", "In addition, payments for the 1987-1989 period were lowered from 3.82 billion dlrs
# to 1.35 billion dlrs", "At the same time, payments ...", "Annual payments will total ..."): what the state pays on the debt, its service
DEBT_TOPICS = ("external_debt", "public_debt", "debt_service")
PAYMENTS_SUBJECT = regex.compile(r"[\"“']?\s*(?:(?:in\s+addition|also|meanwhile|however|at\s+the\s+same\s+time|moreover|furthermore|under\s+the\s+(?:new\s+)?(?:accord|agreement|"
                                 r"deal|plan))\s*,?\s+)?" + LEADING_TIME
                                 + r"(?:the\s+|its\s+|their\s+)?(?:(?:annual|yearly|total|scheduled|new|principal|interest)\s+){0,2}"
                                 r"payments\b(?!\s+(?:of|on|to)\b)", regex.IGNORECASE)


def debt_payments(text: str, sentence, ms: list[dict], state: dict, topic: str | None) -> list[tuple]:
    """(stand-in debt-service cue, figure start) for each sum of a sentence with no metric word whose subject is "payments",
    in a story whose latest topic is a state's debt ("Venezuela's 20.3 billion dlr public sector debt rescheduling ...
    Payments in 1988 were cut to 400 mln from 1.20 billion"): what is paid on the debt. A payments noun that names its
    own object ("payments of", "on", "to": another's) or a story of another metric make none. (repaid.repayments_in_debt_story
    is its twin for a sentence that has a cue: a "repayment*" word (CARRY) left with no metric in a story whose latest claim
    is a debt stock; this one stands in for the cue a cue-less sentence lacks, before the metrics are read, so the two run
    at different points of the sentence's loop.)"""
    topics = [t for t in state["topics"] + [topic] if t in _cuelexicon.SCORED]
    if not topics or topics[-1] not in DEBT_TOPICS or PAYMENTS_SUBJECT.match(text, sentence.start, sentence.end) is None:
        return []
    hit = _metric.Hit(sentence.start, sentence.start, weak_cue("debt_service"))
    return [(hit, m["char_start"]) for m in ms if m["unit"] == "currency"]


# what may stand between two sums one act is done to: the first one's own short phrase ("of principal", "to banks",
# "in 1986"), then "and" or a comma, then a quantifier ("another", "some") of the second: "repaid 640 mln dlrs of principal
# and 325 mln dlrs of interest", "borrowed 2.1 billion marks in March and 1.4 billion in April"
COORDINATED_GAP = regex.compile(
    r"(?:\s+(?:of|in|to|for|on|from|during)\s+(?:the\s+|its\s+|their\s+)?[\w'’-]+(?:\s+[\w'’-]+){0,2})?"
    r"(?:\s+each)?\s*(?:,\s*and\s+|,\s*|\s+and\s+)"
    # the act's verb gapped before a subject of its own: "Romania was allotted 16.6 billion euros, France and Hungary about
    # 16.2 billion euros each and Italy 14.9 billion euros" (one or two names, the verb left out)
    r"(?:(?-i:[A-Z])[\w.'’-]+(?:\s+and\s+(?-i:[A-Z])[\w.'’-]+)?\s+)?"
    r"(?:(?:another|a\s+further|an\s+additional|some|about|around|nearly|almost|over|roughly|more\s+than)\s+)?",
    regex.IGNORECASE)
# words of the first sum's phrase that make it a part of the second, or start a clause of its own ("500 mln dlrs out of the
# 14 billion dlrs", "500 mln dlrs of which 200 mln")
NOT_COORDINATED = frozenset({"which", "whom", "whose", "that", "total", "totalling", "totaling", "out", "than", "up", "down"})


def _coordinated_objects(text: str, fig: dict, in_order: list[dict], units: list[str]) -> list[int]:
    """The starts of the sums coordinated with `fig` as further objects of the same act, each right after the one before
    with only COORDINATED_GAP between them: "Yugoslavia had repaid 640 mln dlrs of principal and 325 mln dlrs of interest"
    (both payments to creditors); "repaid 500 mln dlrs out of the 14 billion dlrs" (a part of a total) and "repaid 500 mln
    dlrs and lost 40 mln" (another verb) are not."""
    starts = []
    later = [m for m in in_order if m["char_start"] >= fig["char_end"]]
    end = fig["char_end"]
    for m in later:
        gap = COORDINATED_GAP.fullmatch(text, end, m["char_start"])
        if gap is None or m["unit"] not in units or NOT_COORDINATED & {w.lower() for w in regex.findall(r"[\w'’-]+", gap.group())}:
            break
        starts.append(m["char_start"])
        end = m["char_end"]
    return starts


# a fragment opening on its figure, as a quote broken by "..." goes on: 'It is in fact running ... Over four billion and we
# will be trying to bring that in close to target'
OPENING_FIGURE = regex.compile(r"[\"“'‘]?\s*" + LEADING_TIME
                               + r"(?:(?:over|about|around|some|nearly|almost|more\s+than|less\s+than|under|below|above)\s+)?",
                               regex.IGNORECASE)
OPENING_REACH = 2  # sentences after the latest claim


def opens_with_figure(text: str, sentence, ms: list[dict], index: int, state: dict) -> bool:
    """Whether a sentence opens on its figure shortly after a claim of a scored metric (a fragment going on with it)."""
    if state["last_index"] is None or index - state["last_index"] > OPENING_REACH or state["last_metric"] not in _cuelexicon.SCORED:
        return False
    return opening_figure(text, sentence, ms)


def opening_figure(text: str, sentence, ms: list[dict]) -> bool:
    """Whether a sentence opens on one of its figures ("Over four billion and ...", "166 million euros will be saved")."""
    m = OPENING_FIGURE.match(text, sentence.start, sentence.end)
    return m is not None and any(x["char_start"] == m.end() for x in ms)


# a level put "at" a figure or an owner "with" it: "Lithuania is put at 4.0%, Latvia at 3.73%", "the United States is estimated
# at 3.22%", "Poland leads with 4.1%, followed by Estonia with 3.4%"
LEVEL_AT = regex.compile(r"\b(?:at|with)\s+(?:(?:about|around|roughly|some|nearly|almost|an\s+estimated|just\s+over|just\s+under)\s+)?$",
                         regex.IGNORECASE)
LEVEL_AT_REACH = 30  # chars before a figure


def _level_list(text: str, sentence, ms: list[dict], index: int, state: dict) -> bool:
    """Whether a sentence right after a claim's sentence only lists levels "at" (or owners "with") figures of the claim's unit ("Poland will
    spend 4.48% of its GDP on defence ... Lithuania is put at 4.0%, Latvia at 3.73% and Estonia at 3.38%"): the same
    measure for other owners."""
    if state["last_index"] != index - 1 or state["last_metric"] not in _cuelexicon.SCORED:
        return False
    units = state.get("last_units", ())
    return all(m["unit"] in units and LEVEL_AT.search(text, max(sentence.start, m["char_start"] - LEVEL_AT_REACH), m["char_start"])
               for m in ms)


# "it" standing for the claim just made, a few words before a figure: "The opposition wants it cut to 9 billion euros",
# "Economists put it at 13.5 billion"
# (the object of a verb, sized by a preposition: not "it also found 12.1 trillion pesos", where "it" is who reports)
IT_BEFORE = regex.compile(r"\b(?:it|them)\s+(?:[a-z]+\s+)?(?:to|at|by|below|under|above|around)\s+"
                          r"(?:(?:about|around|some|roughly|nearly|almost|just)\s+)?$", regex.IGNORECASE)
IT_REACH = 50  # chars before a figure


def _pronoun_figure(text: str, sentence, ms: list[dict], index: int, state: dict) -> bool:
    """Whether a sentence right after a claim's sentence sizes "it" (that claim's subject) by a figure of the claim's unit."""
    if state["last_index"] != index - 1 or state["last_metric"] not in _cuelexicon.SCORED:
        return False
    units = state.get("last_units", ())
    return any(m["unit"] in units and IT_BEFORE.search(text, max(sentence.start, m["char_start"] - IT_REACH), m["char_start"])
               for m in ms)


def _bare_share(text: str, sentence, ms: list[dict], index: int, state: dict, ctx_of) -> bool:
    """A percent with no metric word, in a sentence taking a stance ("would not commit to 5%", "need about 3.5%",
    "floated 5% of GDP for allies"), shortly after a claim of a scored metric: it speaks of that metric. A sum needs a
    decision on it; a sum a sentence only says "will" or "would" happen to, or asks for ("should", "urged": SUM_ASKS), is the
    story's only when a state, government or international body is named in it by name (`ctx_of()`: the article's
    context): "The administration will request 500 mln dlrs", "the new duties should bring in 40 mln pounds, the finance minister said",
    not "exchequer transactions will add some 140 mln stg to the system" or "the project, which is expected to cost 1.5
    billion dlrs"."""
    if state["last_index"] is None or index - state["last_index"] > BARE_SHARE_REACH \
            or state["last_metric"] not in _cuelexicon.SCORED:
        return False
    # a sum of money needs a decision on it ("would provide 300 mln marks", "proposed a 8.4 billion dlr program")
    shares = all(m["unit"] == "percent" for m in ms)
    if shares and "percent" not in state.get("last_units", ()) \
            and not any(m.get("basis") or _basis.figure_tail(text, m["char_end"], sentence.end)[1] for m in ms):
        # "24.2 trillion pesos is earmarked for subsidies ... could cut poverty levels to 36%": a share speaks of the
        # share just claimed, not of a sum (a share of GDP or GNI may size the sum: "the plan would equal about 1.2% of GNI")
        return False
    types = {h.entry["claim_type"] for h in _stance.stance_cues().finditer(text, sentence.start, sentence.end)}
    if resisted_request_hits(text, sentence, []):
        types.add("rejection")  # "Tokyo has resisted U.S. calls to go to 3.5% of GDP": a refusal (resistedcall)
    if shares:
        return not types.isdisjoint(BARE_SHARE_TYPES)
    if not types.isdisjoint(BARE_SUM_DECISIONS):
        return True
    return not types.isdisjoint(SUM_ASKS) and _roles.names_public_body(ctx_of(), sentence, by_name=True)


# a share a state spent or spends, right after the verb: "Denmark spent about 2.37% of GDP last year"
SPENT_BEFORE = regex.compile(r"\b(?:spent|spends|spend|spending)\s+(?:(?:about|around|roughly|some|nearly|almost|an\s+estimated|only|just|"
                             r"just\s+over|just\s+under|more\s+than|less\s+than)\s+)?$", regex.IGNORECASE)
SPENT_REACH = 30  # chars before a figure
SPENT_SHARE_METRICS = frozenset({"defense_spending"})  # a story's metrics a bare spent share of GDP goes on with


def _spent_share(text: str, sentence, ms: list[dict], index: int, state: dict, ctx_of) -> bool:
    """Whether a sentence shortly after a defence claim says a state it names by name spent or spends a share of GDP, with
    no metric word ("Denmark spent about 2.37% of GDP last year, NATO estimates show" after "... will lift Denmark's
    military spending to more than 3% of GDP"): the level of the same spending (modern47). Only in a defence story: after a
    deficit's claim, "the government spent 45% of GDP" is its whole spending, not the deficit."""
    if state["last_index"] is None or index - state["last_index"] > BARE_SHARE_REACH \
            or state["last_metric"] not in SPENT_SHARE_METRICS or not ms:
        return False
    if not all(m["unit"] == "percent" and m.get("basis") in ("GDP", "GNP") for m in ms):
        return False
    if not any(SPENT_BEFORE.search(text, max(sentence.start, m["char_start"] - SPENT_REACH), m["char_start"]) for m in ms):
        return False
    return _roles.names_public_body(ctx_of(), sentence, by_name=True)


# every regex pattern above runs as its standard-re twin on ASCII text (lexicon.AsciiTwin: the same matches, less CPU)
from .lexicon import ascii_twins as _ascii_twins  # noqa: E402  (after the patterns it replaces)

_ascii_twins(globals())
