"""One figure's claim (``figure_claim``): its stance and claim_type (the steps of ``claimtype``, ``plantype`` and
``ruletype``, in order), then its actor and target (which may turn the type once more), then its record of the
contract's claims table.

The roles ``actors.assign_roles`` finds, no target for a world's or region's figure (``_figure_roles``); a figure
compared with a head takes the head's roles unless it names its own (``_compared_roles``), and an organisation's
target it is compared with is a benchmark (``_compared_target_type``); any other figure's roles are ``_own_roles``:
the reporter of a level named only by its owner, an organisation's own target unless a member signs up to it, who
presses whom in a demand, who speaks when the sentence names no one. After them: a plan's author, an aid sum's donor
and a tariff's setter (``_author_or_giver``), an estimate's estimator, the speakers the contract codes no one
(``_uncoded_voices``: economists, banks, institutes, firms, the press; an economist cannot pledge a state's figure), a
plan's possessor, and the type turns decided before the roles (a fiscal rule's threshold, a recipient's aid request).
``_claim_record`` writes the record (hedged, negated, deadline, comparison base, attribution, confidence). Kept apart
from the sentence's loop (``frame``): everything here is one figure's, read against its sentence's ``SentenceScope``.
"""
from __future__ import annotations

import regex

from . import lexicon as _lexicon
from .lexicon import count_words
from . import modality as _modality
from . import (
    roles as _roles, entities as _entities, organisations as _organisations, owners as _owners, voices as _voices,
)
from . import stance as _stance
from . import whose as _whose
from . import orgplans as _orgplans
from . import relstance as _relstance
from . import rulestand as _rulestand
from . import conjuncts as _conjuncts
from . import asidestance as _asidestance
from . import memberlevel as _memberlevel
from . import draftfig as _draftfig
from . import averted as _averted
from . import debtdue as _debtdue
from . import gaplevel as _gaplevel
from . import budgetput as _budgetput
from . import owntarget as _owntarget
from . import insistedplan as _insistedplan
from .forecasters import believed_type, named_forecaster_again
from .speakers import (
    REPORTED_TYPES, UNKNOWN_SPEAKER_SCAN, RATING_SPEAKER, INSTITUTE_SPEAKER_SCAN, in_sentence, reported_after,
    firm_reported, uncoded_voice, names_uncoded_speaker, uncoded_body, voices_nothing, PRESS_RELAYED_TYPES,
    press_reported, uncoded_or_credited, rating_article,
)
from .plans import PASSIVE, SELF_OBLIGATION, document_content, legislative, AUTHORED_TYPES, document_author, LEGISLATURE
from .aid import BILATERAL_CUE, aid_donor_after, FROM_GIVER, aid_source_after, is_aid_sum, unnamed_givers, pays_duty, conjunct_subject, importer
from .aid import relieved_debtor
from .actors import (
    relative_agent, assign_roles, agent_after, credited_over_uncoded, reported_by, region_owner, owner_not_reporter,
    owner_of_listed_level, passive_forecast_reporter, estimator_of, opening_organisation, names_owner_only,
    lead_report, reported_by_no_one, reported_in_sentence_by_no_one, owners_own_figure, coded_act_inside, names_owner, observers, near_orgs,
    estimating_orgs, pressed_group, organisations_rule,
)
from .scope import SentenceScope
from .claimtype import OUTER_REACH, credited_forecast_type, figure_stance, tense_type
from .plantype import demand_or_rule_type, level_or_plan_type, plan_proposal_type, sought_aid_request
from .acts import enacted_type
from .planref import plan_anaphor, proposed_plan
from .ownacts import own_act_type
from .ruletype import refusal_type, restated_or_rule_type, anchored_type
from .tariffacts import tariff_setter
from .uncodedcredit import uncoded_credit
from .ownedrules import state_owned_rule, under_organisation_rules
from .refuser import refuser
from .resistedcall import refused_request_target
from .othersduty import others_duty, expected_of_all_roles
from .requiredrule import required_rule
from .lawtarget import law_type
from .membergroup import group_owner
from .yieldcost import yield_type
from .altbudget import alternative_type
from .observedowner import observed_state


OFFICIALLY = regex.compile(r"\bofficially\s+$", regex.IGNORECASE)
# cue words of a level one state asks of another (read against the story's state)
ASKED_OF_OTHERS = frozenset({"floated", "requested", "asked", "demanded", "demand", "request"})
GOVERNMENT_FIGURE = regex.compile(r"\b(?:government|budget|state)\b", regex.IGNORECASE)

VALUE_FIELDS = ("value", "value_low", "value_high", "bound", "unit", "currency")

OWN_WISH = frozenset({"want", "wants", "wanted"})  # a wish for one's own figure ("he wanted it below 3%")
# an organisation's wish for its own budget ("the Commission wants it to be 1.26%") proposes what its members decide; its
# wish for its members' spending ("NATO wants allies to spend 2%") presses them
OWN_BUDGET_METRICS = frozenset({"public_spending"})
OWN_NEED = frozenset({"need to", "needs to", "will need to", "would need to"})  # a need stated of oneself, not an obligation imposed ("must", "should")

GLOBAL_BEFORE = regex.compile(r"\b(?:global|world|worldwide|world['’]s)\s+(?:\w+\s+)?$", regex.IGNORECASE)
GLOBAL_BEFORE_SCAN = _lexicon.Guarded(GLOBAL_BEFORE, ("global", "world"))  # (searched only where its words stand)
# an unnamed group of states named as the owner after the metric noun, by a region or their plight ("Debts of sub-Saharan
# African countries total", "debt owed by poorest Sub-Saharan African nations", "owed ... in debt repayments by nations
# affected by the tsunami"): no one state's or coded group's figure, like a region named as the possessor before it
REGION_GROUP = (r"(?:the\s+)?(?:(?:very|most|least|heavily|highly|\w+est|poor|poorer|indebted|low-income)\s+){0,3}"
                r"(?:(?:(?:sub-?Saharan|African|Asian|Latin\s+American|Central\s+American|South\s+American|Arab|Caribbean|"
                r"developing|debtor|Third\s+World)\s+){1,2}(?:countries|nations|states|debtors|economies)"
                r"|(?:countries|nations|states)\s+(?:affected|hit|struck|devastated)\s+by)\b")
REGION_GROUP_AFTER = regex.compile(r"\s+(?:(?:this|next|last)\s+year\s+)?(?:of|owed\s+by|due\s+from|by)\s+" + REGION_GROUP,
                                   regex.IGNORECASE)
# (after the figure when no metric noun stands before it: "Over 21 billion dlrs is debt owed by poorest ... nations")
OWED_BY_GROUP = regex.compile(r"\s+(?:[\w-]+\s+){0,4}?(?:owed|due|owing)\s+(?:(?:this|next|last)\s+year\s+)?by\s+" + REGION_GROUP,
                              regex.IGNORECASE)

# (audit26) such a group as the subject "their" goes back to, before the figure or its metric noun, with no coded name between
# ("Latin American nations need to expand ... to service their 382 billion dlrs of foreign debt", "debtor countries have said
# their debt service ..."): the group's figure, no one state's
GROUP_THEIR = regex.compile(r"\b" + REGION_GROUP + r"(?P<gap>[^.;:]{0,120}?)\btheir\s+(?:(?:[0-9][\d.,/-]*|(?-i:[a-z][\w/-]*))\s+){0,4}$",
                            regex.IGNORECASE)
GROUP_THEIR_REACH = 200  # chars before the figure (or its metric noun before it) searched for the group


def _group_their(sc: SentenceScope, fig: dict, cue) -> bool:
    """Whether the figure (or its metric noun before it) follows "their" going back to an unnamed group of states
    (``GROUP_THEIR``), no coded name standing between the group and "their"."""
    pos = cue.start if cue is not None and cue.end <= fig["char_start"] else fig["char_start"]
    m = GROUP_THEIR.search(sc.text, max(sc.sentence.start, pos - GROUP_THEIR_REACH), pos)
    if m is None:
        return False
    lo, hi = m.start("gap"), m.end("gap")
    return not any(e.code and lo <= e.start < hi for e in sc.ctx.entities(sc.sentence))


OWN_PLAN_NOUNS = frozenset({"plan", "plans", "pledge", "pledges", "promise", "promises"})

# whom a sum costs or saves, named between the verb and the sum: "it was now costing the EC 2,000 Ecus a hectare", "would
# also save the EC some two billion ECUs", "could cost the UK 1bn pounds" (the bearer is the figure's owner, whoever says it)
BEARER_VERB_BEFORE = regex.compile(r"\b(?:cost|costs|costing|save|saves|saved|saving)\s+(?:the\s+)?$", regex.IGNORECASE)
BEARER_GAP = regex.compile(r"\s+(?:(?:about|around|some|nearly|almost|roughly|only|just|over|more\s+than|up\s+to|at\s+least|"
                           r"an\s+estimated|an\s+extra|an\s+additional|a\s+further|an?)\s+)*", regex.IGNORECASE)
BEARER_KINDS = frozenset({"country", "capital", "demonym", "organisation", "institution", "generic"})


def cost_bearer(ctx, sentence, start: int):
    """The state or body a sum costs or saves when it stands as the verb's object right before the sum ("costing the EC
    2,000 Ecus"), else None."""
    text = ctx.text
    lo = max(sentence.start, start - 80)
    window = text[lo:start].lower()
    if "cost" not in window and "sav" not in window:  # (every cost or save verb holds one; most figures have neither)
        return None
    for e in reversed(ctx.entities(sentence)):
        if e.end > start or e.start < lo:
            continue
        if e.code and e.kind in BEARER_KINDS and BEARER_GAP.fullmatch(text, e.end, start) \
                and BEARER_VERB_BEFORE.search(text, max(sentence.start, e.start - 20), e.start):
            return e
        break  # only the entity right before the sum
    return None

# "pressed allies to move faster, saying they should reach 3.5%": a modal whose subject is a pronoun for others (not "we",
# "it") obliges them; the speaker asks it of them
OTHERS_PRONOUN = regex.compile(r"\b(?:they|he|she)\s+(?:\w+ly\s+|also\s+|still\s+)?$", regex.IGNORECASE)

# a party, not the government, as the subject of a wish for its own state's figure ("The Democratic Party for the People wants
# the overall rate cut to 5%", "the opposition wants"): it proposes a policy it cannot set
DOC_CALLS = regex.compile(r"call(?:s|ed|ing)?\s+for\b", regex.IGNORECASE)

