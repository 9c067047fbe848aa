"""The figures of one sentence that may make claims, and what each measures.

``_figures`` gives each figure its metric cue, metric and basis: the cue that governs it (``metric``), the whole a
share is of, a debt's servicing, and what is no level of the metric ("other": a part of a debt, an item a package
holds, a source of financing, a trade balance under a bare balance word); then how the sentence's figures stand to
one another: the figure each is compared with (``modality.compared_to``; the compared one takes the head's metric and
basis unless it names its own), a second comparison of the same head, the second level of a series ("five pct of GDP
this year and 4.3 pct in 1988"), a sum taken out of a larger one, NATO's targets as defence shares, a figure no cue
reaches in one run with figures of one metric, a level restated in the other unit ("1.0 pct of GDP, or some four
billion stg"), and a basis carried along the sentence. ``metric_figures`` first narrows the story's topics a weak word
may take (a budget's own total or aggregates are not the story's part) and, under a company word, keeps only figures a
specific policy cue names (and those in one run with them); ``public_figures`` drops weak-metric figures
where the story has made no policy claim yet and names no public body. Kept apart from one figure's claim
(``claimtype``, ``plantype``, ``ruletype``, ``claim``): what a figure measures is decided for the whole sentence at
once, before any figure's stance or roles.
"""
from __future__ import annotations

import bisect

import regex

from . import (
    metric as _metric, basis as _basis, cuelexicon as _cuelexicon, cuescope as _cuescope, metrictopic as _metrictopic,
)
from . import allianceneed as _allianceneed
from . import lexicon as _lexicon
from . import cuecompound as _cuecompound
from .cuescope import CLAUSE_BREAK
from .lexicon import count_words
from . import modality as _modality
from . import levels as _levels
from . import roles as _roles
from .entities import ORGANISATION_CODES
from .story import WEAK_WEIGHT, continues_public_body, story_restatements
from .rangebasis import reread_bases
from .tariffacts import goods_rate
from .guards import specific_in_sentence, people_of_state
from .plans import PARTY_BUDGET_PLAN_SCAN
from .aid import force_receives
from .borrowedfor import borrowed_use
from .budgetlines import line_item
from . import budgetwords as _budgetwords
from .carriedsum import sized_topic
from .relativehead import relative_head
from .repaid import repaid_sum, serviced_stock, repayments_in_debt_story, loan_margins_as_other, paid_to_lenders
from .incomethreshold import income_threshold
from .tradestory import rebalance
from . import firms as _firms


# a debt is a stock owed now: "Indonesia's debt totals 37 billion dlrs" after a sentence on next year's aid is today's level
DEBT_STOCKS = frozenset({"public_debt", "external_debt"})
# trade as the subject of a clause, before its verb ("Trade should show", "while trade with Western countries plunged into")
TRADE_SUBJECT = regex.compile(r"(?:^|[;:]\s+|,\s+|\b(?:while|whereas|and|but|that|said|says|expects|expected|predicted|forecast)\s+)(?:(?:the|its|their|(?-i:[A-Z])[\w.]*['’]s?)\s+)?"
                              r"(?:foreign\s+|external\s+|merchandise\s+|visible\s+|overall\s+)?trade(?:\s+with\s+[\w\s-]{1,40}?)?\s+"
                              r"(?:should|would|will|is|was|has|had|could|may|might|must|plunged|moved|swung|fell|went|turned|showed|"
                              r"shows|posted|recorded|registered|ran|remained|stayed|slipped|dropped)\b"
                              # (up to the balance word, in the same clause: "Trade was weak, and the deficit rose" is not)
                              r"(?:(?!(?:,\s+(?:and|but)|\b(?:but|while|whereas|although))\s)[^;])*$", regex.IGNORECASE)
# a balance with a trading partner or in goods, right after the balance word: "deficit with Japan", "surplus with the United
# States", "deficits with three of its Asian trading partners", "deficit in car parts trade", "deficit in manufactured goods"
TRADE_AFTER = regex.compile(r"s?\s+(?:with\s+(?:(?:the|its|their)\s+)?(?-i:[A-Z])|with\s+(?:[\w-]+\s+){0,4}?trading\s+partners?\b|"
                            r"(?:in|on)\s+(?:(?:the|its|their)\s+)?(?:[\w-]+\s+){0,3}?(?:trade|goods|merchandise|manufactures)\b)",
                            regex.IGNORECASE)
# the price of one item a package holds: "its aid ... would total 11.5 billion euros, including a Patriot system worth about 1
# billion euros" (the package is the claim, its item no level of the metric)
ITEM_WORTH = _lexicon.Guarded(regex.compile(r"\b(?:including|includes|included|such\s+as)\s+(?:(?:an?|the|two|three|several)\s+)?(?:[\w-]+\s+){0,5}?"
                                            r"worth\s+(?:(?:about|around|some|roughly|nearly|up\s+to|more\s+than|over|an\s+estimated)\s+)?$",
                                            regex.IGNORECASE), ("worth",))
ITEM_REACH = 90  # chars before the figure
# the share of a sum met from one source: "last year's budget deficit was financed 90 pct by credits from the National Bank
# and 10 pct by the issue of state bonds" (the split of how it was paid for, no level of the deficit)
FINANCED_BEFORE = regex.compile(r"\b(?:financed|funded|covered|met|paid\s+for)\b[^.;:]*$", regex.IGNORECASE)
# (not the level a figure moved from: "raised its tariff on goods not covered by the pact to 35% from 25%")
FINANCING_SOURCE = regex.compile(r"\s+(?:by|through|from|out\s+of|via)\s(?!\s*(?:(?:about|around|some|roughly|nearly|an?|the)\s+)?\d)",
                                 regex.IGNORECASE)
FINANCED_REACH = 80  # chars before the share
# a sum "of" a larger one: "600 mln dlrs of New Zealand's 21.74 billion dlrs", "780 mln dlrs of the 1.14 billion dlr budget deficit"
PART_OF_SUM = regex.compile(r"\s+(?:out\s+)?of\s+(?:(?:the|its|their|(?-i:[A-Z])[\w.]*(?:\s+(?-i:[A-Z])[\w.]*)?['’]s?)\s+)?(?:(?:total|estimated|overall|planned)\s+)?"
                            r"(?:(?:about|some|around|roughly|nearly)\s+)?", regex.IGNORECASE)
