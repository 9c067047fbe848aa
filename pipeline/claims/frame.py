"""Assemble claims: one per figure that measures a policy metric.

Per sentence holding a percent, percentage-point or money figure: the cheap check first (does the
sentence hold any metric cue?), then per figure its metric (``metric``), the figures it is compared
with (``modality.compared_to``: the compared figure inherits the metric, basis and roles it lacks),
its stance (``stance``), its actor and target (``roles``) and its modality (``modality``).

``_sentence_claims`` reads as those steps: the sentence's figures (``_metric_figures``, ``_public_figures``), the cues
found once per sentence (``_sentence_scope``, a ``SentenceScope`` every step reads), then per figure ``_figure_claim``:
its stance (``_figure_stance``), its claim_type refined in order (``_tense_type`` ... ``_restated_or_rule_type``: a later
step overrules an earlier one), its roles (``_figure_roles``, then ``_compared_roles`` or ``_own_roles`` and the speaker
and giver corrections after them) and its record (``_claim_record``).

Guards against figures that are not a state's: a sentence whose only cues are company, market or
poll words makes no claim; a company marker (Inc, profit, pretax ...) lets only specific policy cues
through; a weak word ("spend", "debts", "budget") needs a policy topic in the article or a state,
government or alliance named in its sentence. A sentence without any cue that continues the
previous claim's sentence ("It may turn out at four billion") keeps that claim's metric.

What the assembly asks of a figure, a sentence or the story lives beside it (the modules in the
order they may import one another): ``story`` (carrying the story's metric into sentences with no
metric word), ``guards`` (company, market and poll guards), ``speakers`` (speakers the contract
codes no one: economists, firms, rating agencies, institutes, the press), ``levels`` (a figure's
date and how it stands to the sentence's other figures), ``plans`` (plans, budgets, laws, documents
and the legislature's budget fight), ``aid`` (aid, donors, transfers and payers), ``actors`` (the
actor and target of a figure: owners, observers, estimators, forecasters and reporters).
"""
from __future__ import annotations

import bisect
import functools
import re
from collections import defaultdict
from dataclasses import dataclass

import regex

from . import metric as _metric
from . import lexicon as _lexicon
from .lexicon import count_words, read_rows
from . import modality as _modality
from . import (
    roles as _roles, entities as _entities, organisations as _organisations, owners as _owners, voices as _voices,
)
from . import stance as _stance
from . import typemodel as _typemodel
from .story import (
    WEAK_WEIGHT, _goes_on, _opens_on_pronoun, _continues_public_body, _article_context, _carries_only, _resolves_only,
    _carries, _names_government, _previous_topic, _story_restatements, _restated_sums, _story_acts, _opens_with_figure,
    _opening_figure,
)
from .guards import _government_revenue, _without_denominators, _specific_in_sentence, share_of_people
from .speakers import (
    REPORTED_TYPES, UNKNOWN_SPEAKER_SCAN, UNKNOWN_WORDS, RATING_SPEAKER, INSTITUTE_SPEAKER_SCAN, _in_sentence,
    _reported_after, _firm_reported, _uncoded_voice, _names_uncoded_speaker, _uncoded_body, _voices_nothing,
    PRESS_RELAYED_TYPES, _press_reported, _uncoded_or_credited, _credited_org, _rating_article,
)
from .levels import (
    PAST_PERIOD, AFTER_PRIOR, _own_date, _own_stretch, _forecast_figure, _names_past_year, _past_level, _restated,
    CHANGE_IN_BEFORE_SCAN, _changed_level, _later_before,
)
from .plans import (
    PASSIVE, SELF_OBLIGATION, RULE_TARGET, BUDGET_PLAN, PARTY_BUDGET_PLAN_SCAN, _party_plan_noun, _package_figure,
    _own_plan_reported, BUDGET_SET, LEVEL_CUES, _own_plan_projected, PROPOSED_FRAME, _plan_frame, _state_sets_level,
    _budget_story, _budget_plan_level, _participle_continues, _purpose_of, _statutory_target, _under_law,
    _document_content, _legislative, AUTHORED_TYPES, _document_author, list_header_type,
)
from .aid import (
    _force_receives, _aid_donor_after, FROM_GIVER, _aid_source_after, _aid_sum, _unnamed_givers, BILATERAL_CUE,
    _bilateral_transfers, _aid_transfers, _pays,
)
from .actors import (
    _relative_agent, _assign_roles, _agent_after, _reported_by, _region_owner, _forecast_after, _owner_not_reporter,
    _owner_of_listed_level, _passive_forecast_reporter, _organisations_rule, _estimator, _opening_organisation,
    _names_owner_only, _lead_report, _reported_by_no_one, _owners_own_figure, _coded_act_inside, _has_forecaster,
    _names_owner, _observers, _near_orgs, _estimating_orgs, _pressed_group,
)


OFFICIALLY = regex.compile(r"\bofficially\s+$", regex.IGNORECASE)
# cue words of a level one state asks of another (read against the story's state)
ASKED_OF_OTHERS = frozenset({"floated", "requested", "asked", "demanded", "demand", "request"})
GOVERNMENT_FIGURE = regex.compile(r"\b(?:government|budget|state)\b", regex.IGNORECASE)

PRESENT_COPULA = frozenset({"is", "are"})
# present-tense levels that speak of the year the previous sentences name ("Next year, ... The state spends 89 billion")
PRESENT_LEVEL = PRESENT_COPULA | {"spends", "spend", "receives", "collects", "totals"}
# "cut the corporate tax, now between 45 and 48 pct,": an aside stating where a level stands today, whatever the verb
NOW_LEVEL = regex.compile(r"[,(]\s*(?:now|currently|at\s+present|presently)\s+(?:at\s+|standing\s+at\s+)?"
                       r"(?:(?:about|around|roughly|some|nearly|almost|just|over|under)\s+)?$", regex.IGNORECASE)
NOW_LEVEL_SCAN = _lexicon.Guarded(NOW_LEVEL, ("now", "currently", "present"))  # (searched only where one of its words stands)
PAST_MARK = regex.compile(r"\b(?:was|were|had|has\s+been|have\s+been|rose|fell|stood|totalled|totaled|reached|grew|dropped|"
                          r"(?:has|have|had)\s+(?:\w+\s+)?\w+(?:ed|en|t)|last|this\s+year|ago|(?:19|20)\d\d|today|now|currently|already)\b", regex.IGNORECASE)

CLAIM_UNITS = frozenset({"percent", "percentage_points", "currency"})
VALUE_FIELDS = ("value", "value_low", "value_high", "bound", "unit", "currency")
INSTRUMENTS = frozenset({"tax_revenue", "tariff_rate", "public_spending", "defense_spending", "development_aid"})

OWN_WISH = frozenset({"want", "wants", "wanted"})  # a wish for one's own figure ("he wanted it below 3%")
# an organisation's wish for its own budget ("the Commission wants it to be 1.26%") proposes what its members decide; its
# wish for its members' spending ("NATO wants allies to spend 2%") presses them
OWN_BUDGET_METRICS = frozenset({"public_spending"})
OWN_NEED = frozenset({"need to", "needs to"})  # a need stated of oneself, not an obligation imposed ("must", "should")
OUTER_REACH = 4  # words between "proposed" and the noun it governs ("proposed a deficit limit of 1.5%")
COMPLEMENT_REACH = 6  # words between "want" and a participle it governs ("want the EU budget to be capped at 1%")
OUTER_TYPES = frozenset({"demand", "proposal", "rejection"})
# "rejected the alliance's new defence spending target of 5%", "demanded that allies meet a new defence spending target of
# 5%": with no other stance word between, a refusal reaches a target noun further into its object, and so does a demand
# of a goal (not of a standing rule: "wants Paris to bring its deficit below the EU's 3% ceiling")
OUTER_NP_REACH = 9
STRONG_DEMAND = 55  # demand verbs that press (urge, push, demand), not a situation that "requires" a level
SIGN_REACH = 6

# a debt is a stock owed now: "Indonesia's debt totals 37 billion dlrs" after a sentence on next year's aid is today's level
DEBT_STOCKS = frozenset({"public_debt", "external_debt"})
# trade as the subject of a clause, before its verb ("Trade should show", "while trade with Western countries plunged into")
TRADE_SUBJECT = regex.compile(r"(?:^|[;:]\s+|,\s+|\b(?:while|whereas|and|but|that|said|says|expects|expected|predicted|forecast)\s+)(?:(?:the|its|their|(?-i:[A-Z])[\w.]*['’]s?)\s+)?"
                              r"(?:foreign\s+|external\s+|merchandise\s+|visible\s+|overall\s+)?trade(?:\s+with\s+[\w\s-]{1,40}?)?\s+"
                              r"(?:should|would|will|is|was|has|had|could|may|might|must|plunged|moved|swung|fell|went|turned|showed|"
                              r"shows|posted|recorded|registered|ran|remained|stayed|slipped|dropped)\b"
                              # (up to the balance word, in the same clause: "Trade was weak, and the deficit rose" is not)
                              r"(?:(?!(?:,\s+(?:and|but)|\b(?:but|while|whereas|although))\s)[^;])*$", regex.IGNORECASE)
# the price of one item a package holds: "its aid ... would total 11.5 billion euros, including a Patriot system worth about 1
# billion euros" (the package is the claim, its item no level of the metric)
ITEM_WORTH = regex.compile(r"\b(?:including|includes|included|such\s+as)\s+(?:(?:an?|the|two|three|several)\s+)?(?:[\w-]+\s+){0,5}?"
                           r"worth\s+(?:(?:about|around|some|roughly|nearly|up\s+to|more\s+than|over|an\s+estimated)\s+)?$",
                           regex.IGNORECASE)
ITEM_REACH = 90  # chars before the figure
# the share of a sum met from one source: "last year's budget deficit was financed 90 pct by credits from the National Bank
# and 10 pct by the issue of state bonds" (the split of how it was paid for, no level of the deficit)
FINANCED_BEFORE = regex.compile(r"\b(?:financed|funded|covered|met|paid\s+for)\b[^.;:]*$", regex.IGNORECASE)
FINANCING_SOURCE = regex.compile(r"\s+(?:by|through|from|out\s+of|via)\s", regex.IGNORECASE)
FINANCED_REACH = 80  # chars before the share
# a sum "of" a larger one: "600 mln dlrs of New Zealand's 21.74 billion dlrs", "780 mln dlrs of the 1.14 billion dlr budget deficit"
PART_OF_SUM = regex.compile(r"\s+(?:out\s+)?of\s+(?:(?:the|its|their|(?-i:[A-Z])[\w.]*(?:\s+(?-i:[A-Z])[\w.]*)?['’]s?)\s+)?(?:(?:total|estimated|overall|planned)\s+)?"
                            r"(?:(?:about|some|around|roughly|nearly)\s+)?", regex.IGNORECASE)
# a share of a debt itself, not of GDP or exports: "banks holding 70 pct of the frozen debt", "had repaid five pct of the debt",
# "35 pct of Brazil's debt to banks": the part some creditors hold or some payment covers, no level of the debt (unscored)
DEBT_PART = regex.compile(r"\s+of\s+(?:(?:the|its|their|this|that|our|(?-i:[A-Z])[\w.]*['’]s?)\s+)?"
                          r"(?:(?!(?:and|or|to|by|in|on|for|with|than|as)\b)[\w-]+\s+){0,3}?debts?\b", regex.IGNORECASE)
# levels no budget sets, which a later year named in an earlier sentence does not date: debt stocks and the current account
# ("The budget for 2026 was presented on Tuesday. The current account surplus is 6% of GDP" states where it stands)
STANDING_LEVELS = DEBT_STOCKS | {"current_account"}
POSSESSED_OF_REACH = 70  # chars before a standing level searched for its owner and noun ("the Philippines' total foreign debt of")

# a range written from one end to the other ("8.5 to 17 billion"), which "from" opens as a whole
RANGE_TO = regex.compile(r"\d\s*(?:[a-z]+\s+)?(?:to|-|–)\s*\d", regex.IGNORECASE)
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
# a verb projecting a figure (not a modal's guess: "the budget deficit could hit")
# a verb setting out a plan's contents ("envisages", "foresees"), not a forecaster's ("expects", "predicts")
PLAN_CONTENT_VERB = regex.compile(r"(?:fores[ae]|envisag)", regex.IGNORECASE)
# a clause whose subject is a bare pronoun standing for the story's plan ("It envisages", "it also foresees")
PLAN_PRONOUN = regex.compile(r"\W*(?:it|this|which)\s+(?:also\s+|further\s+)?", regex.IGNORECASE)
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

LAW_TYPES = frozenset({"demand", "forecast", "commitment", "proposal"})

