"""Which step of the claims stage (pipeline/claims/frame.py and the steps it calls) drops each missed scored gold figure
of the dev gold files.

    python3 evaluation/trace_drops.py [--detail] [gold files ...]

For every scored gold claim the pipeline misses, it finds the quantities stage's mention of the same value and unit
(nearest the gold offsets) and tells which step produced no claim for it: find_claims' unit/people filter, its all-NONE
skip (only company, market or poll cues), a sentence with no cue that does not go on with the story (`goes_on`), or in
_sentence_claims the figure's metric (no cue reaches it, a NONE or CARRY cue governs it, a weak cue unresolved), the
firm filter (figures.metric_figures) and the weak-metric filter (figures.public_figures); or that a claim was made but
matched another gold figure or took an unscored metric.
Prints the counts per step (and per file); --detail adds each miss with its sentence and cues. A diagnostic: it wraps
three claims functions while it runs, each where its caller reads it (frame's private _sentence_claims and
aid_transfers, the latter defined in aid; figures' story_restatements, defined in story), so it follows their names.
Dev gold files only: never point it at the held-out files.
"""
import sys
from collections import Counter, defaultdict
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))  # the repository's package, wherever it is run from

from pipeline.claims import frame, guards, figures, cuelexicon as _cuelexicon
from pipeline.evaluation import claims as ev
from pipeline.quantities import find_mentions
from pipeline.segment import split_sentences

REC = {}


def _wrap():
    orig_aid = frame.aid_transfers
    orig_sc = frame._sentence_claims
    orig_rest = figures.story_restatements

    def aid(text, sentence, ms, state):
        REC["reached"].add(sentence.index)
        return orig_aid(text, sentence, ms, state)

    def sc(article, sentences, sentence, ms, hits, spans, state):
        REC["sc_hits"][sentence.index] = list(hits)
        REC["cur"] = sentence.index
        out = orig_sc(article, sentences, sentence, ms, hits, spans, state)
        REC["sc_out"][sentence.index] = out
        return out

    def rest(figs, state, *more):
        out = orig_rest(figs, state, *more)
        REC["figs"][REC["cur"]] = [dict(f) for f in out]
        return out

    frame.aid_transfers, frame._sentence_claims, figures.story_restatements = aid, sc, rest


def _fresh():
    REC.clear()
    REC.update(reached=set(), sc_hits={}, sc_out={}, figs={}, cur=None)


def cue_text(text, h):
    return None if h is None else f"{text[h.start:h.end]!r}:{h.entry['metric']}/w{h.entry.get('weight') or 0}"


def classify(text, m, sentences, claims_by_mention):
    idx = m["sentence_index"]
    sent = next(s for s in sentences if s.index == idx)
    if m["unit"] not in frame.CLAIM_UNITS:
        return "find_claims: unit not percent/pp/currency", ""
    if guards.share_of_people(text, m):
        return "find_claims: share_of_people", ""
    if idx not in REC["reached"]:
        hits = _cuelexicon.sentence_cues(text, sent.start, sent.end, [])
        return "find_claims: all cues NONE (company/market/poll)", ", ".join(cue_text(text, h) for h in hits)
    if idx not in REC["sc_hits"]:
        return "find_claims: no cue and not goes_on", ""
    hits = REC["sc_hits"][idx]
    figs = REC["figs"].get(idx, [])
    fig = next((f for f in figs if f["char_start"] == m["char_start"]), None)
    hs = ", ".join(cue_text(text, h) for h in hits)
    if fig is None:
        return "_figures: ???", hs
    cue = fig["metric_cue"]
    if fig["metric"] is None:
        if cue is None:
            return "_figures: no cue reaches the figure (metric None)", hs
        if cue.entry["metric"] == "NONE":
            return "_figures: governed by a NONE cue", f"cue {cue_text(text, cue)} | {hs}"
        if cue.entry["metric"] == "CARRY":
            return "_figures: CARRY cue unresolved", f"cue {cue_text(text, cue)} | {hs}"
        return "_figures: weak cue unresolved (metric_of None)", f"cue {cue_text(text, cue)} | {hs}"
    if any(h.entry.get("firm") for h in hits) and not (fig["basis"] or guards.specific_in_sentence(fig, hits)):
        return "metric_figures: firm filter", f"metric {fig['metric']} cue {cue_text(text, cue)} | {hs}"
    if fig["weak_metric"]:
        return "public_figures: weak-metric filter (no public body)", f"metric {fig['metric']} cue {cue_text(text, cue)} | {hs}"
    return "_sentence_claims: ??? (fig had metric, no claim)", f"metric {fig['metric']}"


def main():
    args = [a for a in sys.argv[1:] if not a.startswith("--")]
    detail = "--detail" in sys.argv
    files = [Path(a) for a in args] or [ev.GOLD_DIR / n for n in ev.DEV_GOLD]
    _wrap()
    groups = Counter()
    per_file = defaultdict(Counter)
    rows = []
    for path in files:
        docs = ev.read_gold(path)
        arts = ev.gold_articles([d["doc_id"] for d in docs])
        for d in docs:
            a = arts.get(d["doc_id"])
            if a is None:
                continue
            _fresh()
            text = a["text"]
            pred = sorted(ev.predict(a), key=lambda c: c.get("char_start") or 0)
            gold = d.get("claims") or []
            pairs = ev.match_claims(pred, gold)
            mg = {j for _, j in pairs}
            sentences = split_sentences(text)
            mentions = find_mentions(text, sentences)
            by_mention = defaultdict(list)
            for c in pred:
                by_mention[c["char_start"]].append(c)
            for j, g in enumerate(gold):
                if j in mg or ev.is_optional(g):
                    continue
                cands = [m for m in mentions if m.get("unit") == g.get("unit") and ev.same_value(m.get("value"), g.get("value"))]
                if g.get("char_start") is not None:
                    cands.sort(key=lambda m: abs(m["char_start"] - int(g["char_start"])))
                if not cands:
                    step, info = "no mention (quantities stage)", ""
                else:
                    m = next((m for m in cands if not by_mention.get(m["char_start"])), cands[0])
                    if by_mention.get(m["char_start"]):
                        c = by_mention[m["char_start"]][0]
                        step = "claim made (" + ("unscored metric" if c["metric"] not in ev.SCORED_METRICS else "matched to another gold") + ")"
                        info = f"{c['metric']}"
                    else:
                        step, info = classify(text, m, sentences, by_mention)
                    sent = next(s for s in sentences if s.index == m["sentence_index"])
                    info += " || " + text[sent.start:sent.end].replace("\n", " ")[:300]
                groups[step] += 1
                per_file[step][path.name.replace("claims_", "").replace(".jsonl", "")] += 1
                rows.append((step, path.name, d["doc_id"], g.get("figure_text"), g.get("metric"), g.get("claim_type"), info))
    for step, n in groups.most_common():
        print(f"{n:3d}  {step}   {dict(per_file[step])}")
    if detail:
        for r in sorted(rows):
            print("\n" + " | ".join(str(x) for x in r[:6]))
            print("      ", r[6])


if __name__ == "__main__":
    main()