# a share of a debt itself, not of GDP or exports: "banks holding 70 pct of the frozen debt", "had repaid five pct of the debt",
# "35 pct of Brazil's debt to banks": the part some creditors hold or some payment covers, no level of the debt (unscored)
DEBT_PART = regex.compile(r"\s+of\s+(?:(?:the|its|their|this|that|our|(?-i:[A-Z])[\w.]*['’]s?)\s+)?"
                          r"(?:(?!(?:and|or|to|by|in|on|for|with|than|as)\b)[\w-]+\s+){0,3}?debts?\b", regex.IGNORECASE)
# a move of an interest rate sized in points, its rate named right after it: "the Bundesbank's half-point cuts in the discount and
# Lombard rates", "a cut of about half a percentage point in official interest rates" (a weak cut word reads it as spending)
RATE_MOVE_AFTER = regex.compile(r"\s+(?:(?:cuts?|reductions?|rises?|increases?)\s+)?(?:in|of|on)\s+(?:[\w'’.-]+\s+){0,5}?rates?\b",
                                regex.IGNORECASE)
# a bare package in a story on a state's foreign debt, or beside its lenders: the creditors' loans, no budget ("The size of the
# package comes to about 76 billion dlrs, the largest ever assembled in the credit markets"; "a package of 3.2 billion dlrs in
# new credits"; "could not sell a package for Argentina with a margin of 13/16 pct")
LENDERS_WORDS = regex.compile(r"\b(?:creditors?|lenders|bankers|(?:commercial|creditor|foreign|private)\s+banks|new\s+money|"
                              r"new\s+credits|credit\s+markets?|margin|spread|syndicat\w*|reschedul\w*)\b", regex.IGNORECASE)
FOREIGN_DEBT_TOPICS = frozenset({"external_debt", "debt_service"})
CUT_WORDS = frozenset({"cuts", "a cut of"})  # the weak cut words of metric_cues.csv (public_spending, resolves)


def _rate_in_sentence(hits) -> bool:
    """Whether the sentence names an interest rate by a cue of its own ("base rates", "interest rates", "discount rate")."""
    return any(h.entry["metric"] == "other" and "rate" in h.entry["cue"].lower() for h in hits)


NATO_BEFORE = regex.compile(r"\b(?:NATO|Nato|(?:the|The)\s+alliance)(?:['’]s)?\s+(?:(?:old|new|long-standing|longstanding|current|overall|core|official|headline)\s+)*$")
NATO_OF = regex.compile(r"\b(?:NATO|Nato|(?:the|The)\s+alliance)(?:['’]s)?\s+(?:[\w-]+\s+){0,2}(?:target|goal|guideline|benchmark|pledge)\s+of\s+(?:(?:about|around|at\s+least)\s+)?$")


# the alliance's target named in the figure's clause before it, the members reaching it ("the target NATO leaders set at The
# Hague, which asks allies to reach 5% of GDP"; "NATO's goal, under which members must spend 3.5%")
NATO_TARGET_SET = regex.compile(r"\b(?:NATO|Nato)\b[^.;:]{0,80}?\b(?:allies|members|member\s+states)\s+(?:to\s+|must\s+|should\s+|would\s+)?"
                                r"(?:reach|spend|hit|meet|lift\s+(?:spending|defen[cs]e\s+spending)\s+to)\s+(?:(?:about|around|at\s+least)\s+)?$")


# a member the alliance (its chief) presses to reach a share, NATO named earlier in the sentence: "NATO Secretary General Mark
# Rutte has urged southern allies to move faster and ... privately told Plenkovic that Croatia should reach 3% by 2028"
NATO_PRESSES_REACH = regex.compile(_allianceneed.NATO_EARLIER + r"(?:(?:should|must|needs?\s+to|would\s+need\s+to)\s+"
                                   r"(?:reach|spend|hit|meet)|(?P<need>" + _allianceneed.WILL_NEED + r"))" + _allianceneed.BEFORE_FIGURE)
# (also the share a member "will need", its chief says: "Rutte has said Spain will need about 3.5% to meet those goals": the
# chief's demand, fig["alliance_need"], claim.py)


def _nato_target_set(text: str, start: int, fig: dict) -> bool:
    """A share of GDP (or of nothing named) the alliance's members are to reach, NATO named just before in its sentence."""
    if fig["basis"] not in (None, "GDP"):
        return False
    if NATO_TARGET_SET.search(text, max(start, fig["char_start"] - 130), fig["char_start"]) is not None:
        return True
    pressed = NATO_PRESSES_REACH.search(text, max(start, fig["char_start"] - _allianceneed.REACH), fig["char_start"])
    if pressed is not None and pressed.group("need"):
        fig["alliance_need"] = True
    return pressed is not None


def spending_beside_alliance_target(figs: list[dict]) -> None:
    """A share of GDP a bare spending word measures, in a sentence that names the alliance's target, is a defence share: "All
    32 NATO allies will meet the alliance's 2% guideline this year, with Poland spending the most at about 4.5% of GDP, ahead
    of Lithuania at 4%" (the weak word's own resolution found no defence cue, the alliance's target has none)."""
    if not any(f.get("alliance_target") for f in figs):
        return
    for fig in figs:
        cue = fig["metric_cue"]
        if fig.get("alliance_target") or fig["unit"] != "percent" or fig["basis"] not in (None, "GDP") \
                or fig["metric"] != "public_spending" or cue is None \
                or "defense_spending" not in (cue.entry.get("resolves") or "").split("|"):
            continue  # (an outright cue of its own, "spending cuts", "spending cap", says what it is)
        fig["metric"], fig["weak_metric"], fig["soft_metric"] = "defense_spending", False, False


