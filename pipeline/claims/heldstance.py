"""Whether the rules' forecast, demand or proposal stands against the learned claim_type (typemodel.retype).

The model reads the sentence's words, not which figure a verb governs; on the dev files it turned into commitments
figures whose own clause states another's forecast or a demand or proposal in so many words:

- a verb of belief taking a clause of its own that holds the figure ("The finance ministry projects that national debt
  will rise to 51.6% of GDP", "Lee believes government spending will increase to 49 billion rand", "predicted Congress
  would agree on a budget that would raise 20 billion"): the believer's forecast (forecasters.believed_verb, the rules'
  own reading of it);
- a verb asking for the sum ("will seek nearly two billion dlrs", "will appeal to its donors for at least 21 mln dlrs"),
  wanting something done to the figure ("The opposition wants the defence budget raised to 6%") or proposing it
  ("recommended that Belgium keep the growth of its net expenditure to 2.2%", "was weighing raising the tax to 12%"):
  held_stance_verbs.csv;
- the sum a subject "will need" or "would need" right before it ("The Netherlands will need about 19 billion euros a year
  more to reach the 3.5% target"): what reaching a level will cost, estimated (NEEDED_SUM);
- "on track to" or "on course to" and its verb right before the figure ("is on track to reach 2% of GDP this fiscal
  year"): where a level is heading (HEADING_TO, plantype's);
- a present or past level verb right before the figure ("Australia spends about 2% of GDP on defence and plans to reach
  2.4% by 2033"): the rules' actual, a level reached (LEVEL_VERB_BEFORE);
- a party's plan as the subject of the act whose object is the figure ("his party's plan to impose a 50% income tax
  rate", "the opposition's proposals would cut spending by"; plans.PARTY_BUDGET_PLAN): put to voters, not enacted.

Each stands only where the rules typed the figure so (forecast; demand or proposal) and the verb is in the figure's
clause before it; between a demand and a proposal the model still decides. Pure: reads the text around the claim only.
"""
from __future__ import annotations

import functools

import regex

from . import acts as _acts
from . import forecasters as _forecasters
from . import lexicon as _lexicon
from . import plans as _plans

REACH = 110  # chars before the figure searched for an asking, wanting or proposing verb
ASKED_TYPES = frozenset({"demand", "proposal"})
# what may stand between the verb's phrase and the figure: qualifiers and determiners
QUAL = (r"(?:(?:nearly|about|around|some|roughly|almost|approximately|at\s+least|up\s+to|as\s+much\s+as|more\s+than|less\s+than|"
        r"over|under|only|just|an?|the|another|additional|extra|further|new|its|their|his|her|total|record|of)\s+){0,4}")
GAP = r"[\w'’.&-]+\s+"  # one word of an object or clause (no punctuation: a comma ends the verb's reach)
# the verb used as an attribute is no stance of a subject ("a proposed tax cut", "the requested sum"), nor its participle as
# a passive ("was considered", "is wanted"; "is weighing" is the subject's)
ATTRIBUTIVE_BEFORE = regex.compile(r"\b(?:a|an|the|its|their|his|her)\s+$", regex.IGNORECASE)
PASSIVE_BEFORE = regex.compile(r"\b(?:is|are|was|were|be|been|being)\s+$", regex.IGNORECASE)
PARTICIPLE = regex.compile(r"(?:\w+ed|sought)$", regex.IGNORECASE)
# the object of a wanting verb and what is to be done to it: a participle ("raised", "cut", "set") or an infinitive with
# its own object, then the preposition of the level
WANTED_ACT = (r"(?!to\s)(?:" + GAP + r"){1,6}?(?:(?:\w+ed|cut|set|kept|held|put|brought|frozen)\s+|to\s+[a-z]+\s+(?:" + GAP + r"){0,5}?)"
              r"(?:(?:to|at|by|from|below|under|above|of)\s+)?")