PARTY_SUBJECT = regex.compile(r"\b(?:[Pp]art(?:y|ies)|opposition|Democrats|Republicans|Conservatives|Tories|Labour|Liberals)\b")

# lawmakers as the subject of a wish for their state's figure ("Lawmakers on the appropriations committee want the total
# raised to 54.2 trillion naira", "MPs want the aid budget kept at 0.7%"): a legislature's push proposes, it does not pledge
# the government's budget (ANNOTATION.md: a level a legislature pushes for, ["demand", "proposal"])
LEGISLATOR_SUBJECT = regex.compile(r"\b(?:lawmakers|legislators|senators|MPs|parliamentarians|congressmen|deputies|"
                                   r"members\s+of\s+parliament)\b", regex.IGNORECASE)

OPPOSITION = regex.compile(r"\bopposition\b", regex.IGNORECASE)
# a state's independent body that presses its own government, no voice of the government's own plan: its central bank, fiscal
# council or audit office ("The Bank of Finland says that the government should cut spending by 3 billion euros", "the
# central bank said the government must reduce the deficit to 2%"; ANNOTATION.md modern35: a central bank urging its own
# Treasury, a fiscal watchdog's call for savings -> a demand, not the state's commitment)
INDEPENDENT_VOICE = regex.compile(r"\b(?:central\s+bank|(?-i:Bank\s+of\s+[A-Z]\w+)|Bundesbank|Banque\s+de\s+France|Banca\s+d['’]Italia|"
                                  r"fiscal\s+(?:policy\s+)?(?:council|watchdog|board|committee|audit)|budget\s+watchdog|"
                                  r"audit\s+office|court\s+of\s+auditors)(?:['’]s)?\s+(?:[\w'’-]+\s+){0,3}?(?:says|said|stated|states|"
                                  r"recommends|recommended|warns|warned|thinks|believes|considers|notes|noted|urges|urged)\b",
                                  regex.IGNORECASE)  # (the speaker, not the body pressed: "said the Bundesbank should")


# a party outside government or an independent body saying what "should" or "must" happen to a figure ("The Liberal
# Democrats said aid should not be cut below 0.5% of GNI", "the Greens say defence spending should not rise above 2%"):
# it presses the government, it cannot pledge (ANNOTATION.md: a demand, a proposal also accepted), so its obligation with
# no subject named is no commitment
OTHER_PARTY_SAYS = regex.compile(r"\b(?:opposition|Liberal\s+Democrats|Lib\s+Dems?|Greens|Green\s+Party|SNP|Plaid\s+Cymru)\b"
                                 r"(?:['’]s)?\s+(?:[\w'’-]+\s+){0,4}?(?:says|said|argues|argued|insists|insisted|believes|"
                                 r"thinks|wants|wanted|urges|urged|warns|warned|demands|demanded)\b", regex.IGNORECASE)


def _outside_voice_obliges(text: str, sentence, cue) -> bool:
    """Whether an opposition party or an independent body states the obligation whose modal is `cue`."""
    return OTHER_PARTY_SAYS.search(text, sentence.start, cue.start) is not None \
        or INDEPENDENT_VOICE.search(text, sentence.start, cue.start) is not None


def figure_claim(sc: SentenceScope, fig: dict, out: list[dict]) -> dict:
    """One figure's claim. Its stance and claim_type first, refined step by step (a later step overrules an earlier one:
    the order is the rules' precedence); then its actor and target, which may turn the type once more (a demand no one
    else is pressed to meet commits; an uncoded speaker cannot pledge). `out` holds the sentence's claims made so far."""
    clause = _stance.clause_bounds(sc.text, sc.sentence.start, sc.sentence.end, fig["char_start"], fig["end"])
    st0, st = figure_stance(sc, fig, clause, out)
    st = _conjuncts.later_conjunct(sc.text, clause, fig, st, sc.stance_hits)  # "rejected ... and called for ... 53%"
    st = _asidestance.outside_aside(sc.text, sc.sentence, clause, fig, st, sc.stance_hits)  # "Norway, one of the few donors to hold its line, will give"
    claim_type, st, estimated, conditional, plan_content = tense_type(sc, fig, clause, st)
    claim_type, st = credited_forecast_type(sc, fig, clause, claim_type, st)
    claim_type, st = believed_type(sc, fig, clause, claim_type, st)
    claim_type, st = level_or_plan_type(sc, fig, clause, claim_type, st)
    claim_type, st = _budgetput.dated_later_type(sc, fig, clause, claim_type, st)  # "Spending in 1988 rose to" (in 1987)
    claim_type, st = _budgetput.put_type(sc, fig, clause, claim_type, st)  # "Expenditure was put at" in a budget story
    claim_type, st = _budgetput.allocated_type(sc, fig, clause, claim_type, st)  # "gave defence an extra 2.2 billion for 2025-26"
    claim_type, st = enacted_type(sc, fig, clause, claim_type, st)
    claim_type, st = own_act_type(sc, fig, clause, claim_type, st)
    claim_type, st, aid_request = demand_or_rule_type(sc, fig, clause, claim_type, st)
    claim_type, st, aid_request = sought_aid_request(sc, fig, clause, claim_type, st, aid_request)
    claim_type, st = plan_proposal_type(sc, fig, clause, claim_type, st, conditional)
    claim_type, st = refusal_type(sc, fig, clause, claim_type, st0, st)
    claim_type, st, rule_threshold = restated_or_rule_type(sc, fig, clause, claim_type, st)
    if (permitted := _rulestand.permitted_type(sc.text, sc.sentence.start, fig["char_start"], claim_type)) != claim_type:
        # "under the change the 16 federal states may together also run structural deficits of 0.35%": a rule's room
        claim_type, st = permitted, st._replace(claim_type=permitted)
    claim_type, st = anchored_type(sc, fig, clause, claim_type, st)
    claim_type, st = _owntarget.moved_target_type(sc, fig, clause, claim_type, st)  # "raised its target to 5.0% from 3.7%"
    claim_type, st = _debtdue.due_type(sc, fig, clause, claim_type, st)  # "has to repay 2 billion dlrs": a sum due (debtdue)
    claim_type, st = _gaplevel.gap_type(sc, fig, clause, claim_type, st)  # "to eliminate a 160 mln dlr deficit": the gap now (gaplevel)
    if claim_type in ("benchmark", "commitment") and fig.get("listed_level"):
        # "... will meet the alliance's 2% guideline, with Poland spending the most at about 4.5% of GDP, ahead of Lithuania
        # at 4%": the states' levels listed beside the rule (or the sentence's plan) are levels, not the rule or the plan
        claim_type, st = "actual", st._replace(claim_type="actual")
    if fig.get("alliance_need") and claim_type in ("commitment", "proposal", "forecast") and fig.get("head") is None:
        # "NATO Secretary General Mark Rutte has said Spain will need about 3.5%": what the alliance's chief says a member
        # needs is pressed on it (figures.NATO_PRESSES_REACH), not the member's own plan
        claim_type, st = "demand", st._replace(claim_type="demand")
    if _draftfig.draft_content(sc.text, fig["end"], sc.sentence.end, claim_type):
        claim_type, st = "proposal", st._replace(claim_type="proposal")  # "the 286 billion crowns in the draft" (draftfig)
    if claim_type == "actual" and (wished := _relstance.relative_stance(sc, fig)) is not None:
        # "down from the 20% Trump had threatened": the threatened level, not one reached (relstance)
        claim_type = wished.entry["claim_type"]
        st = st._replace(claim_type=claim_type)
    elif claim_type == "actual" and _relstance.forecast_clause(sc.text, fig["char_start"], fig["end"], sc.sentence.end):
        # "above the 68.5 billion dollar deficit the Parliamentary Budget Officer had projected": the level foreseen (relstance)
        claim_type = "forecast"
        st = st._replace(claim_type=claim_type)
    actor, target = _figure_roles(sc, fig, clause, st)
    head = fig.get("head")
    if head is not None:
        claim_type = _compared_target_type(sc, fig, claim_type, st)
    if head is not None and "claim" in head and claim_type != "benchmark" \
            and not (claim_type == "demand" and _stance.reported_relative(sc.text, st, fig["end"])):
        # (a compared figure whose relative clause says who demands it of whom takes its own roles: "far below the 5% that
        # Trump says allies should spend" is Trump's demand on the allies, not the compared state's)
        actor, actor_code, actor_text, target_code, target_text = _compared_roles(sc, fig, claim_type, st, actor, target)
    else:
        claim_type, actor_code, actor_text, target_code, target_text = _own_roles(sc, fig, clause, claim_type, st, actor,
                                                                                  target, out)
    if fig.get("alliance_need") and fig.get("head") is None and actor_code == target_code and target_code != "NATO" \
            and claim_type in ("demand", "commitment", "proposal"):
        # "NATO Secretary General Mark Rutte has said Spain will need about 3.5%": the alliance presses the member, whose
        # need the chief states (the member's own voice would make it a plan)
        claim_type, actor_code, actor_text = "demand", "NATO", "NATO"
    # "'European allies have to spend 3.5%,' said Hegseth": an obligation another states is its demand (othersduty)
    claim_type, actor_code, actor_text, target_code, target_text = others_duty(
        sc, fig, clause, claim_type, st, actor_code, actor_text, target_code, target_text)
    # "the U.S. ambassador said every ally was expected to reach 3.5%": what is expected of every member is asked of them
    claim_type, actor_code, actor_text, target_code, target_text = expected_of_all_roles(
        sc, fig, clause, claim_type, actor_code, actor_text, target_code, target_text)
    actor_code, actor_text = _author_or_giver(sc, fig, clause, claim_type, actor, actor_code, actor_text, target_code)
    if fig["metric_cue"] is not None and fig["metric_cue"].entry is BILATERAL_CUE and fig.get("head") is None:
        actor_code, actor_text = _transfer_giver(sc, fig, actor_code, actor_text, target_code)
    elif fig["metric"] in PROVIDED_METRICS and fig["unit"] == "currency" and fig.get("head") is None:
        actor_code, actor_text = _provided_with_giver(sc, fig, actor_code, actor_text)
    setter = None
    if fig["metric"] == "tariff_rate" and fig["metric_cue"] is not None and fig.get("head") is None:
        # (the state named as the tariff noun's modifier, "a 145% U.S. tariff", "the 300 mln dlrs in U.S. tariffs", sets it:
        # an uncoded voice reporting it, "analysts said", does not take its place below; ANNOTATION.md, tariffs)
        setter = _tariff_setter_named(sc, fig, None, None)
        setter = setter if setter[0] is not None else None
        if setter is not None and setter[0] != actor_code:
            actor_code, actor_text = setter
    elif claim_type in ("proposal", "commitment") and st.how == "attributive" and st.cue is not None \
            and st.cue.entry["pos"] == "A" and st.cue.end <= fig["char_start"] and fig["metric_cue"] is not None \
            and fig.get("head") is None:
        # "to lobby against a proposed 100 pct European Community levy": the body named in the proposed instrument
        # proposes it, not the one lobbying against it
        actor_code, actor_text = _tariff_setter_named(sc, fig, actor_code, actor_text)
    claim_type, actor_code, actor_text = tariff_setter(sc, fig, claim_type, actor_code, actor_text)
    if actor_code is None and target_code in _entities.ORGANISATION_CODES and fig.get("head") is None \
            and organisations_rule(sc.ctx, sc.sentence, fig["char_start"], fig["end"], sc.stance_hits) is not None:
        # "That would put Berlin at the alliance's 3.5% core defence goal": the organisation's own goal, named with its
        # possessive, is the organisation's (ANNOTATION.md) when no one else is found to state it
        actor_code, actor_text = target_code, target_text
    joined = conjunct_subject(sc.ctx, sc.sentence, st.cue, fig["char_start"], actor_code, target_code) \
        if fig.get("head") is None and claim_type != "demand" else None
    if joined is not None:  # "Britain offered eight mln stg and Italy was expected to offer 30 mln dlrs": Italy offers
        actor_code, actor_text = joined.code, joined.surface
    if estimated:
        actor_code, actor_text = _estimator_roles(sc, fig, st, estimated, actor_code, actor_text)
        if actor_code is None and (author := _estimated_base_author(sc, fig, out, target_code)) is not None:
            # "The House budget would cut the deficit about 38 billion dlrs off an estimated 171-billion-dlr deficit": the
            # base a state's plan cuts from is the plan's author's estimate of the year it plans for, foreseen
            actor_code, actor_text = author
            claim_type, st = "forecast", st._replace(claim_type="forecast")
    claim_type, actor_code, actor_text = _uncoded_voices(sc, fig, claim_type, st, plan_content, actor, actor_code,
                                                         actor_text, target_code, setter)
    claim_type, actor_code, actor_text = named_forecaster_again(sc, fig, claim_type, st, actor_code, actor_text)
    actor_code, actor_text = uncoded_credit(sc, fig, claim_type, actor_code, actor_text)
    if setter is not None and actor_code is None:
        actor_code, actor_text = setter
    claim_type, actor_code, actor_text, target_code, target_text = state_owned_rule(
        sc, fig, claim_type, actor_code, actor_text, target_code, target_text)
    claim_type, actor_code, actor_text = under_organisation_rules(sc, fig, claim_type, actor_code, actor_text)
    actor_code, actor_text = refuser(sc, fig, claim_type, actor_code, actor_text)
    # "Seoul rejected U.S. demands that it spend 3.5%": the figure a request asks of the refuser is the refuser's (resistedcall)
    target_code, target_text = refused_request_target(sc, fig, claim_type, actor_code, target_code, target_text)
    target_code, target_text = observed_state(sc, fig, claim_type, actor_code, target_code, target_text)
    actor_code, actor_text, target_code, target_text = _plan_possessor(sc, fig, claim_type, st, actor_code, actor_text,
                                                                       target_code, target_text)
    # "the European Union's 150 billion euro SAFE loan fund": an organisation's own instrument is its figure (orgplans)
    actor_code, actor_text, target_code, target_text = _orgplans.instrument_owner(sc, fig, actor_code, actor_text,
                                                                                  target_code, target_text)
    # "access to the 150 billion euro SAFE programme": an organisation's instrument known by name (orgplans)
    claim_type, actor_code, actor_text, target_code, target_text = _orgplans.named_instrument(
        sc, fig, claim_type, actor_code, actor_text, target_code, target_text)
    if actor is None and fig.get("head") is None and claim_type not in ("demand", "benchmark"):
        claim_type, actor_code, actor_text, target_code, target_text = _plan_anaphor_roles(
            sc, fig, claim_type, actor_code, actor_text, target_code, target_text)
    if fig["metric"] == "development_aid" and actor_code is not None and actor_code == target_code \
            and actor_code in _entities.ORGANISATION_CODES and fig.get("head") is None:
        target_code, target_text = _aid_recipient_named(sc, actor_code, target_code, target_text)
        if target_code == actor_code and credited_over_uncoded(sc.ctx, sc.sentence, clause, (fig["char_start"], fig["end"]),
                                                               actor_code):
            # "Donor nations have promised to give $717m in relief, according to the United Nations": the organisation
            # credited reports the donors' pledge; the aid is not its own, its recipient unnamed
            target_code, target_text = None, None
    # "G7 ministers agreed to write off up to 100% of the debts owed by the poorest countries": the debtor's figure, not the creditor's
    target_code, target_text = _relieved_debtor(sc, fig, actor_code, target_code, target_text)
    # "Europe, where NATO members are moving toward 5% of GDP": the members named as a group own it together (membergroup)
    target_code, target_text = group_owner(sc, fig, claim_type, target_code, target_text)
    # "The United Nations target for rich countries remains 0.7%": the organisation's standing goal, its roles kept (rulestand)
    claim_type = _rulestand.organisation_target_type(sc, fig, claim_type, st)
    if rule_threshold or aid_request:
        claim_type, actor_code, actor_text = _deferred_types(sc, claim_type, st, rule_threshold, aid_request, actor_code,
                                                             actor_text)
    # "little could be done to avert the 300 mln dlrs in tariffs": the setter's instrument, not a forecast (averted; after
    # the roles, which the modal's speaker keeps)
    claim_type, st = _averted.averted_type(sc, fig, clause, claim_type, st)
    # "tax revenues will increase by 830 million euros in this SDP alternative": the party's proposal (altbudget)
    claim_type = alternative_type(sc, fig, clause, claim_type)
    # "the Gramm-Rudman budget law goal of a 108 billion dlr deficit": a law's own figure is a benchmark (lawtarget)
    claim_type = law_type(sc, fig, clause, claim_type)
    # "critics said the plan would cost 7 billion dlrs a year": a sum a measure would cost or raise is estimated (yieldcost)
    claim_type = yield_type(sc, fig, claim_type)
    # "Lithuania is obliged by law to spend at least 2.5% of GDP": the standing rule's benchmark on the state (requiredrule)
    claim_type, actor_code, actor_text, target_code, target_text = required_rule(
        sc, fig, claim_type, actor_code, actor_text, target_code, target_text)
    return _claim_record(sc, fig, clause, claim_type, st, actor_code, actor_text, target_code, target_text)


