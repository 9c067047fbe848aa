"""A figure's stance and claim_type: ``figure_stance``, then the type steps ``claim.figure_claim`` runs in order, a
later one overruling an earlier one (the order is the rules' precedence).

``figure_stance``: the stance the figure's own words give it and the one it takes (a level it moves from, stands at
or is possessed is an actual compared one; a stronger verb governing the qualified noun, a relative clause on it or a
participle going on with the clause before wins over the nearest cue). ``tense_type``: a future decides an
instrument (commitment) or foresees an outcome (forecast); a present level of a later year is foreseen; an estimate of
a past year is a level reached. ``credited_forecast_type``: a future credited to a forecaster after it.
``level_or_plan_type``: levels reached beside a forecast, and what a government decides rather than foresees (an act
under way, its own aid, tax or tariff, a plan's or budget's contents, the goal an act serves, a budget line set
against last year's, a list item under its heading). ``demand_or_rule_type``: what a demand or proposal verb really
does (evidence suggesting a level, "should" of an outcome, expecting others to act, a payer, a standing rule, a
document). ``plan_proposal_type``: plans not enacted propose, a plan's effect is a forecast, a tally of members is
foreseen, a target a level is measured against is a benchmark. ``refusal_type``: statutory targets, figures judged
out of the question, commitments denied. ``restated_or_rule_type``: a sentence restating the one before, a debt
acted on, a fiscal rule's threshold or margin, an organisation's rule, a figure restated in other terms. Kept apart
from the roles (``claim``): these steps read the words around the figure; who is named comes after them.
"""
from __future__ import annotations

import regex

from . import lexicon as _lexicon
from .lexicon import count_words
from . import modality as _modality
from . import roles as _roles, entities as _entities, voices as _voices
from . import stance as _stance
from .speakers import _in_sentence, _uncoded_or_credited, _credited_org
from .levels import (
    PAST_PERIOD, AFTER_PRIOR, _own_date, _own_stretch, _forecast_figure, _names_past_year, _past_level, _restated,
    CHANGE_IN_BEFORE_SCAN, _changed_level, _later_before,
)
from .plans import (
    RULE_TARGET, BUDGET_PLAN, _party_plan_noun, _package_figure, _own_plan_reported, LEVEL_CUES, _own_plan_projected,
    PROPOSED_FRAME, _plan_frame, _state_sets_level, _budget_story, _budget_plan_level, _participle_continues,
    _purpose_of, _statutory_target, _under_law, _document_content, _legislative, list_header_type,
)
from .actors import _forecast_after, _organisations_rule, _has_forecaster
from .figures import DEBT_STOCKS
from .scope import SentenceScope


PRESENT_COPULA = frozenset({"is", "are"})
# present-tense levels that speak of the year the previous sentences name ("Next year, ... The state spends 89 billion")
PRESENT_LEVEL = PRESENT_COPULA | {"spends", "spend", "receives", "collects", "totals"}
# "cut the corporate tax, now between 45 and 48 pct,": an aside stating where a level stands today, whatever the verb
NOW_LEVEL = regex.compile(r"[,(]\s*(?:now|currently|at\s+present|presently)\s+(?:at\s+|standing\s+at\s+)?"
                       r"(?:(?:about|around|roughly|some|nearly|almost|just|over|under)\s+)?$", regex.IGNORECASE)
NOW_LEVEL_SCAN = _lexicon.Guarded(NOW_LEVEL, ("now", "currently", "present"))  # (searched only where one of its words stands)
PAST_MARK = regex.compile(r"\b(?:was|were|had|has\s+been|have\s+been|rose|fell|stood|totalled|totaled|reached|grew|dropped|"
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
                                        and _stance.POSSESSED_OF_SCAN.search(text, max(sentence.start, start - POSSESSED_OF_REACH), start)
                                        and not _refuses_object(text, st, start))
                                    or _changed_level(text, sentence, fig, figs)
                                    or CHANGE_IN_BEFORE_SCAN.search(text, max(sentence.start, start - 40), start)):
        st = _stance.Stance("actual", None, "compared")
    elif head is not None and st.how != "attributive":
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


def credited_forecast_type(sc: SentenceScope, fig: dict, clause, claim_type, st) -> tuple:
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


def level_or_plan_type(sc: SentenceScope, fig: dict, clause, claim_type, st) -> tuple:
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


def plan_proposal_type(sc: SentenceScope, fig: dict, clause, claim_type, st, conditional: bool) -> tuple:
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


def refusal_type(sc: SentenceScope, fig: dict, clause, claim_type, st0, st) -> tuple:
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


def restated_or_rule_type(sc: SentenceScope, fig: dict, clause, claim_type, st) -> tuple:
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


def _complement_participle(text: str, cue, fig_start: int) -> bool:
    """A participle that takes its figure as a complement ("capped at 1%", "put at 3%"), a verb of the clause, as
    opposed to one qualifying the figure right after it ("a previously suggested 3%")."""
    return cue.entry["pos"] == "A" and not _stance.ATTR_PRE_GAP.fullmatch(text, cue.end, fig_start)


# every regex pattern above runs as its standard-re twin on ASCII text (lexicon.AsciiTwin: the same matches, less CPU)
from .lexicon import ascii_twins as _ascii_twins  # noqa: E402  (after the patterns it replaces)

_ascii_twins(globals())
