"""What a government, a plan, a budget, a document, a demand or a party makes of a figure: the claim_type steps
that decide commitment, proposal or demand, run after ``claimtype``'s (the figure's own stance and tense) and before
``ruletype``'s (refusals, statutes, standing rules), a later step overruling an earlier one.

``level_or_plan_type``: levels reached beside a forecast, and what a government decides rather than foresees (an act
under way, its own aid, tax or tariff, a plan's or budget's contents, the goal an act serves, a budget line set
against last year's, a list item under its heading). ``demand_or_rule_type``: what a demand or proposal verb really
does (evidence suggesting a level, "should" of an outcome, expecting others to act, a payer, a standing rule, a
document). ``plan_proposal_type``: plans not enacted propose (a bill, a legislature's plan, a party's plan, the plan
just proposed), a plan's effect is a forecast, a tally of members is foreseen, a target a level is measured against is
a benchmark. Apart from ``claimtype``: these read who or what acts on the figure (its subject, the plan or document
around it, the story's budget), not the figure's own words and tense; the plan and budget facts they ask are
``plans``'.
"""
from __future__ import annotations

import regex

from . import lexicon as _lexicon
from . import roles as _roles
from . import stance as _stance
from . import docprojection as _docprojection
from . import organisations as _organisations
from .cuelexicon import ECONOMY_RATES
from .speakers import uncoded_or_credited
from .levels import PAST_PERIOD, AFTER_PRIOR, own_date, own_stretch, forecast_figure, names_past_year, past_level
from .plans import (
    RULE_TARGET, BUDGET_PLAN, party_plan_noun, package_figure, LEVEL_CUES, own_plan_projected, PROPOSED_FRAME,
    plan_frame, state_sets_level, budget_story, budget_plan_level, purpose_of, document_content, legislative,
    list_header_type,
)
from .actors import has_forecaster
from .scope import SentenceScope
from .claimtype import INSTRUMENTS


# a cue phrase opening with "would" ("would cap", "would limit")
WOULD_CUE = regex.compile(r"would\s", regex.IGNORECASE)
# an aside between a document's noun and its verb: "The draft budget, which parliament must still approve, foresees"
NOUN_ASIDE = r"(?:\s*,[^,.;]{1,90},)?"
BILL_SUBJECT = regex.compile(r"\b(?:bill|draft(?:\s+\w+)?|proposed\s+budget|budget\s+proposal|legislation)(?:\s+\w+){0,3}?" + NOUN_ASIDE + r"\s+$",
                             regex.IGNORECASE)
# the subject of a limiting verb that is a budget, plan or draft ("the draft 2026 budget caps", "the plan limits"), not a law
PLAN_CAPS = regex.compile(r"\b(?:draft|budget|plan|bill|proposal|package|programme|program)(?:['’]s)?"
                          r"(?:\s+(?!law|act|rules?|treaty|pact|deficit|surplus|shortfall|debt|gap|balance|"
                          # (an institution named after the budget forecasts: "the Office for Budget Responsibility expects",
                          # "the Congressional Budget Office projects")
                          r"office|committee|responsibility|bureau|director|service)[\w'’-]+){0,2}?" + NOUN_ASIDE + r"\s+$",
                          regex.IGNORECASE)
# a verb setting out a plan's contents ("envisages", "foresees"), not a forecaster's ("expects", "predicts")
PLAN_CONTENT_VERB = regex.compile(r"(?:fores[ae]|envisag)", regex.IGNORECASE)
# a clause whose subject is a bare pronoun standing for the story's plan ("It envisages", "it also foresees")
PLAN_PRONOUN = regex.compile(r"\W*(?:it|this|which)\s+(?:also\s+|further\s+)?", regex.IGNORECASE)
# a verb projecting a figure (not a modal's guess: "the budget deficit could hit")
PROJECTING = regex.compile(r"(?:fore|envisag|project|predict|expect|anticipat)", regex.IGNORECASE)
# a plan the article has already named, as the subject of "would" ("the plan would", "the proposal would also") before
# the figure
PLAN_ANAPHOR = regex.compile(r"\b(?:the|this|that)\s+(?:new\s+)?(?:plan|proposal|package|draft|blueprint|scheme)\s+(?:\w+ly\s+|also\s+)?would\b",
                             regex.IGNORECASE)
# the plan the article has named, as the frame of the figure ("in this SDP alternative", "under the proposal")
IN_THIS_PLAN = regex.compile(r"\b(?:in|under)\s+(?:this|that|the)\s+(?:[\w'’-]+\s+){0,2}?(?:plan|proposal|package|draft|blueprint|scheme|alternative)\b",
                             regex.IGNORECASE)
# what a plan's cuts would bring about, as its critics or analysts reckon it ("this magnitude of reductions would shear 11.5
# billion dlrs from defense", "his proposed cuts would result in a nine billion dlr deficit", "spending under the plan
# would drop automatically by five billion"): an effect forecast, not the plan's proposed figure
CHANGE_EFFECT_SUBJECT = regex.compile(r"\b(?:cuts|reductions|changes|increases)\s+$", regex.IGNORECASE)
EFFECT_AFTER = regex.compile(r"\s+(?:\w+\s+)?(?:automatically|result\s+in|lead\s+to|leave)\b", regex.IGNORECASE)

# a clause that is a second predicate of the previous clause's subject (", and would set aside 131 billion euros")
SUBJECTLESS = regex.compile(r"(?:would|will|could|should|also\s+would|then\s+would)\b", regex.IGNORECASE)

