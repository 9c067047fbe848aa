"""How time and memory grow with the corpus: Reuters repeated with new ids up to 200,000 articles.

    python benchmarks/scale_bench.py                          # 19043, 50000, 100000, 200000 articles
    python benchmarks/scale_bench.py --sizes 19043,50000 --workers 2

Builds each corpus in a temporary folder (the Reuters records in order, again and again, each copy
with new ids `<id>~<copy>`), runs `policy-claims run <corpus> --output <fresh dir>` as a subprocess
and prints seconds, articles per second and peak memory (RSS of the process tree) per size, and the
ratio of each size's peak memory to the smallest size's. Memory must not grow with the corpus: the
batches are bounded, and only the index of known article ids grows (its size is printed too).
Then a "nightly" run over that output with 500 new articles (the index of every article already
there loaded, the claim events brought up to date): its seconds and peak memory, and their ratio to
the smallest size's.
"""
from __future__ import annotations

import argparse
import json
import shutil
import sys
import tempfile
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))
from _measure import SHARED, byte_compile, measure, pipeline_command  # noqa: E402


def build_corpus(source: Path, size: int, dest: Path) -> None:
    """`size` records: the source's records over and over, the copies with new ids."""
    with open(source, "rb") as fh:
        records = [line for line in fh if line.strip()]
    written = 0
    copy = 0
    with open(dest, "w", encoding="utf-8") as out:
        while written < size:
            for line in records:
                if written >= size:
                    break
                if copy == 0:
                    out.write(line.decode("utf-8").rstrip("\n") + "\n")
                else:
                    rec = json.loads(line)
                    rec["id"] = f"{rec.get('id', written)}~{copy}"
                    out.write(json.dumps(rec, ensure_ascii=False) + "\n")
                written += 1
            copy += 1


def nightly_feed(source: Path, dest: Path, n: int = 500) -> None:
    """`n` records of the source with ids no run has seen: the next night's new articles."""
    with open(source, "rb") as fh, open(dest, "w", encoding="utf-8") as out:
        for i, line in enumerate(line for line in fh if line.strip()):
            if i >= n:
                break
            rec = json.loads(line)
            rec["id"] = f"{rec.get('id', i)}~night"
            out.write(json.dumps(rec, ensure_ascii=False) + "\n")


def index_mb(out: Path) -> float:
    """Memory of the known-article index (id -> hash, part) the next run over this output loads."""
    import tracemalloc

    sys.path.insert(0, str(Path(__file__).resolve().parents[1]))
    from pipeline.run import digest_key
    from pipeline.store import Store

    tracemalloc.start()
    store = Store(out)
    index = store.article_index(key=digest_key)  # the form the run holds it in
    current, _ = tracemalloc.get_traced_memory()
    tracemalloc.stop()
    del index
    return current / 2**20


def rate_drift(out: Path) -> tuple[float, float]:
    """Articles per second over the first and the last quarter of the run's batches (from the
    commit times of the part files): a flat line means no step costs more as the output grows."""
    import pyarrow.parquet as pq

    parts = sorted(p for p in (out / "articles").glob("part-2*.parquet"))
    marks = [(p.stat().st_mtime, pq.read_metadata(p).num_rows) for p in parts]
    if len(marks) < 8:
        return float("nan"), float("nan")
    q = len(marks) // 4

    def rate(a: int, b: int) -> float:
        return sum(n for _, n in marks[a + 1:b + 1]) / max(1e-9, marks[b][0] - marks[a][0])

    return rate(0, q), rate(len(marks) - 1 - q, len(marks) - 1)


def main(argv=None) -> int:
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("--corpus", type=Path, default=SHARED / "corpora" / "reuters21578.jsonl")
    ap.add_argument("--sizes", default="19043,50000,100000,200000")
    ap.add_argument("--workers", type=int, default=1)
    ap.add_argument("--json", type=Path, help="also write the figures here as JSON")
    args = ap.parse_args(argv)
    byte_compile()  # no timed start-up compiles edited sources again
    rows = []
    tmp = Path(tempfile.mkdtemp(prefix="pc-scale-"))
    try:
        print(f"{'articles':>9} {'seconds':>9} {'articles/s':>11} {'peak MB (tree)':>15} {'largest proc MB':>16} {'x smallest':>10} {'index MB':>9} {'1st q/s':>8} {'last q/s':>8} {'night s':>10} {'night MB':>10} {'x smallest':>10}")
        for size in [int(s) for s in args.sizes.split(",") if s]:
            corpus = tmp / f"corpus-{size}.jsonl"
            build_corpus(args.corpus, size, corpus)
            out = tmp / f"out-{size}"
            m = measure(pipeline_command("run", str(corpus), "--output", str(out), "--no-progress", "--workers", str(args.workers)))
            if m.returncode != 0:
                print(f"run on {size} articles failed: {m.stderr[-1500:]}", file=sys.stderr)
                return 1
            idx = index_mb(out)
            first, last = rate_drift(out)
            night = tmp / "night.jsonl"
            nightly_feed(args.corpus, night)
            n = measure(pipeline_command("run", str(corpus), str(night), "--output", str(out), "--no-progress", "--workers", str(args.workers)))
            if n.returncode != 0:
                print(f"nightly run over {size} articles failed: {n.stderr[-1500:]}", file=sys.stderr)
                return 1
            rows.append({"articles": size, "seconds": m.seconds, "articles_per_s": size / m.seconds,
                         "peak_tree_mb": m.peak_tree_mb, "peak_one_mb": m.peak_one_mb, "index_mb": idx,
                         "articles_per_s_first_quarter": first, "articles_per_s_last_quarter": last,
                         "nightly_seconds": n.seconds, "nightly_peak_tree_mb": n.peak_tree_mb})
            growth = m.peak_tree_mb / rows[0]["peak_tree_mb"]
            night_growth = n.peak_tree_mb / rows[0]["nightly_peak_tree_mb"]
            print(f"{size:>9} {m.seconds:>9.1f} {size / m.seconds:>11.0f} {m.peak_tree_mb:>15.0f} {m.peak_one_mb:>16.0f} {growth:>10.2f} {idx:>9.1f}"
                  f" {first:>8.0f} {last:>8.0f} {n.seconds:>10.1f} {n.peak_tree_mb:>10.0f} {night_growth:>10.2f}", flush=True)
            corpus.unlink()
            shutil.rmtree(out, ignore_errors=True)
        if args.json:
            args.json.write_text(json.dumps(rows, indent=2))
    finally:
        shutil.rmtree(tmp, ignore_errors=True)
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
