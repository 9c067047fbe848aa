"""Refusals, statutes, standing rules and restatements: the last claim_type steps (after ``claimtype``'s and
``plantype``'s), which make a figure a rejection or a benchmark, or give it the type of the claim it restates.

``refusal_type``: statutory targets, figures judged out of the question ("unrealistic", "impossible to reach"),
commitments denied ("would not commit to 5%"). ``restated_or_rule_type``: a sentence restating the one before, a debt
acted on (rescheduled, suspended: owed, not committed), a fiscal rule's threshold or margin, an organisation's rule, a
figure restated in other terms. Last because they overrule what the steps before decided: a statute's target stays its
benchmark whatever the sentence doubts, a refused figure is rejected whoever put it forward, and a restated figure
takes its claim's type whatever its own words say. ``anchored_type``, the very last: a figure whose own words put it
now or in the past (the level a change starts from, "now between 45 and 48 pct", "compares with a 1985/86 shortfall
of") is a level reached, whatever verb set the sentence's stance (``anchor.reached_level``).
"""
from __future__ import annotations

import regex

from . import lexicon as _lexicon
from . import voices as _voices
from . import stance as _stance
from . import refusals as _refusals
from .levels import past_level, restated_figure
from .anchor import reached_level
from .plans import statutory_target, under_law
from .actors import organisations_rule
from .figures import DEBT_STOCKS
from .scope import SentenceScope


LAW_TYPES = frozenset({"demand", "forecast", "commitment", "proposal"})

# "would not commit to", "does not plan to raise", "has no plans to raise", "has no intention of raising"
# (not a level missed in the past: "Spain, which did not meet the 2% target last year" fell short of a benchmark, it refused
# nothing; "did not commit to 5%" still refuses)
NEG_COMMIT = regex.compile(r"\b(?:(?:will|would|does|do|can|could|shall|is|are)\s*(?:not|n['’]t|never)\s+(?:\w+\s+){0,3}?"
                        r"|did\s*(?:not|n['’]t|never)\s+(?!(?:\w+\s+){0,3}?(?:meet|reach|hit|achieve|fulfil|match)\w*\b)(?:\w+\s+){0,3}?"
                        r"|(?:has|have|had)\s+no\s+(?:\w+\s+)?(?:plans?|intention|intentions)\s+(?:to|of)\s+"
                        # "was not prepared to raise", "were not willing to spend" (the past of "is not ready to")
                        r"|(?:was|were)\s*(?:not|n['’]t|never)\s+(?:ready|prepared|willing)\s+to\s+"
                        # "Babis has not committed to 3.5% by 2035", "Rome has never signed up to 5%": a pledge not given
                        # (only pledge verbs: "has not reached 2%" is a level missed, not a refusal)
                        r"|(?:has|have|had)\s*(?:not|n['’]t|never)\s+(?:yet\s+|so\s+far\s+|formally\s+|publicly\s+|explicitly\s+){0,2}"
                        r"(?=(?:committ|signed\s+up|agreed|accepted|endorsed|embraced|pledged))"
                        # "Spain has yet to commit to 3.5% of GDP", "Rome is yet to sign up to 5%": a pledge not given yet
                        # (only pledge verbs: "has yet to reach 2%" is a level not reached)
                        r"|(?:has|have|had|is|are|was|were)\s+yet\s+to\s+(?:formally\s+|publicly\s+|explicitly\s+)?"
                        r"(?=(?:commit|sign\s+up|agree|accept|endorse|embrace|pledge)\b))"
                        r"(?:commit|raise|increase|spend|reach|accept|sign\w*\s+up|agree|lift|boost|go|meet|fulfil|hit|achieve|adopt|embrace|endorse|match|pledge)\w*\b"
                        r"(?!\s+(?:beyond|above|further|past))"
                        # "has not committed to 3.5% by 2035, nor to the alliance's further 1.5%": "nor" carries the refusal on
                        r"(?:[^,;]{0,80},\s*nor\s+)?[^,;]{0,80}$", regex.IGNORECASE)
# "Madrid is not considering a rise to 3.5% of GDP", "was not weighing a defence fund of 10 billion euros", "is not planning
# a rise to 3.5%": an option its subject says it is not weighing is refused, not floated or planned
NEG_CONSIDER = regex.compile(r"\b(?:is|are|was|were|has\s+been|have\s+been|had\s+been)\s*(?:not|n['’]t|never)\s+(?:\w+ly\s+|even\s+)?"
                             r"(?:considering|weighing|studying|mulling|contemplating|planning|discussing|examining)\b[^,;]{0,80}$",
                             regex.IGNORECASE)
