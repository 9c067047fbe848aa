"""Whether the rules' ``benchmark`` of a standing rule's own number stands against the learned claim_type
(typemodel.retype).

The rules read a fiscal rule's threshold or margin from the words right before the figure ("defence outlays above 1% of
GDP no longer count against the debt brake", "which the escape clause lets member states add by up to 1.5% of GDP":
ruletype.restated_or_rule_type) and a target's category from the noun right after it ("should count toward the
alliance's 1.5% category"). The model reads the sentence's words, not which figure they belong to: beside a state's
plan in the same sentence ("Germany, which exempted defence spending above 1% of GDP from its debt brake ... and plans
to lift its military budget to 3.5%") it turned such thresholds into commitments, levels or demands (ANNOTATION.md:
debt-brake limits and the escape clause's margin are ``benchmark``; so is "a mere reference to the 1.5% category").
Each stands only where the rules typed the figure ``benchmark`` and the figure's own words say so. So does a level named
in apposition as a law's or rule's level ("about 2.0% of GDP, the minimum required by a 2023 law") and an organisation's
target noun governing the figure through a copula ("The United Nations target for rich countries remains 0.7%"), which
``organisation_target_type`` makes a benchmark first (claim._organisation_target reads only a target noun right beside
the figure). So does a rule's noun holding a metric at the figure ("The rule's anchor keeps net debt at 55% of GDP").
Pure: reads the text around the claim only.
"""
from __future__ import annotations

import regex

from . import stance as _stance
from . import organisations as _organisations
from . import entities as _entities
from .lexicon import claim_sentence_end

REACH = 30  # chars before the figure searched for the threshold's or the margin's words (as ruletype does)
# ruletype's own patterns of a fiscal rule's threshold and margin (restated_or_rule_type), read again here: a decision
# module may not import a sentence step (tests/claims/test_layering.py); tests/claims/test_rule_stand.py keeps them equal
THRESHOLD_BEFORE = regex.compile(r"\b(?:spending|outlays|expenditures?|costs|borrowing|deficits?)\s+(?:above|over|beyond|exceeding|in\s+excess\s+of)\s+$",
                                 regex.IGNORECASE)
THRESHOLD_RULE = regex.compile(r"\b(?:debt\s+brake|escape\s+clause|exempt\w*|counts?\s+against|deficit\s+rules?|fiscal\s+rules?)\b",
                               regex.IGNORECASE)
MARGIN_BEFORE = regex.compile(r"\bup\s+to\s+$", regex.IGNORECASE)
MARGIN_RULE = regex.compile(r"\b(?:escape\s+clause|debt\s+brake|fiscal\s+rules?|deficit\s+rules?)\b[^;.]{0,80}?\b(?:lets|allows|permits)\b",
                            regex.IGNORECASE)
MARGIN_REACH = 150  # chars before the figure searched for the rule that lets members add the margin
# the figure named in apposition as a rule's level: "about 2.0% of GDP, the minimum required by a 2023 law", "3%, the ceiling
# set by EU rules"
RULE_APPOSITION = regex.compile(r"\s*,\s+(?:the|a)\s+(?:(?:legal|statutory|constitutional|new|old)\s+)?"
                                r"(?:minimum|maximum|floor|ceiling|limit|cap|threshold)\s+(?:required|set|allowed|permitted|fixed|"
                                r"laid\s+down|written|prescribed|imposed)\b", regex.IGNORECASE)
# a rule's noun as the subject holding a metric at the figure: "The rule's anchor keeps net debt at 55% of GDP", "the new
# debt brake caps the structural deficit at 0.5% of GDP", "the ceiling limits borrowing to 3%" (ANNOTATION.md modern35: a
# national debt brake, ceiling or anchor is a benchmark)
RULE_HOLDS_BEFORE = regex.compile(r"\b(?:anchor|ceiling|limit|cap|rule|brake)\s+(?:keeps|holds|caps|limits|pins|fixes|sets|puts)\s+"
                                  r"(?:[\w'’-]+\s+){0,4}?(?:at|to|below|under)\s+(?:(?:about|around|no\s+more\s+than|at\s+most)\s+)?$",
                                  regex.IGNORECASE)
