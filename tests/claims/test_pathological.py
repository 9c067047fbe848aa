"""Huge sentences (issue 5: no single input may stall the run).

A run of thousands of figures, each next to a metric word, glued into one sentence after a real claim
("... defence spending to 2.5% of GDP by 2030 defence spending 2% defence spending 2% ..."): the claims
stage must finish it with work linear in the figures, and still find the real claim. Time is measured
in benchmarks/bad_inputs_bench.py, not here: these tests count the work done instead. The shortcuts
that make it linear (an index of a sentence's cues and words, a cache of a span's breaks) must give
exactly what the plain loops give: checked on random sentences.
"""
from __future__ import annotations

import random
import re

import pytest
from helpers import Sentence

from pipeline.claims import find_claims, lexicon, metric, stance, cuelexicon, cuescope

GOOD = "The government pledged to raise defence spending to 2.5% of GDP by 2030"
FIGURE = re.compile(r"\$?\d+(?:\.\d+)?(?:%| billion)?")


def _mentions(text: str) -> list[dict]:
    """A mention for every figure of the text ("2%", "2.5%", "$1 billion"), all in sentence 0."""
    out = []
    for m in FIGURE.finditer(text):
        s = m.group()
        money = s.startswith("$")
        value = float(s.strip("$%").replace(" billion", "")) * (1e9 if s.endswith("billion") else 1)
        if s.endswith("%") or money:
            out.append({"sentence_index": 0, "char_start": m.start(), "char_end": m.end(), "surface": s,
                        "value": value, "value_low": value, "value_high": value, "bound": "exact",
                        "unit": "currency" if money else "percent", "basis": None,
                        "currency": "USD" if money else None, "change": None, "parser": "test",
                        "mention_id": f"m{m.start()}"})
    return out


def _junk_claims(unit: str, copies: int) -> list[dict]:
    text = f"{GOOD} {unit * copies}."
    return find_claims({"text": text, "article_id": "a", "title": None, "published": None},
                       [Sentence(0, 0, len(text))], _mentions(text))


def _count_calls(monkeypatch, module, name: str) -> list[int]:
    calls = [0]
    real = getattr(module, name)

    def counted(*args, **kwargs):
        calls[0] += 1
        return real(*args, **kwargs)

    monkeypatch.setattr(module, name, counted)
    return calls


JUNK_UNITS = ["defence spending 2% ", "the budget deficit of 2% and ", "military spending $1 billion ",
              "Japan's defence spending 2% ", "NATO allies spend 2% of GDP on defence ",
              "the government said defence spending 2% "]


@pytest.mark.parametrize("unit", JUNK_UNITS)
def test_a_junk_run_glued_to_a_claim_keeps_the_claim(unit):
    claims = _junk_claims(unit, 2000)
    good = [c for c in claims if c["value"] == 2.5]
    assert len(good) == 1
    assert good[0]["metric"] == "defense_spending"
    assert good[0]["claim_type"] == "commitment"
    assert good[0]["deadline_year"] == 2030
    assert len(claims) > 2000  # the junk figures are read too, not skipped


def test_metric_costing_grows_linearly_with_the_figures(monkeypatch):
    """Each figure costs only the few cues next to it, not every cue of its sentence."""
    calls = _count_calls(monkeypatch, cuescope, "_cost")
    counted = []
    for copies in (400, 3200):
        calls[0] = 0
        _junk_claims("defence spending 2% ", copies)
        counted.append(calls[0])
    assert counted[1] <= 12 * 3200  # a handful of cues per figure
    assert counted[1] / counted[0] < 9  # 8 times the figures: about 8 times the work


def test_clause_breaks_are_scanned_once_per_span(monkeypatch):
    """Every figure's clause and modal clause are looked up, but the characters scanned for breaks stay
    a small multiple of the sentence: a span's breaks are found once, and the clause of a huge sentence
    is cut near its figure (on a grid, so neighbouring figures share it)."""
    real = lexicon._breaks_in
    scanned = [0]

    def scanning(breaks, text, start, end):
        if not lexicon.BREAKS_SEEN.holds(text, (breaks, start, end)):
            scanned[0] += end - start
        return real(breaks, text, start, end)

    monkeypatch.setattr(lexicon, "_breaks_in", scanning)
    copies = 2000
    _junk_claims("defence spending 2% ", copies)
    assert scanned[0] < 10 * (len(GOOD) + copies * len("defence spending 2% "))


