"""What a figure measures: the metric cue of ``metric_cues.csv`` that governs it, and the metric it stands for.

``metric_of`` turns the governing cue into a metric: a specific cue is its metric; a weak word ("budget", "spend",
"debts") stands for the specific cue of its sentence or the article's topic among its ``resolves``, unless that cue is
compared beyond the figure, governs another figure, is what a sum pays for or is aimed at, or is a budget's part; a
stock beside its flow ("debt" beside "deficit") is the stock only where it governs; an anaphoric verb takes its
clause's noun ("revenue will reach"); a weak word that is the whole a share is taken of ("20 pct of the national
budget of 70 billion") is the total; a negative cue (company, market, poll) governing the figure means it is no claim.

The steps before it are modules of their own, in the order they import one another (none imports ``metric``):
``basis`` (basis phrases: what a share is taken of), ``cuelexicon`` (the metric cue lexicon and a sentence's cues,
less owners that are no state), ``cuescope`` (the scope rule: which cue governs a figure), ``metrictopic`` (topics:
the article's metric a weak or anaphoric word may take), ``budgetwords`` (what a budget word names: its own size, the whole
state's budget, a balance's budget; whether a sentence names a budget's total or aggregates). ``metric`` keeps the
resolution of a weak word and the checks other modules ask (``own_noun``, ``resolved_in_sentence``).
"""
from __future__ import annotations

import bisect
import functools

import regex

from .lexicon import Hit, read_rows
from .cuelexicon import UNSCORED
from .cuescope import (
    BUDGET_WORDS, CLAUSE_BREAK, CLAUSE_SCAN, DENOMINATOR, IN_OF_MODIFIED, IN_OF_NOUN, MEANS_REACH, OWN_FIGURE,
    PARTICIPLE_ASIDE, SHORT_LIST, budget_as_place, in_parts_aside, means_regex, means_before_regex, purpose_regex, governing_cue,
)
from .metrictopic import DEBT_STOCKS
from .budgetwords import BALANCES, balance_of_budget, sized_budget, sizes_word, whole_state_budget


