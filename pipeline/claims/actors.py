"""The actor and target of a figure, on top of ``roles``: owners, observers, estimators, forecasters and reporters.

``assign_roles`` decides (actor, target) for a figure from the candidates the roles modules find (``voices``: who
speaks; ``owners``: whose figure; ``organisations``) and the constructions around it: a possessive names only whose
figure it is ("Italy's deficit"), not who states it; an observer organisation (IMF, OECD) forecasting a state's
finances is the reporter, the state the owner; a passive estimate with no agent goes to the estimating organisation
the article names near it; a figure credited "according to" a body, or a report the lead relays, has that body as its
reporter; a money figure's currency names its state when nothing else does. Kept apart from the assembly so that
who-said-it can be read in one place.
"""
from __future__ import annotations

import bisect
import functools

import regex

from . import lexicon as _lexicon
from .lexicon import count_words, read_rows
from . import (
    roles as _roles, entities as _entities, anaphora as _anaphora, organisations as _organisations, owners as _owners,
    voices as _voices,
)
from . import stance as _stance
from . import whose as _whose
from .speakers import REPORTED_TYPES, UNKNOWN_SPEAKER_SCAN, FIRM_SPEAKER, PRONOUN_KINDS, ACCORDING
from .plans import PASSIVE, SELF_OBLIGATION, FORECASTER_PRIORITY


FORECASTER_REACH = 12  # words from a future figure to the forecast credited after it  # words between "signed up (in June) to" and the target noun it takes on
SELF_TYPES = frozenset({"commitment", "forecast", "actual", "rejection"})
# a state's own finances: an observer organisation (IMF, OECD) stating one speaks of a state's
STATE_FINANCES = frozenset({"fiscal_deficit", "public_debt", "external_debt", "current_account", "tax_revenue", "debt_service",
                            "public_spending"})

# rates a state sets for itself: a standing tax rate ("The standard VAT rate is 24%") is no organisation's rule, whatever
# organisation the article names (the EU's rules are on deficits, debt and spending)
STATES_OWN_RATES = frozenset({"tax_revenue"})

MODAL_GUESS = regex.compile(r"(?:could|likely|may|might|end\s+up)\b", regex.IGNORECASE)


def relative_agent(ctx, sentence, span, stance_hits):
    """The subject of a relative clause right after the figure whose verb is a stance cue ("a level of 3 per cent that
    American officials had floated"), whatever cue governs the figure's stance."""
    i = bisect.bisect_left(stance_hits, span[1], key=lambda h: h.start)  # the first cue after the figure
    return _voices.relative_agent(ctx, sentence, span, stance_hits[i]) if i < len(stance_hits) else None


RULE_SET_GAP = regex.compile(r"(?:\s+[\w.,-]+){0,6}?\s+(?:that|which)\s+$", regex.IGNORECASE)  # "ceiling for 1987 that"
SETTING_VERBS = frozenset({"set", "fixed", "agreed", "adopted", "imposed", "approved", "introduced"})


def _rule_set_by_state(ctx, sentence, st, stance_hits):
    """The state whose government set a rule, named as the subject of a relative clause on the rule noun ("the ceiling
    for 1987 that the government set in June"), or None."""
    cue = st.cue
    if cue is None or cue.entry["pos"] != "N":
        return None
    i = bisect.bisect_left(stance_hits, cue.end, key=lambda h: h.start)
    verb = stance_hits[i] if i < len(stance_hits) else None
    if verb is None or ctx.text[verb.start:verb.end].lower() not in SETTING_VERBS:
        return None
    subject = next((e for e in reversed(ctx.entities_until(sentence, verb.start)) if e.end <= verb.start), None)
    if subject is None or subject.start < cue.end or not _entities.is_state(subject.code) \
            or subject.kind not in ("institution", "country", "capital", "generic") \
            or ctx.text[subject.end:verb.start].strip() not in ("", "had", "has", "have") \
            or not RULE_SET_GAP.fullmatch(ctx.text, cue.end, subject.start - (4 if ctx.text[subject.start - 4:subject.start].lower() == "the " else 0)):
        return None
    return subject


def _agreed_rule_after(ctx, sentence, span, st, stance_hits) -> bool:
    """Whether the figure's stance is a verb governing it from before (a demand, commitment or refusal) while a relative
    clause after it only says which organisation agreed the level ("Canada will meet the 2% that NATO set", claimtype's
    main clause over an agreed rule): the organisation is no actor of the main clause's stance."""
    if st.cue is None or st.how != "governing" or st.cue.start >= span[0]:
        return False
    i = bisect.bisect_left(stance_hits, span[1], key=lambda h: h.start)  # the first cue after the figure
    if i >= len(stance_hits) or stance_hits[i].entry["claim_type"] != "commitment":
        return False
    agent = _voices.relative_agent(ctx, sentence, span, stance_hits[i])
    return agent is not None and agent.code in _entities.ORGANISATION_CODES and agent.kind in ("organisation", "group")


# a relative clause on a figure up to its verb: "the 5% of economic output that NATO leaders agreed"
RELATIVE_ON_FIGURE = regex.compile(r"[^,;]{0,40}?\b(?:that|which)\s+[^,;]*$", regex.IGNORECASE)


def _rejecter(ctx, sentence, clause, span, st, stance_hits):
    """Who refuses a figure a relative clause describes: "Spain will not lift its spending to the 5% that NATO leaders
    agreed" (the clause's agent says whose the refused figure is; the refusal is the one named before the figure, else
    the sentence's speaker). Also a refusal governing the figure from before whose participle after it names another
    agent ("Australia refused to raise defence spending to the 3.5% proposed by Hegseth"): the refusing verb's subject,
    not the agent of the proposal refused."""
    if st.claim_type == "rejection" and st.cue is not None and st.how == "governing" and st.cue.end <= span[0] \
            and _voices.participle_agent(ctx, sentence, span) is not None:
        return _voices.actor_of(ctx, sentence, clause, span, st.cue, st.how)
    if st.claim_type != "rejection" or st.cue is None or st.cue.start < span[1] \
            or not (RELATIVE_ON_FIGURE.match(ctx.text, span[1], st.cue.start)
                    or relative_agent(ctx, sentence, span, stance_hits) is not None):
        return None
    near = ctx.entities_until(sentence, span[0])
    return _entities.nearest_entity_before(near, span[0], clause[0], ctx.text) or _voices.reporter(ctx, sentence, span)


def _speaker_after(ctx, sentence, span, owed):
    """The speaker named after the obligation ("NATO's European members must spend 3.5%, Hegseth said"), unless it is
    the obliged party speaking of itself."""
    who = _voices.reporter(ctx, sentence, span)
    if who is not None and who.start > span[1] and who.code and who.code == owed.code and owed.kind == "group" \
            and who.kind != "group" and who.code in _entities.ORGANISATION_CODES:
        return who  # "Every ally must spend 3.5%," Rutte said: the organisation's chief asks it of its members
    return who if who is not None and who.start > span[1] and who.code and who.code != owed.code else None


# an organisation's possessive right before a figure of its own: "NATO's 2% target", "the EU's 3 percent deficit limit"
OWNED_FIGURE = regex.compile(r"['’]s?\s+(?:(?-i:[a-z])[\w-]*\s+){0,2}?(?:about\s+|around\s+)?[$€£]?\d")


