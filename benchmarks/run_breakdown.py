"""Where a parallel run's CPU and wall time go, process by process (issue 4).

    python benchmarks/run_breakdown.py                         # Reuters, --workers 2
    python benchmarks/run_breakdown.py CORPUS --workers 2 --output DIR

Runs `policy-claims run CORPUS --output DIR --full --quiet --workers N` in this process (a fresh
interpreter, so start-up is included) with timers wrapped around the run's parts, then prints:

- the orchestrator (parent): CPU by phase (imports, up to the head start, the stages' warm-up,
  commits with their Parquet writer threads, the claim events' spill and `update_events`), its own
  CPU (`RUSAGE_SELF`) against its children's (`RUSAGE_CHILDREN`);
- each worker process (the head-start worker included): CPU by stage (reading, sentences,
  mentions, claims, Arrow) and the rest (ids, rows, pickling), its units and its idle time between
  its first and its last unit;
- the wall timeline: when the head start and the warm workers began their first unit, the serial
  start (one core busy at most) and the serial end (last unit done -> run returned).

CPU times are `time.process_time` deltas (all threads of a process); wall times are from the start
of this script. The wrappers cost about 1 us a call (two per article and stage): small next to the
stages, but compare breakdowns with each other, not with `pipeline_bench.py`'s bare runs.
"""
from __future__ import annotations

import argparse
import collections
import functools
import json
import os
import resource
import shutil
import sys
import tempfile
import time
from pathlib import Path

T0 = time.time()
ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))

_STAGES = ("split_sentences", "find_mentions", "find_claims")
_UNIT_FUNCTIONS = ("process_shard", "finish_shard", "prepare_shard_to_send")


def _install(log_dir: str) -> tuple[collections.Counter, list]:
    """Wrap the run's parts; returns the parent's CPU counter and its event list (wall, name)."""
    from pipeline import process
    from pipeline import run as run_mod
    from pipeline import store
    from pipeline.analysis import events

    cpu: collections.Counter = collections.Counter()  # this process's (and, once forked, each worker's own copy)
    marks: list = []
    clock = time.process_time

    def timed(key, fn):
        @functools.wraps(fn)
        def wrapper(*args, **kwargs):
            t = clock()
            try:
                return fn(*args, **kwargs)
            finally:
                cpu[key] += clock() - t
        return wrapper

    # stages: wrapped where they are loaded (the warm-up loads them in the parent before the fork,
    # the head-start worker loads its own)
    load_stage = process._load_stage

    def load_and_wrap(name):
        value = timed(name, load_stage(name))
        setattr(process, name, value)
        return value

    process._load_stage = load_and_wrap

    read_shard = run_mod.read_shard

    def timed_read_shard(*args, **kwargs):
        items = read_shard(*args, **kwargs)
        while True:
            t = clock()
            try:
                item = next(items)
            except StopIteration:
                cpu["read_shard"] += clock() - t
                return
            cpu["read_shard"] += clock() - t
            yield item

    run_mod.read_shard = timed_read_shard
    run_mod.to_arrow = timed("to_arrow", run_mod.to_arrow)

    depth = [0]  # process_shard calls finish_shard: a unit is the outermost call

    def log_unit(name, start_wall):
        usage = resource.getrusage(resource.RUSAGE_SELF)
        with open(os.path.join(log_dir, f"{os.getpid()}.jsonl"), "a") as fh:
            fh.write(json.dumps({"fn": name, "start": start_wall, "end": time.time() - T0,
                                 "process_cpu": usage.ru_utime + usage.ru_stime, "cpu": dict(cpu)}) + "\n")

    def unit(name, fn):
        # a worker's unit: its CPU so far and the unit's wall interval, appended to the worker's log
        def wrapper(*args, **kwargs):
            start_wall = time.time() - T0
            depth[0] += 1
            try:
                return fn(*args, **kwargs)
            finally:
                depth[0] -= 1
                if not depth[0]:
                    log_unit(name, start_wall)
        wrapper.__name__ = wrapper.__qualname__ = name  # pickled by reference: run.<name> is this wrapper
        wrapper.__module__ = run_mod.__name__
        return wrapper

    for name in _UNIT_FUNCTIONS:
        setattr(run_mod, name, unit(name, getattr(run_mod, name)))

    def marked(name, fn):
        @functools.wraps(fn)
        def wrapper(*args, **kwargs):
            marks.append((time.time() - T0, name + " start", clock()))
            try:
                return fn(*args, **kwargs)
            finally:
                marks.append((time.time() - T0, name + " end", clock()))
        return wrapper

    run_mod._warm_up_stages = timed("parent: warm-up", marked("warm-up", run_mod._warm_up_stages))
    run_mod._head_start = marked("head start", run_mod._head_start)
    run_mod.update_events = timed("parent: update_events", marked("update_events", run_mod.update_events))
    run_mod._commit_unit = timed("parent: commits (with writer threads)", run_mod._commit_unit)
    store.Store.commit = timed("parent: Store.commit", store.Store.commit)
    events.EventSpill.add = timed("parent: event spill", events.EventSpill.add)
    return cpu, marks


