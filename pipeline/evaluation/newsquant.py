"""Score the quantities stage on NewsQuant, the public news test set of CQE.

NewsQuant (Almasian et al., EMNLP 2023; repository satya77/CQE_Evaluation, file
``data/formatted_test_set/NewsQuant.json``) holds ~590 English news sentences, each with every
quantity in it: ``value`` (a number, or a range written ``a-b``), ``unit``, ``normalized_unit`` and
``change`` (``=``, ``~``, ``>``, ``<`` for a bound, ``up``/``down`` for a change). The file is
third-party data: it is never copied into this repository; pass its path.

Each sentence is run through the pipeline's quantities stage as ``process_article`` does
(``split_sentences`` then ``find_mentions`` on the sentence as a whole text). Only the subset the
contract covers is scored: percentages (``normalized_unit`` ``percentage``, also percentage
points) and money (a currency ``normalized_unit``: ``dollar``, ``euro``, ``pound sterling``,
``cent``, ... and rates such as ``dollar per barrel``). The project extracts percent and money
figures only; counts and physical units are counted for information and never scored.

Matching, one to one within a sentence: a gold figure is found when a predicted mention of the
same class (percent or money) has the same value (relative 1e-6). NewsQuant's conventions:
scaled money is written in whole units (``800000000.0`` for "$800 million", as our ``value``);
cents and sen are written in cents (``19.0`` ``cent``), compared as 0.19 of the currency; a range
``a-b`` is found by a mention whose ``value_low``/``value_high`` are ``a`` and ``b`` (either
order: NewsQuant also writes "from $2,415 to $2,315" as ``2415.0-2315.0``), or, where the
contract reads two figures ("fell from A to B"), by two mentions with values ``a`` and ``b``;
a sign NewsQuant writes differently ("-1.3%" after a fall) matches on the absolute value; NewsQuant's
two figures "A or B <unit>" are found by the one range mention the contract makes of them. A
predicted mention with no gold counterpart is a false positive unless its value is that of a gold
quantity NewsQuant tags unit-less (``-``), as a fraction, or pence written ``p`` (normalized
``point``) in the same sentence: those are listed as "other class" and not counted. One whose value
is that of a count or physical quantity ("5 pounds of rice" read as money) is a false positive.

Fields on the found figures: currency (gold ``normalized_unit`` mapped to ISO 4217; ``dollar``
is USD), bound (``~`` about, ``>`` at_least, ``<`` at_most, ``=`` exact; a gold range expects
``range`` whatever its sign, as the contract writes a range's bound) and change (``up``/``down``
gold against the mention's ``change``, not on gold ranges found as two levels; for information, how many gold ``=``/``~``/``>``/``<``
figures got a change, which NewsQuant cannot mark: its ``change`` holds either a bound or a
change).

``policy-claims evaluate newsquant PATH [--errors]`` (or ``python -m pipeline.evaluation.newsquant PATH``)
"""
from __future__ import annotations

import argparse
import json
import re
import sys
import time
from collections import Counter
from pathlib import Path

from pipeline.evaluation.quantities import same_value


# NewsQuant's normalized currency names -> (ISO 4217 code, factor of one unit in main units)
CURRENCIES = {
    "dollar": ("USD", 1.0), "united states dollar": ("USD", 1.0), "cent": ("USD", 0.01),
    "euro": ("EUR", 1.0), "pound sterling": ("GBP", 1.0), "penny": ("GBP", 0.01), "pence": ("GBP", 0.01),
    "japanese yen": ("JPY", 1.0), "chinese yuan": ("CNY", 1.0), "shekel": ("ILS", 1.0),
    "australian dollar": ("AUD", 1.0), "canadian dollar": ("CAD", 1.0), "hong kong dollar": ("HKD", 1.0),
    "new zealand dollar": ("NZD", 1.0), "singaporean dollar": ("SGD", 1.0), "danish krone": ("DKK", 1.0),
    "malaysian ringgit": ("MYR", 1.0), "sen": ("MYR", 0.01), "indian rupee": ("INR", 1.0),
    "croatian kuna": ("HRK", 1.0), "south african rand": ("ZAR", 1.0), "swiss franc": ("CHF", 1.0),
}
PERCENT_UNITS = {"percentage", "percentage point", "percentage points"}
BOUNDS = {"=": "exact", "~": "about", ">": "at_least", "<": "at_most"}