def _figure_roles(sc: SentenceScope, fig: dict, clause, st) -> tuple:
    """The actor and target the roles find for the figure (actors.assign_roles), no target for a world's or
    region's figure."""
    text, sentence, ctx, stance_hits = sc.text, sc.sentence, sc.ctx, sc.stance_hits
    actor, target = assign_roles(ctx, sentence, clause, fig, st, stance_hits)
    acting = _memberlevel.acting_organisation(ctx, sentence, fig, st.claim_type, actor, target)
    if acting is not None:
        actor = acting  # "EU finance ministers placed Austria under the procedure after its deficit reached 4.7%": the EU's
    union = _whose.union_budget(ctx, sentence, fig, actor, target)
    if union is not None:
        target = (None, union)  # a member's figure for the EU's own budget: the Union's
    cue = fig["metric_cue"]
    if cue is not None and cue.start > sentence.start and (GLOBAL_BEFORE_SCAN.search(text, max(sentence.start, cue.start - 25), cue.start)
                                                           or region_owner().search(text, max(sentence.start, cue.start - 60), cue.start)) \
            or (cue is not None and REGION_GROUP_AFTER.match(text, cue.end)) \
            or OWED_BY_GROUP.match(text, fig["end"], sentence.end) or _group_their(sc, fig, cue):
        # "global public debt", "world military spending", "Latin America's 380 billion dlr foreign debt", "Africa's debt
        # service", "Latin American nations ... to service their 382 billion dlrs of foreign debt": no one state's or
        # body's figure
        target = None
    else:
        bearer = cost_bearer(ctx, sentence, fig["char_start"])
        if bearer is not None and (target is None or bearer.code != target[1]):
            target = (bearer.surface, bearer.code)  # "Jopling said it was now costing the EC 2,000 Ecus": the EC's cost
    return actor, target


def _compared_target_type(sc: SentenceScope, fig: dict, claim_type, st) -> str:
    """An organisation's target a level is compared with is its standing benchmark, not the compared state's pledge."""
    sentence, ctx = sc.sentence, sc.ctx
    start, head = fig["char_start"], fig.get("head")
    if head is not None and claim_type == "commitment" and st.how == "attributive" and st.cue.entry["pos"] == "N" \
            and _organisations.org_owner(ctx, sentence, st.cue, start) \
            and not _organisations.purposed_reach(sc.text, sentence.start, st.cue.start):
        # (not a target the state acts to meet: "will spend an extra 4 billion euros this year so that it meets NATO's 2%
        # target" is the state's commitment, write27)
        # "Poland spends 4.1% of GDP, well above NATO's 2% target": the organisation's target a level is compared with
        # is the standing benchmark, not the state's pledge
        claim_type = "benchmark"
    return claim_type


