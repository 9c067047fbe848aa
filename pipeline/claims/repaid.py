"""A sum a state repays is what it pays on its debt, not the debt it owes (``repaid_sum``).

"Yugoslavia has to repay 5.5 billion dlrs in 1987", "the treasury will repay 680 mln francs of debt issued before 1950",
"Poland repaid 640 mln dlrs of principal", "Manila will pay 111 mln dlrs over three years", "has amortised six billion dlrs in
foreign debt": the debt word of the sentence (or the debt story carried into it) would make the
sum a level of the foreign or public debt, but a sum that is the object of a repaying verb is the year's or the deal's
repayment, debt service (ANNOTATION.md: "public debt repayments", "repaying principal and interest on foreign loans" ->
``debt_service``; "a treasury repaying its old debt early" -> ``["debt_service", "public_debt"]``). Only a sum right after
the verb (a bound word between at most): "repay the 27.8 billion dlr debt" sizes the stock ("the" stands between), and a
share ("limit repayments to 10 pct of exports") is the debt-service ratio's own rule (``cuescope.service_share``). Looks
only at the few characters before the sum: no scan of the sentence.
"""
from __future__ import annotations

import regex

# a repaying verb right before the sum, a bound word between at most: "has to repay 5.5 billion", "repaid about 300 mln",
# "paying back up to 2 billion"; a state paying a sum where a debt is read ("Manila will pay 111 mln dlrs over three years",
# "it paid 1.5 billion dlrs in interest") or amortising one ("has amortised six billion dlrs in foreign debt since 1984")
# pays it to its lenders
# (cmetric22) the lenders paid may stand between the verb and the sum, as its indirect object: "Manila will pay foreign banks 37
# mln dlrs a year", "has repaid its creditors 1.2 billion dlrs"
# the lenders a state pays ("its commercial foreign creditors", "foreign banks", "the creditor banks")
LENDERS = (r"(?:(?:its|their|the)\s+)?(?:(?:foreign|commercial|creditor|private|western|official)\s+){0,2}"
           r"(?:banks|creditors|lenders)")
REPAID_BEFORE = regex.compile(r"\b(?:repa(?:y|ys|ying|id)|pa(?:y|ys|ying|id)(?:\s+back)?|amorti[sz](?:e|es|ed|ing))\s+"
                              r"(?P<lenders>" + LENDERS + r"\s+)?"
                              r"(?:(?:about|around|some|roughly|nearly|almost|over|only|just|up\s+to|more\s+than|less\s+than|"
                              r"at\s+least|an\s+estimated|a\s+further|another|an\s+additional)\s+)?$", regex.IGNORECASE)
REPAID_REACH = 40  # chars before the sum
# the plain verb (no "re-", no "back") with what the sum buys after it: "Baikal paid 260.75bn roubles ($9.37bn) for Yugansk" is a
# price, no payment on a debt
PLAIN_PAY = regex.compile(r"\bpa(?:y|ys|ying|id)\s", regex.IGNORECASE)
BOUGHT_AFTER = regex.compile(r"(?:\s*\([^()]{0,40}\))?\s+for\b", regex.IGNORECASE)
# interest a sum sizes, right before it: "pay interest of 2 billion dlrs on its foreign debt", "interest of about 700 mln dlrs
# fell due"; a sum owed after it is the debt the interest is due on ("arrears of interest of 1.2 billion dlrs owed to banks")
INTEREST_OF_BEFORE = regex.compile(r"\binterest\s+of\s+(?:(?:about|around|some|roughly|nearly|almost|over|only|just|up\s+to|"
                                   r"more\s+than|less\s+than|at\s+least|an\s+estimated)\s+)?$", regex.IGNORECASE)
OWED_AFTER = regex.compile(r"(?:\s*\([^()]{0,40}\))?\s+(?:owed|owing|outstanding|worth\s+of|of\s+(?:its\s+|their\s+|the\s+)?"
                           r"(?:\w+\s+){0,2}debts?\b)", regex.IGNORECASE)