# a rule's noun as the subject of an asking verb whose object holds the figure: "The alliance's guideline calls for members to
# spend at least 2% of GDP", "NATO's new target requires allies to spend 3.5%" (plantype.RULE_SUBJECT made it a benchmark;
# the model read the asking verb as a demand)
RULE_ASKS_BEFORE = regex.compile(r"\b(?:guidelines?|rules?|pact|treaty|brake|law|target|goal)\s+(?:also\s+|still\s+)?"
                                 r"(?:calls?\s+(?:for|on)|requires?|asks?|obliges?)\s+(?:[\w'’-]+\s+){0,8}?"
                                 r"(?:(?:at\s+least|about|around|some|up\s+to|no\s+more\s+than)\s+)?$", regex.IGNORECASE)
# a rule's noun heading an "of" phrase that holds the figure: "The cap of 1.5% of GDP on extra defence spending applies for
# four years", "a ceiling of 60% of GDP" (the model read the sentence's other words as a commitment)
RULE_NOUN_OF = regex.compile(r"\b(?:cap|ceiling|limit|threshold|guideline|benchmark)\s+of\s+"
                             r"(?:(?:about|around|some|up\s+to|no\s+more\s+than|at\s+most|at\s+least)\s+)?$", regex.IGNORECASE)
# an organisation's target noun governing the figure through a copula: "The United Nations target for rich countries remains
# 0.7%", "NATO's goal is 2%" (ANNOTATION.md: an organisation's guideline or goal is its benchmark)
TARGET_NOUNS = frozenset({"target", "targets", "goal", "objective"})
COPULA_TO_FIGURE = regex.compile(r"(?:\s+(?:for|of|on)\s+(?:[\w'’-]+\s+){1,4}?|\s+)(?:is|remains|stays|was|stood|stands)\s+"
                                 r"(?:(?:at|still|about|around|roughly|some)\s+){0,2}", regex.IGNORECASE)
TARGET_COPULA_BEFORE = regex.compile(r"\b(?:target|targets|goal|objective)" + COPULA_TO_FIGURE.pattern + r"$", regex.IGNORECASE)
# a target a state won an exemption from or is exempted from: "it won an exemption from the 5% goal at the alliance's
# summit" (plantype.MEASURED_AGAINST made it a benchmark, modern43; the model read the sentence's level as the figure's)
EXEMPTED_FROM = regex.compile(r"\b(?:(?:an?\s+)?(?:exemption|exemptions|opt-out|waiver)|exempt|exempted|exempting)\s+from\s+"
                              r"(?:[\w'’-]+\s+){0,4}?$", regex.IGNORECASE)
EXEMPTED_REACH = 60  # chars before the figure searched for it
# the figure names a category of a standing target: "the alliance's 1.5% category", "NATO's 1.5% category for resilience"
CATEGORY_AFTER = regex.compile(r"\s+(?:(?:of\s+)?(?:GDP|GNP|GNI)\s+)?(?:[\w'’-]+\s+){0,2}?categor(?:y|ies)\b", regex.IGNORECASE)