NEG_CONSIDER_SCAN = _lexicon.Guarded(NEG_CONSIDER, ("not", "n't", "n’t", "never"))
# "Spain does not support raising defence spending to 5 percent of GDP" (a translated "ei kannata"): the act on the figure,
# as a gerund, refused by a verb of backing negated; a level reached, commitment or forecast so read is its rejection
NOT_BACKED = regex.compile(r"\b(?:does|do|did|will|would|can|could)\s*(?:not|n['’]t)\s+(?:support|back|favou?r|accept|approve|endorse)\s+"
                           r"(?:[\w'’-]+\s+){0,2}?(?:raising|increasing|lifting|boosting|spending|reaching|cutting|lowering|reducing|"
                           r"hiking|setting|doubling)\b[^,;]{0,80}$", regex.IGNORECASE)
NOT_BACKED_SCAN = _lexicon.Guarded(NOT_BACKED, ("not", "n't", "n’t"))
# "Finland supports raising defence spending to 3.5% of GDP", "the coalition backs lifting the tax to 25%": the same act
# backed, not negated (NOT_BACKED decides first): a figure the rules read as a level reached is the backer's aim
BACKED = regex.compile(r"\b(?:support(?:s|ed)?|back(?:s|ed)?|favou?r(?:s|ed)?|endorse[sd]?)\s+"
                       r"(?:[\w'’-]+\s+){0,2}?(?:raising|increasing|lifting|boosting|reaching|cutting|lowering|reducing|"
                       r"hiking|doubling)\b[^,;]{0,80}$", regex.IGNORECASE)
BACKED_SCAN = _lexicon.Guarded(BACKED, ("support", "back", "favo", "endors"))
# "Copenhagen backed NATO's new 5% goal", "Oslo supports the alliance's 3.5% target": a state backing the alliance's goal signs
# up to it (ANNOTATION, modern33: a commitment), no proposal of its own
BACKED_GOAL = regex.compile(r"\b(?:support(?:s|ed)?|back(?:s|ed)?|endorse[sd]?|embrace[sd]?)\s+(?:[\w'’-]+\s+){0,5}?$", regex.IGNORECASE)
BACKED_GOAL_SCAN = _lexicon.Guarded(BACKED_GOAL, ("support", "back", "endors", "embrac"))
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
JUDGED_BEFORE = regex.compile(r"\b(?:called|calls|call|calling|deemed|deems|branded|brands|labelled|labeled)\s+(?:[\w'’-]+\s+){0,3}$"
                              # "dismissed the idea of a 3.5% target as unrealistic" (ctype21: the dismissed object may be a
                              # proposal or a demand; the speaker refuses it)
                              r"|\b(?:dismissed|dismisses|dismissing)\s+(?:[\w'’-]+\s+){0,4}$",
                              regex.IGNORECASE)
JUDGED_BEFORE_SCAN = _lexicon.Guarded(JUDGED_BEFORE, ("call", "deem", "brand", "label", "dismiss"))  # (searched only where its verbs stand)
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
                                  # (not an outturn set against it: "It was in fact lower, at 3.3 billion"; nor a verb of its own in the
                                  # progressive: "It is projecting a deficit of 2.2 billion", "It is seeking 3 billion"; nor a level it is set
                                  # against: "The rise was also slightly below the 3.3 pct growth rate the minister predicted", "It was above
                                  # the 2 pct forecast in the budget": that level is the forecast's own, session 27)
                                  r"(?!why\b|because\b|how\b|what\b|not\b|where\b|when\b|in\s+fact\b|actually\b|instead\b|lower\b|higher\b|smaller\b|larger\b|(?-i:[a-z]{2,}ing)\b"
                                  r"|(?:(?:also|still|again|only|just|well|far|slightly|somewhat|marginally)\s+){0,2}(?:below|above|short\s+of|shy\s+of)\b)",
                                  regex.IGNORECASE)

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


PRONOUN_SUBJECT = regex.compile(r"\b(?:it|we|they|he|she|I)\s+$")

# a threshold above which a fiscal rule exempts spending: "outlays above 1% of GDP", "spending in excess of 1.5%"
THRESHOLD_BEFORE = regex.compile(r"\b(?:spending|outlays|expenditures?|costs|borrowing|deficits?)\s+(?:above|over|beyond|exceeding|in\s+excess\s+of)\s+$",
                                 regex.IGNORECASE)
THRESHOLD_RULE = regex.compile(r"\b(?:debt\s+brake|escape\s+clause|exempt\w*|counts?\s+against|deficit\s+rules?|fiscal\s+rules?)\b",
                               regex.IGNORECASE)
# a margin a rule lets members add: "lets member states add ... by up to 1.5% of GDP"
MARGIN_BEFORE = regex.compile(r"\bup\s+to\s+$", regex.IGNORECASE)
MARGIN_RULE = regex.compile(r"\b(?:escape\s+clause|debt\s+brake|fiscal\s+rules?|deficit\s+rules?)\b[^;.]{0,80}?\b(?:lets|allows|permits)\b",
                            regex.IGNORECASE)