# "would not commit to", "does not plan to raise", "has no plans to raise", "has no intention of raising"
NEG_COMMIT = regex.compile(r"\b(?:(?:will|would|does|do|did|can|could|shall|is|are)\s*(?:not|n['’]t|never)\s+(?:\w+\s+){0,3}?"
                        r"|(?:has|have|had)\s+no\s+(?:\w+\s+)?(?:plans?|intention|intentions)\s+(?:to|of)\s+)"
                        r"(?:commit|raise|increase|spend|reach|accept|sign\s+up|agree|lift|boost|go|meet|fulfil|hit|achieve)\w*\b"
                        r"(?!\s+(?:beyond|above|further|past))[^,;]{0,80}$", regex.IGNORECASE)
# "5% of GDP would be \"unreasonable\"", "3.5% is not realistic for us": the figure judged out of the question
REFUSAL_WORDS = (r"(?:[\"“'‘]\s*)?(?:simply\s+|totally\s+|completely\s+|far\s+)?(?:unreasonable|unrealistic|not\s+realistic|counterproductive|"
                 r"unaffordable|absurd|impossible|not\s+feasible|unattainable|out\s+of\s+the\s+question|insufficient|inadequate|"
                 r"not\s+enough|too\s+small)\b")
REFUSED_AFTER = regex.compile(r"\s+(?:(?:of\s+)?(?:GDP|GNP|GNI)\s+)?(?:[\w'’-]+\s+){0,3}?(?:would\s+be|is|was|are|were|seems|remains)\s+"
                              + REFUSAL_WORDS, regex.IGNORECASE)
REFUSAL_STEMS = ("reasonable", "realistic", "counterproductive", "affordable", "absurd", "impossible", "feasible",
                 "attainable", "question", "insufficient", "inadequate", "enough", "small")  # one in every REFUSAL_WORDS match
# (a word added to REFUSAL_WORDS needs its stem here: tests/claims/test_guards_exact.py compares guarded and plain searches)
REFUSED_AFTER_SCAN = _lexicon.Guarded(REFUSED_AFTER, REFUSAL_STEMS)  # (tried only where the window holds a refusal word)
# "The opposition called the 3.5% goal unrealistic", "branded a 5% target absurd": a judging verb before the figure, the
# refusal word after its noun phrase
JUDGED_BEFORE = regex.compile(r"\b(?:called|calls|call|calling|deemed|deems|branded|brands|labelled|labeled)\s+(?:[\w'’-]+\s+){0,3}$",
                              regex.IGNORECASE)
JUDGED_BEFORE_SCAN = _lexicon.Guarded(JUDGED_BEFORE, ("call", "deem", "brand", "label"))  # (searched only where its verbs stand)
# "Spain would find it impossible to spend 5% of GDP", "it is not realistic to reach 3.5%": refused before the figure
REFUSED_BEFORE = regex.compile(REFUSAL_WORDS + r"\s+(?:for\s+(?:[\w'’-]+\s+){1,3})?to\s+(?:[\w'’-]+\s+){1,5}?$", regex.IGNORECASE)
# (searched only where the window holds a refusal word: nearly never)
REFUSED_BEFORE_SCAN = _lexicon.Guarded(REFUSED_BEFORE, REFUSAL_STEMS)
JUDGED_AFTER = regex.compile(r"\s+(?:(?:of\s+)?(?:GDP|GNP|GNI)\s+)?(?:[\w'’-]+\s+){0,3}?" + REFUSAL_WORDS, regex.IGNORECASE)
REFUSED_REACH = 120
# a sentence restating the previous one's figure: "The figure is equal to about 2.4% of GDP", "That is an increase of"
# (also after a leading phrase adding or leaving out a part: "With 25.5 billion from the special fund, the total comes to",
# "Including the special funds, the figure rises to")
RESTATES_PREVIOUS = regex.compile(r"[\"“'‘]?\s*(?:(?:including|with|excluding|counting|together\s+with)\s(?:[^,;.]|\.(?=\d)){0,120},\s+)?"
                                  r"(?:it|this|that|the\s+figure|the\s+total|the\s+sum|the\s+amount|the\s+increase|the\s+rise)\s+"
                                  r"(?:is|was|would\s+be|will\s+be|represents|amounts\s+to|equals|corresponds\s+to|comes\s+to|rises\s+to|"
                                  r"climbs\s+to|totals|will\s+total|would\s+total)\s+"
                                  # (not an outturn set against it: "It was in fact lower, at 3.3 billion")
                                  r"(?!why\b|because\b|how\b|what\b|not\b|where\b|when\b|in\s+fact\b|actually\b|instead\b|lower\b|higher\b|smaller\b|larger\b)",
                                  regex.IGNORECASE)
# "should be" and the level itself, not a passive of an act ("should be cut to")
SHOULD_BE_LEVEL = regex.compile(r"should\s+(?:still\s+|then\s+|now\s+|also\s+)?be\s+(?:(?!(?:\w+ed|cut|set|held|kept|spent|brought|made|put)\b)"
                                r"[\w'’-]+\s+){0,3}", regex.IGNORECASE)  # (up to the figure: fullmatch)
SHOULD_MOVE = regex.compile(r"should\s+(?:\w+ly\s+|still\s+|then\s+|now\s+|also\s+)?(?:amount\s+to|total|come\s+to|fall|rise|ease|decline|drop|"
                         r"climb|grow|shrink|narrow|widen|increase|decrease)\b(?!\s+(?:by\s+)?(?:further\s+)?(?:than)\b)", regex.IGNORECASE)
# (also the other acts on a debt owed: "suspended interest payments on 68 billion dlrs of commercial debt", "a moratorium on
# repayments of 13 billion dlrs", "froze 16 billion dlrs of credit lines", "write off 1.03 billion dlrs of debt")
# (no "to" or future between: "payments of restructured debt are lowered to 1.05 billion" is the payments' new level; a
# write-off's amount is what is decided, not a stock described)
RESCHEDULED_BEFORE = regex.compile(r"\b(?:reschedul|restructur|refinanc|roll(?:ing|ed)?\s+over|suspen[ds]|moratori|froze|freez|"
                                   r"stretch\w*\s+out|reprogram)\w*\s+"
                                   r"(?:(?!(?:to|will|would)\s)[\w'’-]+\s+){0,4}?$",
                                   regex.IGNORECASE)
RESCHEDULED_BEFORE_SCAN = _lexicon.Guarded(RESCHEDULED_BEFORE, ("reschedul", "restructur", "refinanc", "roll", "suspen", "moratori",
                                                                "froze", "freez", "stretch", "reprogram"))  # (where its verbs stand)
# the stances a debt stock acted on may wrongly take from the act: the act's decision, or a "would"/"will" of the sentence
# when the act is done ("this attitude would not help resolve the crisis started when Brazil suspended interest payments on
# 68 billion dlrs"; "the Paris Club was expected to freeze 20-30bn rupiah in payments" is the freeze expected)
ACTED_ON_TYPES = frozenset({"commitment", "forecast"})
DONE_ACT = regex.compile(r"[a-z]+ed\b|froze\b|suspension\b|moratorium\b", regex.IGNORECASE)


def _done_act(text: str, pos: int) -> bool:
    """Whether the act on a debt starting at `pos` is done or in force (a past form, "suspension", "moratorium")."""
    return DONE_ACT.match(text, pos) is not None
# (plural reports and figures: "the report suggested raising VAT" can be a commission recommending)
EVIDENCE_SUBJECT = regex.compile(r"\b(?:reports|data|figures|numbers|estimates|surveys|polls|indicators|evidence|signs|trends|calculations)"
                              r"\s+(?:\w+ly\s+|also\s+|now\s+)?$", regex.IGNORECASE)
EVIDENCE_SUBJECT_SCAN = _lexicon.Guarded(EVIDENCE_SUBJECT, ("reports", "data", "figures", "numbers", "estimates", "surveys", "polls",
                                                          "indicators", "evidence", "signs", "trends", "calculations"))  # (where its nouns stand)
# "a retaliation package that would have put tariffs on 93 billion euros of goods", "a plan which would cut": what a plan
# would do with an instrument is the plan's content, not an effect someone forecasts
PLAN_RELATIVE = regex.compile(r"\b(?:package|plan|programme|program|bill|proposal|measures?|scheme|budget)\s*,?\s+(?:that|which)\s+$",
                              regex.IGNORECASE)
PLAN_RELATIVE_SCAN = _lexicon.Guarded(PLAN_RELATIVE, ("that", "which"))  # (searched only where its pronouns stand)

# past verbs measuring a level against a target ("fell short of the", "missed its", "exceeded NATO's")
# (and a level stated as a multiple or fraction of a target: "less than half the United Nations target of 0.7%", "more
# than double the 2% target they agreed in 2014")
MEASURED_AGAINST = regex.compile(r"\b(?:fell\s+short\s+of|falls\s+short\s+of|missed|misses|exceeded|exceeds|breached|breaches|surpassed|"
                                 r"overshot|undershot|met|meets|topped|"
                                 r"(?:more|less)\s+than\s+(?:half|double|twice|triple|a\s+third|a\s+quarter|two-thirds)(?:\s+of)?)"
                                 r"\s+(?:[\w'’-]+\s+){0,4}?$", regex.IGNORECASE)
MEASURED_AGAINST_SCAN = _lexicon.Guarded(MEASURED_AGAINST, ("short", "miss", "exceed", "breach", "surpass", "overshot", "undershot", "met",
                                                          "meet", "topped", "than"))  # (where its verbs stand)
EXPECTS_OF = regex.compile(r"expect(?:s|ed|ing)?\s+(?:(?:the|its|all|other|fellow|European|Asian|NATO|[A-Z]\w+['’]s)\s+){0,2}"
                        r"(?:allies|members|partners|countries|nations|governments|states)\s+to\s+"
                        r"(?:spend|reach|raise|meet|lift|increase|boost|pay|contribute|cut|hit|commit)\b")
PRONOUN_SUBJECT = regex.compile(r"\b(?:it|we|they|he|she|I)\s+$")
NATO_BEFORE = regex.compile(r"\bNATO(?:['’]s)?\s+(?:(?:old|new|long-standing|longstanding|current|overall|core|official|headline)\s+)*$")
NATO_OF = regex.compile(r"\bNATO(?:['’]s)?\s+(?:[\w-]+\s+){0,2}(?:target|goal|guideline|benchmark|pledge)\s+of\s+(?:(?:about|around|at\s+least)\s+)?$")
GLOBAL_BEFORE = regex.compile(r"\b(?:global|world|worldwide|world['’]s)\s+(?:\w+\s+)?$", regex.IGNORECASE)
GLOBAL_BEFORE_SCAN = _lexicon.Guarded(GLOBAL_BEFORE, ("global", "world"))  # (searched only where its words stand)
# "Trump told allies to spend 5%", "tells Berlin to cut": telling someone to do something demands it (a bare "told
# reporters" only reports); the object is short, the infinitive follows it
# (not "telling them of Japan's plan to spur spending", "told reporters about a plan to cut": the infinitive after "of" or
# "about" is the plan's, the telling reports it)
TOLD_TO = regex.compile(r"\b(?:told|tell|tells|telling)\s+((?:(?!(?:to|of|about)\s)[\w'’.-]+\s+){1,5}?)to\s+(?!the\s|a\s|an\s)[a-z]+",
                        regex.IGNORECASE)
TOLD_TO_ENTRY = {"cue": "told to", "claim_type": "demand", "pos": "V", "priority": "60"}
ASKED_OF = regex.compile(r"\s+of\s+(?:it|them|him|her|us|me)\b", regex.IGNORECASE)
OWN_PLAN_NOUNS = frozenset({"plan", "plans", "pledge", "pledges", "promise", "promises"})
AID_REQUEST = frozenset({"request", "requests", "requested", "requesting"})
# a government's budget request ("the administration's budget request for 15 billion dlrs in foreign aid")
BUDGET_REQUEST = regex.compile(r"\b(?:budget|administration['’]?s?|White\s+House|fiscal\s+\d{4}|supplemental)\b", regex.IGNORECASE)
# a threshold above which a fiscal rule exempts spending: "outlays above 1% of GDP", "spending in excess of 1.5%"
THRESHOLD_BEFORE = regex.compile(r"\b(?:spending|outlays|expenditures?|costs|borrowing|deficits?)\s+(?:above|over|beyond|exceeding|in\s+excess\s+of)\s+$",
                                 regex.IGNORECASE)
THRESHOLD_RULE = regex.compile(r"\b(?:debt\s+brake|escape\s+clause|exempt\w*|counts?\s+against|deficit\s+rules?|fiscal\s+rules?)\b",
                               regex.IGNORECASE)