def _figures(text: str, sentence, ms: list[dict], hits, spans, topics, share_topics) -> list[dict]:
    figs = []
    aside = _cuescope.outside_opening_aside(text, sentence.start, sentence.end, hits) if hits else None
    all_hits = hits
    for m in sorted(ms, key=lambda m: m["char_start"]):
        # a figure after an opening aside ("Including the special funds for the armed forces, borrowing will total ...")
        # is governed by the words of the main clause only
        hits = aside[1] if aside is not None and m["char_start"] >= aside[0] else all_hits
        end, tail_basis = _basis.figure_tail(text, m["char_end"], sentence.end)
        fig = {"m": m, "char_start": m["char_start"], "char_end": m["char_end"], "end": end,
               "unit": m["unit"], "basis": m.get("basis") or tail_basis, "own_basis": tail_basis}
        fig["metric_cue"] = _cuescope.governing_cue(text, m["char_start"], end, hits, spans)
        head = relative_head(text, fig["metric_cue"], hits, m["char_start"], sentence.start)
        if head is not None:
            fig["metric_cue"] = head  # "The budget deficit, which the spending cuts aim to lower, is expected at 4.7%"
        if fig["unit"] == "percent" or (fig["unit"] == "currency" and _cuescope.weak_whole(fig["metric_cue"], text, end)):
            # a share, or a sum taken out of a budget ("will absorb 4.2 billion dlrs of the budget"): what it is taken of is
            # the whole, not what it measures
            fig["metric_cue"] = _cuescope.share_cue(text, m["char_start"], end, hits, spans, fig["metric_cue"])
        if fig["unit"] == "currency" and _cuescope.whole_of_other_share(text, fig["metric_cue"], m["char_start"], end, spans):
            # "The deficit, equal to about 12 pct of spending, would fall to 8 billion crowns": the whole of the share before
            # it says nothing of what the sum measures; the cue governing once it is set aside does
            whole = fig["metric_cue"]
            fig["metric_cue"] = _cuescope.governing_cue(text, m["char_start"], end, [h for h in hits if h is not whole], spans)
        # (a share of GDP reaches further back into the story's claims than a sum)
        story_topics = share_topics if fig["unit"] == "percent" and fig["basis"] else topics
        fig["metric"] = _metric.metric_of(fig["metric_cue"], hits, story_topics, (m["char_start"], end), spans, text)
        if fig["metric"] == "defense_spending" and fig["basis"] == "GNI" and fig["metric_cue"] is not None \
                and fig["metric_cue"].entry["metric"] == "public_spending" and fig["metric_cue"].entry.get("resolves") \
                and not any(h.entry["metric"] == "defense_spending" for h in hits):
            # "which has long pushed to keep the budget at 1% of gross national income" in a story on defence: a budget or
            # spending word sized against national income, with no defence word of its own sentence, is a whole budget (the
            # EU's), never the defence share the story's topic names (those are shares of GDP, or of GNP in the 1980s; "will
            # spend 2% of its gross national income on defence" keeps its own defence word)
            fig["metric"] = "public_spending"
        if fig["metric"] is None and goods_rate(text, fig):
            fig["metric"] = "tariff_rate"  # "will charge 15% on most Korean goods": a duty's rate (tariffacts)
        elif fig["metric"] is None and paid_to_lenders(text, fig, sentence.start, sentence.end):
            fig["metric"] = "debt_service"  # "was paying 500 mln dlrs a month to its foreign creditors" (repaid.py)
        borrowed = borrowed_use(text, fig["metric_cue"], hits, m["char_start"], sentence.start)
        if borrowed is not None:
            fig["metric"] = borrowed  # "29.6 trillion yen of new bonds to help fund the budget": the budget is what it pays for
        elif fig["unit"] == "currency" and fig["metric"] == "public_spending" and line_item(text, end, fig["metric_cue"], hits):
            # "the budget includes 5 billion euros for roads": one line of the budget, not its total (read as "other" once the
            # steps that keep a state's or drop a firm's figures have kept it: frame._sentence_claims)
            fig["line_item"] = True
        if fig["basis"] is None and fig["unit"] == "percent" and fig["metric"] in _cuelexicon.SCORED:
            # "the ratio of the current account surplus to GNP from the current five pct level": a share of GNP
            fig["basis"] = _cuescope.ratio_basis(text, fig["metric_cue"], m["char_start"], sentence.start, sentence.end)
        if fig["metric"] in DEBT_STOCKS and _metrictopic.serviced_debt(
                text, fig["metric_cue"], m["char_end"] if fig["metric_cue"].start >= m["char_end"] else sentence.start):
            fig["metric"] = "debt_service"  # "earmarks 59.8 billion baht for servicing the government's foreign debt"
        elif repaid_sum(text, fig, sentence.start):
            fig["metric"] = "debt_service"  # "Yugoslavia has to repay 5.5 billion dlrs in 1987": what is repaid (repaid.py)
        elif serviced_stock(text, fig, sentence.start, sentence.end):
            fig["metric"] = "external_debt"  # "suspended interest payments on 68 billion dlrs owed to banks": the debt (repaid.py)
        if fig["metric"] in _cuelexicon.SCORED and income_threshold(text, fig, sentence.start):
            fig["metric"] = "other"  # "a surtax on incomes above 90,000 crowns": where the tax starts (incomethreshold.py)
        paid = fig["unit"] == "percent" and _cuescope.service_share(text, m["char_start"], end, hits, sentence.start)
        if paid:
            fig["metric"] = paid  # "limit repayments on its five billion dlr debt to 10 pct of its export earnings"
        elif fig["unit"] == "percent" and not fig["basis"] and fig["metric"] in DEBT_STOCKS \
                and DEBT_PART.match(text, m["char_end"], sentence.end):
            fig["metric"] = "other"  # "34 banks holding more than 70 pct of the frozen debt": a part of the debt
        elif fig["unit"] == "currency" and fig["metric"] in _cuelexicon.SCORED \
                and ITEM_WORTH.search(text, max(sentence.start, m["char_start"] - ITEM_REACH), m["char_start"]):
            fig["metric"] = "other"  # "aid of 11.5 billion euros, including a Patriot system worth about 1 billion": an item
        elif fig["unit"] == "percent" and not fig["basis"] and fig["metric"] in _cuelexicon.SCORED \
                and FINANCING_SOURCE.match(text, m["char_end"], sentence.end) \
                and FINANCED_BEFORE.search(text, max(sentence.start, m["char_start"] - FINANCED_REACH), m["char_start"]):
            fig["metric"] = "other"  # "the deficit was financed 90 pct by credits and 10 pct by bonds": how it was paid for
        cue = fig["metric_cue"]
        if fig["unit"] == "percentage_points" and fig["metric"] == "public_spending" and not fig["basis"] \
                and (RATE_MOVE_AFTER.match(text, m["char_end"], sentence.end)
                     or (cue is not None and cue.entry["cue"] in CUT_WORDS and _rate_in_sentence(hits))):
            # "two half-point cuts in base lending rates", "base rates would be a full point lower, via two half-point cuts":
            # an interest rate's move sized in points, no budget cut
            fig["metric"] = "other"
        if fig["metric"] == "public_spending" and cue is not None and cue.entry["cue"] == "package" \
                and not _metric.resolved_in_sentence(cue, hits, "public_spending") \
                and ((topics and topics[-1] in FOREIGN_DEBT_TOPICS) or LENDERS_WORDS.search(text, sentence.start, sentence.end)):
            fig["metric"] = "other"  # "the package ... 76 billion dlrs, the largest ever assembled in the credit markets"
        if fig["metric"] == "fiscal_deficit" and cue is not None and cue.entry.get("balance") and cue.entry.get("resolves") \
                and (TRADE_SUBJECT.search(text[sentence.start:cue.start]) or TRADE_AFTER.match(text, cue.end, sentence.end)):
            # "Trade should show a one billion franc surplus this year after last year's 0.5 billion surplus", "trade with
            # Western countries plunged into a deficit": a bare balance word in a clause whose subject is trade is its balance;
            # so is one with a trading partner or goods after it ("the U.S. deficit with Japan of more than 50 billion dlrs",
            # "major deficits with three of its Asian trading partners", "a 23 billion dlr deficit in manufactured goods")
            fig["metric"] = "other"
        # a weak word standing alone (not resolved by a specific cue of its sentence) for a scored metric (a share paid out
        # of export earnings is named by its servicing word and its whole together)
        fig["weak_metric"] = fig["metric"] in _cuelexicon.SCORED and not paid and (
            cue is None or (int(cue.entry.get("weight") or 0) >= WEAK_WEIGHT
                            and not _metric.resolved_in_sentence(cue, hits, fig["metric"])))
        # any word short of a specific one ("tax", "the deficit"), for a story under a company's or market's headline
        fig["soft_metric"] = fig["metric"] in _cuelexicon.SCORED and not paid and (
            cue is None or (int(cue.entry.get("weight") or 0) >= 1
                            and not any(h is not cue and h.entry["metric"] == fig["metric"] and not int(h.entry.get("weight") or 0)
                                        for h in hits)))
        figs.append(fig)
    hits = all_hits
    for fig in figs:
        base = _modality.compared_to(text, fig, figs)
        if base is not None and base["char_start"] >= fig["end"] and _own_noun_between(text, fig, base):
            # "cut spending by 195 billion francs and to cut the net financing requirement to below 420 billion": the
            # later figure has its own metric's noun between the two, it is no base of the first
            base = None
        fig["base"] = base
        if base is not None and base.get("head") is None:
            base["head"] = fig
        if base is not None and base["char_end"] <= fig["char_start"]:
            # "cut the basic rate of tax from the current 27 pct to 25 pct in the next budget": the noun before a
            # "from X to Y" movement governs the pair, a noun after it (the budget it comes in) does not
            pair_cue = _cuescope.governing_cue(text, base["char_start"], fig["end"], hits, spans)
            if pair_cue is not None and pair_cue.end <= base["char_start"] and pair_cue is not fig["metric_cue"] \
                    and _metric.metric_of(pair_cue, hits, topics) in _cuelexicon.SCORED:
                fig["metric_cue"], fig["metric"] = pair_cue, _metric.metric_of(pair_cue, hits, topics)
    for prev, fig in zip(figs, figs[1:]):
        # "Receipts were 55.46 billion dlrs last month, up from 53.37 billion dlrs in February, but down from 81.77 billion
        # dlrs in January": a second comparison of the same head, across the "but" that stops a comparison of the first base
        head = prev.get("head")
        if head is not None and fig.get("head") is None and fig.get("base") is None and fig["unit"] == head["unit"] \
                and fig["char_start"] - prev["end"] <= SAME_RUN_CHARS \
                and SECOND_COMPARISON.search(text, prev["end"], fig["char_start"]):
            fig["head"] = head
    for fig in figs:  # a compared figure takes the metric and basis of the figure it is compared with
        head = fig.get("head")
        if head is not None and head["metric"] and not (
                fig["metric"] != head["metric"] and _metric.own_noun(text, fig["char_start"], fig["end"], fig["metric_cue"])):
            # unless it names its own: "cuts of two billion dlrs would be insufficient against a 12 billion dlr government
            # deficit"
            fig["metric"], fig["metric_cue"] = head["metric"], head["metric_cue"]
            if fig["basis"] is None and fig["unit"] == "percent":
                fig["basis"] = head["basis"]
    for prev, fig in zip(figs, figs[1:]):
        if _second_of_series(text, prev, fig):
            # "would narrow to five pct of GDP this year and 4.3 pct in 1988 and net foreign debt would grow": the second
            # figure of a run of one noun's levels is that noun's, not the next conjunct's
            fig["metric"], fig["metric_cue"], fig["weak_metric"] = prev["metric"], prev["metric_cue"], prev["weak_metric"]
            fig["soft_metric"] = prev.get("soft_metric", False)
            if fig["basis"] is None and fig["unit"] == "percent":
                fig["basis"] = prev["basis"]
    for k, fig in enumerate(figs):
        if k and fig.get("head") is None and (span := _cuescope.closed_aside_before(text, sentence.start, fig["char_start"])):
            # "pledged to lift defence spending to 2.5% of GDP by April 2027, paid for by cutting development aid to 0.3% of
            # GNI from 0.5%, and set an ambition of 3% in the next parliament": a cue inside an aside that closes before the
            # predicate coordinated after it is the aside's, and so is a weak word's metric taken from the aside's figure;
            # the figure continues the first predicate's (modern45)
            opening, closing = span
            cue = fig["metric_cue"]
            before = [f for f in figs[:k] if f["end"] <= opening and f["unit"] == fig["unit"] and f["metric"] in _cuelexicon.SCORED]
            inside = [f for f in figs[:k] if opening <= f["char_start"] < closing]
            weak = cue is None or cue.entry["metric"] == "CARRY" or bool(cue.entry.get("resolves")) \
                or int(cue.entry.get("weight") or 0) >= WEAK_WEIGHT
            own_basis = fig["unit"] != "percent" or " of " in text[fig["char_start"]:fig["end"]]
            if before and before[-1]["metric"] != fig["metric"] \
                    and ((cue is not None and opening <= cue.start < closing)
                         or (weak and inside and inside[-1]["metric"] == fig["metric"])):
                prev = before[-1]
                fig["metric"], fig["metric_cue"], fig["weak_metric"] = prev["metric"], prev["metric_cue"], prev["weak_metric"]
                fig["soft_metric"] = prev.get("soft_metric", False)
                if not own_basis:  # (no basis of its own: the first predicate's, not the aside's)
                    fig["basis"] = prev["basis"]
            elif before and before[-1]["metric"] == fig["metric"] and not own_basis and inside \
                    and fig["basis"] == inside[-1]["basis"] != before[-1]["basis"]:
                fig["basis"] = before[-1]["basis"]  # ("..., funded by cutting aid to 0.3% of GNI, and to 3% in the next parliament")
    for fig, whole in zip(figs, figs[1:]):
        # "the repayment of up to 600 mln dlrs of New Zealand's 21.74 billion dlrs of overseas debt", "to reschedule 9.4 billion
        # dlrs of its 27.8 billion dlr foreign debt": a sum taken out of a larger sum is a part of that sum's metric, whatever
        # weak or anaphoric word ("repayment") stands before it
        cue = fig["metric_cue"]
        if fig["unit"] == whole["unit"] == "currency" and whole["metric"] in _cuelexicon.SCORED and fig["metric"] != whole["metric"] \
                and (cue is None or cue.entry.get("resolves") or int(cue.entry.get("weight") or 0) >= WEAK_WEIGHT) \
                and PART_OF_SUM.fullmatch(text, fig["end"], whole["char_start"]):
            fig["metric"], fig["weak_metric"] = whole["metric"], whole["weak_metric"]  # (its own cue still says what is done)
            fig["soft_metric"] = whole.get("soft_metric", False)
    for fig in figs:  # "NATO's old 2% target", "the NATO goal of 5%": the alliance's targets are defence shares
        cue = fig["metric_cue"]
        if fig["unit"] == "percent" \
                and (cue is None or int(cue.entry.get("weight") or 0) >= WEAK_WEIGHT) \
                and (NATO_BEFORE.search(text, max(sentence.start, fig["char_start"] - 40), fig["char_start"])
                     or NATO_OF.search(text, max(sentence.start, fig["char_start"] - 40), fig["char_start"])
                     or _nato_target_set(text, sentence.start, fig)):
            if fig["metric"] != "defense_spending":
                fig["metric"], fig["metric_cue"], fig["weak_metric"], fig["soft_metric"] = "defense_spending", None, False, False
            fig["alliance_target"] = True  # (named by its own noun phrase: no restatement of a deficit of that size, story.py)
    spending_beside_alliance_target(figs)
    # a figure no cue reaches (or only an anaphoric one), beside figures of one scored metric ("would not commit
    # to 5%, arguing that 2.1% of GDP is enough for ... military capabilities", "is expected to total 28.9 billion
    # dlrs in fiscal 1989 ... and then fall to 26.1 billion", "rise to 2.33%, an increase costed at A$50.3 billion"):
    # the sentence speaks of one metric. A sum must stand in one run with such a sum (a price paid and a tax bill
    # further on are not one metric). A company or market cue (NONE) still rules its figure out.
    for unit in {f["unit"] for f in figs}:  # shares beside shares, sums beside sums: a share of a sum is not the sum's metric
        known = [f for f in figs if f["metric"] in _cuelexicon.SCORED and f["unit"] == unit]
        if not known or len({f["metric"] for f in known}) != 1:
            continue
        known_starts = [f["char_start"] for f in known]  # figs are in text order: the nearest known sums by bisection
        for fig in figs:
            if fig["unit"] == unit and fig["metric"] is None \
                    and (fig["metric_cue"] is None or fig["metric_cue"].entry["metric"] == "CARRY") \
                    and (unit == "percent" or _in_run(text, fig, known, known_starts)):
                # the metric only: its cue's possessor ("the German deficit") is not this figure's owner
                fig["metric"], fig["metric_cue"] = known[0]["metric"], None
                fig["weak_metric"] = known[0]["weak_metric"]
                fig["soft_metric"] = known[0].get("soft_metric", False)
                fig["run_of"] = known  # (named as they are: metric_figures' company guard)
    restated_in_other_unit(text, figs)
    restated_share_of_spending(text, figs)
    reread_bases(text, figs)  # a basis the quantities stage carried, read again (a range's own, none for a tariff)
    carried = None  # a basis carried along the sentence to later figures of the same metric
    for fig in figs:
        if fig["unit"] != "percent":
            continue
        if fig["basis"]:
            carried = (fig["metric"], fig["basis"], fig["end"])
        elif carried and carried[0] == fig["metric"] and fig["metric"] is not None:
            fig["basis"] = carried[1]
        elif carried and parallel_share(text, carried[0], carried[2], fig):
            fig["basis"] = carried[1]
    return figs


