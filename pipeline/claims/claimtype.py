"""A figure's stance and the claim_type its own words and tense give it: the first of the claim_type steps
``claim.figure_claim`` runs in order, a later one overruling an earlier one (the order is the rules' precedence).

The steps sit in three modules by what they decide, each importing only those before it (none imports ``claim`` or
``frame``): this one (the figure's own stance, its tense, a forecaster credited after it), ``plantype`` (what a
government, plan, budget, document, demand or party makes of the figure: commitment, proposal, demand) and ``ruletype``
(refusals, statutes, standing rules and restatements: rejection, benchmark, the restated claim's type).

``figure_stance``: the stance the figure's own words give it and the one it takes (a level it moves from, stands at
or is possessed is an actual compared one; a stronger verb governing the qualified noun, a relative clause on it or a
participle going on with the clause before wins over the nearest cue). ``tense_type``: a future decides an
instrument (commitment) or foresees an outcome (forecast); a present level of a later year is foreseen; an estimate of
a past year is a level reached. ``credited_forecast_type``: a future credited to a forecaster after it. Kept apart
from the roles (``claim``): these steps read the words around the figure; who is named comes after them.
"""
from __future__ import annotations

import regex

from . import lexicon as _lexicon
from .lexicon import count_words
from . import modality as _modality
from . import entities as _entities, voices as _voices
from . import stance as _stance
from . import ownacts as _ownacts
from . import progressive as _progressive
from . import estimatedmove as _estimatedmove
from . import settomove as _settomove
from .speakers import in_sentence, credited_org
from .levels import own_date, own_stretch, CHANGE_IN_BEFORE_SCAN, changed_level, later_before
from .plans import package_figure, own_plan_reported, participle_continues
from .actors import forecast_after
from .figures import DEBT_STOCKS
from .scope import SentenceScope


PRESENT_COPULA = frozenset({"is", "are"})
# present-tense levels that speak of the year the previous sentences name ("Next year, ... The state spends 89 billion")
PRESENT_LEVEL = PRESENT_COPULA | {"spends", "spend", "receives", "collects", "totals"}
# "cut the corporate tax, now between 45 and 48 pct,": an aside stating where a level stands today, whatever the verb
NOW_LEVEL = regex.compile(r"[,(]\s*(?:now|currently|at\s+present|presently)\s+(?:at\s+|standing\s+at\s+)?"
                       r"(?:(?:about|around|roughly|some|nearly|almost|just|over|under)\s+)?$", regex.IGNORECASE)
NOW_LEVEL_SCAN = _lexicon.Guarded(NOW_LEVEL, ("now", "currently", "present"))  # (searched only where one of its words stands)
# (also a state's past act on its rate or budget: "Washington raised its tariff on Canadian goods to 35% in August")
PAST_MARK = regex.compile(r"\b(?:was|were|had|has\s+been|have\s+been|rose|fell|stood|totalled|totaled|reached|grew|dropped|"
                          r"raised|lowered|imposed|lifted|slashed|hiked|doubled|tripled|halved|"
                          r"(?:has|have|had)\s+(?:\w+\s+)?\w+(?:ed|en|t)|last|this\s+year|ago|(?:19|20)\d\d|today|now|currently|already)\b", regex.IGNORECASE)

INSTRUMENTS = frozenset({"tax_revenue", "tariff_rate", "public_spending", "defense_spending", "development_aid"})

OUTER_REACH = 4  # words between "proposed" and the noun it governs ("proposed a deficit limit of 1.5%")
COMPLEMENT_REACH = 6  # words between "want" and a participle it governs ("want the EU budget to be capped at 1%")
OUTER_TYPES = frozenset({"demand", "proposal", "rejection"})
# "rejected the alliance's new defence spending target of 5%", "demanded that allies meet a new defence spending target of
# 5%": with no other stance word between, a refusal reaches a target noun further into its object, and so does a demand
# of a goal (not of a standing rule: "wants Paris to bring its deficit below the EU's 3% ceiling")
OUTER_NP_REACH = 9
STRONG_DEMAND = 55  # demand verbs that press (urge, push, demand), not a situation that "requires" a level
SIGN_REACH = 6