def metric_of(hit: Hit | None, hits: list[Hit] = (), topics=(), figure: tuple[int, int] | None = None,
              figures: list[tuple[int, int]] = (), text: str | None = None) -> str | None:
    """The metric a governing cue names (None for no cue or a negative cue).

    A weak word with a `resolves` list ("budget", "deficit", "the surplus") stands for the nearest
    cue of its sentence that names one of those metrics outright, else for the article's topic
    among them. Given the figure it governs and the sentence's figures, a cue after the weak word with
    another figure in between, governing that figure, is its own, not the weak word's (`_owned_by_other_figure`).
    """
    if hit is None:
        return None
    metric = hit.entry["metric"]
    if metric == "NONE":
        return None
    resolves = hit.entry.get("resolves") or ""
    if resolves and metric != "CARRY" and text is not None and figure is not None and _is_whole(text, hit, figure, figures):
        return metric  # "defence expenditure was 20 pct of the national budget of 70 billion": the whole is no part's
    if metric == "CARRY" and resolves == "*" and text is not None:
        # (an inclusion phrase's own nouns before the verb are no subject: "total borrowing including the special funds for
        # the armed forces would reach")
        subject = _subject_before_inclusion(text, hit, hits) or _clause_subject(text, hit, hits) \
            or _subject_before_relative(text, hit, hits) or _subject_before_figure_aside(text, hit, hits)
        if subject is not None:  # "revenue will reach 647.2 billion": what reaches it is the clause's own noun
            return metric_of(subject, [h for h in hits if h is not hit], topics, figure, figures, text)
    if resolves and hit.entry["cue"] in BUDGET_WORDS and figure is not None and text is not None \
            and whole_state_budget(text, hit, figure, hits) and not balance_of_budget(text, hit, hits):
        # "Defence Minister Novak said the 1988 state budget of 300 billion crowns would ...", "a 40 billion crown national
        # budget, of which defence gets 10 billion": the state's whole budget the figure sizes is its spending total, never
        # the part (defence, aid) a defence story's topic or a cue beside it names
        return "public_spending"
    if resolves:
        names = resolves.split("|")
        if hit.entry["cue"] in BUDGET_WORDS and figure is not None and text is not None and sized_budget(text, hit, figure) \
                and not balance_of_budget(text, hit, hits):
            # "an annual budget of about 36 billion Ecus ... an expected shortfall of five billion", "a 25 billion dlr state
            # budget": a budget the figure sizes is its total, never the balance a deficit word beside it names
            names = [n for n in names if n.lstrip("~") not in BALANCES]
        allowed = None if resolves == "*" else {n.lstrip("~") for n in names}
        from_topic = None if resolves == "*" else {n for n in names if not n.startswith("~")}
        if hit.entry.get("contextual") and metric != "CARRY":
            # a word its context has read ("Borrowing figures for 2003/4 are £35bn" in a budget sentence: the deficit) takes
            # another metric from its own sentence only, not from the story's latest claim (a debt figure just before)
            from_topic = set()
        # any cue of its sentence that names one of those metrics outright ("spending 2% of GDP on defence")
        nearest = _nearest_specific(hit, hits, resolves, allowed)
        parallel = nearest is not None and text is not None and _own_in_noun(text, hit, figure) \
            and _in_noun_of_other_figure(text, nearest, figure, figures)
        apart = nearest is not None and _part_named_apart(text, metric, hit, nearest, hits, figure, figures)
        if apart and from_topic:
            # "extra spending of about 80 billion crowns ..., and repeated that defence spending would rise to 3.5% of GDP":
            # the sentence gives the part its own figure, so neither that cue nor a story's topic naming the part (a defence
            # story) is what the whole's figure measures
            from_topic = from_topic - {nearest.entry["metric"]}
        if nearest is not None and text is not None and (
                _owned_by_other_figure(text, hit, nearest, hits, figure, figures)
                or _compared_beyond(text, nearest, figure)
                or (metric == "CARRY" and _pays_for(text, hit, nearest, hits, figure, figures))
                or (metric == "CARRY" and _coordinated_own(text, nearest, hits, figure, figures))
                or _aimed_at(text, hit, nearest)
                or ("~" + nearest.entry["metric"] in names and _office_title(text, nearest))
                or (figure is not None and nearest.start >= figure[1] and _office_title(text, nearest))
                or (metric in DEBT_STOCKS and nearest.entry["metric"] == "debt_service"
                    and (_governs_other_figure(text, nearest, hits, figure, figures) or _stock_named_by_figure(text, hit, figure)))
                or (metric == "public_spending" and sizes_word(text, hit, figure) and nearest.start >= hit.end
                    and _names_later_figure(text, nearest, hits, figure, figures))
                or parallel
                or (figure is not None and hit.end <= nearest.start and nearest.end <= figure[0]
                    and in_parts_aside(text, nearest, hit.end, figure[0]))
                or apart):
            # (metric27) "Germany's 2024 federal budget, including defence, social spending and interest payments, totals 476.8
            # billion euros": a part the inclusion aside after the weak word lists is no reading of the total
            # ("Its total debt now stands at about 500 mln dlrs, with annual interest payments of nearly three mln dlrs": a
            # debt's service measuring a figure of its own is the flow beside the stock, as below)
            # "The increase, from about 2.3% today, will be paid for by cutting overseas development aid from 0.5% to 0.3%":
            # what pays for it, with figures of its own, is not what "the increase" is
            nearest = None
        if parallel and metric != "CARRY":
            # (metric27) "9 billion dlrs in domestic cuts, 9 billion dlrs in defense spending and the rest in taxes": the sum's own
            # weak noun, beside sums with nouns of their own, is its own default, not the story's latest topic
            return metric
        if nearest is None:
            nearest = _sentence_only_word(hit, hits, names)
            apart = nearest is not None and _part_named_apart(text, metric, hit, nearest, hits, figure, figures)
            if apart and from_topic:
                from_topic = from_topic - {nearest.entry["metric"]}
            if nearest is not None and text is not None \
                    and (_owned_by_other_figure(text, hit, nearest, hits, figure, figures)
                         or apart
                         or (metric in DEBT_STOCKS and _governs_other_figure(text, nearest, hits, figure, figures))
                         or (metric in DEBT_STOCKS and nearest.entry["metric"] == "debt_service"
                             and _stock_named_by_figure(text, hit, figure))):
                # "an 18.3 trillion yen budget ..., funded by 11.7 trillion yen in new government bonds"; "the deficit
                # narrowed to 3.2% of GDP while debt stood at 81.0%": a debt is a stock, and a deficit word measuring a
                # figure of its own is the flow beside it (a bare "budget" beside a deficit figure is the same balance:
                # "projected a deficit of 78.3 billion in its first budget, more than double the 36.3 billion")
                nearest = None
        if nearest is not None:
            return nearest.entry["metric"]
        stock = _stock_beside_flow(text, hit, hits, figure, figures) if metric in DEBT_STOCKS else None
        if stock is not None:
            return stock
        if metric == "CARRY":
            # an anaphoric word ("to reach", "the target") in a sentence naming its metric with a weak word of its own
            # ("France's deficit is forecast to reach 5.4%"): that word, resolved in turn
            own = [h for h in hits if h is not hit and h.entry["metric"] not in ("NONE", "CARRY")
                   and not (text is not None and (_pays_for(text, hit, h, hits, figure, figures) or _aimed_at(text, hit, h)
                                                  or _coordinated_own(text, h, hits, figure, figures)))]
            if own:
                return metric_of(min(own, key=lambda h: abs(h.start - hit.start)), [h for h in hits if h is not hit], topics)
        if hit.entry.get("balance") and metric == "fiscal_deficit" and text is not None \
                and GOVERNMENT_BALANCE.search(text, max(0, hit.start - GOVERNMENT_REACH), hit.start):
            # "The central government ran a deficit of 150 billion lira", "the government's deficit": a government's own
            # balance is its budget's, whatever the story's latest topic (a current account is a country's)
            return metric
        if hit.entry.get("balance") and metric == "fiscal_deficit" and _budget_sentence(hit, hits):
            # "revenues for 1986/87 were cut 38.6 pct and spending 11 pct, doubling the nominal deficit to 1.33 billion dinars":
            # a bare balance word in a sentence on a budget's own totals is the budget's, whatever the story's latest topic
            return metric
        # the article's latest topic among them (its claims so far, its headline), unless marked "~"
        # (sentence only: a bare "budget" is not the deficit)
        if isinstance(topics, str):
            topics = [topics]
        for topic in reversed(topics or ()):
            if topic and (from_topic is None or topic in from_topic):
                return topic
            if topic in BUDGET_TOTALS and hit.entry.get("balance") and metric == "fiscal_deficit" \
                    and from_topic and metric in from_topic:
                # (metric26) "The government's budget for next year includes spending of 115.5 trillion yen. The deficit
                # will narrow ...": a bare balance word right after a budget's own totals is that budget's balance, not
                # the balance of an earlier topic of the story (a current account)
                return metric
        stock = _stock_of_sentence(hit, hits) if metric in DEBT_STOCKS else None
        if stock is not None:
            return stock
        if metric in DEBT_STOCKS:
            # no debt in the story yet: a bare debt in a story on a budget deficit is the public debt it adds to ("France's
            # deficit ... The debt keeps rising"), in one on the current account the foreign debt
            for topic in reversed(topics or ()):
                if topic in STOCK_OF_STORY:
                    return STOCK_OF_STORY[topic]
    return None if metric == "CARRY" else metric


