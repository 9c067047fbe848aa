"""What does compiling the hot pure-Python modules buy? Pure tree against compiled trees, interleaved.

    python benchmarks/compile_bench.py build cython /tmp/cy10      # copy the package, cythonize -i there
    python benchmarks/compile_bench.py build mypyc /tmp/my10       # the same with mypyc (counts what breaks)
    python benchmarks/compile_bench.py build mypyc /tmp/my10 --lenient   # type errors silenced
    python benchmarks/compile_bench.py measure /tmp/cy10 [/tmp/my10 ...] --repeat 3

``build`` copies this checkout's ``pipeline/`` into a scratch folder (never compiling inside the
checkout: a compiled module beside its ``.py`` shadows later edits of the ``.py``) and compiles the
stage modules there in place, unchanged: the claims modules (``frame``, ``roles``, ``lexicon``,
``metric``, ``stance``, ``modality``, ``gazetteer``) and the quantities modules (``extract``,
``fast``, ``grammar``, ``lexicon``). Cython compiles them in pure-Python mode (no annotations
added); mypyc compiles them as typed code, so what it rejects is printed (errors per module).
The build's wall seconds are printed.

``measure`` runs, for each round, one fresh subprocess per tree (this checkout first, then each
compiled tree: interleaved, so the machine's load hits them alike). Each child reads the corpus
(default Reuters, 19,043 articles), warms the lexicons, then times ``split_sentences``,
``find_mentions`` and ``find_claims`` over every article (CPU seconds, one core) and hashes every
article's sentences, mentions and claims (all fields, order included; floats by ``repr``). Printed:
per tree and stage the best CPU of ``--repeat`` rounds, its ratio to the pure tree, and the number
of articles whose output differs from the pure tree's (identity must be 0).
"""
from __future__ import annotations

import argparse
import hashlib
import json
import os
import shutil
import subprocess
import sys
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
CORPUS = ROOT.parent / "shared" / "corpora" / "reuters21578.jsonl"
MODULES = [
    "pipeline/claims/frame.py", "pipeline/claims/roles.py", "pipeline/claims/lexicon.py",
    "pipeline/claims/metric.py", "pipeline/claims/stance.py", "pipeline/claims/modality.py",
    "pipeline/claims/gazetteer.py",
    "pipeline/claims/story.py", "pipeline/claims/guards.py", "pipeline/claims/speakers.py", "pipeline/claims/levels.py",
    "pipeline/claims/plans.py", "pipeline/claims/aid.py", "pipeline/claims/actors.py",
    "pipeline/claims/entities.py", "pipeline/claims/anaphora.py", "pipeline/claims/organisations.py", "pipeline/claims/owners.py",
    "pipeline/claims/voices.py",
    "pipeline/claims/figures.py", "pipeline/claims/scope.py", "pipeline/claims/claimtype.py",
    "pipeline/claims/claim.py",
    "pipeline/claims/basis.py", "pipeline/claims/cuelexicon.py", "pipeline/claims/cuescope.py",
    "pipeline/claims/metrictopic.py",
    "pipeline/claims/plantype.py", "pipeline/claims/ruletype.py",
    "pipeline/quantities/extract.py", "pipeline/quantities/fast.py", "pipeline/quantities/grammar.py",
    "pipeline/quantities/lexicon.py",
]
CFLAGS = "-g0 '-DPyRange_CheckExact(op)=Py_IS_TYPE((op), &PyRange_Type)'"
LENIENT = ("union-attr, assignment, return-value, arg-type, var-annotated, index, call-overload, dict-item, "
           "import-untyped")
STAGES = ("segment", "find_mentions", "find_claims")