def _reporter_of_owned(ctx, sentence, span, actor):
    """The speaker who reports a level or forecast a state's basis owns ("Sikorski said Russia spends about 9% of its GDP on
    the military", "NATO said Canada spent 1.37% of its GDP"): the reporter is the actor and the state the target, as for a
    figure with no basis owner (ANNOTATION: an actual figure's actor is whoever reports it); `actor` when no other
    speaker reports it."""
    who = _voices.reporter(ctx, sentence, span)
    if who is not None and who.code and who.code != actor.code \
            and (who.kind not in ("pronoun", "state_pronoun") or _organisation_it(who, actor)):
        return who
    return actor


def _owns_other_figure(ctx, org, span) -> bool:
    """Whether the organisation is named as the owner of another figure than the one at `span` ("NATO's 2% target"
    for a money figure elsewhere in the sentence)."""
    m = OWNED_FIGURE.match(ctx.text, org.end)
    return m is not None and not (span[0] <= m.end() - 1 < span[1])


ORG_POSSESSIVE_GAP = regex.compile(r"['’]s?\s+(?:[\w-]+\s+){0,2}$")


def _possessor_before(text: str, org, fig_start: int) -> bool:
    """Whether the organisation is the possessor of the figure's own phrase: "the EU's 3% limit", "the bloc's 3% ceiling"."""
    return ORG_POSSESSIVE_GAP.match(text, org.end, fig_start) is not None and org.end <= fig_start


# "It", "The country", "The nation" opening a sentence as its subject (optionally after "But", "And", "Now")
OPENING_PRONOUN = regex.compile(r"\W*(?:(?:but|and|now|yet|so)\s+)?(?:it|the\s+country|the\s+nation)\s+(?!['’])", regex.IGNORECASE)


def _opens_on_pronoun(ctx, sentence) -> bool:
    """Whether the sentence opens on "it" / "the country" as its subject: the state it goes on about is the place the
    sentence before names, not a person named there for his state (roles.previous_state places_first)."""
    return OPENING_PRONOUN.match(ctx.text, sentence.start, sentence.end) is not None


def _home_state(ctx, sentence, fig) -> str | None:
    """The state a figure with no owner in its sentence belongs to: the one whose money it is in, else the state named last
    before it (past the people named for their states when the sentence opens on "it" or "the country")."""
    return _money_state(fig, ctx) or ctx.previous_state(fig["char_start"], places_first=_opens_on_pronoun(ctx, sentence))