# what a figure is set against: "a deficit of 2.3 billion dlrs in 1988, compared with a current account gap of 4 billion"
COMPARED_WITH = regex.compile(r"\b(?:compared\s+(?:with|to)|as\s+against|against|versus|unlike)\b", regex.IGNORECASE)


def _compared_beyond(text: str, specific: Hit, figure: tuple[int, int] | None) -> bool:
    """Whether a specific cue after the figure stands beyond a comparison or a clause break: it names what the figure is set
    against ("a deficit of 2.3 billion dlrs, compared with a current account gap of 4 billion"), not what a weak word
    before the figure is."""
    if figure is None or specific.start < figure[1]:
        return False
    return COMPARED_WITH.search(text, figure[1], specific.start) is not None \
        or CLAUSE_SCAN.search(text, figure[1], specific.start) is not None


def _owned_by_other_figure(text: str, hit: Hit, specific: Hit, hits: list[Hit], figure: tuple[int, int],
                           figures: list[tuple[int, int]]) -> bool:
    """Whether a specific cue after a weak word is the governing cue of another figure between the two.

    "about 1.26% of ..., up from roughly 1.13% in the current budget, and would set aside 131 billion euros for
    defence": "defence" says what the 131 billion is for, not what the budget is. Still the weak word's when the
    figure in between is its own ("spending 2% of GDP on defence") or a restatement governed by another word
    ("earmarks 59.8 billion baht, or 24.6 pct of total expenditure, for servicing the ... debt")."""
    # only after the weak word: a specific cue before it governing a figure in between states what the sentence is about
    # ("government debt should be under 40% - in contrast to the 60% allowed under the growth and stability pact")
    if specific.start < hit.end or figure is None:
        return False
    return any(a >= hit.end and b <= specific.start and not (a >= figure[0] and b <= figure[1])
               and governing_cue(text, a, b, hits, figures) is specific
               for a, b in figures)


# the debt a balance adds to: a budget deficit measured beside a bare "debt" makes it the public debt ("keep deficits below
# 3% of GDP and debt below 60%"), a current-account deficit the foreign debt; in a story on a state's budget (its spending,
# its taxes) the debt is the state's own
STOCK_OF_FLOW = {"fiscal_deficit": "public_debt", "current_account": "external_debt"}
# (metric26) a budget's own totals: the latest topic a bare balance word after them takes as that budget's balance
BUDGET_TOTALS = frozenset({"public_spending", "tax_revenue"})
STOCK_OF_STORY = {**STOCK_OF_FLOW, "public_spending": "public_debt", "tax_revenue": "public_debt"}


