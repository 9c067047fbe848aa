"""ROWS_RULE (evaluation/train_type_model.py, session 21): which training-row or settings candidate of the claim_type model
wins, from its LOFO, never-tuned (NT) and dev (BX) figures. Synthetic figures, no gold file read."""
from evaluation import type_model_experiment as exp


def _cand(tag, lofo, nt, per, rows=100, l2=3.0, threshold=0.5):
    return {"tag": tag, "l2": l2, "threshold": threshold, "rows": rows, "lofo": lofo, "nt": nt, "per": dict(per),
            "bx": sum(per.values())}


REF_PER = {"claims_a.jsonl": 50, "claims_b.jsonl": 40}


def _pick(*others):
    ref = _cand("today", 1000, 150, REF_PER)
    return exp._rows_rule([ref, *others], ref, order=lambda c: c["rows"])["tag"]


def test_one_never_tuned_claim_more_is_a_tie_and_keeps_today():
    assert _pick(_cand("+x", 1001, 151, {"claims_a.jsonl": 51, "claims_b.jsonl": 40})) == "today"


def test_two_more_never_tuned_claims_win_when_lofo_and_dev_hold():
    assert _pick(_cand("+x", 1000, 152, REF_PER, rows=120)) == "+x"


def test_a_lower_lofo_a_lower_dev_total_or_a_dev_file_losing_two_rule_a_candidate_out():
    assert _pick(_cand("+lofo", 999, 160, REF_PER)) == "today"
    assert _pick(_cand("+bx", 1000, 160, {"claims_a.jsonl": 50, "claims_b.jsonl": 39})) == "today"
    assert _pick(_cand("+file", 1000, 160, {"claims_a.jsonl": 48, "claims_b.jsonl": 43})) == "today"


def test_ties_on_never_tuned_go_to_lofo_then_to_fewer_rows():
    a = _cand("+a", 1002, 153, REF_PER, rows=300)
    b = _cand("+b", 1001, 153, REF_PER, rows=120)
    assert _pick(a, b) == "+a"
    c = _cand("+c", 1002, 153, REF_PER, rows=120)
    assert _pick(a, c) == "+c"