def _compared_roles(sc: SentenceScope, fig: dict, claim_type, st, actor, target) -> tuple:
    """The roles of a figure compared with a head: the head's, unless the figure names its own (a relative clause's
    agent, a target's owner, an organisation recommending the level). Returns the actor too (it may change)."""
    sentence, ctx, stance_hits = sc.sentence, sc.ctx, sc.stance_hits
    start, end, head = fig["char_start"], fig["end"], fig.get("head")
    actor = actor if st.how not in ("attributive", "compared") \
        else relative_agent(ctx, sentence, (start, end), stance_hits)  # "above the 3.32% Lai has proposed"
    if actor is None and claim_type == "commitment" and st.how == "attributive":
        # "the deficit is seen at 4.1%, above the government's target of 3.9%": the target is its owner's own
        # commitment, not the forecaster's
        actor = _owners.cue_possessor(ctx, sentence, st.cue, start)
    actor_code = actor.code if actor else head["claim"]["actor_code"]
    actor_text = actor.surface if actor else head["claim"]["actor_text"]
    target_code, target_text = head["claim"]["target_code"], head["claim"]["target_text"]
    if actor is not None and actor.code in _entities.ORGANISATION_CODES and actor.code != head["claim"]["actor_code"] \
            and target is not None and target[1] == actor.code:
        # "a six pct increase, well above the 3.5 pct NATO recommends for members": the level an organisation
        # itself recommends for its members is the organisation's, not that of the state compared with it
        target_text, target_code = target
    own = _owners.figure_possessor(ctx, sentence, start) \
        if claim_type not in ("benchmark", "demand", "rejection") and fig["metric"] != "tariff_rate" else None
    if own is not None and own.code != target_code:
        # "..., the second-largest allocation after Poland's 43.7 billion euros", "less than Estonia's 5.4%": a compared
        # figure a state's possessive owns is that state's, not the head's
        actor, actor_code, actor_text, target_code, target_text = own, own.code, own.surface, own.code, own.surface
    return actor, actor_code, actor_text, target_code, target_text


def _own_roles(sc: SentenceScope, fig: dict, clause, claim_type, st, actor, target, out: list[dict]) -> tuple:
    """The roles of a figure with no head to inherit them from: the reporter of a level, an organisation's own target,
    who presses whom in a demand, and who speaks for a state's figure when no one is named."""
    actor_code, actor_text, target_code, target_text = _reporter_roles(sc, fig, claim_type, st, actor, target, out)
    claim_type, actor_code, actor_text = _organisation_target(sc, fig, clause, claim_type, st, actor_code, actor_text)
    claim_type, actor_code, actor_text, target_code, target_text = _demand_roles(sc, fig, clause, claim_type, st, actor_code,
                                                                                 actor_text, target_code, target_text)
    actor_code, actor_text, target_code, target_text = _unnamed_speaker(sc, fig, claim_type, st, actor_code, actor_text,
                                                                        target_code, target_text)
    return claim_type, actor_code, actor_text, target_code, target_text


def _reporter_roles(sc: SentenceScope, fig: dict, claim_type, st, actor, target, out: list[dict]) -> tuple:
    """The actor and target as found; a level named only by its owner is reported by the organisation the article relays,
    or by no one when no one reports it."""
    sentence, state, ctx, stance_hits = sc.sentence, sc.state, sc.ctx, sc.stance_hits
    start, end = fig["char_start"], fig["end"]
    actor_code, actor_text = (actor.code, actor.surface) if actor else (None, None)
    target_text, target_code = target if target else (None, None)
    owner_only = (claim_type == "actual" or claim_type == "forecast" and actor is not None and names_owner_only(ctx, actor)) \
        and (owner_not_reporter(ctx, sentence, actor, target_code, (start, end))
             or (claim_type == "actual" and owner_of_listed_level(ctx, sentence, actor, target_code, (start, end), out))) \
        and not (actor is not None and _voices.noun_cue_owner(ctx, sentence, st.cue) == actor) \
        and not (actor is not None and _voices.announced_owner(ctx, sentence, (start, end)) == actor)
    # ("official U.S. estimates of"; "Germany's announcement that defence spending would reach 3.5%": the announcer states it)
    lead = lead_report(ctx, sentence, target_code, start) if owner_only else None
    if lead is not None:
        # "..., Eurostat said. Romania ran the largest deficit, at 9.3%": the state whose level it is does not
        # report it; the organisation whose report the article relays does; so for a forecast of a state's
        # figure named only as its owner ("Italy's deficit will narrow to 3.3%", not "Italy expects ...")
        actor_code, actor_text = lead.code, lead.surface
    elif owner_only and _roles.is_possessive(ctx, actor) \
            and (reported_by_no_one(ctx, state, sentence, stance_hits) or _unreported_debt_level(sc, fig, claim_type)):
        # (a debt level so named, "Bolivia's debts total 4.4 billion dlrs", "which hold 2.5 billion dlrs of Bolivia's
        # 4.0-billion-dlr foreign debt", is background no one in its sentence states, whoever spoke before it)
        # "Norway's budget surplus widened to 40 billion crowns" and no one in the article reports it: the
        # owner named as the possessor is no reporter, and ANNOTATION.md gives such a level a null actor (a
        # state acting on its own figure, "Canada raised its contribution to 120 mln dlrs", keeps the state)
        actor_code, actor_text = None, None
    return actor_code, actor_text, target_code, target_text


def _organisation_target(sc: SentenceScope, fig: dict, clause, claim_type, st, actor_code, actor_text) -> tuple:
    """An organisation's target ("NATO's old 2% target") is its standing benchmark, unless a member signs up to it.
    (rulestand.organisation_target_type is the other half: a target noun governing the figure through a copula, "The
    United Nations target for rich countries remains 0.7%", made a benchmark at the end of figure_claim, its roles kept;
    this one runs among the roles (_own_roles), before _demand_roles and the plan-anaphor step read the type, and gives
    the actor to the target's owner. One function would move one of the two decisions past those steps, so they stay
    two.)"""
    text, sentence, ctx, stance_hits = sc.text, sc.sentence, sc.ctx, sc.stance_hits
    start = fig["char_start"]
    if claim_type == "commitment" and st.how == "attributive" \
            and _organisations.org_owner(ctx, sentence, st.cue, start) \
            and not _signs_up(text, clause, st.cue, stance_hits) \
            and not _orgplans.own_act(text, st.cue):  # (its own plan or pledge is no standing rule: orgplans)
        claim_type = "benchmark"  # "NATO's old 2% target", "the United Nations target of 0.7%"
        owner = _organisations.target_owner(ctx, sentence, clause, st.cue)
        if owner is not None:
            # "Germany only reached NATO's old 2% target": the standing rule is the organisation's; the member
            # said to reach it stays the target
            actor_code, actor_text = owner.code, owner.surface
    return claim_type, actor_code, actor_text


PRESSED_TO = regex.compile(r"\s+to\s+[a-z]", regex.IGNORECASE)  # "pressed Ottawa to spend": the object and its infinitive


def _legislature_pressed(ctx, sentence, clause, cue) -> bool:
    """Whether "should"/"must" has a legislature for its subject ("Congress should plan to spend at least 800 mln dlrs")
    and the sentence's speaker is another coded voice (a federal agency's board member): one branch presses another,
    a call on it (ANNOTATION.md, U.S. budget fights: a body's request of Congress is a proposal or demand), not the
    state's own commitment."""
    subject = _voices.modal_subject(ctx, sentence, clause, cue)
    if subject is None or LEGISLATURE.fullmatch(subject.surface) is None:
        return False
    who = ctx.reporter(sentence)
    return who is not None and bool(who.code) and who.start < subject.start \
        and LEGISLATURE.search(ctx.text, who.start, who.end) is None


def _relative_pressed(ctx, sentence, cue):
    """The coded name right after a demand verb, followed by its infinitive ("has pressed Ottawa to spend"), or None."""
    e = next(iter(ctx.entities_from(sentence, cue.end)), None)
    if e is None or not e.code or e.kind == "pronoun" or ctx.text[cue.end:e.start].strip().lower() not in ("", "the") \
            or not PRESSED_TO.match(ctx.text, e.end):
        return None
    return e