# levels no budget sets, which a later year named in an earlier sentence does not date: debt stocks and the current account
# ("The budget for 2026 was presented on Tuesday. The current account surplus is 6% of GDP" states where it stands)
STANDING_LEVELS = DEBT_STOCKS | {"current_account"}
POSSESSED_OF_REACH = 70  # chars before a standing level searched for its owner and noun ("the Philippines' total foreign debt of")

# a range written from one end to the other ("8.5 to 17 billion"), which "from" opens as a whole
RANGE_TO = regex.compile(r"\d\s*(?:[a-z]+\s+)?(?:to|-|–)\s*\d", regex.IGNORECASE)

# "a retaliation package that would have put tariffs on 93 billion euros of goods", "a plan which would cut": what a plan
# would do with an instrument is the plan's content, not an effect someone forecasts
PLAN_RELATIVE = regex.compile(r"\b(?:package|plan|programme|program|bill|proposal|measures?|scheme|budget)\s*,?\s+(?:that|which)\s+$",
                              regex.IGNORECASE)
PLAN_RELATIVE_SCAN = _lexicon.Guarded(PLAN_RELATIVE, ("that", "which"))  # (searched only where its pronouns stand)

# a gap noun right after a figure ("an annual £10.5bn \"black hole\" in the nation's coffers", "a 20 billion franc shortfall")
GAP_AFTER = regex.compile(r"\W{0,2}\s*[\"“'‘]?(?:black\s+hole|hole|gap|shortfall|funding\s+gap)\b", regex.IGNORECASE)

# "his party would cut £35bn in spending", "said it would raise taxes by", "tariffs would be cut by", "measures would
# include raising surtax by": a policy act, not a plan's effect
ACTION_AFTER = regex.compile(r"\s+(?:\w+ly\s+|also\s+|then\s+|not\s+|never\s+)?(?:be\s+|include\s+|includes\s+)?"
                          r"(?:cut|rais|reduc|increas|spen[dt]|lift|boost|allocat|provid|invest|earmark|stop|trim|impos|introduc|"
                          r"doubl|halv|slash|set\s+aside)\w*\b", regex.IGNORECASE)
# "this would reduce", "the budget would raise taxes by": the effect of a plan or document, not a policy act
EFFECT_SUBJECT = regex.compile(r"\b(?:this|that|which|and|budget|plan|bill|measure|package|proposals?|formula|move|changes?|cuts?|reductions?|"
                            r"law|legislation|reform|scheme)\s+$", regex.IGNORECASE)
# "will be 76 billion", "would be about 3%": a future level, not "will be raised/cut/set to"
LEVEL_BE = regex.compile(r"(?:will|would)\s+(?:still\s+|now\s+|then\s+)?be\s+(?:(?:about|around|roughly|some|nearly|almost|just|only|over|under|below|above|more|less|than|at|between|close|to|approximately|a|an|well)\s+)*"
                      r"(?:\d|[$£€]|(?:one|two|three|four|five|six|seven|eight|nine|ten|half)\b)", regex.IGNORECASE)

# a reporting verb with the subject of a "would" right after it: "The finance ministry said tariffs would"
REPORTED_WOULD = regex.compile(r"\b(?:(?:said|says|announced|stated)\s+|told\s+(?:\w+\s+){1,2}?)(?:that\s+)?(?:[\w'’-]+\s+){1,4}$",
                               regex.IGNORECASE)
CONDITION = regex.compile(r"\b(?:if|unless|provided)\b", regex.IGNORECASE)