# (audit27) a level word right before a share: "spending was at 24 pct", "debt of 60 pct", "is 2.1 pct"
LEVEL_BEFORE = regex.compile(r"\b(?:at|was|were|is|are|of|stood\s+at)\s+(?:about\s+|around\s+|some\s+|roughly\s+|nearly\s+|"
                             r"almost\s+|just\s+)?$", regex.IGNORECASE)


PARALLEL_GAP = 8  # words between the share with a basis and the one set beside it: "but spending was at"
# a rate of growth after the share: "capped at 2.5% real growth" is no share of output
GROWTH_AFTER = regex.compile(r"\s+(?:real\s+|nominal\s+|annual\s+|a\s+year\s+)?(?:growth|increase|rise)\b", regex.IGNORECASE)


def parallel_share(text: str, carried_metric: str | None, carried_end: int, fig: dict) -> bool:
    """A share of another scored metric set right beside one with a basis, as a level ("taxes were 19 pct of gnp but spending
    was at 24 pct", "a deficit of 3.1 pct of GDP and a debt of 60 pct"): the same whole (ANNOTATION.md: a basis carried from
    earlier in the same sentence), not a rate of change ("rose 4 pct", "by 2 pct", "capped at 2.5% real growth" keep none)
    nor a share in a clause of its own farther on (a comma between). Tariffs are no shares of output (rangebasis)."""
    start = fig["char_start"]
    return carried_metric in _cuelexicon.SHARE_METRICS and fig["metric"] in _cuelexicon.SHARE_METRICS and fig["metric"] != carried_metric \
        and LEVEL_BEFORE.search(text, max(0, start - 30), start) is not None \
        and "," not in text[carried_end:start] and count_words(text[carried_end:start]) <= PARALLEL_GAP \
        and GROWTH_AFTER.match(text, fig["end"]) is None