def _stock_beside_flow(text: str | None, hit: Hit, hits: list[Hit], figure: tuple[int, int] | None,
                       figures: list[tuple[int, int]]) -> str | None:
    """The debt stock a bare debt word is, from the one balance its sentence measures by another figure, if any."""
    if text is None or figure is None:
        return None
    stocks = {STOCK_OF_FLOW[h.entry["metric"]] for h in hits
              if h is not hit and h.entry["metric"] in STOCK_OF_FLOW and _governs_other_figure(text, h, hits, figure, figures)}
    return stocks.pop() if len(stocks) == 1 else None


# a government as the owner of a bare balance word, or as the subject of running, posting or targeting it
GOVERNMENT_BALANCE = regex.compile(r"\b(?:government|treasury)(?:['’]s\s+(?:[\w-]+\s+)?|\s+(?:ran|runs|run|running|posted|posts|"
                                   r"targets?|targeted|aims?\s+(?:for|at)|recorded|records)\s+(?:(?:an?|its|the)\s+)?(?:[\w-]+\s+)?)$",
                                   regex.IGNORECASE)
GOVERNMENT_REACH = 60  # chars before the balance word


def _budget_sentence(hit: Hit, hits: list[Hit]) -> bool:
    """Whether a sentence names a budget's own totals (its spending or its revenue, in words read so by context too) beside a
    balance word, and no other balance of its own (trade, payments, the current account)."""
    # (a bare "budget" is no total: "below the Treasury forecast issued with the 1986/87 Budget papers" is a document)
    return any(h is not hit and h.entry["metric"] in ("public_spending", "tax_revenue", "defense_spending")
               and h.entry["cue"].lower() not in BUDGET_WORDS
               for h in hits) \
        and not any(h is not hit and h.entry["metric"] in ("current_account", "other") for h in hits)


def _stock_of_sentence(hit: Hit, hits: list[Hit]) -> str | None:
    """The debt stock a bare debt word is, from the state's finances its own sentence names (a budget, its spending, its
    taxes, its deficit) when the story has named no debt: "Italy's budget targets debt of 135% of GDP" is the public debt
    (one reading only: a current account beside a budget leaves it open)."""
    stocks = {STOCK_OF_STORY[h.entry["metric"]] for h in hits
              if h is not hit and h.entry["metric"] in STOCK_OF_STORY and not h.entry.get("contextual")}
    return stocks.pop() if len(stocks) == 1 else None


def _aimed_at(text: str, hit: Hit, other: Hit) -> bool:
    """Whether a later cue stands beyond a purpose marker after a weak word (what the weak word's thing is for)."""
    return other.start >= hit.end and purpose_regex().search(text, hit.end, other.start) is not None


def _pays_for(text: str, hit: Hit, other: Hit, hits: list[Hit], figure, figures) -> bool:
    """Whether a later cue, beyond a means or a clause break and measuring figures of its own, is something else than what an
    anaphoric word stands for."""
    return _beyond_means(text, hit, other) and _governs_other_figure(text, other, hits, figure, figures)


def _beyond_means(text: str, hit: Hit, other: Hit) -> bool:
    """Whether a means ("paid for by", "financed by") or a clause break stands between a cue and a later one."""
    if other.start < hit.end:
        return False
    return means_regex().search(text, hit.end, other.start) is not None \
        or CLAUSE_BREAK.search(text, hit.end, other.start) is not None


def _governs_other_figure(text: str, cue: Hit, hits: list[Hit], figure: tuple[int, int] | None,
                          figures: list[tuple[int, int]]) -> bool:
    """Whether a cue is the governing cue of a figure of its sentence other than `figure`."""
    if figure is None or len(figures) > SHORT_LIST:
        return False  # a long list of figures (tables): no look-up per pair of figures
    return any(not (a >= figure[0] and b <= figure[1]) and governing_cue(text, a, b, hits, figures) is cue
               for a, b in figures)


# per kind ("figures", "cues"): (list kept alive, its items sorted by end, their ends): one sort per sentence's list
_last_ends: dict = {}


def _by_end(kind: str, items: list, end) -> tuple[list, list]:
    """A sentence's figures or cues sorted by their end, for bisecting (built once per list: no scan per figure)."""
    seen = _last_ends.get(kind)
    if seen is None or seen[0] is not items:
        ordered = sorted(items, key=end)
        seen = _last_ends[kind] = (items, ordered, [end(x) for x in ordered])
    return seen[1], seen[2]


NAMED_FIGURE_REACH = 60  # chars from a cue to the later figure whose noun phrase it is in