PLAN_SUBJECT = regex.compile(r"\b(?:plan|formula|measures?|package|bill|resolution|" + BUDGET_PLAN + r")\b", regex.IGNORECASE)
NOT_PROPOSED = regex.compile(r"\b(?:approved|passed|adopted|enacted|signed|if|unless|bank\w*\s+on|assum\w*|counting\s+on|predict\w*|forecast\w*|expect\w*|estimat\w*|project\w*)\b", regex.IGNORECASE)
# a forecast word qualifying the object of a plan's "would" act ("would reduce the estimated 1988 deficit of 171 billion",
# "would cut an expected 5.4%") names the baseline the plan cuts from, not the plan's own status: it leaves the plan
# proposed (a statute's "target of cutting the estimated 171 billion dlr deficit" still names no plan)
BASELINE_PARTICIPLE = regex.compile(r"\b(?:would|will)\s+(?:\w+ly\s+|also\s+)?[a-z]+\s+(?:[\w.-]+\s+){0,8}?(?:a|an|the|its|their|this|that)\s+$",
                                    regex.IGNORECASE)
BASELINE_WORD = regex.compile(r"(?:estimated|expected|projected|forecast|predicted)$", regex.IGNORECASE)


def _not_proposed(text: str, lo: int, hi: int) -> bool:
    """Whether a word between lo and hi says the plan is enacted, conditional or only someone's forecast (NOT_PROPOSED),
    past a forecast participle that qualifies the object of a plan's act ("would reduce the estimated 1988 deficit of 171
    billion to 134")."""
    for m in NOT_PROPOSED.finditer(text, lo, hi):
        if not (BASELINE_WORD.match(m.group(0)) and BASELINE_PARTICIPLE.search(text, max(lo, m.start() - 60), m.start())):
            return True
    return False


# "should be" and the level itself, not a passive of an act ("should be cut to")
SHOULD_BE_LEVEL = regex.compile(r"should\s+(?:still\s+|then\s+|now\s+|also\s+)?be\s+(?:(?!(?:\w+ed|cut|set|held|kept|spent|brought|made|put)\b)"
                                r"[\w'’-]+\s+){0,3}", regex.IGNORECASE)  # (up to the figure: fullmatch)
SHOULD_MOVE = regex.compile(r"should\s+(?:\w+ly\s+|still\s+|then\s+|now\s+|also\s+)?(?:amount\s+to|total|come\s+to|fall|rise|ease|decline|drop|"
                         r"climb|grow|shrink|narrow|widen|increase|decrease)\b(?!\s+(?:by\s+)?(?:further\s+)?(?:than)\b)", regex.IGNORECASE)

# (plural reports and figures: "the report suggested raising VAT" can be a commission recommending)
EVIDENCE_SUBJECT = regex.compile(r"\b(?:reports|data|figures|numbers|estimates|surveys|polls|indicators|evidence|signs|trends|calculations)"
                              r"\s+(?:\w+ly\s+|also\s+|now\s+)?$", regex.IGNORECASE)
EVIDENCE_SUBJECT_SCAN = _lexicon.Guarded(EVIDENCE_SUBJECT, ("reports", "data", "figures", "numbers", "estimates", "surveys", "polls",
                                                          "indicators", "evidence", "signs", "trends", "calculations"))  # (where its nouns stand)

# past verbs measuring a level against a target ("fell short of the", "missed its", "exceeded NATO's")
# (and a level stated as a multiple or fraction of a target: "less than half the United Nations target of 0.7%", "more
# than double the 2% target they agreed in 2014")
MEASURED_AGAINST = regex.compile(r"\b(?:(?:fell|falls|fall|falling)\s+short\s+of|missed|misses|exceeded|exceeds|exceeding|breached|breaches|"
                                 r"breaching|surpassed|surpasses|overshot|undershot|met|meets|topped|tops|"
                                 # "Spain, which did not meet the 2% target last year" (ctype21)
                                 r"(?:did|does)\s*(?:not|n['’]t)\s+meet|"
                                 # "Spain, which won an exemption from the 5% goal": a state let off a target is measured
                                 # against it (modern43)
                                 r"(?:an?\s+)?(?:exemption|exemptions|opt-out|waiver)\s+from|(?:exempt|exempted|exempting)\s+from|"
                                 r"(?:more|less)\s+than\s+(?:half|double|twice|triple|a\s+third|a\s+quarter|two-thirds)(?:\s+of)?)"
                                 r"\s+(?:[\w'’-]+\s+){0,4}?$", regex.IGNORECASE)
MEASURED_AGAINST_SCAN = _lexicon.Guarded(MEASURED_AGAINST, ("short", "miss", "exceed", "breach", "surpass", "overshot", "undershot", "met",
                                                          "meet", "top", "than", "exempt", "opt-out", "waiver"))  # (where its verbs stand)
EXPECTS_OF = regex.compile(r"expect(?:s|ed|ing)?\s+(?:(?:the|its|all|other|fellow|European|Asian|NATO|[A-Z]\w+['’]s)\s+){0,2}"
                        r"(?:allies|members|partners|countries|nations|governments|states)\s+to\s+"
                        r"(?:spend|reach|raise|meet|lift|increase|boost|pay|contribute|cut|hit|commit)\b")

AID_REQUEST = frozenset({"request", "requests", "requested", "requesting"})
# a government's budget request ("the administration's budget request for 15 billion dlrs in foreign aid")
BUDGET_REQUEST = regex.compile(r"\b(?:budget|administration['’]?s?|White\s+House|fiscal\s+\d{4}|supplemental)\b", regex.IGNORECASE)

