"""Plans, budgets, laws and documents: whether a figure is a plan's content, a statute's rule or a document's call.

A figure a budget, bill, package or party plan holds is proposed (or committed) by its author, not forecast; one
set under a law ("under the Gramm-Rudman Act") is that statute's rule; a document's call ("the draft calls for")
and a bulleted list's heading give the type of what they hold; a purpose ("towards reducing the deficit to") or a
participle going on with an act (", adding 9 billion") carries the act's stance. An article on a legislature's budget
fight (Congress, the Senate) reads these plans as proposals. These constructions decide claim_type (and the plan's
author as actor) before the learned type model gives its second opinion.
"""
from __future__ import annotations

import bisect
import functools

import regex

from . import lexicon as _lexicon
from .lexicon import count_words, read_rows
from . import entities as _entities, voices as _voices
from . import stance as _stance
from .speakers import uncoded_or_credited
from .forecasters import relayed_forecaster
from .levels import own_date


PASSIVE = regex.compile(r"\b(?:is|are|was|were|be|been|being)\s+(?:\w+ly\s+)?$", regex.IGNORECASE)

SELF_OBLIGATION = frozenset({"must", "should", "ought to", "need to", "needs to", "will need to", "would need to"})

# an article on a legislature's budget fight; the plan a figure belongs to; words saying it is enacted or only expected
LEGISLATURE = regex.compile(r"\b(?:(?<!People['’]s\s)(?<!Party\s)Congress(?!\s+(?:Party|party|government|-led))|House\s+of\s+Representatives|(?:House|Senate)\s+(?:Budget|Appropriations|Ways|Armed|Finance|Democrats|Democratic|Republicans|Republican|Majority|plan|version|bill|passed)|congressional|senators?|congressmen)\b")
LEGISLATURE_WORDS = ("Congress", "Senate", "House", "congressional", "senator", "congressmen")

# a statute named before its target noun ("the Gramm-Rudman deficit target", "the Balanced Budget Act's target")
RULE_TARGET = regex.compile(r"\b(?:Gramm[- ]Rudman|Act['’]s|law['’]s|statutory|legal)\b", regex.IGNORECASE)

# a budget as a plan: not its balance ("budget deficit") nor an institution named after it ("the Parliamentary Budget
# Officer", "the Congressional Budget Office", "the Office of Management and Budget", "the budget committee")
BUDGET_PLAN = (r"(?<!management\s+and\s+)budget(?!\s+(?:(?:was|were|is|are|has\s+been|had\s+been|remained|stayed|ran|went)\s+)?(?:in(?:to)?\s+)?"
               r"(?:deficit|surplus|shortfall|gap|balance))(?!\s+(?:office|officer|committees?|commissioner|director|chief|bureau|"
               r"responsibility)\b)")

# a statute the figure is set under: "under the (provisions of the) Gramm-Rudman Act", "a new budget law requiring"
# (also a rule, pact or formula: "Under the Hague formula, at least 3.5% of GDP must go to core defence")
LAW = r"(?:law|act|legislation|statute|rules?|treaty|pact|formula|constitution)"
UNDER_LAW = regex.compile(r"\bunder\s+(?:the\s+|a\s+|its\s+)?(?:provisions\s+of\s+(?:the\s+)?)?(?:[\w'’-]+\s+){0,3}?" + LAW + r"\b",
                          regex.IGNORECASE)
LAW_REQUIRES = regex.compile(LAW + r"\s+(?:that\s+|which\s+)?(?:requir\w+|calls?\s+for|mandat\w+|obliges?)\b", regex.IGNORECASE)
LAW_REQUIRES_SCAN = _lexicon.Guarded(LAW_REQUIRES, ("requir", "call", "mandat", "oblige"))  # (the same: its verbs)
LAW_REACH = 200  # chars around a figure in which a statute phrase sets it

# a government's budget as the subject of what a document calls for ("the budget, to be sent to parliament next month, calls
# for spending of"): what it contains is the government's plan, not a proposal (not a draft's, an alternative's or a
# legislature's: those propose)
GOVERNMENT_BUDGET_DOC = regex.compile(r"(?<!draft\s)(?<!proposed\s)(?<!alternative\s)(?<!opposition\s)(?<!rival\s)(?<!shadow\s)"
                                      r"\bbudget(?:['’]s)?(?:\s+\w+){0,3}?(?:\s*,[^,.;]{1,90},)?\s+$", regex.IGNORECASE)