# Measurement units (physical quantities, durations, ages) among NewsQuant's normalized units;
# any other unit that is not percent, money, a fraction ("% ..."), index points or unit-less is a count.
PHYSICAL = {
    "mile per hour", "mile", "inch", "yard", "horsepower", "brake horsepower", "kilometre", "degree",
    "gigabyte", "litre", "metre", "hertz", "kilohertz", "gigahertz", "square metre", "foot", "celsius",
    "fahrenheit", "kilowatt", "kilowatt hour", "mile per gallon", "millimetre", "barrel per day",
    "micrometre", "kilometre per hour", "pound-mass", "kilogram", "gram", "milligram",
    "kilopound per square inch", "parts-per-billion", "part per million", "gigawatt", "gigawatt hour",
    "megawatt", "ton", "metric ton", "gigaton", "watt", "foot pound-force", "pound-foot", "newton metre",
    "centimetre", "gigapascal", "megapascal", "millilitre", "milliampere-hour", "metre per second",
    "revolutions per minute", "megabit per second", "decibel", "nanometre", "square mile", "square feet",
    "cubic foot", "ampere per square centimetre", "kilovolt per centimetre", "calorie", "foot per century",
    "ounce", "pint", "quart", "gallon", "dram", "farad", "volt", "knot", "bit", "roentgen per day",
    "exavolt", "year", "month", "week", "day", "hour", "minute", "second", "hour per week",
    "year of age", "month of age",
}


def load(path: str | Path) -> list[dict]:
    with open(path, encoding="utf-8") as fh:
        data = json.load(fh)
    if not isinstance(data, list) or not all(isinstance(x, dict) and "text" in x for x in data):
        raise ValueError(f"{path}: not a NewsQuant list of {{text, quantities}} objects")
    return data


def _head(normalized_unit: str) -> str:
    """The unit before a rate's ``per`` ("dollar per barrel" -> "dollar")."""
    return normalized_unit.strip().split(" per ")[0].strip().lower()


def gold_class(q: dict) -> str:
    """``percent``, ``money`` (the scored subset) or an out-of-scope class: ``physical``, ``count``,
    ``fraction``, ``points`` (index points; NewsQuant also tags pence so), ``unitless``."""
    nu = (q.get("normalized_unit") or "").strip()
    head = _head(nu)
    if head in PERCENT_UNITS or nu.lower() in PERCENT_UNITS:
        return "percent"
    if head in CURRENCIES:
        return "money"
    if nu.startswith("%"):
        return "fraction"
    if nu in ("-", ""):
        return "unitless"
    if nu in ("point", "basis point", "point per game"):
        return "points"
    if nu in PHYSICAL:
        return "physical"
    return "count"


_RANGE = re.compile(r"^\s*(-?[\d.]+(?:[eE][-+]?\d+)?)\s*-\s*(-?[\d.]+(?:[eE][-+]?\d+)?)\s*$")


def parse_value(raw: str) -> tuple[float, float | None]:
    """(value, None) for a single number, (a, b) for a range ``a-b`` (as written, either order)."""
    s = str(raw).strip()
    try:
        return float(s), None
    except ValueError:
        pass
    m = _RANGE.match(s)
    if not m:
        raise ValueError(f"unreadable NewsQuant value {raw!r}")
    return float(m.group(1)), float(m.group(2))


def _same_abs(a: float, b: float) -> bool:
    return same_value(a, b) or same_value(abs(a), abs(b))


def _pred_class(m: dict) -> str:
    return "money" if m["unit"] == "currency" else "percent" if m["unit"] in ("percent", "percentage_points") else m["unit"]


def _factor(q: dict) -> float:
    head = _head(q.get("normalized_unit") or "")
    return CURRENCIES[head][1] if head in CURRENCIES else 1.0


def _expected_currency(q: dict) -> str | None:
    head = _head(q.get("normalized_unit") or "")
    return CURRENCIES[head][0] if head in CURRENCIES else None


def extract(sentence: str) -> list[dict]:
    """The quantities stage on one NewsQuant sentence, as ``process_article`` runs it."""
    from pipeline.quantities import find_mentions
    from pipeline.segment import split_sentences

    return find_mentions(sentence, split_sentences(sentence))