PAYS = regex.compile(r"\s+(?:\w+\s+)?(?:pay|paid|pays|face|faces)\b", regex.IGNORECASE)
# (also named by its owner or kind: "Germany's debt brake", "The new NATO guideline", "the EU's fiscal rules")
# (also the alliance's or bloc's by a common noun, and the alliance's own target: "The alliance's guideline calls for members
# to spend at least 2%", "NATO's new target requires allies to spend 3.5%"; a government's target stays its plan)
RULE_SUBJECT = regex.compile(r"\W*(?:the\s+|its\s+|their\s+|an?\s+)?(?:(?:(?-i:[A-Z])[\w.]*|alliance|bloc|union)['’]s\s+)?(?:old\s+|new\s+|current\s+|existing\s+)?"
                             r"(?:(?-i:[A-Z]{2,})\s+|fiscal\s+|budget\s+|spending\s+|debt\s+|stability\s+|growth\s+(?:and\s+stability\s+)?)?"
                             r"(?:benchmark|guidelines?|rule|rules|law|statute|constitution|pact|treaty|criteria|criterion|brake)\b"
                             r"|\W*(?:the\s+)?(?:NATO['’]s|alliance['’]s|Hague)\s+(?:old\s+|new\s+|core\s+|spending\s+|defen[cs]e\s+){0,3}(?:target|goal)\b",
                             regex.IGNORECASE)
# the document right before the verb is its subject, whoever else the sentence names ("The draft calls for ..., the
# finance ministry said")
DOC_RIGHT_BEFORE = regex.compile(r"\b(?:budget|plan|bill|package|proposal|draft)" + NOUN_ASIDE + r"\s+(?:also\s+|further\s+|now\s+)?"
                              r"(?:(?:could|may|might|would|will)\s+)?$", regex.IGNORECASE)
# "its defence budget will need to reach 10% of GDP", "spending must rise to 3.5%": an obligation of the budget's own size,
# which the subject owes (no document asking for a measure)
OWED_SIZE = regex.compile(r"(?:must|should|(?:(?:will|would)\s+)?needs?\s+to|ha(?:s|ve)\s+to)\s+(?:reach|rise|grow|increase|climb|total|amount)\b",
                          regex.IGNORECASE)
DOC_SUBJECT = regex.compile(r"\b(?:budget|plan|formula|measure|bill|resolution|package|proposal|draft)(?:['’]s)?"
                         # (past an aside: "The plan, drafted by the Democratic-controlled Budget committee, calls for")
                         r"(?:\s*,[^,.;]{1,90},)?\s+(?:\w+\s+){0,8}?$", regex.IGNORECASE)

# a party's plan as the subject of the clause ("the Conservatives' plans", "Labour's spending plan", "the opposition's proposals")
PARTY_PLAN = regex.compile(r"\b(?:(?:the\s+)?(?:Conservatives|Tories|Labour|Liberal\s+Democrats|Democrats|Republicans|opposition|party)['’]s?\s+|"
                           r"(?:opposition|party|Tory|Labour|Conservative)\s+(?:\w+\s+)?)(?:\w+\s+){0,2}?(?:plans?|proposals?|alternative|programme|manifesto)\s+"
                           r"(?:\w+ly\s+|also\s+)?(?:would|will|could|to)\s+(?:[\w-]+\s+){0,8}?$"
                           # "a Conservative Party taking Britain back and planning deep cuts of £35bn": a party planning
                           r"|\b(?:opposition|Tory|Labour|Conservative)\s+[Pp]arty\s+(?:[\w'’-]+\s+){0,5}?(?:planning|proposing)\s+"
                           r"(?:[\w-]+\s+){0,4}?$")
# a figure as what something would bring about ("would result in a nine billion dlr deficit", "will lead to a shortfall of")
# (or what it would change of itself: "spending under the plan would drop automatically by about five billion dlrs")
EFFECT_OBJECT = regex.compile(r"\b(?:would|will|could|might)\s+(?:\w+ly\s+|also\s+)?(?:(?:result\s+in|lead\s+to)\s+(?:an?\s+|the\s+)?"
                              r"(?:[\w-]+\s+){0,3}?(?:of\s+)?|\w+\s+automatically\s+(?:by\s+|to\s+)?)(?:about\s+|around\s+|some\s+)?$",
                              regex.IGNORECASE)
# an outcome a plan "would show", "would yield", "would mean" ("the administration's budget plan, if adopted, would yield a
# deficit of 134 billion dlrs", "Reagan's budget would show a 134.4 billion dlr deficit", "Brazil's request would mean an
# additional credit of three billion dlrs"): as EFFECT_OBJECT, for the balances and debts no one sets directly (a plan that
# "would mean an extra £13.4bn a year for defence" states its own spending)
OUTCOME_OBJECT = regex.compile(r"\b(?:would|will|could|might)\s+(?:\w+ly\s+|also\s+)?(?:show|leave|produce|mean|create|yield)\s+"
                               r"(?:an?\s+|the\s+)?(?:[\w-]+\s+){0,3}?(?:of\s+)?(?:about\s+|around\s+|some\s+)?$", regex.IGNORECASE)
OUTCOME_METRICS = frozenset({"fiscal_deficit", "current_account", "public_debt", "external_debt"})
# what the economy does, which no budget or plan sets: growth or inflation a budget "foresees" or holds ("the budget
# unveiled on Tuesday foresaw GDP growth of three pct", "below the 2.25 pct growth forecast in the budget") is the
# government's forecast, not its plan (ANNOTATION.md claim_type: forecast, "expects, forecasts, projects, predicts,
# estimates a future value"; a budget's forecast list of growth and inflation); its target ("growth targeted at four pct",
# "aiming for growth of 2.5 pct") stays a commitment through its own cue (session 27, ctype27 audit): cuelexicon.ECONOMY_RATES