def _names_later_figure(text: str, cue: Hit, hits: list[Hit], figure: tuple[int, int] | None,
                        figures: list[tuple[int, int]]) -> bool:
    """Whether a cue stands in the noun phrase of a later figure of its sentence: that figure's governing cue is the cue
    itself or one after it ("... that lifts defence-related spending to about 11 trillion yen")."""
    if figure is None or len(figures) > SHORT_LIST:
        return False
    for a, b in figures:
        if a < cue.end or a - cue.end > NAMED_FIGURE_REACH or (a >= figure[0] and b <= figure[1]):
            continue
        governing = governing_cue(text, a, b, hits, figures)
        if governing is not None and cue.start <= governing.start and governing.end <= a:
            return True  # (its cue before it, from this cue on: "... a 10.15 billion surplus in the capital account,
            # turning round December's 6.48 billion deficit" is the deficit word's own figure, after it)
    return False


# a clause coordinated after the figure's own: "total spending of about 520 billion euros, and defence outlays ..."
COORDINATED_CLAUSE = regex.compile(r",\s+and\s", regex.IGNORECASE)


def _stock_named_by_figure(text: str | None, hit: Hit, figure: tuple[int, int] | None) -> bool:
    """(metric25) Whether a debt word is the figure's own noun right after it ("seeking to reschedule about 9.4 billion dlrs of
    debt", "its 68 billion dlr debt"): the sum sizes the stock, whatever servicing word ("the country's interest bill") the
    sentence goes on to name."""
    if text is None or figure is None or hit.start < figure[1]:
        return False
    gap = text[figure[1]:hit.start]
    return not gap.strip() or IN_OF_NOUN.fullmatch(gap) is not None


def _own_in_noun(text: str | None, hit: Hit, figure: tuple[int, int] | None) -> bool:
    """(metric27) Whether a weak word is the figure's own "in"/"of" noun right after it ("15 billion euros in fresh taxes and 10
    billion euros of departmental cuts", "9 billion dlrs in domestic cuts, 9 billion dlrs in defense cuts"): a specific cue
    of the sentence in another sum's own "in"/"of" noun (the taxes, the defence cuts: `_in_noun_of_other_figure`) is that
    sum's, not what this sum's cuts are; the weak word keeps its own default (or the story's topic)."""
    if text is None or figure is None or hit.start < figure[1]:
        return False
    return _own_in_of_gap(text, figure[1], hit.start)


# (metric27) what a sum consists of: "in" or "of" ("1.5% for related spending" says what it is for, not what it is)
OWN_IN_OF = regex.compile(r"\s+(?:in|of)\s", regex.IGNORECASE)


def _own_in_of_gap(text: str, start: int, end: int) -> bool:
    """(metric27) Whether text[start:end], from a sum's end to a cue, is the sum's own "in"/"of" (an IN_OF_NOUN or
    IN_OF_MODIFIED gap opening on OWN_IN_OF): "in", "of new", "in domestic" before the noun the sum consists of."""
    return OWN_IN_OF.match(text, start, end) is not None \
        and (IN_OF_NOUN.fullmatch(text, start, end) is not None or IN_OF_MODIFIED.fullmatch(text, start, end) is not None)


def _in_noun_of_other_figure(text: str, cue: Hit, figure: tuple[int, int], figures: list[tuple[int, int]]) -> bool:
    """(metric27) Whether a cue stands right after another figure's "in"/"of" ("9 billion dlrs in defense cuts"): it is in that
    figure's own noun."""
    return any(b <= cue.start and not (a >= figure[0] and b <= figure[1]) and _own_in_of_gap(text, b, cue.start)
               for a, b in figures)


def _coordinated_own(text: str | None, cue: Hit, hits: list[Hit], figure: tuple[int, int] | None,
                     figures: list[tuple[int, int]]) -> bool:
    """(metric25) Whether a cue after an anaphoric word's figure stands in a clause coordinated after it (", and") and in the
    noun phrase of a later figure of its own: "Portugal has said it will reach 2% of GDP this year, ..., and Finance Minister
    Sarmento still expects a small budget surplus of about 0.3% of GDP" (the surplus is its own figure's; what "reach" goes on
    about is the story's)."""
    if text is None or figure is None or cue.start < figure[1] \
            or COORDINATED_CLAUSE.search(text, figure[1], cue.start) is None:
        return False
    return _names_later_figure(text, cue, hits, figure, figures)


