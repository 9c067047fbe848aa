"""The scope rule: which of a sentence's cues governs a figure (``governing_cue``).

Every cue in the figure's sentence is a candidate; its cost (``_cost``) is the number of words between it and the
figure, plus its weight (weak, ambiguous words cost more), plus a penalty for a cue after the figure ("5% of GDP in
defence spending" costs 1 more than "defence budget to 3.5%"), for each other figure in between and for a clause
boundary in between (``CLAUSE_BREAK``). The cheapest cue within the window governs. A cue inside an aside listing
parts ("which includes aid to Ukraine,"), after a means ("through increased revenues"), something the figure is set
against or a cause ("despite big rises in government spending") costs a clause break, and so does a budget word that
is where a sum goes ("in the budget"); a cue after a purpose (``purpose_phrases.csv``: "in order to check inflation")
or a cause opener (``cause_openers.csv``) right after the figure never governs it. Long sentences are costed through
an index of their cues (``_SentenceIndex``), with the same result as the plain loop.

Also what a share figure is of (``share_cue``: "20 pct of the national budget"; ``service_share``: a share of debt
service), whether a ratio phrase before a figure is its subject (``ratio_basis``), and the cues outside an aside
opening the sentence (``outside_opening_aside``).
"""
from __future__ import annotations

import bisect
import functools

import regex

from .lexicon import (
    WORD, Hit, Prefiltered, ascii_twin, caseless, count_words, last_match, phrases_alternation, read_rows,
)
from .basis import ratio_bases
from .cuecompound import SIZED_AT, SIZED_NOUN_BONUS, beyond_dash_aside, named_by_figure_before, sizes_compound


# a new clause: also a conditional one after a comma ("the deficit is thought to be more than 10%, if the spending of
# the states is included")
# (and a new bullet or label line of a list: "- 12 billion euros for defence\n- 3 billion euros for climate aid",
# "Defence: 82.7 billion euros\nEducation: 21.3 billion euros")
# (lexicon.py lists the clause breaks side by side. Unlike stance's, no "however", "which", "who" or ", and": a metric word
# is often the antecedent of a relative clause or stands before "however" and still names the figure ("the budget deficit,
# which is expected to reach 5.8% of GDP"); "unless", ", if", "as" and list lines, which stance's lacks, end the reach of a
# metric word, not of a stance; the reasons as the constructions read, not measured)
CLAUSE_BREAK = regex.compile(r";|\s(?:but|while|whereas|although|unless)\s|\.\s|,\s+(?:if|unless)\s|\n\s*[-•*–]\s|\n\s*(?-i:[A-Z])[\w -]{0,40}:\s"
                             # "the deficit is set to rise to 5.8% of GDP as spending on pensions grows": "as" opening a clause
                             # (not "as a share of", "as part of", "as much as", "as well as", "as high as" ...)
                             r"|(?<!\bas\s+\w+)\sas\s+(?!(?:a|an|part|much|many|well|of|for|in|to|against|compared|opposed|such|high|low|"
                             r"large|big|little|far|long|soon|from|at|with|by|on|percent|per|pct|fast|quickly|slowly|strongly|sharply|early|late|"
                             r"recently|expected|planned|forecast|usual|before|ever|possible|follows?|if|though)\b|[\d$£€])",
                             regex.IGNORECASE)
# Where a CLAUSE_BREAK match can start: ";", a line break before a bullet or a label, ". ", a comma before "if" or
# "unless", a space before "as", "although", "but", "while" or "whereas" (a new alternative must be covered here too:
# tests/claims/test_prefiltered.py); a cue's gap is scanned only there
CLAUSE_SCAN = Prefiltered(CLAUSE_BREAK, r";|\n(?=\s*(?:[-•*–]|[A-Z]))|\.\s|,\s+(?=[iI\u0130uU])|\s(?=(?:"
                          + "|".join(caseless(w) for w in ("as", "although", "but", "while", "whereas", "unless")) + r")\s)")

# a verb of saying or expecting between a company's name and a figure: the company speaks (its own figure would follow a
# noun of its own: "Acme Corp said profits rose 5%")
SPEAKER_VERB = regex.compile(r"\b(?:said|says|expects|expected|forecasts?|forecast|predicts|predicted|estimates|estimated|sees|saw)\b",
                             regex.IGNORECASE)
# a means after the figure ("through increased revenues"); how a sum is paid for ("the defence ministry's budget will rise by
# 3.2 billion euros, financed by new borrowing") is another figure's noun (means_words.csv; a purpose, "in order to
# check inflation", is purpose_phrases.csv's: wherever `means_regex` is asked, `purpose_regex` is asked of the same
# stretch, first or beside it in `metric._aimed_at`)
def _means_words(*kinds: str) -> str:
    """The phrases of means_words.csv of these kinds, in file order, as an alternation (a space: any white space)."""
    return "|".join(r"\s+".join(regex.escape(w) for w in r["phrase"].split())
                    for r in read_rows("means_words.csv") if r["kind"] in kinds)


@functools.cache
def means_regex():
    """A means word (kind means), or a financing verb (kind financing), one word at most and a file preposition."""
    return ascii_twin(regex.compile(r"\b(?:" + _means_words("means") + r"|(?:" + _means_words("financing")
                                    + r")\s+(?:\w+\s+)?(?:" + _means_words("preposition") + r"))\b", regex.IGNORECASE))


NEXT_SUBJECT_VERB = regex.compile(r"\s+(?:(?:would|will|could|should|may|might|must|is|are|was|were|has|have|had)\s+(?!of\b)"
                                   r"|(?:rose|fell|grew|rises|falls|grows|totalled|totaled|reached|stood)\b)", regex.IGNORECASE)


# a financing verb of means_words.csv (also kind financing_before: "covered by") and its preposition right before a cue:
# "funded by higher taxes", "financed through the new bond issue"
@functools.cache
def means_before_regex():
    """A financing verb, at most one word, a preposition of the file, then an article and "new", "more" or "higher", if
    any, at the end."""
    return ascii_twin(regex.compile(r"\b(?:" + _means_words("financing", "financing_before") + r")\s+(?:\w+\s+)?"
                                    r"(?:" + _means_words("preposition") + r")\s+"
                                    r"(?:(?:the|a|an|its|their)\s+)?(?:new\s+|more\s+|higher\s+)?$", regex.IGNORECASE))


