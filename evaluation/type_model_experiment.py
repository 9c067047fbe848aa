"""Experiment: can a small learned model set `claim_type` better than the rules on unseen articles?

Run from the repo root:  python -m evaluation.type_model_experiment  (or python evaluation/type_model_experiment.py)

Data. For every dev gold file (DEV_GOLD) the pipeline is run on its documents; each predicted claim that
`match_claims` pairs with a non-optional gold claim gives one row. Features come from the article and the
predicted claim only, never from the gold:
- the rules' claim_type (only in the "with rules" variants), hedged, negated, bound, deadline/compared_to present;
- actor kind (null / state / organisation), actor == target, target null; the predicted metric;
- the stance-lexicon classes (pipeline/data/claims/stance_cues.csv) found in the figure's clause before and after
  the figure, and the class of the nearest cue before it;
- modal and tense words in the clause before/after the figure (will, would, could, expects, plans, target, was, rose ...);
- a year in the clause relative to the publication year (earlier / same / later), "last/this/next year";
- a quotation mark or a speech verb in the sentence, an `attributed_to` value;
- lowercased unigrams of an 8-token window each side of the figure (side-marked, vocabulary capped and
  counted on the training rows only).
Label: the gold's acceptable claim types, the target spread evenly over them. A prediction is right when it
is one of the acceptable types (as in the scorer).

Model: multinomial logistic regression in numpy, L2, full-batch gradient descent from zeros (deterministic).

Comparisons, leave-one-file-out over the dev files except the blind set `claims_fresh_type9.jsonl`:
(a) the rules; (b) the model without the rules' type; (c) the model with it; (d) the rules, overridden by (c)
(d:c) or by (b) (d:b) where that model's top probability is at least a threshold (chosen on the pooled out-of-fold
predictions). The same on the blind set with models trained on all the other dev files. The rules were tuned on
the dev files, so (a) is an in-sample figure there; `--blind-time` also runs, for each fresh set, the rules of the
commit that added it (before anyone tuned on it) and scores them and the models (trained on every other dev file)
on the same matched figures.

Result (session 9, l2 = 1): see evaluation/README.md, row `type_model_experiment.py`: no variant beat the rules on
both the blind set and in cross-validation, so nothing is wired into the pipeline.
"""
from __future__ import annotations

import csv
import json
import pickle
import re
import sys
import tempfile
from collections import Counter, defaultdict
from pathlib import Path

import numpy as np

REPO = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(REPO))

from pipeline.evaluation import claims as ev  # noqa: E402

TYPES = ("demand", "commitment", "proposal", "rejection", "forecast", "actual", "benchmark")
BLIND = "claims_fresh_type9.jsonl"
SCRATCH = Path(tempfile.gettempdir()) / "type_model_experiment"  # pipeline outputs cached between runs (--refresh)
CACHE = SCRATCH / "rows.pkl"
WINDOW = 8
VOCAB_CAP = 600
MIN_COUNT = 3
CLAUSE_BREAK = re.compile(r";|\s(?:but|while|whereas|although|however|which)\s|,\s+(?:saying|adding|and\s+(?=[A-Z]))|\n\s*[-•*]\s",
                          re.IGNORECASE)
TOKEN = re.compile(r"[a-z]+(?:['’][a-z]+)?")
YEAR = re.compile(r"\b(19[5-9]\d|20[0-4]\d)(?:[-/](\d{2,4}))?\b")
MARKERS = ("will", "would", "could", "may", "might", "should", "must", "expects", "expected", "expect", "plans", "plan",
           "planned", "target", "targets", "aims", "aim", "was", "were", "is", "are", "has", "have", "had", "rose", "fell",
           "said", "says", "told", "forecast", "projected", "estimated", "proposed", "budget", "request", "requested",
           "last", "next", "this", "year", "to", "from", "by", "of", "at", "in")
SPEECH = ("said", "says", "told", "according", "added", "stated", "announced")
ORGS = {"NATO", "EU", "EUROZONE", "OECD", "IMF", "UN", "WORLD_BANK", "G7", "G8", "G20", "OPEC", "EC"}