def _demand_roles(sc: SentenceScope, fig: dict, clause, claim_type, st, actor_code, actor_text, target_code,
                  target_text) -> tuple:
    """Who presses whom: an obligation no one else is asked commits; "they should" is asked by the speaker; a state's
    own need or duty is its plan; a passive demand's agent presses its subject; a level asked of the story's state or
    of an uncoded group has that target; pressing no one else proposes or commits."""
    text, sentence, state, ctx, stance_hits = sc.text, sc.sentence, sc.state, sc.ctx, sc.stance_hits
    if claim_type == "demand" and st.how == "attributive" and st.cue is not None and st.cue.start >= fig["end"] \
            and actor_code is not None and actor_code == target_code \
            and (pressed := _relative_pressed(ctx, sentence, st.cue)) is not None and pressed.code != actor_code:
        # "far from the 2% of GDP that Washington has pressed Ottawa to spend": the one a relative clause's demand presses
        # (the object right after its verb) is whose figure it is, not the clause's subject (modern53)
        target_code, target_text = pressed.code, pressed.surface
    if claim_type == "demand" and st.cue is not None and text[st.cue.start:st.cue.end].lower() in SELF_OBLIGATION \
            and _voices.modal_subject(ctx, sentence, clause, st.cue) is None \
            and not OTHERS_PRONOUN.search(text, max(clause[0], st.cue.start - 16), st.cue.start) \
            and not _outside_voice_obliges(text, sentence, st.cue):
        claim_type = "commitment"  # "spending must be cut by 2 billion": an obligation no one else is asked
    if claim_type == "demand" and st.cue is not None and text[st.cue.start:st.cue.end].lower() in SELF_OBLIGATION \
            and OTHERS_PRONOUN.search(text, max(clause[0], st.cue.start - 16), st.cue.start):
        # "Hegseth pressed allies to move faster, saying they should reach 3.5%": the speaker asks it of them
        asker = _pronoun_asker(ctx, sentence, clause, stance_hits)
        if asker is not None and asker.code and asker.code != target_code:
            actor_code, actor_text = asker.code, asker.surface
    if claim_type == "demand" and st.cue is not None and text[st.cue.start:st.cue.end].lower() in SELF_OBLIGATION \
            and actor_code in (None, target_code) and _entities.is_state(target_code) \
            and (text[st.cue.start:st.cue.end].lower() in OWN_NEED
                 or (reported_by(ctx, sentence, target_code, _voices.modal_subject(ctx, sentence, clause, st.cue))
                     and pressed_group(ctx, sentence, clause, st.cue) is None)) \
            and not uncoded_or_credited(ctx, state, sentence) \
            and not OPPOSITION.search(text, sentence.start, st.cue.start) \
            and not INDEPENDENT_VOICE.search(text, sentence.start, st.cue.start) \
            and not _legislature_pressed(ctx, sentence, clause, st.cue):
        # "Warsaw needs to borrow about 420 billion zlotys next year", "Canada must spend 2% of GDP, Canada's prime
        # minister said": a state's own need or duty, which no one else presses on it and (for "must", "should")
        # its own government states, is what it plans ("Trump said allies need to spend 5%" has an asker; an
        # opposition saying the country should spend more presses the government)
        claim_type = "commitment"
        actor_code, actor_text = target_code, target_text
    if claim_type == "demand" and st.how == "governing" and text[st.cue.start:st.cue.end].split()[0].lower().endswith("ed") \
            and PASSIVE.search(text, max(sentence.start, st.cue.start - 25), st.cue.start):
        # "Japan was urged (by Washington) to raise its budget to 3.5%": the subject is pressed, the agent presses
        pressed = _voices.subject_before(ctx, sentence, clause, st.cue)
        agent = agent_after(ctx, sentence, st.cue)
        if pressed is not None and pressed.code:
            target_code, target_text = pressed.code, pressed.surface
        actor_code, actor_text = (agent.code, agent.surface) if agent is not None else (None, None)
    elif claim_type in ("demand", "proposal") and st.cue is not None and actor_code == target_code \
            and text[st.cue.start:st.cue.end].lower() in ASKED_OF_OTHERS and _entities.is_state(actor_code) \
            and _entities.is_state(ctx.home()) and ctx.home() != actor_code and not fig.get("listed_with"):
        # ("..., followed by Romania with 16.6 billion euros": a listed state's own request, owners.LISTED_WITH)
        # "a level of 3 per cent that American officials had floated", "raised its demand from a previously
        # requested 3%" in a story about Japan: a level asked of the story's state, not the asker's own
        target_code, target_text = ctx.home(), None
    elif claim_type == "demand" and st.cue is not None and actor_code is not None and actor_code == target_code \
            and pressed_group(ctx, sentence, clause, st.cue) is not None:
        # "Hegseth said Asian allies should spend 5% of GDP": a group no code covers is pressed, not the speaker's
        # own state (the story's state when it is another, else no one named)
        home = ctx.home()
        # (not a state the sentence names only as the place the words were said in: "Speaking in Singapore, Hegseth said
        # Asian allies should spend 5%" in a story naming Singapore most)
        said_there = [e for e in ctx.entities(sentence) if e.code == home]
        if said_there and all(_voices.said_in_place(ctx, sentence, e) for e in said_there):
            home = None
        target_code, target_text = (home, None) if _entities.is_state(home) and home != actor_code else (None, None)
    elif claim_type == "demand" and actor_code is not None and actor_code == target_code \
            and (actor_code not in _entities.ORGANISATION_CODES
                 or (st.cue is not None and fig["metric"] in OWN_BUDGET_METRICS
                     and text[st.cue.start:st.cue.end].lower() in OWN_WISH)) \
            and not (st.cue is not None and OPPOSITION.search(text, clause[0], st.cue.start)) \
            and not (st.cue is not None and text[st.cue.start:st.cue.end].lower() in SELF_OBLIGATION
                     and _outside_voice_obliges(text, sentence, st.cue)) \
            and not (st.cue is not None and st.cue.entry["pos"] == "V"
                     and INDEPENDENT_VOICE.search(text, sentence.start, st.cue.end)) \
            and not (st.cue is not None and text[st.cue.start:st.cue.end].lower() in SELF_OBLIGATION
                     and _legislature_pressed(ctx, sentence, clause, st.cue)):  # "The Bundesbank urged the government to"
        # (an organisation calling on its members demands; so does an opposition pressing its own government:
        # "Opposition lawmakers called for defence spending of 5% of GDP")
        # pressing no one else: "the House calls for 57 billion" proposes, "spending must be cut" commits
        # ("Domanski said he wanted it below 3% by 2028": a government's wish for its own figure is its aim, outside a
        # legislature's fight)
        # ("Sanchez insisted Spain would spend 2.1%": an asserted future of one's own state is its plan, insistedplan)
        claim_type = "commitment" if st.cue is not None and st.cue.entry["pos"] == "V" \
            and (text[st.cue.start:st.cue.end].lower() in SELF_OBLIGATION
                 or _insistedplan.own_future(text, st.cue, fig["char_start"])
                 or (text[st.cue.start:st.cue.end].lower() in OWN_WISH and not legislative(text, state)
                     and actor_code not in _entities.ORGANISATION_CODES
                     and not PARTY_SUBJECT.search(text, clause[0], st.cue.start)
                     and not LEGISLATOR_SUBJECT.search(text, clause[0], st.cue.start))) else "proposal"
        if claim_type == "proposal" and st.cue.entry["pos"] == "V" and DOC_CALLS.match(text, st.cue.start):
            # "the budget, to be sent to parliament next month, calls for spending of 243 billion baht"
            claim_type = document_content(text, clause, st.cue.start, state)
    return claim_type, actor_code, actor_text, target_code, target_text


DEBT_LEVELS = frozenset({"external_debt", "public_debt"})  # a state's stock of debt (not its deficit or budget)


def _unreported_debt_level(sc: SentenceScope, fig: dict, claim_type: str) -> bool:
    """Whether the figure is a debt level (actual) that no one in its own sentence reports (no reporter, no forecaster):
    background whoever spoke before it, when its owner names it ("Bolivia's debts total 4.4 billion dlrs")."""
    return fig["metric"] in DEBT_LEVELS and claim_type == "actual" \
        and reported_in_sentence_by_no_one(sc.ctx, sc.state, sc.sentence, sc.stance_hits)


def _unnamed_speaker(sc: SentenceScope, fig: dict, claim_type, st, actor_code, actor_text, target_code,
                     target_text) -> tuple:
    """Who speaks when the sentence names no one: a passive forecast's speaker, reporter or estimating organisation; a
    state's own unspoken figure is the state's, unless an observer, the lead's report or an opening organisation
    speaks for it, or no one reports it."""
    text, sentence, state, ctx, stance_hits = sc.text, sc.sentence, sc.state, sc.ctx, sc.stance_hits
    start = fig["char_start"]
    if claim_type == "forecast" and st.cue is not None and PASSIVE.search(text, max(sentence.start, st.cue.start - 25), st.cue.start):
        # "Spain is forecast to spend 1.28%": the subject is forecast, the forecaster is the report's body
        who = _voices.speaker(ctx, sentence, st.cue.start)
        orgs = near_orgs(ctx, sentence, [o for o in ctx.orgs() if o in estimating_orgs()])  # (not a meeting's host: "GATT talks")
        said = passive_forecast_reporter(ctx, sentence, target_code) if who is None else None
        if who is not None:  # "the finance minister said the deficit is expected to be 6.5%"
            actor_code, actor_text = who.code, who.surface
        elif said is not None:
            # "..., is forecast to bring the PSBR down to 3.9 billion stg, the Treasury said": the sentence's own
            # speaker; else the state body whose statement it goes on with ("The Treasury said ... Corporation
            # tax is forecast to bring in 13.5 billion"), before any organisation the article merely names
            actor_code, actor_text = said.code, said.surface
        elif _entities.is_state(target_code) and OFFICIALLY.search(text, max(sentence.start, st.cue.start - 25), st.cue.start):
            # "is officially projected at 2.73 billion dlrs": the state's own projection, not that of the
            # organisation the story quotes (the World Bank)
            actor_code, actor_text = target_code, target_text
        elif orgs:
            actor_code, actor_text = orgs[0], None
        elif _entities.is_state(target_code) and GOVERNMENT_FIGURE.search(text, max(sentence.start, fig["char_start"] - 80), st.cue.start):
            # "Government revenue is projected to grow 7.5 pct to 199.5 billion baht" in a budget story naming no
            # organisation: the government's own projection
            actor_code, actor_text = target_code, target_text
        else:
            actor_code, actor_text = None, None
    elif actor_code is None and claim_type != "demand" and _entities.is_state(target_code) \
            and not (claim_type == "actual" and fig["metric"] == "public_debt") \
            and not (claim_type == "benchmark" and names_uncoded_speaker(ctx, state, sentence)):
        # (a standing rule no organisation owns, "the Gramm-Rudman deficit target of 108 billion dlrs", "this three
        # pct limit", "payments are limited to 10 pct of export earnings", is the state's own benchmark like its
        # other unspoken plans, unless an uncoded speaker, a bank or an institute, names the level it wants)
        # (a public debt level stated by no one, "Japan's gross public debt stands well above 200% of GDP", is
        # reported by no one: ANNOTATION.md gives a level the actor that reports it, null when none is named;
        # budget and deficit figures of a state's story keep the state, as the Reuters annotations want)
        # a state's own figure, plan or proposal with no speaker named ("the measure proposes ..."); a level or
        # forecast in an organisation's report on the state stays the organisation's ("..., the OECD said. The
        # current account deficit could narrow to 12 billion dlrs")
        # (the speaker look-back over the sentences before matters only where this sentence names no public body,
        # a test of its own names, which its roles have built: asked first)
        earlier = ctx.previous_speaker(sentence.start) \
            if claim_type in REPORTED_TYPES and _roles.names_public_body(ctx, sentence) is False else None
        lead = lead_report(ctx, sentence, target_code) if claim_type in REPORTED_TYPES else None
        agent = opening_organisation(ctx, sentence, start)
        if earlier is not None and earlier.code in observers():
            actor_code, actor_text = earlier.code, earlier.surface
        elif lead is not None:
            actor_code, actor_text = lead.code, lead.surface
        elif agent is not None:
            # "The World Bank last month granted Indonesia a 300 mln dlr loan", "The Commission, facing a five
            # billion Ecu budget deficit, has threatened ...": the organisation the sentence opens with as its
            # subject grants, sets or faces the figure; the state is at most its object, never its speaker
            # (a state the sentence does not name, taken from the story, owns none of it either)
            actor_code, actor_text = agent.code, agent.surface
            if not names_owner(ctx, sentence, target_code):
                target_code, target_text = agent.code, agent.surface
        elif claim_type in REPORTED_TYPES and not names_owner(ctx, sentence, target_code) \
                and (reported_by_no_one(ctx, state, sentence, stance_hits)
                     or (_unreported_debt_level(sc, fig, claim_type)
                         and any(e.code == target_code and e.end <= start and _roles.is_possessive(ctx, e)
                                 for e in ctx.entities_until(sentence, start)))):
            # (a debt level named by its owner only, "Bolivia's debts total 4.4 billion dlrs", "which hold 2.5 billion
            # dlrs of Bolivia's 4.0-billion-dlr foreign debt", is background no one in its sentence states, whoever
            # spoke before it)
            # "Outlays came to 90 billion crowns" with no ministry, office, official or pronoun for one in
            # the sentence, no coded speaker before it and no body relayed by the lead: ANNOTATION.md gives
            # a level its reporter, null when none is named (a sentence continuing "..., the finance ministry
            # said" keeps the state through the speaker look-back)
            actor_code, actor_text = None, None
        else:
            actor_code, actor_text = target_code, target_text
    return actor_code, actor_text, target_code, target_text