# a margin a rule lets members add: "lets member states add ... by up to 1.5% of GDP"
MARGIN_BEFORE = regex.compile(r"\bup\s+to\s+$", regex.IGNORECASE)
MARGIN_RULE = regex.compile(r"\b(?:escape\s+clause|debt\s+brake|fiscal\s+rules?|deficit\s+rules?)\b[^;.]{0,80}?\b(?:lets|allows|permits)\b",
                            regex.IGNORECASE)
# "pressed allies to move faster, saying they should reach 3.5%": a modal whose subject is a pronoun for others (not "we",
# "it") obliges them; the speaker asks it of them
OTHERS_PRONOUN = regex.compile(r"\b(?:they|he|she)\s+(?:\w+ly\s+|also\s+|still\s+)?$", regex.IGNORECASE)
# "Sweden needed to borrow 40 billion crowns last year": the subject's own past need states what it did, no one asks it
# (the passive asks: "savings of 2 billion would be needed to stabilise the debt", "a cut was needed")
NEEDED_TO = regex.compile(r"\s+to\s", regex.IGNORECASE)
PASSIVE_NEED = regex.compile(r"\b(?:be|been|being|is|are|was|were|it['’]s|\w+ly)\s+$", regex.IGNORECASE)
PAYS = regex.compile(r"\s+(?:\w+\s+)?(?:pay|paid|pays|face|faces)\b", regex.IGNORECASE)
# (also named by its owner or kind: "Germany's debt brake", "The new NATO guideline", "the EU's fiscal rules")
RULE_SUBJECT = regex.compile(r"\W*(?:the\s+|its\s+|their\s+|an?\s+)?(?:(?-i:[A-Z])[\w.]*['’]s\s+)?(?:old\s+|new\s+|current\s+|existing\s+)?"
                             r"(?:(?-i:[A-Z]{2,})\s+|fiscal\s+|budget\s+|spending\s+|debt\s+|stability\s+|growth\s+(?:and\s+stability\s+)?)?"
                             r"(?:benchmark|guideline|rule|rules|law|statute|constitution|pact|treaty|criteria|criterion|brake)\b",
                             regex.IGNORECASE)
# the document right before the verb is its subject, whoever else the sentence names ("The draft calls for ..., the
# finance ministry said")
DOC_RIGHT_BEFORE = regex.compile(r"\b(?:budget|plan|bill|package|proposal|draft)" + NOUN_ASIDE + r"\s+(?:also\s+|further\s+|now\s+)?"
                              r"(?:(?:could|may|might|would|will)\s+)?$", regex.IGNORECASE)
DOC_SUBJECT = regex.compile(r"\b(?:budget|plan|formula|measure|bill|resolution|package|proposal|draft)(?:['’]s)?"
                         # (past an aside: "The plan, drafted by the Democratic-controlled Budget committee, calls for")
                         r"(?:\s*,[^,.;]{1,90},)?\s+(?:\w+\s+){0,8}?$", regex.IGNORECASE)

# a party, not the government, as the subject of a wish for its own state's figure ("The Democratic Party for the People wants
# the overall rate cut to 5%", "the opposition wants"): it proposes a policy it cannot set
DOC_CALLS = regex.compile(r"call(?:s|ed|ing)?\s+for\b", regex.IGNORECASE)
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
# a gap noun right after a figure ("an annual £10.5bn \"black hole\" in the nation's coffers", "a 20 billion franc shortfall")
GAP_AFTER = regex.compile(r"\W{0,2}\s*[\"“'‘]?(?:black\s+hole|hole|gap|shortfall|funding\s+gap)\b", regex.IGNORECASE)

# a count of an organisation's members as a subject ("Twenty-three of NATO's 32 members", "18 of the 27 member states")
MEMBER_TALLY = regex.compile(r"\b(?:\d+|[A-Za-z]+(?:-[a-z]+)?)\s+of\s+(?:the\s+|its\s+|their\s+|[A-Z]\w*['’]s\s+)?(?:\w+\s+)?"
                             r"(?:members|allies|member\s+states|member\s+countries|countries)\s+(?:\w+ly\s+|also\s+)?$")
PARTY_SUBJECT = regex.compile(r"\b(?:part(?:y|ies)|opposition|Democrats|Republicans|Conservatives|Tories|Labour|Liberals)\b")
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

OPPOSITION = regex.compile(r"\bopposition\b", regex.IGNORECASE)
# a reporting verb with the subject of a "would" right after it: "The finance ministry said tariffs would"
REPORTED_WOULD = regex.compile(r"\b(?:(?:said|says|announced|stated)\s+|told\s+(?:\w+\s+){1,2}?)(?:that\s+)?(?:[\w'’-]+\s+){1,4}$",
                               regex.IGNORECASE)
CONDITION = regex.compile(r"\b(?:if|unless|provided)\b", regex.IGNORECASE)


def find_claims(article: dict, sentences: list, mentions: list[dict]) -> list[dict]:
    """Claims of one article (pure: the same input gives the same claims): the rules' claims, their claim_type then
    decided by the learned model where it knows the type (typemodel.py: better than the rules on unseen articles)."""
    return _typemodel.retype(find_claims_rules(article, sentences, mentions), article)


def find_claims_rules(article: dict, sentences: list, mentions: list[dict]) -> list[dict]:
    """The rules' claims of one article, before the model's claim_type (what the model is trained on)."""
    if not mentions:
        return []
    text = article["text"]
    per_sentence: dict[int, list[dict]] = defaultdict(list)
    for m in mentions:
        per_sentence[m["sentence_index"]].append(m)
    by_index = {s.index: s for s in sentences}
    state = {"ctx": None, "report_pos": 0, "report": None, "last_metric": None,
             "last_index": None}
    claims: list[dict] = []
    for index in sorted(per_sentence):
        sentence = by_index.get(index)
        ms = [m for m in per_sentence[index] if m.get("unit") in CLAIM_UNITS and not share_of_people(text, m)
              and not counted_items(text, m)]
        if sentence is None or not ms:
            continue
        spans = [(m["char_start"], m["char_end"]) for m in per_sentence[index]]
        hits = _metric.sentence_cues(text, sentence.start, sentence.end, spans)
        # "revenues" just after a claim on a state's finances, or beside a budget, deficit or tax word of their own sentence
        recent = state["last_index"] is not None and index - state["last_index"] <= IN_TOPIC_REACH
        hits = _metric.in_topic(hits, state["last_metric"] if recent else None)
        hits = _metric.serviced_debts(text, hits, sentence.start)
        if _government_revenue(hits, state, article, sentences, sentence):
            hits = _metric.in_topic(hits, None, public=True)
        hits = _without_denominators(text, sentence, hits)
        if hits and all(h.entry["metric"] == "NONE" for h in hits):
            continue  # only company, market or poll words: no policy figure here
        if "topics" not in state:  # the headline's topic, once per article; then each claim's metric
            state["title_topic"] = state["last_metric"] = _metric.title_topic(article.get("title"))
            state["off_policy_title"] = _metric.off_policy_title(article.get("title"))
            state["topics"] = [state["last_metric"]] if state["last_metric"] else []
            state["legislative"] = None  # computed on first need (one scan of the article)
        transfers = _aid_transfers(text, sentence, ms, state)
        if transfers:  # a state, government or alliance gives it: "the site has received 8 million" is a charity's
            if not _roles.names_public_body(_article_context(state, article, sentences), sentence):
                transfers = []
        topic = _previous_topic(text, by_index, per_sentence, index, state) \
            if not hits or _carries(hits) or _resolves_only(hits) else None
        if topic is None and not hits and not state.get("scored_claims") and _opening_figure(text, sentence, ms):
            # before any claim: "The government has reached an agreement on social security savings. ... 166 million euros
            # will be saved on social and health services." (a government body and one metric, in the sentence before)
            topic = _previous_topic(text, by_index, per_sentence, index, state,
                                    lambda s: _names_government(_article_context(state, article, sentences), s))
        if topic is not None:  # the sentence before, with no figure of its own, named what this one goes on about
            state["topics"] = [t for t in state["topics"] if t != topic] + [topic]
        bilateral = _bilateral_transfers(text, sentence, ms, state, article, sentences) \
            if not any(h.entry["metric"] == "NONE" for h in hits) else []
        act_figures = None  # the figures public bodies' acts are done to, in a sentence with no metric word (_story_acts)
        if bilateral:
            # "The U.S. is to lend Sudan 57 mln dlrs": a sum one state gives or lends another is aid, in any story, whatever
            # story metric its moving word would carry ("Finland will give Ukraine 200 million euros a year in military aid.
            # European Union leaders agreed to lend Ukraine 90 billion euros, funded by joint borrowing": the loan is aid,
            # and the borrowing word farther on does not reach it)
            moved = {t.end for t in bilateral}
            hits = sorted([h for h in hits] + [_metric.carried_cue(t.end) for t in transfers if t.end not in moved]
                          + [_metric.Hit(t.end, t.end, BILATERAL_CUE) for t in bilateral], key=lambda h: h.start)
        elif not hits:
            acts = []
            if not _goes_on(text, sentence, ms, index, state, topic, by_index.get(index - 1),
                            lambda: _article_context(state, article, sentences)) and not transfers:
                # "... public borrowing rose. The government made net borrowings of 23 billion marks": a public body's act
                # on its figure (borrowing, a levy, a payment to creditors, spending, giving) goes on with a story of the
                # metric that act carries on
                acts = _story_acts(text, sentence, ms, state, topic, _article_context(state, article, sentences))
                if acts:
                    act_figures = {start for _, start in acts}
                    acts = [hit for hit, _ in acts]
                else:
                    # "Congress now has 15 days to disapprove of the 40 mln dlrs": a sum the story has claimed, restated
                    # with its "the", is that claim's figure again (only it: the sentence's other figures are not)
                    act_figures = _restated_sums(text, ms, state)
                    if not act_figures:
                        continue
            # "... the deficit. It may turn out at four billion": the previous sentence's topic goes on;
            # "Sánchez said his government would not commit to 5%": so does the share a stance is taken on;
            # "The United States remained the largest donor, giving more than $60bn": so does the aid of an aid story
            # (carried from each word that moves a sum)
            hits = acts or [_metric.carried_cue(sentence.start)] + [_metric.carried_cue(t.end) for t in transfers]
        elif (_opens_with_figure(text, sentence, ms, index, state) or _opens_on_pronoun(text, sentence, index, state)) \
                and not any(h.entry["metric"] == "NONE" for h in hits):
            # its own words farther on may not reach the figure: "It widened to 622 mln dlrs in January from 484 mln in
            # December and compared with a deficit of 334 mln in January 1986"
            hits = [_metric.carried_cue(sentence.start)] + hits
        elif _carries_only(hits) and _goes_on(text, sentence, ms, index, state, topic, by_index.get(index - 1),
                                              lambda: _article_context(state, article, sentences)) \
                and _roles.names_public_body(_article_context(state, article, sentences), sentence, by_name=True):
            # "Berlin plans 152.8 billion euros in 2029, when it wants to reach 3.5%": the anaphoric word governs its own
            # figure; one it does not reach goes on with the topic as in a sentence with no cue at all, when the sentence
            # names the state or body whose plan it is ("Air Lanka is thus indebted ... for its repayment" is a firm's)
            hits = [_metric.carried_cue(sentence.start)] + hits
        elif transfers and not any(h.entry["metric"] == "NONE" for h in hits):
            # "... has promised to ask Congress for 910 mln dlrs under an agreement that prompted criticism in Turkey for not
            # winning enough aid": the sentence's own word is out of reach, the story's aid is not
            hits = sorted([_metric.carried_cue(t.end) for t in transfers] + hits, key=lambda h: h.start)
        found = _sentence_claims(article, sentences, sentence, ms, hits, spans, state)
        if act_figures:
            # only the figure each act is done to: "levied a flat one pct surtax on incomes above 90,000 dlrs", "repaid 500
            # mln dlrs out of the 14 billion dlrs covered by the standstill" (the other sum is no payment)
            found = [c for c in found if c["char_start"] in act_figures]
        for c in found:  # each scored share and sum the story has stated, for an anaphoric restatement ("the 3% ambition")
            if c["metric"] in _metric.SCORED and c["unit"] == "percent":
                state.setdefault("stated", {})[(c["unit"], c["value"])] = c["metric"]
            elif c["metric"] in _metric.SCORED and c["unit"] == "currency":
                state.setdefault("stated_sums", {})[(c["currency"], c["value"])] = c["metric"]
        if found:
            state["last_metric"] = found[-1]["metric"]
            # an article that has made a claim of a scored metric stays on policy through unscored ones ("... a budget
            # of 15,596 billion won. ... GNP will grow by 7.5 pct ... The balanced budget in 1986 totalled ...")
            state["scored_claims"] = state.get("scored_claims") or any(c["metric"] in _metric.SCORED for c in found)
            state["last_type"] = found[-1]["claim_type"]
            # the story's first claim: a spending plan ("Britain would raise defence spending to 2.5% of GDP") makes
            # a plan story (_budget_plan_level)
            state.setdefault("plan_lead", found[0]["claim_type"] == "commitment" and found[0]["metric"] in BUDGET_SET)
            # ... and a proposal ("Finance Minister Eyskens is proposing a package of tax cuts worth 102 billion francs") a
            # story whose plan's contents are proposed (_plan_content)
            state.setdefault("proposal_lead", found[0]["claim_type"] == "proposal")
            state["last_units"] = {c["unit"] for c in found}
            # the topics a weak word may take: the headline's and the latest claim's
            state["topics"] = [t for t in (state["title_topic"], state["last_metric"]) if t]
            state["last_index"] = index
        claims.extend(found)
    return claims