def assign_roles(ctx, sentence, clause, fig, st, stance_hits):
    """(actor entity or None, (target_text, target_code) or None)."""
    span = (fig["char_start"], fig["end"])
    if st.claim_type != "benchmark":
        view = _voices.believer(ctx, sentence, span[0])  # "the alliance believes Spain will need about 3.5%"
        if view is not None:
            return view[0], (view[1].surface, view[1].code)
    if st.claim_type == "demand" and st.cue is not None and st.cue.entry["pos"] == "V" \
            and not ctx.text[st.cue.start:st.cue.end].lower().split()[0].endswith("ing") \
            and PASSIVE.search(ctx.text, max(sentence.start, st.cue.start - 25), st.cue.start):  # not "has been demanding"
        roles = _voices.passive_demand(ctx, sentence, clause, st.cue, span)  # "Japan has been asked by the U.S. to"
        if roles is not None:
            return roles[0], (roles[1].surface, roles[1].code)
    if st.cue is not None and st.how == "governing" and ctx.text[st.cue.start:st.cue.end].lower() in SELF_OBLIGATION \
            and not _voices.NEW_SUBJECT_CLAUSE.search(ctx.text, st.cue.end, span[0]):
        # (not past a clause with a subject of its own: "member states must keep deficits below 3% of GDP, and the
        # Commission opened the procedure against Italy after its shortfall hit 7.2%": Italy's level, not the members')
        # "Trump said NATO's European members should spend 5%": the modal's subject owes the figure,
        # the speaker of the sentence asks it
        owed = _voices.modal_subject(ctx, sentence, clause, st.cue)
        if owed is not None:
            asks = _voices.speaker(ctx, sentence, st.cue.start) or _voices.asker(ctx, sentence, owed) \
                or _speaker_after(ctx, sentence, span, owed)
            return asks, (owed.surface, owed.code)
    if st.cue is not None and st.cue.entry["pos"] == "N" and st.claim_type in ("commitment", "benchmark") \
            and _organisations.org_owner(ctx, sentence, st.cue, span[0]):
        member = _organisations.meets_target(ctx, sentence, clause, st.cue)  # "Canada will meet NATO's goal of 2%"
        if member is not None and st.claim_type == "benchmark":
            # "Spain and Belgium now reach NATO's 2% guideline": the standing rule is the organisation's, the
            # members meeting it are whose figure it is
            return _organisations.target_owner(ctx, sentence, clause, st.cue), (member.surface, member.code)
        if member is not None:
            return member, (member.surface, member.code)
    actor = _rejecter(ctx, sentence, clause, span, st, stance_hits) \
        or (relative_agent(ctx, sentence, span, stance_hits) if not _agreed_rule_after(ctx, sentence, span, st, stance_hits) else None) \
        or _voices.participle_agent(ctx, sentence, span) or _voices.actor_of(ctx, sentence, clause, span, st.cue, st.how) \
        or _estimate_owner(ctx, sentence, span, st, stance_hits)
    if fig.get("respective") is not None:
        own = fig["respective"]
        who = _voices.reporter(ctx, sentence, span) if st.claim_type in REPORTED_TYPES else None
        return (who if who is not None and who.code != own.code else own), (own.surface, own.code)
    if fig.get("listed_owner") is not None:  # "ahead of Lithuania at 4%": whose level in the speaker's list
        own = fig["listed_owner"]
        if fig.get("listed_with") and st.claim_type not in REPORTED_TYPES and fig["metric"] != "development_aid" \
                and actor is not None and actor.code != own.code and _entities.is_state(actor.code) \
                and actor.kind in ("country", "capital", "demonym") and actor.end <= own.start:
            # "Poland has asked for 43.7 billion euros, followed by Romania with 16.6 billion euros": the state heading
            # the list asks for its own sum, each state listed after it for its own (aid lists name recipients instead)
            actor = own
        return actor, (own.surface, own.code)
    if st.claim_type == "commitment" and actor is not None and st.how != "governing":
        # "He said that Japan had made a 450 mln dlr pledge": the state said to pledge commits, the speaker reports
        pledger = _voices.reported_pledger(ctx, sentence, span[0], actor)
        if pledger is not None:
            return pledger, (pledger.surface, pledger.code)
    owner = _owners.basis_owner(ctx, sentence, fig["m"]["char_end"])  # "5% of NATO countries' income"
    if owner is None and st.claim_type != "benchmark":
        owner = _owners.basis_pronoun_owner(ctx, sentence, span)  # "calls on Shultz ...: either Japan can spend 3 pct of its GNP"
    if owner is not None:
        if st.claim_type in REPORTED_TYPES and actor is not None and actor.code == owner.code:
            actor = _reporter_of_owned(ctx, sentence, span, actor)  # "Rutte said Poland spends 4% of its GDP": NATO's report
        return actor, (owner.surface, owner.code)
    if st.claim_type not in ("benchmark", "demand", "rejection") and fig["metric"] != "tariff_rate" \
            and (own := _owners.figure_possessor(ctx, sentence, span[0])) is not None:
        # "Romania will ask for 16.6 billion euros, the second-largest allocation after Poland's 43.7 billion euros": the
        # state whose possessive the figure follows owns it and speaks for it, not the sentence's subject (ANNOTATION: a
        # state's figure takes the state's voice; not a tariff: "Japan's 15% tariff" is as often the rate Japan's goods pay)
        return (own if actor is None or actor.code != own.code else actor), (own.surface, own.code)
    if st.claim_type == "benchmark":
        org = _organisations.nearest_org(ctx, sentence, span)
        if org is not None and st.cue is None and _owns_other_figure(ctx, org, span):
            # "Portugal would reach NATO's 2% target this year, adding about 1 billion euros to military spending": the
            # organisation's rule is the figure it owns, not another one its sentence gives with no rule noun of its own
            org = None
        poss = _owners.possessor(ctx, sentence, fig["metric_cue"], fig["end"], clause)
        home = _home_state(ctx, sentence, fig)
        law = LAW_OWNED.search(ctx.text, max(sentence.start, st.cue.start - 60), st.cue.start) if st.cue is not None else None
        # (or named after the rule noun: "the 60% ceiling written into the constitution")
        law = law or (LAW_AFTER.match(ctx.text, st.cue.end) if st.cue is not None else None)
        if law is not None and _entities.is_state(home) \
                and (org is None or org.end > law.start() or count_words(ctx.text[org.end:law.start()]) > 2):
            # "the Balanced Budget Act's target of 144 billion dlrs", "the constitution's 60% ceiling": a national law's rule
            # is its state's, whoever cites it (not the organisation whose forecast the sentence gives; "EU law's 3% limit"
            # stays the organisation's)
            return (actor if actor is not None and actor.code == home else None), (None, home)
        setter = _rule_set_by_state(ctx, sentence, st, stance_hits) if org is not None else None
        if setter is not None:
            # "the seven billion dlr ceiling for 1987 that the government set during talks with the IMF": the state that
            # set the rule owns it, not the organisation it talked to
            return setter, (setter.surface, setter.code)
        if org is not None and poss is not None and _entities.is_state(poss.code) and org.end <= poss.start \
                and (poss.end <= span[0] or not _possessor_before(ctx.text, org, span[0])):
            # "told the World Bank meeting that Peru will keep its 10 pct limit": the state's own rule (not the owner of a
            # later clause's noun when the organisation owns the rule: "breached the EU's 3% limit after its deficit ...")
            return actor, (poss.surface, poss.code)
        if org is not None and actor is not None and actor.code in _entities.ORGANISATION_CODES and actor.code != org.code \
                and st.cue is not None and actor.end <= st.cue.start <= org.start:
            # "The current EU rules limit the size of a eurozone country's deficit to 3%": the rule is the organisation's
            # named as its subject; the one named in what it limits is whose figure it is
            return actor, (org.surface, org.code)
        if org is not None and org.code in observers() and RECOMMENDED_BY.search(ctx.text, max(sentence.start, org.start - 40), org.start) \
                and _entities.is_state(home):
            # "a deficit of 5.5 pct of GDP, compared with a three pct limit suggested by the IMF": an observer recommends a
            # limit for the state whose finances it watches; the limit is the state's figure (ANNOTATION.md: an
            # organisation's rule applied to one state's figure: actor the organisation, target the state)
            return org, (None, home)
        if org is not None:
            return org, (org.surface, org.code)
        if poss is not None:  # "the debt brake limits the federal government's deficit to 0.35%": the state's own rule
            return ((actor if actor is not None or not _entities.is_state(poss.code) else poss),
                    (poss.surface, poss.code))
        if actor is not None and _entities.is_state_or_organisation(actor.code):
            return actor, (actor.surface, actor.code)  # (an organisation's official: "Stoltenberg said 2% should be a floor")
        if ctx.orgs() and _money_state(fig, ctx) is None and not _names_state_or_law(ctx, sentence) \
                and fig["metric"] not in STATES_OWN_RATES:
            # "The 2% guideline is now seen as a floor" in a story naming NATO, "the current 3% limit" in one naming the
            # EU: a standing rule no state in its sentence owns is the organisation's the article names most (not "In
            # Finland, the deficit is limited to 2.5%", nor a national law: "A law passed in 2023 requires 2% of GDP")
            return actor, (None, ctx.orgs()[0])
        home = _home_state(ctx, sentence, fig)  # "Indonesian law caps the annual deficit at 3 pct"
        national = _home_law(ctx, sentence, fig)
        if national is not None:
            # "By law, outstanding central government debt may not exceed 40.6% of GDP" after a sentence on U.S. arms sales:
            # a national law named by no state is the law of the state the article is about, not of the state named last
            return actor, (None, national)
        return actor, ((None, home) if home else None)
    # "Japan's deficit", "its budget"; "debt in the currency bloc", "the deficit of the euro zone"
    poss = _owners.possessor(ctx, sentence, fig["metric_cue"], fig["end"], clause, fig["char_start"]) \
        or _owners.owner_after(ctx, sentence, fig["metric_cue"], fig["char_start"])
    reported_subject = None
    if st.claim_type in REPORTED_TYPES and actor is not None:
        # "NATO said Canada spent 1.37%", "the IMF said Germany's deficit would rise to 3%": a level or forecast is
        # the reporter's, the state it is about is the target
        who = _voices.reporter(ctx, sentence, span)
        if who is not None and who.code and who.code != actor.code \
                and (who.kind not in ("pronoun", "state_pronoun") or _organisation_it(who, actor)):
            if st.how == "governing" and actor.kind in ("country", "capital", "demonym") and _entities.is_state(actor.code):
                reported_subject = actor  # "Spain, which the figures put at 1.28%, is estimated to reach 2.0%": Spain's level
            actor = who
    if st.claim_type in ("demand", "proposal") and _whose.asks_for_own_funds(ctx.text, st.cue, span, actor):
        return actor, (actor.surface, actor.code)  # "Warsaw has asked for 40 billion euros of loans from the EU": Poland's
    if st.claim_type in ("demand", "proposal"):
        obj = _owners.object_of(ctx, sentence, clause, span, st.cue)
        if obj is not None and actor is not None and obj.code == actor.code and obj.kind == "capital":
            obj = _owners.other_reading(ctx, obj, actor.code)  # "the Commission has asked Brussels to cut": Belgium
        if obj is not None and actor is not None and obj.code == actor.code and obj.kind == "pronoun":
            return actor, (obj.surface, obj.code)  # "2% is enough for his country": the speaker's own state, said so
        for e in (obj, poss):
            if e is not None and (actor is None or e.code != actor.code or e.kind == "group"):
                return actor, (e.surface, e.code)
        # no one else named: a demand of the state the article is about ("Washington has been demanding a cut to
        # seven pct" in a Japan story), else a domestic demand or proposal ("the Senate proposes 119 billion in
        # taxes"), or allies asking it of their alliance
        home = ctx.main_party()
        if st.claim_type == "demand" and actor is not None and _entities.is_state(actor.code) and home is not None \
                and home != actor.code:
            return actor, (None, home)
        if _recommended_aid(ctx, sentence, fig, st, actor):
            # "well above the World Bank's recommendation of 2.5 billion guilders in aid": aid an organisation recommends
            # or asks for goes to the story's state, not to the organisation
            return actor, (None, ctx.main_party())
        if actor is not None and (_entities.is_state(actor.code) or actor.kind in ("group", "organisation")
                                  or actor.code in _entities.ORGANISATION_CODES):
            # (an organisation's official proposing a figure, "Commission President Ursula von der Leyen said the plan
            # would set aside 131 billion euros", proposes the organisation's own)
            return actor, (actor.surface, actor.code)
        home = _home_state(ctx, sentence, fig)
        return actor, ((None, home) if home else None)
    adjacent = _owners.adjacent_subject(ctx, sentence, span)  # "ahead of Estonia at 3.43%", "and Canada 1.37%"
    if adjacent is not None:
        return actor, (adjacent.surface, adjacent.code)
    expected = _owners.expected_subject(ctx, sentence, st.cue, span) if st.claim_type == "forecast" and poss is None else None
    # "the EU's planned changes would force Britain to run a budget surplus of 1%": the state forced owns the figure
    caused = _owners.caused_subject(ctx, sentence, clause, span) if poss is None and expected is None else None
    if caused is not None and actor is None and st.claim_type == "commitment" and _owners.binds_itself(ctx, sentence, clause, caused):
        # "The summit declaration commits allies to spend 3.5% of GDP": the allies bound by their own declaration commit
        return caused, (caused.surface, caused.code)
    expected = expected or caused
    expected = expected or (infinitive_subject(ctx, sentence, span) if poss is None else None)
    if expected is not None:  # "it expected the OECD to post a deficit of 13 billion dlrs": the OECD area's
        return actor, (expected.surface, expected.code)
    # the subject of the verb nearest the figure: "NATO estimated that it spent 1.37%", "Spain, which spent"
    nearest = _stance.nearest_before(clause, span[0], stance_hits)
    subject = _voices.subject_before(ctx, sentence, clause, nearest) if nearest is not None else None
    if subject is not None and _observes(ctx, subject, fig, st):
        actor = actor or subject  # the organisation forecasts or reports; the figure stays a state's (below)
    elif subject is not None and subject.code and poss is None and (actor is None or subject.start != actor.start):
        return actor, (subject.surface, subject.code)
    if poss is not None:
        return actor, (poss.surface, poss.code)
    if reported_subject is not None:
        return actor, (reported_subject.surface, reported_subject.code)
    antecedent = _owners.relative_antecedent(ctx, sentence, span) if st.claim_type in REPORTED_TYPES else None
    if antecedent is not None:
        return actor, (antecedent.surface, antecedent.code)  # "Spain, which the figures put at 1.28% of GDP"
    topic = _owners.fronted_topic(ctx, sentence)
    if topic is not None and not _whose.venue_topic(ctx, sentence, topic, actor):
        return actor, (topic.surface, topic.code)  # "Across the whole EU, the deficit narrowed to 3.2%"
    opening = _opening_state(ctx, sentence, actor) if st.claim_type in REPORTED_TYPES else None
    if opening is not None:
        # "Morocco ... is likely to obtain 100 mln dlrs of aid, John Shilling, director of the World Bank's Moroccan
        # division, said": the organisation reports or forecasts; the state the sentence opens with owns the figure
        return actor, (opening.surface, opening.code)
    if _recommended_aid(ctx, sentence, fig, st, actor):
        return actor, (None, ctx.main_party())  # "Early estimates from the World Bank put the aid needed at $5bn"
    if actor is not None and (_entities.is_state(actor.code) or st.claim_type in SELF_TYPES) \
            and not (actor.code in observers() and fig["metric"] in STATE_FINANCES) and not _observes(ctx, actor, fig, st) \
            and not _credited_reporter(ctx, sentence, actor, st):
        money = _money_state(fig, ctx)
        if money is not None and fig["metric"] == "development_aid" and _given_from(ctx, sentence, fig, money):
            # "India will get 100 mln stg in grants from Britain": an aid sum in the money of the giver named with "from"
            # after it is the receiver's figure, the giver its actor (claim._author_or_giver)
            money = None
        if money is not None and _entities.is_state(actor.code) and money != actor.code and ctx.names_state(money):
            # "the recently announced 6,000 billion yen emergency economic package" in a story on U.S. officials: a sum in
            # one state's own currency, with no owner named for it, is that state's, not the speaker's
            return actor, (None, money)
        host = _whose.envoy_host(ctx, actor) if st.claim_type in REPORTED_TYPES else None
        if host is not None:
            # "U.S. Ambassador Stephen Bosworth said ... interest rates, now at about nine pct" in a story on the
            # Philippines: an envoy speaking with no owner named speaks of the state he serves in
            return actor, (None, host)
        return actor, (actor.surface, actor.code)
    if _uncoded_states_subject(ctx, sentence, clause, span):
        return actor, None  # "African nations owe foreign creditors 70 billion dlrs": many states, none coded
    home = _home_state(ctx, sentence, fig)  # "the IMF expects the deficit to reach 3%": the state's
    return actor, ((None, home) if home else None)