def figure_stance(sc: SentenceScope, fig: dict, clause, out: list[dict]) -> tuple:
    """The stance the figure's own words give it (st0, as stance_of reads it) and the stance it takes (st): a level it
    moves from, stands at or is possessed is an actual compared one; a stronger verb governing the qualified noun, a
    relative clause on it or a participle going on with the clause before wins over the nearest cue."""
    text, sentence, figs, stance_hits = sc.text, sc.sentence, sc.figs, sc.stance_hits
    start, end, head = fig["char_start"], fig["end"], fig.get("head")
    st = st0 = _stance.stance_of(text, clause, start, end, stance_hits)
    if st.how != "attributive" and ((_stance.FROM_BEFORE_SCAN.search(text, max(sentence.start, start - 40), start)
                                     # ("would raise from 8.5 to 17 billion dlrs a year": a range from one end to the
                                     # other, no level it moves from)
                                     and not (fig["m"].get("bound") == "range" and RANGE_TO.search(text, start, end)))
                                    or NOW_LEVEL_SCAN.search(text, max(sentence.start, start - 30), start)
                                    or (_stance.POSSESSED_SCAN.search(text, max(sentence.start, start - 40), start)
                                        and not _refuses_object(text, st, start))
                                    or (fig["metric"] in STANDING_LEVELS
                                        and (owned := _stance.POSSESSED_OF_SCAN.search(text, max(sentence.start, start - POSSESSED_OF_REACH), start))
                                        and not _refuses_object(text, st, start)
                                        and not _verb_inside_owner(owned, st))
                                    or changed_level(text, sentence, fig, figs)
                                    or CHANGE_IN_BEFORE_SCAN.search(text, max(sentence.start, start - 40), start)):
        st = _stance.Stance("actual", None, "compared")
    elif head is not None and st.how != "attributive" and not _stance.reported_relative(text, st, end):
        # ("Spain spent 1.28%, far below the 5% that Trump says allies should spend": the compared figure's own relative
        # clause says whose demand it is, stance.reported_relative)
        st = _stance.Stance("actual", None, "compared")
    elif head is None and st.how == "attributive" and (st.cue.entry["pos"] == "N" or _complement_participle(text, st.cue, start)
                                                       or (st.cue.entry["pos"] == "A" and st.cue.end <= start)):
        # "proposed a deficit limit of 1.5%": a stronger verb governing the qualified noun wins; so does one governing
        # a participle with its figure as complement ("want the EU budget to be capped at 1%")
        outer = _stance.governing(text, clause, st.cue.start, stance_hits)
        if outer is not None and _stance.priority(outer) > _stance.priority(st.cue) and outer.entry["claim_type"] in OUTER_TYPES \
                and (count_words(text[outer.end:min(st.cue.start, start)]) <= (OUTER_REACH if st.cue.entry["pos"] == "N" else COMPLEMENT_REACH)
                     or (st.cue.entry["pos"] in ("N", "A")
                         and (outer.entry["claim_type"] == "rejection"
                              or (outer.entry["claim_type"] == "demand" and _stance.priority(outer) >= STRONG_DEMAND
                                  and st.cue.entry["claim_type"] == "commitment"))
                         and count_words(text[outer.end:min(st.cue.start, start)]) <= OUTER_NP_REACH
                         # (a weaker verb between is a refusal's complement: "refused to commit to the new 5% goal";
                         # not a question's: "asked whether Australia would match the goal of 5%")
                         and not any(outer.end <= h.start and h.end <= st.cue.start
                                     and (outer.entry["claim_type"] != "rejection" or _stance.priority(h) >= _stance.priority(outer))
                                     for h in stance_hits))):
            st = _stance.Stance(outer.entry["claim_type"], outer, "governing")
        elif outer is not None and outer.entry["claim_type"] in ("commitment", "future") and outer.entry["pos"] in "VA" \
                and st.cue.entry["claim_type"] in ("commitment", "benchmark") \
                and count_words(text[outer.end:min(st.cue.start, start)]) <= SIGN_REACH:
            # "Canada will meet NATO's goal of spending 2%", "leaders endorsed a new goal of 5%", "signed up in June to
            # the alliance's goal of 3.5%": the subject takes the target on as its own
            st = _stance.Stance(outer.entry["claim_type"], outer, "governing")
    elif head is None and st.how == "attributive" and st.cue.entry["pos"] == "A" and st.cue.start >= end \
            and (refused := _refused_request(text, clause, start, stance_hits)) is not None:
        # "which rules out the extra 1 billion francs the army had requested": a refusing verb governing the figure from
        # before beats the participle of the relative clause after it (the request is what is refused)
        st = _stance.Stance("rejection", refused, "governing")
    if head is None and ((st.claim_type == "actual" and st.how != "following") or st.how == "governing"):
        # "his £35bn savings which Mr Howard has pledged": the stance of a relative clause on the figure's noun
        # (also over a verb governing the figure from before when the relative clause states an act done: "must also
        # finance the tax cut of more than 1,000 billion yen which it promised in its package" is the promise's figure;
        # not "a shortfall of 20 billion francs, which the government would have to decide how to cover")
        rel = _stance.relative_cue(text, sentence.end, end, stance_hits)
        if rel is not None and st.how == "governing" and st.claim_type != "actual" \
                and not _stance.PAST_PARTICIPLE.fullmatch(text, rel.start, rel.end):
            rel = None
        if rel is not None:
            st = _stance.Stance(rel.entry["claim_type"], rel, "following")
    if head is None and st.cue is None and st.how == "default":
        before = participle_continues(text, clause, start, out)
        if before is not None:
            # "Canada will reach the 2% target, adding 9 billion dollars to the military budget": the participle goes
            # on with the act of the clause before, by its subject
            st = st._replace(claim_type=before["claim_type"])
    st = _main_clause_over_agreed_rule(sc, fig, clause, st)
    return st0, st