# claim types whose actor is checked for being the duty's payer (audit26 added forecast and proposal: "the tariffs on 300
# mln dlrs of Japanese exports could be modified", "300 mln dlrs of Japanese goods recommended for curbs by a panel")
PAYER_CHECKED_TYPES = frozenset({"actual", "commitment", "forecast", "proposal"})


def _author_or_giver(sc: SentenceScope, fig: dict, clause, claim_type, actor, actor_code, actor_text, target_code) -> tuple:
    """A plan's figure is its author's; an aid sum is its donor's (no one's when the givers are uncoded); a tariff is
    set by another state than its payer."""
    text, sentence, ctx = sc.text, sc.sentence, sc.ctx
    start, head = fig["char_start"], fig.get("head")
    author = document_author(ctx, sentence, start) \
        if actor_code is None and head is None and claim_type in AUTHORED_TYPES else None
    if author is not None:
        # "The plan, drafted by the Budget committee, calls for 22 billion dlrs", "The budget cut defense by eight billion
        # dlrs", "His proposals would double aid to $100bn": a plan's figure is its author's
        actor_code, actor_text = author
    # (the owner named right after the sum is asked of any sum: it holds its own aid word, "50 mln dlrs in U.S. military aid")
    from_giver = FROM_GIVER.match(text, fig["end"], clause[1]) if head is None else None  # asked by both below
    aid_sum = head is None and is_aid_sum(ctx, clause, fig, from_giver)
    donor = (aid_donor_after(ctx, sentence, fig) if head is None else None) \
        or (aid_source_after(ctx, sentence, from_giver) if aid_sum else None)
    if donor is not None and donor.code != target_code \
            and not (actor_code == target_code and _whose.asks_for_funds(text, clause[0], (start, fig["end"]))):
        # "Panama is due to receive 28.5 mln dlrs in U.S. aid", "Ukraine will receive 20 billion dollars from the
        # United States": the state or body whose aid it is gives it
        actor_code, actor_text = donor.code, donor.surface
    elif aid_sum and actor is None and actor_code is not None \
            and actor_code == target_code and unnamed_givers(ctx, sentence, start):
        # "Donors pledged 5 billion euros for Ukraine", "Aid donors to Indonesia pledged 3.15 billion dlrs to Jakarta":
        # no speaker found, the state the sum goes to is no giver; the givers named are no one the contract codes
        actor_code, actor_text = None, None
    if fig["metric"] == "tariff_rate" and head is None and actor_code is not None and claim_type in PAYER_CHECKED_TYPES \
            and pays_duty(ctx, sentence, actor_code, start,
                      actor if actor is not None and actor.code == actor_code
                      and actor.kind not in ("pronoun", "state_pronoun", "generic") else None):
        # "Canadian and Mexican companies must pay a 25 percent tariff", "for China it is 34 percent": the payer
        # does not set the tariff; the setter is another state of the sentence, if named. (A generic voice, "Officials
        # said the tariffs on 300 mln dlrs of Japanese exports could be modified", took the payer's code from the
        # sentence: its code is checked as named anywhere in it. A forecast or proposal of the rate is no more the payer's:
        # the payer neither foresees nor proposes the duty on its own goods in these sentences.)
        other = [e for e in ctx.entities(sentence) if e.code and e.code != actor_code and _entities.is_state(e.code)
                 and not pays_duty(ctx, sentence, e.code, start)]
        actor_code, actor_text = (other[0].code, other[0].surface) if other else importer(ctx, sentence, actor_code, start)
    return actor_code, actor_text


def _estimator_roles(sc: SentenceScope, fig: dict, st, estimated: bool, actor_code, actor_text) -> tuple:
    """An estimated level is its estimator's: the verb's subject, else the estimating organisation near it."""
    sentence, ctx = sc.sentence, sc.ctx
    head = fig.get("head")
    estimator = estimator_of(ctx, sentence, st.cue) if estimated and head is None else None
    if estimator is not None:
        # "It estimated last year's deficit at 2.8% of GDP": the subject of the verb estimates it
        actor_code, actor_text = estimator.code, estimator.surface
    elif estimated and head is None and _voices.speaker(ctx, sentence, st.cue.start) is None:
        # "Spain, which spent an estimated 1.28% of GDP": the estimate is the report's body's (NATO's), if any
        orgs = near_orgs(ctx, sentence, [o for o in ctx.orgs() if (fig["metric"] != "defense_spending" or o == "NATO")
                                          and o in estimating_orgs()])
        actor_code, actor_text = (orgs[0], None) if orgs else (None, None)
    return actor_code, actor_text


# "off (of) an estimated", "from an estimated" and at most four words ("deficit base of", "fiscal 1988 deficit of") right
# before the figure: the base a cut is taken from
ESTIMATED_BASE = regex.compile(r"\b(?:off(?:\s+of)?|from)\s+an?\s+estimated\s+(?:[\w-]+\s+){0,4}?$", regex.IGNORECASE)
# the plan types whose author's cut is taken from the base
BASE_CUT_TYPES = frozenset({"proposal", "commitment"})


def _estimated_base_author(sc: SentenceScope, fig: dict, out: list[dict], target_code) -> tuple | None:
    """The author of a state's plan earlier in the sentence whose cut is taken off an estimated base, for that base
    ("President Reagan's budget proposed about 36 billion dlrs in deficit reductions off of an estimated deficit base of
    144 billion dlrs"): the plan's author estimates what it cuts from (ANNOTATION.md: the actor is who states it), the
    same state's figure, of the year the plan is for (so foreseen). (code, text), or None when no such plan of the same
    metric comes before it."""
    if fig.get("head") is not None or not _entities.is_state(target_code) \
            or not ESTIMATED_BASE.search(sc.text, max(sc.sentence.start, fig["char_start"] - 60), fig["char_start"]):
        return None
    plans = [c for c in out if c["char_start"] < fig["char_start"] and c["claim_type"] in BASE_CUT_TYPES
             and c["metric"] == fig["metric"] and c["actor_code"] == target_code]
    return (plans[-1]["actor_code"], plans[-1]["actor_text"]) if plans else None


def _uncoded_voices(sc: SentenceScope, fig: dict, claim_type, st, plan_content: bool, actor, actor_code, actor_text,
                    target_code, setter=None) -> tuple:
    """Figures that economists, banks, institutes, firms or the press speak for have no coded actor (the contract codes
    none of them); an economist cannot pledge a state's figure, so a commitment turns forecast. Not a tariff's setter
    named as its noun's modifier (`setter`: ``_tariff_setter_named``'s (code, text), or None): "Japan is trying to avert
    the 300 mln dlrs in U.S. tariffs on its electronic goods, analysts said" is the setter's whoever relays it
    (ANNOTATION.md: a tariff's actor is the state that sets it)."""
    text, sentences, sentence, state, ctx, outlets, unknown_speakers = sc.text, sc.sentences, sc.sentence, sc.state, sc.ctx, sc.outlets, sc.unknown_speakers
    start, end, head = fig["char_start"], fig["end"], fig.get("head")
    if actor_code is not None and claim_type in ("forecast", "actual", "commitment") \
            and (unknown_speakers or firm_reported(state, ctx, sentences, sentence) or in_sentence(state, uncoded_body(), text, sentence)) \
            and not coded_act_inside(ctx, sentence, actor, actor_code, st, start) \
            and (in_sentence(state, UNKNOWN_SPEAKER_SCAN, text, sentence, start) or in_sentence(state, INSTITUTE_SPEAKER_SCAN, text, sentence, start)
                 or in_sentence(state, uncoded_body(), text, sentence, start)
                 or firm_reported(state, ctx, sentences, sentence) or reported_after(state, text, sentence, end)
                 or (rating_article(state, text) and in_sentence(state, RATING_SPEAKER, text, sentence, start))) \
            and not _voices_only_in_asides(sc, fig) and not (setter is not None and setter[0] == actor_code) \
            and not _announced_by(sc, fig, actor_code):
        # "analysts saying the deficit could end up $100bn", "Bankers forecast": no one the contract codes
        actor_code, actor_text = None, None
        if claim_type == "commitment" and st.how != "attributive" and not plan_content:
            # an economist cannot pledge a state's figure: what they expect of it (a plan's content they relate stays)
            claim_type = "forecast"
    elif actor_code is not None and voices_nothing(ctx, sentence, actor, actor_code, actor_text, target_code, claim_type) \
            and not owners_own_figure(ctx, sentence, st, start, actor_code) \
            and uncoded_voice(state, ctx, sentences, sentence):
        # a level or forecast named by no coded speaker of its own sentence ("The budget deficit is forecast to be
        # 2.8 billion", "he forecast") that goes on with an institute's, a bank's or economists' report: theirs, and
        # the contract codes none of them (not the state it is about)
        actor_code, actor_text = None, None
    elif actor_code is not None and head is None and claim_type in PRESS_RELAYED_TYPES \
            and press_reported(ctx, state, sentence, outlets):
        # "Germany's defence spending will reach 2% of GDP by 2027, the report said", "The deficit will rise to 6.5%,
        # news agency PAP reported": a newspaper or an unnamed report is the sentence's only speaker and no coded voice
        # (ministry, official, government, organisation) acts in it; the state named only as the figure's owner or
        # subject neither states nor pledges it, and the contract codes the medium as no one (its stance stays:
        # what the report relays is still the state's plan or an expected level)
        actor_code, actor_text = None, None
    return claim_type, actor_code, actor_text


def _announced_by(sc: SentenceScope, fig: dict, actor_code: str) -> bool:
    """Whether the actor owns a noun of saying whose that-clause holds the figure (voices.announced_owner): "Analysts said
    they foresaw base rates falling after Lawson's announcement yesterday that the public sector borrowing requirement was
    to fall to 1.0 pct of GDP" is the announcer's figure, the analysts only react to it."""
    owner = _voices.announced_owner(sc.ctx, sc.sentence, (fig["char_start"], fig["end"]))
    return owner is not None and owner.code == actor_code