# a plural of states no code names, opening the figure's clause as its subject or its subject's owner: "African nations
# owe", "Fifteen countries in Eastern and Southern Africa have agreed", "Debts of sub-Saharan African countries total"
UNCODED_STATES = regex.compile(r"\W*(?:(?:the|debts?\s+of|over|some|many|most|all|poorest|poor|[A-Z][\w-]*|"
                               r"(?:sub-Saharan|developing|debtor|indebted|low-income|middle-income))\s+){1,4}"
                               r"(?:countries|nations|debtors|economies)\b")


def _uncoded_states_subject(ctx, sentence, clause, span) -> bool:
    """Whether the figure's clause opens with a plural of states no entity codes ("African nations owe", "Fifteen countries
    in Eastern and Southern Africa"), before the figure, with no coded entity before the figure in the clause."""
    start = max(clause[0], sentence.start)
    m = UNCODED_STATES.match(ctx.text, start, span[0])
    if m is None:
        return False
    return not any(e.code and start <= e.start < span[0] for e in ctx.entities_until(sentence, span[0]))


# between the subject of an infinitive ("for European countries to move toward 5%") and the figure: "to", a verb and
# up to three more words, no comma
INFINITIVE_GAP = regex.compile(r"\s+to\s+[a-z]+(?:\s+[\w-]+){0,3}?\s+(?:to\s+|toward\s+|towards\s+|at\s+|by\s+|of\s+)?(?:about\s+|around\s+|at\s+least\s+)?$")
FOR_BEFORE = regex.compile(r"\bfor\s+$", regex.IGNORECASE)


def infinitive_subject(ctx, sentence, span):
    """The subject of an infinitive that takes the figure: "it made no sense for European countries to move toward 5% of
    GDP" (the countries', not the speaker's), "it would be prudent for Germany to keep its deficit below 3%"; a coded
    state, organisation or group right after "for", the infinitive's verb within four words of the figure."""
    start = span[0]
    for e in reversed(ctx.entities_until(sentence, start)):
        if e.end > start:
            continue
        if start - e.end > 60:
            return None
        if not e.code or "pronoun" in e.kind:
            continue
        if FOR_BEFORE.search(ctx.text, max(sentence.start, e.start - 12), e.start) and INFINITIVE_GAP.fullmatch(ctx.text, e.end, start):
            return e
        return None
    return None


def _organisation_it(who, actor) -> bool:
    """Whether a reporter "it" stands for an organisation reporting a state's figure ("The European Commission published
    its forecast. It said Italy's deficit would fall to 3.3%": the Commission reports; Italy, named only as the owner,
    does not): "it" read as an organisation (anaphora) speaks, while "it" for a state stays the state's own voice."""
    return who.kind == "state_pronoun" and who.code in _entities.ORGANISATION_CODES and _entities.is_state(actor.code)