MAIN_OVER_RULE = frozenset({"demand", "commitment", "future"})


def _main_clause_over_agreed_rule(sc: SentenceScope, fig: dict, clause, st):
    """The stance of the clause governing a figure over a relative clause that only says which organisation agreed that
    level ("Hegseth said Japan should reach the 3.5% that NATO allies agreed", "Canada will meet the 2% that NATO set"): the
    relative clause names the standard; the main clause demands or commits to it (ANNOTATION.md: a member's pledge to
    reach an organisation's target is the member's commitment, a call on a state is the caller's demand). Unchanged for a
    relative clause of a state's own act ("the 6,000 billion yen package Tokyo approved") or of a proposal ("the 3% that
    American officials had floated")."""
    start, end = fig["char_start"], fig["end"]
    if fig.get("head") is not None or st.how != "attributive" or st.cue is None or st.cue.start < end \
            or st.cue.entry["claim_type"] != "commitment":
        return st
    outer = _stance.governing(sc.text, clause, start, sc.stance_hits)
    if outer is None or outer.entry["claim_type"] not in MAIN_OVER_RULE or outer.entry["pos"] not in ("V", "A"):
        return st
    agent = _voices.relative_agent(sc.ctx, sc.sentence, (start, end), st.cue)
    if agent is None or not (agent.code in _entities.ORGANISATION_CODES and agent.kind in ("organisation", "group")):
        return st
    return _stance.Stance(outer.entry["claim_type"], outer, "governing")


# "is set to rise to", "are set to fall by": "set to" and an intransitive move of the figure (no object: the figure moves)
SET_TO_MOVE = _settomove.SET_TO_MOVE  # "set to rise": a movement on its own (settomove, which keeps it against the model)

OWNER_PREPOSITION = regex.compile(r"\b(?:in|of|for)\s+(?:the\s+)?$", regex.IGNORECASE)  # "defence spending in Poland"
SET_SUBJECT_GAP = regex.compile(r"\s+(?:is|are|was|were)\s+(?:\w+ly\s+|now\s+|also\s+)?", regex.IGNORECASE)


def _state_is_set_to(text: str, subject, cue) -> bool:
    """Whether the subject found before "set to" stands right before its copula ("Poland is set to reach"), so that it,
    not a figure it owns ("defence spending in Poland"), is what is set to move."""
    return subject is not None and SET_SUBJECT_GAP.fullmatch(text, subject.end, cue.start) is not None \
        and OWNER_PREPOSITION.search(text, max(0, subject.start - 12), subject.start) is None