# from a party's plan noun to the figure: its modal or infinitive, the act and up to eight words
PLAN_ACT = regex.compile(r"\s+(?:\w+ly\s+|also\s+)?(?:would|will|could|to)\s+(?:[\w'’-]+\s+){0,8}?", regex.IGNORECASE)
# a modal of obligation and the act it asks of its subject, a transitive act on a policy figure ("should cut the deficit to
# no more than 5%", "must bring its spending to"): a demand (an intransitive "should fall to 3%" foresees, and is left out)
OBLIGED_ACT = (r"(?:also\s+)?(?:cut|cuts|raise|lift|keep|hold|bring|reduce|lower|limit|cap|spend|increase|boost|trim|narrow)\s+"
               r"(?:" + GAP + r"){0,5}?(?:(?:to|at|by|below|under|of)\s+)?")
PROPOSED_ACT = r"(?:that\s+)?(?:(?!(?:will|would|said|says|but|and|while|which)\s)" + GAP + r"){0,10}?"


@functools.lru_cache(maxsize=1)
def _patterns() -> _lexicon.Guarded:
    """The verbs of held_stance_verbs.csv before a figure, searched only where a window holds one of their first four
    letters (every match holds one)."""
    kinds: dict[str, list[str]] = {}
    for row in _lexicon.read_rows("held_stance_verbs.csv"):
        kinds.setdefault(row["kind"], []).append(row["verb"])
    parts = []
    tails = {"ask": r"(?:(?:to\s+)?(?:" + GAP + r"){0,6}?for\s+)?", "ask_for": r"(?:to\s+(?:" + GAP + r"){1,6}?)?for\s+",
             "want": WANTED_ACT, "propose": PROPOSED_ACT, "oblige": OBLIGED_ACT}
    for kind, verbs in kinds.items():
        parts.append(r"\b(?:" + _lexicon.phrases_alternation(verbs) + r")\s+" + tails[kind] + QUAL + r"$")
    pattern = regex.compile("|".join("(?:" + p + ")" for p in parts), regex.IGNORECASE)
    stems = tuple(sorted({v.lower()[:4] for verbs in kinds.values() for v in verbs}))
    return _lexicon.Guarded(pattern, stems)


def _asked(text: str, clause, start: int) -> bool:
    """Whether a verb asking for, wanting or proposing the figure governs it from before it in its clause."""
    lo = max(clause[0], start - REACH)
    m = _patterns().search(text, lo, start)
    if m is None:
        return False
    before = max(clause[0], m.start() - 12)
    return not (ATTRIBUTIVE_BEFORE.search(text, before, m.start())
                or (PARTICIPLE.match(m.group(0).split(None, 1)[0]) and PASSIVE_BEFORE.search(text, before, m.start())))


def _party_plan(text: str, clause, start: int) -> bool:
    """Whether a party's plan noun (plans.PARTY_BUDGET_PLAN: "his party's plan", "the opposition's proposals") is the
    subject of the act whose object is the figure ("... plan to impose a", "... proposals would cut spending by")."""
    lo = max(clause[0], start - REACH)
    if _plans.PARTY_BUDGET_PLAN_SCAN.search(text, lo, start) is None:  # (most clauses: no plan noun at all)
        return False
    last = _lexicon.last_match(_plans.PARTY_BUDGET_PLAN, text, lo, start)
    return last is not None and PLAN_ACT.fullmatch(text, last.end(), start) is not None


# "The unions have demanded that development aid be cut by 1 billion euros", "The farmers demand that the fuel tax be cut by 20
# cents" (machine-translated "ovat vaatineet, että"): a demand verb with its that-clause up to the figure, no comma, is the
# asker's demand however the model reads the act in the clause (it read such uncoded askers as proposals)
DEMANDED_THAT = regex.compile(r"\b(?:demand|demands|demanded|demanding)\s+that\s+"
                              r"(?:(?!(?:said|says|but|while|which)\s)[\w'’.-]+\s+){1,12}?$", regex.IGNORECASE)
DEMANDED_SCAN = _lexicon.Guarded(DEMANDED_THAT, ("demand",))


