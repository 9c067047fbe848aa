"""The claims scorer on tiny hand-made gold/prediction pairs (CONTRACT.md, "How claims are scored")."""
import pytest

from pipeline.evaluation.claims import match_claims, score_claims


def gold(value, unit="percent", optional=False, **fields):
    base = {"value": value, "unit": unit, "metric": "defense_spending", "claim_type": "demand",
            "actor_code": ["USA"], "target_code": ["JPN"], "basis": "GDP", "optional": optional}
    base.update(fields)
    return base


def pred(value, unit="percent", **fields):
    base = {"value": value, "unit": unit, "metric": "defense_spending", "claim_type": "demand",
            "actor_code": "USA", "target_code": "JPN", "basis": "GDP"}
    base.update(fields)
    return base


def test_perfect_match():
    s = score_claims({"d": [pred(3.5)]}, [{"doc_id": "d", "claims": [gold(3.5)]}])
    assert s["figure"] == {"precision": 1.0, "recall": 1.0, "f1": 1.0}
    assert s["whole"]["f1"] == 1.0
    assert s["field_accuracy"] == {"metric": 1.0, "claim_type": 1.0, "actor": 1.0, "target": 1.0, "basis": 1.0}


def test_value_tolerance_and_unit():
    pairs = match_claims([pred(3.5 * (1 + 1e-7)), pred(2.0, unit="percentage_points")], [gold(3.5), gold(2.0)])
    assert pairs == [(0, 0)]


def test_wrong_field_counts_figure_not_whole():
    s = score_claims({"d": [pred(3.5, target_code="NATO"), pred(9.0)]},
                     [{"doc_id": "d", "claims": [gold(3.5), gold(5.0)]}])
    # one figure found of two gold; two scored predictions, one matching nothing
    assert s["figure"]["precision"] == 0.5 and s["figure"]["recall"] == 0.5
    assert s["whole"]["precision"] == 0.0 and s["whole"]["recall"] == 0.0
    assert s["field_accuracy"]["target"] == 0.0 and s["field_accuracy"]["actor"] == 1.0


def test_acceptable_lists_and_null():
    g = gold(2.0, claim_type="benchmark", actor_code=["NATO", None], target_code=["NATO"], basis=["GDP", None])
    s = score_claims({"d": [pred(2.0, claim_type="benchmark", actor_code=None, target_code="NATO", basis=None)]},
                     [{"doc_id": "d", "claims": [g]}])
    assert s["whole"]["f1"] == 1.0


def test_optional_gold_neither_helps_nor_hurts():
    docs = [{"doc_id": "d", "claims": [gold(3.5), gold(1.2, optional=True, metric="gdp_growth")]}]
    with_optional = score_claims({"d": [pred(3.5), pred(1.2, metric="gdp_growth")]}, docs)
    without = score_claims({"d": [pred(3.5)]}, docs)
    assert with_optional["figure"] == without["figure"] == {"precision": 1.0, "recall": 1.0, "f1": 1.0}
    assert with_optional["gold"] == 1


def test_unmatched_unscored_prediction_ignored_scored_counts():
    docs = [{"doc_id": "d", "claims": [gold(3.5)]}]
    s = score_claims({"d": [pred(3.5), pred(4.0, metric="inflation")]}, docs)
    assert s["figure"]["precision"] == 1.0
    s = score_claims({"d": [pred(3.5), pred(4.0, metric="fiscal_deficit")]}, docs)
    assert s["figure"]["precision"] == 0.5 and s["figure"]["recall"] == 1.0


def test_empty_gold_article_makes_predictions_false():
    s = score_claims({"d": [pred(3.0)], "other": [pred(1.0)]}, [{"doc_id": "d", "claims": []}])
    assert s["predicted"] == 1 and s["figure"]["precision"] == 0.0 and s["gold"] == 0


def test_candidates_pick_most_agreeing_one_to_one():
    g = [gold(5.0, target_code=["JPN"]), gold(5.0, target_code=["NATO"])]
    p = [pred(5.0, target_code="NATO"), pred(5.0, target_code="JPN")]
    s = score_claims({"d": p}, [{"doc_id": "d", "claims": g}])
    assert s["whole"]["f1"] == 1.0
    assert sorted(match_claims(p, g)) == [(0, 1), (1, 0)]


def test_exact_numbers_mixed():
    g = [gold(3.5), gold(3.0, claim_type="proposal"), gold(5.0), gold(2.0, optional=True)]
    p = [pred(3.5), pred(3.0), pred(2.0), pred(7.0)]
    s = score_claims({"d": p}, [{"doc_id": "d", "claims": g}])
    # gold scored 3; predictions counted: 3.5, 3.0 (matched), 7.0 (false): 3; found 2; whole right 1
    assert (s["gold"], s["predicted"], s["figures_found"], s["whole_right"]) == (3, 3, 2, 1)
    assert s["figure"]["precision"] == pytest.approx(2 / 3) and s["figure"]["recall"] == pytest.approx(2 / 3)
    assert s["whole"]["f1"] == pytest.approx(1 / 3)
    assert s["field_accuracy"]["claim_type"] == 0.5


def test_optional_gold_does_not_steal_a_match():
    # a headline figure (optional) and the same figure in the body (scored): one prediction
    g = [gold(2.5, optional=True), gold(2.5)]
    s = score_claims({"d": [pred(2.5)]}, [{"doc_id": "d", "claims": g}])
    assert s["figure"] == {"precision": 1.0, "recall": 1.0, "f1": 1.0}