RESTATED_UNITS = frozenset({"percent", "currency"})


def restated_in_other_unit(text: str, figs: list[dict]) -> None:
    """A figure no cue reaches that restates the figure just before it in the other unit, a share of GDP on one side
    ("the borrowing requirement was to fall to 1.0 pct of GDP, or some four billion stg", "a deficit of 40 billion dlrs,
    or 3.1 pct of GDP"), takes that figure's metric: the same level, in money and as a share of national output. A
    share with no basis ("rose 7.2 billion dlrs, or 10.6 pct": a rate of change) and a figure with a cue of its own keep
    theirs. Reads only the gap between neighbouring figures."""
    for prev, fig in zip(figs, figs[1:]):
        if fig["metric"] is not None or prev["metric"] not in _cuelexicon.SCORED or prev["unit"] == fig["unit"] \
                or {prev["unit"], fig["unit"]} != RESTATED_UNITS \
                or (fig["metric_cue"] is not None and fig["metric_cue"].entry["metric"] != "CARRY"):
            continue
        share = prev if prev["unit"] == "percent" else fig
        if not share["basis"] or fig["char_start"] - prev["end"] > RESTATED_GAP \
                or not _levels.RESTATE.fullmatch(text, prev["end"], fig["char_start"]):
            continue
        fig["metric"], fig["metric_cue"] = prev["metric"], None  # (the metric only: roles are read for each figure)
        fig["weak_metric"], fig["soft_metric"] = prev["weak_metric"], prev.get("soft_metric", False)
        fig["run_of"] = [prev]