# a count of an organisation's members as a subject ("Twenty-three of NATO's 32 members", "18 of the 27 member states")
MEMBER_TALLY = regex.compile(r"\b(?:\d+|[A-Za-z]+(?:-[a-z]+)?)\s+of\s+(?:the\s+|its\s+|their\s+|[A-Z]\w*['’]s\s+)?(?:\w+\s+)?"
                             r"(?:members|allies|member\s+states|member\s+countries|countries)\s+(?:\w+ly\s+|also\s+)?$")


# a subject relative clause whose own past verb of level takes the figure right after it ("a deficit that reached 9.3%", "debt,
# which stood at about 64%"), inside the scope of a stance verb before the relative pronoun
RELATIVE_LEVEL_BEFORE = _lexicon.Guarded(regex.compile(
    r"\b(?:that|which)\s+(?:had\s+|has\s+)?(?:already\s+)?(?:reached|rose\s+to|stood\s+at|hit|climbed\s+to|"
    r"jumped\s+to|swelled\s+to|widened\s+to|peaked\s+at|totall?ed|amounted\s+to|was|were)\s+"
    r"(?:(?:about|around|roughly|some|nearly|almost|an\s+estimated|a\s+record)\s+)?$", regex.IGNORECASE), ("that", "which"))
RELATIVE_LEVEL_REACH = 80
# a level in apposition between commas: "public debt, at roughly 52% of GDP, could keep rising"
AT_LEVEL_ASIDE = regex.compile(r"(?-i:[a-z]),\s+at\s+(?:(?:about|around|roughly|some|nearly|almost|just|over|under|more\s+than)\s+)?$",
                               regex.IGNORECASE)
AT_LEVEL_ASIDE_CLOSE = regex.compile(r"(?:\s+(?:of\s+(?:GDP|gross\s+domestic\s+product|output)|last\s+year|this\s+year|now))?,")
RELATIVE_LEVEL_OVER = frozenset({"commitment", "forecast", "demand", "proposal"})


# "on course to", "on track to" and the verb (and its object) right before the figure: where a level is heading
HEADING_TO = regex.compile(r"\bon\s+(?:course|track)\s+to\s+(?:[\w'’-]+\s+){1,5}?(?:(?:about|around|some|roughly|nearly|at\s+least)\s+)?$",
                           regex.IGNORECASE)
HEADING_REACH = 70  # chars before the figure searched for it
# a target or goal noun the level heads to ("on course to reach its target of 2.5%", "on track to hit its 2% defence goal",
# "NATO's 3.5% core target"): the state's own target stays its commitment
HEADED_TARGET = regex.compile(r"\b(?:target|goal|guideline|objective|pledge)s?\b", regex.IGNORECASE)
HEADED_TARGET_REACH = 30  # chars after the figure searched for its target noun