def tense_type(sc: SentenceScope, fig: dict, clause, st) -> tuple:
    """The claim_type a future, a present level or an estimate makes: a future decides an instrument (commitment) or
    foresees an outcome (forecast); a present level of a later year is foreseen; an estimate of a past year is a level
    reached. Also whether the figure is estimated, conditional ("would") or a plan's content, which later steps ask."""
    text, article, sentences, sentence, state, ctx, stance_hits = sc.text, sc.article, sc.sentences, sc.sentence, sc.state, sc.ctx, sc.stance_hits
    start, end = fig["char_start"], fig["end"]
    claim_type = st.claim_type
    estimated = False  # "an estimated 1.28%": whoever estimates it, not the state it is about
    conditional = False  # "would": a plan's effect, not a decision
    plan_content = False  # "a package that would put tariffs on ...": what a plan holds, whoever relates it
    if claim_type == "future":  # "France would spend", "the tariff will rise": a decision; "the deficit will rise": a forecast
        conditional = text[st.cue.start:st.cue.end].lower().startswith("would")
        # "income will be 76 billion euros": a level stated, not a decision ("will be raised" is one)
        # (a rate the state sets is no level reached: "the new tax brackets will be 17 pct", "the duty would be 25 pct")
        rate_subject = fig["metric"] in RATE_METRICS and fig["unit"] == "percent" \
            and RATE_SUBJECT.search(text, max(clause[0], st.cue.start - RATE_REACH), st.cue.start) is not None
        level = LEVEL_BE.match(text, st.cue.start, sentence.end) is not None and not rate_subject
        # "tax revenues will rise to 8.6 billion", "revenue from the new tax will amount to 3 billion": what taxes bring in
        # is an outcome someone foresees, not an instrument set (a tax rate, cut or rise is one)
        instrument = fig["metric"] in INSTRUMENTS \
            and (rate_subject
                 or not (fig["metric"] == "tax_revenue" and REVENUE_SUBJECT.search(text, max(clause[0], st.cue.start - 50), st.cue.start)))
        plan_content = instrument and not level \
            and (PLAN_RELATIVE_SCAN.search(text, max(sentence.start, st.cue.start - 40), st.cue.start) is not None
                 or (conditional and _instrument_before_would(st, end)))
        # "The finance ministry said tariffs would be cut by 7.7 points": "would" in reported speech is the speaker's "will"
        reported_will = conditional and (REPORTED_WOULD.search(text, max(clause[0], st.cue.start - 80), st.cue.start) is not None
                                         or _ownacts.reported_aside_would(text, clause[0], st.cue.start)) \
            and not CONDITION.search(text, clause[0], clause[1])
        decided = ((not conditional or reported_will) and _stance.DECIDED_PASSIVE.match(text, st.cue.end, start) is not None) \
            or ((not conditional or reported_will) and _stance.DECIDED_OWN.match(text, st.cue.end, start) is not None
                and not EFFECT_SUBJECT.search(text, max(clause[0], st.cue.start - 30), st.cue.start)) \
            or (instrument and (not conditional or (ACTION_AFTER.match(text, st.cue.end, start)
                                                           and not EFFECT_SUBJECT.search(text, max(clause[0], st.cue.start - 30), st.cue.start))) and not level) \
            or _voices.subject_before(ctx, sentence, clause, st.cue) is not None \
            or _coordinated_state_subject(ctx, sentence, clause, st.cue) \
            or plan_content \
            or (instrument and not level and own_plan_reported(ctx, sentence, st.cue)
                and not EFFECT_SUBJECT.search(text, max(clause[0], st.cue.start - 30), st.cue.start))
        # "The finance ministry estimates defence spending will hit 2.1%": a future inside a projection is projected
        # (also a passive participle right before the future: "Spain is estimated to reach 2%")
        projectors = [h for h in stance_hits if h.entry["claim_type"] in ("forecast", "estimate") and clause[0] <= h.start
                      and h.end <= st.cue.start and (h.entry["pos"] in "VN" or count_words(text[h.end:st.cue.start]) == 0)
                      and not _ownacts.projects_own_figure(text, h.end, st.cue.start)]
        # "would be forced to raise taxes to fill an annual £10.5bn black hole": a gap the act is to fill is a level
        # foreseen, not the act's own figure
        if decided and SET_TO_MOVE.match(text, st.cue.start, start) is not None \
                and not _state_is_set_to(text, _voices.subject_before(ctx, sentence, clause, st.cue), st.cue):
            # "Council tax is set to rise by about 4%", "defence spending in Poland is set to climb to 4.7%": "set to"
            # with the figure moving on its own is the reporter's outlook, not a decision (a state itself the subject,
            # "Poland is set to reach 4.7%", and a transitive act, "the government is set to raise VAT", still decide)
            decided = False
        claim_type = "commitment" if decided and not projectors and not GAP_AFTER.match(text, end) else "forecast"
        dated = own_date(text, clause, start, end, article.get("published")) if projectors else None
        if projectors and projectors[-1].entry["claim_type"] == "estimate" \
                and (dated == "past" or (dated == "current" and projectors[-1].entry["pos"] == "A")):
            # "is estimated to reach 2.0% in 2025" (in 2025): an estimate of the level reached ("economists estimate
            # the deficit will reach 4.5 billion this year" still looks ahead)
            claim_type = "actual"
        st = st._replace(claim_type=claim_type)
    elif claim_type == "actual" and _progressive_act(text, fig, st, start):
        # "the government is raising the top tax rate to 45%", "is bringing forward a 5 billion mark tax cut": an act on
        # an instrument under way is decided, as its future is (not a present level, nor one foreseen)
        claim_type = "commitment"
        st = st._replace(claim_type=claim_type)
    elif claim_type == "actual" and st.how in ("default", "governing", "following") \
            and (st.cue is None or text[st.cue.start:st.cue.end].lower() in PRESENT_LEVEL) \
            and not package_figure(text, clause, start, end) \
            and (((st.cue is None or text[st.cue.start:st.cue.end].lower() in PRESENT_COPULA)
                  # (a later year beyond the next figure is that figure's: "includes 6.7 billion euros more, in line
                  # with the plan to raise spending to 64 billion euros by 2027")
                  and _modality.later_year(text, (clause[0], own_stretch(text, clause, start, end)[1]), article.get("published")))
                 or (not in_sentence(state, PAST_MARK, text, sentence) and fig["metric"] not in STANDING_LEVELS
                     and later_before(text, sentences, sentence, article.get("published")))):
        claim_type = "forecast"  # "income is 76 billion euros next year": a level not yet reached
        if st.cue is None and fig["unit"] == "percent" and fig["metric"] in RATE_METRICS \
                and RATE_MOVES.search(text, max(clause[0], start - RATE_REACH), start):
            # "The basic provincial tax rate rises to 46.5 pct from 43.5 pct": a tax or tariff rate the state sets,
            # moving in a coming period, is set by it (as "the tariff will rise to 25%": ANNOTATION, future of an
            # instrument); a revenue or a deficit rising stays a level foreseen
            claim_type = "commitment"
        st = st._replace(claim_type=claim_type)
    elif claim_type == "estimate":  # an estimate of a past level reports it; of a later year forecasts it
        # ("cut the deficit to 4.7% next year from an estimated 5.4% this year": the figure's own year first)
        dated = own_date(text, clause, start, end, article.get("published"))
        later = dated == "later" if dated is not None else (_modality.later_year(text, clause, article.get("published"))
                                                             or _estimatedmove.moves_later(text, st.cue.end, start))
        claim_type = "forecast" if later else "actual"
        st = st._replace(claim_type=claim_type)
        estimated = st.how == "attributive" and claim_type == "actual"
    return claim_type, st, estimated, conditional, plan_content


