"""A learned second opinion on `claim_type`: a multinomial logistic regression over the figure's words and the
claim's other fields, applied to each finished claim after the rules (see ``retype``).

Why: the rules were tuned sentence by sentence on the dev files; on articles no one had tuned them on (each fresh
set scored with the rules of the commit that added it) they were right on 0.82 of matched figures, where a small
model trained on the other dev files was right on 0.87 (evaluation/type_model_experiment.py). The weights, the
vocabulary and which decision rule is used (argmax, or overriding the rules only where the model is confident) are
data: ``pipeline/data/claims/type_model.json``, written by ``python -m evaluation.train_type_model``, whose header
says which gold files, how many rows and which commit trained it.

``features`` is the one definition of the model's inputs, used by the training command and at run time alike; it
reads the article text, the publication date and the claim (never any gold). Pure and deterministic.
"""
from __future__ import annotations

import json
import math
import re
from collections import defaultdict
from functools import lru_cache

from . import lexicon as _lexicon
from . import acts as _acts
from . import anchor as _anchor
from . import heldstance as _heldstance
from . import typefeatures as _typefeatures
from . import ownacts as _ownacts
from . import tariffacts as _tariffacts
from . import ownedrules as _ownedrules
from . import storyyear as _storyyear
from . import progressive as _progressive
from . import projectionnoun as _projectionnoun
from . import rulestand as _rulestand
from . import orgplans as _orgplans
from . import allianceneed as _allianceneed
from . import othersduty as _othersduty
from . import owners as _owners
from . import relstance as _relstance
from . import draftfig as _draftfig
from . import budgetput as _budgetput
from . import goalstand as _goalstand
from . import estimatedmove as _estimatedmove
from . import stance as _stance
from . import averted as _averted
from . import debtdue as _debtdue
from . import futurepassive as _futurepassive
from . import requiredrule as _requiredrule
from . import lawtarget as _lawtarget
from . import owntarget as _owntarget
from . import presseddemand as _presseddemand
from . import altbudget as _altbudget
from . import yieldcost as _yieldcost
from . import settomove as _settomove
from . import furtherpart as _furtherpart
from . import plans as _plans
from . import futuregift as _futuregift
from . import futurelevel as _futurelevel
from . import docprojection as _docprojection
from . import futureact as _futureact
from . import gaplevel as _gaplevel

TYPES = ("demand", "commitment", "proposal", "rejection", "forecast", "actual", "benchmark")
MODEL_FILE = "type_model.json"
WINDOW = 8  # words each side of the figure taken as unigrams
# characters each side of the figure the features read: more than any training sentence reaches (387), so they are
# the whole sentence there; a huge sentence (thousands of figures glued together) costs each figure this much, not its
# whole length
REACH = 600
# the figure's clause ends at these (a new clause may carry another stance: "..., but the IMF expects ...")
# (lexicon.py lists the clause breaks side by side: this one is ownacts.CLAUSE_BREAK with ", and" and bullet lines. It is the
# model's own, not shared: the committed weights were trained on the features it cuts, and a change needs a retrain. Under
# re.IGNORECASE its (?=[A-Z]) reads any letter, so every ", and " before a word breaks, not only one before a capital,
# as stance's (?-i:...) does; kept as the model was trained)
CLAUSE_BREAK = re.compile(r";|\s(?:but|while|whereas|although|however|which)\s|,\s+(?:saying|adding|and\s+(?=[A-Z]))|\n\s*[-•*]\s",
                          re.IGNORECASE)
TOKEN = re.compile(r"[a-z]+(?:['’][a-z]+)?")
YEAR = re.compile(r"\b(19[5-9]\d|20[0-4]\d)(?:[-/](\d{2,4}))?\b")
QUOTE = re.compile(r"[\"“”]")
# modal, tense and preposition words whose presence before/after the figure tells a plan from a level or a forecast
MARKERS = ("will", "would", "could", "may", "might", "should", "must", "expects", "expected", "expect", "plans", "plan",
           "planned", "target", "targets", "aims", "aim", "was", "were", "is", "are", "has", "have", "had", "rose", "fell",
           "said", "says", "told", "forecast", "projected", "estimated", "proposed", "budget", "request", "requested",
           "last", "next", "this", "year", "to", "from", "by", "of", "at", "in")
