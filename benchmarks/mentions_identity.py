"""Do ``split_sentences`` and ``find_mentions`` give exactly the same output as before a change?

    python benchmarks/mentions_identity.py dump /tmp/before        # before changing anything
    python benchmarks/mentions_identity.py dump /tmp/after         # after the change
    python benchmarks/mentions_identity.py compare /tmp/before /tmp/after [--show 20]

``dump`` writes one JSON-lines file per corpus into the folder: for every article its sentence
offsets and every field of every mention (floats by ``repr``, so a last-bit change shows). The
corpora (skipped when absent): Reuters, Yle, the BBC folders, the bundled sample corpus and the
dev evaluation articles (all through the readers, as a run sees them), the seed page; then
variants that reach paths a plain run rarely takes: each dev gold sentence on its own (as
``policy-claims evaluate quantities`` calls it; never the held-out set), whole Reuters articles as
one sentence, and Reuters articles upper- and lower-cased (case-sensitive rules). ``compare``
prints the records that differ and exits 1 when any do.

A difference is a regression unless it is a deliberate, documented bug fix.
"""
from __future__ import annotations

import argparse
import json
import sys
from pathlib import Path
from typing import Iterator

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))

from pipeline.evaluation.corpora import corpora_dir, document_text  # noqa: E402
from pipeline.quantities import find_mentions  # noqa: E402
from pipeline.readers import list_inputs, read_input  # noqa: E402
from pipeline.segment import Sentence, split_sentences  # noqa: E402

DEV_GOLD = ROOT / "evaluation" / "gold" / "quantities.jsonl"
VARIANT_LIMIT = 4000  # Reuters articles per variant (whole-article sentence, upper, lower case)


def _articles(path: Path) -> Iterator[tuple[str, str]]:
    """(key, text) of every article the readers make of ``path``."""
    for f in list_inputs([str(path)], []):
        for record in read_input(f):
            if record.get("reject"):
                continue
            key = f"{record.get('input_path')}#{record.get('input_record')}#{record.get('article_id')}"
            yield key, record["text"]


def _record(key: str, text: str, sentences: list) -> dict:
    mentions = find_mentions(text, sentences)
    return {
        "key": key,
        "sentences": [tuple(s) for s in sentences],
        "mentions": [{k: (repr(v) if isinstance(v, float) else v) for k, v in sorted(m.items())}
                     for m in mentions],
    }


def _segmented(items: Iterator[tuple[str, str]]) -> Iterator[dict]:
    for key, text in items:
        yield _record(key, text, split_sentences(text))


def _reuters_texts(root: Path) -> list[tuple[str, str]]:
    out = []
    with open(root / "reuters21578.jsonl", encoding="utf-8") as fh:
        for line in fh:
            rec = json.loads(line)
            out.append((str(rec.get("id")), rec.get("text") or ""))
            if len(out) >= VARIANT_LIMIT:
                break
    return out


def corpora() -> dict[str, Iterator[dict]]:
    """Corpus name -> its records (generated lazily)."""
    root = corpora_dir()
    sets: dict[str, Iterator[dict]] = {}
    if root is not None:
        sets["reuters"] = _segmented(_articles(root / "reuters21578.jsonl"))
        sets["yle"] = _segmented(_articles(root / "yle_en.jsonl"))
        sets["bbc"] = _segmented(_articles(root / "bbc"))
        sets["seed"] = _segmented(_articles(root / "seed"))
    sets["sample"] = _segmented(_articles(ROOT / "pipeline" / "sample" / "articles"))
    sets["dev_articles"] = _segmented(_articles(ROOT / "evaluation" / "articles"))
    if root is not None:
        sets["gold_sentences"] = (
            _record(f"{g['doc_id']}:{g['start']}", document_text(g["doc_id"]),
                    [Sentence(0, g["start"], g["end"])])
            for g in map(json.loads, DEV_GOLD.read_text(encoding="utf-8").splitlines()) if g)
        sets["reuters_whole"] = (_record(k, t, [Sentence(0, 0, len(t))] if t else [])
                                 for k, t in _reuters_texts(root))
        sets["reuters_upper"] = _segmented((k, t.upper()) for k, t in _reuters_texts(root))
        sets["reuters_lower"] = _segmented((k, t.lower()) for k, t in _reuters_texts(root))
    return sets


def dump(folder: Path) -> None:
    folder.mkdir(parents=True, exist_ok=True)
    for name, records in corpora().items():
        n = m = 0
        with open(folder / f"{name}.jsonl", "w", encoding="utf-8") as fh:
            for rec in records:
                fh.write(json.dumps(rec, ensure_ascii=False) + "\n")
                n += 1
                m += len(rec["mentions"])
        print(f"{name:<16} {n:7d} articles {m:8d} mentions")


def compare(before: Path, after: Path, show: int) -> int:
    differing = 0
    for path in sorted(before.glob("*.jsonl")):
        other = after / path.name
        if not other.exists():
            print(f"{path.name}: missing in {after}")
            differing += 1
            continue
        with open(path, encoding="utf-8") as a, open(other, encoding="utf-8") as b:
            lines_a, lines_b = a.readlines(), b.readlines()
        diffs = 0
        if len(lines_a) != len(lines_b):
            print(f"{path.name}: {len(lines_a)} records before, {len(lines_b)} after")
            diffs += 1
        for la, lb in zip(lines_a, lines_b):
            if la == lb:
                continue
            diffs += 1
            if differing + diffs <= show:
                _show(json.loads(la), json.loads(lb))
        print(f"{path.name:<22} {len(lines_a):7d} records, {diffs} differ")
        differing += diffs
    print("IDENTICAL" if not differing else f"{differing} records differ")
    return 1 if differing else 0


def _show(a: dict, b: dict) -> None:
    print(f"--- {a['key']}")
    if a["sentences"] != b["sentences"]:
        sa, sb = set(map(tuple, a["sentences"])), set(map(tuple, b["sentences"]))
        print(f"  sentences only before: {sorted(sa - sb)[:5]}  only after: {sorted(sb - sa)[:5]}")
    ma = {json.dumps(m, sort_keys=True) for m in a["mentions"]}
    mb = {json.dumps(m, sort_keys=True) for m in b["mentions"]}
    for m in sorted(ma - mb):
        print(f"  - {m}")
    for m in sorted(mb - ma):
        print(f"  + {m}")


def main(argv=None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    sub = ap.add_subparsers(dest="command", required=True)
    d = sub.add_parser("dump")
    d.add_argument("folder", type=Path)
    c = sub.add_parser("compare")
    c.add_argument("before", type=Path)
    c.add_argument("after", type=Path)
    c.add_argument("--show", type=int, default=20, help="differing records to print")
    args = ap.parse_args(argv)
    if args.command == "dump":
        dump(args.folder)
        return 0
    return compare(args.before, args.after, args.show)


if __name__ == "__main__":
    raise SystemExit(main())
