"""Identity harness for the claims stage: same inputs in, the same claims out, before and after a change.

    python benchmarks/claims_identity.py save /tmp/h2_before     # inputs + claims of today's code
    python benchmarks/claims_identity.py check /tmp/h2_before    # today's claims on the saved inputs
    python benchmarks/claims_identity.py check /tmp/h2_before --fresh   # recompute sentences and mentions too

`save` reads the development corpora (Reuters, Yle, the BBC folder, the bundled sample), runs
``split_sentences`` and ``find_mentions`` (mention ids as ``process_article`` gives them) and pickles
those inputs, then runs ``find_claims`` and pickles every claim record (all fields, in emitted order).

`check` feeds the saved sentences and mentions to today's ``find_claims``, so a change elsewhere
(segmentation, quantities) cannot hide or fake a difference in the claims stage, and compares every
article's claim list field by field, order included (the order decides claim ids). It prints the
number of differing articles, the first few differences, and the CPU seconds of ``find_claims``
(best of ``--repeat``). Exit status 1 when anything differs. `--fresh` recomputes the inputs with
today's segmentation and quantities instead (end-to-end identity, for when those stages are quiet).
"""
from __future__ import annotations

import argparse
import math
import pickle
import sys
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
SHARED = ROOT.parent / "shared"
sys.path.insert(0, str(ROOT))

CORPORA = {
    "reuters": SHARED / "corpora" / "reuters21578.jsonl",
    "yle": SHARED / "corpora" / "yle_en.jsonl",
    "bbc": SHARED / "corpora" / "bbc",
    "sample": ROOT / "pipeline" / "sample" / "articles",
}


def read_articles(path: Path) -> list[dict]:
    from pipeline.ids import mention_id  # noqa: F401  (import check: same ids as process_article)
    from pipeline.process import finish_article
    from pipeline.readers import list_inputs, read_input

    arts = []
    for f in list_inputs([str(path)], []):
        for a in read_input(f):
            if not a.get("reject"):
                arts.append(finish_article(a, ""))
    return arts


def claim_inputs(arts: list[dict]) -> list[tuple]:
    """(article, sentences, mentions) per article, mentions with the ids process_article gives them."""
    from pipeline import ids
    from pipeline.quantities import find_mentions
    from pipeline.segment import split_sentences

    out = []
    for a in arts:
        sents = split_sentences(a["text"])
        ments = find_mentions(a["text"], sents)
        for m in ments:
            m["mention_id"] = ids.mention_id(a["article_id"], m["char_start"], m["char_end"])
            m["article_id"] = a["article_id"]
        out.append((a, sents, ments))
    return out


def load_inputs(corpora: list[str]) -> dict[str, list[tuple]]:
    return {name: claim_inputs(read_articles(CORPORA[name])) for name in corpora if CORPORA[name].exists()}


def run_claims(inputs: dict[str, list[tuple]]) -> tuple[dict, float]:
    """{corpus: [(article_id, [claim, ...]), ...]} and the CPU seconds find_claims took."""
    from pipeline.claims import find_claims

    out, cpu = {}, 0.0
    for name, items in inputs.items():
        rows = []
        t = time.process_time()
        for a, sents, ments in items:
            rows.append((a["article_id"], find_claims(a, sents, ments) if ments else []))
        cpu += time.process_time() - t
        out[name] = rows
    return out, cpu


def _same(x, y) -> bool:
    if isinstance(x, float) and isinstance(y, float) and math.isnan(x) and math.isnan(y):
        return True
    return type(x) is type(y) and x == y


def differences(before: dict, after: dict, show: int) -> int:
    n = 0
    for name, rows in before.items():
        got = dict(after.get(name, []))
        for aid, claims in rows:
            new = got.get(aid)
            if new is not None and len(new) == len(claims) and all(
                    c.keys() == d.keys() and all(_same(c[k], d[k]) for k in c) for c, d in zip(claims, new)):
                continue
            n += 1
            if n <= show:
                print(f"  {name} {aid}: {len(claims)} claims before, {len(new or [])} after")
                for c, d in zip(claims, new or []):
                    diff = {k: (c.get(k), d.get(k)) for k in set(c) | set(d) if not _same(c.get(k), d.get(k))}
                    if diff:
                        print(f"    {c.get('figure_text')!r}: {diff}")
    return n


def main(argv=None) -> int:
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("action", choices=("save", "check"))
    ap.add_argument("dir")
    ap.add_argument("--corpora", default=",".join(CORPORA))
    ap.add_argument("--fresh", action="store_true", help="check: recompute sentences and mentions")
    ap.add_argument("--repeat", type=int, default=1, help="check: runs of find_claims (best CPU is printed)")
    ap.add_argument("--show", type=int, default=10)
    args = ap.parse_args(argv)
    base = Path(args.dir)
    names = args.corpora.split(",")
    sys.setrecursionlimit(10000)
    if args.action == "save":
        base.mkdir(parents=True, exist_ok=True)
        inputs = load_inputs(names)
        with open(base / "inputs.pkl", "wb") as fh:
            pickle.dump(inputs, fh, protocol=pickle.HIGHEST_PROTOCOL)
        claims, cpu = run_claims(inputs)
        with open(base / "claims.pkl", "wb") as fh:
            pickle.dump(claims, fh, protocol=pickle.HIGHEST_PROTOCOL)
        for name, rows in claims.items():
            print(f"{name}: {len(rows)} articles, {sum(len(c) for _, c in rows)} claims")
        print(f"find_claims CPU {cpu:.2f} s; saved under {base}")
        return 0
    with open(base / "claims.pkl", "rb") as fh:
        before = pickle.load(fh)
    before = {k: v for k, v in before.items() if k in names}
    if args.fresh:
        inputs = load_inputs(list(before))
    else:
        with open(base / "inputs.pkl", "rb") as fh:
            inputs = {k: v for k, v in pickle.load(fh).items() if k in before}
    best = None
    for _ in range(max(1, args.repeat)):
        after, cpu = run_claims(inputs)
        best = cpu if best is None else min(best, cpu)
    n = differences(before, after, args.show)
    total = sum(len(c) for rows in after.values() for _, c in rows)
    print(f"{total} claims over {sum(len(r) for r in after.values())} articles; "
          f"{n} articles differ; find_claims CPU {best:.2f} s (best of {max(1, args.repeat)})")
    return 1 if n else 0


if __name__ == "__main__":
    sys.exit(main())