# a hedging modal right before a verb ("could require", "may need", "might call for")
HEDGED_BEFORE = regex.compile(r"\b(?:could|may|might)\s+(?:well\s+|also\s+|eventually\s+)?$", regex.IGNORECASE)


# a party's plan or pledge ("Labour's plan to invest £60bn in services", "a Tory plan to cut spending by £35bn", "the
# opposition's alternative budget"): what a party would do with the state's budget (its spending, taxes, deficit) if it
# governed is a policy figure, though the sentence names no state or government (a party's own money is named otherwise:
# "Labour spent £18m on its campaign"; its plans for grants or student numbers are not the state's finances)
PARTY_BUDGET_PLAN = regex.compile(r"\b(?:(?-i:Labour|Tory|Tories|Conservatives?|Liberal\s+Democrats?|Lib\s+Dems?|Democrats?|Democratic|"
                           r"Republicans?|Social\s+Democrats?)|opposition|party|parties)(?:['’]s?)?\s+(?:[\w-]+\s+)?"
                           r"(?:plans?|proposals?|pledges?|manifesto|alternative|programme|program)\b", regex.IGNORECASE)
PARTY_BUDGET_PLAN_SCAN = _lexicon.Guarded(PARTY_BUDGET_PLAN, ("plan", "proposal", "pledge", "manifesto", "alternative", "program"))


def party_plan_noun(text: str, clause, cue) -> bool:
    """Whether the plan noun governing a figure is a party's ("a Tory plan to cut spending by £35bn")."""
    m = PARTY_BUDGET_PLAN_SCAN.search(text, max(clause[0], cue.start - 40), cue.end)
    return m is not None and m.end() == cue.end


# "budget" naming a plan, not its balance: "the budget deficit", "the budget was in deficit by 28 billion in February" (a
# monthly statement's outturn) speak of the balance; "the International Monetary Fund" is an institution, no fund of money
BUDGET_STORY = regex.compile(r"\b" + BUDGET_PLAN + r"(?!\s+(?:hawks?|ministers?)\b)", regex.IGNORECASE)
PACKAGE_SUBJECT = regex.compile(r"\b(?:package|plan|programme|program|(?-i:fund)|accord|agreement|deal|bill|draft|" + BUDGET_PLAN + r"(?:['’]s)?)\b",
                             regex.IGNORECASE)
PACKAGE_SUBJECT_SCAN = _lexicon.Guarded(PACKAGE_SUBJECT, ("package", "plan", "program", "fund", "accord", "agreement", "deal", "bill",
                                                        "draft", "budget"))  # (searched only where one of its nouns stands)


# "part of a £1bn package", "a 6,000 billion yen plan": the figure sizes a package, plan or budget named right after it
# "raised taxes by 26 billion pounds a year by 2029/30 in her budget": a measure the budget holds, a little further on
IN_BUDGET_AFTER = regex.compile(r"[^,;.]{0,50}?\b(?:in|under)\s+(?:the|his|her|its|their)\s+(?:[\w/'’-]+\s+){0,2}?" + BUDGET_PLAN + r"\b",
                                regex.IGNORECASE)
PACKAGE_AFTER = regex.compile(r"\s+(?:[\w'’-]+\s+){0,2}?(?:package|plan|programme|program|(?-i:fund)|" + BUDGET_PLAN + r")\b",
                              regex.IGNORECASE)


# "The 6.9 billion dlr budget, which represents an increase of 18 pct": the relative clause's antecedent, right before "which"
PACKAGE_ANTECEDENT = regex.compile(r"\b(?:package|plan|programme|program|(?-i:fund)|bill|" + BUDGET_PLAN + r")\s*,?\s*(?:which\s+)?$",
                                   regex.IGNORECASE)
WHICH = regex.compile(r"which\s|(?<=which\s+)", regex.IGNORECASE)


def package_figure(text: str, clause, start: int, end: int) -> bool:
    """Whether the figure is a package's, plan's or budget's: its subject names one (or the antecedent of the relative
    clause it stands in does), or it sizes one named right after it."""
    return PACKAGE_SUBJECT_SCAN.search(text, clause[0], start) is not None or PACKAGE_AFTER.match(text, end, clause[1]) is not None \
        or IN_BUDGET_AFTER.match(text, end, clause[1]) is not None \
        or (WHICH.match(text, clause[0]) is not None and PACKAGE_ANTECEDENT.search(text, max(0, clause[0] - 40), clause[0]) is not None)