def _estimate_owner(ctx, sentence, span, st, stance_hits):
    """Who states a need no verb of theirs governs: the owner of an estimating or asking noun before the figure
    ("Early estimates from the World Bank put the aid needed at $3bn": the need is the World Bank's finding). None for
    stances other than demand and proposal, whose actor the governing verb or the speaker gives."""
    if st.claim_type not in ("demand", "proposal"):
        return None
    for hit in reversed(stance_hits):
        if hit is not st.cue and hit.end <= span[0]:
            owner = _voices.noun_cue_owner(ctx, sentence, hit)
            if owner is not None:
                return owner
    return None


def _recommended_aid(ctx, sentence, fig, st, actor) -> bool:
    """Whether the figure is aid an organisation recommends, asks for or estimates in a noun it owns ("the World Bank's
    recommendation of 2.5 billion guilders in aid", "estimates from the World Bank put the aid needed at $5bn"): aid for
    the story's state, not the organisation's own."""
    return actor is not None and actor.code in _entities.ORGANISATION_CODES and fig["metric"] == "development_aid" \
        and _entities.is_state(ctx.main_party()) and _voices.noun_cue_owner(ctx, sentence, st.cue) == actor


BY_AGENT = regex.compile(r"\s+by\s+(?:the\s+)?$", regex.IGNORECASE)


def agent_after(ctx, sentence, cue):
    """The agent of a passive verb: "was urged by Washington" -> Washington (None when unnamed)."""
    for e in ctx.entities(sentence):
        if e.start >= cue.end and e.code and BY_AGENT.fullmatch(ctx.text, cue.end, e.start):
            return e
    return None


NAMED_STATE_KINDS = frozenset({"country", "demonym", "capital", "institution", "person"})


def reported_by(ctx, sentence, code: str, owed=None) -> bool:
    """Whether the sentence's reporter, other than the subject `owed` of what is reported, is the state or body of `code`
    ("Canada must spend 2%, Canada's prime minister said"; not "The commission said Rome should")."""
    who = ctx.reporter(sentence)
    # (named: a generic "the commission" may be another body's)
    return who is not None and who.code == code and who.kind in NAMED_STATE_KINDS \
        and (owed is None or who.start != owed.start)


@functools.lru_cache(maxsize=1)
def region_owner() -> "_lexicon.Guarded":
    """A region or unnamed group of states of region_owners.csv as the possessive owner right before a metric word, with
    only lower-case words or numbers between ("Latin America's 380 billion dlr foreign debt", "developing countries'
    debt"; not "Latin America's largest debtor, said its debt": a comma ends the owner's phrase). Searched in a window
    ending at the metric word; guarded by each phrase's last word (every match holds its phrase)."""
    phrases = [r["phrase"] for r in read_rows("region_owners.csv")]
    alts = _lexicon.phrases_alternation(phrases)
    pattern = regex.compile(r"(?<!\bSouth\s)\b(?:" + alts + r")(?:['’]s|s?['’])\s+(?:(?:[0-9][\d.,/]*|(?-i:[a-z][\w/-]*))\s+){0,4}$",
                            regex.IGNORECASE)
    return _lexicon.Guarded(pattern, tuple(sorted({p.split()[-1].lower() for p in phrases})))


def forecast_after(text: str, sentence, end: int, stance_hits):
    """A forecast or estimate credited after the figure ("..., according to NATO estimates", "..., the IMF projects")."""
    for h in stance_hits:
        # a modal after the figure ("..., and could be revived if ...") is another predicate's guess, no one's projection
        # a participle qualifying a later figure ("..., from an expected 5.4% in 2025") is that figure's, no forecaster
        if h.start >= end and h.entry["claim_type"] in ("forecast", "estimate") and h.entry["pos"] in "VAN" \
                and not MODAL_GUESS.match(text, h.start) \
                and not (h.entry["pos"] == "A" and _stance._qualifies_next_figure(text, h.end, sentence.end)) \
                and text[end:h.start].count(",") >= 1 and count_words(text[end:h.start]) <= FORECASTER_REACH:
            return h
    return None


def owner_not_reporter(ctx, sentence, actor, target_code, span) -> bool:
    """Whether the actor found for a level is only the state or group it belongs to, named as the sentence's subject
    ("Greece ran the largest deficit", "Debt in the currency bloc rose to 87.4%") and not as the one that reports it: no reporting verb
    of the sentence has a speaker for the figure and no body is credited with it."""
    return actor is not None and actor.code == target_code \
        and actor.kind not in _roles.VOICE_KINDS and ctx.credited(sentence) is None \
        and _voices.reporter(ctx, sentence, span) is None


def owner_of_listed_level(ctx, sentence, actor, target_code, span, out: list[dict]) -> bool:
    """Whether the actor found for a level is the state that owns an earlier level of the same sentence's list and not its
    reporter ("Lithuania is put at 4.0%, Latvia at 3.73% and Estonia at 3.38%": Lithuania reports none of them): a plain
    state name, another state's level, no speaker of a reporting verb for the figure and no body credited."""
    return actor is not None and actor.code != target_code and _entities.is_state(actor.code) and _entities.is_state(target_code) \
        and actor.kind in ("country", "capital", "demonym") and ctx.credited(sentence) is None \
        and any(c["target_code"] == actor.code and c["claim_type"] == "actual" for c in out) \
        and _voices.reporter(ctx, sentence, span) is None


RULE_TYPES = frozenset({"commitment", "benchmark"})
RULE_GAP = regex.compile(r"\s+(?:(?:[a-z][\w-]*)\s+){0,2}")  # "3.5% core defence goal", "3% deficit ceiling"


SPEAKER_REACH = 1500  # characters back within which "he" goes on from a named speaker
# the voices the contract codes as no one that "he" may stand for (speakers.UNCODED_PERSON_NOUN's trades, an institute)
UNCODED_VOICE_WORDS = ("economist", "analyst", "strategist", "dealer", "trader", "banker", "forecaster", "institute")


def _named_speaker_before(ctx, sentence):
    """The speaker "he" goes on from: the coded speaker named (no pronoun) in the latest sentence before that has one,
    past sentences whose speaker is only a pronoun or uncoded; None when a sentence on the way names an economist, an
    analyst, a banker or an institute (UNCODED_VOICE_WORDS: "he" may go on from them), or none is found."""
    for s in reversed(ctx.sentences[:sentence.index]):  # (the sentences before it: Sentence.index is its place)
        if sentence.start - s.end > SPEAKER_REACH:
            return None
        lowered = ctx.text[s.start:s.end].lower()
        if any(w in lowered for w in UNCODED_VOICE_WORDS):
            return None
        who = ctx.reporter(s)
        if who is not None and who.code and who.kind not in PRONOUN_KINDS:
            return None if _roles.reported_subject(ctx.text, s, who) else who
    return None


def passive_forecast_reporter(ctx, sentence, target_code):
    """Who forecasts a figure "is forecast", "is expected" with no speaker before the verb: the coded speaker the
    sentence names after it ("..., the finance ministry said"), else the coded speaker of the latest earlier sentence
    when that is the state the figure belongs to (a state body's statement or budget document the article relays; a
    pronoun it stands for counts, not one that stands for another body)."""
    own = ctx.reporter(sentence)
    if own is not None and own.code and own.kind not in PRONOUN_KINDS:
        return own
    if own is not None and own.kind == "person_pronoun" and _entities.is_state(target_code) and own.code == target_code:
        # '"The debt is expected to remain above 40 billion dlrs," he said' after "Koo Bon-yong, an aide to Kim, said": the
        # official "he" goes on from, when the last speaker before is coded as the state whose figure it is (not "he"
        # going on from a bank's economist: "..., Van Dyke said. Growth ... is likely to slow to 1.8 pct, he predicted")
        earlier = _named_speaker_before(ctx, sentence)
        if earlier is not None and earlier.code == target_code:
            return own
    if own is not None or not _entities.is_state(target_code):
        return None
    earlier = ctx.previous_speaker(sentence.start)
    return earlier if earlier is not None and earlier.code == target_code else None