DEBT_STOCKS = frozenset({"public_debt", "external_debt"})


def repaid_sum(text: str, fig: dict, lo: int) -> bool:
    """Whether a sum read as a debt stock is the object of a repaying verb right before it (then it is debt service)."""
    if fig["unit"] != "currency" or fig["metric"] not in DEBT_STOCKS:
        return False
    start = fig["char_start"]
    m = REPAID_BEFORE.search(text, max(lo, start - REPAID_REACH), start)
    if m is None:
        # "will pay interest of 2 billion dlrs on its foreign debt": the interest a sum sizes, unless the sum is what is owed
        return INTEREST_OF_BEFORE.search(text, max(lo, start - REPAID_REACH), start) is not None \
            and OWED_AFTER.match(text, fig["char_end"]) is None
    return not (PLAIN_PAY.match(text, m.start()) and BOUGHT_AFTER.match(text, fig["char_end"]))


# (audit26) the lenders named after a sum a state pays, a time ("a month", "that year", "in 1986") or "in interest" between: "was
# paying about 500 mln dlrs a month to its commercial foreign creditors", "was to pay 250 mln dlrs that year to its creditor banks"
PAID_TO_LENDERS_AFTER = regex.compile(r"(?:\s+(?:(?:a|per|each|every|that|this|last|next)\s+(?:year|month|quarter)|in\s+\d{4}))?"
                                      r"(?:\s+in\s+interest)?\s+to\s+"
                                      + LENDERS + r"\b", regex.IGNORECASE)


def paid_to_lenders(text: str, fig: dict, lo: int, hi: int) -> bool:
    """Whether a sum no cue names is what a state pays its lenders: the object of a paying verb right before it (``REPAID_BEFORE``)
    with the lenders named as the verb's indirect object ("has repaid its creditors 1.2 billion dlrs") or after the sum ("was
    paying about 500 mln dlrs a month to its commercial foreign creditors"): debt service (ANNOTATION.md: debt service or
    interest payments of a country on its debt). Not a price ("paid 50 mln dlrs for the stake", ``BOUGHT_AFTER``). A firm's
    payments are dropped later with the firm's figures (firms.py)."""
    if fig["unit"] != "currency" or fig["metric"] is not None:
        return False
    start = fig["char_start"]
    m = REPAID_BEFORE.search(text, max(lo, start - REPAID_REACH), start)
    if m is None or (PLAIN_PAY.match(text, m.start()) and BOUGHT_AFTER.match(text, fig["char_end"])):
        return False
    return m.group("lenders") is not None or PAID_TO_LENDERS_AFTER.match(text, fig["char_end"], hi) is not None


def repayments_in_debt_story(figs: list[dict], state: dict) -> None:
    """A sum no cue names but a repayment word ("repayment*", "repaying": CARRY, resolving to a deficit or debt service) in a
    story whose latest claim is a state's debt ("Its foreign debt will reach 29 billion dlrs. IMF repayments are projected to
    total 1.6 billion dlrs"): what is paid on that debt, its service. The word alone takes a deficit or the service only
    from a story of those; a debt stock named in the headline alone (no claim yet) or a share (a part of the debt) makes none.
    (story.debt_payments does the same for "payments" as the subject of a sentence with no cue at all, where it stands in
    for the missing cue; see there.)"""
    if state.get("last_index") is None or state.get("last_metric") not in DEBT_STOCKS:
        return
    for fig in figs:
        cue = fig["metric_cue"]
        if fig["metric"] is None and fig["unit"] == "currency" and cue is not None and cue.entry["metric"] == "CARRY" \
                and "debt_service" in (cue.entry.get("resolves") or "").split("|"):
            fig["metric"], fig["weak_metric"], fig["soft_metric"] = "debt_service", True, True