def level_or_plan_type(sc: SentenceScope, fig: dict, clause, claim_type, st) -> tuple:
    """Levels reached beside a forecast, and the figures a government decides rather than foresees or reports: an act
    under way, a state setting its own instrument, what a plan, budget or package holds, the goal an act serves, a
    budget line set against last year's, a list item under its heading."""
    text, article, sentences, sentence, state, ctx, stance_hits = sc.text, sc.article, sc.sentences, sc.sentence, sc.state, sc.ctx, sc.stance_hits
    start, end, head = fig["char_start"], fig["end"], fig.get("head")
    if claim_type in ("actual", "commitment") and head is None and "on " in text[max(clause[0], start - HEADING_REACH):start] \
            and (heading := HEADING_TO.search(text, max(clause[0], start - HEADING_REACH), start)) \
            and (claim_type == "actual" or (st.cue is not None and st.how != "attributive" and st.cue.entry["pos"] == "V"
                                            and st.cue.start >= heading.start()
                                            and not HEADED_TARGET.search(text, heading.start(), min(clause[1], end + HEADED_TARGET_REACH)))):
        # (also a commitment its own verb after "on track to" gave: "is on track to reach 2% of GDP this fiscal year"; not a
        # target or goal noun's: "is on course to reach its target of 2.5%" stays the state's commitment)
        # "Slovakia is on course to spend 2% of GDP on defence this year", "the deficit is on track to reach 3.2%": where a
        # level is heading is expected, not reached (read here, not as a stance word: the type model's inputs stay)
        claim_type = "forecast"
        st = st._replace(claim_type=claim_type)
    if head is None and st.how == "governing" and st.cue is not None and claim_type in RELATIVE_LEVEL_OVER \
            and RELATIVE_LEVEL_BEFORE.search(text, max(st.cue.end, start - RELATIVE_LEVEL_REACH), start):
        # "is trying to cut a budget deficit that reached 9.3% of GDP last year to 8.4%": the figure a relative clause's own
        # past verb reaches is the level the act starts from, not the act's goal (the goal after it stays governed)
        claim_type = "actual"
        st = st._replace(claim_type=claim_type)
    elif head is None and claim_type in RELATIVE_LEVEL_OVER and AT_LEVEL_ASIDE.search(text, max(clause[0], start - 30), start) \
            and AT_LEVEL_ASIDE_CLOSE.match(text, end):
        # "warned that public debt, at roughly 52% of GDP, could keep rising": a level set off between commas is where the
        # noun before it stands, whatever the verbs around it say of the noun
        claim_type = "actual"
        st = st._replace(claim_type=claim_type)
    if claim_type == "forecast" and head is None and not forecast_figure(st) \
            and (past_level(text, clause, start, end, article.get("published"))
                 or (AFTER_PRIOR.search(text, max(clause[0], start - 12), start)
                     and own_date(text, clause, start, end, article.get("published")) == "current")):
        # "expected a deficit in 1987 of 2.5 billion stg, after a 1.1 billion shortfall in 1986", "with public
        # debt at about 135% of GDP": a level already reached, stated beside the forecast (so is the year under way
        # a forecast comes after: "3.4 pct higher in 1987/88 after an 11 pct cut in the current fiscal year's budget")
        claim_type = "actual"
        st = st._replace(claim_type=claim_type)
    if claim_type in ("actual", "forecast") and head is None and st.how != "attributive" \
            and "being" in text[max(clause[0], start - BEING_REACH):start] \
            and _stance.BEING_DECIDED.search(text, max(clause[0], start - BEING_REACH), start):
        # "the standard rate of taxation is being reduced to 27 pct", "the deficit is being cut by 2 billion": an act
        # under way, its agent deciding the level (ANNOTATION: a decided change is the decider's claim)
        claim_type = "commitment"
        st = st._replace(claim_type=claim_type)
    if claim_type == "actual" and head is None and st.cue is None and fig["metric"] in SET_INSTRUMENTS \
            and state_sets_level(ctx, sentence, clause, start):
        # "the Netherlands raised its figure to 232 mln guilders from 180 mln", "Ottawa cut its tariff to 5%": a state
        # setting its own aid, tax or tariff decides the level
        claim_type = "commitment"
        st = st._replace(claim_type=claim_type)
    if claim_type == "forecast" and head is None and (planned := _plan_holds(sc, fig, clause)) is not None:
        # "Defence spending is projected at 2.1% of GDP in the government's draft budget", "members would spend about
        # 1.5 trillion dollars a year under the plan": what a plan or budget holds, not anyone's expectation (a
        # proposal's, or the plan of a proposal just made, is proposed)
        claim_type = planned
        st = st._replace(claim_type=claim_type)
    if claim_type == "forecast" and head is None and own_plan_projected(ctx, state, sentence, clause, fig, st):
        # "The German government expects to spend 52 billion euros on defence next year", "The government projects
        # defence outlays of 95 billion crowns": what a government expects of what it decides itself is its plan
        claim_type = "commitment"
        st = st._replace(claim_type=claim_type)
    if claim_type == "forecast" and head is None and budget_plan_level(ctx, state, article, sentence, clause, fig, st, stance_hits):
        # "Spending on defence will be 175.92 billion dlrs", "military spending would reach 108.2 billion euros next
        # year" in a story on a government's budget: the budget sets what it spends and borrows; no one forecasts it
        claim_type = "commitment"
        st = st._replace(claim_type=claim_type)
    if (claim_type == "forecast" or (claim_type == "actual" and st.cue is None)) and head is None and not forecast_figure(st) \
            and purpose_of(text, clause, start):
        # "initiatives are set to be scaled back as a first step towards reducing the deficit to $230bn by 2009",
        # "Germany's efforts to reduce its deficit below 3% of GDP": the goal the act serves, not a level expected or
        # reached
        claim_type = "proposal" if legislative(text, state) else "commitment"
        st = st._replace(claim_type=claim_type)
    if claim_type == "actual" and head is None and st.how in ("default", "governing", "following") \
            and package_figure(text, clause, start, end) \
            and not past_level(text, clause, start, end, article.get("published")) \
            and not names_past_year(text, own_stretch(text, clause, start, end), article.get("published")) \
            and not (st.cue is not None and PAST_PERIOD.search(text, *own_stretch(text, clause, start, end))):
        # "The finance ministry's budget puts the deficit at 5.66 trillion yuan", "That package totalled more than
        # 6,000 billion yen": a budget's or package's figure is what its government decides (a legislature's plan proposes)
        # ("Consolidated fund revenue was 8.8 billion stg in February": a month's outturn stays a level reached)
        claim_type = "proposal" if legislative(text, state) else "commitment"
        st = st._replace(claim_type=claim_type)
    if claim_type == "actual" and head is None and st.how in ("default", "governing", "following") \
            and (st.cue is None or st.cue.entry["claim_type"] in LEVEL_CUES) \
            and fig["metric"] in BUDGET_LINES and "compared" in text[end:sentence.end] \
            and BASE_LAST_YEAR.match(text, end, sentence.end) \
            and own_date(text, clause, start, end, article.get("published")) is None \
            and budget_story(state, article, text, sentences) and not legislative(text, state):
        # "[the budget ...] The Exchequer Borrowing Requirement was 1.85 billion punts, compared with 2.145 billion punts
        # last year": set against last year's, an undated level of a budget story is the budget's year, which the
        # government plans (ANNOTATION: a government's budget plan is its commitment)
        claim_type = "commitment"
        st = st._replace(claim_type=claim_type)
    if claim_type == "actual" and head is None and st.how in ("default", "governing", "following"):
        listed = list_header_type(text, start)
        if listed is not None:
            # "As part of his reforms he has announced: - Reduced corporate tax rates to 30%": a list item's
            # stance is its list's heading's (each item a clipped sentence with no subject or verb of its own)
            claim_type = listed
            st = st._replace(claim_type=claim_type)
    return claim_type, st