def organisations_rule(ctx, sentence, start: int, end: int, stance_hits):
    """The goal or rule noun right after a figure that an organisation's possessive governs ("the alliance's 3.5% core
    defence goal", "the EU's 3% ceiling"), if any."""
    i = bisect.bisect_left(stance_hits, end, key=lambda h: h.start)
    hit = stance_hits[i] if i < len(stance_hits) else None
    if hit is None or hit.entry["pos"] != "N" or hit.entry["claim_type"] not in RULE_TYPES \
            or not RULE_GAP.fullmatch(ctx.text, end, hit.start):
        return None
    owner = _owners.cue_possessor(ctx, sentence, hit, start)
    return hit if owner is not None and owner.code in _entities.ORGANISATION_CODES else None


# a rule the text places in a national law after its noun: "the 60% ceiling written into the constitution"
LAW_AFTER = regex.compile(r"\s+(?:(?:that\s+is|which\s+is)\s+)?(?:written|enshrined|set|laid\s+down|fixed|anchored)\s+(?:into|in)\s+"
                          r"(?:the\s+)?(?:country['’]s\s+|national\s+)?(?:constitution|law|statute|legislation)\b", regex.IGNORECASE)
# an organisation named as the one recommending a rule right before its name: "a three pct limit suggested by the IMF"
RECOMMENDED_BY = regex.compile(r"\b(?:suggested|recommended|proposed|advised|advocated|urged|sought|demanded)\s+by\s+(?:the\s+)?$",
                               regex.IGNORECASE)
LAW_OWNED = regex.compile(r"\b(?:(?-i:Act)|law|legislation|statute|constitution)['’]s?\s+(?:[\w.%-]+\s+){0,3}$", regex.IGNORECASE)
SUMMIT_AFTER = regex.compile(r"\s+(?:summit|meeting|talks|conference)\b", regex.IGNORECASE)
NATIONAL_RULE = regex.compile(r"\b(?:law|act|legislation|statute|constitution\w*|debt\s+brake)\b", regex.IGNORECASE)


def _home_law(ctx, sentence, fig) -> str | None:
    """The article's home state when the figure's sentence cites a national law (NATIONAL_RULE) and names no state of
    its own, nor a currency's: a rule "by law" or "under the constitution" is the law of the state the story is about."""
    home = ctx.home()
    if not _entities.is_state(home) or _money_state(fig, ctx) is not None \
            or NATIONAL_RULE.search(ctx.text, sentence.start, sentence.end) is None \
            or any(_entities.is_state(e.code) and "pronoun" not in e.kind for e in ctx.entities(sentence)):
        return None
    return home


def _names_state_or_law(ctx, sentence) -> bool:
    """Whether a sentence names a state (a country, its capital or demonym) or a national law a rule may be set by
    (found once per sentence: a sentence may hold thousands of figures)."""
    memo = ctx.__dict__.setdefault("_state_or_law", {})
    if sentence.start not in memo:
        memo[sentence.start] = any(e.code and e.kind in ("country", "capital", "demonym") and _entities.is_state(e.code)
                                   and not SUMMIT_AFTER.match(ctx.text, e.end)  # "the 2014 Wales summit": a venue
                                   for e in ctx.entities(sentence)) \
            or NATIONAL_RULE.search(ctx.text, sentence.start, sentence.end) is not None
    return memo[sentence.start]


DETERMINER_BEFORE = regex.compile(_roles.DETERMINER + r"\s+$", regex.IGNORECASE)


def estimator_of(ctx, sentence, cue):
    """The coded subject of an estimating verb ("It estimated the deficit at 2.8%", "The ministry estimated"), not of
    the adjective in "an estimated 1.28%" (a determiner before the word)."""
    if cue is None or DETERMINER_BEFORE.search(ctx.text, max(sentence.start, cue.start - 8), cue.start):
        return None
    owner = _voices.noun_cue_owner(ctx, sentence, cue)
    if owner is not None:
        return owner  # "official U.S. estimates of 175 billion": the estimates' owner, not the sentence's speaker
    who = _voices.speaker(ctx, sentence, cue.end)
    return who if who is not None and who.code else None


def _opening_state(ctx, sentence, actor):
    """The state a sentence opens with as its subject (its first name, at the sentence's start) when the actor found is
    an organisation named later in the sentence."""
    if actor is None or actor.code not in _entities.ORGANISATION_CODES:
        return None
    ents = ctx.entities(sentence)
    first = ents[0] if ents else None
    if first is None or first.kind not in ("country", "capital") or not _entities.is_state(first.code) \
            or first.start >= actor.start or not _anaphora.SENTENCE_OPENING.fullmatch(ctx.text, sentence.start, first.start):
        return None
    return first


def opening_organisation(ctx, sentence, fig_start: int):
    """The coded organisation a sentence opens with as its subject (its first name, at the sentence's start, before the
    figure): "The World Bank last month granted ...", "The Commission, facing a ... deficit, has threatened ..."."""
    # (after the dateline of the article's first sentence, whose place names no one: "BERLIN, Nov 17 - The European
    # Commission has forecast ...")
    dateline = _roles.DATELINE.match(ctx.text, sentence.start, fig_start) if sentence.start == 0 else None
    opening = dateline.end() if dateline is not None else sentence.start
    first = next((e for e in ctx.entities_until(sentence, fig_start) if e.start >= opening), None)
    if first is None or first.code not in _entities.ORGANISATION_CODES or first.kind not in ("organisation", "group") \
            or first.end > fig_start:
        return None
    return first if _anaphora.SENTENCE_OPENING.fullmatch(ctx.text, opening, first.start) else None


DEMONYM_MODIFIER = regex.compile(r"\s+(?-i:[a-z][\w-]*)")  # "Belgian inflation", "Dutch exports": a demonym before a noun


def names_owner_only(ctx, e) -> bool:
    """Whether a name only says whose figure it is, as a possessor ("Italy's deficit") or a demonym modifying a noun
    ("Belgian inflation could stabilise, while the current account surplus will probably remain large"), not a subject
    that speaks or acts."""
    return _roles.is_possessive(ctx, e) or e.kind == "demonym" and DEMONYM_MODIFIER.match(ctx.text, e.end) is not None


def _credited_reporter(ctx, sentence, actor, st) -> bool:
    """Whether the actor of a level or forecast is only the organisation the sentence credits with it ("The Czech
    Republic spent 2.0% ..., according to the alliance's estimates, and 2.1% in 2024"): the reporter, not whose figure it is."""
    credited = ctx.credited(sentence) if st.claim_type in REPORTED_TYPES else None
    return credited is not None and credited.start == actor.start and credited.code in _entities.ORGANISATION_CODES


def credited_over_uncoded(ctx, sentence, clause, span, actor_code) -> bool:
    """Whether the actor is only the organisation the sentence credits ("according to the United Nations") while the
    figure's clause opens with states no code names as its subject ("Donor nations have promised to give $717m in
    disaster relief, according to the United Nations"): the organisation reports their act; the figure is not its own
    (ANNOTATION.md: target whose figure it is; the OECD or UN as source is no target)."""
    credited = ctx.credited(sentence)
    return credited is not None and credited.code == actor_code and credited.code in _entities.ORGANISATION_CODES \
        and _uncoded_states_subject(ctx, sentence, clause, span)