# another's stance qualifying the figure after it (a participle with its agent, a relative clause: "the 10% figure floated
# by Trump", "the 3.5% sought by Washington"): what the clause's subject does with it decides the claim (ANNOTATION.md:
# "a refused figure is rejected whoever put it forward")
OTHERS_QUALIFIER_TYPES = frozenset({"proposal", "demand"})


def _others_qualified(st, claim_type: str, end: int) -> bool:
    """Whether the figure's type is a proposal or demand read from a qualifier after it (another's stance on it)."""
    return claim_type in OTHERS_QUALIFIER_TYPES and st.how == "attributive" and st.cue is not None and st.cue.start >= end


# a figure set against another figure of its clause that a future commits to ("will spend 2.1% of GDP on defence, not 5%",
# "rather than 5%", "instead of the 5% target"): the level refused (contrast_words.csv; "not" only after a comma)
_CONTRAST = [w for w in _lexicon.listed_words("contrast_words.csv") if w.lower() != "not"]
CONTRASTED = regex.compile(r"(?:,\s*not|\b(?:" + _lexicon.words_alternation(_CONTRAST) + r"))\s+(?:the\s+|a\s+)?"
                           r"(?:(?:proposed|planned|alliance['’]s|NATO['’]s|new)\s+)?(?:about\s+|around\s+)?[$€£]?$",
                           regex.IGNORECASE)
CONTRASTED_TYPES = frozenset({"commitment", "benchmark", "actual"})
# the committing future of the figure before: "will spend", "would spend", "plans to spend" and a figure after it
COMMITTED_BEFORE = regex.compile(r"\b(?:will|would|shall|plans?\s+to|intends?\s+to|aims?\s+to|is\s+going\s+to)\s+"
                                 r"(?:(?:\w+ly|only|also|still)\s+)?(?:spend|allocate|reach|raise|lift|increase|boost|"
                                 r"commit|devote|set\s+aside)\b[^;]*?\d", regex.IGNORECASE)


def contrasted_refusal(text: str, clause, start: int, claim_type: str) -> bool:
    """Whether the figure at ``start`` is a level set against an earlier figure its clause commits to (CONTRASTED)."""
    if claim_type not in CONTRASTED_TYPES:
        return False
    m = CONTRASTED.search(text, max(clause[0], start - 60), start)
    return m is not None and COMMITTED_BEFORE.search(text, clause[0], m.start()) is not None