def _plan_holds(sc: SentenceScope, fig: dict, clause) -> str | None:
    """The type of a level a plan or budget frames in the figure's own stretch (read by level_or_plan_type and
    demand_or_rule_type): "proposal" for a proposal's, "commitment" for a plan's; None when no plan frames it, a
    legislature's or a forecaster's story."""
    text, state, ctx = sc.text, sc.state, sc.ctx
    if legislative(text, state) or fig["metric"] in ECONOMY_RATES:
        # (growth or inflation a plan holds is the government's forecast: ECONOMY_RATES)
        return None
    frame = plan_frame(text, own_stretch(text, clause, fig["char_start"], fig["end"]))
    if frame is None or has_forecaster(text, sc.stance_hits) or uncoded_or_credited(ctx, state, sc.sentence):
        return None
    return "proposal" if PROPOSED_FRAME.search(frame.group(0)) or state.get("last_type") == "proposal" else "commitment"


def demand_or_rule_type(sc: SentenceScope, fig: dict, clause, claim_type, st) -> tuple:
    """What a demand or proposal verb really does with the figure: evidence suggesting a level forecasts it, a level that
    "should" move is expected, expecting others to act demands, a payer demands nothing, a standing rule is a
    benchmark, a document proposes. Also whether it is a recipient's aid request (its type turns once roles are set)."""
    text, article, sentence, state, ctx = sc.text, sc.article, sc.sentence, sc.state, sc.ctx
    start, end, head = fig["char_start"], fig["end"], fig.get("head")
    if claim_type == "proposal" and st.cue is not None and st.how == "governing" \
            and EVIDENCE_SUBJECT_SCAN.search(text, max(clause[0], st.cue.start - 40), st.cue.start):
        # "Media reports suggested the deficit could hit 6%", "the figures suggest": evidence that suggests a level
        # projects it; no one proposes it
        claim_type = "forecast"
        st = st._replace(claim_type=claim_type)
    if claim_type == "demand" and st.cue is not None and st.how == "governing" \
            and (SHOULD_MOVE.match(text, st.cue.start)
                 # "the deficit is understated and should be a more realistic 134 billion dlrs": an outcome's level
                 # someone judges likely (an instrument's "spending should be 2%" stays a demand)
                 or (fig["metric"] not in INSTRUMENTS and SHOULD_BE_LEVEL.fullmatch(text, st.cue.start, start))):
        # "VAT revenue should amount to 23.3 billion", "this should fall to 1.5 pct this year": a level expected to
        # move or add up, no one pressed ("Germany should spend 3%" stays a demand)
        # (a level of a past year beside it is reached: "against 5.8 pct growth in 1987 and 2.4 pct in 1986")
        claim_type = "actual" if head is None and past_level(text, clause, start, end, article.get("published")) else "forecast"
        if claim_type == "forecast" and head is None and (planned := _plan_holds(sc, fig, clause)) is not None:
            # "Defence spending should rise to 2.5% of GDP next year under the government's plan": what a plan holds, as
            # level_or_plan_type reads a forecast framed by a plan (it runs before this step turns "should" into one)
            claim_type = planned
        st = st._replace(claim_type=claim_type)
    if claim_type == "forecast" and head is None and st.cue is not None and st.how == "governing" \
            and EXPECTS_OF.match(text, st.cue.start):
        # "Washington expects allies to reach 5% of GDP": expecting others to act is asking it of them
        claim_type = "demand"
        st = st._replace(claim_type=claim_type)
    # "a Philippine request for 500 mln dlrs in soft loans", "a request to raise the aid level to 80 billion yen": a
    # recipient asking a donor for aid demands it of the donor (ANNOTATION: a recipient's request for aid; its actor
    # is the recipient, found as for any request, so the type turns demand once the roles are set); a government's
    # budget request to its own legislature proposes
    aid_request = claim_type == "proposal" and head is None and st.cue is not None and fig["metric"] == "development_aid" \
        and text[st.cue.start:st.cue.end].lower() in AID_REQUEST \
        and not BUDGET_REQUEST.search(text, max(clause[0], st.cue.start - 40), st.cue.start) \
        and not legislative(text, state)
    if claim_type == "demand" and st.cue is not None and st.how == "governing" \
            and PAYS.match(text, st.cue.end, start):
        # "companies must pay a 25 percent tariff": those who pay a duty do not demand it; the rate stands
        claim_type = "actual"
        st = st._replace(claim_type=claim_type)
    elif claim_type in ("demand", "commitment", "forecast") and st.cue is not None and st.how == "governing" \
            and RULE_SUBJECT.match(text, clause[0], st.cue.start):
        # "The old benchmark, agreed in Wales in 2014, asked members to spend 2%", "The new law will limit the deficit
        # to 0.5%", "Germany's debt brake will allow borrowing of only 0.35% of GDP": a standing rule
        claim_type = "benchmark"
        st = st._replace(claim_type=claim_type)
    if claim_type == "demand" and st.cue is not None and st.how in ("governing", "following") \
            and DOC_SUBJECT.search(text, clause[0], st.cue.start) \
            and not OWED_SIZE.match(text, st.cue.start) \
            and (not _roles.names_public_body(ctx, sentence) or DOC_RIGHT_BEFORE.search(text, clause[0], st.cue.start)):
        # "The budget ... called for 18 billion dlrs in new taxes", "the Chiles plan's call for", "the draft calls
        # for": a document asks no one; it proposes (a government's own budget plans: document_content)
        claim_type = document_content(text, clause, st.cue.start, state)
        st = st._replace(claim_type=claim_type)
    return claim_type, st, aid_request


