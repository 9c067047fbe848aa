"""Score quantity extraction against ``evaluation/gold/quantities.jsonl``.

Each gold line names a corpus sentence (doc_id, start, end) and lists every percent,
percentage-point and money figure in it. An extractor is run on that sentence alone (the
segmenter is not under test here). A predicted figure matches a gold one when the unit is the same
and the value agrees within 1e-6 (relative); matching is one to one within a sentence, preferring
overlapping spans. Reported: precision, recall, F1 of value+unit; among matched money figures the
share with the right currency; among matched figures the share whose span overlaps the gold span
(and exact span, bound, basis, change agreement for information).

``main(argv)`` prints both extractors side by side:
``python -m pipeline.evaluation.quantities [--gold PATH] [--extractor grammar|quantulum3|both]``.
"""
from __future__ import annotations

import argparse
import functools
import json
import sys
import time
from pathlib import Path

from pipeline.evaluation.corpora import document_text
from pipeline.segment import Sentence

DEFAULT_GOLD = Path(__file__).resolve().parents[2] / "evaluation" / "gold" / "quantities.jsonl"
REL_TOL = 1e-6


def load_gold(gold_path: str | Path = DEFAULT_GOLD) -> list[dict]:
    with open(gold_path, encoding="utf-8") as fh:
        return [json.loads(line) for line in fh if line.strip()]


@functools.lru_cache(maxsize=8)  # an own article is read once for all its gold lines
def _document_text(doc_id: str) -> str:
    """Raw text of a gold line's document: a corpus document, or one of our own articles
    (``own-<file stem>``, as the claims gold names them) as the readers extract it."""
    if doc_id.startswith(("reuters-", "yle-", "bbc-")) or doc_id == "seed":
        return document_text(doc_id)
    from pipeline.evaluation.claims import gold_articles

    article = gold_articles([doc_id]).get(doc_id)
    if article is None:
        raise FileNotFoundError(f"no article for gold document {doc_id!r}")
    return article["text"]


def _grammar_extract(text: str, start: int, end: int) -> list[dict]:
    from pipeline.quantities import find_mentions

    return find_mentions(text, [Sentence(0, start, end)])


def _quantulum_extract(text: str, start: int, end: int) -> list[dict]:
    from pipeline.quantities.quantulum_adapter import quantulum_mentions

    return quantulum_mentions(text, Sentence(0, start, end), units=("percent", "percentage_points", "currency"))


EXTRACTORS = {"grammar": _grammar_extract, "quantulum3": _quantulum_extract}


def same_value(a: float, b: float) -> bool:
    """Two values agree to REL_TOL, relative (the contract's matching of figures; claims and NewsQuant use it too)."""
    if a == b:
        return True
    return abs(a - b) <= REL_TOL * max(abs(a), abs(b))


def _overlap(p: dict, g_start: int, g_end: int) -> bool:
    return p["char_start"] < g_end and g_start < p["char_end"]


def _gold_span(text: str, line: dict, q: dict, used: set[int]) -> tuple[int, int]:
    """The gold figure's span: its surface found in the sentence (first unused occurrence)."""
    sentence = text[line["start"]:line["end"]]
    pos = 0
    while True:
        i = sentence.find(q["surface"], pos)
        if i < 0:
            return (-1, -1)
        if line["start"] + i not in used:
            used.add(line["start"] + i)
            return (line["start"] + i, line["start"] + i + len(q["surface"]))
        pos = i + 1