def _match_sentence(gold: list[dict], predicted: list[dict]) -> tuple[list, list[dict], list[int], list[int]]:
    """One to one matching in a sentence. Returns (found, missed, false_positive, other_class):
    ``found`` holds (gold quantity, [predicted indices], split) with split True when a gold range
    was found as two separate figures; the last two are predicted indices."""
    free = list(range(len(predicted)))
    found, missed = [], []
    scored = [q for q in gold if gold_class(q) in ("percent", "money")]
    # single values first, then ranges (a range may need two free figures)
    order = sorted(scored, key=lambda q: parse_value(q["value"])[1] is not None)
    for q in order:
        cls = gold_class(q)
        f = _factor(q) if cls == "money" else 1.0
        a, b = parse_value(q["value"])
        a *= f
        same_class = [i for i in free if _pred_class(predicted[i]) == cls]
        if b is None:
            hits = [i for i in same_class if same_value(predicted[i]["value"], a)] or \
                   [i for i in same_class if _same_abs(predicted[i]["value"], a)]
            if hits:
                free.remove(hits[0])
                found.append((q, [hits[0]], False))
            else:
                missed.append(q)
            continue
        b *= f
        lo, hi = min(a, b), max(a, b)
        hits = [i for i in same_class
                if predicted[i].get("value_low") is not None and predicted[i].get("value_high") is not None
                and same_value(predicted[i]["value_low"], lo) and same_value(predicted[i]["value_high"], hi)
                and not same_value(lo, hi)]
        if hits:
            free.remove(hits[0])
            found.append((q, [hits[0]], False))
            continue
        first = [i for i in same_class if same_value(predicted[i]["value"], a)]
        second = [i for i in same_class if same_value(predicted[i]["value"], b) and i not in first[:1]]
        if first and second:
            free.remove(first[0])
            free.remove(second[0])
            found.append((q, [first[0], second[0]], True))
        else:
            missed.append(q)
    # the contract reads "A or B <unit>" as one range; NewsQuant lists two figures: a free range
    # mention whose two ends are two missed single figures of its class finds both
    for i in list(free):
        p = predicted[i]
        lo, hi = p.get("value_low"), p.get("value_high")
        if lo is None or hi is None or same_value(lo, hi):
            continue
        cls = _pred_class(p)
        ends = []
        for target in (lo, hi):
            for q in missed:
                if q not in ends and gold_class(q) == cls and parse_value(q["value"])[1] is None \
                        and same_value(parse_value(q["value"])[0] * (_factor(q) if cls == "money" else 1.0), target):
                    ends.append(q)
                    break
        if len(ends) == 2:
            free.remove(i)
            for q in ends:
                missed.remove(q)
                found.append((q, [i], True))
    # A leftover prediction whose value is that of a gold quantity NewsQuant tags unit-less ("-"),
    # as a fraction, or as pence written "p" (normalized "point") is not counted: NewsQuant's tag
    # differs, not the figure. One matching a count or physical quantity ("5 pounds of rice" read as
    # money) is a false positive.
    lenient = []
    for q in gold:
        cls = gold_class(q)
        if cls in ("unitless", "fraction") or (cls == "points" and q.get("unit", "").strip().lower() == "p"):
            try:
                a, b = parse_value(q["value"])
            except ValueError:
                continue
            lenient.extend(v for v in (a, b) if v is not None)
    other_class, false_positive = [], []
    for i in free:
        v = predicted[i]["value"]
        if any(_same_abs(v, o) or _same_abs(v, o * 0.01) or _same_abs(v, o * 100) for o in lenient):
            other_class.append(i)
        else:
            false_positive.append(i)
    return found, missed, false_positive, other_class


def evaluate(path: str | Path, details: list | None = None) -> dict:
    data = load(path)
    started = time.perf_counter()
    classes = Counter()
    tp = Counter()
    fn = Counter()
    fp = Counter()
    other = 0
    money = money_right = 0
    bound_n = bound_ok = 0
    change_n = change_ok = 0
    change_on_bounded = 0
    bounded_found = 0
    split_ranges = 0
    for item in data:
        text = item["text"]
        gold = item.get("quantities") or []
        for q in gold:
            classes[gold_class(q)] += 1
        predicted = extract(text)
        found, missed, false_positive, other_class = _match_sentence(gold, predicted)
        other += len(other_class)
        for q in missed:
            fn[gold_class(q)] += 1
        for i in false_positive:
            fp[_pred_class(predicted[i])] += 1
        wrong = []
        for q, idx, split in found:
            cls = gold_class(q)
            tp[cls] += 1
            p = predicted[idx[0]]
            if cls == "money":
                money += 1
                ok = p.get("currency") == _expected_currency(q)
                money_right += ok
                if not ok:
                    wrong.append(("currency", q, p))
            split_ranges += split
            sign = q.get("change")
            is_range = parse_value(q["value"])[1] is not None
            if sign in BOUNDS and not split:
                expected = "range" if is_range else BOUNDS[sign]
                bound_n += 1
                bound_ok += p.get("bound") == expected
                if p.get("bound") != expected:
                    wrong.append(("bound", q, p))
            if sign in BOUNDS:
                bounded_found += 1
                change_on_bounded += any(predicted[i].get("change") for i in idx)
            elif sign in ("up", "down") and not split:
                change_n += 1
                got = [predicted[i].get("change") for i in idx]
                ok = sign in got
                change_ok += ok
                if not ok:
                    wrong.append(("change", q, p))
        if details is not None and (missed or false_positive or other_class or wrong):
            details.append({
                "text": text,
                "missed": [(q["value"], q["unit"], q["normalized_unit"], q.get("change")) for q in missed],
                "false_positive": [(predicted[i]["surface"], predicted[i]["value"], predicted[i]["unit"],
                                    predicted[i].get("currency")) for i in false_positive],
                "other_class": [(predicted[i]["surface"], predicted[i]["value"], predicted[i]["unit"])
                                for i in other_class],
                "wrong": [(field, q["value"], q["normalized_unit"], q.get("change"), p["surface"],
                           p.get("currency"), p.get("bound"), p.get("change")) for field, q, p in wrong],
            })
    t, n, f = sum(tp.values()), sum(fn.values()), sum(fp.values())
    precision = t / (t + f) if t + f else 0.0
    recall = t / (t + n) if t + n else 0.0
    f1 = 2 * precision * recall / (precision + recall) if precision + recall else 0.0
    per_class = {}
    for cls in ("percent", "money"):
        pc = tp[cls] / (tp[cls] + fp[cls]) if tp[cls] + fp[cls] else 0.0
        rc = tp[cls] / (tp[cls] + fn[cls]) if tp[cls] + fn[cls] else 0.0
        per_class[cls] = {"gold": tp[cls] + fn[cls], "found": tp[cls], "false_positives": fp[cls],
                          "precision": pc, "recall": rc, "f1": 2 * pc * rc / (pc + rc) if pc + rc else 0.0}
    return {
        "sentences": len(data), "quantities": sum(classes.values()), "classes": dict(classes),
        "gold": t + n, "found": t, "missed": n, "false_positives": f, "other_class": other,
        "precision": precision, "recall": recall, "f1": f1, "per_class": per_class,
        "currency_accuracy": money_right / money if money else None, "money_found": money,
        "bound_accuracy": bound_ok / bound_n if bound_n else None, "bound_scored": bound_n,
        "change_accuracy": change_ok / change_n if change_n else None, "change_scored": change_n,
        "change_on_bounded": change_on_bounded, "bounded_found": bounded_found,
        "ranges_as_two_figures": split_ranges, "seconds": time.perf_counter() - started,
    }


