"""End-to-end benchmark of `policy-claims run` on the Reuters corpus against the floor.

    python benchmarks/pipeline_bench.py                    # everything (several minutes)
    python benchmarks/pipeline_bench.py --workers 1 --skip-kill
    python benchmarks/pipeline_bench.py --stages 2000      # where the time goes, per stage, on 2,000 articles

In the same invocation it runs, each as a fresh subprocess (so process start-up is included):
1. the floor, `../shared/bench/floor.py` (read, split sentences, scan for figures);
2. `policy-claims run <corpus> --output <fresh dir> --full` with 1 and with 2 workers;
3. an unchanged re-run on the 1-worker output (must cost at most a quarter of the full run and add no rows);
4. a run killed with kill -9 at about half the full run's time, then a re-run, whose article,
   mention and claim id sets are compared with the clean run's (and checked for duplicates).
It prints seconds, the ratio to the floor, CPU seconds (user + system of the process tree: steadier
than wall time on a shared machine), articles per second and peak memory (RSS of the process tree,
polled every 20 ms). Numbers are noisy on a shared machine: run it more than once.
"""
from __future__ import annotations

import argparse
import json
import shutil
import sys
import tempfile
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))
from _measure import ROOT, SHARED, byte_compile, measure, pipeline_command  # noqa: E402

sys.path.insert(0, str(ROOT))


def _count(path: Path) -> int:
    with open(path, "rb") as fh:
        return sum(1 for line in fh if line.strip())


def _ids(out: Path) -> dict[str, list]:
    import pyarrow.parquet as pq

    res = {}
    for table, key in (("articles", "article_id"), ("mentions", "mention_id"), ("claims", "claim_id")):
        res[table] = pq.read_table(out / table, columns=[key]).column(0).to_pylist()
    return res


def _rows(out: Path) -> dict[str, int]:
    return {t: len(v) for t, v in _ids(out).items()}


def _line(name: str, m, articles: int, floor_s: float | None) -> str:
    ratio = f"{m.seconds / floor_s:6.2f}x floor" if floor_s else ""
    return (f"{name:<28} {m.seconds:8.2f} s  {ratio}  {m.cpu_seconds:7.2f} s CPU  {articles / m.seconds:9.0f} articles/s  "
            f"peak {m.peak_tree_mb:7.0f} MB (tree), {m.peak_one_mb:6.0f} MB (largest process)")


def floor(corpus: Path, floor_script: Path):
    m = measure([sys.executable, str(floor_script), str(corpus)])
    if m.returncode != 0:
        raise SystemExit(f"floor failed: {m.stderr}")
    return m, float(m.stdout.split()[0])


def full_run(corpus: Path, out: Path, workers: int, extra=()):
    m = measure(pipeline_command("run", str(corpus), "--output", str(out), "--full", "--no-progress", "--workers", str(workers), *extra))
    if m.returncode != 0:
        raise SystemExit(f"run failed ({m.returncode}): {m.stderr[-2000:]}")
    return m


def stages(corpus: Path, limit: int) -> None:
    """Per-stage wall time of a local in-process run on the first `limit` articles."""
    import cProfile
    import pstats

    t_import = time.perf_counter()
    from pipeline import process  # the stages' import cost (regex compiling, lexicons), counted apart
    t_import = time.perf_counter() - t_import
    from pipeline import run as run_mod, store
    from pipeline.options import RunOptions

    timers: dict[str, float] = {}

    def timed(owner, name, label):
        fn = getattr(owner, name)

        def wrapper(*a, **k):
            t = time.perf_counter()
            try:
                return fn(*a, **k)
            finally:
                timers[label] = timers.get(label, 0.0) + time.perf_counter() - t

        setattr(owner, name, wrapper)

    def timed_iter(owner, name, label):
        fn = getattr(owner, name)

        def wrapper(*a, **k):
            it = fn(*a, **k)
            while True:
                t = time.perf_counter()
                try:
                    item = next(it)
                except StopIteration:
                    timers[label] = timers.get(label, 0.0) + time.perf_counter() - t
                    return
                timers[label] = timers.get(label, 0.0) + time.perf_counter() - t
                yield item

        setattr(owner, name, wrapper)

    timed_iter(run_mod, "read_shard", "read (readers)")
    timed(process, "finish_article", "finish (ids, hash)")
    timed(process, "split_sentences", "segment")
    timed(process, "find_mentions", "quantities")
    timed(process, "find_claims", "claims")
    timed(run_mod, "to_arrow", "to Arrow")
    timed(store.Store, "commit", "store commit (Parquet, fsync)")
    timed(store.Store, "article_index", "index load")

    with tempfile.TemporaryDirectory() as tmp:
        subset = Path(tmp) / "subset.jsonl"
        with open(corpus, "rb") as src, open(subset, "wb") as dst:
            for i, line in enumerate(src):
                if i >= limit:
                    break
                dst.write(line)
        prof = cProfile.Profile()
        t = time.perf_counter()
        prof.enable()
        summary = run_mod.run(RunOptions(paths=(str(subset),), output=str(Path(tmp) / "out"), full=True, progress=False))
        prof.disable()
        total = time.perf_counter() - t
    print(f"\nStages of a local run on {summary.articles_seen} articles ({total:.2f} s in the run, "
          f"{summary.articles_seen / total:.0f} articles/s; stage imports {t_import:.2f} s apart):")
    for label, s in sorted(timers.items(), key=lambda kv: -kv[1]):
        print(f"  {label:<32} {s:8.3f} s  {100 * s / total:5.1f}%  {1000 * s / max(1, summary.articles_seen):7.3f} ms/article")
    print("\nTop functions by own time:")
    pstats.Stats(prof).sort_stats("tottime").print_stats(15)


