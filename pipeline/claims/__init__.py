"""The claims stage: which figures are policy claims, and who demands, pledges, proposes, rejects,
forecasts or reports them of whom.

``find_claims(article, sentences, mentions)`` is the only entry point the pipeline uses; the modules
behind it: ``metric`` (what a figure measures: ``metric_of``, over ``basis`` (basis phrases),
``cuecompound`` (compound heads: a cue that only frames the head before it, a noun owned by the figure
next to it), ``cuelexicon`` (the metric cue lexicon and a sentence's cues), ``cuescope`` (which cue
governs a figure), ``metrictopic`` (the article's topic a weak word may take) and ``budgetwords`` (what a
budget word names: its own size, the whole state's budget, a balance's); ``antecedents``
then gives "that surplus" the balance of the sentence before and ", from 3.1%" its moving figure's
metric), ``stance`` (claim_type),
``roles`` (actor, target), ``modality`` (hedged, negated, attributed_to, compared_to,
deadline_year), ``frame`` (assembly), ``typemodel`` (the learned second opinion on claim_type,
applied after the rules), ``lexicon`` (the word lists' loader and the phrase matching every module
uses; ``morphology`` gives a marked verb row its -s, -ed and -ing forms) and ``gazetteer`` (names of states, organisations and people to codes). Their word lists are
CSV files in ``pipeline/data/claims/`` (the gazetteer's in ``pipeline/data/actors/``), the type
model's weights a JSON file in ``pipeline/data/claims/``.

``frame`` keeps the entry point and the per-sentence loop; one sentence's claims are made by
``figures`` (the sentence's figures and what each measures), ``scope`` (the cues found once per
sentence: ``SentenceScope``), the claim_type steps in order (``claimtype``: a figure's stance and
what its own words and tense make of it; ``plantype``: plans, proposals and demands; ``ruletype``:
refusals, statutes, standing rules and restatements) and ``claim`` (one figure's claim: its roles
and its record). The decisions they call on are modules of their own (each imports only those listed
before it, never ``frame``): ``story`` (carrying the story's metric into sentences with no metric
word), ``guards`` (company, market and poll guards), ``speakers`` (speakers the contract codes no
one: economists, firms, rating agencies, institutes, the press), ``levels`` (a figure's date and how
it stands to the sentence's other figures), ``anchor`` (a figure's own time: the level a change starts
from, "now", a past year; read by ``ruletype`` and by ``typemodel``, whose model keeps the rules'
``actual`` of an anchored figure and makes no figure of a later year ``actual``), ``acts`` (a government's enacted act on its own
instrument, read from the words that state it: a commitment; also read by ``typemodel``, whose model keeps it),
``forecasters`` (a verb of belief or estimate taking a clause of its own: what the clause says is the believer's
forecast; a private forecaster named again has no code), ``plans`` (plans, budgets, laws, documents and the
legislature's budget fight), ``aid`` (aid, donors, transfers and payers), ``actors`` (the actor and
target of a figure: owners, observers, estimators, forecasters and reporters).

``roles`` holds the article's context the role decisions share (``ArticleContext``, the subject of
a reporting verb); beside it ``entities`` (what a sentence names: the Entity record, its kinds and
codes, group, government and pronoun words; imported by ``roles``), ``anaphora`` (what an uncoded
group word, government word or pronoun stands for: who "it", "he" or "the ministry" is; imported by
``roles``, whose ``ArticleContext.entities`` calls ``anaphora.resolve``), ``organisations``
(organisations' targets and the organisation a figure goes with), ``owners`` (whose figure it is:
possessors, bases, objects) and ``voices`` (who states, demands or reports it: ``actor_of``,
``reporter``, ``speaker``), which import ``roles``.

Smaller steps each of those calls on, one question per module: ``firms`` (figures a company, a bank or an
industry's firms own: no state's claim), ``whose`` (whose figure it is when several states are named) and
``quotemarks`` (Reuters' ``India"s`` read as a possessive); ``planref`` (whose plan "the plan" is),
``heldstance`` and ``ownacts`` (where the rules' forecast, demand, proposal or commitment stands against the learned
model: believed clauses and asking verbs; financing passives, first-person future acts, standing rates),
``typefeatures`` (the type model's structural inputs); ``borrowedfor`` (what borrowed money pays for is not what the
sum measures), ``budgetlines`` (a sum set for one item is a budget line) and ``relativehead`` (a metric word inside a
relative clause on another is not the figure's); ``datafiles`` (where the word lists live and how a CSV file is read).
Session 18 added, each called once from ``figures``, ``claim``, ``ruletype``, ``story``, ``anaphora`` or ``typemodel``:
for the metric, ``repaid`` (a sum a state repays is debt service), ``incomethreshold`` (a tax's income threshold),
``restatedhead`` (a cue-less sentence restating the head noun goes on with the claim), ``rangebasis`` (both ends of
"from 0.5% to 0.3% of GNI" take the basis); for the roles, ``former`` (a "former" title speaks for no one),
``tariffacts`` (who sets a tariff, and a rate only threatened), ``refuser`` (the state that refuses, not the body
refused), ``observedowner`` (an observing organisation's forecast of a state's ratio is the state's), ``uncodedcredit``
(figures credited to bodies coded no one), ``orgplans`` (an organisation's own fund or plan), ``ownedrules`` (a rule
named as a state's or put "under" an organisation's rules); for claim_type, ``refusals`` (a level a state says it cannot
reach), ``conjuncts`` (the second of two joined verbs governs its object), ``asidestance`` (a stance word inside an
aside governs nothing after it), ``draftfig`` (a draft's figure is a proposal), ``relstance`` (a relative clause after
the figure that threatens or proposes it), ``progressive`` (an act in progress on an instrument), ``projectionnoun`` (a
projection noun's content), ``storyyear`` (a present-tense level the story dates), ``budgetput`` (a budget story's
line put at its sum or stated in the past undated; a past level of a later year) and ``rulestand`` (a standing rule's
threshold, margin or category): several of them also keep the rules' type against the learned model
(``typemodel._rules_stand``). Session 19 added ``tradestory`` (a bare deficit or surplus in a story whose headline and
lead name trade is the trade balance, called once from ``figures``). Session 20 added ``goalstand`` (a goal clause, "The
goal is that the deficit will fall to 1%", keeps the rules' commitment against the model) and ``estimatedmove`` (an estimate
of a movement to come, "has been estimated to rise to 90%", is a forecast), both from machine-translated Yle news.
Session 22 added ``debtdue`` (debt service a state has to, must or is scheduled to repay is a sum falling due, foreseen
or reported, not its commitment; called once from ``claim``, and from ``typemodel`` to keep the rules' type).
Session 24 added ``yieldcost`` (a measure's cost or yield is a forecast), ``settomove`` ("is set to rise" kept against the
model), ``alliancefigures`` (an alliance's share with no metric word) and ``membergroup`` (an organisation's member group owns
the figure); session 25 ``futuregift`` (a giver's "will send" a sum stays its commitment), ``futurelevel`` ("will be" a
level stays a forecast), ``memberlevel`` (an organisation acting on a member after "its deficit reached" states the level)
and ``resistedcall`` (resisting another's call for a figure is a refusal of it). Session 26 added ``docprojection`` (what a
budget, draft or plan itself projects or "would" do is the plan's commitment or proposal, held against the model's
forecast) and ``furtherpart`` ("and a further 1.5%" keeps the verb's type of the figure before it).
Session 27 added ``topicshare`` (a share of GDP a public body takes a stance on, with no metric word in its sentence, takes
the metric of its paragraph or of an article about one metric: "Sanchez wrote that committing to 5% of GDP would be
unreasonable" in a defence story), ``futureact`` (a government's own "will cut the deficit to" stays its commitment
against the model's forecast), ``gaplevel`` (a deficit an act removes or answers, "to eliminate a 160 mln dlr deficit", is
the level as it stands) and ``insistedplan`` ("Sanchez insisted Spain would spend 2.1%" is Spain's commitment); the owner
of an announcement whose that-clause holds the figure states it (``voices.announced_owner``).
"""
from .frame import find_claims