MEANS_REACH = 40  # chars before a cue
COORDINATION = regex.compile(r"\s(?:and|or)\s", regex.IGNORECASE)
COORDINATION_PENALTY = 2
PRE_WINDOW = 16
POST_WINDOW = 9
GAP_CHARS_PER_WORD = 40  # a gap longer than this per allowed word is out of reach whatever it holds
POST_PENALTY = 1
BREAK_PENALTY = 5
FIGURE_PENALTY = 1
# a period between the figure and its "in" noun ("owed about $5bn this year in debt repayments", "2 billion a year in interest
# payments") says when, not what: its words are no distance
# what a figure is set against after it: "will rise 3 pct, in line with nominal growth", "2.5 pct, faster than economic growth",
# "compared with a current account gap of 4 billion": a noun there is the other term of the comparison, as far from the figure
# as a new clause
# a participle aside right after the figure listing what the total holds: "put defense spending at about 1 trillion dollars,
# counting money from the tax-and-spending law", "... 60 billion euros, including the tax on banks": a cue in it names a
# part or a source, not what the figure measures (it governs only when nothing cheaper does)
PARTS_AFTER = regex.compile(r"\s*,\s+(?:including|excluding|counting|not\s+counting|not\s+including|plus)\s", regex.IGNORECASE)
# (metric26) and a level it is set above or below: "Spending growth will be held to 2.5%, below nominal GDP growth", "defence
# spending rises to 2.4% of GDP, above the alliance's 2% guideline", "spending grows 3%, outpacing the economy"
SET_AGAINST = regex.compile(r"\b(?:compared\s+(?:with|to)|in\s+line\s+with|(?:faster|slower|higher|lower|more|less)\s+than|"
                            r"as\s+against|versus|below|above|outpac(?:e|es|ed|ing)|outstrip(?:s|ped|ping)?)\b", regex.IGNORECASE)
def _cause_phrases(*kinds: str) -> str:
    """The phrases of cause_openers.csv of these kinds as an alternation (a space: any white space)."""
    return "|".join(r"\s+".join(regex.escape(w) for w in r["phrase"].split())
                    for r in read_rows("cause_openers.csv") if r["kind"] in kinds)


# a cause or a concession after the figure: "the deficit narrowed to 3.1% thanks to higher tax receipts", "borrowing was 7.1
# billion, despite big rises in government spending", "debt rose to 138% of GDP, driven by interest costs": the noun after it
# is what moved the figure, not what the figure measures (as far from the figure as a new clause)
@functools.cache
def _cause_after():
    """A cause opener of cause_openers.csv (kinds opener and after_figure), or a participle of kind by_verb with "by"."""
    return ascii_twin(regex.compile(r"\b(?:" + _cause_phrases("opener", "after_figure") + r"|(?:" + _cause_phrases("by_verb")
                                    + r")\s+(?:down\s+|up\s+)?by)\b", regex.IGNORECASE))


@functools.cache
def _cause_before_cue():
    """A cause opening right before the cue (cause_openers.csv), with at most a few words of its own ("because of the
    long-run consequences of tax")."""
    phrases = [r["phrase"] for r in read_rows("cause_openers.csv") if r["kind"] == "opener"]
    return ascii_twin(regex.compile(r"\b(?:" + phrases_alternation(phrases) + r")\s+(?:[\w'’-]+\s+){0,6}$", regex.IGNORECASE))


PERIOD_LEAD = regex.compile(r"\s+(?:(?:this|next|last|each|every|per|a)\s+(?:year|month|quarter|week)|annually|yearly)(?=\s)",
                            regex.IGNORECASE)
# (adjectives between commas too: "18.5 billion dlrs in new, unspecified, taxes")
IN_OF_NOUN = regex.compile(r"\s+(?:in|of|for|to)\s+(?:(?:new|additional|extra|higher|lower|the)(?:,?\s+(?-i:[a-z])[\w-]*,)?\s+)?"
                        # a possessor before the noun: "77 billion dlrs of Mexico's foreign debt", "30 billion of its debt"
                        r"(?:(?:its|their|(?:the\s+)?(?-i:[A-Z])[\w.]*['’]s?|the\s+(?:country|nation|state|government)['’]s)\s+)?",
                        regex.IGNORECASE)
IN_OF_BONUS = 2
# (metric27) the same "in"/"of" noun with one modifier word of its own before it: "9 billion dlrs in domestic cuts", "10 billion
# euros of departmental cuts", "12 billion dlrs of discretionary cuts": the cut noun the sum is "in" is what it measures, not a
# deficit it reduces before it (a function word is no modifier: "of which", "in order to", "in line with")
IN_OF_MODIFIED = regex.compile(IN_OF_NOUN.pattern + r"(?!(?:which|whom|what|that|this|these|those|order|line|return|addition|"
                               r"case|part|particular|turn)\b)(?-i:[a-z])[\w-]*\s+", regex.IGNORECASE)
# the modifier an adjective by its ending ("domestic", "discretionary", "departmental", "federal", "proposed"): a noun before a
# noun ("579 billion crowns of oil revenue") makes a compound whose head may be no metric at all, so it earns no bonus; and no
# determiner before it: "75 pct of the additional revenue" is a share of a whole, not the sum's own noun
ADJECTIVE_WORD = r"(?-i:[a-z])[\w-]*(?:al|ic|ary|ory|ive|ous|ed|ent|ant|ile)"  # a lower-case word with an adjective's ending
IN_OF_ADJECTIVE = regex.compile(r"\s+(?:in|of|for|to)\s+" + ADJECTIVE_WORD + r"\s+", regex.IGNORECASE)


@functools.cache
def _cue_words() -> tuple[frozenset, tuple]:
    """The one-word cues of metric_cues.csv (lower case), and the stems of those ending in "*"."""
    words, stems = set(), []
    for r in read_rows("metric_cues.csv"):
        cue = (r.get("cue") or "").strip().lower()
        if not cue or " " in cue:
            continue
        if cue.endswith("*"):
            stems.append(cue[:-1])
        else:
            words.add(cue)
    return frozenset(words), tuple(stems)


def _adjective_in_of(gap: str):
    """(metric27) The IN_OF_ADJECTIVE match of a gap whose modifier is no cue word of its own ("in domestic cuts", not "in
    military aid": "military" is a cue, and the compound is read as it always was), else None."""
    m = IN_OF_ADJECTIVE.fullmatch(gap)
    if m is None:
        return None
    word = gap.split()[-1].lower()
    words, stems = _cue_words()
    return None if word in words or word.startswith(stems) else m


# (metric27) the noun a sum is taken "off" right after it: "three billion off the PSBR and three billion off taxes", "took two
# billion pounds off income tax and one billion off the borrowing requirement": the line the sum comes off is what it measures,
# as a noun a sum is cut "from" is (no removal verb needed: "off" is the removal itself)
OFF_NOUN = regex.compile(r"\s+off\s+(?:(?:the|its|their|(?:the\s+)?(?-i:[A-Z])[\w.]*['’]s?)\s+)?", regex.IGNORECASE)
NEW_BEFORE_NOUN = regex.compile(r"\b(?:new|additional|extra|higher|lower)\s+\S*$", regex.IGNORECASE)
IN_OF_CUE = regex.compile(r"(?:in|of|for)\s", regex.IGNORECASE)