MARK_BEFORE = {w: "mark_before=" + w for w in MARKERS}  # feature names built once: features() runs on every claim
MARK_AFTER = {w: "mark_after=" + w for w in MARKERS}
SPEECH = frozenset(("said", "says", "told", "according", "added", "stated", "announced"))
YEAR_PHRASES = ("last year", "this year", "next year", "current year", "fiscal year", "a year ago")
ORGS = frozenset({"NATO", "EU", "EUROZONE", "OECD", "IMF", "UN", "WORLD_BANK", "G7", "G8", "G20", "OPEC", "EC"})
STATE_CODE = re.compile(r"[A-Z]{3}")


@lru_cache(maxsize=None)
def stance_words() -> dict:
    """{first word: [(words, prefix match on the last word, class)]} from the stance lexicon (stance_cues.csv),
    matched on lowercased tokens: the model sees which stance classes the clause holds, the rules decide which governs."""
    by_first = defaultdict(list)
    for row in _lexicon.read_rows("stance_cues.csv"):
        cue = row["cue"].lower()
        words = cue.rstrip("*").split()
        if words:  # (length, the words before the last, the last, prefix match, class)
            by_first[words[0]].append((len(words), words[:-1], words[-1], cue.endswith("*"), row["claim_type"]))
    return dict(by_first)


def cue_classes(tokens: list[str]) -> list[tuple[int, str]]:
    """(token index, stance class) of each stance cue in a token list."""
    cues = stance_words()
    found = []
    if cues.keys().isdisjoint(tokens):  # most clauses: no cue's first word at all
        return found
    for i, tok in enumerate(tokens):
        if tok not in cues:
            continue
        for n, head, last, prefix, cls in cues[tok]:
            if i + n <= len(tokens) and tokens[i:i + n - 1] == head \
                    and (tokens[i + n - 1] == last or (prefix and tokens[i + n - 1].startswith(last))):
                found.append((i, cls))
    return found


def _sentence_start(text: str, sentence: str, start: int) -> int:
    pos = text.find(sentence, max(0, start - len(sentence)), start + len(sentence))
    return pos if 0 <= pos <= start else max(0, start - len(sentence))


def _clause(sentence: str, fig_start: int, fig_end: int) -> tuple[int, int]:
    """The figure's clause, (start, end) in the sentence: back from the figure to the last clause break, on to the next."""
    cut = 0
    for m in CLAUSE_BREAK.finditer(sentence, 0, fig_start):
        cut = m.end()
    m = CLAUSE_BREAK.search(sentence, fig_end)
    return cut, m.start() if m else len(sentence)


def _actor_kind(code) -> str:
    if code is None:
        return "null"
    return "org" if code in ORGS else "state" if STATE_CODE.fullmatch(code) else "other"