def main(argv=None) -> int:
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("--corpus", type=Path, default=SHARED / "corpora" / "reuters21578.jsonl")
    ap.add_argument("--floor", type=Path, default=SHARED / "bench" / "floor.py")
    ap.add_argument("--workers", default="1,2", help="comma-separated worker counts for the full runs (default 1,2)")
    ap.add_argument("--skip-kill", action="store_true", help="leave out the kill -9 test")
    ap.add_argument("--stages", type=int, metavar="N", help="only profile a local run on the first N articles, per stage")
    ap.add_argument("--json", type=Path, help="also write the figures here as JSON")
    args = ap.parse_args(argv)
    byte_compile()  # no timed start-up compiles edited sources again
    if not args.corpus.exists():
        print(f"corpus {args.corpus} not found", file=sys.stderr)
        return 2
    if args.stages:
        stages(args.corpus, args.stages)
        return 0

    articles = _count(args.corpus)
    figures: dict = {"corpus": str(args.corpus), "articles": articles}
    tmp = Path(tempfile.mkdtemp(prefix="pc-bench-"))
    try:
        print(f"corpus {args.corpus.name}: {articles} articles")
        floors = sorted((floor(args.corpus, args.floor) for _ in range(3)), key=lambda r: r[0].seconds)
        fm, floor_inner = floors[1]  # the median of three: the machine is shared, one run can be unlucky
        figures["floor"] = {"seconds": fm.seconds, "seconds_inside": floor_inner, "peak_mb": fm.peak_tree_mb,
                            "all_seconds": [r[0].seconds for r in floors]}
        print(_line("floor (incl. start-up)", fm, articles, None) + f"   [median of {', '.join(f'{r[0].seconds:.2f}' for r in floors)} s; "
              f"its own timer: {floor_inner:.2f} s]")
        clean = None
        full_seconds = None
        for w in [int(x) for x in args.workers.split(",") if x]:
            out = tmp / f"full-w{w}"
            m = full_run(args.corpus, out, w)
            print(_line(f"run --full --workers {w}", m, articles, fm.seconds))
            figures[f"full_w{w}"] = {"seconds": m.seconds, "cpu_seconds": m.cpu_seconds, "ratio_to_floor": m.seconds / fm.seconds,
                                     "articles_per_s": articles / m.seconds, "peak_tree_mb": m.peak_tree_mb,
                                     "peak_one_mb": m.peak_one_mb, "rows": _rows(out)}
            if clean is None:
                clean, full_seconds = out, m.seconds

        before = _rows(clean)
        m = measure(pipeline_command("run", str(args.corpus), "--output", str(clean), "--no-progress"))
        after = _rows(clean)
        print(_line("unchanged re-run", m, articles, fm.seconds)
              + f"   {m.seconds / full_seconds:.3f} of the full run; rows added: {sum(after.values()) - sum(before.values())}")
        figures["unchanged_rerun"] = {"seconds": m.seconds, "ratio_to_full": m.seconds / full_seconds,
                                      "rows_added": sum(after.values()) - sum(before.values())}

        if not args.skip_kill:
            out = tmp / "killed"
            half = full_seconds / 2
            k = measure(pipeline_command("run", str(args.corpus), "--output", str(out), "--no-progress"), kill_after=half)
            partial = _rows(out)
            r = measure(pipeline_command("run", str(args.corpus), "--output", str(out), "--no-progress"))
            got, want = _ids(out), _ids(clean)
            same = all(set(got[t]) == set(want[t]) for t in want)
            dups = {t: len(v) - len(set(v)) for t, v in got.items()}
            print(f"kill -9 after {k.seconds:.1f} s: {partial['articles']} of {len(want['articles'])} articles committed; "
                  f"re-run {r.seconds:.1f} s (exit {r.returncode}); id sets equal to a clean run: {same}; duplicates: {dups}")
            if not same:
                for t in want:
                    extra, missing = set(got[t]) - set(want[t]), set(want[t]) - set(got[t])
                    print(f"  {t}: {len(extra)} ids only after kill+re-run {sorted(extra)[:3]}, {len(missing)} only in the clean run {sorted(missing)[:3]}"
                          "  (the stages' code must not change between the runs: copy the tree first)")
            figures["kill9"] = {"killed_after_s": k.seconds, "articles_committed": partial["articles"],
                                "rerun_seconds": r.seconds, "ids_equal_clean": same, "duplicates": dups}
        if args.json:
            args.json.write_text(json.dumps(figures, indent=2))
    finally:
        shutil.rmtree(tmp, ignore_errors=True)
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