def build(compiler: str, dest: Path, opt: str, lenient: bool = False) -> int:
    if dest.exists():
        shutil.rmtree(dest)
    dest.mkdir(parents=True)
    shutil.copytree(ROOT / "pipeline", dest / "pipeline", ignore=shutil.ignore_patterns("__pycache__"))
    t = time.perf_counter()
    env = dict(os.environ)
    if compiler == "cython":
        # annotation_typing=False: pure-Python semantics (Cython would otherwise turn ``list[...]``
        # annotations into exact type checks: metric.py's ``hits: list[Hit] = ()`` fails at import).
        cmd = ["cythonize", "-i", "-3", "-j", str(os.cpu_count() or 1), "-X", "annotation_typing=False", *MODULES]
        # Cython 3.3.1 emits PyRange_CheckExact (absent from CPython's API) for a range-typed
        # variable (cuescope.py, _governing_indexed): define it. -g0, and -O1 by default: frame.c
        # (3,300 lines of Python) needs ~4 GB of cc1 memory and many minutes at Python's -O3 -g.
        env["CFLAGS"] = f"{opt} {CFLAGS} {env.get('CFLAGS', '')}"
    else:
        cmd = ["mypyc", *MODULES]
        if lenient:  # type errors silenced: does mypyc compile what it would otherwise reject?
            (dest / "mypy.ini").write_text(f"[mypy]\nignore_missing_imports = True\ndisable_error_code = {LENIENT}\n")
    proc = subprocess.run(cmd, cwd=dest, capture_output=True, text=True, env=env)
    took = time.perf_counter() - t
    log = proc.stdout + proc.stderr
    (dest / "build.log").write_text(log)
    if compiler == "mypyc":
        _mypyc_errors(log)
    print(f"{compiler}: exit {proc.returncode}, {took:.1f} s wall; log in {dest / 'build.log'}")
    return proc.returncode


def _mypyc_errors(log: str) -> None:
    """Errors per module (mypyc type-checks before compiling: what it rejects must be changed)."""
    per: dict[str, int] = {}
    for line in log.splitlines():
        if ": error:" in line:
            per[line.split(":", 1)[0]] = per.get(line.split(":", 1)[0], 0) + 1
    for mod, n in sorted(per.items()):
        print(f"  {mod}: {n} errors")
    print(f"  total: {sum(per.values())} errors")


def _digest(obj) -> str:
    return hashlib.sha256(repr(obj).encode()).hexdigest()


def child(tree: Path, corpus: Path, out: Path) -> None:
    """Runs in a fresh interpreter with ``tree`` first on sys.path: times the stages, hashes outputs."""
    sys.path.insert(0, str(tree))
    import pipeline
    from pipeline.claims import find_claims, preload
    from pipeline.claims import frame
    from pipeline.process import finish_article
    from pipeline.quantities import extract, find_mentions
    from pipeline.readers import list_inputs, read_input
    from pipeline.segment import split_sentences

    arts = [finish_article(a, "") for f in list_inputs([str(corpus)], []) for a in read_input(f)
            if not a.get("reject")]
    preload()
    warm = {"text": "Japan said it would raise defence spending to 2% of GDP by 2027.", "title": None,
            "article_id": "w", "published": None}
    ss = split_sentences(warm["text"])
    find_claims(warm, ss, find_mentions(warm["text"], ss))
    cpu = {}
    t = time.process_time()
    sents = [split_sentences(a["text"]) for a in arts]
    cpu["segment"] = time.process_time() - t
    t = time.process_time()
    ments = [find_mentions(a["text"], s) for a, s in zip(arts, sents)]
    cpu["find_mentions"] = time.process_time() - t
    for a, ms in zip(arts, ments):  # the ids process_article gives them
        for m in ms:
            m["mention_id"] = f"{a['article_id']}:{m['char_start']}:{m['char_end']}"
            m["article_id"] = a["article_id"]
    mention_digests = [_digest(ms) for ms in ments]  # before find_claims could touch them
    t = time.process_time()
    claims = [find_claims(a, s, ms) if ms else [] for a, s, ms in zip(arts, sents, ments)]
    cpu["find_claims"] = time.process_time() - t
    digests = {a["article_id"]: _digest(([tuple(x) for x in s], md, c))
               for a, s, md, c in zip(arts, sents, mention_digests, claims)}
    out.write_text(json.dumps({
        "package": pipeline.__file__, "frame": frame.__file__, "extract": extract.__file__,
        "cpu": cpu, "claims": sum(map(len, claims)), "mentions": sum(map(len, ments)), "digests": digests,
    }))