def load_stance_cues(path=REPO / "pipeline" / "data" / "claims" / "stance_cues.csv"):
    """{first word: [(tuple of words, prefix match on last word, class)]} from the stance lexicon."""
    by_first = defaultdict(list)
    with open(path, encoding="utf-8") as fh:
        rows = csv.reader(line for line in fh if not line.startswith("#"))
        next(rows)
        for row in rows:
            cue, cls = row[0].strip().lower(), row[1].strip()
            prefix = cue.endswith("*")
            words = tuple(cue.rstrip("*").split())
            if words:
                by_first[words[0]].append((words, prefix, cls))
    return by_first


CUES = load_stance_cues()


def cue_classes(tokens: list[str]) -> list[tuple[int, str]]:
    """(token index, stance class) for each stance cue found in a token list."""
    found = []
    for i, tok in enumerate(tokens):
        for words, prefix, cls in CUES.get(tok, ()):
            n = len(words)
            seq = tokens[i:i + n]
            if len(seq) < n:
                continue
            if seq[:-1] == list(words[:-1]) and (seq[-1] == words[-1] or (prefix and seq[-1].startswith(words[-1]))):
                found.append((i, cls))
    return found


def _sentence_span(text: str, sentence: str, start: int) -> int:
    pos = text.find(sentence, max(0, start - len(sentence)))
    return pos if 0 <= pos <= start else max(0, start - len(sentence))


def _clause(sentence: str, fig_start: int, fig_end: int) -> tuple[str, str]:
    """The figure's clause: text before it back to the last clause break, and after it to the next."""
    left, right = sentence[:fig_start], sentence[fig_end:]
    cut = 0
    for m in CLAUSE_BREAK.finditer(left):
        cut = m.end()
    left = left[cut:]
    m = CLAUSE_BREAK.search(right)
    if m:
        right = right[:m.start()]
    return left, right


def _actor_kind(code) -> str:
    if code is None:
        return "null"
    return "org" if code in ORGS else "state" if re.fullmatch(r"[A-Z]{3}", code) else "other"