def _workers(log_dir: str) -> dict[int, list[dict]]:
    out = {}
    for name in os.listdir(log_dir):
        with open(os.path.join(log_dir, name)) as fh:
            out[int(name.split(".")[0])] = [json.loads(line) for line in fh]
    return out


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("corpus", nargs="?", default=str(ROOT.parent / "shared" / "corpora" / "reuters21578.jsonl"))
    ap.add_argument("--workers", type=int, default=2)
    ap.add_argument("--output", help="output folder, which must not exist (default: a temporary one, removed after)")
    args = ap.parse_args()
    argv = ["run", args.corpus, "--full", "--quiet", "--workers", str(args.workers)]
    import pipeline.__main__ as entry

    entry._arrow_without_numpy(argv)  # as `python -m pipeline run` does
    from pipeline.cli import main as cli_main

    usage = resource.getrusage(resource.RUSAGE_SELF)
    imports_cpu = usage.ru_utime + usage.ru_stime  # since the interpreter started
    log_dir = tempfile.mkdtemp(prefix="run-breakdown-")
    if args.output and os.path.exists(args.output):
        raise SystemExit(f"{args.output} exists: the run must start from an empty output (--full into a fresh folder)")
    output = args.output or os.path.join(tempfile.mkdtemp(prefix="run-breakdown-"), "out")
    cpu, marks = _install(log_dir)
    rc = cli_main([*argv, "--output", output])
    wall = time.time() - T0
    own = resource.getrusage(resource.RUSAGE_SELF)
    children = resource.getrusage(resource.RUSAGE_CHILDREN)
    workers = _workers(log_dir)
    shutil.rmtree(log_dir, ignore_errors=True)
    if not args.output:
        shutil.rmtree(os.path.dirname(output), ignore_errors=True)

    print(f"run exit {rc}: wall {wall:.2f} s, CPU {own.ru_utime + own.ru_stime + children.ru_utime + children.ru_stime:.2f} s "
          f"(parent {own.ru_utime + own.ru_stime:.2f} s of which system {own.ru_stime:.2f}; "
          f"children {children.ru_utime + children.ru_stime:.2f} s of which system {children.ru_stime:.2f}); "
          f"load average {os.getloadavg()[0]:.1f}")
    print("\nparent (orchestrator), CPU seconds")
    print(f"  {'interpreter start-up and imports':40s} {imports_cpu:6.2f}")
    for key in sorted(k for k in cpu if k.startswith("parent")):
        print(f"  {key[8:]:40s} {cpu[key]:6.2f}")
    for t, name, c in marks:
        print(f"  {'':40s}        {name} at {t:6.2f} s wall (parent CPU so far {c:5.2f})")

    print("\nworker processes, CPU seconds (the head start's units are prepare_shard_to_send)")
    stage_keys = ("read_shard", *_STAGES, "to_arrow")
    print(f"  {'pid':>7} {'units':>5} {'cpu':>6} " + " ".join(f"{k[:14]:>14}" for k in stage_keys) + f" {'rest':>6} {'busy':>6} {'idle':>6}")
    totals: collections.Counter = collections.Counter()
    spans = []
    for pid, units in sorted(workers.items()):
        last = units[-1]
        stages = {k: last["cpu"].get(k, 0.0) for k in stage_keys}
        process_cpu = last["process_cpu"]
        rest = process_cpu - sum(stages.values())
        busy = sum(u["end"] - u["start"] for u in units)
        first, end = min(u["start"] for u in units), max(u["end"] for u in units)
        spans.append((pid, first, end, units))
        print(f"  {pid:>7} {len(units):>5} {process_cpu:6.2f} " + " ".join(f"{stages[k]:14.2f}" for k in stage_keys)
              + f" {rest:6.2f} {busy:6.2f} {end - first - busy:6.2f}")
        for k, v in stages.items():
            totals[k] += v
        totals["cpu"] += process_cpu
    print(f"  {'all':>7} {'':>5} {totals['cpu']:6.2f} " + " ".join(f"{totals[k]:14.2f}" for k in stage_keys)
          + f" {totals['cpu'] - sum(totals[k] for k in stage_keys):6.2f}")
    print(f"  children's CPU not in a logged unit (the head start's unfinished unit, start-up and exit of the "
          f"workers): {children.ru_utime + children.ru_stime - totals['cpu']:.2f} s")

    print("\nwall timeline (seconds from start)")
    for pid, first, end, units in sorted(spans, key=lambda s: s[1]):
        kinds = collections.Counter(u["fn"] for u in units)
        print(f"  worker {pid}: first unit {first:6.2f}, last unit done {end:6.2f} ({dict(kinds)})")
    if spans:
        warm = [s for s in spans if all(u["fn"] != "prepare_shard_to_send" for u in s[3])]
        last_done = max(s[2] for s in spans)
        if warm:
            print(f"  serial start: first warm worker unit at {min(s[1] for s in warm):.2f} s "
                  f"(head start's first unit at {min(s[1] for s in spans):.2f} s)")
        print(f"  serial end: last unit done {last_done:.2f} s -> run returned {wall:.2f} s ({wall - last_done:.2f} s)")


if __name__ == "__main__":
    main()