def _f(v) -> str:
    return "-" if v is None else f"{v:.3f}"


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(prog="policy-claims evaluate newsquant", description=__doc__.split("\n\n")[0])
    ap.add_argument("path", help="NewsQuant.json (satya77/CQE_Evaluation, data/formatted_test_set/)")
    ap.add_argument("--errors", action="store_true", help="list missed, false-positive and wrong-field figures")
    args = ap.parse_args(argv)
    if not Path(args.path).exists():
        print(f"file not found: {args.path}", file=sys.stderr)
        return 2
    details: list = []
    try:
        r = evaluate(args.path, details if args.errors else None)
    except (ValueError, json.JSONDecodeError) as exc:
        print(f"cannot evaluate: {exc}", file=sys.stderr)
        return 2
    if args.errors:
        for d in details:
            print(repr(d["text"]))
            for key in ("missed", "false_positive", "other_class", "wrong"):
                if d[key]:
                    print(f"    {key}: {d[key]}")
    c = r["classes"]
    print(f"NewsQuant: {r['sentences']} sentences, {r['quantities']} quantities")
    print(f"scored subset (percent and money, what the project extracts): {r['gold']} "
          f"(percent {c.get('percent', 0)}, money {c.get('money', 0)})")
    print("not scored (outside the project's scope: it extracts percent and money figures only): "
          f"counts {c.get('count', 0)}, physical units {c.get('physical', 0)}, "
          f"unit-less {c.get('unitless', 0)}, index points {c.get('points', 0)}, fractions {c.get('fraction', 0)}")
    print(f"found {r['found']}, missed {r['missed']}, false positives {r['false_positives']} "
          f"(+{r['other_class']} matching a gold quantity of another class, not counted)")
    print(f"precision {_f(r['precision'])}  recall {_f(r['recall'])}  F1 {_f(r['f1'])}")
    for cls, pc in r["per_class"].items():
        print(f"  {cls:8s} gold {pc['gold']:4d} found {pc['found']:4d} fp {pc['false_positives']:3d}  "
              f"P {_f(pc['precision'])} R {_f(pc['recall'])} F1 {_f(pc['f1'])}")
    print(f"currency accuracy {_f(r['currency_accuracy'])} (of {r['money_found']} money found)")
    print(f"bound accuracy    {_f(r['bound_accuracy'])} (of {r['bound_scored']} found with a bound sign)")
    print(f"change accuracy   {_f(r['change_accuracy'])} (of {r['change_scored']} found with up/down, "
          "not counting gold ranges found as two figures: the contract reads 'fell from A to B' as two levels)")
    print(f"for information: {r['change_on_bounded']} of {r['bounded_found']} found figures NewsQuant marks "
          f"with a bound sign carry a change; {r['ranges_as_two_figures']} gold figures matched across a range/two-figure "
          "difference (bound and change not scored on them)")
    print(f"seconds {r['seconds']:.1f}")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