__all__ = ["find_claims", "preload"]


def preload() -> None:
    """Build every word list and pattern the stage would otherwise build on first use (about half a
    second of pattern compiling). A parent process calls it before forking its workers: what is loaded
    then is shared, where a lexicon first met by one article in a worker is built again by each."""
    from . import (
        modality, roles, stance, typemodel, story, guards, speakers, plans, aid, actors, entities, anaphora,
        organisations, owners, voices, scope, cuelexicon, cuescope, metrictopic, forecasters, firms, heldstance, borrowedfor,
        former, tariffacts, uncodedcredit, orgplans, relstance, anchor, memberlevel,
    )

    for load in (cuelexicon.metric_cues, cuelexicon._basis_cue_texts, cuelexicon._marked_entries, stance.stance_cues,
                 modality.modality_cues, modality.outlet_cues, modality.comparison_regex, roles.report_verbs,
                 entities.generic_words, entities.outlet_words, entities.gazetteer, entities.group_regex,
                 entities._group_rows, entities._group_keys, entities._group_openings, roles._modified_nouns, roles._firms_after,
                 anaphora._giver_acts, roles._report_nouns, voices._announced_that, roles._report_subject, roles._procedure_words, memberlevel._reason_opening, anaphora.reason_words, anaphora._reason_opening, entities._publisher_states,
                 owners._causative_before, owners._binding_before, owners._yardstick_after, aid._transfer_words, story._story_act_words, aid._aid_words,
                 aid._aid_kinds, aid._aid_word_after, aid._donor_words, aid._taxed_goods, speakers._press_nouns, speakers.uncoded_body,
                 actors.region_owner, actors.observers, actors.estimating_orgs, actors._currency_states,
                 scope._noun_homographs, guards._people_share_pattern, plans._continuing_participle,
                 plans._purpose_marker, cuescope._cause_before_cue, cuescope._cause_after, cuelexicon._none_verbs, cuelexicon._taxed_before, cuelexicon._taxed_after,
                 metrictopic._company_title, cuescope.purpose_regex, cuescope.means_regex,
                 cuescope.means_before_regex, cuescope._sizing_verb_before, cuescope._accrual_verb_before, cuescope._removal_verb_before, cuelexicon._private_owner, cuelexicon._private_holder,
                 entities._party_alliance_name, roles._data_show, roles._data_show_word, roles.aside_regex,
                 organisations._superlative_scope, organisations._purpose_opener, cuescope._ranked_apposition, cuescope._ranked_span, voices._light_verb, typemodel.stance_words, typemodel.model,
                 forecasters.believed_clause, forecasters._guard, aid._asking_words, cuelexicon._plain_entries,
                 guards._people_after_pattern, guards._goods_cost_pattern, guards._goods_worth_pattern, guards._utility_price_patterns, firms._nouns, firms._patterns, firms._singular, firms._plain_nouns,
                 firms._forms, firms._literals, firms._alone, speakers._legal_forms,
                 heldstance._patterns, borrowedfor._use_before, borrowedfor._heads, borrowedfor._sized_before,
                 cuelexicon._body_name_patterns, former._pattern, former._title_after, entities.apposition_alternative,
                 anaphora._closed_aside, anaphora._kingdoms, tariffacts._acts, uncodedcredit._credit, orgplans._instrument_after,
                 relstance._wish_verbs, anchor._decision_participles, entities.uncoded_groups):
        load()
    from . import introduced  # (officials introduced with a state: its own loop, so that merges touch no shared line)
    for load in (introduced._office_words, introduced._org_words, introduced._head_words, introduced._firm_titles,
                 introduced._firm_words):
        load()
    orgplans._named_after()  # (the instruments known by name, named_instruments.csv: its own line for merges)
    from . import metric
    metric._office_title_patterns()  # (office and body nouns of office_title_words.csv: its own lines for merges)
    introduced._guarded_surnames()  # (surnames people.csv does not let stand alone: its own line for merges)
    from . import resistedcall
    resistedcall._pattern(), resistedcall._request()  # (resisted_requests.csv: its own lines for merges)
    from . import topicshare
    topicshare._share_subjects()  # (share_subjects.csv, recall27: its own lines for merges)
    from . import apposedstaff
    apposedstaff._pattern()  # (apposed_staff_nouns.csv: its own lines for merges)
    firms._not_in_name(), firms._lower_apposition(), firms._leads(), firms._lead_pattern()  # (not_in_firm_name.csv, firm_nouns.csv lead rows, firms26: its own line for merges)
    cuescope._cue_words()  # (metric27: the one-word cues an adjective of a sum's own noun may not be; its own line for merges)