RATIO_REACH = 120  # chars before a figure to look for its ratio phrase
RATIO_GAP_WORDS = 8  # words between a ratio phrase and the figure it is the subject of ("... to GDP is expected to reach")


def ratio_basis(text: str, cue: Hit | None, fig_start: int, start: int, end: int) -> str | None:
    """The basis of the ratio phrase a figure's governing cue stands in ("the ratio of the surplus to GNP": GNP), or that
    is the subject of the figure's clause ("the ratio of the budget deficit to GDP is expected to reach 3.5 pct"), if any."""
    for _, basis, (p0, p1) in ratio_bases(text, max(start, fig_start - RATIO_REACH), fig_start):
        if cue is not None and cue.start < cue.end and p0 <= cue.start and cue.end <= p1:
            return basis
        gap = text[p1:fig_start]
        if p1 <= fig_start and not regex.search(r"\d", gap) and CLAUSE_SCAN.search(text, p1, fig_start) is None \
                and count_words(gap) <= RATIO_GAP_WORDS:
            return basis
    return None


def _cost(text: str, hit: Hit, fig_start: int, fig_end: int, figures: list[tuple[int, int]],
          index: "_SentenceIndex | None" = None) -> float | None:
    if hit.start >= fig_end and "(" in text[fig_end:fig_end + 3]:
        # "an extra $50bn (£26.69bn) a year in aid": a conversion in brackets goes with the figure, no distance to its noun
        conversion = CONVERSION.match(text, fig_end, hit.start)
        if conversion is not None:
            fig_end = conversion.end()
    if hit.end <= fig_start:
        gap_start, gap_end, window, cost = hit.end, fig_start, PRE_WINDOW, 0
    elif hit.start >= fig_end:
        gap_start, gap_end, window, cost = fig_end, hit.start, POST_WINDOW, POST_PENALTY
    else:
        return None
    if gap_end - gap_start > (window + 1) * GAP_CHARS_PER_WORD:
        return None  # too far for `window` words of prose: never scan a long gap (quadratic on huge sentences)
    if gap_start == fig_end and _names_next_figure(text, hit, figures) \
            and not (COMMA_NEXT.match(text, hit.end) and (IN_OF_NOUN.fullmatch(text, gap_start, gap_end)
                                                  or _adjective_in_of(text[gap_start:gap_end]))):
        # "borrowing of 8.868 billion dlrs and estimated revenue of 1.385 billion": the noun is its own figure's (not in a list
        # of sums each with its "in" noun: "18 billion dlrs in new revenues, nine billion dlrs in military spending cuts")
        return None
    if gap_end == fig_start and named_by_figure_before(text, hit, fig_start, fig_end, figures):
        return None  # "eight pct GNP growth, five billion dlrs of (current account) surplus": the noun of the sum before
    if gap_start == fig_end and hit.entry["metric"] == "NONE" and ", the " in text[gap_start:hit.start] \
            and (ranked := _ranked_apposition().search(text, gap_start, hit.start)) is not None \
            and "," not in text[gap_start:ranked.start()]:
        # "up from about 1.3% of GDP in 2024, the lowest share in the alliance": the head of an apposition ranking the
        # figure is no market word marking a market's figure (modern45); it governs nothing
        return None
    if gap_start == fig_end and beyond_dash_aside(text, fig_start, gap_start, gap_end):
        return None  # "the deficit -- targeted at 100,000 billion lire this year -- means ... inflation": the main clause's
    words = index.words(text, gap_start, gap_end) if index is not None else None
    gap = text[gap_start:gap_end]
    if words is None:
        words = count_words(gap)
    if gap_end == fig_start and "," in gap:
        # "Central government revenue, excluding proceeds from sales of government bonds, but including the carried over
        # current year budget surplus, will rise 6.6 pct to 419.24 billion", "The budget, financed by tax revenue, totals 52
        # billion dlrs": the asides listing parts or describing the noun are no distance
        spans = list(LIST_ASIDE_SPAN.finditer(gap)) if gap.count(",") > 2 and "clud" in gap.lower() else []
        words -= sum(count_words(m.group()) for m in spans)
        rest = gap[spans[-1].end():] if spans else gap
        words -= sum(count_words(m.group()) for m in ASIDE_SPAN.finditer(rest))
        if ", the " in gap:  # "Military spending, the highest share among G20 members, is budgeted at": so is a ranked apposition
            words -= sum(count_words(m.group()) for m in _ranked_span().finditer(gap))
    if words > window:
        return None
    cost += words + int(hit.entry.get("weight") or 0)
    # searched one character past the gap, so that "as" before a figure ("tariffs of as much as 300 mln") sees it
    broken = CLAUSE_SCAN.search(text, gap_start, min(len(text), gap_end + 1)) is not None
    if gap_start == fig_end and purpose_regex().search(gap):
        # "cut by an average 7.7 percentage points in order to check inflation": what a measure is for is no metric of it
        return None
    names_metric = hit.entry["metric"] not in ("NONE", "CARRY")  # a cue of a metric (not a company word, not an anaphor)
    if gap_start == fig_end and names_metric and _cause_before_cue().search(gap):
        # "output will increase by approximately two pct because of the long-run consequences of tax reform": a noun right
        # after a cause says what moved the figure, never what the figure measures
        return None
    if gap_start == fig_end and (hit.entry["metric"] == "CARRY" or hit.entry.get("contextual")) \
            and means_regex().search(gap):
        # "100bn rupees to be spent on infrastructure will be sourced by borrowing": an anaphoric word ("borrowing"), or
        # one read by its context only, after a means says how the sum is paid for, never what it is
        return None
    if gap_start == fig_end and not broken and "," in gap and NEXT_SUBJECT_VERB.match(text, hit.end):
        # "defense spending to rise by 5.6 billion dlrs, domestic spending would be increased by 42.7 billion": a noun
        # after a comma with its own verb is the next clause's subject
        broken = True
    if gap_start == fig_end and broken:
        # "... to surpass the projected 28.7 billion rupees while defence spending ...": the next clause's subject governs
        # the figure only when nothing in its own clause does
        cost += 2 * BREAK_PENALTY
    elif broken or (gap_start == fig_end
                    and (means_regex().search(gap) or SET_AGAINST.search(gap) or _cause_after().search(gap)
                         or PARTS_AFTER.match(gap))):
        # a new clause; or a means after the figure ("cut the deficit by 42 billion dlrs through increased revenues"), what it is
        # set against, or a cause of it ("7.1 billion stg, despite big rises in government spending")
        cost += BREAK_PENALTY
    elif cost and COORDINATION.search(gap):  # "... reduced by 2 billion euros and taxes must rise"
        cost += COORDINATION_PENALTY
    removed_from = gap_start == fig_end and names_metric and FROM_NOUN.fullmatch(gap) \
        and _removal_verb_before().search(text, max(0, fig_start - ACCRUAL_REACH), fig_start) is not None
    if removed_from:
        # (fix26a) "a way to cut one to two billion dlrs from the farm budget include increasing acreage reduction programs",
        # "trimmed 300 mln dlrs from defence spending": the budget or spending line a sum is cut out of is what it measures
        # (no place it sits in), as the noun a sum is added to is (removal_verbs.csv), and more surely than a cue farther on
        cost -= IN_OF_BONUS
    elif hit.entry["cue"] in BUDGET_WORDS and budget_as_place(text, hit):
        # "Spending on debt interest in the budget will reach 30 billion euros", "Debt servicing will cost the budget 55
        # billion euros": the budget a line sits in or is charged to is where the sum goes, not what it measures
        cost += BREAK_PENALTY
    if gap_end == fig_start and "," in gap and names_metric \
            and _inside_aside(text, hit, gap_start + gap.index(",")):
        # "Germany's defence budget, which includes aid to Ukraine, will rise to 86 billion euros": a cue inside an aside
        # that closes before the figure says nothing of the figure outside it
        cost += BREAK_PENALTY
    elif (gap_end == fig_start and "," in gap and _in_ranked_apposition(text, hit, gap_start + gap.index(","))) \
            or (gap_start == fig_end and _ranked_apposition().fullmatch(text, gap_start, hit.start) is not None):
        # "Military spending, the highest share among G20 members, is budgeted at 270 billion riyals", "put at 7.3% of GDP,
        # the highest share among G20 members": the head of an apposition ranking the noun or the figure before it (any cue,
        # a market word's "share" too) says nothing of what the figure measures
        cost += BREAK_PENALTY
    elif hit.entry.get("firm") and gap_end == fig_start and SPEAKER_VERB.search(gap):
        # "Kathleen Stephansen of ... Securities Corp, expects a 26.3 billion dlr February budget deficit": the firm is
        # who speaks, the noun the figure sizes is what it measures
        cost += BREAK_PENALTY
    if gap_end == fig_start and hit.entry["metric"] != "NONE" and gap_end - gap_start <= SIZED_OBJECT_REACH \
            and SIZED_OBJECT_AT.fullmatch(gap) \
            and _sizing_verb_before().search(text, max(0, hit.start - SIZING_VERB_REACH), hit.start):
        # (metric25) "Reeves's budget put borrowing at 4.5% of GDP": the noun a sizing verb puts "at" the figure is what it
        # measures, as a sum's own "in" noun after it is, not the verb's subject (the budget)
        cost -= IN_OF_BONUS
    if index is not None:
        cost += FIGURE_PENALTY * index.figures_within(gap_start, gap_end)
    else:
        cost += FIGURE_PENALTY * sum(1 for a, b in figures if a >= gap_start and b <= gap_end)
    if gap_start == fig_end:
        period = PERIOD_LEAD.match(gap)
        if period is not None:
            # a period straight after the figure says when, not what: "owed about $5bn this year in debt repayments", "will
            # spend 14 billion dlrs next year servicing its foreign debt" (its words are no distance to the noun)
            cost -= count_words(period.group())
            gap = gap[period.end():]
        in_of = IN_OF_NOUN.fullmatch(gap) or (names_metric and _adjective_in_of(gap))
        if not in_of and names_metric and OFF_NOUN.fullmatch(gap):
            cost -= IN_OF_BONUS  # (metric27) "three billion off taxes": the noun the sum comes off
        if in_of or (not gap.strip() and IN_OF_CUE.match(text, hit.start, hit.end)):
            # "19.5 billion dlrs in new taxes", "1,000 billion in tax cuts", "22 billion in revenue increases" (a cue holding
            # its "in"): the noun it measures
            cost -= IN_OF_BONUS
            if in_of and NEW_BEFORE_NOUN.search(gap):
                cost -= 1  # (cmetric22) "4 billion stg in new taxes": the amount word is the noun's, no distance to it
            elif in_of and not IN_OF_NOUN.fullmatch(gap):
                cost -= 1  # (metric27) "9 billion dlrs in domestic cuts": so is the adjective of the noun (IN_OF_ADJECTIVE)
        elif sizes_compound(text, hit, fig_end):
            cost -= SIZED_NOUN_BONUS  # "its 109 billion dlr foreign debt": the compound the figure sizes
        if names_metric and TO_NOUN.fullmatch(gap) \
                and _accrual_verb_before().search(text, max(0, fig_start - ACCRUAL_REACH), fig_start):
            # (metric26) "higher welfare spending will add 10 billion pounds to the deficit", "the bill would add 3.4
            # trillion dollars to U.S. debt": the balance or stock a sum is added to is what it measures, as a sum's own
            # "in" noun is, and more surely than the verb's subject (the spending, the bill) (accrual_verbs.csv)
            cost -= IN_OF_BONUS if in_of else 2 * IN_OF_BONUS
    return cost