def _part_named_apart(text: str | None, metric: str, hit: Hit, cue: Hit, hits: list[Hit], figure: tuple[int, int] | None,
                      figures: list[tuple[int, int]]) -> bool:
    """Whether a spending or budget word before the figure sizes it as its own ("total spending of about 520 billion euros",
    "extra spending of about 80 billion crowns") and a specific cue in a clause coordinated after the figure stands in the
    noun phrase of a later figure ("..., and defence outlays rising to roughly 108 billion euros", "..., and repeated that
    defence spending would rise to 3.5% of GDP"): the sentence gives the part a figure of its own, so neither that cue nor a
    story's topic naming the part (a defence story) is what the whole's figure measures."""
    if metric != "public_spending" or text is None or figure is None or hit.end > figure[0] or not sized_budget(text, hit, figure):
        return False  # (the part in the figure's own phrase is what it is spent on: "spending 4.12% of GDP on defence")
    return _coordinated_own(text, cue, hits, figure, figures)  # the part: a cue of a later figure after ", and"


def _is_whole(text: str, hit: Hit, figure: tuple[int, int], figures: list[tuple[int, int]]) -> bool:
    """Whether a weak word is the whole another figure of its sentence is a share of ("20 pct of the national 1987 budget
    of 70 billion rupees"): that budget is the total, whatever the share's own metric."""
    ordered, ends = _by_end("figures", figures, lambda f: f[1])
    for k in range(bisect.bisect_left(ends, hit.start - SUBJECT_REACH), bisect.bisect_right(ends, hit.start)):
        a, b = ordered[k]
        if not (a >= figure[0] and b <= figure[1]):
            m = DENOMINATOR.match(text, b, hit.start)
            if m is not None and m.end() == hit.start:
                return True
    return False


SUBJECT_REACH = 40  # chars between an anaphoric verb and its clause's noun ("revenue will reach", "debt is expected to reach")


def _clause_subject(text: str, hit: Hit, hits: list[Hit]) -> Hit | None:
    """The metric word just before an anaphoric verb in its own clause ("while revenue will reach 647.2 billion"), if any."""
    ordered, ends = _by_end("cues", hits, lambda h: h.end)
    # (a budget named as a place, "Spending on debt interest in the budget will reach", is no subject)
    before = [ordered[k] for k in range(bisect.bisect_left(ends, hit.start - SUBJECT_REACH), bisect.bisect_right(ends, hit.start))
              if ordered[k].entry["metric"] not in ("NONE", "CARRY")
              and not (ordered[k].entry["cue"] in BUDGET_WORDS and budget_as_place(text, ordered[k]))]
    if not before:
        return None
    subject = before[-1]
    if means_before_regex().search(text, max(0, subject.start - MEANS_REACH), subject.start):
        # "Defence spending will be financed by debt and reach 3.5% of GDP": a means is no subject; the clause's subject is
        # the word before it, when its own gap holds no figure or other clause
        earlier = [h for h in ordered if h.end <= subject.start and h.entry["metric"] not in ("NONE", "CARRY")]
        if not earlier or subject.start - earlier[-1].end > SUBJECT_REACH:
            return None
        subject = earlier[-1]
    gap = text[subject.end:hit.start]
    if CLAUSE_BREAK.search(gap) or regex.search(r"\d|,", gap):
        return None  # another clause, or a figure of its own in between
    return subject


# a relative clause between a subject and its anaphoric verb: "The budget deficit, which spending cuts of 3 billion euros
# would reduce, is expected to reach 11 billion euros"
RELATIVE_BEFORE = regex.compile(r",\s+(?:(?:which|that|who)\b|" + PARTICIPLE_ASIDE + r")[^,;]{0,120},\s+(?:[\w'’-]+\s+){0,4}$",
                                 regex.IGNORECASE)
RELATIVE_REACH = 200  # chars back from the verb


def _metric_word_before(text: str, opening: int, hits: list[Hit]) -> Hit | None:
    """The metric word that ends nearest before `opening` (a relative clause's or an aside's start), if no clause break,
    digit or comma stands between them and it lies within SUBJECT_REACH: the subject the clause or aside follows."""
    before = [h for h in hits if h.end <= opening and h.entry["metric"] not in ("NONE", "CARRY")]
    if not before:
        return None
    subject = max(before, key=lambda h: h.end)
    gap = text[subject.end:opening]
    if opening - subject.end > SUBJECT_REACH or CLAUSE_BREAK.search(gap) or regex.search(r"\d|,", gap):
        return None
    return subject


def _subject_before_relative(text: str, hit: Hit, hits: list[Hit]) -> Hit | None:
    """The metric word right before a relative clause that an anaphoric verb follows, if any: the clause's own cues (its
    figures' nouns) say nothing of what the verb's subject is."""
    m = RELATIVE_BEFORE.search(text, max(0, hit.start - RELATIVE_REACH), hit.start)
    if m is None:
        return None
    return _metric_word_before(text, m.start(), hits)