def credited_forecast_type(sc: SentenceScope, fig: dict, clause, claim_type, st) -> tuple:
    """A future credited to a forecaster after it ("..., according to NATO estimates", "the ministry estimated") is that
    forecaster's forecast, or the year's level when it is of this or a past year."""
    text, article, sentence, ctx, stance_hits = sc.text, sc.article, sc.sentence, sc.ctx, sc.stance_hits
    start, end, head = fig["char_start"], fig["end"], fig.get("head")
    if head is None and st.cue is not None and st.how == "governing" \
            and (st.cue.entry["claim_type"] == "future" or (claim_type == "commitment" and st.cue.entry["pos"] == "N")):
        forecaster = forecast_after(text, sentence, end, stance_hits)
        if forecaster is not None:
            # "Defence spending will reach 2.1% of GDP this year, according to NATO estimates", "meeting the target
            # would cost an extra 16 billion euros a year, the finance ministry estimated": a level someone projects
            claim_type = "forecast"
            if forecaster.entry["claim_type"] == "estimate" \
                    and own_date(text, clause, start, end, article.get("published")) in ("past", "current"):
                claim_type = "actual"  # "will spend 2.0% of GDP this year, according to NATO estimates": the year's level
            st = _stance.Stance(claim_type, forecaster, "following")
        elif claim_type == "commitment" and st.cue.entry["claim_type"] == "future" and credited_org(ctx, sentence):
            # "Poland will spend 4.48% of its GDP this year, the highest share in the alliance, according to NATO's
            # annual estimates", "According to NATO, Spain will spend 2.1%": an organisation's estimate of a state's
            # level, however far the credit stands; the estimate of this or a past year is that year's level
            past = own_date(text, clause, start, end, article.get("published")) in ("past", "current")
            claim_type = "actual" if past else "forecast"
            st = st._replace(claim_type=claim_type)
    return claim_type, st