# (fix26a) the gap from a figure to the noun a sum is cut out of: "from", then three words at most ("from the farm")
FROM_NOUN = regex.compile(r"\s+from\s+(?:[\w.'’-]+\s+){0,3}", regex.IGNORECASE)


@functools.cache  # (a loader of its own, as the preload and twin tests enumerate them)
def _removal_verb_before():
    """A removal verb of removal_verbs.csv (every form), then an amount word at most, right before the figure: "cut one to
    two billion dlrs", "trimmed about 300 mln", "slashing another 10 billion"."""
    return _verb_before_sum("removal_verbs.csv")


# the gap from a figure to the noun a sum is added to: "to", then three words at most ("to the federal", "to U.S.")
TO_NOUN = regex.compile(r"\s+to\s+(?:[\w.'’-]+\s+){0,3}", regex.IGNORECASE)
ACCRUAL_REACH = 40  # chars before the figure


@functools.cache  # (a loader of its own, as the preload and twin tests enumerate them)
def _accrual_verb_before():
    """An accrual verb of accrual_verbs.csv (every form), then an amount word at most, right before the figure: "add 10
    billion pounds", "added an estimated 3.4 trillion dollars", "adding about 20 billion"."""
    return _verb_before_sum("accrual_verbs.csv")


@functools.cache
def _verb_before_sum(file: str):
    """A verb of `file` (a CSV with a "verb" column, every form listed), then an amount word at most, right before a figure
    (the removal and accrual verbs above: one pattern shape, two word lists)."""
    verbs = [r["verb"] for r in read_rows(file)]
    return ascii_twin(regex.compile(r"\b(?:" + phrases_alternation(verbs) + r")\s+(?:(?:about|around|some|roughly|nearly|almost|"
                                    r"an\s+estimated|an\s+extra|another|a\s+further|more\s+than|over|up\s+to|at\s+least)\s+)?$",
                                    regex.IGNORECASE))


