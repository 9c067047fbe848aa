"""Topics: the metric an article is about, which a weak word ("budget", "debts") or an anaphoric one may take.

``title_topic``: the metric a headline names (none in a company's headline: ``company_forms.csv``; ``title_reading``
gives it with whether a headline is a company's or market's story); ``in_topic``: the cues of a sentence a topic lets through (a company
word states use too, "revenues", right after a state's finances or beside them: ``own_finances``); ``carried_cue``:
the stand-in cue of a metric carried into a sentence with no metric word; ``serviced_debts`` and ``serviced_debt``:
a debt word whose servicing the figure is ("interest payments on the public debt"), debt service, not the stock.
"""
from __future__ import annotations

import functools

import regex

from .lexicon import Hit, ascii_twin, read_rows
from .cuelexicon import SCORED, metric_cues


# "for servicing the government's domestic and foreign debt", "service on the foreign debt", "to service debts",
# "Payment on the principal of government debts": the debt a servicing word takes as its object is paid on, not owed (no
# figure between them: "interest payments on Brazil's 68 billion dlr commercial debt" measures the debt); a bare
# "payments" only with "on" ("balance of payments and foreign debt" is two things)
SERVICE_BEFORE = regex.compile(r"\b(?:(?:servic(?:e|es|ed|ing)|repay(?:s|ing)?|repayments?|interest(?:\s+payments?)?)\s+(?:on\s+|of\s+)?|"
                               # "interest and principal on its foreign debt", "principal payments on the debt"
                               r"(?:interest\s+and\s+principal|principal\s+and\s+interest|principal)(?:\s+(?:re)?payments?)?\s+(?:on|of)\s+|"
                               r"payments?\s+on\s+(?:the\s+)?(?:principal\s+(?:of|on)\s+)?)"
                               r"(?:(?:the|its|their|his|her|our|(?-i:[A-Z])[\w.]*['’]s?|government['’]s|country['’]s|state['’]s|"
                               r"government|domestic|foreign|external|public|total|and|outstanding)\s+){0,4}$", regex.IGNORECASE)
SERVICE_REACH = 80  # chars before the debt word
# a servicing head noun right after a debt word: "foreign debt payments", "external debt service", "public debt interest", "the
# government's debt repayments" (the longer debt cue, "foreign debt", would otherwise swallow the "debt" of "debt payments")
SERVICE_AFTER = regex.compile(r"[\s-]+(?:service|servicing|payments?|repayments?|interest(?:\s+payments?)?|charges)\b", regex.IGNORECASE)


def serviced_debts(text: str, hits: list[Hit], lo: int) -> list[Hit]:
    """The sentence's cues, a debt cue that a servicing word takes as its object read with that word as one debt-service
    cue ("12 billion rand for interest on government debt", "14 billion dlrs servicing its foreign debt"): the sum is
    paid on the debt, so the nearer budget or spending word beside it says only where the money comes from."""
    if not any(h.entry["metric"] in ("external_debt", "public_debt") for h in hits):
        return hits
    merged = []
    for h in hits:
        if h.entry["metric"] not in ("external_debt", "public_debt"):
            continue
        m = SERVICE_BEFORE.search(text, max(lo, h.start - SERVICE_REACH), h.start)
        if m is not None and m.start() < h.start and SIZED_STOCK.match(text, h.end) is not None:
            # "to continue paying all interest on its total foreign debt of 23 billion dlrs": the sum after "of" sizes the
            # debt serviced, the stock, not what is paid on it
            m = None
        if m is not None and m.start() < h.start:
            # the debt word's own weight stays: a bare "debt" a company repays ("1.7 mln to repay debt incurred in its
            # acquisition") is as weak as before, a firm's sentence still makes no claim of it
            merged.append(Hit(m.start(), h.end, {**h.entry, "metric": "debt_service", "resolves": "",
                                                 "cue": text[m.start():h.end]}))
            continue
        m = SERVICE_AFTER.match(text, h.end)
        if m is not None:
            merged.append(Hit(h.start, m.end(), {**h.entry, "metric": "debt_service", "resolves": "",
                                                 "cue": text[h.start:m.end()]}))
    if not merged:
        return hits
    kept = [h for h in hits if all(h.end <= x.start or h.start >= x.end for x in merged)]
    return sorted(kept + merged, key=lambda h: h.start)


# a debt word followed by "of" and its figure ("foreign debt of 23 billion dlrs", "debt of some $5bn")
# (or by a participle or relative clause sizing it: "suspend payments on its foreign debt, estimated at more than eight billion
# dlrs", "interest on its foreign debt, which totals 20 billion dlrs")
SIZED_STOCK = regex.compile(r"(?:\s+of|,?\s+(?:(?:officially\s+)?(?:estimated|put|valued)\s+at|totall?ing|amounting\s+to)|"
                            r",\s+(?:which|that)\s+(?:totals|totalled|totaled|stands\s+at|stood\s+at|amounts\s+to|is\s+estimated\s+at|"
                            r"was\s+estimated\s+at))\s+(?:(?:about|around|some|roughly|nearly|almost|over|more\s+than|an\s+estimated)\s+)?"
                            r"(?:[$£€]|\d|(?:one|two|three|four|five|six|seven|eight|nine|ten|twelve|twenty)\b)", regex.IGNORECASE)


def serviced_debt(text: str, cue: Hit | None, lo: int) -> bool:
    """Whether a debt cue is the object of a servicing word before it ("servicing the government's foreign debt")."""
    if cue is None or cue.entry["metric"] not in ("external_debt", "public_debt") or SIZED_STOCK.match(text, cue.end) is not None:
        return False  # ("paying all interest on its total foreign debt of 23 billion dlrs": the stock sized)
    return SERVICE_BEFORE.search(text, max(lo, cue.start - SERVICE_REACH), cue.start) is not None