def refusal_type(sc: SentenceScope, fig: dict, clause, claim_type, st0, st) -> tuple:
    """Statutory targets and rules are benchmarks; a figure judged unrealistic or refused, or a commitment denied ("would
    not commit to 5%"), is a rejection, and so is a level its subject says it cannot reach ("Belgium cannot go to 3.5%", refusals). A statute's
    target stays its benchmark even where the sentence doubts it."""
    text, sentence, state, ctx, sorted_spans = sc.text, sc.sentence, sc.state, sc.ctx, sc.sorted_spans
    start, end, head = fig["char_start"], fig["end"], fig.get("head")
    # "This year the target is 108 billion dlrs", "legislation to meet the 1987 target of a 144 billion dlr deficit",
    # "will not reach the Gramm-Rudman deficit target for 1988 of 108 billion dlrs": in a story on a statute that sets
    # yearly targets, a target no one owns is the statute's (ANNOTATION: a statutory target is a benchmark), even where
    # the sentence doubts it will be met (set after the refusals below)
    statutory = claim_type in ("commitment", "forecast") and head is None and statutory_target(text, st0, state)
    if head is None and claim_type in LAW_TYPES and under_law(text, clause, start, end, st, sorted_spans):
        # "Under the fiscal responsibility law, the minister has to trim the deficit by 0.3 points", "the 108 billion
        # dlr target set under the Gramm-Rudman law", "a new budget law requiring a 23 billion dlr cut": a statutory rule
        claim_type = "benchmark"
        st = st._replace(claim_type=claim_type)
    # (a proposal judged so too: "dismissed the idea of a 3.5% target as unrealistic")
    if claim_type in ("commitment", "actual", "forecast", "benchmark", "proposal") and head is None \
            and ((JUDGED_BEFORE_SCAN.search(text, max(clause[0], start - 40), start)
                  and JUDGED_AFTER.match(text, end, min(sentence.end, end + REFUSED_REACH)))
                 or (claim_type != "proposal" and REFUSED_BEFORE_SCAN.search(text, max(clause[0], start - REFUSED_REACH), start))):
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
    if claim_type in ("commitment", "actual", "forecast") and head is None \
            and NOT_BACKED_SCAN.search(text, clause[0], start) is not None:
        claim_type = "rejection"  # "Spain does not support raising defence spending to 5%"
        st = st._replace(claim_type=claim_type)
    elif claim_type == "actual" and head is None and BACKED_SCAN.search(text, clause[0], start) is not None:
        claim_type = "commitment"  # "Finland supports raising defence spending to 3.5%"
        st = st._replace(claim_type=claim_type)
    elif claim_type == "proposal" and head is None and fig.get("alliance_target") \
            and BACKED_GOAL_SCAN.search(text, max(clause[0], start - 60), start) is not None:
        claim_type = "commitment"  # "Copenhagen backed NATO's new 5% goal": signing up to the alliance's goal
        st = st._replace(claim_type=claim_type)
    if claim_type in ("proposal", "commitment") and head is None and NEG_CONSIDER_SCAN.search(text, clause[0], start) is not None:
        claim_type = "rejection"  # "Madrid is not considering a rise to 3.5% of GDP"
        st = st._replace(claim_type=claim_type)
    if head is None and (claim_type in ("commitment", "benchmark") or _others_qualified(st, claim_type, end)) \
            and NEG_COMMIT.search(text, clause[0], start):
        # "would not commit to 5%", "Spain will not raise defence spending to the new NATO goal of 5%": a refusal
        # (also of a figure another put forward, named after it: "Taipei will not match the 10% figure floated by Trump")
        claim_type = "rejection"
        st = st._replace(claim_type=claim_type)
    if contrasted_refusal(text, clause, start, claim_type):  # (a compared figure too: "rather than 5%" has a head)
        # "Spain says it will spend 2.1% of GDP on defence, not 5%": the contrasted level is refused
        claim_type = "rejection"
        st = st._replace(claim_type=claim_type)
    if statutory:
        claim_type = "benchmark"
        st = st._replace(claim_type=claim_type)
    if _refusals.refused_level(text, sentence, clause, start, claim_type, head):
        # "Belgium cannot go to 3.5%", "could not afford 5%": a level its subject says it cannot reach, whatever tense the
        # steps above read (refusals)
        claim_type = "rejection"
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
            and not past_level(text, clause, start, end, article.get("published")):
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
    # (a margin the rule itself lets members add stays the rule's also where the sentence urges using the rule: "urged
    # member states to use an escape clause that allows extra defence spending of up to 1.5% of GDP")
    rule_threshold = (claim_type in ("actual", "commitment", "forecast")
                      and THRESHOLD_BEFORE.search(text, max(clause[0], start - 30), start)
                      and THRESHOLD_RULE.search(text, sentence.start, sentence.end)) \
        or (claim_type in ("actual", "commitment", "forecast", "demand")
            and MARGIN_BEFORE.search(text, max(clause[0], start - 30), start)
            and MARGIN_RULE.search(text, max(sentence.start, start - 150), start))
    rule_threshold = bool(rule_threshold)
    rule = organisations_rule(ctx, sentence, start, end, stance_hits) \
        if head is None and claim_type in ("forecast", "actual") else None
    if rule is not None:
        # "That would put Berlin at the alliance's 3.5% core defence goal", "Rome's deficit will fall below the EU's
        # 3% ceiling": the figure names an organisation's goal or rule, whatever the sentence forecasts about it
        claim_type = "benchmark"
        st = _stance.Stance("benchmark", rule, "attributive")
    restated = restated_figure(text, fig, figs) if head is None else None
    if restated is not None and restated["claim"]["claim_type"] != claim_type:
        # "a target of 1.20 billion punts, which is 6.9 pct of GNP", "a package of 6,000 billion yen, including 1,000
        # billion in tax cuts": the same figure in other terms, or a part of it, shares its stance
        claim_type = restated["claim"]["claim_type"]
        st = st._replace(claim_type=claim_type)
    return claim_type, st, rule_threshold


def anchored_type(sc: SentenceScope, fig: dict, clause, claim_type, st) -> tuple:
    """``actual`` for a figure the rules typed by a verb governing another figure or the sentence, whose own words put
    it now or in the past ("The rise, from about 2.3% today, will be paid for by ...", "the 14 countries that gave some
    700 mln dlrs in aid last year")."""
    if reached_level(sc.text, clause, fig["char_start"], fig["end"], sc.article.get("published"), fig["m"].get("bound"),
                     claim_type, st.cue):
        return "actual", st._replace(claim_type="actual")
    return claim_type, st


# every regex pattern above runs as its standard-re twin on ASCII text (lexicon.AsciiTwin: the same matches, less CPU)
from .lexicon import ascii_twins as _ascii_twins  # noqa: E402  (after the patterns it replaces)

_ascii_twins(globals())
