"""Bad inputs at scale: a mixed folder of good and bad inputs through the whole program.

    python benchmarks/bad_inputs_bench.py [--copies 25] [--keep DIR]

Builds tests/fixtures/mixed/mixed_inputs.py's folder with its ordinary cases repeated `copies`
times (25 copies: ~2,200 good articles and ~1,100 bad inputs or records, plus the large and
pathological cases once), runs `python -m pipeline run` on it as a subprocess, and prints the
seconds, exit status, rejects by reason, and whether every good article and every bad input is
where it should be. Then times the adversarial strings of tests/test_bad_inputs.py at 1 MB each, and
the huge sentences of tests/claims/test_pathological.py: a real claim with a run of "defence spending 2% " (or
another of its junk units) glued on (3,000 copies, then 1 MB) in one sentence, the claims stage timed alone (CPU seconds), and
whether the real claim is still found.

    python benchmarks/bad_inputs_bench.py --huge-only      # just the huge sentences
"""
from __future__ import annotations

import argparse
import os
import subprocess
import sys
import tempfile
import time
from collections import Counter
from pathlib import Path

CASE_TIMEOUT = 120  # seconds per adversarial string: reported, not waited for
ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT / "tests" / "fixtures" / "mixed"))
import mixed_inputs  # noqa: E402


def main() -> int:
    ap = argparse.ArgumentParser()
    ap.add_argument("--copies", type=int, default=25)
    ap.add_argument("--keep", help="build in this folder and keep it")
    ap.add_argument("--adversarial-chars", type=int, default=1_000_000)
    ap.add_argument("--huge-only", action="store_true", help="only the huge one-sentence runs")
    args = ap.parse_args()
    if args.huge_only:
        huge_sentences(args.adversarial_chars)
        return 0
    base = Path(args.keep or tempfile.mkdtemp(prefix="bad_inputs_bench-"))
    t0 = time.perf_counter()
    mixed = mixed_inputs.build(base / "in", base / "outside", copies=args.copies)
    print(f"built {len(mixed.good)} good articles and {len(mixed.bad)} bad inputs in {time.perf_counter() - t0:.1f} s under {base}")
    out = base / "out"
    t0 = time.perf_counter()
    proc = subprocess.run([sys.executable, "-m", "pipeline", "run", str(base / "in"), "--output", str(out), "--no-progress"],
                          capture_output=True, text=True, cwd=base)
    seconds = time.perf_counter() - t0
    print(f"run: exit {proc.returncode} in {seconds:.1f} s")
    print(proc.stderr.strip().splitlines()[-1] if proc.stderr.strip() else "(no output)")
    if proc.returncode != 0:
        return 1
    import pandas as pd

    from pipeline.readers.records import display_path

    articles, rejects = pd.read_parquet(out / "articles"), pd.read_parquet(out / "rejects")
    print("rejects by reason:", dict(sorted(Counter(rejects.reason).items())))
    text_by_path = articles.groupby("input_path").text.apply("\n".join).to_dict()
    lost = [g for g in mixed.good if g.code not in text_by_path.get(display_path(str(mixed.root / g.rel)), "")]
    reasons = rejects.groupby("input_path").reason.apply(set).to_dict()
    unrejected = [b for b in mixed.bad if not reasons.get(display_path(str(mixed.root / b.rel)), set()) & b.reasons]
    claims = pd.read_parquet(out / "claims")
    leaked = [w for w in mixed.noise if claims.sentence.str.contains(w, regex=False).any()]
    print(f"good articles missing: {len(lost)}; bad inputs without their reject: {len(unrejected)}; noise words in claims: {len(leaked)}")
    for g in lost[:5]:
        print("  missing", g)
    for b in unrejected[:5]:
        print("  not rejected", b)

    from pipeline.claims import find_claims
    from pipeline.quantities import find_mentions
    from pipeline.segment import split_sentences

    sys.path.insert(0, str(ROOT / "tests"))
    from test_bad_inputs import ADVERSARIAL  # noqa: E402

    print(f"adversarial strings, {args.adversarial_chars:,} chars each ({CASE_TIMEOUT} s cap each):")
    import signal

    def stop(*_):
        raise TimeoutError

    signal.signal(signal.SIGALRM, stop)
    for name, unit in ADVERSARIAL.items():
        text = f"{mixed_inputs.POLICY} " + unit * (args.adversarial_chars // len(unit))
        signal.alarm(CASE_TIMEOUT)
        try:
            _adversarial(name, text, split_sentences, find_mentions, find_claims)
        except TimeoutError:
            print(f"  {name!r:20} TIMEOUT after {CASE_TIMEOUT} s", flush=True)
        finally:
            signal.alarm(0)
    huge_sentences(args.adversarial_chars)
    return 0 if not (lost or unrejected or leaked) else 1




def huge_sentences(chars: int) -> None:
    """The claims stage alone on one sentence: a real claim, then thousands of figures each next to a
    metric word (CPU seconds; the sentences and mentions are built by the test's helpers)."""
    sys.path.insert(0, str(ROOT / "tests" / "claims"))
    from test_pathological import GOOD, JUNK_UNITS, _junk_claims  # noqa: E402

    from pipeline.claims import find_claims
    from pipeline.claims.entities import gazetteer

    gazetteer()  # start-up cost, not the sentence's
    find_claims({"text": GOOD, "article_id": "w", "title": None, "published": None}, [], [])
    print(f"huge sentences, claims stage only ({CASE_TIMEOUT} s cap each):")
    import signal

    def stop(*_):
        raise TimeoutError

    signal.signal(signal.SIGALRM, stop)
    for unit in JUNK_UNITS:
        for copies in (3000, chars // len(unit)):
            signal.alarm(CASE_TIMEOUT)
            t = time.process_time()
            try:
                claims = _junk_claims(unit, copies)
            except TimeoutError:
                print(f"  {unit!r:32} x{copies:<7} TIMEOUT after {CASE_TIMEOUT} s", flush=True)
                continue
            finally:
                signal.alarm(0)
            good = any(c["value"] == 2.5 and c["metric"] == "defense_spending" for c in claims)
            print(f"  {unit!r:32} x{copies:<7} {len(GOOD) + copies * len(unit):>9,} chars  {time.process_time() - t:7.2f} s CPU"
                  f"  {len(claims):>6} claims  real claim found: {good}", flush=True)


def _adversarial(name, text, split_sentences, find_mentions, find_claims) -> None:
    t = time.perf_counter()
    s = split_sentences(text)
    t1 = time.perf_counter()
    m = find_mentions(text, s)
    t2 = time.perf_counter()
    for i, x in enumerate(m):
        x["mention_id"] = f"m{i}"
    c = find_claims({"text": text, "article_id": "a", "title": None, "published": None}, s, m)
    t3 = time.perf_counter()
    print(f"  {name!r:20} sentences {t1 - t:6.2f} s  mentions {t2 - t1:6.2f} s ({len(m)})  claims {t3 - t2:6.2f} s ({len(c)})", flush=True)


if __name__ == "__main__":
    sys.exit(main())