def plan_proposal_type(sc: SentenceScope, fig: dict, clause, claim_type, st, conditional: bool) -> tuple:
    """Plans not enacted propose (a bill, a legislature's plan, a party's plan, the plan just proposed); what a plan
    would bring about is a forecast; a tally of members reaching a level is foreseen; a target a level is measured
    against is a benchmark."""
    text, sentence, state, ctx = sc.text, sc.sentence, sc.state, sc.ctx
    start, head = fig["char_start"], fig.get("head")
    if claim_type in ("commitment", "forecast") and head is None \
            and (conditional or (st.cue is not None and WOULD_CUE.match(text, st.cue.start, st.cue.end))) \
            and BILL_SUBJECT.search(text, clause[0], st.cue.start) and not _not_proposed(text, clause[0], st.cue.start):
        # "The budget bill would lift military spending to 2.5% of GDP": a bill or draft not yet passed proposes
        # (also through a cue phrase holding the "would": "a bill that would cap the deficit at 3%")
        claim_type = "proposal"
        st = st._replace(claim_type=claim_type)
    elif claim_type in ("commitment", "forecast") and head is None and legislative(text, state) \
            and (PLAN_SUBJECT.search(text, _cue_predicate_start(text, clause, st.cue, start), start) or (conditional and not _roles.names_public_body(ctx, sentence))
                 # "Wright's 20 billion dlr revenue raising plan": the plan noun the figure qualifies
                 or (st.how == "attributive" and st.cue is not None and PLAN_SUBJECT.match(text, st.cue.start))) \
            and not _not_proposed(text, clause[0], clause[1]) \
            and not (st.cue is not None and st.cue.entry["claim_type"] == "future"
                     and (CHANGE_EFFECT_SUBJECT.search(text, max(clause[0], st.cue.start - 30), st.cue.start)
                          or EFFECT_AFTER.match(text, st.cue.end))) \
            and not (st.how == "attributive" and st.cue.entry["pos"] == "N" and st.cue.entry["claim_type"] == "commitment"
                     and RULE_TARGET.search(text, max(clause[0], st.cue.start - 30), st.cue.start)):
        # a budget fight: "the Chiles plan would cut the deficit by 37 billion", "support a plan to cut
        # 40 billion", "the trillion dollar budget would raise taxes by 65 billion": a plan not enacted proposes its
        # figures (ANNOTATION, U.S. budget fights); a statute's target it is to meet is no figure of the plan ("a budget
        # that meets the Gramm-Rudman deficit target of 108 billion dlrs")
        claim_type = "proposal"
        st = st._replace(claim_type=claim_type)
    if head is None and st.how == "governing" and st.cue.entry["pos"] == "V" \
            and (claim_type == "benchmark" or (claim_type == "forecast" and PROJECTING.match(text, st.cue.start)
                                               and fig["metric"] not in ECONOMY_RATES)) \
            and PLAN_CAPS.search(text, clause[0], st.cue.start):
        # "The draft caps the central budget deficit at 271.7 billion zlotys", "a budget which foresees a deficit of 9.4
        # billion": a budget or plan limiting or foreseeing its own figure sets it (a draft or bill proposes it); a rule
        # others are measured against is no one's budget
        claim_type = "proposal" if BILL_SUBJECT.search(text, clause[0], st.cue.start) or legislative(text, state) \
            or state.get("proposal_lead") else "commitment"
        st = st._replace(claim_type=claim_type)
    elif head is None and st.how in ("governing", "attributive") and st.cue is not None and claim_type == "forecast" \
            and fig["metric"] in BUDGET_LINES and (_docprojection.document_verb(text, clause[0], st.cue.start, st.cue.end)
                                                   or _docprojection.document_act(text, clause[0], st.cue.start, start, fig["metric"])):
        # "The draft budget forecasts a deficit of 4.4% of GDP", "the government's draft budget sees the deficit at 3.3%": the
        # budget's own projecting verb, one the branch before does not read (a form the stance lexicon reads as a noun,
        # "forecasts"; "sees"), sets out its own line, and so does its act after "would" or "will" ("the House budget would cut
        # the deficit about 38 billion dlrs") (docprojection; ANNOTATION.md: budget drafts, what a draft "would" spend)
        claim_type = "proposal" if BILL_SUBJECT.search(text, clause[0], st.cue.start) or legislative(text, state) \
            or state.get("proposal_lead") else "commitment"
        st = st._replace(claim_type=claim_type)
    elif head is None and st.how == "governing" and claim_type == "forecast" and state.get("proposal_lead") \
            and PLAN_CONTENT_VERB.match(text, st.cue.start) and PLAN_PRONOUN.fullmatch(text, clause[0], st.cue.start):
        # "Eyskens is proposing a package of tax cuts worth 102 billion francs. ... It envisages three rates of 30, 40
        # and 50 pct": the plan the story proposes, named by a pronoun, sets out its contents; it forecasts nothing
        claim_type = "proposal"
        st = st._replace(claim_type=claim_type)
    if claim_type in ("commitment", "forecast") and head is None and st.how == "governing" \
            and state.get("last_type") == "proposal" \
            and (PLAN_ANAPHOR.search(text, sentence.start if SUBJECTLESS.match(text, clause[0]) else clause[0], start)
                 or IN_THIS_PLAN.search(text, clause[0], clause[1])):
        # "The Commission proposed a budget of 2 trillion euros. ... the plan would equal about 1.26% of GNI", "tax
        # revenues will increase by 830 million euros in this SDP alternative": the plan the article has just
        # proposed is still a proposal
        claim_type = "proposal"
        st = st._replace(claim_type=claim_type)
    if claim_type in ("commitment", "forecast") and head is None and st.cue is not None \
            and (PARTY_PLAN.search(text, clause[0], start) or party_plan_noun(text, clause, st.cue)):
        # "the Conservatives' plans would see 50bn pounds in spending cuts", "Labour's plan would raise the top rate to
        # 50 pct", "Tory plans to cut £35bn": a party's plan is put to voters or parliament; it proposes (a government's own
        # plan commits)
        claim_type = "proposal"
        st = st._replace(claim_type=claim_type)
    elif claim_type in ("proposal", "commitment") and head is None \
            and (EFFECT_OBJECT.search(text, max(clause[0], start - 60), start)
                 or (fig["metric"] in OUTCOME_METRICS and OUTCOME_OBJECT.search(text, max(clause[0], start - 60), start))):
        # "his proposed tax cuts would result in a nine billion dlr deficit": what a plan would bring about, as someone
        # reckons it, is that reckoning's forecast, not a figure the plan proposes
        claim_type = "forecast"
        st = st._replace(claim_type=claim_type)
    elif claim_type == "commitment" and head is None and st.cue is not None and st.cue.entry["claim_type"] == "future" \
            and MEMBER_TALLY.search(text, clause[0], st.cue.start):
        # "Twenty-three of NATO's 32 members will spend at least 2% of GDP this year": a count of members expected to
        # reach a level is a tally foreseen, no one's pledge
        claim_type = "forecast"
        st = st._replace(claim_type=claim_type)
    if claim_type == "commitment" and st.how == "attributive" and st.cue.entry["pos"] == "N" \
            and MEASURED_AGAINST_SCAN.search(text, max(clause[0], min(start, st.cue.start) - 60), min(start, st.cue.start)) \
            and not _organisations.purposed_reach(text, sentence.start, st.cue.start):
        # (not a target a state acts to meet, after its own future or pledge: "will spend an extra 4 billion euros this year
        # so that it meets NATO's 2% target" stays the state's commitment, write27)
        # "Italy fell short of the 2% target last year", "Germany met the 2% target for the first time": a target a
        # level was measured against is a standing benchmark, not anyone's pledge in this sentence (also when the level
        # is compared with it: "aid of 0.33% of GNI, less than half the United Nations target of 0.7%")
        claim_type = "benchmark"
        st = st._replace(claim_type=claim_type)
    return claim_type, st