# (cmetric22) an aside sizing the subject with a figure of its own between it and its anaphoric verb: "The shortfall, some 12 pct
# of expenditure, is expected to reach 8 billion" (what the aside's share is taken of is no subject)
FIGURE_ASIDE_BEFORE = regex.compile(r",\s+(?:(?:some|about|around|roughly|nearly|almost|or|equal\s+to|equivalent\s+to|"
                                    r"estimated\s+at|put\s+at)\s+)?\d[^,;()]{0,60},\s+(?:[\w'’-]+\s+){0,4}$", regex.IGNORECASE)
FIGURE_ASIDE_REACH = 120  # chars back from the verb


def _subject_before_figure_aside(text: str, hit: Hit, hits: list[Hit]) -> Hit | None:
    """The metric word right before a comma aside that opens with a figure, when an anaphoric verb follows the aside."""
    m = FIGURE_ASIDE_BEFORE.search(text, max(0, hit.start - FIGURE_ASIDE_REACH), hit.start)
    if m is None:
        return None
    return _metric_word_before(text, m.start(), hits)


# an inclusion phrase between a subject and its anaphoric verb: "total borrowing including the special funds for
# infrastructure and the armed forces would reach about 180 billion euros" (what the phrase includes is no subject)
INCLUSION_GAP = regex.compile(r"\s+(?:including|excluding|counting|not\s+counting|plus)\s+[^,;.\d]{1,120}?\s+"
                              r"(?:would|will|could|should|may|might|is|are|was|were)\s+(?:(?:be|been|now|then|also|still|expected|"
                              r"set|likely|forecast|projected|to)\s+){0,3}$", regex.IGNORECASE)
INCLUSION_REACH = 160  # chars back from the verb


def _subject_before_inclusion(text: str, hit: Hit, hits: list[Hit]) -> Hit | None:
    """The metric word right before an inclusion phrase that an anaphoric verb follows, if any."""
    before = text[max(0, hit.start - INCLUSION_REACH):hit.start]
    if "clud" not in before and "ount" not in before and "plus" not in before:
        return None
    for h in sorted((h for h in hits if h is not hit and h.end <= hit.start and hit.start - h.end <= INCLUSION_REACH
                     and h.entry["metric"] != "NONE"), key=lambda h: h.end):
        if INCLUSION_GAP.fullmatch(text, h.end, hit.start):
            return h  # (the earliest: the phrase's own nouns follow it)
    return None


def _sentence_only_word(hit: Hit, hits: list[Hit], names: list[str]) -> Hit | None:
    """The nearest word of the sentence naming, by its own default, a metric the weak word takes from its sentence only.

    "~fiscal_deficit" of "budget": a bare budget is no deficit, but "its list of deficit rule breakers ... to bring their
    budgets below 3%" says which balance it is, though "deficit" is itself a weak word."""
    only = {n[1:] for n in names if n.startswith("~")}
    near = [h for h in hits if h is not hit and h.entry["metric"] in only and int(h.entry.get("weight") or 0) <= 1
            and not h.entry.get("contextual")]
    return min(near, key=lambda h: abs(h.start - hit.start)) if near else None


def _is_specific(h: Hit, allowed, balance: bool = False) -> bool:
    # the weakest words ("exports", "imports", "the rise") name no metric for another word to take: "the 1987 deficit will
    # exceed one billion dlrs, because a spurt in exports is expected to slow" is the current account's, not "other"
    # a weak balance word takes an unscored metric only from a balance ("the trade surplus"), not from an interest rate or
    # reserves beside it (`balance` column of metric_cues.csv)
    return not h.entry.get("resolves") and not h.entry.get("contextual") and h.entry["metric"] not in ("NONE", "CARRY") \
        and int(h.entry.get("weight") or 0) < 3 \
        and (allowed is None or h.entry["metric"] in allowed) \
        and not (balance and h.entry["metric"] in UNSCORED and not h.entry.get("balance"))


_last_specific: tuple = (None, {})  # (hits list, kept alive; {(resolves, balance): starts and hits of its specific cues})


def _nearest_specific(hit: Hit, hits: list[Hit], resolves: str, allowed) -> Hit | None:
    """The cue of `hits` nearest `hit` (the earlier on a tie) naming one of the `allowed` metrics outright."""
    global _last_specific
    balance = bool(hit.entry.get("balance"))
    if len(hits) < SHORT_LIST:
        specific = [h for h in hits if h is not hit and _is_specific(h, allowed, balance)]
        return min(specific, key=lambda h: abs(h.start - hit.start)) if specific else None
    # a long sentence: its specific cues listed once per `resolves` and bisected (a weak word beside
    # each of thousands of figures scanned every cue of the sentence for each: quadratic)
    seen = _last_specific
    if seen[0] is not hits:
        seen = _last_specific = (hits, {})
    found = seen[1].get((resolves, balance))
    if found is None:
        specific = [h for h in hits if _is_specific(h, allowed, balance)]  # `hit` has `resolves`: never among them
        ordered = all(a.start < b.start for a, b in zip(specific, specific[1:]))
        found = seen[1][(resolves, balance)] = ([h.start for h in specific] if ordered else None, specific)
    starts, specific = found
    if starts is None:
        return min(specific, key=lambda h: abs(h.start - hit.start)) if specific else None
    i = bisect.bisect_left(starts, hit.start)
    near = [specific[k] for k in (i - 1, i) if 0 <= k < len(specific)]
    return min(near, key=lambda h: abs(h.start - hit.start)) if near else None  # min keeps the earlier on ties