def measure(trees: list[Path], corpus: Path, repeat: int, scratch: Path) -> int:
    trees = [ROOT, *trees]
    scratch.mkdir(parents=True, exist_ok=True)
    best: dict[Path, dict[str, float]] = {t: {} for t in trees}
    results: dict[Path, dict] = {}
    for r in range(repeat):
        for i, tree in enumerate(trees):
            out = scratch / f"tree{i}.json"
            env = {**os.environ, "PYTHONHASHSEED": "0"}
            subprocess.run([sys.executable, __file__, "child", str(tree), "--corpus", str(corpus), "--out", str(out)],
                           check=True, env=env, cwd=scratch)
            res = json.loads(out.read_text())
            results[tree] = res
            for s in STAGES:
                best[tree][s] = min(best[tree].get(s, 1e9), res["cpu"][s])
            print(f"round {r + 1} {tree}: " + ", ".join(f"{s} {res['cpu'][s]:.2f}" for s in STAGES), flush=True)
    base = results[ROOT]
    print(f"\nCPU seconds, best of {repeat} (one core, {len(base['digests'])} articles, "
          f"{base['mentions']} mentions, {base['claims']} claims in the pure tree):")
    print(f"{'tree':<34} " + " ".join(f"{s:>14}" for s in STAGES) + f" {'mentions+claims':>16} {'differ':>7}")
    bad = 0
    for tree in trees:
        res = results[tree]
        differ = sum(1 for k, d in base["digests"].items() if res["digests"].get(k) != d)
        differ += len(set(res["digests"]) - set(base["digests"]))
        bad += differ
        mc = best[tree]["find_mentions"] + best[tree]["find_claims"]
        mc0 = best[ROOT]["find_mentions"] + best[ROOT]["find_claims"]
        cells = " ".join(f"{best[tree][s]:7.2f} ({best[tree][s] / best[ROOT][s]:4.2f})" for s in STAGES)
        name = "pure (this checkout)" if tree == ROOT else str(tree)
        print(f"{name:<34} {cells} {mc:8.2f} ({mc / mc0:4.2f}) {differ:7d}")
        print(f"{'':<34} frame: {res['frame']}; extract: {res['extract']}")
    return 1 if bad else 0


def main(argv=None) -> int:
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    sub = ap.add_subparsers(dest="command", required=True)
    b = sub.add_parser("build")
    b.add_argument("compiler", choices=("cython", "mypyc"))
    b.add_argument("dest", type=Path)
    b.add_argument("--opt", default="-O1", help="C optimisation level (cython; default -O1; write --opt=-O3)")
    b.add_argument("--lenient", action="store_true", help="mypyc: silence the type errors it reports")
    m = sub.add_parser("measure")
    m.add_argument("trees", nargs="+", type=Path)
    m.add_argument("--corpus", type=Path, default=CORPUS)
    m.add_argument("--repeat", type=int, default=3)
    m.add_argument("--scratch", type=Path, default=Path("/tmp/compile_bench"))
    c = sub.add_parser("child")
    c.add_argument("tree", type=Path)
    c.add_argument("--corpus", type=Path, default=CORPUS)
    c.add_argument("--out", type=Path, required=True)
    args = ap.parse_args(argv)
    if args.command == "build":
        return build(args.compiler, args.dest, args.opt, args.lenient)
    if args.command == "child":
        child(args.tree, args.corpus, args.out)
        return 0
    return measure(args.trees, args.corpus, args.repeat, args.scratch)


if __name__ == "__main__":
    raise SystemExit(main())