def _voices_only_in_asides(sc: SentenceScope, fig: dict) -> bool:
    """Whether the sentence's only uncoded voices before the figure speak inside asides that close before it, and none
    reports it after: "Military spending, which SIPRI estimates at 7.3% of GDP, the highest share among G20 members, is
    budgeted at 270 billion riyals" (the institute estimates the share in its aside, not the sum the budget sets)."""
    text, sentence, state, ctx = sc.text, sc.sentence, sc.state, sc.ctx
    start = fig["char_start"]
    asides = [m.span() for m in _roles.chained_asides(text, sentence.start, start) if m.end() <= start]
    if not asides or firm_reported(state, ctx, sc.sentences, sentence) or reported_after(state, text, sentence, fig["end"]):
        return False
    # (each voice's match inside one aside: "Moody's, which stripped the United States of its top rating, expects" is no
    # aside's voice, its match runs across the aside)
    for pattern in (UNKNOWN_SPEAKER_SCAN, INSTITUTE_SPEAKER_SCAN, uncoded_body(), RATING_SPEAKER):
        pos = sentence.start
        while (m := pattern.search(text, pos, start)) is not None:
            if not any(a <= m.start() and m.end() <= b for a, b in asides):
                return False
            pos = max(m.end(), m.start() + 1)
    return True


def _plan_possessor(sc: SentenceScope, fig: dict, claim_type, st, actor_code, actor_text, target_code, target_text) -> tuple:
    """A plan, pledge or promise is its possessor's ("Japan's plan to spur spending"), whoever is told of it."""
    text, sentence, ctx = sc.text, sc.sentence, sc.ctx
    start, head = fig["char_start"], fig.get("head")
    if claim_type in ("commitment", "proposal") and head is None and st.cue is not None and st.how == "governing" \
            and st.cue.entry["pos"] == "N" and text[st.cue.start:st.cue.end].lower() in OWN_PLAN_NOUNS:
        planner = _owners.cue_possessor(ctx, sentence, st.cue, start)
        if planner is not None and _entities.is_state(planner.code) and planner.code != actor_code:
            # "telling them of Japan's plan to spur domestic spending by 34 billion dlrs": the plan is its
            # possessor's, whoever is told of it
            actor_code, actor_text = planner.code, planner.surface
            target_code, target_text = planner.code, planner.surface
    elif claim_type == "rejection" and head is None and st.cue is not None and st.cue.end <= start:
        plan = REJECTED_PLAN.search(text, max(st.cue.end, start - REJECTED_PLAN_REACH), start)
        planner = _owners.cue_possessor(ctx, sentence, _lexicon.Hit(plan.start("noun"), plan.end("noun"), None), start) \
            if plan is not None else None
        if planner is not None and _entities.is_state_or_organisation(planner.code) and planner.code != actor_code:
            # "British ministers oppose the Commission's plan to raise two billion ECU through a tax": the rejecter stays
            # the actor; the plan, and so the figure, is its possessor's
            target_code, target_text = planner.code, planner.surface
    return actor_code, actor_text, target_code, target_text


# another's plan or proposal right before the figure it sizes, after a rejecting verb: "oppose the Commission's plan to
# raise two billion ECU", "rejected Washington's proposal for a 25 pct cut"
REJECTED_PLAN = regex.compile(r"\b(?P<noun>plans?|proposals?)\s+(?:to\s+[a-z]+(?:\s+(?:out|up|back|off))?|for)\s+(?:(?:an?|the|some|about|around|"
                              r"up\s+to|more\s+than|over|nearly|almost)\s+)*$", regex.IGNORECASE)
REJECTED_PLAN_REACH = 60  # chars from the plan noun to its figure


# a giving verb ending right where a transfer's stand-in cue sits (aid.bilateral_transfers: "The EU gave Ukraine 5 billion")
GIVING_VERB_BEFORE = regex.compile(r"\b(?:give|gives|gave|giving|grant(?:s|ed)?|lend(?:s|ing)?|lent|offer(?:s|ed)?|provide[sd]?|"
                                   r"pledge[sd]?|donate[sd]?|disburse[sd]?|transfer(?:s|red)?)\s*$", regex.IGNORECASE)
GIVER_REACH = 60  # chars from the giver to its verb ("The U.S. is to lend", "Japan has agreed to grant")


def _transfer_giver(sc: SentenceScope, fig: dict, actor_code, actor_text, target_code) -> tuple:
    """A sum one state or body gives another as the first object of its verb is the giver's, whoever reports it ("The
    European Union gave Ukraine 5 billion euros, the Ukrainian finance ministry said": the EU gives; the ministry only
    reports): the subject named before the giving verb, a state or organisation, not the receiver."""
    text, sentence, ctx = sc.text, sc.sentence, sc.ctx
    cue = fig["metric_cue"]
    verb = GIVING_VERB_BEFORE.search(text, max(sentence.start, cue.start - 20), cue.start)
    if verb is None:
        return actor_code, actor_text
    giver = next((e for e in reversed(ctx.entities_until(sentence, verb.start())) if e.code and e.end <= verb.start()
                  and e.kind != "pronoun"), None)
    if giver is None or not _entities.is_state_or_organisation(giver.code) or giver.code in (actor_code, target_code) \
            or verb.start() - giver.end > GIVER_REACH or _roles.is_possessive(ctx, giver):
        return actor_code, actor_text
    return giver.code, giver.surface


# "provides Israel with 3.8 billion dollars a year in military aid", "supplied Ukraine with about 7 billion euros": the
# receiver stands between the giving verb and "with", right before the sum
PROVIDED_WITH = regex.compile(r"\b(?:provide[sd]?|providing|suppl(?:y|ies|ied|ying)|furnish(?:es|ed|ing)?|equip(?:s|ped|ping)?)\s+"
                              r"(?P<receiver>[^,;:()]{2,50}?)\s+with\s+(?:(?:about|around|some|nearly|almost|more\s+than|over|"
                              r"up\s+to|an\s+extra|another|a\s+further)\s+)?$", regex.IGNORECASE)
PROVIDED_METRICS = frozenset({"development_aid", "defense_spending"})


def _provided_with_giver(sc: SentenceScope, fig: dict, actor_code, actor_text) -> tuple:
    """A sum a state or body provides another with is the giver's, the subject named before the verb, not the receiver
    named between the verb and "with" (ANNOTATION.md: aid is the donor's; the receiver, nearer the sum, is no actor)."""
    text, sentence, ctx = sc.text, sc.sentence, sc.ctx
    m = PROVIDED_WITH.search(text, max(sentence.start, fig["char_start"] - 90), fig["char_start"])
    if m is None:
        return actor_code, actor_text
    giver = next((e for e in reversed(ctx.entities_until(sentence, m.start())) if e.code and e.end <= m.start()
                  and e.kind != "pronoun"), None)
    if giver is None or not _entities.is_state_or_organisation(giver.code) or giver.code == actor_code \
            or m.start() - giver.end > GIVER_REACH or _roles.is_possessive(ctx, giver):
        return actor_code, actor_text
    receiver = [e for e in ctx.entities_until(sentence, fig["char_start"]) if e.start >= m.start("receiver") and e.code]
    if not receiver or actor_code not in [e.code for e in receiver]:
        return actor_code, actor_text  # (only a receiver the rules took for the actor is replaced)
    return giver.code, giver.surface


NAME_TO_NOUN = regex.compile(r"\s*(?:\((?-i:[A-Z][A-Z.]{1,7})\)\s*)?")  # "European Community (EC) levy"
# a sum "in" or "of" the tariffs a state sets: "the 300 mln dlrs in U.S. tariffs", "50 billion dlrs of Chinese duties"
FIGURE_IN_NOUN = regex.compile(r"\s+(?:in|of)\s+(?:(?:new|extra|additional|retaliatory|punitive)\s+)?")


def _tariff_setter_named(sc: SentenceScope, fig: dict, actor_code, actor_text) -> tuple:
    """A tariff is set by the state named as its noun's modifier right after the figure ("Japanese cars face a 25% U.S.
    tariff, the Japanese trade ministry said": the U.S. sets it; ANNOTATION.md, tariffs) or after a sum's "in" or "of" ("is
    trying to avert the 300 mln dlrs in U.S. tariffs"), whoever reports, pays or tries to avert it; so
    is a proposed or planned instrument proposed by the body so named ("a proposed 100 pct European Community (EC) levy")."""
    cue, end = fig["metric_cue"], fig["end"]
    if cue.start < end:
        return _tariff_setter_before(sc, fig, actor_code, actor_text)
    setter = next((e for e in sc.ctx.entities_from(sc.sentence, end) if e.start >= end), None)
    if setter is None or setter.start > cue.start:
        return _tariff_setter_before(sc, fig, actor_code, actor_text)
    if setter is None or setter.end > cue.start or not _entities.is_state_or_organisation(setter.code) \
            or setter.kind not in ("country", "demonym", "organisation") \
            or (sc.text[end:setter.start].strip()
                and not (fig["unit"] == "currency" and FIGURE_IN_NOUN.fullmatch(sc.text, end, setter.start))) \
            or not NAME_TO_NOUN.fullmatch(sc.text, setter.end, cue.start) or setter.code == actor_code:
        return actor_code, actor_text
    return setter.code, setter.surface


# between a state's name and the tariff noun it modifies: "U.S. tariffs", "Chinese retaliatory tariffs", "EU (EC) levy"
SETTER_TO_NOUN = regex.compile(r"\s*(?:\((?-i:[A-Z][A-Z.]{1,7})\)\s*)?(?:(?:new|extra|additional|retaliatory|reciprocal|"
                               r"punitive|blanket|baseline|higher|import|customs)\s+){0,2}", regex.IGNORECASE)
# between the tariff noun and its figure: "U.S. tariffs of 50%", "American duties of up to 25%", "EU tariffs at 10%"
NOUN_TO_FIGURE = regex.compile(r"\s+(?:of|at)\s+(?:(?:up\s+to|about|around|nearly|almost|some|as\s+(?:much|high)\s+as)\s+)?",
                               regex.IGNORECASE)
SETTER_POSSESSIVE = regex.compile(r"(?:['’]s|['’])\s+")  # "Washington's 50% tariff", "the EU's 10% levy"