def own_plan_reported(ctx, sentence, cue) -> bool:
    """Whether a state's government reports what its own instrument would do ("The UK government said defence spending
    would rise to 2.6% of GDP"): its plan, not a forecast."""
    who = _voices.speaker(ctx, sentence, cue.start)
    return who is not None and _entities.is_state(who.code) and who.kind not in ("pronoun", "group")


# what a budget itself sets: its spending, defence line and aid (its revenue, its deficit or shortfall, the cost of its
# debt and a state's debt stock are outcomes: "there will be a shortfall of five billion this year", "the PSBR would be
# around 4.0 billion", "debt servicing will cost 204 mln dlrs" stay forecasts)
BUDGET_SET = frozenset({"public_spending", "defense_spending", "development_aid"})
# the borrowing a budget plans to cover its deficit ("covered by the issue of government bonds worth 59.5 billion",
# "financed by borrowing of 8.868 billion"): decided, unlike the deficit or shortfall it covers (not the deficit "before
# borrowing of 7 billion", "excluding borrowing of": the deficit itself, measured without it)
FINANCING_BEFORE = regex.compile(r"\b(?<!\b(?:before|excluding|after|without)\s+)(?:bonds?|borrowing|borrowings|new\s+debt|loans?)\s+(?:worth|of|totalling|totaling|amounting\s+to)\s+"
                                 r"(?:(?:about|around|some|roughly|nearly)\s+)?$", regex.IGNORECASE)
# the cue of a level stated in the future or as it stands, not a word of someone's expectation ("expects", "projected")
LEVEL_CUES = frozenset({"future", "actual"})


# "expects to spend", "projects to cut": a forecasting verb whose complement is the subject's own policy act
EXPECTS_TO_ACT = regex.compile(r"\s+to\s+(?:\w+ly\s+|further\s+)?(?:cut|rais|reduc|increas|spen[dt]|lift|boost|allocat|invest|"
                               r"earmark|trim|impos|introduc|doubl|halv|slash|set\s+aside|borrow|lower|bring)\w*\b", regex.IGNORECASE)


OTHER_VERB = regex.compile(r"\b(?:will|would|shall|could|might|may)\b", regex.IGNORECASE)


def own_plan_projected(ctx, state: dict, sentence, clause, fig: dict, st) -> bool:
    """Whether a forecasting verb's subject or the sentence's reporter is a state's own government and the figure is
    one it decides: a budget line (spending, defence, aid) or its own act ("expects to cut the deficit to 3%")."""
    cue, text = st.cue, ctx.text
    # (an act of forecasting, not a modal's guess: "Morocco is likely to obtain 100 mln dlrs of aid")
    if cue is None or st.how != "governing" or cue.entry["claim_type"] != "forecast" or cue.entry["pos"] not in "VA" \
            or int(cue.entry["priority"]) < FORECASTER_PRIORITY:
        return False
    acts = EXPECTS_TO_ACT.match(text, cue.end) is not None
    if fig["metric"] not in BUDGET_SET and not acts:
        return False
    # "predicted the government would spend 1.066 trillion": a forecast of another subject's act
    if OTHER_VERB.search(text, cue.end, fig["char_start"]):
        return False
    passive = PASSIVE.search(text, max(sentence.start, cue.start - 25), cue.start) is not None
    if passive and not fig["metric"] in BUDGET_SET:
        return False  # "the deficit is expected to be cut to 3%": an outcome expected
    # "Spain is forecast to spend 1.28%": the subject of a passive is forecast by someone else; the government that
    # reports its own expected spending plans it
    who = ctx.reporter(sentence) if passive else (_voices.subject_before(ctx, sentence, clause, cue) or ctx.reporter(sentence))
    if who is None or not _entities.is_state(who.code) or who.kind not in _entities.STATE_KINDS:
        return False
    return not uncoded_or_credited(ctx, state, sentence)