# "The Netherlands will need about 19 billion euros a year more to reach the 3.5% target": the sum reaching a level will take,
# its object right after "will/would need" (stance_cues.csv), is an estimate of its cost; the model read the state's future
# as its commitment ("will need to spend" is the need's, a demand: not this)
NEEDED_SUM = regex.compile(r"\b(?:will|would)\s+(?:also\s+|still\s+|probably\s+)?need\s+" + QUAL + r"$", regex.IGNORECASE)
NEEDED_SCAN = _lexicon.Guarded(NEEDED_SUM, ("need",))
# "Defence spending in Japan is on track to reach 2% of GDP this fiscal year": where a level is heading, which the rules made
# a forecast (plantype.level_or_plan_type); plantype's own pattern read again here (a decision module may not import a
# sentence step, tests/claims/test_layering.py; tests/claims/test_modern41_constructions.py keeps them equal)
HEADING_TO = regex.compile(r"\bon\s+(?:course|track)\s+to\s+(?:[\w'’-]+\s+){1,5}?(?:(?:about|around|some|roughly|nearly|at\s+least)\s+)?$",
                           regex.IGNORECASE)
HEADING_SCAN = _lexicon.Guarded(HEADING_TO, ("course", "track"))
HEADING_REACH = 70  # chars before the figure searched for it (as plantype)
# "Australia spends about 2% of GDP on defence and plans to reach 2.4% by 2033": a level verb of the present or past right
# before the figure states the level reached (ANNOTATION.md: "spends", "stood at" are actual); the model read the plan
# coordinated after it as the figure's
# (so does a past verb of revenue taken in: "customs duties brought in 195 billion dollars", "collected", "took in"; modern47)
LEVEL_VERB_BEFORE = regex.compile(r"\b(?:spends|spent|stands\s+at|stood\s+at|ran\s+at|runs\s+at|brought\s+in|took\s+in|collected|"
                                  r"yielded|generated)\s+"
                                  r"(?:(?:about|around|some|roughly|nearly|almost|only|just|over|under|less\s+than|more\s+than)\s+){0,2}$",
                                  regex.IGNORECASE)
LEVEL_VERB_SCAN = _lexicon.Guarded(LEVEL_VERB_BEFORE, ("spen", "stand", "stood", "ran ", "runs", "brought", "took", "collected",
                                                      "yielded", "generated"))


def rules_stand(text: str, claim: dict, new: str, sentence_start: int) -> bool:
    """Whether the figure's own clause states the rules' forecast (a verb of belief whose clause holds it) or the rules'
    demand or proposal (a verb asking for, wanting or proposing it; a party's plan for a proposal), so the learned model's `new` type does not override
    it (the model may still tell a demand from a proposal: "the Commission wants it to be 1.26%" is its proposal)."""
    claim_type = claim.get("claim_type")
    if claim_type == "forecast":
        clause = _acts.clause_of_type(text, claim, sentence_start, "forecast")
        return clause is not None and (_forecasters.believed_verb(text, clause, claim["char_start"]) is not None
                                       or NEEDED_SCAN.search(text, max(clause[0], claim["char_start"] - 40), claim["char_start"]) is not None
                                       or HEADING_SCAN.search(text, max(clause[0], claim["char_start"] - HEADING_REACH),
                                                              claim["char_start"]) is not None)
    if claim_type == "actual":
        return LEVEL_VERB_SCAN.search(text, max(sentence_start, claim["char_start"] - 40), claim["char_start"]) is not None
    if claim_type == "demand" and new == "proposal":
        clause = _acts.clause_of_type(text, claim, sentence_start, claim_type)
        return clause is not None and DEMANDED_SCAN.search(text, max(clause[0], claim["char_start"] - REACH),
                                                           claim["char_start"]) is not None
    if claim_type in ASKED_TYPES and new not in ASKED_TYPES:
        clause = _acts.clause_of_type(text, claim, sentence_start, claim_type)
        return clause is not None and (_asked(text, clause, claim["char_start"])
                                       or (claim_type == "proposal" and _party_plan(text, clause, claim["char_start"])))
    return False