def features(claim: dict, text: str, with_rules: bool = True) -> dict[str, float]:
    """Features of one predicted claim, from the article text and the claim (never the gold)."""
    f: dict[str, float] = {"bias": 1.0}
    sentence = claim.get("sentence") or ""
    s0 = _sentence_span(text, sentence, claim["char_start"])
    fs, fe = claim["char_start"] - s0, claim["char_end"] - s0
    if not (0 <= fs <= len(sentence)):
        fs = fe = len(sentence) // 2
    if with_rules:
        f["rule=" + str(claim.get("claim_type"))] = 1.0
    for key in ("hedged", "negated"):
        if claim.get(key):
            f[key] = 1.0
    f["bound=" + str(claim.get("bound"))] = 1.0
    f["unit=" + str(claim.get("unit"))] = 1.0
    if claim.get("deadline_year") is not None:
        f["deadline"] = 1.0
    if claim.get("compared_to") is not None:
        f["compared"] = 1.0
    if claim.get("attributed_to"):
        f["attributed"] = 1.0
    actor, target = claim.get("actor_code"), claim.get("target_code")
    f["actor=" + _actor_kind(actor)] = 1.0
    if actor is not None and actor == target:
        f["actor_is_target"] = 1.0
    if target is None:
        f["target_null"] = 1.0
    f["metric=" + str(claim.get("metric"))] = 1.0
    left, right = _clause(sentence, fs, fe)
    ltok, rtok = TOKEN.findall(left.lower()), TOKEN.findall(right.lower())
    lcues, rcues = cue_classes(ltok), cue_classes(rtok)
    for _, cls in lcues:
        f["cue_before=" + cls] = 1.0
    for _, cls in rcues:
        f["cue_after=" + cls] = 1.0
    if lcues:
        f["nearest_before=" + lcues[-1][1]] = 1.0
    if rcues:
        f["nearest_after=" + rcues[0][1]] = 1.0
    lset, rset = set(ltok), set(rtok)
    for w in MARKERS:
        if w in lset:
            f["mark_before=" + w] = 1.0
        if w in rset:
            f["mark_after=" + w] = 1.0
    pub = claim.get("published")
    pub_year = getattr(pub, "year", None)
    clause = left + " " + right
    if pub_year:
        for m in YEAR.finditer(clause):
            y = int(m.group(1))
            if m.group(2):  # "1987/88": the later year
                tail = m.group(2)
                y = int(tail) if len(tail) == 4 else (y // 100) * 100 + int(tail)
            rel = "past" if y < pub_year else "same" if y == pub_year else "later"
            f["year_" + rel] = 1.0
    low = clause.lower()
    for phrase in ("last year", "this year", "next year", "current year", "fiscal year", "a year ago"):
        if phrase in low:
            f["phrase=" + phrase] = 1.0
    if re.search(r"[\"“”]", sentence):
        f["quote"] = 1.0
    stoks = set(TOKEN.findall(sentence.lower()))
    if stoks & set(SPEECH):
        f["speech"] = 1.0
    # unigrams of a window each side of the figure (whole sentence, not just the clause)
    wl = TOKEN.findall(sentence[:fs].lower())[-WINDOW:]
    wr = TOKEN.findall(sentence[fe:].lower())[:WINDOW]
    for w in wl:
        f["L:" + w] = 1.0
    for w in wr:
        f["R:" + w] = 1.0
    return f


# -- data ---------------------------------------------------------------------------------------------
def collect(files) -> list[dict]:
    rows = []
    for name in files:
        docs = ev.read_gold(ev.GOLD_DIR / name)
        articles = ev.gold_articles([d["doc_id"] for d in docs])
        for doc in docs:
            art = articles.get(doc["doc_id"])
            if art is None:
                continue
            gold = doc.get("claims") or []
            pred = sorted(ev.predict(art), key=lambda c: c.get("char_start") or 0)
            for i, j in ev.match_claims(pred, gold):
                g = gold[j]
                if ev.is_optional(g):
                    continue
                acceptable = [t for t in ev._acceptable(g.get("claim_type")) if t in TYPES]
                if not acceptable:
                    continue
                rows.append({"file": name, "doc": doc["doc_id"], "claim": pred[i], "text": art["text"],
                             "rule": pred[i].get("claim_type"), "gold": acceptable})
    return rows


def load_rows(refresh=False) -> list[dict]:
    if CACHE.exists() and not refresh:
        return pickle.loads(CACHE.read_bytes())
    rows = collect(ev.DEV_GOLD)
    CACHE.parent.mkdir(parents=True, exist_ok=True)
    CACHE.write_bytes(pickle.dumps(rows))
    return rows


# -- model ----------------------------------------------------------------------------------------------
def build_vocab(feature_dicts) -> list[str]:
    counts = Counter(k for f in feature_dicts for k in f)
    fixed = sorted(k for k in counts if not k.startswith(("L:", "R:")))
    grams = [k for k, n in sorted(counts.items(), key=lambda kv: (-kv[1], kv[0]))
             if k.startswith(("L:", "R:")) and n >= MIN_COUNT][:VOCAB_CAP]
    return fixed + sorted(grams)


class Sparse:
    """A binary row-sparse matrix: the column indices of each row's features (all features are 0/1; every row
    holds the bias, so no row is empty)."""

    def __init__(self, cols: list[list[int]], width: int):
        self.width, self.n = width, len(cols)
        lengths = np.array([len(c) for c in cols])
        self.rows = np.repeat(np.arange(self.n), lengths)
        self.cols = np.array([i for c in cols for i in c], dtype=np.int64)
        self.row_starts = np.concatenate([[0], np.cumsum(lengths)[:-1]])
        self.by_col = np.argsort(self.cols, kind="stable")
        present, self.col_starts = np.unique(self.cols[self.by_col], return_index=True)
        self.present = present

    def dot(self, W):  # X @ W
        return np.add.reduceat(W[self.cols], self.row_starts, axis=0)

    def tdot(self, G):  # X.T @ G
        out = np.zeros((self.width, G.shape[1]))
        if len(self.present):
            out[self.present] = np.add.reduceat(G[self.rows[self.by_col]], self.col_starts, axis=0)
        return out


def vectorize(feature_dicts, vocab) -> Sparse:
    index = {k: i for i, k in enumerate(vocab)}
    return Sparse([sorted(index[k] for k in f if k in index) for f in feature_dicts], len(vocab))


def targets(rows) -> np.ndarray:
    Y = np.zeros((len(rows), len(TYPES)))
    for r, row in enumerate(rows):
        for t in row["gold"]:
            Y[r, TYPES.index(t)] = 1.0 / len(row["gold"])
    return Y


def softmax(Z):
    Z = Z - Z.max(axis=1, keepdims=True)
    E = np.exp(Z)
    return E / E.sum(axis=1, keepdims=True)


def train(X, Y, bias, l2=1.0, steps=600, lr=0.5) -> np.ndarray:
    """Multinomial logistic regression by full-batch gradient descent with momentum (deterministic)."""
    n, d = X.n, X.width
    W = np.zeros((d, Y.shape[1]))
    V = np.zeros_like(W)
    reg = np.full((d, 1), l2 / n)
    reg[bias] = 0.0  # the bias is not penalised
    for _ in range(steps):
        P = softmax(X.dot(W))
        G = X.tdot(P - Y) / n + reg * W
        V = 0.9 * V - lr * G
        W = W + V
    return W


def fit_predict(train_feats, train_rows, test_feats, l2):
    """Probabilities over TYPES for the test rows, from a model fitted on the training rows."""
    vocab = build_vocab(train_feats)
    W = train(vectorize(train_feats, vocab), targets(train_rows), vocab.index("bias"), l2=l2)
    return softmax(vectorize(test_feats, vocab).dot(W))


def right(pred_types, rows) -> np.ndarray:
    return np.array([p in r["gold"] for p, r in zip(pred_types, rows)])


def override(rows, P, threshold):
    out = []
    for r, p in zip(rows, P):
        k = int(p.argmax())
        out.append(TYPES[k] if p[k] >= threshold else r["rule"])
    return out


def confusion(rows, preds) -> Counter:
    """(gold's first acceptable type, predicted) for wrong predictions."""
    return Counter((r["gold"][0], p) for r, p in zip(rows, preds) if p not in r["gold"])


def _report_changes(rows, preds, tag):
    changed = [(r["rule"], p, p in r["gold"], r["rule"] in r["gold"]) for r, p in zip(rows, preds) if p != r["rule"]]
    print(f"  {tag} changes {len(changed)} of the rules' types: wrong->right {sum(1 for c in changed if c[2] and not c[3])}, "
          f"right->wrong {sum(1 for c in changed if c[3] and not c[2])}, wrong->wrong {sum(1 for c in changed if not c[2] and not c[3])}")


def main(argv=None) -> int:
    import argparse
    ap = argparse.ArgumentParser()
    ap.add_argument("--refresh", action="store_true")
    ap.add_argument("--l2", type=float, nargs="*", default=[1.0])
    ap.add_argument("--pair", action="store_true", help="the model deciding only forecast against commitment")
    ap.add_argument("--blind-time", action="store_true", help="compare with the rules as they were when each fresh set was made")
    args = ap.parse_args(argv)
    rows = load_rows(args.refresh)
    if args.pair:
        for l2 in args.l2:
            pair_report(rows, l2)
        return 0
    if args.blind_time:
        for l2 in args.l2:
            blind_time_report([r for r in rows if r["file"] != BLIND], l2)
        return 0
    files = [f for f in ev.DEV_GOLD if f != BLIND]
    dev = [r for r in rows if r["file"] != BLIND]
    blind = [r for r in rows if r["file"] == BLIND]
    feats = {wr: [features(r["claim"], r["text"], wr) for r in dev] for wr in (True, False)}
    bfeats = {wr: [features(r["claim"], r["text"], wr) for r in blind] for wr in (True, False)}
    rules = [r["rule"] for r in dev]
    print(f"rows: dev {len(dev)} in {len(files)} files, blind {len(blind)}")
    thresholds = [0.5, 0.6, 0.7, 0.8, 0.85, 0.9, 0.95, 0.98]
    for l2 in args.l2:
        oof = {True: np.zeros((len(dev), len(TYPES))), False: np.zeros((len(dev), len(TYPES)))}
        for name in files:
            te = [i for i, r in enumerate(dev) if r["file"] == name]
            tr = [i for i, r in enumerate(dev) if r["file"] != name]
            for wr in (True, False):
                oof[wr][te] = fit_predict([feats[wr][i] for i in tr], [dev[i] for i in tr], [feats[wr][i] for i in te], l2)
        pb = [TYPES[k] for k in oof[False].argmax(1)]
        pc = [TYPES[k] for k in oof[True].argmax(1)]
        print(f"\nl2={l2}  leave-one-file-out over {len(files)} dev files ({len(dev)} matched scored claims)")
        print(f"  (a) rules            {right(rules, dev).mean():.4f}  ({right(rules, dev).sum()})")
        print(f"  (b) model, no rule   {right(pb, dev).mean():.4f}  ({right(pb, dev).sum()})")
        print(f"  (c) model with rule  {right(pc, dev).mean():.4f}  ({right(pc, dev).sum()})")
        best = {}
        for wr, tag in ((True, "d:c"), (False, "d:b")):
            acc = {t: right(override(dev, oof[wr], t), dev).mean() for t in thresholds}
            best[wr] = max(thresholds, key=lambda t: (acc[t], t))
            print(f"  ({tag}) override at  " + "  ".join(f"{t}:{acc[t]:.4f}" for t in thresholds) + f"  -> {best[wr]}")
        pd_ = override(dev, oof[True], best[True])
        pdb_ = override(dev, oof[False], best[False])
        print("  per file                            n  rules    b    c  d:c  d:b")
        for name in files:
            idx = [i for i, r in enumerate(dev) if r["file"] == name]
            sub = [dev[i] for i in idx]
            cols = [right([p[i] for i in idx], sub).sum() for p in (rules, pb, pc, pd_, pdb_)]
            print(f"    {name:32s} {len(idx):4d}  " + " ".join(f"{c:4d}" for c in cols))
        _report_changes(dev, pb, "(b)")
        _report_changes(dev, pc, "(c)")
        _report_changes(dev, pd_, "(d:c)")
        _report_changes(dev, pdb_, "(d:b)")
        print("  confusion rules (gold, pred):", confusion(dev, rules).most_common(12))
        print("  confusion (b):", confusion(dev, pb).most_common(12))
        print("  confusion (c):", confusion(dev, pc).most_common(12))
        if blind:
            print(f"  blind (a) rules {right([r['rule'] for r in blind], blind).sum()}/{len(blind)}",
                  confusion(blind, [r['rule'] for r in blind]).most_common(8))
            for wr, tag in ((False, "b"), (True, "c")):
                P = fit_predict(feats[wr], dev, bfeats[wr], l2)
                preds = [TYPES[k] for k in P.argmax(1)]
                print(f"  blind ({tag}) {right(preds, blind).sum()}/{len(blind)}", confusion(blind, preds).most_common(8))
                _report_changes(blind, preds, f"  blind ({tag})")
                line = "  ".join(f"{t}:{right(override(blind, P, t), blind).sum()}" for t in thresholds)
                print(f"    blind (d:{tag}) by threshold: {line}  (CV choice {best[wr]})")
    return 0


# -- the rules at blind time ----------------------------------------------------------------------------
# Each fresh set was annotated before the pipeline ran on it; the commit that added it holds the rules as they were
# then. Their output on the set's documents is the rules' unseen-article accuracy, which the dev figures (tuned on
# these very files) overstate. `git archive` exports that commit's pipeline/ and evaluation/articles/ to a scratch
# folder (never evaluation/holdout/), where a subprocess runs it.
BLIND_TIME_RUNNER = r"""
import json, sys
from pipeline.evaluation import claims as ev
docs = ev.read_gold(sys.argv[1])
arts = ev.gold_articles([d["doc_id"] for d in docs])
out = {d: [{k: (v.isoformat() if hasattr(v, "isoformat") else v) for k, v in c.items()} for c in ev.predict(a)]
       for d, a in arts.items()}
json.dump(out, open(sys.argv[2], "w"))
"""


def blind_time_claims(name: str, scratch=SCRATCH / "blind_time") -> dict | None:
    """{doc_id: predicted claims} of the rules at the commit that added gold file `name`."""
    import os
    import subprocess
    from datetime import datetime
    log = subprocess.run(["git", "log", "--diff-filter=A", "--format=%H", "--", f"evaluation/gold/{name}"],
                         cwd=REPO, capture_output=True, text=True).stdout.split()
    if not log:
        return None
    commit = log[-1]
    dest = scratch / commit[:12]
    out = scratch / f"{name}.{commit[:12]}.json"
    if not out.exists():
        if not (dest / "pipeline").exists():
            dest.mkdir(parents=True, exist_ok=True)
            tar = subprocess.run(["git", "archive", commit, "pipeline", "evaluation/articles"], cwd=REPO,
                                 capture_output=True, check=True).stdout
            subprocess.run(["tar", "-x", "-C", str(dest)], input=tar, check=True)
        from pipeline.evaluation.corpora import corpora_dir
        env = dict(os.environ, PYTHONPATH=str(dest), POLICY_CLAIMS_CORPORA=str(corpora_dir()))
        subprocess.run([sys.executable, "-c", BLIND_TIME_RUNNER, str(ev.GOLD_DIR / name), str(out)], cwd=dest, env=env,
                       check=True, capture_output=True)
    claims = json.loads(out.read_text())
    for cs in claims.values():
        for c in cs:
            if c.get("published"):
                c["published"] = datetime.fromisoformat(c["published"])
    return claims


def blind_time_rows(name: str) -> list[dict]:
    """Rows like `collect`'s, with the blind-time rules' claims matched to today's gold."""
    claims = blind_time_claims(name)
    if claims is None:
        return []
    docs = ev.read_gold(ev.GOLD_DIR / name)
    articles = ev.gold_articles([d["doc_id"] for d in docs])
    rows = []
    for doc in docs:
        art = articles.get(doc["doc_id"])
        if art is None or doc["doc_id"] not in claims:
            continue
        gold = doc.get("claims") or []
        pred = sorted(claims[doc["doc_id"]], key=lambda c: c.get("char_start") or 0)
        for i, j in ev.match_claims(pred, gold):
            acceptable = [t for t in ev._acceptable(gold[j].get("claim_type")) if t in TYPES]
            if ev.is_optional(gold[j]) or not acceptable:
                continue
            rows.append({"file": name, "doc": doc["doc_id"], "claim": pred[i], "text": art["text"],
                         "rule": pred[i].get("claim_type"), "gold": acceptable})
    return rows


def blind_time_report(rows, l2, thresholds=(0.7, 0.8, 0.9)) -> None:
    """Per fresh set: the rules at blind time against models trained on every other dev file (today's features)."""
    files = [f for f in ev.DEV_GOLD if f.startswith("claims_fresh_") and f != BLIND]
    feats = {wr: [features(r["claim"], r["text"], wr) for r in rows] for wr in (True, False)}
    total = Counter()
    conf_rules, conf_b = Counter(), Counter()
    print(f"\nblind-time rules vs models (l2={l2}): set, n, rules then, rules now (same figures matched today), b, "
          + ", ".join(f"d:b@{t}" for t in thresholds) + ", c, " + ", ".join(f"d:c@{t}" for t in thresholds))
    for name in files:
        bt = blind_time_rows(name)
        if not bt:
            continue
        tr = [i for i, r in enumerate(rows) if r["file"] != name]
        now = {(r["doc"], r["claim"]["char_start"]): r["rule"] for r in rows if r["file"] == name}
        cols = {"n": len(bt), "then": right([r["rule"] for r in bt], bt).sum(),
                "now": sum(now.get((r["doc"], r["claim"]["char_start"])) in r["gold"] for r in bt)}
        for wr, tag in ((False, "b"), (True, "c")):
            P = fit_predict([feats[wr][i] for i in tr], [rows[i] for i in tr],
                            [features(r["claim"], r["text"], wr) for r in bt], l2)
            preds = [TYPES[k] for k in P.argmax(1)]
            cols[tag] = right(preds, bt).sum()
            for t in thresholds:
                cols[f"d:{tag}@{t}"] = right(override(bt, P, t), bt).sum()
            if not wr:
                conf_b.update(confusion(bt, preds))
        conf_rules.update(confusion(bt, [r["rule"] for r in bt]))
        total.update(cols)
        print(f"  {name:32s} " + " ".join(f"{cols[k]:4d}" for k in cols))
    print(f"  {'total':32s} " + " ".join(f"{total[k]:4d}" for k in total))
    print("  confusion rules then (gold, pred):", conf_rules.most_common(12))
    print("  confusion (b):", conf_b.most_common(12))


# -- one confusion only: forecast <-> commitment ---------------------------------------------------------------------
PAIR = ("forecast", "commitment")


def pair_override(rows, P, threshold, pair=PAIR):
    """The rules' type, swapped for the other type of the pair where the rules chose one of the pair and the model
    puts at least `threshold` on the other."""
    out = []
    for r, p in zip(rows, P):
        rule = r["rule"]
        if rule in pair:
            other = pair[1 - pair.index(rule)]
            if p[TYPES.index(other)] >= threshold:
                out.append(other)
                continue
        out.append(rule)
    return out


def pair_report(rows, l2, thresholds=(0.5, 0.6, 0.7, 0.8, 0.9)) -> None:
    """The model without the rules' type deciding only forecast against commitment: leave-one-file-out on the dev files
    (rules in-sample), on the blind set, and against the blind-time rules of each fresh set."""
    files = [f for f in ev.DEV_GOLD if f != BLIND]
    dev = [r for r in rows if r["file"] != BLIND]
    blind = [r for r in rows if r["file"] == BLIND]
    feats = [features(r["claim"], r["text"], False) for r in dev]
    oof = np.zeros((len(dev), len(TYPES)))
    for name in files:
        te = [i for i, r in enumerate(dev) if r["file"] == name]
        tr = [i for i, r in enumerate(dev) if r["file"] != name]
        oof[te] = fit_predict([feats[i] for i in tr], [dev[i] for i in tr], [feats[i] for i in te], l2)
    base = right([r["rule"] for r in dev], dev).sum()
    print(f"\npair override {PAIR} by the model without the rules' type (l2={l2})")
    print(f"  LOFO dev: rules {base}/{len(dev)}  " + "  ".join(f"{t}:{right(pair_override(dev, oof, t), dev).sum()}" for t in thresholds))
    if blind:
        P = fit_predict(feats, dev, [features(r["claim"], r["text"], False) for r in blind], l2)
        print(f"  blind: rules {right([r['rule'] for r in blind], blind).sum()}/{len(blind)}  "
              + "  ".join(f"{t}:{right(pair_override(blind, P, t), blind).sum()}" for t in thresholds))
    total, n_then = Counter(), 0
    for name in [f for f in files if f.startswith("claims_fresh_")]:
        bt = blind_time_rows(name)
        if not bt:
            continue
        tr = [i for i, r in enumerate(dev) if r["file"] != name]
        P = fit_predict([feats[i] for i in tr], [dev[i] for i in tr], [features(r["claim"], r["text"], False) for r in bt], l2)
        n_then += len(bt)
        total["rules then"] += right([r["rule"] for r in bt], bt).sum()
        for t in thresholds:
            total[t] += right(pair_override(bt, P, t), bt).sum()
    print(f"  blind-time ({n_then} claims): " + "  ".join(f"{k}:{v}" for k, v in total.items()))


if __name__ == "__main__":
    sys.exit(main())