# a plan or budget framing the figure ("under the plan", "in the government's draft budget", "under the Commission's
# proposal", "under the government's plans": the plural too, modern53), not a budget deficit ("in the budget deficit"); an indefinite one only as enacted ("under a plan approved by
# parliament", "under a budget adopted in December": no one's expectation, what the enacted plan holds)
PLAN_FRAME = regex.compile(r"\b(?:in|under)\s+(?:(?:the|this|that|his|her|its|their|(?-i:[A-Z])[\w.-]*['’]s?)\s+(?:[\w'’-]+\s+){0,2}?"
                           r"(?:plan|draft|programme|program|package|blueprint|proposal|" + BUDGET_PLAN + r")s?\b|an?\s+(?:[\w'’-]+\s+){0,2}?"
                           r"(?:plan|programme|program|package|" + BUDGET_PLAN + r")\s+(?:(?:already|recently|just|formally)\s+)?"
                           r"(?:approved|adopted|passed|enacted|endorsed|ratified|signed\s+into\s+law)\b)", regex.IGNORECASE)
PROPOSED_FRAME = regex.compile(r"\b(?:proposal|bill)\b", regex.IGNORECASE)


def plan_frame(text: str, stretch):
    """The phrase framing a figure as a plan's or budget's content, in the stretch of its clause that is its own, if any."""
    return PLAN_FRAME.search(text, stretch[0], stretch[1])


# a figure of a percent or a sum between a plan frame and the claim's figure: the frame is that figure's, not the claim's
FIGURE_BETWEEN = regex.compile(r"\d(?:[\d.,]*\d)?\s*(?:%|per\s*cent\b|percent\b|pct\b|(?:billion|million|trillion|bn|mln)\b)",
                               regex.IGNORECASE)


def frame_stands(text: str, claim: dict, new: str, s0: int) -> bool:
    """Whether the rules' commitment of a level a plan frame names in its sentence ("Under the government's plans, Germany's
    defence spending is expected to reach 3.5% of GDP by 2029", "... by 2029 under the finance ministry's plans": the plan's
    content, plantype._plan_holds) stands against the model's forecast, which reads "expected" or "projected" apart from
    the frame. Only a commitment against a forecast, only a frame with "under", and only one with no other figure between it
    and the claim's."""
    if claim.get("claim_type") != "commitment" or new != "forecast":
        return False
    start, end = claim["char_start"], claim["char_end"]
    sentence_end = s0 + len(claim["sentence"]) if claim.get("sentence") else len(text)
    for m in PLAN_FRAME.finditer(text, s0, max(sentence_end, end)):
        gap = (m.end(), start) if m.end() <= start else (end, m.start()) if m.start() >= end else None
        # ("under": a line "in the EC budget" is where "an expected 5.7 billion dlr shortfall" falls, no plan that sets it)
        if gap is not None and m.group(0)[:5].lower() == "under" and FIGURE_BETWEEN.search(text, *gap) is None:
            return True
    return False


# a verb setting a level, its object and "to" or "by" right before the figure ("raised its contribution to"; up to six words:
# "cut the lowest income tax rate to", "raised its tariffs on US goods to")
SETS_LEVEL = regex.compile(r"\b(?:(?:has|have|had)\s+)?(?:raised|raises|increased|increases|lifted|lifts|cut|cuts|lowered|lowers|reduced|"
                           r"reduces|doubled|doubles|trimmed|slashed)\s+(?:[\w'’-]+\s+){0,6}?(?:to|by)\s+"
                           r"(?:(?:about|around|some|roughly|nearly)\s+)?$", regex.IGNORECASE)
SETS_REACH = 60  # chars before a figure searched for the setting verb


SETTING_VERB = regex.compile(r"\b(?:(?:has|have|had)\s+)?(?:raised|raises|increased|increases|lifted|lifts|cut|cuts|lowered|lowers|"
                             r"reduced|reduces|doubled|doubles|trimmed|slashed)\b", regex.IGNORECASE)
# a second predicate of the same subject right before the setting verb ("raised fuel taxes by 2 billion, but lowered")
SECOND_PREDICATE = regex.compile(r"(?:,\s*)?\b(?:and|but)\s+(?:also\s+|then\s+)?$", regex.IGNORECASE)
SECOND_PREDICATE_REACH = 140  # chars before the second setting verb searched for the first