def _year_relations(clause: str, pub_year: int):
    for m in YEAR.finditer(clause):
        y = int(m.group(1))
        if m.group(2):  # "1987/88": the later year
            tail = m.group(2)
            y = int(tail) if len(tail) == 4 else (y // 100) * 100 + int(tail)
        yield "past" if y < pub_year else "same" if y == pub_year else "later"


# the figure's neighbours that tell a level moved from or to ("cut the rate from 30% to 29%", "the tax, now 45 pct",
# "from about 2.3% today"): the clause word right before the figure (past the qualifiers in ADJACENT_SKIP) and the one
# right after it, when it is one of these (the `adjacency` features; session 12, type_model_experiment.py FEATURE_RULE)
ADJACENT_PREV = frozenset(("from", "to", "by", "at", "of", "now", "currently", "current", "present", "previous", "record",
                           "existing"))
ADJACENT_NEXT = frozenset(("today", "now", "currently", "to", "from", "earlier", "previously"))
ADJACENT_SKIP = frozenset(("about", "around", "some", "roughly", "nearly", "almost", "just", "only", "over", "under",
                           "more", "less", "than", "least", "most", "up", "down", "a", "an", "the", "its", "their"))


def _adjacent(ltok: list[str], rtok: list[str], f: dict) -> None:
    """The `adjacency` features of a figure from its clause's tokens before and after it."""
    k = len(ltok)
    while k and ltok[k - 1] in ADJACENT_SKIP:
        k -= 1
    if k and ltok[k - 1] in ADJACENT_PREV:
        f["prev=" + ltok[k - 1]] = 1.0
    if rtok and rtok[0] in ADJACENT_NEXT:
        f["next=" + rtok[0]] = 1.0


def features(claim: dict, text: str, published=None, with_rules: bool = True,
             sentence_start: int | None = None, adjacency: bool = False, extras=()) -> dict[str, float]:
    """Binary features of one claim, from the article text, its publication date and the claim's own fields
    (`sentence_start`: where the claim's sentence starts in the text, when the caller knows it; `adjacency`: with the
    figure's neighbour words, ADJACENT_PREV / ADJACENT_NEXT; `extras`: the structural groups of typefeatures.GROUPS
    named)."""
    f: dict[str, float] = {"bias": 1.0}
    sentence = claim.get("sentence") or ""
    s0 = _sentence_start(text, sentence, claim["char_start"]) if sentence_start is None else sentence_start
    fs, fe = claim["char_start"] - s0, claim["char_end"] - s0
    if not (0 <= fs <= len(sentence)):
        fs = fe = len(sentence) // 2
    lo = max(0, fs - REACH)
    sentence, fs, fe = sentence[lo:fe + REACH], fs - lo, fe - lo
    if with_rules:
        f["rule=" + str(claim.get("claim_type"))] = 1.0
    for key in ("hedged", "negated"):
        if claim.get(key):
            f[key] = 1.0
    f["bound=" + str(claim.get("bound"))] = 1.0
    f["unit=" + str(claim.get("unit"))] = 1.0
    if claim.get("deadline_year") is not None:
        f["deadline"] = 1.0
    if claim.get("compared_to") is not None:
        f["compared"] = 1.0
    if claim.get("attributed_to"):
        f["attributed"] = 1.0
    actor, target = claim.get("actor_code"), claim.get("target_code")
    f["actor=" + _actor_kind(actor)] = 1.0
    if actor is not None and actor == target:
        f["actor_is_target"] = 1.0
    if target is None:
        f["target_null"] = 1.0
    f["metric=" + str(claim.get("metric"))] = 1.0
    cut, stop = _clause(sentence, fs, fe)
    low = sentence.lower()
    if len(low) != len(sentence):  # a letter whose lower case is longer ("İ"): offsets of the sentence no longer fit
        low = sentence
    # the sentence's words once, in five stretches: before the clause, the clause before the figure, the figure, the
    # clause after it, the rest
    pre, ltok, fig, rtok, post = (TOKEN.findall(low, a, b) for a, b in
                                  ((0, cut), (cut, fs), (fs, fe), (fe, stop), (stop, len(low))))
    lcues, rcues = cue_classes(ltok), cue_classes(rtok)
    for _, cls in lcues:
        f["cue_before=" + cls] = 1.0
    for _, cls in rcues:
        f["cue_after=" + cls] = 1.0
    if lcues:
        f["nearest_before=" + lcues[-1][1]] = 1.0
    if rcues:
        f["nearest_after=" + rcues[0][1]] = 1.0
    if adjacency:
        _adjacent(ltok, rtok, f)
    if extras:
        _typefeatures.add(f, extras, claim, text, s0, published, ltok, lcues, rcues)
    for w in MARK_BEFORE.keys() & ltok:
        f[MARK_BEFORE[w]] = 1.0
    for w in MARK_AFTER.keys() & rtok:
        f[MARK_AFTER[w]] = 1.0
    clause = low[cut:fs] + " " + low[fe:stop]
    pub_year = getattr(published, "year", None)
    if pub_year:
        for rel in _year_relations(clause, pub_year):
            f["year_" + rel] = 1.0
    for phrase in YEAR_PHRASES:
        if phrase in clause:
            f["phrase=" + phrase] = 1.0
    if QUOTE.search(sentence):
        f["quote"] = 1.0
    if not (SPEECH.isdisjoint(ltok) and SPEECH.isdisjoint(rtok) and SPEECH.isdisjoint(pre) and SPEECH.isdisjoint(post)
            and SPEECH.isdisjoint(fig)):
        f["speech"] = 1.0
    # unigrams of a window each side of the figure (the whole sentence, not just the clause)
    for w in (ltok if len(ltok) >= WINDOW else pre + ltok)[-WINDOW:]:
        f["L:" + w] = 1.0
    for w in (rtok if len(rtok) >= WINDOW else rtok + post)[:WINDOW]:
        f["R:" + w] = 1.0
    return f


class TypeModel:
    """Weights over a vocabulary of features, and the decision rule the training command chose."""

    def __init__(self, spec: dict):
        self.types = tuple(spec["types"])
        rows = spec["features"]  # [feature, [weight per type]] a line
        self.index = {k: i for i, (k, _) in enumerate(rows)}
        # one tuple of per-type weights a feature; plain floats, not numpy: the command-line run keeps numpy out of
        # its processes (pipeline/__main__.py, a tenth of a second of start-up), and a claim sums only ~50 rows
        self.weights = [tuple(float(x) for x in w) for _, w in rows]
        self.with_rules = bool(spec["with_rules"])
        # the metrics its training rows hold (the scored ones): on the dev gold's claims of other metrics (growth,
        # inflation, 'other'; optional, never trained on) it was right less often than the rules (283 against 289 of 348)
        self.metrics = frozenset(spec.get("metrics") or ())
        self.threshold = spec.get("threshold")  # None: the model's argmax; else override the rules at >= threshold
        self.adjacency = bool(spec.get("adjacency"))  # the figure's neighbour-word features (absent: not used)
        self.extras = tuple(spec.get("extras") or ())  # typefeatures' structural groups (absent: none)
        # the rules' types the model never overrides: a refusal the rules read from its words ("has no plans to raise",
        # "will not lift ... to the 5% that NATO agreed") is rare in the training rows, and the model turned such
        # rejections into commitments (on the unseen sets it fixed none of the rules' rejections and broke two)
        self.keeps = frozenset(spec.get("keeps") or ())

    def columns(self, feats: dict) -> list[int]:
        """The feature columns, in vocabulary order (so the summed floats are the same whatever order they were
        built in)."""
        index = self.index
        return sorted(index[k] for k in feats if k in index)

    def scores(self, feats: dict) -> list[float]:
        """The per-type sums of the present features' weights, added in vocabulary order (deterministic)."""
        weights = self.weights
        return [sum(column) for column in zip(*[weights[i] for i in self.columns(feats)])]

    def probabilities(self, feats: dict) -> list[float]:
        z = self.scores(feats)
        top = max(z)
        e = [math.exp(v - top) for v in z]
        total = sum(e)
        return [v / total for v in e]

    def decide_all(self, rule_types: list[str], feature_dicts: list[dict]) -> list[str]:
        """The types of several claims: the model's top type where its probability passes the threshold (or always,
        with no threshold), else the rules'; a rules' type the model keeps (`keeps`) always stands."""
        out = []
        for rule, feats in zip(rule_types, feature_dicts):
            z = self.scores(feats)  # never empty: every row holds the bias
            k = max(range(len(z)), key=z.__getitem__)
            p_top = 1.0 / sum(math.exp(v - z[k]) for v in z)  # the top probability
            keep = rule in self.keeps or not (self.threshold is None or p_top >= self.threshold)
            out.append(rule if keep else self.types[k])
        return out


def _sentence_starts(text: str, claims: list[dict]) -> list[int]:
    """Where each claim's sentence starts in the text, looked up once per sentence (a sentence of many figures is not
    searched for again for each)."""
    out, last = [], None
    for c in claims:
        sentence, start = c.get("sentence") or "", c["char_start"]
        if last is None or last[0] != sentence or not (last[1] <= start <= last[1] + len(sentence)):
            last = (sentence, _sentence_start(text, sentence, start))
        out.append(last[1])
    return out


@lru_cache(maxsize=None)
def model() -> TypeModel | None:
    """The packaged model (None when its data file is absent: the rules' types stand)."""
    path = _lexicon.DATA_DIR / MODEL_FILE
    if not path.exists():
        return None
    return TypeModel(json.loads(path.read_text(encoding="utf-8")))


def retype(claims: list[dict], article: dict, type_model: TypeModel | None = None) -> list[dict]:
    """The claims with `claim_type` as the model decides it; claims of a type or metric the model does not know are
    left as the rules made them."""
    m = type_model or model()
    if m is None or not claims:
        return claims
    text, published = article["text"], article.get("published")
    known = [i for i, c in enumerate(claims) if c.get("claim_type") in m.types and c.get("metric") in m.metrics]
    if not known:
        return claims
    starts = _sentence_starts(text, [claims[i] for i in known])
    extras = getattr(m, "extras", ())  # (a stand-in model without the attribute: none)
    types = m.decide_all([claims[i]["claim_type"] for i in known],
                         [features(claims[i], text, published, m.with_rules, s0, m.adjacency, extras) for i, s0 in zip(known, starts)])
    out = list(claims)
    for i, new, s0 in zip(known, types, starts):
        if new != out[i]["claim_type"] and not _rules_stand(text, out[i], new, s0, published):
            out[i] = {**out[i], "claim_type": new}
    return _ownacts.shares_follow_heads(_conversions_follow_heads(out, text), text)


# between a sum and the same sum in other money (the quantities stage's CONVERSION_GAP, by which a bound carries into the
# restatement: "$6bn (£3.2bn)", "500m crowns ($47m; £37m)"), or a comma: a sum after it in the same money and metric
# is a part of the head ("a plan to spend 4 billion crowns, 1 billion crowns of which on roads") and shares its claim_type
from ..quantities.extract import CONVERSION_GAP, CONVERSION_HEDGE  # noqa: E402  (the earlier stage's definition)

HEAD_GAP = re.compile(CONVERSION_GAP.pattern + r"|\s*,\s*" + CONVERSION_HEDGE)


# Where the rules' claim_type stands against the model's: the model reads the sentence's words, not which figure they
# belong to, so a construction that ties words to this figure outranks it. Each entry is one construction module's check,
# in the order they are asked (the first that holds decides); each takes the leading arguments of
# (text, claim, new, s0, published) it needs: the article text, the rules' claim, the model's type, the start of the
# claim's sentence in the text and the publication date.
RULES_THAT_STAND = (
    _acts.keeps_rules_type,  # a government's act stated in the figure's own words, and the level it moves from
    _anchor.rules_stand,  # an anchor that puts the figure now or in the past; no figure of a later year made actual
    _anchor.decision_participle_stands,  # a figure a decision's participle qualifies ("the 0.5% planned when ...")
    _heldstance.rules_stand,  # a verb of belief, asking, wanting or proposing, or a party's plan, governing the figure
    _ownacts.rules_stand,  # a first-person act or a financing passive
    _tariffacts.rules_stand,  # a tariff rate a named state threatened
    _tariffacts.conditional_rate_stands,  # a tariff rate a named state sets only on a condition ("If Washington imposes")
    _tariffacts.gapped_rate_stands,  # a tariff rate in a verbless conjunct of a rate that will or would be charged
    _ownedrules.rules_stand,  # a rule named as someone's
    _storyyear.rules_stand,  # a present-tense level with no time of its own that the story dates
    _progressive.rules_stand,  # an act on an instrument in progress ("is raising the top rate to")
    _projectionnoun.rules_stand,  # the content of a projection noun ("projections of ...")
    _rulestand.rules_stand,  # a standing rule's threshold, margin or category the rules made a benchmark
    _orgplans.rules_stand,  # an organisation's own fund or plan named with its possessive
    _relstance.rules_stand,  # a level a relative clause right after it threatens, proposes or demands
    _relstance.forecast_stands,  # a figure a relative clause says someone projected or forecast
    _relstance.reported_demand_stands,  # a figure a relative clause says its named subject wants another to spend
    _draftfig.rules_stand,  # a draft's figure
    _budgetput.rules_stand,  # a budget story's line put at its sum or undated in the past; a later year's level told past
    _goalstand.rules_stand,  # the content of a goal its clause opens with ("The goal is that the deficit will fall to 1%")
    _estimatedmove.rules_stand,  # an estimate of a movement to come ("has been estimated to rise to 90%")
    _orgplans.named_rules_stand,  # a named instrument's size, committed or stated as a level
    _allianceneed.rules_stand,  # the alliance's demand on a member's share it "will need"
    _othersduty.rules_stand,  # a speaker's demand on another's "has to"
    _othersduty.own_duty_stands,  # a state's own need or duty
    _owners.listed_level_stands,  # a figure in a list of states' levels
    _stance.causal_allowance_stands,  # a level a cause "allowed" someone to reach
    _debtdue.rules_stand,  # a debt-service sum falling due
    _futurepassive.rules_stand,  # a state's own future passive act on its figure ("will be cut to 3.1 billion")
    _averted.rules_stand,  # a tariff or tax someone tries or fails to avert
    _requiredrule.rules_stand,  # a state required, obliged or bound to spend or keep the figure
    _lawtarget.rules_stand,  # a law's target, goal or requirement, or a level to be reached under a law
    _owntarget.rules_stand,  # a state's own target ("the government's target of", "targeted at")
    _presseddemand.rules_stand,  # another told or ordered to move the figure; a request for a sum
    _altbudget.rules_stand,  # an alternative budget's figure
    _yieldcost.rules_stand,  # a sum a measure would cost, raise or save (the speaker's forecast)
    _settomove.rules_stand,  # a figure set to rise or fall on its own ("is set to increase to 22%")
    _futuregift.rules_stand,  # a sum a named giver will give ("will send Ukraine a package worth 150 million euros")
    _futurelevel.rules_stand,  # a level stated in the future with no act on it ("expenses will be more than 88 billion")
    _docprojection.rules_stand,  # a budget line a budget, draft or plan projects ("the draft budget projects a deficit of")
    _futureact.rules_stand,  # a budget line a government's own future act moves ("the government will cut the deficit to")
    _gaplevel.rules_stand,  # the size of a gap an act does away with or answers ("to eliminate a 160 mln dlr deficit")
    _furtherpart.rules_stand,  # a further part coordinated after another figure of one verb ("and a further 1.5% on")
    _plans.frame_stands,  # a level a plan frame in its sentence makes the plan's ("under the government's plans")
)
# (check, how many of the five arguments it takes), read once
_STANDING_CHECKS = tuple((check, check.__code__.co_argcount) for check in RULES_THAT_STAND)


def _rules_stand(text: str, claim: dict, new: str, s0: int, published) -> bool:
    """Whether the rules' type stands against the model's `new`. The model reads the sentence's words, not which figure
    they belong to (a verb of asking two clauses away, a "will" governing another figure), so where a construction ties
    the figure's own words to the rules' type, the rules outrank it: each check of RULES_THAT_STAND is one such
    construction, asked in its order."""
    args = (text, claim, new, s0, published)
    for check, arity in _STANDING_CHECKS:
        if check(*args[:arity]):
            return True
    return False


def _conversions_follow_heads(claims: list[dict], text: str) -> list[dict]:
    """A figure restated in other money in brackets right after its head takes the head's claim_type: it is the same
    claim, and the window the model reads (or the rules' scope) shifts by a few words between them, which gave one sum
    two types ("$6bn (£3.2bn)": actual and commitment)."""
    out = claims
    for k in range(1, len(claims)):
        head, conv = out[k - 1], out[k]
        if (conv.get("claim_type") != head.get("claim_type") and conv.get("metric") == head.get("metric")
                and head.get("unit") == "currency" == conv.get("unit") and head["char_end"] <= conv["char_start"]
                and HEAD_GAP.fullmatch(text, head["char_end"], conv["char_start"])):
            if out is claims:
                out = list(claims)
            out[k] = {**conv, "claim_type": head["claim_type"]}
    return out