# a reference rate a share is set over: "at 7/8 pct over Libor", "a margin of 5/8 percentage points above the London
# Interbank Offered Rate", "13/16 points over Eurodollar rates"
OVER_REFERENCE_RATE = regex.compile(r"(?:\s+(?:of\s+a\s+)?(?:percentage\s+)?points?)?\s+(?:over|above)\s+(?:the\s+)?"
                                    r"(?:(?:one|three|six|twelve)[\s-]month\s+)?(?:libor\b|london\s+inter-?bank\s+(?:offered|borrowed|"
                                    r"offering)\s+rates?\b|eurodollar\s+rates?\b|(?:the\s+)?prime\s+rate\b)", regex.IGNORECASE)


_SCORED_DEBT = frozenset({"public_debt", "external_debt", "debt_service", "fiscal_deficit", "public_spending"})
# (cmetric22) a margin or spread named with the share, with no reference rate after it: "the 13/16 pct margin granted to Mexico",
# "won a 7/8 pct spread on a 21 billion dlr debt rescheduling", "justify a margin of 7/8 pct", "7/8 pct was the new benchmark
# spread"
MARGIN_AFTER = regex.compile(r"(?:\s+(?:of\s+a\s+)?(?:percentage\s+)?points?)?\s+(?:(?:is|was|will\s+be)\s+(?:the|a)\s+"
                             r"(?:\w+\s+){0,2})?(?:interest(?:[\s-]+rate)?\s+)?(?:spreads?|margins?)\b", regex.IGNORECASE)
MARGIN_BEFORE = regex.compile(r"\b(?:spreads?|margins?)\s+(?:of\s+)?(?:(?:about|around|only|just|some|at\s+least|at\s+most|"
                              r"close\s+to|below|above)\s+)?$", regex.IGNORECASE)
MARGIN_REACH = 30  # chars before the share


# (audit23r) a coupon: a share right before the paper that pays it, a maturity or kind between: "the 7-1/4 pct bond of 1975",
# "nine pct seven-year bonds", "the 11.20 pct notes", "a 6-1/2 pct Swiss franc Eurobond", "its 12-3/4 pct subordinated
# debentures"
COUPON_AFTER = regex.compile(r"\s+(?:(?:(?:[a-z]+|\d+)[\s-]+(?:years?|months?)|convertible|government|treasury|subordinated|"
                             r"senior|straight|fixed[\s-]+rate|floating[\s-]+rate|zero[\s-]+coupon|domestic|foreign|savings|"
                             r"state|federal|dollar|mark|yen|swiss|franc|guilder|sterling|ecu|euro|bearer|registered)\s+){0,3}"
                             r"(?:bonds?|notes|debentures?|eurobonds?|euronotes?|gilts?|loan\s+stock|obligations)\b",
                             regex.IGNORECASE)


def loan_margins_as_other(figs: list[dict], text: str) -> None:
    """A share set over a reference rate ("interest payments in cash at 5/8 pct over Libor", "interest of 1-1/8 point over
    Libor") is a loan's margin, no level of a state's debt or its service (ANNOTATION.md: loan margins over Libor): an
    unscored figure ("other"), as a rate word names it, so the story goes on as it would after a named rate. So is a share
    named a margin or spread straight before or after it ("a margin of 7/8 pct", "a 13/16 pct spread on the package"), and
    a bond's coupon (`COUPON_AFTER`: "the 7-1/4 pct bond of 1975", "nine pct seven-year bonds")."""
    for fig in figs:
        if fig["unit"] in ("percent", "percentage_points") and fig["metric"] in _SCORED_DEBT \
                and (OVER_REFERENCE_RATE.match(text, fig["char_end"])
                     or (not fig.get("basis")  # ("within a margin of 0.5% of GDP": a budget's tolerance, no loan's)
                         and (MARGIN_AFTER.match(text, fig["char_end"])
                              or MARGIN_BEFORE.search(text, max(0, fig["char_start"] - MARGIN_REACH), fig["char_start"])))):
            fig["metric"], fig["weak_metric"], fig["soft_metric"] = "other", False, False
        elif fig["unit"] == "percent" and fig["metric"] not in (None, "other") and not fig.get("basis") \
                and COUPON_AFTER.match(text, fig["char_end"]):
            fig["metric"], fig["weak_metric"], fig["soft_metric"] = "other", False, False