def state_sets_level(ctx, sentence, clause, start: int) -> bool:
    """Whether a state or government right before a setting verb sets the figure ("the Netherlands raised its figure to"),
    also through a second predicate of that subject ("the government raised fuel taxes by 2 billion dlrs but lowered
    income taxes by 6 billion")."""
    text = ctx.text
    m = SETS_LEVEL.search(text, max(clause[0], start - SETS_REACH), start)
    if m is None:
        return False
    entities = [e for e in ctx.entities(sentence) if e.code]

    def state_right_before(pos: int, floor: int) -> bool:
        before = [e for e in entities if e.end <= pos and e.start >= floor]
        return bool(before) and _entities.is_state(before[-1].code) and before[-1].kind in _entities.STATE_KINDS \
            and count_words(text[before[-1].end:pos]) == 0

    if state_right_before(m.start(), clause[0]):
        return True
    if SECOND_PREDICATE.search(text, max(sentence.start, m.start() - 12), m.start()) is None:
        return False
    # (the first setting verb of the sentence before it, with the state right before it and no other subject between)
    lo = max(sentence.start, m.start() - SECOND_PREDICATE_REACH)
    first = next(iter(SETTING_VERB.finditer(text, lo, m.start())), None)
    return first is not None and state_right_before(first.start(), sentence.start) \
        and not any(first.end() <= e.start and e.end <= m.start() for e in entities)


def budget_story(state: dict, article: dict, text: str, sentences) -> bool:
    """Whether the article presents a government's budget: its headline or lead names a budget as a plan ("CABINET
    APPROVES RECORD DEFICIT BUDGET", "presented a budget of 6.9 billion"), not a budget deficit (once per article)."""
    if state.get("budget_story") is None:
        lead = text[:sentences[0].end] if sentences else ""
        state["budget_story"] = any(BUDGET_STORY.search(t) is not None for t in (article.get("title") or "", lead))
    return state["budget_story"]


def budget_plan_level(ctx, state: dict, article: dict, sentence, clause, fig: dict, st, stance_hits) -> bool:
    """Whether a future level of what a budget sets (a spending line, aid, the borrowing that covers its deficit), in a
    story presenting that budget or opening with a spending plan, is the plan's own figure: no forecasting word, forecaster, uncoded speaker or organisation's estimate in its
    sentence, not a legislature's fight (where plans propose), and not dated in a year gone by."""
    text = ctx.text
    financing = fig["metric"] in ("fiscal_deficit", "public_debt") \
        and FINANCING_BEFORE.search(text, max(clause[0], fig["char_start"] - 40), fig["char_start"]) is not None
    if (fig["metric"] not in BUDGET_SET and not financing) \
            or (st.cue is not None and st.cue.entry["claim_type"] not in LEVEL_CUES):
        return False
    plan_story = state.get("plan_lead") or budget_story(state, article, text, ctx.sentences)
    if not plan_story or legislative(text, state):
        return False
    if any(h.entry["claim_type"] in ("forecast", "estimate") for h in stance_hits):
        return False
    if uncoded_or_credited(ctx, state, sentence) or relayed_forecaster(ctx, state, sentence):
        return False
    return own_date(text, clause, fig["char_start"], fig["end"], article.get("published")) != "past"


# (a comma between: the participle's or the purpose word's object ended before the figure)
_CLAUSE_BREAK = _lexicon.PUNCTUATION_BREAK


_continuing_participle = _stance.continuing_participle  # (defined with the stance cues: a noun's scope ends at one)
PARTICIPLE_REACH = _stance.PARTICIPLE_REACH


def participle_continues(text: str, clause, start: int, out: list[dict]) -> dict | None:
    """The claim of the sentence's figure before a figure governed by a continuing participle or verb (", adding", "and
    give"), if any."""
    if not out:
        return None
    lo = max(out[-1]["char_end"], clause[0] - 40)
    opening = _lexicon.last_match(_continuing_participle(), text, lo, start)  # the last one before the figure
    if opening is None or count_words(text[opening.end():start]) > PARTICIPLE_REACH or _CLAUSE_BREAK.search(text, opening.end(), start):
        return None
    earlier = [c for c in out if c["char_end"] <= opening.start()]
    return max(earlier, key=lambda c: c["char_end"]) if earlier else None


@functools.lru_cache(maxsize=1)
def _purpose_marker():
    """Words opening the goal an act serves (purpose_markers.csv), matched as the last words before a stretch ending at
    the figure."""
    phrases = [r["phrase"] for r in read_rows("purpose_markers.csv")]
    return _lexicon.ascii_twin(regex.compile(r"\b(?:" + _lexicon.phrases_alternation(phrases) + r")\s+((?:[\w'’-]+\s+){0,6}?)$",
                                             regex.IGNORECASE))


GOAL_PREPOSITION = regex.compile(r"\b(?:to|below|under|by|at|toward|towards)\s+$", regex.IGNORECASE)
PURPOSE_REACH = 80  # chars before a figure searched for the purpose word that governs it


