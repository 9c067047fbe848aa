"""The learned claim_type model applied after the rules (pipeline/claims/typemodel.py; our own sentences)."""
import pytest

from helpers import pipeline_claims


def _type_of(claims, surface):
    return next(c["claim_type"] for c in claims if surface in c["figure_text"])


def test_the_packaged_model_loads_with_the_contract_types():
    from pipeline.claims import typemodel

    m = typemodel.model()
    assert m is not None
    assert set(m.types) <= {"demand", "commitment", "proposal", "rejection", "forecast", "actual", "benchmark"}
    assert len(m.weights) == len(m.index) and all(len(w) == len(m.types) for w in m.weights) and "bias" in m.index


def test_the_model_is_deterministic_and_leaves_unknown_types_alone():
    from pipeline.claims import typemodel

    text = "The finance ministry said it would cut the budget deficit to 2.9% of GDP in 2026."
    start = text.index("2.9%")
    claim = {"sentence": text, "char_start": start, "char_end": start + 11, "claim_type": "commitment",
             "metric": "fiscal_deficit", "unit": "percent", "actor_code": "FRA", "target_code": "FRA"}
    odd = dict(claim, claim_type="not-a-type")
    growth = dict(claim, metric="gdp_growth", claim_type="actual")  # a metric the model was never trained on
    article = {"text": text, "published": None}
    first = typemodel.retype([claim, odd, growth], article)
    assert first == typemodel.retype([claim, odd, growth], article)
    assert first[1] is odd and first[2] is growth
    p = typemodel.model().probabilities(typemodel.features(claim, text))
    assert abs(sum(p) - 1.0) < 1e-9


@pytest.mark.parametrize("text, surface, expected", [
    ("The alliance's secretary general urged Canada to raise its defence spending to 2% of GDP.", "2%", "demand"),
    ("Prime Minister Rossi pledged that Italy would spend 2.5% of GDP on defence by 2030.", "2.5%", "commitment"),
    ("The IMF expects Portugal's budget deficit to widen to 3.4% of GDP next year.", "3.4%", "forecast"),
    ("Statistics Norway said the budget deficit was 1.8% of GDP in 2024.", "1.8%", "actual"),
])
def test_a_clear_sentence_keeps_its_type(text, surface, expected):
    assert _type_of(pipeline_claims(text), surface) == expected


@pytest.mark.corpora
def test_the_training_command_reproduces_the_committed_weights():
    from evaluation import train_type_model
    from pipeline.evaluation import corpora

    if corpora.corpora_dir() is None:
        pytest.skip("shared corpora absent")
    assert train_type_model.main(["--check"]) == 0


def test_row_weights_scale_the_loss_and_weight_one_is_the_unweighted_model():
    # train_type_model.train takes the optional gold claims' rows at a weight: weight 1 everywhere must be the
    # unweighted model exactly (the committed weights stay reproducible), and a row at weight 0 must count for nothing.
    import numpy as np
    from evaluation import train_type_model as tm

    cols = [[0, 1], [0, 2], [0, 1, 3], [0, 3]]
    Y = np.zeros((4, len(tm.TYPES)))
    for r, k in enumerate((0, 1, 0, 4)):
        Y[r, k] = 1.0
    plain = tm.train(tm.Sparse(cols, 4), Y, 0, l2=3.0, steps=50)
    assert np.array_equal(plain, tm.train(tm.Sparse(cols, 4), Y, 0, l2=3.0, steps=50, weights=[1, 1, 1, 1]))
    without_last = tm.train(tm.Sparse(cols[:3], 4), Y[:3], 0, l2=3.0, steps=50)
    zero_last = tm.train(tm.Sparse(cols, 4), Y, 0, l2=3.0, steps=50, weights=[1, 1, 1, 0])
    assert np.allclose(without_last, zero_last)
    rows = [{"optional": False}, {"optional": True, "weight": 1.0}]
    assert tm.weighted(rows, None) == rows[:1] and tm.weighted(rows, 0.5)[1]["weight"] == 0.5 and tm.scored(rows) == rows[:1]

def test_a_sum_restated_in_other_money_takes_its_heads_type():
    from pipeline.claims.typemodel import _conversions_follow_heads

    text = "Oslo pledged 500m crowns ($47m; £37m) in aid, and 12% more next year."
    def claim(surface, claim_type, unit="currency"):
        start = text.index(surface)
        return {"char_start": start, "char_end": start + len(surface), "unit": unit, "metric": "development_aid",
                "claim_type": claim_type}
    claims = [claim("500m crowns", "commitment"), claim("$47m", "actual"), claim("£37m", "forecast"),
              claim("12%", "forecast", unit="percent")]
    out = _conversions_follow_heads(claims, text)
    assert [c["claim_type"] for c in out] == ["commitment", "commitment", "commitment", "forecast"]
    assert claims[1]["claim_type"] == "actual"  # the input is not modified


def test_pipeline_gives_a_bracketed_conversion_one_type():
    text = "Norway said on Monday it would give 500 million crowns ($47 million; £37 million) in aid to Moldova this year."
    types = {c["figure_text"]: c["claim_type"] for c in pipeline_claims(text)}
    assert len(types) == 3 and len(set(types.values())) == 1, types


def test_the_rules_rejections_stand():
    # the packaged model keeps the rules' rejections (type_model.json "keeps"): a refusal read from its words is not
    # turned into the commitment the model's window words suggest
    from pipeline.claims import typemodel

    assert "rejection" in typemodel.model().keeps
    text = "Tokyo has no plans to raise defence spending to 3.5% of GDP, Chief Cabinet Secretary Yoshimasa Hayashi said."
    assert _type_of(pipeline_claims(text, title="Defence spending"), "3.5%") == "rejection"
