"""The per-article hot path, stage by stage, and the whole run against the floor.

    python benchmarks/hotpath_bench.py                   # stages (3 repeats) + end to end (1 and 2 workers)
    python benchmarks/hotpath_bench.py --stages-only --limit 3000 --repeat 5
    python benchmarks/hotpath_bench.py --e2e-only --repeat 3

1. In process, one core: read (the JSONL reader, ids and content hashes: ``finish_article``),
   segment (``split_sentences``), find_mentions, find_claims over the corpus (default: Reuters,
   19,043 articles). Each stage runs over every article before the next starts; the lexicons and
   the gazetteer are loaded before timing (their cost is start-up, shown separately as "warm-up").
   Prints per-stage seconds (wall and CPU), articles/s and ms per article; best of ``--repeat``.
2. End to end, each a fresh subprocess (start-up and imports included): ``floor.py`` and
   ``python -m pipeline run <corpus> --output <fresh dir> --full --quiet`` with ``--workers 1`` and
   ``2``; best of ``--repeat`` each, with the ratio to the best floor.

The machine has 2 cores shared with other jobs, so wall times vary by tens of percent: the best of
several repeats is reported, and the CPU seconds of the in-process stages are printed next to wall.
"""
from __future__ import annotations

import argparse
import shutil
import sys
import tempfile
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))
from _measure import ROOT, SHARED, measure, pipeline_command  # noqa: E402

sys.path.insert(0, str(ROOT))

CORPUS = SHARED / "corpora" / "reuters21578.jsonl"
FLOOR = SHARED / "bench" / "floor.py"


def _clock():
    return time.perf_counter(), time.process_time()


def _since(t):
    w, c = _clock()
    return w - t[0], c - t[1]


def stages(corpus: Path, limit: int | None, repeat: int) -> dict:
    from pipeline.claims import find_claims
    from pipeline.process import finish_article
    from pipeline.quantities import find_mentions
    from pipeline.readers import list_inputs, read_input
    from pipeline.segment import split_sentences

    def read():
        arts = []
        for f in list_inputs([str(corpus)], []):
            for a in read_input(f):
                if not a.get("reject"):
                    arts.append(finish_article(a, ""))
                    if limit and len(arts) >= limit:
                        return arts
        return arts

    t = _clock()
    # warm-up: lexicons, grammar, gazetteer (start-up cost, paid once per process)
    from pipeline.claims import entities
    entities.gazetteer()
    sample = {"text": "Japan said it would raise defence spending to 2% of GDP by 2027.", "title": None,
              "article_id": "w", "published": None}
    ss = split_sentences(sample["text"])
    find_claims(sample, ss, find_mentions(sample["text"], ss))
    warm = _since(t)

    best: dict[str, tuple[float, float]] = {}

    def keep(name, took):
        old = best.get(name)
        best[name] = took if old is None or took[0] < old[0] else old

    counts = {}
    for _ in range(repeat):
        t = _clock()
        arts = read()
        keep("read", _since(t))
        t = _clock()
        sents = [split_sentences(a["text"]) for a in arts]
        keep("segment", _since(t))
        t = _clock()
        ments = [find_mentions(a["text"], s) for a, s in zip(arts, sents)]
        keep("find_mentions", _since(t))
        for a, ms in zip(arts, ments):  # what process_article does between the two stages
            for m in ms:
                m["mention_id"] = f"{a['article_id']}:{m['char_start']}:{m['char_end']}"
                m["article_id"] = a["article_id"]
        t = _clock()
        claims = [find_claims(a, s, ms) if ms else [] for a, s, ms in zip(arts, sents, ments)]
        keep("find_claims", _since(t))
        counts = {"articles": len(arts), "mentions": sum(map(len, ments)), "claims": sum(map(len, claims))}
    n = counts["articles"]
    print(f"in process, one core: {n} articles, {counts['mentions']} mentions, {counts['claims']} claims "
          f"(best of {repeat})")
    print(f"  {'warm-up (load lexicons)':<26} {warm[0]:7.2f} s wall {warm[1]:7.2f} s CPU")
    total_w = total_c = 0.0
    for name in ("read", "segment", "find_mentions", "find_claims"):
        w, c = best[name]
        total_w += w
        total_c += c
        print(f"  {name:<26} {w:7.2f} s wall {c:7.2f} s CPU {n / max(w, 1e-9):10.0f} articles/s "
              f"{1000 * w / n:7.3f} ms/article")
    print(f"  {'total':<26} {total_w:7.2f} s wall {total_c:7.2f} s CPU {n / total_w:10.0f} articles/s "
          f"{1000 * total_w / n:7.3f} ms/article")
    return {"best": best, "warm": warm, **counts}


def _timed(cmd) -> tuple:
    """(wall seconds, CPU seconds of the process tree, Measured)."""
    m = measure(cmd)
    return m.seconds, m.cpu_seconds, m


def end_to_end(corpus: Path, repeat: int, workers=(1, 2)) -> dict:
    floors, floor_cpu = [], []
    for _ in range(repeat):
        wall, cpu, m = _timed([sys.executable, str(FLOOR), str(corpus)])
        if m.returncode != 0:
            raise SystemExit(f"floor failed: {m.stderr}")
        floors.append(wall)
        floor_cpu.append(cpu)
    floor_s = min(floors)
    print(f"end to end (fresh processes, best of {repeat}; CPU = user+sys of the whole process tree):")
    print(f"  {'floor.py':<26} {floor_s:7.2f} s  {min(floor_cpu):6.2f} s CPU  (all: {', '.join(f'{x:.2f}' for x in floors)})")
    res = {"floor": floor_s}
    for w in workers:
        runs, cpus = [], []
        for _ in range(repeat):
            out = Path(tempfile.mkdtemp(prefix="hotpath-"))
            try:
                wall, cpu, m = _timed(pipeline_command("run", str(corpus), "--output", str(out / "o"), "--full",
                                                       "--quiet", "--workers", str(w)))
            finally:
                shutil.rmtree(out, ignore_errors=True)
            if m.returncode != 0:
                raise SystemExit(f"run failed: {m.stderr[-2000:]}")
            runs.append(wall)
            cpus.append(cpu)
        s = min(runs)
        res[w] = s
        print(f"  {f'run --workers {w}':<26} {s:7.2f} s  {min(cpus):6.2f} s CPU  {s / floor_s:5.2f}x floor  "
              f"(all: {', '.join(f'{x:.2f}' for x in runs)})")
    return res


def main(argv=None) -> int:
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("corpus", nargs="?", default=str(CORPUS))
    ap.add_argument("--limit", type=int, default=None, help="first N articles only (stages)")
    ap.add_argument("--repeat", type=int, default=3)
    ap.add_argument("--stages-only", action="store_true")
    ap.add_argument("--e2e-only", action="store_true")
    args = ap.parse_args(argv)
    corpus = Path(args.corpus)
    if not args.e2e_only:
        stages(corpus, args.limit, args.repeat)
    if not args.stages_only:
        end_to_end(corpus, args.repeat)
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