# a passive estimate right before the figure, naming no one: "The United States is estimated to spend about 3.2%",
# "Canada is estimated at 2%"
PASSIVE_ESTIMATE = regex.compile(r"\b(?:is|are|was|were)\s+(?:now\s+|also\s+)?(?:estimated|projected)\s+(?:to\s+(?:have\s+)?[a-z]+\s+|at\s+)"
                                 r"(?:(?:about|around|roughly|some|nearly|almost|just|over|under)\s+)?$")
PASSIVE_ESTIMATE_REACH = 60


def lead_report(ctx, sentence, target_code, fig_start: int | None = None):
    """The organisation whose report the article relays (Eurostat, NATO's estimates, the OECD's outlook: the lead's
    speaker or credited body), when a later sentence naming no speaker of its own gives a level of another party:
    "..., Eurostat said. Romania ran the largest deficit, at 9.3% of GDP" is Eurostat's figure of Romania. Not when a
    different speaker came in between, nor in a story only mentioning the organisation ("Sudan rejected an IMF demand")."""
    lead = ctx.lead_reporter()
    if lead is None or lead.code not in _entities.ORGANISATION_CODES or lead.code == target_code:
        return None
    # the speaker look-back (a walk over earlier sentences' reporters) only once the article's lead relays a body
    earlier = ctx.previous_speaker(sentence.start)
    if earlier is not None and earlier.code != lead.code and earlier.code not in _entities.ORGANISATION_CODES \
            and fig_start is not None and earlier.code != target_code \
            and PASSIVE_ESTIMATE.search(ctx.text, max(sentence.start, fig_start - PASSIVE_ESTIMATE_REACH), fig_start):
        # "... Ottawa has said it will reach 5% by 2035. The United States is estimated to spend about 3.2%": a state that
        # spoke of its own plan in between makes no estimate of another's level; the relayed report does
        earlier = None
    if earlier is not None and earlier.code != lead.code or _roles.names_voice(ctx, sentence):
        return None
    return lead


def reported_in_sentence_by_no_one(ctx, state: dict, sentence, stance_hits) -> bool:
    """Whether the level's own sentence names no one who reports it (no reporter, `_has_reporter`, and no forecaster): a
    level named only by its possessor there ("Bolivia's debts total 4.4 billion dlrs", "Argentina and Brazil, which hold
    2.5 billion dlrs of Bolivia's 4.0-billion-dlr foreign debt") is stated by no one, whoever spoke before it
    (ANNOTATION.md, session 4 audit: a level no one in its sentence reports has a null actor, a release it continues
    at most accepted beside null)."""
    return not _has_reporter(ctx, state, sentence) and not has_forecaster(ctx.text, stance_hits)


def reported_by_no_one(ctx, state: dict, sentence, stance_hits) -> bool:
    """Whether no one the article names reports a level: its sentence has no reporter (`_has_reporter`) and no
    forecaster (`has_forecaster`), and none is carried from the article: no coded speaker of an earlier sentence
    (the speaker look-back, asked after the cached lead) and no body whose report the lead relays. A level the article states as
    background ("Japan's gross public debt stands well above 200% of GDP") is not made the state's by an uncoded
    speaker of other figures further back."""
    if ctx.lead_reporter() is not None or ctx.previous_speaker(sentence.start) is not None or _has_reporter(ctx, state, sentence) \
            or has_forecaster(ctx.text, stance_hits):
        return False
    # the sentence right before it may name the body whose release it continues ("Norway's finance ministry
    # published its accounts on Monday. Norway ran a surplus of 8.5%")
    return sentence.index == 0 or not _has_reporter(ctx, state, ctx.sentences[sentence.index - 1])


def owners_own_figure(ctx, sentence, st, fig_start: int, actor_code: str | None) -> bool:
    """Whether the figure is named as its owner's own forecast, target or estimate ("much higher than the government's
    1.3 billion dlr forecast"): the owner's, even when an economist relays it (ANNOTATION.md, fresh actor set)."""
    if st.cue is None or st.how != "attributive" or st.cue.entry["pos"] not in ("N", "A"):
        return False
    owner = _owners.cue_possessor(ctx, sentence, st.cue, fig_start)
    return owner is not None and owner.code == actor_code


def coded_act_inside(ctx, sentence, actor, actor_code, st, fig_start: int) -> bool:
    """Whether the figure is the object of an act verb (announce, pledge, propose, cut ...) whose subject is the coded
    actor, with the uncoded speakers of the sentence outside that act ("Dealers said the cut had been expected after
    yesterday's budget, in which Chancellor Nigel Lawson announced a three billion stg cut in the borrowing target"): the
    coded body acts; the dealers, economists or firm around it only relay or comment."""
    if actor is None or actor.code != actor_code or actor.kind in PRONOUN_KINDS or st.cue is None \
            or st.how != "governing" or st.cue.entry["claim_type"] not in _voices.STANCES_OF_OWN \
            or st.cue.entry["pos"] not in ("V", "N") \
            or _roles.is_possessive(ctx, actor) or not actor.end <= st.cue.start <= fig_start:
        # (a verb's subject, not the owner of a noun: "Economists estimate that the government's spending target will rise
        # to 47 billion rand" is the economists' forecast)
        return False
    text = ctx.text
    act = st.cue if st.cue.entry["pos"] == "V" else _acting_verb(text, actor, st.cue)
    if act is None:
        return False
    if EXPECTED_ACT.search(text, actor.end, act.start):
        return False  # "The Bundesbank is expected to allocate ..., dealers said": the act is the dealers' expectation
    m = UNKNOWN_SPEAKER_SCAN.search(text, sentence.start, sentence.end)
    return m is not None and (m.end() <= actor.start or m.start() >= fig_start)


# between a subject and its verb: at most three words and no punctuation ("Lawson", "Lawson has", "Lawson on Tuesday");
# between the verb and the stance noun it governs: no clause mark, at most twelve words ("announced a three billion stg cut
# in the Government's public sector borrowing target")
SUBJECT_TO_VERB = regex.compile(r"(?:\s+[\w'’-]+){0,3}\s+")
VERB_TO_NOUN = regex.compile(r"[^,;:()\u2014]*")


def _acting_verb(text: str, actor, cue):
    """The act verb of `actor` that governs a stance noun of its own (`cue`: "Chancellor Nigel Lawson announced a cut in
    the borrowing target to four billion stg", "Treasury Secretary James Baker cut the deficit target to ..."): a verb of
    stance_cues.csv of an own stance (commitment, demand, proposal, rejection), the first cue after the subject and right
    after it, with no clause mark between it and the noun. None when the noun stands without such a verb ("Economists
    estimate that the government's spending target will rise", a possessive owner, which the caller has ruled out) or a
    modal comes first ("Bank economists said the Dutch government would keep to its plan to borrow ...")."""
    # the first cue after the subject: a modal or a forecast before the verb ("the government would keep to its plan",
    # "is expected to announce") makes the act one the uncoded speakers expect, not one the body has done
    h = next(iter(_stance.stance_cues().finditer(text, actor.end, cue.start)), None)
    if h is not None and h.entry["pos"] == "V" and h.entry["claim_type"] in _voices.STANCES_OF_OWN \
            and SUBJECT_TO_VERB.fullmatch(text, actor.end, h.start) and VERB_TO_NOUN.fullmatch(text, h.end, cue.start) \
            and count_words(text[h.end:cue.start]) <= 12:
        return h
    return None