def rules_stand(text: str, claim: dict, new: str, s0: int) -> bool:
    """Whether the rules' benchmark of the claim is a rule's threshold, margin or category named by the figure's own words
    (then the model's other type does not replace it)."""
    if claim.get("claim_type") != "benchmark" or new == "benchmark":
        return False
    start, end = claim["char_start"], claim["char_end"]
    sentence_end = claim_sentence_end(claim, s0)
    clause = _stance.clause_bounds(text, s0, sentence_end, start, end)
    lo = max(clause[0], start - REACH)
    if THRESHOLD_BEFORE.search(text, lo, start) and THRESHOLD_RULE.search(text, s0, sentence_end):
        return True
    if MARGIN_BEFORE.search(text, lo, start) \
            and MARGIN_RULE.search(text, max(s0, start - MARGIN_REACH), start):
        return True
    if RULE_HOLDS_BEFORE.search(text, max(clause[0], start - 90), start):
        return True
    if RULE_ASKS_BEFORE.search(text, max(clause[0], start - 90), start):
        return True
    if RULE_NOUN_OF.search(text, lo, start):
        return True
    if EXEMPTED_FROM.search(text, max(clause[0], start - EXEMPTED_REACH), start):
        return True
    if permitted_type(text, s0, start, "forecast") == "benchmark":
        return True
    return CATEGORY_AFTER.match(text, end, min(sentence_end, end + 40)) is not None \
        or RULE_APPOSITION.match(text, end, min(sentence_end, end + 60)) is not None \
        or (claim.get("actor_code") in _entities.ORGANISATION_CODES
            and TARGET_COPULA_BEFORE.search(text, max(clause[0], start - 70), start) is not None)


# what a rule lets a government do, in a clause opening "under the change/rules/law ...": "under the change the 16 federal
# states may together also run structural deficits of 0.35% of GDP", "Under Germany's debt brake, the federal government
# may run a structural deficit of no more than 0.35% of GDP" (modern45): the room a standing rule grants, a benchmark (the
# rules read "may" as a guess about the future)
UNDER_RULE_PERMITS = regex.compile(
    r"\bunder\s+(?:the\s+|its\s+|their\s+|(?-i:[A-Z])[\w.]*['’]s?\s+)?(?:(?:new|revised|amended|reformed|current|existing|"
    r"national|EU|European|eurozone|bloc['’]s|fiscal|budget|deficit|debt|escape)\s+){0,3}"
    r"(?:rules?|change|changes|reform|amendment|law|clause|brake|pact|framework|constitution|treaty)\b[^;:]{0,120}?"
    r"\b(?:may|can|(?:will|would)\s+be\s+(?:allowed|permitted|able)\s+to|(?:are|is)\s+(?:allowed|permitted|able)\s+to)\s+"
    r"(?:(?:together|also|still|now|each|collectively|jointly)\s+){0,3}"
    r"(?:run|borrow|spend|post|add|incur|have)\s+(?:[\w'’-]+\s+){0,4}?"
    r"(?:(?:up\s+to|about|around|at\s+most|no\s+more\s+than|of)\s+){0,2}$", regex.IGNORECASE)
PERMITS_SCAN_WORDS = ("under",)
PERMITTED_TYPES = frozenset({"forecast", "commitment", "actual", "proposal"})


def permitted_type(text: str, sentence_start: int, start: int, claim_type: str) -> str:
    """``benchmark`` for a figure a rule's clause lets a government run, borrow or spend (UNDER_RULE_PERMITS), else the
    type as it is."""
    if claim_type not in PERMITTED_TYPES or "nder " not in text[max(sentence_start, start - 220):start]:
        return claim_type
    return "benchmark" if UNDER_RULE_PERMITS.search(text, max(sentence_start, start - 220), start) else claim_type


def organisation_target_type(sc, fig: dict, claim_type: str, st) -> str:
    """``benchmark`` for a figure an organisation's target noun governs through a copula ("The United Nations target for
    rich countries remains 0.7%"), which claim._organisation_target leaves (it reads only the target noun right before
    or after the figure); else the type as it is."""
    cue = st.cue
    if claim_type != "commitment" or st.how != "governing" or cue is None or cue.entry["pos"] != "N" \
            or fig.get("head") is not None or sc.text[cue.start:cue.end].lower() not in TARGET_NOUNS \
            or not COPULA_TO_FIGURE.fullmatch(sc.text, cue.end, fig["char_start"]) \
            or not _organisations.org_owner(sc.ctx, sc.sentence, cue, fig["char_start"]):
        return claim_type
    return "benchmark"


# every regex pattern above runs as its standard-re twin on ASCII text (lexicon.AsciiTwin: the same matches, less CPU)
from .lexicon import ascii_twins as _ascii_twins  # noqa: E402  (after the patterns it replaces)

_ascii_twins(globals())