def _instrument_before_would(st, fig_end: int) -> bool:
    """Whether a "would" after an instrument's figure, with no stance word before the figure, has the figure's noun
    phrase as its subject ("the new 3 pct tax on share trades would be charged on ...", "the extra 4.5 billion crown cut
    in payroll taxes would mean ...", "£12bn in spending they would stop"): the hypothetical is what the plan holds, its
    tax, cut or sum, whoever reports it, not a level someone foresees (a "will" after it already decides; a figure after
    the "would", what the plan would raise or cost, is still foreseen)."""
    return st.how == "following" and st.cue is not None and st.cue.start >= fig_end


def _progressive_act(text: str, fig: dict, st, start: int) -> bool:
    """Whether the figure's governing "is"/"are" is the auxiliary of an act on an instrument in progress whose object
    the figure sizes or sets ("is raising the top tax rate to 45%", "is cutting aid to 0.5% of national income")."""
    return st.how == "governing" and st.cue is not None and fig["metric"] in INSTRUMENTS and fig.get("head") is None \
        and text[st.cue.start:st.cue.end].lower() in PRESENT_COPULA and _progressive.act_after(text, st.cue.end, start)


REFUSED_OBJECT_REACH = 4  # words from a refusing verb to the possessed figure it takes as object


def _refused_request(text: str, clause, start: int, stance_hits):
    """A rejection verb governing the figure from at most OUTER_NP_REACH words before it, no other stance word between but
    a weaker one, the refusal's complement ("refused to commit to the 3.5% level requested by the Pentagon", "declined to
    match the 10% sought by Washington": what is refused is the request, as in figure_stance's outer refusal)."""
    outer = _stance.governing(text, clause, start, stance_hits)
    if outer is None or outer.entry["claim_type"] != "rejection" or count_words(text[outer.end:start]) > OUTER_NP_REACH:
        return None
    return None if any(outer.end <= h.start and h.end <= start and _stance.priority(h) >= _stance.priority(outer)
                       for h in stance_hits) else outer


def _verb_inside_owner(owned, st) -> bool:
    """Whether the verb governing the figure stands inside what POSSESSED_OF read as an owner's noun ("Poland's constitution
    caps public debt at 60%": the constitution's act, a rule, not Poland's debt of 60% described)."""
    return st.cue is not None and st.how == "governing" and st.cue.entry["pos"] == "V" and owned.start() < st.cue.start < owned.end()