# an act that others expect, not one the body has done ("is expected to allocate", "was close to agreeing")
EXPECTED_ACT = regex.compile(r"\b(?:expected|likely|unlikely|forecast|predicted|seen|set|due|bound|close|ready|poised)\s+to\b",
                             regex.IGNORECASE)


# a subject right before a forecasting verb: a name ("NBK predicts"), "the" and one noun ("The institute predicted"), or
# a pronoun ("They now expect"); not "the deficit is projected" (the verb's own subject is the level)
FORECASTER_BEFORE = regex.compile(r"(?:\b(?-i:[A-Z])[\w.&'’-]*|\b(?i:the)\s+[a-z]+|\b(?i:they|it|he|she))\s+(?:now\s+|also\s+|still\s+)?$")


def has_forecaster(text: str, stance_hits) -> bool:
    """Whether a sentence's forecasting verb has a named subject ("NBK predicts that the deficit will be 2.9 percent",
    "The institute predicted a surplus of 4 billion crowns"): an abbreviation or body the gazetteer does not code."""
    return any(h.entry["claim_type"] == "forecast" and h.entry["pos"] in ("V", "A") and int(h.entry["priority"]) >= FORECASTER_PRIORITY
               and FORECASTER_BEFORE.search(text, max(0, h.start - 40), h.start) for h in stance_hits)


def _has_reporter(ctx, state: dict, sentence) -> bool:
    """Whether a sentence names one who could report a level: a body credited ("according to the institute"), a
    ministry, office, official or organisation, or a reporting verb whose speaker is not one the contract leaves
    uncoded (economists, analysts, a firm): "..., the national statistics institute said". Found once per sentence
    and kept in the article's `state`: a sentence may hold thousands of figures."""
    memo = state.setdefault("has_reporter", {})
    if sentence.start not in memo:
        text = ctx.text[sentence.start:sentence.end]
        memo[sentence.start] = ctx.credited(sentence) is not None or _roles.names_voice(ctx, sentence) \
            or ACCORDING.search(text) is not None \
            or (bool(ctx.report_hits(sentence)) and not (UNKNOWN_SPEAKER_SCAN.search(text) or FIRM_SPEAKER.search(text)))
    return memo[sentence.start]


def names_owner(ctx, sentence, code) -> bool:
    """Whether a sentence names the state a level belongs to other than as a possessor: a state acting on its own
    figure ("and the Netherlands raised its figure to 210 mln guilders") is the one that states it, even where the
    roles found no subject for the figure; "Norway's surplus" names only whose level it is."""
    return any(e.code == code and e.kind not in PRONOUN_KINDS and not _roles.is_possessive(ctx, e)
               for e in ctx.entities(sentence))


@functools.lru_cache(maxsize=1)
def observers() -> frozenset[str]:
    """Organisations that state other states' fiscal figures and have none of their own (observer_orgs.csv)."""
    return frozenset(r["code"] for r in read_rows("observer_orgs.csv"))


def _observes(ctx, e, fig, st) -> bool:
    """Whether an organisation reports or forecasts a state's finances rather than owning the figure: "The European
    Commission has forecast a deficit of 4.5% of GDP" in a story about Belgium is Belgium's deficit. Only in a story
    about a state (a story about the organisation itself keeps its own budget figures)."""
    return st.claim_type in REPORTED_TYPES and fig["metric"] in STATE_FINANCES and bool(e.code) \
        and not _entities.is_state(e.code) and _entities.is_state(ctx.main_party())


def near_orgs(ctx, sentence, orgs: list[str]) -> list[str]:
    """Of the estimating organisations an article names, those that can stand behind a passive estimate or projection
    naming no one ("Uganda's total foreign debt is estimated at some 1.5 billion dlrs"): the body the article's lead
    reports, or one named in this sentence or the one before. An organisation named only elsewhere in the story (an IMF
    programme two paragraphs up) made no estimate here: no one named does."""
    if not orgs:
        return orgs
    lead = ctx.lead_reporter()
    near = {e.code for s in ctx.sentences[max(0, sentence.index - 1):sentence.index + 1] for e in ctx.entities(s)
            if e.kind in ("organisation", "group")}
    return [o for o in orgs if o in near or (lead is not None and lead.code == o)]


@functools.lru_cache(maxsize=1)
def estimating_orgs() -> frozenset[str]:
    return frozenset(r["code"] for r in read_rows("estimating_orgs.csv"))


@functools.lru_cache(maxsize=1)
def _currency_states() -> dict[str, str]:
    return {r["currency"]: r["state"] for r in read_rows("currency_states.csv")}


def _money_state(fig, ctx=None) -> str | None:
    """The state whose national currency a money figure is in ("200 billion zlotys" -> POL), if any. A currency
    word several states use ("pounds", "francs") is read as one state's money by default: in a story naming other
    states but never that one ("pounds" of a Sudan budget) the currency names no owner."""
    cur = fig["m"].get("currency") if fig["unit"] == "currency" else None
    state = _currency_states().get(cur) if cur else None
    if state is not None and ctx is not None and not ctx.names_state(state) and ctx.home() is not None:
        return None
    return state


# "from" (and "the") right before the giver of a sum, a few words after it: "100 mln stg in grants from Britain"
FROM_BEFORE = regex.compile(r"\bfrom\s+(?:the\s+)?$", regex.IGNORECASE)
FROM_REACH = 40  # chars from the sum's end to its giver ("104 mln stg as grants from Britain")


def _given_from(ctx, sentence, fig, code: str) -> bool:
    """Whether the state `code` is named with "from" within a few words after the sum (its giver)."""
    return any(e.code == code and e.kind not in PRONOUN_KINDS and fig["end"] <= e.start <= fig["end"] + FROM_REACH
               and FROM_BEFORE.search(ctx.text, max(fig["end"], e.start - 12), e.start)
               for e in ctx.entities(sentence))


PRESSED_REACH = 3  # words from a group to the demand verb it is the subject of ("Asian allies should")


def pressed_group(ctx, sentence, clause, cue):
    """An uncoded group right before a demand verb, its subject ("said Asian allies should spend"), if any."""
    for e in ctx.entities(sentence):
        if e.kind == "group" and e.code is None and clause[0] <= e.start and e.end <= cue.start \
                and (count_words(ctx.text[e.end:cue.start]) <= PRESSED_REACH or _told_group_they(ctx, sentence, e, cue)):
            return e
    return None


TOLD_GROUP_REACH = 8  # words from a group told to the "they" of the modal


def _told_group_they(ctx, sentence, group, cue) -> bool:
    """"Hegseth told Asian allies in Singapore that they should spend 5%": "they" right before the modal is the group
    told, with nothing between but the place the words were said in (voices.said_in_place) and "that"."""
    text = ctx.text
    if not _voices.THEY_BEFORE.search(text, max(sentence.start, cue.start - 8), cue.start) \
            or count_words(text[group.end:cue.start]) > TOLD_GROUP_REACH:
        return False
    between = [e for e in ctx.entities(sentence) if group.end <= e.start and e.end <= cue.start and e.kind != "pronoun"]
    return bool(between) and all(_voices.said_in_place(ctx, sentence, e) for e in between)


# every regex pattern above runs as its standard-re twin on ASCII text (lexicon.AsciiTwin: the same matches, less CPU)
from .lexicon import ascii_twins as _ascii_twins  # noqa: E402  (after the patterns it replaces)

_ascii_twins(globals())