def _figures(text: str, sentence, ms: list[dict], hits, spans, topics) -> list[dict]:
    figs = []
    aside = _metric.outside_opening_aside(text, sentence.start, sentence.end, hits) if hits else None
    all_hits = hits
    for m in sorted(ms, key=lambda m: m["char_start"]):
        # a figure after an opening aside ("Including the special funds for the armed forces, borrowing will total ...")
        # is governed by the words of the main clause only
        hits = aside[1] if aside is not None and m["char_start"] >= aside[0] else all_hits
        end, tail_basis = _metric.figure_tail(text, m["char_end"], sentence.end)
        fig = {"m": m, "char_start": m["char_start"], "char_end": m["char_end"], "end": end,
               "unit": m["unit"], "basis": m.get("basis") or tail_basis}
        fig["metric_cue"] = _metric.governing_cue(text, m["char_start"], end, hits, spans)
        if fig["unit"] == "percent" or (fig["unit"] == "currency" and _metric.weak_whole(fig["metric_cue"])):
            # a share, or a sum taken out of a budget ("will absorb 4.2 billion dlrs of the budget"): what it is taken of is
            # the whole, not what it measures
            fig["metric_cue"] = _metric.share_cue(text, m["char_start"], end, hits, spans, fig["metric_cue"])
        fig["metric"] = _metric.metric_of(fig["metric_cue"], hits, topics, (m["char_start"], end), spans, text)
        if fig["basis"] is None and fig["unit"] == "percent" and fig["metric"] in _metric.SCORED:
            # "the ratio of the current account surplus to GNP from the current five pct level": a share of GNP
            fig["basis"] = _metric.ratio_basis(text, fig["metric_cue"], m["char_start"], sentence.start, sentence.end)
        if fig["metric"] in DEBT_STOCKS and _metric.serviced_debt(
                text, fig["metric_cue"], m["char_end"] if fig["metric_cue"].start >= m["char_end"] else sentence.start):
            fig["metric"] = "debt_service"  # "earmarks 59.8 billion baht for servicing the government's foreign debt"
        paid = fig["unit"] == "percent" and _metric.service_share(text, m["char_start"], end, hits, sentence.start)
        if paid:
            fig["metric"] = paid  # "limit repayments on its five billion dlr debt to 10 pct of its export earnings"
        elif fig["unit"] == "percent" and not fig["basis"] and fig["metric"] in DEBT_STOCKS \
                and DEBT_PART.match(text, m["char_end"], sentence.end):
            fig["metric"] = "other"  # "34 banks holding more than 70 pct of the frozen debt": a part of the debt
        elif fig["unit"] == "currency" and fig["metric"] in _metric.SCORED \
                and ITEM_WORTH.search(text, max(sentence.start, m["char_start"] - ITEM_REACH), m["char_start"]):
            fig["metric"] = "other"  # "aid of 11.5 billion euros, including a Patriot system worth about 1 billion": an item
        elif fig["unit"] == "percent" and not fig["basis"] and fig["metric"] in _metric.SCORED \
                and FINANCING_SOURCE.match(text, m["char_end"], sentence.end) \
                and FINANCED_BEFORE.search(text, max(sentence.start, m["char_start"] - FINANCED_REACH), m["char_start"]):
            fig["metric"] = "other"  # "the deficit was financed 90 pct by credits and 10 pct by bonds": how it was paid for
        cue = fig["metric_cue"]
        if fig["metric"] == "fiscal_deficit" and cue is not None and cue.entry.get("balance") and cue.entry.get("resolves") \
                and TRADE_SUBJECT.search(text[sentence.start:cue.start]):
            # "Trade should show a one billion franc surplus this year after last year's 0.5 billion surplus", "trade with
            # Western countries plunged into a deficit": a bare balance word in a clause whose subject is trade is its balance
            fig["metric"] = "other"
        # a weak word standing alone (not resolved by a specific cue of its sentence) for a scored metric (a share paid out
        # of export earnings is named by its servicing word and its whole together)
        fig["weak_metric"] = fig["metric"] in _metric.SCORED and not paid and (
            cue is None or (int(cue.entry.get("weight") or 0) >= WEAK_WEIGHT
                            and not _metric.resolved_in_sentence(cue, hits, fig["metric"])))
        # any word short of a specific one ("tax", "the deficit"), for a story under a company's or market's headline
        fig["soft_metric"] = fig["metric"] in _metric.SCORED and not paid and (
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
            pair_cue = _metric.governing_cue(text, base["char_start"], fig["end"], hits, spans)
            if pair_cue is not None and pair_cue.end <= base["char_start"] and pair_cue is not fig["metric_cue"] \
                    and _metric.metric_of(pair_cue, hits, topics) in _metric.SCORED:
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
    for fig, whole in zip(figs, figs[1:]):
        # "the repayment of up to 600 mln dlrs of New Zealand's 21.74 billion dlrs of overseas debt", "to reschedule 9.4 billion
        # dlrs of its 27.8 billion dlr foreign debt": a sum taken out of a larger sum is a part of that sum's metric, whatever
        # weak or anaphoric word ("repayment") stands before it
        cue = fig["metric_cue"]
        if fig["unit"] == whole["unit"] == "currency" and whole["metric"] in _metric.SCORED and fig["metric"] != whole["metric"] \
                and (cue is None or cue.entry.get("resolves") or int(cue.entry.get("weight") or 0) >= WEAK_WEIGHT) \
                and PART_OF_SUM.fullmatch(text, fig["end"], whole["char_start"]):
            fig["metric"], fig["weak_metric"] = whole["metric"], whole["weak_metric"]  # (its own cue still says what is done)
            fig["soft_metric"] = whole.get("soft_metric", False)
    for fig in figs:  # "NATO's old 2% target", "the NATO goal of 5%": the alliance's targets are defence shares
        cue = fig["metric_cue"]
        if fig["unit"] == "percent" and fig["metric"] != "defense_spending" \
                and (cue is None or int(cue.entry.get("weight") or 0) >= WEAK_WEIGHT) \
                and (NATO_BEFORE.search(text, max(sentence.start, fig["char_start"] - 40), fig["char_start"])
                     or NATO_OF.search(text, max(sentence.start, fig["char_start"] - 40), fig["char_start"])):
            fig["metric"], fig["metric_cue"], fig["weak_metric"], fig["soft_metric"] = "defense_spending", None, False, False
    # a figure no cue reaches (or only an anaphoric one), beside figures of one scored metric ("would not commit
    # to 5%, arguing that 2.1% of GDP is enough for ... military capabilities", "is expected to total 28.9 billion
    # dlrs in fiscal 1989 ... and then fall to 26.1 billion", "rise to 2.33%, an increase costed at A$50.3 billion"):
    # the sentence speaks of one metric. A sum must stand in one run with such a sum (a price paid and a tax bill
    # further on are not one metric). A company or market cue (NONE) still rules its figure out.
    for unit in {f["unit"] for f in figs}:  # shares beside shares, sums beside sums: a share of a sum is not the sum's metric
        known = [f for f in figs if f["metric"] in _metric.SCORED and f["unit"] == unit]
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
    carried = None  # a basis carried along the sentence to later figures of the same metric
    for fig in figs:
        if fig["unit"] != "percent":
            continue
        if fig["basis"]:
            carried = (fig["metric"], fig["basis"])
        elif carried and carried[0] == fig["metric"] and fig["metric"] is not None:
            fig["basis"] = carried[1]
    return figs


def _own_noun_between(text: str, fig: dict, later: dict) -> bool:
    """Whether the later figure's own metric cue stands between the two and names another scored metric (not the whole
    the first is a share of: "around 30% of federal revenue by 2035, up from about 18%")."""
    cue = later["metric_cue"]
    # a first figure no noun of its own reaches ("would cost roughly A$40 billion a year more than today's budget of about
    # A$53 billion") is measured by the later one's noun: no other metric's
    if cue is None or not (fig["end"] <= cue.start and cue.end <= later["char_start"]) \
            or later["metric"] not in _metric.SCORED or later["metric"] == fig["metric"] or fig["metric"] is None:
        return False
    whole = _metric.DENOMINATOR.match(text, fig["end"], cue.start)
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


SECOND_COMPARISON = regex.compile(r",\s+but\s+(?:up|down)\s+(?:from|on)\s+$", regex.IGNORECASE)
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
    last = _lexicon.last_match(_metric.CLAUSE_BREAK, gap)
    # "... from 86 billion in 1986, although in 1988 it should fall back to 87 billion dlrs": a clause whose subject is a
    # pronoun goes on with the run's noun
    return last is None or PRONOUN_CLAUSE.match(gap, last.end()) is not None


@dataclass(slots=True)
class SentenceScope:
    """What every step of one sentence's claims reads (and none writes): the article, the sentence and the cues found in it
    once (stance, modality, outlets, uncoded speakers), and the sentence's figures. Built once per sentence with a
    claimable figure. (Slots: the steps read its fields for every figure, and a slot is the cheapest field to read.)"""
    text: str
    article: dict
    sentences: list
    sentence: object
    state: dict  # the article's running state (find_claims_rules): its context, report, topics and latest claim
    ctx: "_roles.ArticleContext"
    figs: list[dict]  # the sentence's figures that may make claims (_figures, in text order)
    stance_hits: list
    modal_hits: list
    outlets: list
    sorted_spans: list
    unknown_speakers: bool  # a word of an uncoded speaker stands in the sentence (cheap substring test)
    s_text: str


def _sentence_claims(article, sentences, sentence, ms, hits, spans, state) -> list[dict]:
    """The claims of one sentence, in text order: its figures with their metrics, kept only where a state or public body
    may own them; then per figure (heads before the figures compared with them, which inherit their roles) its stance,
    claim_type, actor and target (_figure_claim)."""
    figs = _metric_figures(article, sentence, ms, hits, spans, state)
    if not figs:
        return []
    ctx = _article_context(state, article, sentences)
    figs = _public_figures(ctx, sentences, sentence, hits, state, figs)
    if not figs:
        return []
    _credit_report(ctx.text, sentence, state)
    sc = _sentence_scope(article, sentences, sentence, spans, state, ctx, figs)
    _respective_owners(ctx, sentence, figs)
    out = []
    # heads before the figures compared with them, so those can inherit roles
    for fig in sorted(figs, key=lambda f: f.get("head") is not None):
        claim = _figure_claim(sc, fig, out)
        fig["claim"] = claim
        out.append(claim)
    out.sort(key=lambda c: c["char_start"])
    return out


def _metric_figures(article, sentence, ms, hits, spans, state) -> list[dict]:
    """The sentence's figures that measure a metric (_figures), the topics a weak word may take narrowed first: a budget's
    own total or aggregates are not the story's part. Under a company word only figures a specific policy cue names stay."""
    text = article["text"]
    topics = state.get("topics", [])
    # (before the story's first claim its latest metric is the headline's own)
    title_only = state.get("last_index") is None or state.get("last_metric") != state.get("title_topic")
    if state.get("title_topic") and title_only and _metric.names_budget_total(hits):
        # "Germany's cabinet approved a 2026 budget that foresees spending of 520.5 billion euros" under a headline on the
        # armed forces: a budget's spending, named by its own words, is the budget's total, not the headline's defence
        topics = [t for t in topics if t != state["title_topic"]]
    if _metric.names_budget_aggregates(hits):
        # "Revenue is forecast at 647.2 billion zlotys and spending at 918.9 billion" after a defence claim: a spending word
        # beside another total of the budget is the budget's total, not the story's part (defence, aid)
        topics = [t for t in topics if t not in _metric.PART_METRICS]
    figs = [f for f in _story_restatements(_figures(text, sentence, ms, hits, spans, topics), state, text) if f["metric"]]
    if figs and any(h.entry.get("firm") for h in hits):
        # a company's own figures ("RJR Nabisco Inc ... 500 mln dlrs of debt", "profits before taxes"):
        # only a specific policy cue ("budget deficit", "import duties") still makes a claim
        figs = [f for f in figs if f["basis"] or _specific_in_sentence(f, hits)]
    return figs


def _public_figures(ctx, sentences, sentence, hits, state, figs: list[dict]) -> list[dict]:
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
    if any(f.get(weak) for f in figs) and state["last_metric"] not in _metric.SCORED and not state.get("scored_claims") \
            and (off_policy
                 or (not _roles.names_public_body(ctx, sentence) and not _continues_public_body(ctx, sentences, sentence, hits))):
        party_plan = PARTY_BUDGET_PLAN_SCAN.search(text, sentence.start, sentence.end) is not None
        figs = [f for f in figs if not f.get(weak) or f["basis"] or _force_receives(text, f)
                or (party_plan and f["metric"] in _metric.STATE_FINANCES)]
    return figs


def _credit_report(text: str, sentence, state: dict) -> None:
    """Keep in the article's state the named report it credits before this sentence (once per stretch of text read), which
    a claim without a speaker of its own is attributed to."""
    # the named report the article credits before this sentence ("according to a Financial Times report")
    if state["report_pos"] < sentence.start:
        report = _modality.credited_report(text, _modality.outlets_in(text, state["report_pos"], sentence.start))
        state["report"] = report or state["report"]
        state["report_pos"] = sentence.start


def _sentence_scope(article, sentences, sentence, spans, state, ctx, figs) -> SentenceScope:
    """The cues every figure of the sentence is read against, found once: stance cues (less demands asked of something
    else, a subject's own past need and verbs that are nouns here; plus "told X to"), modal cues, outlets, and whether
    an uncoded speaker may stand in it."""
    text = ctx.text
    s_text = text[sentence.start:sentence.end]
    s_lower = s_text.lower()
    # uncoded speakers named in the sentence (cheap substring test before the regexes)
    unknown_speakers = any(w in s_lower for w in UNKNOWN_WORDS)
    sorted_spans = sorted(spans)
    # "the capabilities NATO asks of it": a demand of something else, inside a relative clause
    stance_hits = [h for h in _stance.stance_cues().finditer(text, sentence.start, sentence.end)
                   if not (h.entry["claim_type"] == "demand" and ASKED_OF.match(text, h.end))
                   and not _active_need(text, sentence.start, h)
                   and not _noun_homograph(text, sentence.start, h)]
    stance_hits = _told_to_hits(text, sentence, stance_hits)
    modal_hits = list(_modality.modality_cues().finditer(text, sentence.start, sentence.end))
    outlets = _modality.outlets_in(text, sentence.start, sentence.end)
    return SentenceScope(text, article, sentences, sentence, state, ctx, figs, stance_hits, modal_hits, outlets,
                         sorted_spans, unknown_speakers, s_text)


def _respective_owners(ctx, sentence, figs: list[dict]) -> None:
    """Give each figure the state a "respectively" list pairs it with (fig["respective"], read by the roles)."""
    # "Italy and Spain spent 1.49% and 1.28% respectively": each figure its state
    respective = _owners.respective_owners(ctx, sentence, [(f["char_start"], f["end"]) for f in figs if f.get("head") is None])
    for fig in figs:
        fig["respective"] = respective.get(fig["char_start"])


def _figure_claim(sc: SentenceScope, fig: dict, out: list[dict]) -> dict:
    """One figure's claim. Its stance and claim_type first, refined step by step (a later step overrules an earlier one:
    the order is the rules' precedence); then its actor and target, which may turn the type once more (a demand no one
    else is pressed to meet commits; an uncoded speaker cannot pledge). `out` holds the sentence's claims made so far."""
    clause = _stance.clause_bounds(sc.text, sc.sentence.start, sc.sentence.end, fig["char_start"], fig["end"])
    st0, st = _figure_stance(sc, fig, clause, out)
    claim_type, st, estimated, conditional, plan_content = _tense_type(sc, fig, clause, st)
    claim_type, st = _credited_forecast_type(sc, fig, clause, claim_type, st)
    claim_type, st = _level_or_plan_type(sc, fig, clause, claim_type, st)
    claim_type, st, aid_request = _demand_or_rule_type(sc, fig, clause, claim_type, st)
    claim_type, st = _plan_proposal_type(sc, fig, clause, claim_type, st, conditional)
    claim_type, st = _refusal_type(sc, fig, clause, claim_type, st0, st)
    claim_type, st, rule_threshold = _restated_or_rule_type(sc, fig, clause, claim_type, st)
    actor, target = _figure_roles(sc, fig, clause, st)
    head = fig.get("head")
    if head is not None:
        claim_type = _compared_target_type(sc, fig, claim_type, st)
    if head is not None and "claim" in head and claim_type != "benchmark":
        actor, actor_code, actor_text, target_code, target_text = _compared_roles(sc, fig, claim_type, st, actor, target)
    else:
        claim_type, actor_code, actor_text, target_code, target_text = _own_roles(sc, fig, clause, claim_type, st, actor,
                                                                                  target, out)
    actor_code, actor_text = _author_or_giver(sc, fig, clause, claim_type, actor, actor_code, actor_text, target_code)
    if estimated:
        actor_code, actor_text = _estimator_roles(sc, fig, st, estimated, actor_code, actor_text)
    claim_type, actor_code, actor_text = _uncoded_voices(sc, fig, claim_type, st, plan_content, actor, actor_code,
                                                         actor_text, target_code)
    actor_code, actor_text, target_code, target_text = _plan_possessor(sc, fig, claim_type, st, actor_code, actor_text,
                                                                       target_code, target_text)
    if rule_threshold or aid_request:
        claim_type, actor_code, actor_text = _deferred_types(sc, claim_type, st, rule_threshold, aid_request, actor_code,
                                                             actor_text)
    return _claim_record(sc, fig, clause, claim_type, st, actor_code, actor_text, target_code, target_text)


def _figure_stance(sc: SentenceScope, fig: dict, clause, out: list[dict]) -> tuple:
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
                                        and _stance.POSSESSED_OF_SCAN.search(text, max(sentence.start, start - POSSESSED_OF_REACH), start)
                                        and not _refuses_object(text, st, start))
                                    or _changed_level(text, sentence, fig, figs)
                                    or CHANGE_IN_BEFORE_SCAN.search(text, max(sentence.start, start - 40), start)):
        st = _stance.Stance("actual", None, "compared")
    elif head is not None and st.how != "attributive":
        st = _stance.Stance("actual", None, "compared")
    elif head is None and st.how == "attributive" and (st.cue.entry["pos"] == "N" or _complement_participle(text, st.cue, start)):
        # "proposed a deficit limit of 1.5%": a stronger verb governing the qualified noun wins; so does one governing
        # a participle with its figure as complement ("want the EU budget to be capped at 1%")
        outer = _stance.governing(text, clause, st.cue.start, stance_hits)
        if outer is not None and _stance.priority(outer) > _stance.priority(st.cue) and outer.entry["claim_type"] in OUTER_TYPES \
                and (count_words(text[outer.end:min(st.cue.start, start)]) <= (OUTER_REACH if st.cue.entry["pos"] == "N" else COMPLEMENT_REACH)
                     or (st.cue.entry["pos"] == "N"
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
        before = _participle_continues(text, clause, start, out)
        if before is not None:
            # "Canada will reach the 2% target, adding 9 billion dollars to the military budget": the participle goes
            # on with the act of the clause before, by its subject
            st = st._replace(claim_type=before["claim_type"])
    return st0, st


def _tense_type(sc: SentenceScope, fig: dict, clause, st) -> tuple:
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
            and PLAN_RELATIVE_SCAN.search(text, max(sentence.start, st.cue.start - 40), st.cue.start) is not None
        # "The finance ministry said tariffs would be cut by 7.7 points": "would" in reported speech is the speaker's "will"
        reported_will = conditional and REPORTED_WOULD.search(text, max(clause[0], st.cue.start - 80), st.cue.start) is not None \
            and not CONDITION.search(text, clause[0], clause[1])
        decided = ((not conditional or reported_will) and _stance.DECIDED_PASSIVE.match(text, st.cue.end, start) is not None) \
            or ((not conditional or reported_will) and _stance.DECIDED_OWN.match(text, st.cue.end, start) is not None
                and not EFFECT_SUBJECT.search(text, max(clause[0], st.cue.start - 30), st.cue.start)) \
            or (instrument and (not conditional or (ACTION_AFTER.match(text, st.cue.end, start)
                                                           and not EFFECT_SUBJECT.search(text, max(clause[0], st.cue.start - 30), st.cue.start))) and not level) \
            or _voices.subject_before(ctx, sentence, clause, st.cue) is not None \
            or _coordinated_state_subject(ctx, sentence, clause, st.cue) \
            or plan_content \
            or (instrument and not level and _own_plan_reported(ctx, sentence, st.cue)
                and not EFFECT_SUBJECT.search(text, max(clause[0], st.cue.start - 30), st.cue.start))
        # "The finance ministry estimates defence spending will hit 2.1%": a future inside a projection is projected
        # (also a passive participle right before the future: "Spain is estimated to reach 2%")
        projectors = [h for h in stance_hits if h.entry["claim_type"] in ("forecast", "estimate") and clause[0] <= h.start
                      and h.end <= st.cue.start and (h.entry["pos"] in "VN" or count_words(text[h.end:st.cue.start]) == 0)]
        # "would be forced to raise taxes to fill an annual £10.5bn black hole": a gap the act is to fill is a level
        # foreseen, not the act's own figure
        claim_type = "commitment" if decided and not projectors and not GAP_AFTER.match(text, end) else "forecast"
        dated = _own_date(text, clause, start, end, article.get("published")) if projectors else None
        if projectors and projectors[-1].entry["claim_type"] == "estimate" \
                and (dated == "past" or (dated == "current" and projectors[-1].entry["pos"] == "A")):
            # "is estimated to reach 2.0% in 2025" (in 2025): an estimate of the level reached ("economists estimate
            # the deficit will reach 4.5 billion this year" still looks ahead)
            claim_type = "actual"
        st = st._replace(claim_type=claim_type)
    elif claim_type == "actual" and st.how in ("default", "governing", "following") \
            and (st.cue is None or text[st.cue.start:st.cue.end].lower() in PRESENT_LEVEL) \
            and not _package_figure(text, clause, start, end) \
            and (((st.cue is None or text[st.cue.start:st.cue.end].lower() in PRESENT_COPULA)
                  # (a later year beyond the next figure is that figure's: "includes 6.7 billion euros more, in line
                  # with the plan to raise spending to 64 billion euros by 2027")
                  and _modality.later_year(text, (clause[0], _own_stretch(text, clause, start, end)[1]), article.get("published")))
                 or (not _in_sentence(state, PAST_MARK, text, sentence) and fig["metric"] not in STANDING_LEVELS
                     and _later_before(text, sentences, sentence, article.get("published")))):
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
        dated = _own_date(text, clause, start, end, article.get("published"))
        later = dated == "later" if dated is not None else _modality.later_year(text, clause, article.get("published"))
        claim_type = "forecast" if later else "actual"
        st = st._replace(claim_type=claim_type)
        estimated = st.how == "attributive" and claim_type == "actual"
    return claim_type, st, estimated, conditional, plan_content


def _credited_forecast_type(sc: SentenceScope, fig: dict, clause, claim_type, st) -> tuple:
    """A future credited to a forecaster after it ("..., according to NATO estimates", "the ministry estimated") is that
    forecaster's forecast, or the year's level when it is of this or a past year."""
    text, article, sentence, ctx, stance_hits = sc.text, sc.article, sc.sentence, sc.ctx, sc.stance_hits
    start, end, head = fig["char_start"], fig["end"], fig.get("head")
    if head is None and st.cue is not None and st.how == "governing" \
            and (st.cue.entry["claim_type"] == "future" or (claim_type == "commitment" and st.cue.entry["pos"] == "N")):
        forecaster = _forecast_after(text, sentence, end, stance_hits)
        if forecaster is not None:
            # "Defence spending will reach 2.1% of GDP this year, according to NATO estimates", "meeting the target
            # would cost an extra 16 billion euros a year, the finance ministry estimated": a level someone projects
            claim_type = "forecast"
            if forecaster.entry["claim_type"] == "estimate" \
                    and _own_date(text, clause, start, end, article.get("published")) in ("past", "current"):
                claim_type = "actual"  # "will spend 2.0% of GDP this year, according to NATO estimates": the year's level
            st = _stance.Stance(claim_type, forecaster, "following")
        elif claim_type == "commitment" and st.cue.entry["claim_type"] == "future" and _credited_org(ctx, sentence):
            # "Poland will spend 4.48% of its GDP this year, the highest share in the alliance, according to NATO's
            # annual estimates", "According to NATO, Spain will spend 2.1%": an organisation's estimate of a state's
            # level, however far the credit stands; the estimate of this or a past year is that year's level
            past = _own_date(text, clause, start, end, article.get("published")) in ("past", "current")
            claim_type = "actual" if past else "forecast"
            st = st._replace(claim_type=claim_type)
    return claim_type, st


def _level_or_plan_type(sc: SentenceScope, fig: dict, clause, claim_type, st) -> tuple:
    """Levels reached beside a forecast, and the figures a government decides rather than foresees or reports: an act
    under way, a state setting its own instrument, what a plan, budget or package holds, the goal an act serves, a
    budget line set against last year's, a list item under its heading."""
    text, article, sentences, sentence, state, ctx, stance_hits = sc.text, sc.article, sc.sentences, sc.sentence, sc.state, sc.ctx, sc.stance_hits
    start, end, head = fig["char_start"], fig["end"], fig.get("head")
    if claim_type == "forecast" and head is None and not _forecast_figure(st) \
            and (_past_level(text, clause, start, end, article.get("published"))
                 or (AFTER_PRIOR.search(text, max(clause[0], start - 12), start)
                     and _own_date(text, clause, start, end, article.get("published")) == "current")):
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
            and _state_sets_level(ctx, sentence, clause, start):
        # "the Netherlands raised its figure to 232 mln guilders from 180 mln", "Ottawa cut its tariff to 5%": a state
        # setting its own aid, tax or tariff decides the level
        claim_type = "commitment"
        st = st._replace(claim_type=claim_type)
    if claim_type == "forecast" and head is None and not _legislative(text, state) \
            and (frame := _plan_frame(text, _own_stretch(text, clause, start, end))) is not None \
            and not _has_forecaster(text, stance_hits) and not _uncoded_or_credited(ctx, state, sentence):
        # "Defence spending is projected at 2.1% of GDP in the government's draft budget", "members would spend about
        # 1.5 trillion dollars a year under the plan": what a plan or budget holds, not anyone's expectation (a
        # proposal's, or the plan of a proposal just made, is proposed)
        claim_type = "proposal" if PROPOSED_FRAME.search(frame.group(0)) or state.get("last_type") == "proposal" else "commitment"
        st = st._replace(claim_type=claim_type)
    if claim_type == "forecast" and head is None and _own_plan_projected(ctx, state, sentence, clause, fig, st):
        # "The German government expects to spend 52 billion euros on defence next year", "The government projects
        # defence outlays of 95 billion crowns": what a government expects of what it decides itself is its plan
        claim_type = "commitment"
        st = st._replace(claim_type=claim_type)
    if claim_type == "forecast" and head is None and _budget_plan_level(ctx, state, article, sentence, clause, fig, st, stance_hits):
        # "Spending on defence will be 175.92 billion dlrs", "military spending would reach 108.2 billion euros next
        # year" in a story on a government's budget: the budget sets what it spends and borrows; no one forecasts it
        claim_type = "commitment"
        st = st._replace(claim_type=claim_type)
    if (claim_type == "forecast" or (claim_type == "actual" and st.cue is None)) and head is None and not _forecast_figure(st) \
            and _purpose_of(text, clause, start):
        # "initiatives are set to be scaled back as a first step towards reducing the deficit to $230bn by 2009",
        # "Germany's efforts to reduce its deficit below 3% of GDP": the goal the act serves, not a level expected or
        # reached
        claim_type = "proposal" if _legislative(text, state) else "commitment"
        st = st._replace(claim_type=claim_type)
    if claim_type == "actual" and head is None and st.how in ("default", "governing", "following") \
            and _package_figure(text, clause, start, end) \
            and not _past_level(text, clause, start, end, article.get("published")) \
            and not _names_past_year(text, _own_stretch(text, clause, start, end), article.get("published")) \
            and not (st.cue is not None and PAST_PERIOD.search(text, *_own_stretch(text, clause, start, end))):
        # "The finance ministry's budget puts the deficit at 5.66 trillion yuan", "That package totalled more than
        # 6,000 billion yen": a budget's or package's figure is what its government decides (a legislature's plan proposes)
        # ("Consolidated fund revenue was 8.8 billion stg in February": a month's outturn stays a level reached)
        claim_type = "proposal" if _legislative(text, state) else "commitment"
        st = st._replace(claim_type=claim_type)
    if claim_type == "actual" and head is None and st.how in ("default", "governing", "following") \
            and (st.cue is None or st.cue.entry["claim_type"] in LEVEL_CUES) \
            and fig["metric"] in BUDGET_LINES and "compared" in text[end:sentence.end] \
            and BASE_LAST_YEAR.match(text, end, sentence.end) \
            and _own_date(text, clause, start, end, article.get("published")) is None \
            and _budget_story(state, article, text, sentences) and not _legislative(text, state):
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


def _demand_or_rule_type(sc: SentenceScope, fig: dict, clause, claim_type, st) -> tuple:
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
        claim_type = "actual" if head is None and _past_level(text, clause, start, end, article.get("published")) else "forecast"
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
        and not _legislative(text, state)
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
            and (not _roles.names_public_body(ctx, sentence) or DOC_RIGHT_BEFORE.search(text, clause[0], st.cue.start)):
        # "The budget ... called for 18 billion dlrs in new taxes", "the Chiles plan's call for", "the draft calls
        # for": a document asks no one; it proposes (a government's own budget plans: _document_content)
        claim_type = _document_content(text, clause, st.cue.start, state)
        st = st._replace(claim_type=claim_type)
    return claim_type, st, aid_request


def _plan_proposal_type(sc: SentenceScope, fig: dict, clause, claim_type, st, conditional: bool) -> tuple:
    """Plans not enacted propose (a bill, a legislature's plan, a party's plan, the plan just proposed); what a plan
    would bring about is a forecast; a tally of members reaching a level is foreseen; a target a level is measured
    against is a benchmark."""
    text, sentence, state, ctx = sc.text, sc.sentence, sc.state, sc.ctx
    start, head = fig["char_start"], fig.get("head")
    if claim_type in ("commitment", "forecast") and head is None \
            and (conditional or (st.cue is not None and WOULD_CUE.match(text, st.cue.start, st.cue.end))) \
            and BILL_SUBJECT.search(text, clause[0], st.cue.start) and not NOT_PROPOSED.search(text, clause[0], st.cue.start):
        # "The budget bill would lift military spending to 2.5% of GDP": a bill or draft not yet passed proposes
        # (also through a cue phrase holding the "would": "a bill that would cap the deficit at 3%")
        claim_type = "proposal"
        st = st._replace(claim_type=claim_type)
    elif claim_type in ("commitment", "forecast") and head is None and _legislative(text, state) \
            and (PLAN_SUBJECT.search(text, _cue_predicate_start(text, clause, st.cue, start), start) or (conditional and not _roles.names_public_body(ctx, sentence))
                 # "Wright's 20 billion dlr revenue raising plan": the plan noun the figure qualifies
                 or (st.how == "attributive" and st.cue is not None and PLAN_SUBJECT.match(text, st.cue.start))) \
            and not NOT_PROPOSED.search(text, clause[0], clause[1]) \
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
            and (claim_type == "benchmark" or (claim_type == "forecast" and PROJECTING.match(text, st.cue.start))) \
            and PLAN_CAPS.search(text, clause[0], st.cue.start):
        # "The draft caps the central budget deficit at 271.7 billion zlotys", "a budget which foresees a deficit of 9.4
        # billion": a budget or plan limiting or foreseeing its own figure sets it (a draft or bill proposes it); a rule
        # others are measured against is no one's budget
        claim_type = "proposal" if BILL_SUBJECT.search(text, clause[0], st.cue.start) or _legislative(text, state) \
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
            and (PARTY_PLAN.search(text, clause[0], start) or _party_plan_noun(text, clause, st.cue)):
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
            and MEASURED_AGAINST_SCAN.search(text, max(clause[0], min(start, st.cue.start) - 60), min(start, st.cue.start)):
        # "Italy fell short of the 2% target last year", "Germany met the 2% target for the first time": a target a
        # level was measured against is a standing benchmark, not anyone's pledge in this sentence (also when the level
        # is compared with it: "aid of 0.33% of GNI, less than half the United Nations target of 0.7%")
        claim_type = "benchmark"
        st = st._replace(claim_type=claim_type)
    return claim_type, st


def _refusal_type(sc: SentenceScope, fig: dict, clause, claim_type, st0, st) -> tuple:
    """Statutory targets and rules are benchmarks; a figure judged unrealistic or refused, or a commitment denied ("would
    not commit to 5%"), is a rejection. A statute's target stays its benchmark even where the sentence doubts it."""
    text, sentence, state, ctx, sorted_spans = sc.text, sc.sentence, sc.state, sc.ctx, sc.sorted_spans
    start, end, head = fig["char_start"], fig["end"], fig.get("head")
    # "This year the target is 108 billion dlrs", "legislation to meet the 1987 target of a 144 billion dlr deficit",
    # "will not reach the Gramm-Rudman deficit target for 1988 of 108 billion dlrs": in a story on a statute that sets
    # yearly targets, a target no one owns is the statute's (ANNOTATION: a statutory target is a benchmark), even where
    # the sentence doubts it will be met (set after the refusals below)
    statutory = claim_type in ("commitment", "forecast") and head is None and _statutory_target(text, st0, state)
    if head is None and claim_type in LAW_TYPES and _under_law(text, clause, start, end, st, sorted_spans):
        # "Under the fiscal responsibility law, the minister has to trim the deficit by 0.3 points", "the 108 billion
        # dlr target set under the Gramm-Rudman law", "a new budget law requiring a 23 billion dlr cut": a statutory rule
        claim_type = "benchmark"
        st = st._replace(claim_type=claim_type)
    if claim_type in ("commitment", "actual", "forecast", "benchmark") and head is None \
            and ((JUDGED_BEFORE_SCAN.search(text, max(clause[0], start - 40), start)
                  and JUDGED_AFTER.match(text, end, min(sentence.end, end + REFUSED_REACH)))
                 or REFUSED_BEFORE_SCAN.search(text, max(clause[0], start - REFUSED_REACH), start)):
        # "The opposition called the 3.5% goal unrealistic", "would find it impossible to spend 5%": the figure is
        # refused (attributive or not)
        claim_type = "rejection"
        st = st._replace(claim_type=claim_type)
    if claim_type in ("commitment", "actual", "forecast") and head is None and st.how != "attributive" \
            and REFUSED_AFTER_SCAN.match(text, end, min(sentence.end, end + REFUSED_REACH)):
        # "said committing to 5% of GDP would be 'unreasonable' and 'counterproductive'": the figure is refused
        claim_type = "rejection"
        st = st._replace(claim_type=claim_type)
    if claim_type == "forecast" and head is None and st.cue is not None and NEG_COMMIT.search(text, clause[0], start) \
            and (PRONOUN_SUBJECT.search(text, max(clause[0], st.cue.start - 12), st.cue.start)
                 or _voices.subject_before(ctx, sentence, clause, st.cue) is not None):
        # "Belgium said it could not reach 3.5% before 2035": a state saying it cannot meet a level refuses it (an
        # outcome's "the deficit will not reach 3%" stays a forecast): the commitment refused, which the next step rejects
        claim_type = "commitment"
    if claim_type in ("commitment", "benchmark") and head is None and NEG_COMMIT.search(text, clause[0], start):
        # "would not commit to 5%", "Spain will not raise defence spending to the new NATO goal of 5%": a refusal
        claim_type = "rejection"
        st = st._replace(claim_type=claim_type)
    if statutory:
        claim_type = "benchmark"
        st = st._replace(claim_type=claim_type)
    return claim_type, st


def _restated_or_rule_type(sc: SentenceScope, fig: dict, clause, claim_type, st) -> tuple:
    """A figure restating the previous sentence's claim or another figure of its own takes that claim's type; a debt
    stock acted on is owed (actual); an organisation's goal or rule named by the figure is a benchmark. Also whether
    a fiscal rule's threshold or margin is meant (its type turns once the roles are set)."""
    text, article, sentence, state, ctx, figs, stance_hits = sc.text, sc.article, sc.sentence, sc.state, sc.ctx, sc.figs, sc.stance_hits
    start, end, head = fig["char_start"], fig["end"], fig.get("head")
    if claim_type in ("actual", "forecast") and head is None and st.how != "attributive" and state.get("last_type") \
            and state["last_index"] == sentence.index - 1 and RESTATES_PREVIOUS.match(text, sentence.start, start) \
            and not _stance.FROM_BEFORE_SCAN.search(text, max(sentence.start, start - 40), start) \
            and not _past_level(text, clause, start, end, article.get("published")):
        # "South Korea's cabinet approved a budget of 66.3 trillion won. The figure is equal to about 2.4% of GDP.",
        # "That is an increase of 1.1 points": the previous sentence's claim restated takes its stance (not the level it
        # moves from: "That is up from 2.3% now" states where the figure stands, nor a level of a past year: "That is down
        # from 5.4% this year and 5.8% in 2024")
        claim_type = state["last_type"]
        st = st._replace(claim_type=claim_type)
    if claim_type in ACTED_ON_TYPES and head is None and fig["metric"] in DEBT_STOCKS \
            and (acted := RESCHEDULED_BEFORE_SCAN.search(text, max(clause[0], start - 60), start)) is not None \
            and (claim_type == "commitment" or _done_act(text, acted.start())):
        # "an accord to reschedule 1.8 billion dlrs of commercial bank debt": the debt rescheduled is owed, a stock the
        # accord acts on, not a figure it commits to
        claim_type = "actual"
        st = st._replace(claim_type=claim_type)
    # "parliament exempted defence outlays above 1% of GDP from the debt brake", "so that defence spending above 1%
    # of GDP no longer counts against it", "which the escape clause lets members add ... by up to 1.5% of GDP": a
    # threshold or margin a fiscal rule sets is that rule's benchmark (ANNOTATION: debt-brake limits, the escape
    # clause's margin), not a level spent or planned; the type turns once the roles are set, so the rule stays
    # the state's or body's the clause names (not the speaker's: "..., the Commission projected")
    rule_threshold = claim_type in ("actual", "commitment", "forecast") \
            and ((THRESHOLD_BEFORE.search(text, max(clause[0], start - 30), start)
                  and THRESHOLD_RULE.search(text, sentence.start, sentence.end))
                 or (MARGIN_BEFORE.search(text, max(clause[0], start - 30), start)
                     and MARGIN_RULE.search(text, max(sentence.start, start - 150), start)))
    rule = _organisations_rule(ctx, sentence, start, end, stance_hits) \
        if head is None and claim_type in ("forecast", "actual") else None
    if rule is not None:
        # "That would put Berlin at the alliance's 3.5% core defence goal", "Rome's deficit will fall below the EU's
        # 3% ceiling": the figure names an organisation's goal or rule, whatever the sentence forecasts about it
        claim_type = "benchmark"
        st = _stance.Stance("benchmark", rule, "attributive")
    restated = _restated(text, fig, figs) if head is None else None
    if restated is not None and restated["claim"]["claim_type"] != claim_type:
        # "a target of 1.20 billion punts, which is 6.9 pct of GNP", "a package of 6,000 billion yen, including 1,000
        # billion in tax cuts": the same figure in other terms, or a part of it, shares its stance
        claim_type = restated["claim"]["claim_type"]
        st = st._replace(claim_type=claim_type)
    return claim_type, st, rule_threshold


def _figure_roles(sc: SentenceScope, fig: dict, clause, st) -> tuple:
    """The actor and target the roles find for the figure (actors._assign_roles), no target for a world's or
    region's figure."""
    text, sentence, ctx, stance_hits = sc.text, sc.sentence, sc.ctx, sc.stance_hits
    actor, target = _assign_roles(ctx, sentence, clause, fig, st, stance_hits)
    cue = fig["metric_cue"]
    if cue is not None and cue.start > sentence.start and (GLOBAL_BEFORE_SCAN.search(text, max(sentence.start, cue.start - 25), cue.start)
                                                           or _region_owner().search(text, max(sentence.start, cue.start - 60), cue.start)):
        # "global public debt", "world military spending", "Latin America's 380 billion dlr foreign debt", "Africa's debt
        # service": no one state's or body's figure
        target = None
    return actor, target


def _compared_target_type(sc: SentenceScope, fig: dict, claim_type, st) -> str:
    """An organisation's target a level is compared with is its standing benchmark, not the compared state's pledge."""
    sentence, ctx = sc.sentence, sc.ctx
    start, head = fig["char_start"], fig.get("head")
    if head is not None and claim_type == "commitment" and st.how == "attributive" and st.cue.entry["pos"] == "N" \
            and _organisations.org_owner(ctx, sentence, st.cue, start):
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
        else _relative_agent(ctx, sentence, (start, end), stance_hits)  # "above the 3.32% Lai has proposed"
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
    owner_only = (claim_type == "actual" or claim_type == "forecast" and actor is not None and _names_owner_only(ctx, actor)) \
        and (_owner_not_reporter(ctx, sentence, actor, target_code, (start, end))
             or (claim_type == "actual" and _owner_of_listed_level(ctx, sentence, actor, target_code, (start, end), out))) \
        and not (actor is not None and _voices.noun_cue_owner(ctx, sentence, st.cue) == actor)  # "official U.S. estimates of"
    lead = _lead_report(ctx, sentence, target_code) if owner_only else None
    if lead is not None:
        # "..., Eurostat said. Romania ran the largest deficit, at 9.3%": the state whose level it is does not
        # report it; the organisation whose report the article relays does; so for a forecast of a state's
        # figure named only as its owner ("Italy's deficit will narrow to 3.3%", not "Italy expects ...")
        actor_code, actor_text = lead.code, lead.surface
    elif owner_only and _roles.is_possessive(ctx, actor) and _reported_by_no_one(ctx, state, sentence, stance_hits):
        # "Norway's budget surplus widened to 40 billion crowns" and no one in the article reports it: the
        # owner named as the possessor is no reporter, and ANNOTATION.md gives such a level a null actor (a
        # state acting on its own figure, "Canada raised its contribution to 120 mln dlrs", keeps the state)
        actor_code, actor_text = None, None
    return actor_code, actor_text, target_code, target_text


def _organisation_target(sc: SentenceScope, fig: dict, clause, claim_type, st, actor_code, actor_text) -> tuple:
    """An organisation's target ("NATO's old 2% target") is its standing benchmark, unless a member signs up to it."""
    text, sentence, ctx, stance_hits = sc.text, sc.sentence, sc.ctx, sc.stance_hits
    start = fig["char_start"]
    if claim_type == "commitment" and st.how == "attributive" and _organisations.org_owner(ctx, sentence, st.cue, start) \
            and not _signs_up(text, clause, st.cue, stance_hits):
        claim_type = "benchmark"  # "NATO's old 2% target", "the United Nations target of 0.7%"
        owner = _organisations.target_owner(ctx, sentence, clause, st.cue)
        if owner is not None:
            # "Germany only reached NATO's old 2% target": the standing rule is the organisation's; the member
            # said to reach it stays the target
            actor_code, actor_text = owner.code, owner.surface
    return claim_type, actor_code, actor_text


def _demand_roles(sc: SentenceScope, fig: dict, clause, claim_type, st, actor_code, actor_text, target_code,
                  target_text) -> tuple:
    """Who presses whom: an obligation no one else is asked commits; "they should" is asked by the speaker; a state's
    own need or duty is its plan; a passive demand's agent presses its subject; a level asked of the story's state or
    of an uncoded group has that target; pressing no one else proposes or commits."""
    text, sentence, state, ctx, stance_hits = sc.text, sc.sentence, sc.state, sc.ctx, sc.stance_hits
    if claim_type == "demand" and st.cue is not None and text[st.cue.start:st.cue.end].lower() in SELF_OBLIGATION \
            and _voices.modal_subject(ctx, sentence, clause, st.cue) is None \
            and not OTHERS_PRONOUN.search(text, max(clause[0], st.cue.start - 16), st.cue.start):
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
                 or (_reported_by(ctx, sentence, target_code, _voices.modal_subject(ctx, sentence, clause, st.cue))
                     and _pressed_group(ctx, sentence, clause, st.cue) is None)) \
            and not _uncoded_or_credited(ctx, state, sentence) \
            and not OPPOSITION.search(text, sentence.start, st.cue.start):
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
        agent = _agent_after(ctx, sentence, st.cue)
        if pressed is not None and pressed.code:
            target_code, target_text = pressed.code, pressed.surface
        actor_code, actor_text = (agent.code, agent.surface) if agent is not None else (None, None)
    elif claim_type in ("demand", "proposal") and st.cue is not None and actor_code == target_code \
            and text[st.cue.start:st.cue.end].lower() in ASKED_OF_OTHERS and _entities.is_state(actor_code) \
            and _entities.is_state(ctx.home()) and ctx.home() != actor_code:
        # "a level of 3 per cent that American officials had floated", "raised its demand from a previously
        # requested 3%" in a story about Japan: a level asked of the story's state, not the asker's own
        target_code, target_text = ctx.home(), None
    elif claim_type == "demand" and st.cue is not None and actor_code is not None and actor_code == target_code \
            and _pressed_group(ctx, sentence, clause, st.cue) is not None:
        # "Hegseth said Asian allies should spend 5% of GDP": a group no code covers is pressed, not the speaker's
        # own state (the story's state when it is another, else no one named)
        home = ctx.home()
        target_code, target_text = (home, None) if _entities.is_state(home) and home != actor_code else (None, None)
    elif claim_type == "demand" and actor_code is not None and actor_code == target_code \
            and (actor_code not in _entities.ORGANISATION_CODES
                 or (st.cue is not None and fig["metric"] in OWN_BUDGET_METRICS
                     and text[st.cue.start:st.cue.end].lower() in OWN_WISH)) \
            and not (st.cue is not None and OPPOSITION.search(text, clause[0], st.cue.start)):
        # (an organisation calling on its members demands; so does an opposition pressing its own government:
        # "Opposition lawmakers called for defence spending of 5% of GDP")
        # pressing no one else: "the House calls for 57 billion" proposes, "spending must be cut" commits
        # ("Domanski said he wanted it below 3% by 2028": a government's wish for its own figure is its aim, outside a
        # legislature's fight)
        claim_type = "commitment" if st.cue is not None and st.cue.entry["pos"] == "V" \
            and (text[st.cue.start:st.cue.end].lower() in SELF_OBLIGATION
                 or (text[st.cue.start:st.cue.end].lower() in OWN_WISH and not _legislative(text, state)
                     and actor_code not in _entities.ORGANISATION_CODES
                     and not PARTY_SUBJECT.search(text, clause[0], st.cue.start))) else "proposal"
        if claim_type == "proposal" and st.cue.entry["pos"] == "V" and DOC_CALLS.match(text, st.cue.start):
            # "the budget, to be sent to parliament next month, calls for spending of 243 billion baht"
            claim_type = _document_content(text, clause, st.cue.start, state)
    return claim_type, actor_code, actor_text, target_code, target_text


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
        orgs = _near_orgs(ctx, sentence, [o for o in ctx.orgs() if o in _estimating_orgs()])  # (not a meeting's host: "GATT talks")
        said = _passive_forecast_reporter(ctx, sentence, target_code) if who is None else None
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
            and not (claim_type == "benchmark" and _names_uncoded_speaker(ctx, state, sentence)):
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
        lead = _lead_report(ctx, sentence, target_code) if claim_type in REPORTED_TYPES else None
        agent = _opening_organisation(ctx, sentence, start)
        if earlier is not None and earlier.code in _observers():
            actor_code, actor_text = earlier.code, earlier.surface
        elif lead is not None:
            actor_code, actor_text = lead.code, lead.surface
        elif agent is not None:
            # "The World Bank last month granted Indonesia a 300 mln dlr loan", "The Commission, facing a five
            # billion Ecu budget deficit, has threatened ...": the organisation the sentence opens with as its
            # subject grants, sets or faces the figure; the state is at most its object, never its speaker
            # (a state the sentence does not name, taken from the story, owns none of it either)
            actor_code, actor_text = agent.code, agent.surface
            if not _names_owner(ctx, sentence, target_code):
                target_code, target_text = agent.code, agent.surface
        elif claim_type in REPORTED_TYPES and not _names_owner(ctx, sentence, target_code) \
                and _reported_by_no_one(ctx, state, sentence, stance_hits):
            # "Outlays came to 90 billion crowns" with no ministry, office, official or pronoun for one in
            # the sentence, no coded speaker before it and no body relayed by the lead: ANNOTATION.md gives
            # a level its reporter, null when none is named (a sentence continuing "..., the finance ministry
            # said" keeps the state through the speaker look-back)
            actor_code, actor_text = None, None
        else:
            actor_code, actor_text = target_code, target_text
    return actor_code, actor_text, target_code, target_text


def _author_or_giver(sc: SentenceScope, fig: dict, clause, claim_type, actor, actor_code, actor_text, target_code) -> tuple:
    """A plan's figure is its author's; an aid sum is its donor's (no one's when the givers are uncoded); a tariff is
    set by another state than its payer."""
    text, sentence, ctx = sc.text, sc.sentence, sc.ctx
    start, head = fig["char_start"], fig.get("head")
    author = _document_author(ctx, sentence, start) \
        if actor_code is None and head is None and claim_type in AUTHORED_TYPES else None
    if author is not None:
        # "The plan, drafted by the Budget committee, calls for 22 billion dlrs", "The budget cut defense by eight billion
        # dlrs", "His proposals would double aid to $100bn": a plan's figure is its author's
        actor_code, actor_text = author
    # (the owner named right after the sum is asked of any sum: it holds its own aid word, "50 mln dlrs in U.S. military aid")
    from_giver = FROM_GIVER.match(text, fig["end"], clause[1]) if head is None else None  # asked by both below
    aid_sum = head is None and _aid_sum(ctx, clause, fig, from_giver)
    donor = (_aid_donor_after(ctx, sentence, fig) if head is None else None) \
        or (_aid_source_after(ctx, sentence, from_giver) if aid_sum else None)
    if donor is not None and donor.code != target_code:
        # "Panama is due to receive 28.5 mln dlrs in U.S. aid", "Ukraine will receive 20 billion dollars from the
        # United States": the state or body whose aid it is gives it
        actor_code, actor_text = donor.code, donor.surface
    elif aid_sum and actor is None and actor_code is not None \
            and actor_code == target_code and _unnamed_givers(ctx, sentence, start):
        # "Donors pledged 5 billion euros for Ukraine", "Aid donors to Indonesia pledged 3.15 billion dlrs to Jakarta":
        # no speaker found, the state the sum goes to is no giver; the givers named are no one the contract codes
        actor_code, actor_text = None, None
    if fig["metric"] == "tariff_rate" and head is None and actor_code is not None and claim_type in ("actual", "commitment") \
            and _pays(ctx, sentence, actor_code, start,
                      actor if actor is not None and actor.code == actor_code and actor.kind not in ("pronoun", "state_pronoun") else None):
        # "Canadian and Mexican companies must pay a 25 percent tariff", "for China it is 34 percent": the payer
        # does not set the tariff; the setter is another state of the sentence, if named
        other = [e for e in ctx.entities(sentence) if e.code and e.code != actor_code and _entities.is_state(e.code)
                 and not _pays(ctx, sentence, e.code, start)]
        actor_code, actor_text = (other[0].code, other[0].surface) if other else (None, None)
    return actor_code, actor_text


def _estimator_roles(sc: SentenceScope, fig: dict, st, estimated: bool, actor_code, actor_text) -> tuple:
    """An estimated level is its estimator's: the verb's subject, else the estimating organisation near it."""
    sentence, ctx = sc.sentence, sc.ctx
    head = fig.get("head")
    estimator = _estimator(ctx, sentence, st.cue) if estimated and head is None else None
    if estimator is not None:
        # "It estimated last year's deficit at 2.8% of GDP": the subject of the verb estimates it
        actor_code, actor_text = estimator.code, estimator.surface
    elif estimated and head is None and _voices.speaker(ctx, sentence, st.cue.start) is None:
        # "Spain, which spent an estimated 1.28% of GDP": the estimate is the report's body's (NATO's), if any
        orgs = _near_orgs(ctx, sentence, [o for o in ctx.orgs() if (fig["metric"] != "defense_spending" or o == "NATO")
                                          and o in _estimating_orgs()])
        actor_code, actor_text = (orgs[0], None) if orgs else (None, None)
    return actor_code, actor_text


def _uncoded_voices(sc: SentenceScope, fig: dict, claim_type, st, plan_content: bool, actor, actor_code, actor_text,
                    target_code) -> tuple:
    """Figures that economists, banks, institutes, firms or the press speak for have no coded actor (the contract codes
    none of them); an economist cannot pledge a state's figure, so a commitment turns forecast."""
    text, sentences, sentence, state, ctx, outlets, unknown_speakers = sc.text, sc.sentences, sc.sentence, sc.state, sc.ctx, sc.outlets, sc.unknown_speakers
    start, end, head = fig["char_start"], fig["end"], fig.get("head")
    if actor_code is not None and claim_type in ("forecast", "actual", "commitment") \
            and (unknown_speakers or _firm_reported(state, ctx, sentences, sentence) or _in_sentence(state, _uncoded_body(), text, sentence)) \
            and not _coded_act_inside(ctx, sentence, actor, actor_code, st, start) \
            and (_in_sentence(state, UNKNOWN_SPEAKER_SCAN, text, sentence, start) or _in_sentence(state, INSTITUTE_SPEAKER_SCAN, text, sentence, start)
                 or _in_sentence(state, _uncoded_body(), text, sentence, start)
                 or _firm_reported(state, ctx, sentences, sentence) or _reported_after(state, text, sentence, end)
                 or (_rating_article(state, text) and _in_sentence(state, RATING_SPEAKER, text, sentence, start))):
        # "analysts saying the deficit could end up $100bn", "Bankers forecast": no one the contract codes
        actor_code, actor_text = None, None
        if claim_type == "commitment" and st.how != "attributive" and not plan_content:
            # an economist cannot pledge a state's figure: what they expect of it (a plan's content they relate stays)
            claim_type = "forecast"
    elif actor_code is not None and _voices_nothing(ctx, sentence, actor, actor_code, actor_text, target_code, claim_type) \
            and not _owners_own_figure(ctx, sentence, st, start, actor_code) \
            and _uncoded_voice(state, ctx, sentences, sentence):
        # a level or forecast named by no coded speaker of its own sentence ("The budget deficit is forecast to be
        # 2.8 billion", "he forecast") that goes on with an institute's, a bank's or economists' report: theirs, and
        # the contract codes none of them (not the state it is about)
        actor_code, actor_text = None, None
    elif actor_code is not None and head is None and claim_type in PRESS_RELAYED_TYPES \
            and _press_reported(ctx, state, sentence, outlets):
        # "Germany's defence spending will reach 2% of GDP by 2027, the report said", "The deficit will rise to 6.5%,
        # news agency PAP reported": a newspaper or an unnamed report is the sentence's only speaker and no coded voice
        # (ministry, official, government, organisation) acts in it; the state named only as the figure's owner or
        # subject neither states nor pledges it, and the contract codes the medium as no one (its stance stays:
        # what the report relays is still the state's plan or an expected level)
        actor_code, actor_text = None, None
    return claim_type, actor_code, actor_text


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
    return actor_code, actor_text, target_code, target_text


def _deferred_types(sc: SentenceScope, claim_type, st, rule_threshold: bool, aid_request: bool, actor_code, actor_text) -> tuple:
    """The type turns decided before the roles and applied after them: a fiscal rule's threshold is a benchmark; a
    recipient's aid request demands, by the requester named before it."""
    sentence, ctx = sc.sentence, sc.ctx
    if rule_threshold and claim_type in ("actual", "commitment", "forecast"):
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


REFUSED_OBJECT_REACH = 4  # words from a refusing verb to the possessed figure it takes as object


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
BEING_REACH = 80  # chars before the figure searched for "is being cut to" (only where "being" stands)
# the lines of a budget a story presenting it states: spending, defence, aid, revenue, the deficit and its borrowing
BUDGET_LINES = frozenset({"public_spending", "defense_spending", "development_aid", "tax_revenue", "fiscal_deficit"})
# the rest of the figure's sentence sets it against a figure of the year before ("..., 10.7 pct of GNP, compared with
# 2.145 billion punts or 13.0 pct of GNP last year")
BASE_LAST_YEAR = regex.compile(r"(?:[^.;]|\.(?=\d)){0,60}?\bcompared\s+(?:with|to)\s+(?:[^.;]|\.(?=\d)){0,80}?\b(?:last\s+year|the\s+previous\s+year|a\s+year\s+(?:earlier|ago)|"
                               r"the\s+year\s+before)\b", regex.IGNORECASE)


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


IN_TOPIC_REACH = 1  # sentences after a claim on a state's finances in which "revenues" are still the state's


# a purpose infinitive of reaching right before an organisation's target ("a plan worth EUR10.471bn to reach NATO's 2% target"),
# or a reaching verb coordinated with the pledge ("would bring forward its pledge and reach NATO's 2% target")
TO_REACH_BEFORE = regex.compile(r"\b(?:to|and)\s+(?:reach|meet|hit|achieve|fulfil|fulfill)\s+(?:\S+\s+){0,3}$", regex.IGNORECASE)


def _signs_up(text: str, clause, cue, stance_hits) -> bool:
    """Whether a member signs up to an organisation's target ("Meloni signed up to the alliance's new target of 5%"), or
    commits to a plan to reach it ("the government approved a plan worth EUR10.471bn to reach NATO's 2% target"): the
    member's commitment, not the organisation's standing rule."""
    outer = _stance.governing(text, clause, cue.start, stance_hits)
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


@functools.lru_cache(maxsize=1)
def _noun_homographs() -> tuple[frozenset, "regex.Pattern"]:
    """The stance verbs that are also nouns and the pattern of a word before one that makes it the noun
    (noun_homographs.csv)."""
    rows = read_rows("noun_homographs.csv")
    before = "|".join(sorted((regex.escape(r["word"]) for r in rows if r["kind"] == "before"), key=len, reverse=True))
    return frozenset(r["word"] for r in rows if r["kind"] == "verb"), regex.compile(rf"\b(?:{before})\s+$", regex.IGNORECASE)


NOUN_BEFORE_CHARS = 25  # characters looked back from a homograph for the word that makes it a noun


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


def _active_need(text: str, floor: int, hit) -> bool:
    """Whether a "needed" hit is a subject's own past need ("Sweden needed to borrow"), not a passive need."""
    return text[hit.start:hit.end].lower() == "needed" and NEEDED_TO.match(text, hit.end) is not None \
        and PASSIVE_NEED.search(text, max(floor, hit.start - 20), hit.start) is None


def _noun_homograph(text: str, floor: int, hit) -> bool:
    """Whether a stance verb hit is the noun it is spelt like ("energy project debt", "infrastructure projects")."""
    if hit.entry["pos"] != "V":
        return False
    verbs, before = _noun_homographs()
    return text[hit.start:hit.end].lower() in verbs and before.search(text, max(floor, hit.start - NOUN_BEFORE_CHARS), hit.start) is not None


# a count of a plan's items: "a five-point plan on debt relief, trade and aid", "a 12-point programme" (not a move: "a two-point
# cut in VAT")
COUNTED_ITEMS = re.compile(r"\s+(?:plan|programme|program|agenda|strategy|package|proposal|list|charter|declaration|manifesto|"
                           r"platform|memorandum|scheme|blueprint|framework|peace\s+plan|reform\s+plan)s?\b", re.IGNORECASE)
HYPHEN_POINT = re.compile(r"[-‐–]points?$", re.IGNORECASE)


def counted_items(text: str, m: dict) -> bool:
    """A "five-point plan": the number of the plan's points, no percentage-point move."""
    return m.get("unit") == "percentage_points" and HYPHEN_POINT.search(text, m["char_start"], m["char_end"]) is not None \
        and COUNTED_ITEMS.match(text, m["char_end"]) is not None


def _complement_participle(text: str, cue, fig_start: int) -> bool:
    """A participle that takes its figure as a complement ("capped at 1%", "put at 3%"), a verb of the clause, as
    opposed to one qualifying the figure right after it ("a previously suggested 3%")."""
    return cue.entry["pos"] == "A" and not _stance.ATTR_PRE_GAP.fullmatch(text, cue.end, fig_start)


def _told_to_hits(text: str, sentence, hits: list) -> list:
    """The stance hits of a sentence with a demand cue added on each "told <someone> to <verb>" (a phrase the cue
    lists cannot hold: the object stands between the verb and its infinitive)."""
    extra = [_stance.Hit(m.start(), m.start() + len(m.group(0).split()[0]), TOLD_TO_ENTRY)
             for m in TOLD_TO.finditer(text, sentence.start, sentence.end)]
    if not extra:
        return hits
    return sorted(hits + extra, key=lambda h: (h.start, h.end))


# every regex pattern above runs as its standard-re twin on ASCII text (lexicon.AsciiTwin: the same matches, less CPU)
from .lexicon import ascii_twins as _ascii_twins  # noqa: E402  (after the patterns it replaces)

_ascii_twins(globals())