# (metric25) the gap between a sized noun and its figure: "at", a bound or "about" at most ("put borrowing at about 4.5%")
SIZED_OBJECT_AT = regex.compile(r"\s+at\s+(?:(?:about|around|some|roughly|nearly|almost|an\s+estimated|just\s+over|just\s+under|"
                                r"under|below|over|above|a|an)\s+)?", regex.IGNORECASE)
SIZED_OBJECT_REACH = 30  # chars
SIZING_VERB_REACH = 60  # chars before the noun


@functools.cache
def _sizing_verb_before():
    """A sizing verb of sizing_verbs.csv (every form), then an article or a possessor and two words at most, at the end: the
    verb whose object the noun after it is ("put borrowing", "sees the deficit", "set next year's public sector deficit")."""
    verbs = [r["verb"] for r in read_rows("sizing_verbs.csv")]
    return ascii_twin(regex.compile(r"\b(?:" + phrases_alternation(verbs) + r")\s+(?:(?:the|its|their|a|an|this|next|last|"
                                    r"[\w.]+['’]s)\s+)?(?:[\w-]+\s+){0,2}$", regex.IGNORECASE))


# what opens an aside between commas that lists parts of a total ("which includes ...", "excluding ...", "of which"): the parts
# are not the total the sentence goes on to give (a plain relative clause, "the bill, which as written by the Appropriations
# Committee, would approve ...", may hold the figure's own noun)
# a participle opening an aside that describes the noun before it ("Oil revenues, slashed by some 40 pct in the original budget
# ..., were forecast to rise to 1.73 billion dinars", "Customs revenues, cut sharply in last year's budget, are projected to
# reach ..."): what the aside names (the budget the revenue was cut in) is no metric of the main clause's figure
PARTICIPLE_ASIDE = (r"(?:\w+ed|cut|set|hit|put|kept|held|left|made|spent|sold|lent|paid|led|fed|won|lost|brought|bought|sought|"
                    r"found|told|seen|shown|given|taken|written|driven|swollen|grown|risen|fallen|drawn|frozen|broken|known|done)\s+"
                    r"(?:by|in|from|at|for|under|with|over|after|since|during|\w+ly)\b")
ASIDE_OPENER = regex.compile(r",\s+(?:(?:but|and)\s+)?(?:(?:which|that)\s+(?:includes?|included|excludes?|excluded|contains?|covers?|"
                             r"comprises?)|excluding|including|not\s+including|of\s+which|apart\s+from|except(?:\s+for)?|"
                             + PARTICIPLE_ASIDE + r")\b[^,;]*$", regex.IGNORECASE)
ASIDE_REACH = 120  # chars back from a cue to its aside's opening
# an aside listing parts, closed by a comma ("..., excluding proceeds from sales of government bonds, but including ...,")
ASIDE_SPAN = regex.compile(r",\s+(?:(?:but|and)\s+)?(?:(?:which|that)\s+(?:includes?|included|excludes?|excluded)|excluding|including|"
                           r"not\s+including|apart\s+from|except(?:\s+for)?|" + PARTICIPLE_ASIDE + r")\b[^,;]*(?=,)", regex.IGNORECASE)

# (metric27) an inclusion aside listing several parts between commas, its last item coordinated ("..., including health, welfare,
# farm programs and lower interest payments, amount to 11.6 billion dlrs"): the list is one aside, closed by the comma after its
# "and"/"or" item; each item is short (no digit, no semicolon)
LIST_OPENER = r",\s+(?:(?:but|and)\s+)?(?:(?:which|that)\s+(?:includes?|included|excludes?|excluded)|excluding|including|not\s+including)\b"
LIST_ASIDE_SPAN = regex.compile(LIST_OPENER + r"(?:[^,;\d]{1,60},\s+){1,8}[^,;\d]{0,60}?\s(?:and|or)\s[^,;\d]{1,60}(?=,)",
                                regex.IGNORECASE)
LIST_REACH = 400  # chars back from a cue to its list aside's opening
# an inclusion aside, one item or a list, closed by a comma: what a total holds
PARTS_SPAN = regex.compile(LIST_OPENER + r"[^,;]*(?=,)", regex.IGNORECASE)


def in_parts_aside(text: str, cue: Hit, start: int, end: int) -> bool:
    """(metric27) Whether a cue stands inside an inclusion aside (", including defence, social spending and interest payments,")
    that opens after `start` and closes before `end`: it names a part of the total the aside follows, not the total."""
    if "includ" not in text[start:end] and "exclud" not in text[start:end]:
        return False
    for span in (LIST_ASIDE_SPAN, PARTS_SPAN):
        for m in span.finditer(text, start, end):
            if m.start() <= cue.start and cue.end <= m.end():
                return True
    return False


# the rest of a coordinated predicate after an aside closes: ", and set an ambition of ", ", and wants it to reach "
AFTER_ASIDE_AND = regex.compile(r",\s+and\s+(?:[\w'’-]+\s+){1,7}?$", regex.IGNORECASE)
AFTER_ASIDE_REACH = 80  # chars before the figure searched for it


def closed_aside_before(text: str, sentence_start: int, fig_start: int) -> tuple[int, int] | None:
    """(opening, closing comma) of a participle or qualifying aside that closes before the predicate coordinated after it,
    in which the figure stands ("pledged to lift defence spending to 2.5% of GDP, paid for by cutting development aid to
    0.3% of GNI, and set an ambition of 3%"); else None."""
    if ", and " not in text[max(sentence_start, fig_start - AFTER_ASIDE_REACH):fig_start]:
        return None
    m = AFTER_ASIDE_AND.search(text, max(sentence_start, fig_start - AFTER_ASIDE_REACH), fig_start)
    if m is None:
        return None
    closing = m.start()
    a = ASIDE_OPENER.search(text, max(sentence_start, closing - 2 * ASIDE_REACH), closing)
    return (a.start(), closing) if a is not None else None


def _inside_aside(text: str, hit: Hit, closing: int) -> bool:
    """Whether a cue stands in an aside opened by a comma and a relative or qualifying word, closed by the comma at
    `closing` (no comma between the opening and the cue)."""
    if "," in text[hit.end:closing]:
        return False
    if ASIDE_OPENER.search(text, max(0, hit.start - ASIDE_REACH), hit.start) is not None:
        return True
    # (metric27) or in the last item of a list aside closed there: "..., including health, welfare, farm programs and lower
    # interest payments, amount to 11.6 billion dlrs"
    lo = max(0, hit.start - LIST_REACH)
    if "clud" not in text[lo:hit.start].lower():
        return False  # (no list opener within reach: no scan)
    return any(m.start() <= hit.start and m.end() == closing
               for m in LIST_ASIDE_SPAN.finditer(text, lo, closing + 1) if text.count(",", m.start(), m.end()) >= 2)