def purpose_of(text: str, clause, start: int) -> bool:
    """Whether the figure stands in the goal a purpose word opens ("towards reducing the deficit to", "efforts to cut its
    budget deficit below"), with no clause break between."""
    lo = max(clause[0], start - PURPOSE_REACH)
    m = _purpose_marker().search(text, lo, start)
    # (the goal is the level aimed at, "reducing the deficit to 230bn", not the one to be reduced, "reducing the deficit
    # of 170 billion")
    return m is not None and not _CLAUSE_BREAK.search(text, m.start(), start) \
        and (not m.group(1) or GOAL_PREPOSITION.search(m.group(1)) is not None)


# statutes that set a yearly target for the deficit (lower case, searched as substrings of the article once)
STATUTE_NAMES = ("gramm-rudman", "gramm rudman", "balanced budget act", "balanced budget law", "deficit reduction law")
TARGET_NOUNS = frozenset({"target", "targets", "goal", "goals"})
# an owner right before a target noun and its modifiers: "the government's 1987 target", "its deficit target"
TARGET_OWNER = regex.compile(r"(?:\b(?:its|their|his|her|our|my|your)|['’]s)\s+(?:\S+\s+){0,4}?$", regex.IGNORECASE)


def statutory_target(text: str, st, state: dict) -> bool:
    """Whether the figure's own target noun (its stance cue before the sentence's later rules) names a statute's target:
    the statute right before it ("the Gramm-Rudman deficit target"), or a target no one owns in an article that names
    such a statute ("This year the target is 108 billion dlrs"; not "the administration's target")."""
    cue = st.cue
    if cue is None or cue.entry["pos"] != "N" or text[cue.start:cue.end].lower() not in TARGET_NOUNS:
        return False
    if RULE_TARGET.search(text, max(0, cue.start - 40), cue.start):
        return True
    if TARGET_OWNER.search(text, max(0, cue.start - 40), cue.start):
        return False
    if "statute" not in state:
        lowered = text.lower()
        state["statute"] = any(name in lowered for name in STATUTE_NAMES)
    return state["statute"]


def under_law(text: str, clause, start: int, end: int, st, spans) -> bool:
    """Whether the figure is a statute's rule: its clause sets it under a law, or a law governs it. A plan, pledge or
    forecast of a government named by its verb ("pledged", "plans") keeps its stance: only obligations ("has to",
    "must"), attributive targets and a law's own verb turn benchmark. `spans`: the sentence's figure spans, sorted."""
    if LAW_REQUIRES_SCAN.search(text, max(clause[0], start - 60), start):
        return True
    # the law phrase before the figure, or after it with no other figure between ("slated at 173 billion ..., is
    # supposed to be reduced to 108 billion under the Act": only the 108 is the Act's)
    i = bisect.bisect_left(spans, (end, end))
    nxt = spans[i][0] if i < len(spans) else clause[1]
    lo, hi = max(clause[0], start - LAW_REACH), min(clause[1], max(nxt, start), end + LAW_REACH)
    if "under" not in text[lo:hi].lower() or not UNDER_LAW.search(text, lo, hi):
        return False
    cue = st.cue
    if cue is None or st.how == "attributive":
        return True
    # a copula stating a level ("is supposed to be reduced to 108 billion under the Act") states the statute's figure
    return cue.entry["claim_type"] in ("demand", "future", "benchmark", "actual") or text[cue.start:cue.end].lower() in SELF_OBLIGATION


def document_content(text: str, clause: tuple[int, int], cue_start: int, state: dict) -> str:
    """The claim_type of what a document calls for: a government's own budget plans it (ANNOTATION: a government's budget
    plan is its commitment); a draft, bill, alternative or a plan in a legislature's fight or a story proposing it
    proposes it; what it only could or might require is someone's reckoning of its need, a forecast."""
    if HEDGED_BEFORE.search(text, max(clause[0], cue_start - 20), cue_start):
        # "the forthcoming development plan could require further aid of 700 or 800 mln dlrs"
        return "forecast"
    if GOVERNMENT_BUDGET_DOC.search(text, clause[0], cue_start) and not legislative(text, state) \
            and state.get("last_type") != "proposal":
        return "commitment"
    return "proposal"