BEING_REACH = 80  # chars before the figure searched for "is being cut to" (only where "being" stands)
# the lines of a budget a story presenting it states: spending, defence, aid, revenue, the deficit and its borrowing
BUDGET_LINES = frozenset({"public_spending", "defense_spending", "development_aid", "tax_revenue", "fiscal_deficit"})
# the rest of the figure's sentence sets it against a figure of the year before ("..., 10.7 pct of GNP, compared with
# 2.145 billion punts or 13.0 pct of GNP last year")
BASE_LAST_YEAR = regex.compile(r"(?:[^.;]|\.(?=\d)){0,60}?\bcompared\s+(?:with|to)\s+(?:[^.;]|\.(?=\d)){0,80}?\b(?:last\s+year|the\s+previous\s+year|a\s+year\s+(?:earlier|ago)|"
                               r"the\s+year\s+before)\b", regex.IGNORECASE)


# what a state sets by itself: its aid, tax rates and tariffs (not its spending, which a year's outturn moves too)
SET_INSTRUMENTS = frozenset({"development_aid", "tax_revenue", "tariff_rate"})


# where the predicate of a cue before its figure begins: after the last report verb, "that" or "and" before the cue
# ("said the budget process has broken down and the deficit will remain close to 200 billion": "budget process" is the
# subject of another predicate, no plan whose figure "will remain" states)
PREDICATE_OPEN = regex.compile(r"\b(?:said|says|say|told\s+\w+|added|adding|saying|that|and)\s", regex.IGNORECASE)


def _cue_predicate_start(text: str, clause, cue, start: int) -> int:
    """The start of the stretch holding a cue's own subject: the clause's start, or past the last report verb, "that" or
    "and" between it and a cue before the figure."""
    if cue is None or cue.end > start:
        return clause[0]
    last = _lexicon.last_match(PREDICATE_OPEN, text, clause[0], cue.start)
    return last.end() if last is not None else clause[0]


AID_SEEKING = frozenset({"seek", "seeks", "seeking", "sought"})


def sought_aid_request(sc: SentenceScope, fig: dict, clause, claim_type, st, aid_request: bool) -> tuple:
    """An aid sum a state seeks from others asks for it: "Bangladesh will seek nearly two billion dlrs at a donors'
    meeting" proposes, and turns demand by its requester once the roles are set, as an aid request does (a state
    "seeking" its own level commits to it; a government's budget request to its own legislature stays as it is)."""
    text, state = sc.text, sc.state
    if claim_type == "commitment" and fig.get("head") is None and st.cue is not None and fig["metric"] == "development_aid" \
            and st.how == "governing" and text[st.cue.start:st.cue.end].lower() in AID_SEEKING \
            and not BUDGET_REQUEST.search(text, max(clause[0], st.cue.start - 40), st.cue.start) \
            and not legislative(text, state):
        return "proposal", st._replace(claim_type="proposal"), True
    return claim_type, st, aid_request


# every regex pattern above runs as its standard-re twin on ASCII text (lexicon.AsciiTwin: the same matches, less CPU)
from .lexicon import ascii_twins as _ascii_twins  # noqa: E402  (after the patterns it replaces)

_ascii_twins(globals())