def test_clause_of_a_long_run_is_cut_near_the_figure():
    text = "x " * 10_000 + "2% " + "y " * 10_000
    pos = text.index("2%")
    start, end = stance.clause_bounds(text, 0, len(text), pos, pos + 2)
    assert pos - start >= stance.CLAUSE_REACH and end - (pos + 2) >= stance.CLAUSE_REACH
    assert pos - start < stance.CLAUSE_REACH + stance.CLAUSE_STEP
    assert end - (pos + 2) < stance.CLAUSE_REACH + stance.CLAUSE_STEP


# --- the shortcuts give what the plain loops give ----------------------------------------------------

WORDS = ["defence spending", "budget", "deficit", "the", "of", "and", "but", ";", "2%", "3.5%", "$4 billion",
         "taxes", "company", "budget's", "co-operation", "U.S.", "-", "spending", "in", "new", "GDP", "public debt",
         "tariffs", "aid", ",", "defence-spending", "deficit.5%", "military", "while", "1.5%-2%", "of GDP"]


def _random_sentence(rng: random.Random, n: int) -> str:
    return " ".join(rng.choice(WORDS) for _ in range(n))


def _plain_governing(text, fig_start, fig_end, hits, spans):
    best, best_cost = None, None
    for hit in hits:
        cost = cuescope._cost(text, hit, fig_start, fig_end, spans)
        if cost is not None and (best_cost is None or cost < best_cost):
            best, best_cost = hit, cost
    return best


@pytest.mark.parametrize("seed", range(30))
def test_indexed_governing_cue_equals_the_plain_loop(seed):
    rng = random.Random(seed)
    text = _random_sentence(rng, rng.choice([40, 120, 400]))
    spans = [(m["char_start"], m["char_end"]) for m in _mentions(text)]
    hits = cuelexicon.sentence_cues(text, 0, len(text), spans)
    assert len(hits) >= cuescope.SHORT_LIST or len(text) < 400  # long sentences take the indexed path
    for a, b in spans:
        assert cuescope.governing_cue(text, a, b, hits, spans) == _plain_governing(text, a, b, hits, spans)


def _plain_metric_of(hit, hits, topics):
    """metric_of with its nearest specific cue found by scanning every cue (as it was written)."""
    resolves = hit.entry.get("resolves") or "" if hit is not None else ""
    if not resolves:
        return metric.metric_of(hit, hits, topics)
    names = resolves.split("|")
    allowed = None if resolves == "*" else {n.lstrip("~") for n in names}
    specific = [h for h in hits if h is not hit and not h.entry.get("resolves")
                and h.entry["metric"] not in ("NONE", "CARRY") and int(h.entry.get("weight") or 0) < 3
                and (allowed is None or h.entry["metric"] in allowed)]
    if specific:
        return min(specific, key=lambda h: abs(h.start - hit.start)).entry["metric"]
    return metric.metric_of(hit, [], topics)


@pytest.mark.parametrize("seed", range(30))
def test_metric_of_a_weak_cue_in_a_long_sentence_equals_the_plain_scan(seed):
    rng = random.Random(seed)
    text = _random_sentence(rng, 300)
    hits = cuelexicon.sentence_cues(text, 0, len(text), [])
    assert len(hits) >= cuescope.SHORT_LIST
    for hit in hits:
        for topics in ([], ["fiscal_deficit"], ["defense_spending", "public_spending"]):
            assert metric.metric_of(hit, hits, topics) == _plain_metric_of(hit, hits, topics)


def _plain_span_around(breaks, text, start, end, fig_start, fig_end):
    for m in breaks.finditer(text, start, end):
        if m.end() <= fig_start:
            start = m.end()
        elif m.start() >= fig_end:
            end = m.start()
            break
    return start, end


@pytest.mark.parametrize("seed", range(30))
def test_span_around_equals_the_plain_scan(seed):
    rng = random.Random(seed)
    text = _random_sentence(rng, 150) * 5  # spans of a few characters to thousands: every span's breaks are indexed
    for _ in range(40):
        start = rng.randrange(0, len(text) // 4)
        end = rng.randrange(start + 1, len(text) + 1)
        for _ in range(3):  # several figures of one span: the later ones read the breaks indexed for the first
            fig_start = rng.randrange(start, end)
            fig_end = min(end, fig_start + rng.randrange(0, 6))
            for breaks in (stance.CLAUSE_BREAK, cuescope.CLAUSE_BREAK, stance.CLAUSE_SCAN, cuescope.CLAUSE_SCAN):
                assert lexicon.span_around(breaks, text, start, end, fig_start, fig_end) == \
                    _plain_span_around(breaks, text, start, end, fig_start, fig_end)