RESTATED_GAP = 40  # chars between a figure and its restatement ("X, or some Y", "X, equivalent to about Y")

# a spending word standing as a share's denominator right after it ("12 pct of expenditure", "9% of total spending")
OF_SPENDING = regex.compile(r"\s+of\s+(?:(?:the\s+)?(?:total|overall|government|public|state|budget|federal)\s+)?$", regex.IGNORECASE)
RESTATED_BALANCES = frozenset({"fiscal_deficit"})


def restated_share_of_spending(text: str, figs: list[dict]) -> None:
    """A share of spending that restates the balance just before it ("The deficit will reach 8 billion euros, or 12 pct of
    expenditure") is the balance's, not the spending its denominator names: the weak word after "of" is what the share is
    taken of, no cue of the figure (no basis either: a share of spending is none of GDP's). Reads only the gap between
    neighbouring figures and the words right after the share."""
    for prev, fig in zip(figs, figs[1:]):
        cue = fig["metric_cue"]
        if prev["metric"] not in RESTATED_BALANCES or prev["unit"] != "currency" or fig["unit"] != "percent" \
                or fig["metric"] != "public_spending" or cue is None or cue.start < fig["end"] or fig["basis"] \
                or fig["char_start"] - prev["end"] > RESTATED_GAP \
                or not _levels.RESTATE.fullmatch(text, prev["end"], fig["char_start"]) \
                or not OF_SPENDING.fullmatch(text, fig["end"], cue.start):
            continue
        fig["metric"], fig["metric_cue"] = prev["metric"], None
        fig["weak_metric"], fig["soft_metric"] = prev["weak_metric"], prev.get("soft_metric", False)
        fig["run_of"] = [prev]


def _own_noun_between(text: str, fig: dict, later: dict) -> bool:
    """Whether the later figure's own metric cue stands between the two and names another scored metric (not the whole
    the first is a share of: "around 30% of federal revenue by 2035, up from about 18%")."""
    cue = later["metric_cue"]
    # a first figure no noun of its own reaches ("would cost roughly A$40 billion a year more than today's budget of about
    # A$53 billion") is measured by the later one's noun: no other metric's
    if cue is None or not (fig["end"] <= cue.start and cue.end <= later["char_start"]) \
            or later["metric"] not in _cuelexicon.SCORED or later["metric"] == fig["metric"] or fig["metric"] is None:
        return False
    whole = _cuescope.DENOMINATOR.match(text, fig["end"], cue.start)
    return not (whole is not None and whole.end() == cue.start)


# "five pct of GDP this year and 4.3 pct in 1988": two levels of one noun, each with its own period
SERIES_GAP = regex.compile(r"(?:\s+(?:(?:this|next|last)\s+year|in\s+(?:fiscal\s+)?(?:19|20)\d\d(?:[/-]\d+)?))?\s*,?\s+(?:and|or)\s+"
                           r"(?:(?:to|at)\s+)?", regex.IGNORECASE)
SERIES_PERIOD = regex.compile(r"\s+(?:(?:this|next|last)\s+year|in\s+(?:fiscal\s+)?(?:19|20)\d\d(?:[/-]\d+)?)\b", regex.IGNORECASE)
NEXT_CONJUNCT = regex.compile(r"\s(?:and|or|while|but)\s", regex.IGNORECASE)


def _second_of_series(text: str, prev: dict, fig: dict) -> bool:
    """Whether a figure continues the previous one's run ("X this year and Y in 1988") while its own cheapest cue stands in
    the next conjunct (after an "and"): then it is a level of the previous figure's noun."""
    cue = fig["metric_cue"]
    if prev["unit"] != fig["unit"] or prev["metric"] is None or prev["metric"] == fig["metric"] \
            or cue is None or cue.start < fig["end"]:
        return False
    gap = SERIES_GAP.fullmatch(text, prev["end"], fig["char_start"])
    if gap is None or SERIES_PERIOD.match(text, prev["end"]) is None or SERIES_PERIOD.match(text, fig["end"]) is None:
        return False
    return NEXT_CONJUNCT.search(text, fig["end"], cue.start) is not None


# (the comma may be left out and the verb repeated: "... from 4.8 billion in January but was down from 6.9 billion posted a year
# earlier")
SECOND_COMPARISON = regex.compile(r",?\s+but\s+(?:(?:was|were|is|are|remained|stood|still)\s+)?(?:up|down)\s+(?:from|on)\s+$",
                                  regex.IGNORECASE)
SAME_RUN_CHARS = 200
# a clause opening on "it"/"they" (after a time phrase: "although in 1988 it should fall back to")
PRONOUN_CLAUSE = regex.compile(r"\s*(?:(?:in|by|for|during)\s+(?:fiscal\s+)?(?:19|20)\d\d(?:/\d\d)?\s*,?\s+|next\s+year\s*,?\s+|then\s+)?"
                            r"(?:it|they)\s+", regex.IGNORECASE)