# what interest is paid on, right before the sum: "suspended interest payments on 68 billion dlrs owed to commercial banks",
# "a moratorium on interest payments on 68 billion dlrs worth of debt", "interest payments on its 68 billion dlr foreign bank
# debt"; the lenders paid may stand between (cmetric20: "suspended payments to foreign banks on 68 billion dlrs of its debt")
PAID_ON_BEFORE = regex.compile(r"\b(?:interest|payments?|servicing)\s+(?:(?:moratorium|freeze)\s+)?"
                               r"(?:to\s+(?:(?:its|their|the|foreign|commercial|creditor|private|western)\s+){0,2}"
                               r"(?:banks|creditors|lenders)\s+)?on\s+"
                               r"(?:(?:its|their|the|some|about|around|nearly|roughly|almost|an\s+estimated|more\s+than|over)\s+){0,2}$",
                               regex.IGNORECASE)
PAID_ON_REACH = 60  # chars before the sum
# the sum's own debt word after it, in its clause (no other figure, no clause between): "owed to", "of its debts", "worth of
# debt", "foreign bank debt"
STOCK_AFTER = regex.compile(r"[^\d;,.]{0,60}?\b(?:owed|owes|owe|debts?)\b", regex.IGNORECASE)
# (cmetric22) the other stocks interest is paid on: a sum "of" a larger debt named right after it ("a moratorium on 68 billion dlrs
# of its 108 billion dlr foreign debt": a part of the stock, another figure between), and loans or credits the sum sizes ("current
# on interest payments on about 750 mln dlrs in working capital credits")
PART_OF_STOCK_AFTER = regex.compile(r"\s+of\s+(?:its|their|the|a)\s+[^;]{0,50}?\bdebts?\b|"
                                    r"[^\d;,.]{0,50}?\b(?:loans|credits|credit\s+lines)\b", regex.IGNORECASE)
# a debt the sum sizes straight before it ("a 33.5 billion dollar debt", "its 109 billion dlr debt burden")
SIZED_DEBT = regex.compile(r"(?:[\s-]+(?:foreign|external|overseas|public|government|state|bank|commercial|total|outstanding|"
                           r"short-term|medium-term|long-term|medium-|and|private|U\.S\.|dlrs?|dollars?)){0,4}[\s-]+debts?\b",
                           regex.IGNORECASE)


def serviced_stock(text: str, fig: dict, lo: int, hi: int) -> bool:
    """Whether a sum read as debt service is the debt the service is paid on: interest "on" the sum, with the sum's own debt
    word after it ("suspended interest payments on 68 billion dlrs owed to banks"), or a debt the sum sizes ("a 33.5 billion
    dollar debt", beside a servicing word elsewhere in the sentence)."""
    if fig["unit"] != "currency" or fig["metric"] != "debt_service":
        return False
    start, end = fig["char_start"], fig["char_end"]
    if SIZED_DEBT.match(text, end, hi) is not None:
        return True
    return PAID_ON_BEFORE.search(text, max(lo, start - PAID_ON_REACH), start) is not None \
        and (STOCK_AFTER.match(text, end, hi) is not None or PART_OF_STOCK_AFTER.match(text, end, hi) is not None)


# every regex pattern above runs as its standard-re twin on ASCII text (lexicon.AsciiTwin: the same matches, less CPU)
from .lexicon import ascii_twins as _ascii_twins  # noqa: E402  (after the patterns it replaces)

_ascii_twins(globals())