@functools.cache
def _ranked(tail: str):
    """An apposition ranking the noun before it (", the highest", ", the second-largest" and up to 60 characters more, then
    `tail`): its superlatives are those of superlatives.csv (as roles.aside_regex reads a state's ranked apposition)."""
    words = [r["word"] for r in read_rows("superlatives.csv")]
    return ascii_twin(regex.compile(r",\s*the\s+(?:(?:second|third|fourth|fifth)[\s-]+)?(?:" + phrases_alternation(words)
                                    + r")\b[^,;()]{0,60}" + tail, regex.IGNORECASE))


@functools.cache  # (a cached builder of no argument: tests/claims/test_ascii_twin.py checks its twin)
def _ranked_apposition():
    """The opening of a ranked apposition, up to a cue."""
    return _ranked("$")


@functools.cache  # (a cached builder of no argument: tests/claims/test_ascii_twin.py checks its twin)
def _ranked_span():
    """A whole ranked apposition closed by a comma (", the highest share among G20 members" before ",")."""
    return _ranked("(?=,)")


def _in_ranked_apposition(text: str, hit: Hit, closing: int) -> bool:
    """Whether a cue stands in an apposition ranking the noun before it, closed by the comma at `closing` before the
    figure (no comma between the cue and that one)."""
    return "," not in text[hit.end:closing] and _ranked_apposition().search(text, max(0, hit.start - 80), hit.start) is not None


# a bare budget named as a place or a payer: "in the budget", "under this year's budget", "from the federal budget", "will
# cost the budget" (two more words may stand before the noun: "in the 2026 federal budget")
BUDGET_PLACE = regex.compile(r"\b(?:in|under|into|from|within|cost|costs|costing)\s+(?:(?:the|its|their|this|next|(?-i:[A-Z])[\w.]*['’]s)\s+)?"
                             r"(?:(?:year['’]s|[\w-]+)\s+){0,2}$", regex.IGNORECASE)
PLACE_REACH = 50  # chars before the budget word


def budget_as_place(text: str, hit: Hit) -> bool:
    """Whether a bare budget word is where a sum sits or who pays it, after "in", "under", "from", "cost" ..."""
    return BUDGET_PLACE.search(text, max(0, hit.start - PLACE_REACH), hit.start) is not None


# a noun followed by its own figure: "revenue of 1.385 billion", "spending at 27.4 billion", "revenue, 4.3 billion"
OWN_FIGURE = regex.compile(r"(?:\s+(?:of|at|was|were|is|totall?ing)|\s*[,:])?\s+(?:(?:about|around|some|roughly|nearly|almost|"
                           r"an\s+estimated|estimated|a|an)\s+)?", regex.IGNORECASE)
_last_starts: tuple = (None, frozenset())  # (figures list, kept alive: the set of its figures' starts)


def _names_next_figure(text: str, hit: Hit, figures: list[tuple[int, int]]) -> bool:
    """Whether a cue is followed straight away by a figure of its own (which it measures instead of an earlier one)."""
    # "spending will rise to 47 billion rand, with revenue budgeted at around 40 billion": a noun with its own participle
    # and "at" sizes the figure after it (cuecompound.SIZED_AT)
    m = SIZED_AT.match(text, hit.end, min(len(text), hit.end + 60)) \
        or OWN_FIGURE.match(text, hit.end, min(len(text), hit.end + 40))
    if m is None:
        return False
    if " of " in text[hit.end:hit.end + 40]:
        # (metric25) "and to bring it below 3% only by 2028, with a savings package of about 6.4 billion euros": a cue that
        # modifies the head noun of a later figure ("savings" of "package of about 6.4 billion") is in that figure's noun
        # phrase, as the head itself is
        head = MODIFIED_HEAD_OF.match(text, hit.end, min(len(text), hit.end + 60))
        if head is not None and not (m.end() > hit.end and m.end() in _figure_starts(figures)):
            m = head
    seen = (figures, _figure_starts(figures))
    if m.end() not in seen[1] and MARGIN_CUE.match(hit.entry["cue"]):
        # "foresees spending of 40 billion dlrs, exceeding revenue by 3.5 billion": the margin after "by" is the gap's own
        # figure, the sum before it one side's
        m = BY_MARGIN.match(text, hit.end, min(len(text), hit.end + 40))
        return m is not None and m.end() in seen[1]
    return m.end() in seen[1]


def _figure_starts(figures: list[tuple[int, int]]) -> frozenset:
    """The set of a sentence's figures' starts (one set per figures list: a lookup, not a scan, per cue)."""
    global _last_starts
    seen = _last_starts
    if seen[0] is not figures:
        seen = _last_starts = (figures, frozenset(a for a, _ in figures))
    return seen[1]


# (metric25) a head noun right after a cue, then "of" and its figure: "a savings package of about 6.4 billion euros", "spending
# cuts of 2 billion", "a deficit target of 3%" (the head is no function word: "spending of", "spending to", "spending in" are
# the cue's own phrases)
MODIFIED_HEAD_OF = regex.compile(r"[\s-]+(?!(?:of|at|to|in|on|for|by|from|and|or|but|is|was|were|are|be|been|will|would|could|"
                                 r"should|may|might|has|have|had|the|a|an|this|that|its|their|than|as|with)\b)(?-i:[a-z])[\w-]*"
                                 r"\s+of\s+(?:(?:about|around|some|roughly|nearly|almost|an\s+estimated|estimated|up\s+to|more\s+than|"
                                 r"over|a|an)\s+)?", regex.IGNORECASE)


# a gap between two totals (metric_cues.csv: "exceed* revenue*", "outstrip* spending") and the margin "by" which one passes the
# other
MARGIN_CUE = regex.compile(r"(?:exceed|outstrip)\S*\s", regex.IGNORECASE)
BY_MARGIN = regex.compile(r"\s+by\s+(?:(?:about|around|some|roughly|nearly|almost|an\s+estimated|more\s+than|over|up\s+to)\s+)?",
                          regex.IGNORECASE)
COMMA_NEXT = regex.compile(r"\s*,")
# a figure's conversion into another currency in brackets: " ($1.2bn; £910m)", " (176 mln dlrs)"
CONVERSION = regex.compile(r"\s*\([^()]{1,40}\d[^()]{0,40}\)")
SHORT_LIST = 8  # a sentence with fewer metric cues than this is costed by plain loops (an index costs more)