SAME_RUN_WORDS = 10  # "28.9 billion dlrs in fiscal 1989 and 28.6 billion dlrs in 1989 and then fall to 26.1 billion"


def _in_run(text: str, fig: dict, known: list[dict], starts: list[int]) -> bool:
    """Whether the figure stands in one run with the nearest known figure before or after it."""
    i = bisect.bisect_left(starts, fig["char_start"])
    return any(_same_run(text, known[j], fig) for j in (i - 1, i) if 0 <= j < len(known))


def _same_run(text: str, a: dict, b: dict) -> bool:
    """Whether two figures of a sentence stand in one run of figures: a few words apart, no clause between."""
    lo, hi = (a["end"], b["char_start"]) if a["char_start"] < b["char_start"] else (b["end"], a["char_start"])
    if hi - lo > SAME_RUN_CHARS:
        return False  # too far for a few words: never scan a long gap
    gap = text[lo:hi]
    if count_words(gap) > SAME_RUN_WORDS:
        return False
    last = _lexicon.last_match(_cuescope.CLAUSE_BREAK, gap)
    # "... from 86 billion in 1986, although in 1988 it should fall back to 87 billion dlrs": a clause whose subject is a
    # pronoun goes on with the run's noun
    return last is None or PRONOUN_CLAUSE.match(gap, last.end()) is not None


def metric_figures(article, sentence, ms, hits, spans, state) -> list[dict]:
    """The sentence's figures that measure a metric (_figures), the topics a weak word may take narrowed first: a budget's
    own total or aggregates are not the story's part. Under a company word only figures a specific policy cue names stay."""
    text = article["text"]
    topics = state.get("topics", [])
    share_topics = state.get("share_topics", topics)
    # (before the story's first claim its latest metric is the headline's own)
    title_only = state.get("last_index") is None or state.get("last_metric") != state.get("title_topic")
    left_out = set()
    if state.get("title_topic") and title_only and _budgetwords.names_budget_total(hits):
        # "Germany's cabinet approved a 2026 budget that foresees spending of 520.5 billion euros" under a headline on the
        # armed forces: a budget's spending, named by its own words, is the budget's total, not the headline's defence
        left_out.add(state["title_topic"])
    if _budgetwords.names_budget_aggregates(hits):
        # "Revenue is forecast at 647.2 billion zlotys and spending at 918.9 billion" after a defence claim: a spending word
        # beside another total of the budget is the budget's total, not the story's part (defence, aid)
        left_out |= _budgetwords.PART_METRICS
    if left_out:
        topics = [t for t in topics if t not in left_out]
        share_topics = [t for t in share_topics if t not in left_out]
    if hits and all(h.entry["metric"] == "CARRY" for h in hits):
        # "... borrowing requirement rose to 110,000 billion lire. State spending grew 9 pct. The target for this year is
        # 100,000 billion lire": an anaphoric word's sum takes the story's metric whose sum it restates in size (carriedsum)
        sized = sized_topic(ms, state)
        # (only in place of the latest claim's scored metric: an unscored latest topic, "It also rolled over trade credits
        # worth 2.9 billion dlrs" after a loan's spread, stays as it is, and so does the topic a figure-less sentence just
        # before names: "... spending increases of 70 billion pounds. Borrowing will rise as a result. The OBR expects it to
        # reach 105 billion pounds")
        if sized is not None and sized not in left_out and topics and topics[-1] != sized \
                and topics[-1] in _cuelexicon.SCORED and topics[-1] == state.get("last_metric"):
            topics = [t for t in topics if t != sized] + [sized]
            if ms[0]["unit"] == "percent":  # (metric25: a share restated, which a share's topics carry too)
                share_topics = [t for t in share_topics if t != sized] + [sized]
    # (a balance of payments that only frames the current account before it is no cue: cuecompound)
    # (and "with 108 billion dlrs in debt" is the debt held: cuecompound.held_debts)
    figs = _figures(text, sentence, ms, _cuecompound.held_debts(text, _cuecompound.drop_frames(text, hits), spans), spans,
                    topics, share_topics)
    rebalance(article, sentence, hits, state, figs)  # a bare balance word in a trade story is its balance (tradestory.py)
    repayments_in_debt_story(figs, state)  # "Its foreign debt is 28 billion dlrs. Repayments will total 1.6 billion" (repaid.py)
    loan_margins_as_other(figs, text)  # "interest payments in cash at 5/8 pct over Libor": a loan's margin (repaid.py)
    figs = [f for f in story_restatements(figs, state, text) if f["metric"]]
    if figs and any(h.entry.get("firm") for h in hits):
        # a company's own figures ("RJR Nabisco Inc ... 500 mln dlrs of debt", "profits before taxes"):
        # only a specific policy cue ("budget deficit", "import duties") still makes a claim
        # (in a policy story, a company word of a later clause is another subject's: _firm_reaches)
        policy = bool(state.get("scored_claims")) or state.get("title_topic") in _cuelexicon.SCORED
        # (a figure no cue reaches, in one run with figures a specific phrase names, is named as they are: "his firm was
        # revising its current account deficit forecast, cutting one billion stg off the total to about 1.75 billion stg")
        figs = [f for f in figs if f["basis"] or specific_in_sentence(f, hits)
                or any(specific_in_sentence(k, hits) for k in f.get("run_of", ()))
                or ((policy or _named_outright(f, hits)) and _named_enough(f, hits) and not _firm_reaches(text, f, hits))
                or (policy and levy_rate(text, sentence, f)
                    and not any(h.entry.get("firm") and h.start < f["char_start"] for h in hits))]
    return figs


def levy_rate(text: str, sentence, fig: dict) -> bool:
    """Whether a percent is the rate of a levy its own noun names ("RRT is a tax of 40 pct ..., based on profits", "a tax of 3
    pct on sales"): a state's rate, whatever firm word after it names the base it is levied on (firms.LEVY_BEFORE /
    LEVY_AFTER); the caller keeps it only with no company word before it ("The company ... incurred tax at the 49 pct rate")."""
    if fig["metric"] not in _firms.TAX_METRICS or fig["m"].get("unit") != "percent":
        return False
    start, end = fig["char_start"], fig["char_end"]
    return _firms.LEVY_AFTER.match(text, end) is not None \
        or _firms.LEVY_BEFORE.search(text, max(sentence.start, start - 40), start) is not None