def evaluate_quantities(gold_path: str | Path = DEFAULT_GOLD, extractor: str = "grammar",
                        details: list | None = None) -> dict:
    """value+unit precision/recall/F1 and field agreement of one extractor on the gold sentences."""
    extract = EXTRACTORS[extractor]
    lines = load_gold(gold_path)
    tp = fp = fn = 0
    money = money_right = 0
    overlap = exact_span = bound_ok = basis_ok = change_ok = 0
    started = time.perf_counter()
    for line in lines:
        text = _document_text(line["doc_id"])
        predicted = [p for p in extract(text, line["start"], line["end"])
                     if p["unit"] in ("percent", "percentage_points", "currency")]
        used_spans: set[int] = set()
        gold = [(q, _gold_span(text, line, q, used_spans)) for q in line["quantities"]]
        free = list(range(len(predicted)))
        missed = []
        for q, (gs, ge) in gold:
            candidates = [i for i in free if predicted[i]["unit"] == q["unit"]
                          and same_value(predicted[i]["value"], float(q["value"]))]
            if not candidates:
                fn += 1
                missed.append(q)
                continue
            candidates.sort(key=lambda i: (not _overlap(predicted[i], gs, ge), abs(predicted[i]["char_start"] - gs)))
            p = predicted[candidates[0]]
            free.remove(candidates[0])
            tp += 1
            if q["unit"] == "currency":
                money += 1
                money_right += p.get("currency") == q.get("currency")
            overlap += _overlap(p, gs, ge)
            exact_span += (p["char_start"], p["char_end"]) == (gs, ge)
            bound_ok += p.get("bound") == q.get("bound", "exact")
            basis_ok += p.get("basis") == q.get("basis")
            change_ok += p.get("change") == q.get("change")
        fp += len(free)
        if details is not None and (missed or free):
            details.append({"doc_id": line["doc_id"], "sentence": text[line["start"]:line["end"]],
                            "missed": [(q["surface"], q["value"], q["unit"]) for q in missed],
                            "spurious": [(predicted[i]["surface"], predicted[i]["value"], predicted[i]["unit"])
                                         for i in free]})
    precision = tp / (tp + fp) if tp + fp else 0.0
    recall = tp / (tp + fn) if tp + fn else 0.0
    f1 = 2 * precision * recall / (precision + recall) if precision + recall else 0.0
    return {
        "extractor": extractor, "sentences": len(lines), "gold": tp + fn, "predicted": tp + fp,
        "true_positives": tp, "precision": precision, "recall": recall, "f1": f1,
        "currency_accuracy": money_right / money if money else None,
        "span_overlap": overlap / tp if tp else None,
        "span_exact": exact_span / tp if tp else None,
        "bound_accuracy": bound_ok / tp if tp else None,
        "basis_accuracy": basis_ok / tp if tp else None,
        "change_accuracy": change_ok / tp if tp else None,
        "seconds": time.perf_counter() - started,
    }


def _fmt(v) -> str:
    if v is None:
        return "-"
    if isinstance(v, float):
        return f"{v:.3f}" if v < 100 else f"{v:.1f}"
    return str(v)


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(prog="policy-claims evaluate quantities", description=__doc__.split("\n\n")[0])
    ap.add_argument("--gold", default=str(DEFAULT_GOLD))
    ap.add_argument("--extractor", choices=["grammar", "quantulum3", "both"], default="both")
    ap.add_argument("--errors", action="store_true", help="list missed and spurious figures (grammar)")
    args = ap.parse_args(argv)
    if not Path(args.gold).exists():
        print(f"gold file not found: {args.gold}", file=sys.stderr)
        return 2
    names = ["grammar", "quantulum3"] if args.extractor == "both" else [args.extractor]
    results = []
    for name in names:
        details: list = []
        try:
            results.append(evaluate_quantities(args.gold, name, details))
        except FileNotFoundError as exc:
            print(f"cannot evaluate: {exc}", file=sys.stderr)
            return 2
        if args.errors:
            for d in details:
                print(f"[{name}] {d['doc_id']}: {d['sentence']!r}\n    missed={d['missed']} spurious={d['spurious']}")
    rows = ["gold", "predicted", "true_positives", "precision", "recall", "f1", "currency_accuracy",
            "span_overlap", "span_exact", "bound_accuracy", "basis_accuracy", "change_accuracy", "seconds"]
    width = 18
    print("metric".ljust(width) + "".join(r["extractor"].rjust(12) for r in results))
    for key in rows:
        print(key.ljust(width) + "".join(_fmt(r[key]).rjust(12) for r in results))
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