# a figure's own noun straight after it: "a 12 billion dlr government deficit", "11.7 trillion yen in new government bonds"
OWN_NOUN_GAP = regex.compile(r"\s*(?:(?:in|of)\s+(?:new\s+|the\s+)?)?")


def own_noun(text: str, fig_start: int, fig_end: int, cue: Hit | None) -> bool:
    """Whether a figure's governing cue is a specific noun standing right after it, or right before it with its "of"
    ("faster than economic growth of 1%")."""
    if cue is None or cue.entry["metric"] in ("NONE", "CARRY") or cue.entry.get("resolves") \
            or int(cue.entry.get("weight") or 0) > 1:
        return False
    if cue.end <= fig_start:  # a noun with its "of" names its figure, a single word too ("the economy's growth of 1.1%")
        m = OWN_FIGURE.match(text, cue.end, fig_start)
        return m is not None and m.end() == fig_start
    # after the figure a compound ("government deficit"); a single word ("after a 1.1 billion shortfall") restates the
    # figure compared
    if int(cue.entry.get("weight") or 0) > 0 or " " not in cue.entry["cue"]:
        return False
    m = OWN_NOUN_GAP.match(text, fig_end, cue.start)
    return m is not None and m.end() == cue.start


def resolved_in_sentence(hit: Hit, hits: list[Hit], metric: str) -> bool:
    """Whether a weak cue's metric is named outright by another cue of the sentence."""
    return any(h is not hit and h.entry["metric"] == metric and int(h.entry.get("weight") or 0) < 2 for h in hits)


# every regex pattern above runs as its standard-re twin on ASCII text (lexicon.AsciiTwin: the same matches, less CPU)
from .lexicon import ascii_twins as _ascii_twins  # noqa: E402  (after the patterns it replaces)

_ascii_twins(globals())


# a capitalised cue inside an office's or a ministry's name ("Defence Minister Boris Pistorius said overall spending would
# reach ...", "the Ministry of Defence said total spending ...") names the speaker, not what a weak word of the sentence measures
# when the word takes that metric from its sentence only ("~defense_spending" of "overall spending": a whole, not a part; a
# bare "spending" in the Defence Minister's sentence stays the story's)
TITLE_REACH = 30  # chars before the cue for "Ministry of (the) "


@functools.cache
def _office_title_patterns() -> tuple:
    """(after, before): an office's or a body's noun, capitalised, right after a cue ("Defence Minister", "Defence Ministers",
    "Budget Committee") and with "of" or "for" right before one ("Ministry of (the) Defence", "Minister for Defence").

    The nouns are office_title_words.csv's, the list introduced.py reads for an official's title: its office nouns (kind
    head: minister, secretary, commissioner ...) and the nouns of bodies' names (kind body: Ministry, Department, Committee,
    Council, Board ...). (metric25: up to two capitalised words may stand between "of" and the cue: "Department of National
    Defense".) (Session 21 wrote nine of them here; reading the whole list changed none of the 25,409 corpus
    articles' claims nor the dev gold's.)"""
    words = {r["word"][:1].upper() + r["word"][1:] for r in read_rows("office_title_words.csv") if r.get("kind") in ("head", "body")}
    alternatives = "|".join(regex.escape(w) for w in sorted(words, key=lambda w: (-len(w), w)))
    return (regex.compile(r"[\s-]+(?:" + alternatives + r")s?\b"),
            regex.compile(r"\b(?:" + alternatives + r")s?\s+(?:of|for)\s+(?:the\s+)?(?:(?-i:[A-Z])[\w-]*\s+){0,2}$"))


def _office_title(text: str, cue: Hit) -> bool:
    """Whether a specific cue, as written with a capital, is part of an office's or a ministry's name (a title)."""
    if not text[cue.start:cue.start + 1].isupper() or text[cue.start:cue.end].isupper():
        return False  # (lower case is running text; a headline in capitals is left as it is)
    after, before = _office_title_patterns()
    return after.match(text, cue.end) is not None or before.search(text, max(0, cue.start - TITLE_REACH), cue.start) is not None