def _tariff_setter_before(sc: SentenceScope, fig: dict, actor_code, actor_text) -> tuple:
    """A tariff's setter named before the figure, as the modifier of the tariff noun that takes the figure ("Indian
    exporters face U.S. tariffs of 50%, the commerce minister said") or, a capital, as the possessor of the figure and its
    noun ("Washington's 50% tariff would cost exporters billions, Haddad said"): that state (or organisation) sets it, not
    the speaker who reports or pays it (ANNOTATION.md, tariffs)."""
    cue, start, end, text = fig["metric_cue"], fig["char_start"], fig["end"], sc.text
    if cue.end <= start:  # "<setter> tariffs of 50%"
        if NOUN_TO_FIGURE.fullmatch(text, cue.end, start) is None:
            return actor_code, actor_text
        before, kinds = cue.start, ("country", "demonym", "organisation")
    elif cue.start >= end and not text[end:cue.start].strip(" -"):  # "<capital>'s 50% tariff"
        # (a capital only: "Japan's 15% tariff" is as often the rate Japan's goods pay as one Japan sets)
        before, kinds = start, ("capital",)
    else:
        return actor_code, actor_text
    setter = None
    for e in sc.ctx.entities_until(sc.sentence, before):
        if e.end <= before:
            setter = e
    if setter is None or setter.kind not in kinds or setter.code == actor_code \
            or not _entities.is_state_or_organisation(setter.code):
        return actor_code, actor_text
    gap = (SETTER_TO_NOUN if before == cue.start else SETTER_POSSESSIVE).fullmatch(text, setter.end, before)
    if gap is None:
        return actor_code, actor_text
    return setter.code, setter.surface


def _relieved_debtor(sc: SentenceScope, fig: dict, actor_code, target_code, target_text) -> tuple:
    """The target of a creditor's debt relief figure whose debts the sentence names (aid.relieved_debtor): their debtor, or
    no one when no code names the debtors; unchanged when the target found is already another party than the actor."""
    if fig.get("head") is not None or (target_code is not None and target_code != actor_code):
        return target_code, target_text
    found, debtor = relieved_debtor(sc.ctx, sc.sentence, fig["char_start"], fig["char_end"])
    if not found:
        return target_code, target_text
    return (debtor.code, debtor.surface) if debtor is not None else (None, None)


def _aid_recipient_named(sc: SentenceScope, actor_code, target_code, target_text) -> tuple:
    """An organisation's aid is not its own figure: with no recipient found, the state the article is about receives
    it, when the sentence names that state ("The World Bank, citing Pakistan's progress in its reforms, said it had agreed
    a 2.4 billion dlr aid programme": Pakistan's aid, not the bank's)."""
    home = sc.ctx.main_party()
    if _entities.is_state(home) and any(e.code == home and e.kind in ("country", "demonym", "capital")
                                        for e in sc.ctx.entities(sc.sentence)):
        return home, None
    return target_code, target_text


AGENT_BEFORE = regex.compile(r"\bby\s+(?:the\s+)?$", regex.IGNORECASE)


def _plan_anaphor_roles(sc: SentenceScope, fig: dict, claim_type, actor_code, actor_text, target_code, target_text) -> tuple:
    """A figure of "the plan" an earlier sentence named ("The European Commission proposed ... The plan includes 131
    billion euros for defence"), in a sentence naming no speaker, is the plan's author's (planref); so is whose figure
    it is, when the sentence names no other owner (only a state backing it, "The proposal, strongly backed by Britain,
    would save four billion ECUs") and the figure is no aid sum (whose target is its recipient). A plan the earlier
    sentence proposed holds proposals, not commitments."""
    found = plan_anaphor(sc.ctx, sc.sentence, fig["char_start"])
    author = found[0] if found is not None else None
    if author is None or author.code == actor_code:
        return claim_type, actor_code, actor_text, target_code, target_text
    if claim_type == "commitment" and proposed_plan(found[1]):
        claim_type = "proposal"
    text = sc.text
    named = [e for e in sc.ctx.entities(sc.sentence) if e.code == target_code]
    if fig["metric"] != "development_aid" and (target_code == actor_code or target_text is None) \
            and all(AGENT_BEFORE.search(text, max(sc.sentence.start, e.start - 12), e.start) for e in named):
        target_code, target_text = author.code, author.surface
    return claim_type, author.code, author.surface, target_code, target_text


def _deferred_types(sc: SentenceScope, claim_type, st, rule_threshold: bool, aid_request: bool, actor_code, actor_text) -> tuple:
    """The type turns decided before the roles and applied after them: a fiscal rule's threshold is a benchmark; a
    recipient's aid request demands, by the requester named before it."""
    sentence, ctx = sc.sentence, sc.ctx
    if rule_threshold and claim_type in ("actual", "commitment", "forecast", "demand"):
        claim_type = "benchmark"
    if aid_request and claim_type == "proposal":
        claim_type = "demand"
        requester = _requester(ctx, sentence, st.cue)
        if requester is not None:
            actor_code, actor_text = requester.code, requester.surface
    return claim_type, actor_code, actor_text


def _claim_record(sc: SentenceScope, fig: dict, clause, claim_type, st, actor_code, actor_text, target_code,
                  target_text) -> dict:
    """The claim record of the contract's claims table for one figure (whether it is hedged or negated in its modal
    clause, its deadline, comparison base, attribution and confidence read here)."""
    text, state, modal_hits, outlets, s_text = sc.text, sc.state, sc.modal_hits, sc.outlets, sc.s_text
    start, end, head, m = fig["char_start"], fig["end"], fig.get("head"), fig["m"]
    mclause = _modality.modal_clause(text, clause, start, end)
    hedged, negated = _modality.hedged_negated(text, mclause, start, end, modal_hits)
    if head is not None:  # a figure something is compared with is stated as a known reference
        hedged = False
    base = fig.get("base")
    # a group no code covers ("the Paris Club agreed to reschedule ...", "combined GCC budget deficits"): named, not coded
    actor_code, target_code = _entities.claim_code(actor_code), _entities.claim_code(target_code)
    claim = {
        "mention_id": m.get("mention_id"),
        "sentence": s_text,
        "char_start": start,
        "char_end": end,
        "figure_text": text[start:end],
        **{k: m.get(k) for k in VALUE_FIELDS},
        "basis": fig["basis"],
        "metric": fig["metric"],
        "claim_type": claim_type,
        "actor_text": actor_text,
        "actor_code": actor_code,
        "target_text": target_text,
        "target_code": target_code,
        "deadline_year": _modality.deadline(text, clause, start, end, claim_type),
        "compared_to": base["m"]["value"] if base is not None else None,
        # a figure something is compared with is a reference, not the report's news
        "attributed_to": _modality.attribution(outlets, state["report"], start) if head is None else None,
        "hedged": hedged,
        "negated": negated,
        "confidence": _confidence(fig, st, actor_code, target_code),
    }
    return claim


# a purpose infinitive of reaching right before an organisation's target ("a plan worth EUR10.471bn to reach NATO's 2% target"),
# or a reaching verb coordinated with the pledge ("would bring forward its pledge and reach NATO's 2% target")
TO_REACH_BEFORE = regex.compile(r"\b(?:to|and)\s+(?:reach|meet|hit|achieve|fulfil|fulfill)\s+(?:\S+\s+){0,3}$", regex.IGNORECASE)


def _signs_up(text: str, clause, cue, stance_hits) -> bool:
    """Whether a member signs up to an organisation's target ("Meloni signed up to the alliance's new target of 5%"), or
    commits to a plan to reach it ("the government approved a plan worth EUR10.471bn to reach NATO's 2% target"): the
    member's commitment, not the organisation's standing rule."""
    outer = _stance.governing(text, clause, cue.start, stance_hits)
    if outer is not None and outer.entry["claim_type"] in ("commitment", "future") \
            and _organisations.purposed_reach(text, outer.end, cue.start):
        # "Canada will spend an additional 9 billion Canadian dollars this fiscal year so that it meets NATO's target of 2%
        # of GDP": the target a state acts to meet is its own commitment (purpose_reach_openers.csv; write27)
        return True
    if outer is None or outer.entry["claim_type"] != "commitment":
        return False
    # (a verb right before the target noun; a plan, pledge or verb of commitment anywhere before "to reach")
    return (outer.entry["pos"] == "V" and count_words(text[outer.end:cue.start]) <= OUTER_REACH) \
        or TO_REACH_BEFORE.search(text, max(outer.end, cue.start - 40), cue.start) is not None


def _confidence(fig, st, actor_code, target_code) -> float:
    score = 0.35
    if fig["metric_cue"] is not None and int(fig["metric_cue"].entry.get("weight") or 0) == 0:
        score += 0.25
    if st.cue is not None:
        score += 0.15
    if actor_code:
        score += 0.1
    if target_code:
        score += 0.15
    return round(min(score, 1.0), 2)


# between a requester and its request noun: a possessive and up to two lower-case words ("Kenya's new request",
# "a Philippine request")
REQUESTER_GAP = regex.compile(r"(?:['’]s?)?\s+(?:(?-i:[a-z])[\w-]*\s+){0,2}")


def _requester(ctx, sentence, cue):
    """The state or body named right before a request noun ("a Philippine request", "Kenya's request"), if any."""
    for e in reversed(ctx.entities_until(sentence, cue.start)):
        if e.end <= cue.start and e.code:
            return e if REQUESTER_GAP.fullmatch(ctx.text, e.end, cue.start) and _entities.is_state(e.code) else None
    return None


def _pronoun_asker(ctx, sentence, clause, stance_hits):
    """The subject of the demand verb ("pressed", "urged") before the figure's clause, in the same sentence, or the
    speaker of the clause."""
    pressing = [h for h in stance_hits if sentence.start <= h.start and h.end <= clause[0]
                and h.entry["claim_type"] == "demand" and h.entry["pos"] == "V"]
    if pressing:
        who = _voices.subject_before(ctx, sentence, (sentence.start, pressing[-1].end), pressing[-1])
        if who is not None:
            return who
    return _voices.speaker(ctx, sentence, clause[0] + 1)


# every regex pattern above runs as its standard-re twin on ASCII text (lexicon.AsciiTwin: the same matches, less CPU)
from .lexicon import ascii_twins as _ascii_twins  # noqa: E402  (after the patterns it replaces)

_ascii_twins(globals())
