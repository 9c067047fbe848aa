"""How far the 4x goal (issue 4) is from the run's parts: the whole run against the same run with its claims stage, and
then its mentions stage too, taken out.

    python benchmarks/stage_bound_bench.py                  # Reuters, --workers 2, 3 interleaved rounds
    python benchmarks/stage_bound_bench.py CORPUS --workers 2 --rounds 5

Each round runs, as fresh processes one after the other: ``floor.py``; ``policy-claims run --full --quiet`` (the real run);
the same run with ``find_claims`` returning no claims; and the same with ``find_mentions`` returning no mentions as well.
The two cut runs are this script run again in a child (``--cut claims`` / ``--cut mentions``), which replaces the stage
in ``pipeline.process`` before the run forks its workers, so that reading, ids, sentences, Parquet commits, start-up and
the workers' pool are all as in the real run. They write tables with no claims (or no mentions): they measure a lower
bound, not a product. Prints the median wall seconds and CPU seconds (the process tree's user + system) of each, and each
one's ratio to the floor's wall time.

Reading: a cut run is what any claims (or claims and mentions) stage of zero cost would leave; its ratio to the floor is
the least the goal can be met at with the rest of the run as it is.
"""
from __future__ import annotations

import argparse
import shutil
import statistics
import sys
import tempfile
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))
from _measure import ROOT, SHARED, byte_compile, measure, pipeline_command  # noqa: E402

CORPUS = SHARED / "corpora" / "reuters21578.jsonl"
FLOOR = SHARED / "bench" / "floor.py"


def _cut_run(cut: str, run_args: list[str]) -> int:
    """Run `policy-claims run` in this process with the stage(s) `cut` doing no work (see the module's docstring)."""
    sys.path.insert(0, str(ROOT))
    from pipeline import cli, process

    process._ensure_stages()
    process.find_claims = lambda article, sentences, mentions: []
    if cut == "mentions":
        process.find_mentions = lambda text, sentences: []
    return cli.main(["run", *run_args])


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("corpus", nargs="?", default=str(CORPUS))
    ap.add_argument("--workers", type=int, default=2)
    ap.add_argument("--rounds", type=int, default=3)
    ap.add_argument("--cut", choices=("claims", "mentions"), help=argparse.SUPPRESS)  # (the child's mode)
    args, rest = ap.parse_known_args()
    if args.cut:
        # (--workers is this script's own option too, so parse_known_args took it out of `rest`: hand it on, or the cut
        # runs would run in one process whatever was asked, as they did until session 24)
        raise SystemExit(_cut_run(args.cut, [args.corpus, *rest, "--workers", str(args.workers)]))
    byte_compile()
    names = ("floor", "run", "run, no claims", "run, no claims or mentions")
    walls: dict[str, list[float]] = {n: [] for n in names}
    cpus: dict[str, list[float]] = {n: [] for n in names}
    for r in range(args.rounds):
        for name in names:
            out = Path(tempfile.mkdtemp(prefix="bound-"))
            run_args = [args.corpus, "--output", str(out / "o"), "--full", "--quiet", "--workers", str(args.workers)]
            if name == "floor":
                cmd = [sys.executable, str(FLOOR), args.corpus]
            elif name == "run":
                cmd = pipeline_command("run", *run_args)
            else:
                cut = "claims" if name == "run, no claims" else "mentions"
                cmd = [sys.executable, str(Path(__file__).resolve()), args.corpus, "--cut", cut, *run_args[1:]]
            try:
                m = measure(cmd)
            finally:
                shutil.rmtree(out, ignore_errors=True)
            if m.returncode != 0:
                raise SystemExit(f"{name} failed: {m.stderr[-2000:]}")
            walls[name].append(m.seconds)
            cpus[name].append(m.cpu_seconds)
            print(f"round {r + 1}: {name:<28} {m.seconds:6.2f} s wall {m.cpu_seconds:6.2f} s CPU", flush=True)
    floor = statistics.median(walls["floor"])
    print(f"\nmedians of {args.rounds} rounds, --workers {args.workers}:")
    for name in names:
        w, c = statistics.median(walls[name]), statistics.median(cpus[name])
        print(f"  {name:<28} {w:6.2f} s wall {c:6.2f} s CPU {w / floor:6.2f}x floor")


if __name__ == "__main__":
    main()