def legislative(text: str, state: dict) -> bool:
    """Whether the article is about a legislature's budget fight (one scan, on first need)."""
    if state.get("legislative") is None:
        state["legislative"] = any(w in text for w in LEGISLATURE_WORDS) and LEGISLATURE.search(text) is not None
    return state["legislative"]


AUTHORED_TYPES = frozenset({"demand", "proposal", "commitment"})
# a sentence opening with a plan, budget or bill as its subject ("The plan, drafted by ...", "His proposals were")
DOCUMENT_OPENING = regex.compile(r"\W*(?:the|this|that|its|his|her|their)\s+(?:(?-i:[a-z][\w-]*)\s+){0,2}?"
                                 r"(?P<noun>plans?|budgets?|amendments?|packages?|bills?|proposals?|drafts?|programmes?|programs?|resolutions?)\b",
                                 regex.IGNORECASE)
AUTHOR_AFTER = regex.compile(r",?\s+(?:drafted|proposed|presented|put\s+forward|submitted|sponsored|written|prepared|backed)\s+by\s+(?:the\s+)?")


def document_author(ctx, sentence, start: int):
    """(code, text) of the author of the plan, budget or bill a sentence opens with as its subject, for a figure it
    calls for or sets: the body named as its drafter ("The plan, drafted by the Budget committee, calls for"), the
    possessive pronoun's referent ("His proposals"), else an organisation or its members the sentence names, else the state
    the article is about ("The budget cut defense by eight billion dlrs" in a story on a U.S. budget); None when the
    sentence opens otherwise."""
    text = ctx.text
    m = DOCUMENT_OPENING.match(text, sentence.start, start)
    if m is None:
        return None
    ents = ctx.entities(sentence)
    by = AUTHOR_AFTER.match(text, m.end(), start)
    if by is not None:
        e = next((x for x in ents if x.start >= by.end() and x.code), None)
        if e is not None and count_words(text[by.end():e.start]) <= 2:
            return e.code, e.surface
    owner = next((x for x in ents if x.start < m.start("noun") and x.code), None)
    if owner is not None:
        return owner.code, owner.surface
    # an alliance's or community's plan ("to 5 percent of NATO countries' income", "a demand for member states to pay")
    group = next((x for x in ents if x.code in _entities.ORGANISATION_CODES and x.kind in ("organisation", "group")),
                 None)
    if group is not None:
        return group.code, group.surface
    home = ctx.home()
    return (home, None) if _entities.is_state(home) else None


FORECASTER_PRIORITY = 28  # forecast cues at least this strong name an act of forecasting ("predicts"), not a modal ("could")


# a bulleted list item ("- Reduced corporate tax rates to 30%") and the line that introduces its list ("In his budget
# the minister has:")
BULLET_LINE = regex.compile(r"[ \t]*[-•*][ \t]")
# a heading naming a budget or plan: the items are what the government decides (ANNOTATION: a budget plan is a commitment)
PLAN_HEADING = regex.compile(r"\b(?:budget|plan|programme|program|reforms?|package)\b", regex.IGNORECASE)
LIST_HEADER_TYPES = {"commitment": "commitment", "future": "commitment", "proposal": "proposal"}
LIST_REACH = 40  # lines: a list longer than this is a table, not a heading's items


def list_header_type(text: str, pos: int) -> str | None:
    """The claim_type a bulleted list's heading gives the item holding `pos` (None when `pos` is in no list item,
    or its heading commits to or proposes nothing)."""
    line_start = text.rfind("\n", 0, pos) + 1
    if not BULLET_LINE.match(text, line_start):
        return None
    end = line_start - 1  # the newline before the item's line
    for _ in range(LIST_REACH):
        if end < 0:
            return None
        start = text.rfind("\n", 0, end) + 1
        line = text[start:end]
        if line.strip() and not BULLET_LINE.match(line):
            if not line.rstrip().endswith(":"):
                return None
            hits = [h for h in _stance.stance_cues().finditer(text, start, end) if h.entry["claim_type"] in LIST_HEADER_TYPES]
            if hits:
                return LIST_HEADER_TYPES[max(reversed(hits), key=_stance.priority).entry["claim_type"]]
            return "commitment" if PLAN_HEADING.search(line) else None
        end = start - 1
    return None


# every regex pattern above runs as its standard-re twin on ASCII text (lexicon.AsciiTwin: the same matches, less CPU)
from .lexicon import ascii_twins as _ascii_twins  # noqa: E402  (after the patterns it replaces)

_ascii_twins(globals())
