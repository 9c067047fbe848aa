"""Speed of sentence segmentation + quantity extraction on the Reuters corpus, and of quantulum3.

    python benchmarks/quantities_bench.py [--corpus PATH] [--quantulum-sentences 200]
                                          [--quantulum-articles 5] [--no-quantulum]
    python benchmarks/quantities_bench.py --against REV [--repeat 3]   # before/after a change

Prints wall and CPU seconds and articles/s for: segmentation alone, find_mentions alone, both;
then quantulum3 on a sample of single sentences that hold a figure, and on a few whole articles
(quantulum3 is superlinear in text length, which is why the pipeline never gives it an article).
The machine may be shared: CPU seconds are the steadier number.

``--against REV`` compares this tree with a git revision in one process: the revision's
``pipeline/segment.py`` and ``pipeline/quantities`` are imported under another package name and
the two versions run alternately article by article (which one goes first alternates too), so a
loaded machine slows both alike; prints CPU seconds per stage, best of ``--repeat``.
"""
from __future__ import annotations

import argparse
import importlib
import importlib.util
import io
import json
import random
import subprocess
import sys
import tarfile
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))

from pipeline.evaluation.corpora import corpora_dir  # noqa: E402
from pipeline.quantities import find_mentions  # noqa: E402
from pipeline.quantities.fast import warm  # noqa: E402
from pipeline.segment import split_sentences  # noqa: E402


class Timer:
    def __enter__(self):
        self.wall, self.cpu = time.perf_counter(), time.process_time()
        return self

    def __exit__(self, *exc):
        self.wall = time.perf_counter() - self.wall
        self.cpu = time.process_time() - self.cpu


def line(label: str, t: Timer, n: int, unit: str = "articles") -> None:
    rate = n / t.wall if t.wall else float("inf")
    print(f"{label:<44} {t.wall:8.3f} s wall {t.cpu:8.3f} s cpu  {rate:10.1f} {unit}/s")


def import_revision(rev: str, folder: Path):
    """The revision's segmenter and quantities package, imported as ``pipeline_rev`` (they use
    relative imports only and find their data files next to themselves)."""
    archive = subprocess.run(["git", "archive", rev, "pipeline"], cwd=ROOT, capture_output=True, check=True).stdout
    with tarfile.open(fileobj=io.BytesIO(archive)) as tar:
        tar.extractall(folder)
    init = folder / "pipeline" / "__init__.py"
    spec = importlib.util.spec_from_file_location("pipeline_rev", init,
                                                  submodule_search_locations=[str(init.parent)])
    package = importlib.util.module_from_spec(spec)
    sys.modules["pipeline_rev"] = package
    spec.loader.exec_module(package)
    segment = importlib.import_module("pipeline_rev.segment")
    quantities = importlib.import_module("pipeline_rev.quantities")
    return segment.split_sentences, quantities.find_mentions


def against(rev: str, texts: list[str], repeat: int) -> None:
    """Interleaved CPU seconds of this tree and of ``rev``, per stage."""
    with tempfile.TemporaryDirectory() as tmp:
        split_rev, find_rev = import_revision(rev, Path(tmp))
        sides = {rev: (split_rev, find_rev), "this tree": (split_sentences, find_mentions)}
        for split, find in sides.values():
            find("warm up 5 pct", split("warm up 5 pct"))
        clock = time.process_time
        best: dict[tuple[str, str], float] = {}
        for _ in range(repeat):
            spent = dict.fromkeys(((s, stage) for s in sides for stage in ("segment", "find_mentions")), 0.0)
            for i, text in enumerate(texts):
                order = list(sides) if i % 2 else list(reversed(sides))
                for side in order:
                    split, find = sides[side]
                    t0 = clock()
                    sentences = split(text)
                    t1 = clock()
                    find(text, sentences)
                    t2 = clock()
                    spent[side, "segment"] += t1 - t0
                    spent[side, "find_mentions"] += t2 - t1
            for key, value in spent.items():
                best[key] = min(best.get(key, value), value)
    print(f"CPU seconds, interleaved, best of {repeat}:")
    for stage in ("segment", "find_mentions"):
        before, after = best[rev, stage], best["this tree", stage]
        print(f"  {stage:<16} {rev}: {before:7.3f}   this tree: {after:7.3f}   ({after / before - 1:+.0%})")


def main(argv=None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    root = corpora_dir()
    ap.add_argument("--corpus", default=str(root / "reuters21578.jsonl") if root else None)
    ap.add_argument("--quantulum-sentences", type=int, default=200)
    ap.add_argument("--quantulum-articles", type=int, default=5)
    ap.add_argument("--no-quantulum", action="store_true")
    ap.add_argument("--against", metavar="REV", help="compare with a git revision, interleaved")
    ap.add_argument("--repeat", type=int, default=3, help="with --against: best of N passes")
    args = ap.parse_args(argv)
    if not args.corpus or not Path(args.corpus).exists():
        print("Reuters corpus not found (../shared/corpora/reuters21578.jsonl)", file=sys.stderr)
        return 2
    with open(args.corpus, encoding="utf-8") as fh:
        texts = [json.loads(line).get("text") or "" for line in fh]
    n = len(texts)
    print(f"{n} articles, {sum(map(len, texts)) / 1e6:.1f} M characters")
    warm()
    if args.against:
        against(args.against, texts, args.repeat)
        return 0
    find_mentions("warm up 5 pct", split_sentences("warm up 5 pct"))

    with Timer() as t_seg:
        segmented = [split_sentences(t) for t in texts]
    line("segment", t_seg, n)
    with Timer() as t_q:
        counts = [len(find_mentions(t, s)) for t, s in zip(texts, segmented)]
    line("find_mentions", t_q, n)
    with Timer() as t_both:
        total = 0
        for t in texts:
            total += len(find_mentions(t, split_sentences(t)))
    line("segment + find_mentions", t_both, n)
    print(f"{sum(map(len, segmented))} sentences, {sum(counts)} mentions")

    if args.no_quantulum:
        return 0
    from pipeline.quantities.quantulum_adapter import _quantulum, quantulum_mentions
    from pipeline.segment import Sentence

    _quantulum()
    rng = random.Random(7)
    with_figures = [(t, s) for t, ss in zip(texts, segmented) for s in ss
                    if find_mentions(t, [Sentence(0, s.start, s.end)])]
    sample = rng.sample(with_figures, min(args.quantulum_sentences, len(with_figures)))
    with Timer() as t_qs:
        for t, s in sample:
            quantulum_mentions(t, s)
    line(f"quantulum3, {len(sample)} single sentences", t_qs, len(sample), "sentences")
    with Timer() as t_gs:
        for t, s in sample:
            find_mentions(t, [Sentence(0, s.start, s.end)])
    line(f"grammar, same {len(sample)} sentences", t_gs, len(sample), "sentences")
    articles = sorted(texts, key=len)[len(texts) // 2:][: args.quantulum_articles]
    with Timer() as t_qa:
        for t in articles:
            quantulum_mentions(t, Sentence(0, 0, len(t)))
    line(f"quantulum3, {len(articles)} whole articles", t_qa, len(articles))
    biggest = max(texts, key=len)
    with Timer() as t_big:
        quantulum_mentions(biggest, Sentence(0, 0, min(len(biggest), 20000)))
    line(f"quantulum3, one {min(len(biggest), 20000)}-char article", t_big, 1)
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