# where a clause after a figure's own begins: a clause break of the cue scope (";", " while ", " but " ...) or a relative
# clause on another noun (", whose profits ..."): cuescope.CLAUSE_BREAK and two members more (lexicon.py lists the clause
# breaks side by side)
LATER_CLAUSE = regex.compile(CLAUSE_BREAK.pattern + r"|,\s+(?:whose|where)\s", regex.IGNORECASE)


def _named_enough(fig: dict, hits) -> bool:
    """Whether a figure's metric is named by more than a weak word: its cue is of weight 0 or 1 ("the deficit"), or a weight-0
    cue of its sentence names the metric an anaphoric cue takes ("the borrowing requirement showed a repayment of 380 mln
    stg"); a weak word alone ("Project expenditure rose to 208 mln stg") may be the firm's own."""
    cue = fig["metric_cue"]
    if cue is not None and int(cue.entry.get("weight") or 0) <= 1:
        return True
    return any(h.entry["metric"] == fig["metric"] and int(h.entry.get("weight") or 0) == 0 for h in hits)


def _named_outright(fig: dict, hits) -> bool:
    """Whether a specific policy phrase (weight 0) before the figure names the metric its anaphoric cue takes: "the Public
    Sector Borrowing Requirement (PSBR) showed a repayment of 3.7 billion stg, while the non-bank private sector's holdings
    ... fell" (audit27, in a money-supply release that has made no policy claim yet): the sentence itself is on the state's
    balance, so a company word of a later clause does not rule the figure out, as in a policy story."""
    cue = fig["metric_cue"]
    return cue is not None and cue.entry["metric"] == "CARRY" and any(
        h.entry["metric"] == fig["metric"] and int(h.entry.get("weight") or 0) == 0 and h.end <= fig["char_start"]
        for h in hits)


def _firm_reaches(text: str, fig: dict, hits) -> bool:
    """Whether a company word of the sentence (a cue marked firm) speaks of the figure: one before it, or one after it in
    the figure's own clause. One in a later clause is another subject's ("the deficit, which he put at up to 9 billion
    yuan, was due to wage rises in state firms, whose profits and taxes are a large part of revenue"; "the borrowing
    requirement showed a repayment of 380 mln stg, while the private sector's holdings fell")."""
    end = fig["char_end"]
    return any(h.entry.get("firm") and (h.start < end or SPEAKS_AFTER.match(text, h.end) is not None
                                        or not _later_clause(text, end, h.start)) for h in hits)


# a company word that speaks the sentence ("..., the company said"): its words reach every figure of it
SPEAKS_AFTER = regex.compile(r"['’]?s?\s+(?:\w+\s+)?(?:said|says|added|adds|reported|reports|told|estimated|expects)\b",
                             regex.IGNORECASE)
BUT_FOR = regex.compile(r"\s+but\s+for\b", regex.IGNORECASE)  # "would have risen 10 pct but for ...": no clause of its own


def _later_clause(text: str, start: int, end: int) -> bool:
    """Whether a clause of its own begins between start and end (LATER_CLAUSE, less "but for")."""
    return any(BUT_FOR.match(text, m.start()) is None for m in LATER_CLAUSE.finditer(text, start, end))


def public_figures(ctx, sentences, sentence, hits, state, figs: list[dict]) -> list[dict]:
    """The figures a weak metric word may still claim: the guard against spending, debts or budgets that are no state's
    (a company's, a market's) where the story has made no policy claim yet and names no public body."""
    text = ctx.text
    # a weak word ("spend", "debts", "budget") speaks of a state's finances only in an article already
    # on a policy metric (its headline or an earlier claim), or where a state, government or alliance
    # is named in the sentence, or when the figure is a share of GDP; under a headline on a company, market or private
    # context no public body makes it one ("U.S. CONSTRUCTION SPENDING ROSE ...: the Commerce Department said spending fell")
    # (there any word short of a specific one: "Tax 44.5 mln vs 46.5 mln" under "ACME PLC YEAR TO DEC 31", "cut the deficit to
    # 400 mln" under "CITROEN EXPECTS HIGHER PROFITS")
    off_policy = bool(state.get("off_policy_title"))
    weak = "soft_metric" if off_policy else "weak_metric"
    if any(f.get(weak) for f in figs) and state["last_metric"] not in _cuelexicon.SCORED and not state.get("scored_claims") \
            and (off_policy
                 or (not _public_body_for_weak_words(ctx, sentence)
                     and not continues_public_body(ctx, sentences, sentence, hits))):
        party_plan = PARTY_BUDGET_PLAN_SCAN.search(text, sentence.start, sentence.end) is not None
        figs = [f for f in figs if not f.get(weak) or f["basis"] or force_receives(text, f)
                or (party_plan and f["metric"] in _metrictopic.STATE_FINANCES)]
    return figs


def _public_body_for_weak_words(ctx, sentence) -> bool:
    """Whether a sentence names a public body plainly enough to let a weak metric word through before the story's first
    policy claim: by a name, as "the country" / "the state's", or as "he" standing for an organisation's official. Not
    by a bare "it", "its" or "their" read as the story's state ("Last week, it struck a $1bn cost-cutting deal with its
    pilots" is an airline's; "In its Chapter 11 filing" a firm's), nor by another "he" (counting those made a singer's
    bail and a donor's gifts public spending on Reuters and BBC), nor by a demonym naming a state's people ("British
    people will spend 4 billion pounds buying gifts online"). (roles.names_public_body with by_name, less those
    demonyms, plus those pronouns.)"""
    for e in ctx.entities(sentence):
        if e.kind in ("state_pronoun", "pronoun"):
            # "the country", "the state's", "his country" name a state; "it", "its", "their" may be a firm's
            if e.code and e.surface.lower() not in ("it", "its", "their"):
                return True
        elif e.kind == "person_pronoun":
            if e.code in ORGANISATION_CODES:  # "he told a news conference" after the World Bank's director spoke
                return True
        elif _roles.is_public_body(e) and not (e.kind == "demonym" and people_of_state(ctx.text, e.end)):
            return True
    return False


# every regex pattern above runs as its standard-re twin on ASCII text (lexicon.AsciiTwin: the same matches, less CPU)
from .lexicon import ascii_twins as _ascii_twins  # noqa: E402  (after the patterns it replaces)

_ascii_twins(globals())