class _SentenceIndex:
    """A sentence's metric cues, figure spans and words, sorted for bisecting (speed on huge sentences).

    governing_cue used to cost every cue of the sentence for each figure, each cost counting the words
    of its gap and every figure of the sentence: cubic in a sentence of thousands of "defence spending
    2%" (3,000 of them took minutes). With the index, a figure costs only the few cues next to it
    (`_governing_indexed`), and a gap's words and figures are counted by bisection.
    """

    def __init__(self, text: str, hits: list[Hit], figures: list[tuple[int, int]]):
        self.hits, self.figures = hits, figures  # kept alive: the cache below compares them by identity
        self.starts, self.ends = [h.start for h in hits], [h.end for h in hits]
        # hits come in text order without overlaps (CueSet.finditer); anything else is costed in full
        self.ordered = all(x <= y for x, y in zip(self.starts, self.starts[1:])) \
            and all(x <= y for x, y in zip(self.ends, self.ends[1:]))
        spans = sorted(figures)
        self.fig_starts, self.fig_ends = [x for x, _ in spans], [y for _, y in spans]
        # the words of the stretch holding every cue and figure, as count_words would find them there
        self.lo = min(self.starts[:1] + self.fig_starts[:1])
        self.hi = max(self.ends[-1:] + self.fig_ends)
        words = [m.span() for m in WORD.finditer(text, self.lo, self.hi)]
        self.word_starts, self.word_ends = [x for x, _ in words], [y for _, y in words]

    def figures_within(self, start: int, end: int) -> int:
        """How many figure spans lie inside [start, end]."""
        lo, hi = bisect.bisect_left(self.fig_starts, start), bisect.bisect_right(self.fig_starts, end)
        return sum(1 for k in range(lo, hi) if self.fig_ends[k] <= end)

    def words(self, text: str, start: int, end: int) -> int | None:
        """count_words(text[start:end]), or None when the index cannot tell.

        The words of the indexed stretch that lie inside [start, end) are exactly the words of the
        slice when no word of the stretch straddles either end (a word match depends only on the text
        it covers and the character after it)."""
        if start < self.lo or end > self.hi:
            return None
        ws, we = self.word_starts, self.word_ends
        for pos in (start, end):
            i = bisect.bisect_right(ws, pos) - 1
            if i >= 0 and ws[i] < pos < we[i]:
                return None  # a word cut by the gap's end: count the slice itself
        return max(0, bisect.bisect_right(we, end) - bisect.bisect_left(ws, start))


_last_index: tuple = (None, None)  # (hits list, its _SentenceIndex): one read, so threads cannot mix two


def _sentence_index(text: str, hits: list[Hit], figures: list[tuple[int, int]]) -> _SentenceIndex | None:
    """The index of a sentence's cues and figures (built once per hits list), None for a short list."""
    global _last_index
    if len(hits) < SHORT_LIST:
        return None
    seen = _last_index
    if seen[0] is not hits or seen[1].figures is not figures:
        seen = _last_index = (hits, _SentenceIndex(text, hits, figures))
    return seen[1]


def governing_cue(text: str, fig_start: int, fig_end: int, hits: list[Hit],
                  figures: list[tuple[int, int]]) -> Hit | None:
    """The metric cue that governs the figure (None when no cue is within reach)."""
    index = _sentence_index(text, hits, figures)
    if index is not None and index.ordered:
        return _governing_indexed(text, fig_start, fig_end, index)
    best, best_cost = None, None
    for hit in hits:
        cost = _cost(text, hit, fig_start, fig_end, figures)
        if cost is not None and (best_cost is None or cost < best_cost):
            best, best_cost = hit, cost
    return best


def _governing_indexed(text: str, fig_start: int, fig_end: int, index: _SentenceIndex) -> Hit | None:
    """governing_cue over a long sentence: the same cue, costing only the cues within reach.

    The cues before the figure are costed nearest first and the walk stops at the first one too far
    (in characters, or in words as the index counts them): every cue farther away has a longer gap
    holding at least those words, so `_cost` rules it out too. Likewise after the figure. The
    cheapest cue wins, ties going to the earliest, as in the plain loop."""
    hits, starts, ends = index.hits, index.starts, index.ends
    best = None  # (cost, position in hits, hit)
    before = bisect.bisect_right(ends, fig_start)  # hits[:before] end by the figure's start
    after = bisect.bisect_left(starts, fig_end, before)  # hits[after:] start at its end or later
    walks = ((range(before - 1, -1, -1), PRE_WINDOW), (range(after, len(hits)), POST_WINDOW))
    for order, window in walks:
        for k in order:
            hit = hits[k]
            gap_start, gap_end = (hit.end, fig_start) if k < before else (fig_end, hit.start)
            if gap_end - gap_start > (window + 1) * GAP_CHARS_PER_WORD:
                break
            words = index.words(text, gap_start, gap_end)
            if words is not None and words > window:
                break
            cost = _cost(text, hit, fig_start, fig_end, index.figures, index)
            if cost is not None and (best is None or (cost, k) < best[:2]):
                best = (cost, k, hit)
    return best[2] if best is not None else None


# "30% of federal revenue", "27 pct of export revenues", "60% of its annual budget": what a share is taken of (a
# possessor and two more words may stand between "of" and the noun); never across a basis or a conjunction ("the deficit
# narrowed to 3.2% of GDP while debt stood at 81.0%": a share of GDP, and "debt" opens the next clause)
_NO_LINK = r"(?!(?:and|or|but|while|whereas|GDP|GNP|GNI|NNI)\b)"
DENOMINATOR = regex.compile(r"\s+of\s+(?:" + _NO_LINK + r"(?:the|its|their|this|that|(?-i:[A-Z])[\w.]*['’]s?)\s+)?(?:" + _NO_LINK
                            + r"[\w-]+\s+){0,2}", regex.IGNORECASE)


def share_cue(text: str, fig_start: int, fig_end: int, hits: list[Hit], figures: list[tuple[int, int]],
              cue: Hit | None) -> Hit | None:
    """The cue governing a percent whose nearest cue is what it is a share of.

    "Interest payments are likely to absorb around 30% of federal revenue": "revenue" is the whole the
    share is taken of, not what the figure measures; the measure is the cue that governs once the whole is
    set aside. Kept only when that cue names a metric (a share of a budget no other cue speaks for stays
    the budget's: "cut 10% of the defence budget")."""
    if cue is None or cue.start < fig_end:
        return cue
    m = DENOMINATOR.match(text, fig_end, min(len(text), cue.start))
    if m is None or m.end() != cue.start:
        return cue
    rest = [h for h in hits if h is not cue]
    other = governing_cue(text, fig_start, fig_end, rest, figures)
    if other is None or other.entry["metric"] in ("NONE", "CARRY"):
        return cue
    return other