def in_topic(hits: list[Hit], topic: str | None, public: bool = False) -> list[Hit]:
    """The sentence's cues, company words that states use too ("revenues") read as the metric they name in an article
    on a state's finances (its latest claim's metric is one): "The Treasury said revenues totalled 64,151 billion lire";
    or in a sentence that is itself about one (`own_finances`): "a budget ... financed by estimated revenue of 1.385
    billion"; or, `public`, in a sentence the caller found to speak of a government's own ("The Government forecasts that
    oil revenues will fall")."""
    if not any(h.entry.get("in_topic") for h in hits):
        return hits
    if topic not in STATE_FINANCES and not public and not own_finances(hits):
        return hits
    # read so by its context only, the word names no metric outright for a weak word of its sentence to take ("an increase
    # of 18 pct" of "the budget ... financed by ... revenue" is the budget's)
    return [Hit(h.start, h.end, {**h.entry, "metric": h.entry["in_topic"], "contextual": "1"}) if h.entry.get("in_topic") else h
            for h in hits]


STATE_FINANCES = frozenset({"fiscal_deficit", "public_spending", "tax_revenue", "public_debt", "debt_service"})
DEBT_STOCKS = frozenset({"external_debt", "public_debt"})


def own_finances(hits: list[Hit]) -> bool:
    """Whether a sentence speaks of a state's finances by its own words: a budget, deficit, tax or spending cue, and no
    company, market or poll word besides the ambiguous ones ("a budget for 1987 which foresees a deficit of 9.4 billion
    ringgit ... and revenue at 18 billion"; not "the company's budget ... revenues rose 5%", where "company" is one)."""
    return any(h.entry["metric"] in STATE_FINANCES for h in hits) \
        and not any(h.entry["metric"] == "NONE" and not h.entry.get("in_topic") for h in hits)


def title_topic(title: str | None) -> str | None:
    """The metric a headline names ("JAPAN DEFENCE BUDGET ..."), if any; none for a company's headline ("MOBIL <MOB> WILL
    NOT INCREASE BUDGET": its budget is the firm's)."""
    return title_reading(title)[0]


def title_reading(title: str | None) -> tuple[str | None, bool]:
    """(title_topic, off-policy) of a headline, from one company test and one cue scan of it (each article's claims stage
    asks both): off-policy when it names a company (ticker or legal form) or only a company, market or private context
    (`_off_policy`)."""
    if not title:
        return None, False
    if _company_title().search(title):
        return None, True  # a wire headline's ticker or a company's legal form: "NIPSCO <NI> OUTLAYS TO BE INTERNAL FUNDS"
    found = list(metric_cues().finditer(title))
    return _topic_of(found), _off_policy(found)


def _topic_of(found: list[Hit]) -> str | None:
    """The metric a headline's cues name (title_topic), the headline being no company's."""
    # a headline's words are its topic, weak ones too ("BUDGET"); a scored metric before an unscored one
    # ("SEAGA PRESENTS GROWTH BUDGET": a budget that is to bring growth is a budget story)
    # the most specific scored word first ("Lecornu bets on savings to cut France's deficit" is a deficit story)
    hits = [hit for hit in found if hit.entry["metric"] not in ("NONE", "CARRY")]
    scored = [hit for hit in hits if hit.entry["metric"] in SCORED]
    if scored:
        return min(scored, key=lambda h: int(h.entry.get("weight") or 0)).entry["metric"]
    if hits:
        return hits[0].entry["metric"]
    # a headline on a context with a balance of its own and no metric ("U.K. MONEY MARKET SHORTAGE FORECAST REVISED"): the
    # story is that balance, so a later bare "the shortfall" or "its deficit forecast" is no budget's
    story = [hit for hit in found if hit.entry.get("story")]
    return story[0].entry["story"] if story else None


@functools.cache
def _company_title():
    """A stock ticker in angle brackets ("PEARSON PLC <PSON.L>") or a company's legal form (company_forms.csv, the forms
    marked `headline`, in upper case) in a capitalised headline."""
    forms = sorted(dict.fromkeys(r["form"].upper() for r in read_rows("company_forms.csv") if r["headline"] == "yes"),
                   key=len, reverse=True)
    return ascii_twin(regex.compile(r"<[A-Z][A-Z0-9.]*>|\b(?:" + "|".join(regex.escape(f) for f in forms) + r")\b(?![-‐])"))


def _off_policy(found: list[Hit]) -> bool:
    """Whether a headline's cues name a company, market or private context and no metric ("U.S. CONSTRUCTION SPENDING ROSE
    0.4 PCT", "ACME RAISES DIVIDEND"), the headline holding no ticker or company form: the story is that context's, so a
    weak word of it ("spending fell 1.3 pct") is no state's figure until a specific cue has made a policy claim, whatever
    public body reports the statistic."""
    # (a specific word only: "price", "yields" or "stand firm" in a headline is no sure sign of a company or market story)
    return any(h.entry["metric"] == "NONE" and not h.entry.get("in_topic") and not int(h.entry.get("weight") or 0)
               for h in found) \
        and not any(h.entry["metric"] not in ("NONE", "CARRY") for h in found)


def carried_cue(pos: int) -> Hit:
    """A stand-in cue for a sentence that continues the previous one's topic (metric CARRY)."""
    return Hit(pos, pos, {"cue": "", "metric": "CARRY", "weight": "3", "resolves": "*"})


# every regex pattern above runs as its standard-re twin on ASCII text (lexicon.AsciiTwin: the same matches, less CPU)
from .lexicon import ascii_twins as _ascii_twins  # noqa: E402  (after the patterns it replaces)

_ascii_twins(globals())