def _refuses_object(text: str, st, start: int) -> bool:
    """Whether a refusing verb takes the possessed figure as its object ("refused to back the EU's 50 billion euro
    package"): the figure is refused, not a level described."""
    return st.cue is not None and st.how == "governing" and st.claim_type == "rejection" \
        and count_words(text[st.cue.end:start]) <= REFUSED_OBJECT_REACH


# a tax or tariff rate as the subject of a change verb right before its figure: "the basic tax rate rises to", "the VAT rate
# goes up to", "import duties climb to"
RATE_METRICS = frozenset({"tax_revenue", "tariff_rate"})
RATE_MOVES = regex.compile(r"\b(?:rates?|duty|duties|tariffs?|surtax|VAT|levy)\s+(?:\w+\s+){0,2}?(?:rises?|goes\s+up|climbs?|increases?|falls?|"
                           r"goes\s+down|drops?|decreases?|moves?)\s+(?:from\s+\S+\s+(?:pct|percent|per\s+cent|%)?\s*)?to\s+"
                           r"(?:(?:about|around|some|roughly|nearly)\s+)?$", regex.IGNORECASE)
RATE_REACH = 80  # chars before the figure searched for the rate and its verb
# a tax or tariff rate as the subject right before a future ("The new tax brackets will", "the import duty would"), not what
# the tax brings in (REVENUE_SUBJECT)
RATE_SUBJECT = regex.compile(r"\b(?:rates?|brackets?|duty|duties|tariffs?|surtax|VAT|levy)\s+(?:(?!(?:and|or|but|that|which)\s)[\w'’-]+\s+){0,3}?$",
                             regex.IGNORECASE)
# the revenue a tax brings in as the subject of a future: "tax revenues will", "Revenue from the new tax will", "oil income
# would" (not "the tax rise will"); the verb right after it
REVENUE_SUBJECT = regex.compile(r"\b(?:revenues?|receipts|income|take|yield|proceeds|collections|intake)\s+(?:(?!(?:cut|cuts|rise|rises|"
                                r"increase|increases|rate|rates|reform|reforms)\b)[\w'’-]+\s+){0,4}?(?:\w+ly\s+|also\s+)?$", regex.IGNORECASE)


AND_BEFORE = regex.compile(r"\band\s+(?:also\s+|then\s+)?$", regex.IGNORECASE)
SUBJECT_LEAD = 2  # words before a clause's subject at its start ("In March Jamaica", "Jamaica")


def _coordinated_state_subject(ctx, sentence, clause, cue) -> bool:
    """Whether a verb right after "and" is the second predicate of a state or government that opens the clause
    ("Jamaica has put a cap on its debt and will reduce its obligations by 300 mln dlrs")."""
    text = ctx.text
    if not AND_BEFORE.search(text, max(clause[0], cue.start - 12), cue.start):
        return False
    first = next((e for e in ctx.entities(sentence) if e.start >= clause[0] and e.code), None)
    return first is not None and first.end <= cue.start and _entities.is_state(first.code) and first.kind in _entities.STATE_KINDS \
        and count_words(text[clause[0]:first.start]) <= SUBJECT_LEAD \
        and not _voices.CLAUSE_INTRO.search(text, first.end, cue.start)  # ("The White House said this would ... and would cut")


def _complement_participle(text: str, cue, fig_start: int) -> bool:
    """A participle that takes its figure as a complement ("capped at 1%", "put at 3%"), a verb of the clause, as
    opposed to one qualifying the figure right after it ("a previously suggested 3%")."""
    return cue.entry["pos"] == "A" and not _stance.ATTR_PRE_GAP.fullmatch(text, cue.end, fig_start)


# every regex pattern above runs as its standard-re twin on ASCII text (lexicon.AsciiTwin: the same matches, less CPU)
from .lexicon import ascii_twins as _ascii_twins  # noqa: E402  (after the patterns it replaces)

_ascii_twins(globals())