# a share's own figure: "12 pct", "12%", "12 percent", "12 per cent"
SHARE_FIGURE = regex.compile(r"%|\b(?:pct|percent|per\s+cent)\b", regex.IGNORECASE)
WHOLE_REACH = 40  # chars between a share and the weak word it is taken of


def whole_of_other_share(text: str, cue: Hit | None, fig_start: int, fig_end: int, figures: list[tuple[int, int]]) -> bool:
    """Whether a spending or budget word before a sum it governs is the whole another figure of its sentence is a share of.

    "The deficit, equal to about 12 pct of spending, would fall to 8 billion crowns", "The shortfall, some 12 pct of
    expenditure, is expected to reach 8 billion": the spending word says what the share is taken of (the deficit given as a
    share of spending), not what the sum after it measures. Looks only at the figures just before the cue."""
    if cue is None or cue.entry["metric"] != "public_spending" or cue.end > fig_start:
        return False
    own = OWN_FIGURE.match(text, cue.end, fig_start)
    if own is not None and own.end() == fig_start:
        return False  # "20 pct of the national 1987 budget of 70 billion rupees": the whole's own size
    for a, b in figures:
        if b <= cue.start and cue.start - b <= WHOLE_REACH and not (a >= fig_start and b <= fig_end):
            m = DENOMINATOR.match(text, b, cue.start)
            if m is not None and m.end() == cue.start and SHARE_FIGURE.search(text, a, b) is not None:
                return True
    return False


# a word for paying on a debt before a share of a state's foreign earnings: "limit repayments on its debt to 10 pct of its
# export earnings", "cut payments to 20 pct of exports"
SERVICE_WORD = regex.compile(r"\b(?:repay\w*|payments?|servic(?:e|es|ed|ing)|interest)\b", regex.IGNORECASE)
SERVICE_SHARE_REACH = 160  # chars before the share
# what the share pays, right after the earnings it is taken of: "pays 40 pct of its export earnings in interest", "spent 30 pct
# of exports on debt service", "a quarter of its export earnings on interest payments"; (metric27) or the debt itself it is paid
# on: "will pay no more than 10 pct of export earnings on its foreign debt" (the debt-service ratio, not the debt)
SERVICE_AFTER_WHOLE = regex.compile(r"\s+(?:in|on|for)\s+(?:(?:its|their|the)\s+)?(?:(?:foreign|external)\s+)?"
                                    r"(?:interest\b|debts?(?:\s+(?:service|servicing|repayments?|payments?))?\b|(?:re)?payments\s+on\b)",
                                    regex.IGNORECASE)


def service_share(text: str, fig_start: int, fig_end: int, hits: list[Hit], lo: int) -> str | None:
    """The metric of a share of a state's foreign earnings paid on its debt (`debt_share` column of metric_cues.csv): a
    servicing word stands before the share in its clause ("its policy of limiting payments on its 14 billion dlr debt to
    10 pct of its export earnings": the debt-service ratio, not the debt)."""
    whole = next((h for h in hits if h.entry.get("debt_share") and fig_end < h.start <= fig_end + 60
                  and DENOMINATOR.fullmatch(text, fig_end, h.start)), None)
    if whole is None:
        return None
    if SERVICE_AFTER_WHOLE.match(text, whole.end):
        return whole.entry["debt_share"]  # "absorbs 40 pct of its export earnings in interest alone"
    start = max(lo, fig_start - SERVICE_SHARE_REACH)
    paid = last_match(SERVICE_WORD, text, start, fig_start)  # the last servicing word before the share
    if paid is None or CLAUSE_SCAN.search(text, paid.end(), fig_start) is not None:
        return None
    return whole.entry["debt_share"]


def weak_whole(cue: Hit | None, text: str | None = None, fig_end: int | None = None) -> bool:
    """Whether a cue is a weak budget or spending word ("budget", "spending"), which a sum may be taken out of.

    (metric27) Given the text and the sum's end: not when the word follows the sum's "of" or "in" with no determiner, at most
    one modifier between ("12 billion dlrs of discretionary cuts", "10 billion euros of cuts"): a bare noun there is what the
    sum consists of, its own noun; a whole it is taken out of has its determiner ("4.2 billion dlrs of the budget")."""
    if cue is None or cue.entry["metric"] != "public_spending" or not cue.entry.get("resolves"):
        return False
    if text is not None and fig_end is not None and cue.start > fig_end:
        bare = BARE_OWN_NOUN.fullmatch(text, fig_end, cue.start)
        if bare is not None:
            return False
    return True


# the gap from a sum to a bare noun of its own: "of", "in", at most one lower-case modifier ("of discretionary cuts")
BARE_OWN_NOUN = regex.compile(r"\s+(?:of|in)\s+(?:" + ADJECTIVE_WORD + r"\s+)?", regex.IGNORECASE)


# a sentence opening on an aside that lists parts ("Including the special funds for the armed forces, borrowing will total
# about 174 billion euros"): its words say what the total holds, not what the total is
OPENING_ASIDE = regex.compile(r"[\"“'‘]?\s*(?:including|excluding|not\s+including|apart\s+from|except\s+for|besides|on\s+top\s+of)\b"
                              r"[^,;\d]{0,160},", regex.IGNORECASE)


def outside_opening_aside(text: str, start: int, end: int, hits: list[Hit]) -> tuple[int, list[Hit]] | None:
    """(the end of a sentence's opening aside, the cues outside it), or None when the sentence opens on no aside."""
    m = OPENING_ASIDE.match(text, start, end)
    if m is None:
        return None
    return m.end(), [h for h in hits if h.start >= m.end() or h.start == h.end]  # a stand-in for the topic stays


# a purpose after a weak word: "a $2.5 trillion package aimed at curbing the giant US budget deficit" (the package is spending,
# the deficit what it is for)
# (and what a sum makes good: "received 155 mln ECUs mainly to compensate for a fall in its peanut export earnings", "to make up
# for a drop in coffee and cocoa export earnings")
@functools.cache
def purpose_regex():
    """A purpose marker (purpose_phrases.csv, or "to compensate" with at most one word before "for")."""
    phrases = [r["phrase"] for r in read_rows("purpose_phrases.csv")]
    return ascii_twin(regex.compile(r"\b(?:" + phrases_alternation(phrases) + r"|to\s+compensate(?:\s+\w+)?\s+for)\b",
                                    regex.IGNORECASE))


BUDGET_WORDS = frozenset({"budget", "budgets"})


# every regex pattern above runs as its standard-re twin on ASCII text (lexicon.AsciiTwin: the same matches, less CPU)
from .lexicon import ascii_twins as _ascii_twins  # noqa: E402  (after the patterns it replaces)

_ascii_twins(globals())
