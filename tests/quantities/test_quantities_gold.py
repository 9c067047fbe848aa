"""Quality floor on the annotated gold sentences (evaluation/gold/quantities.jsonl)."""
from pathlib import Path

import pytest

from pipeline.evaluation.quantities import DEFAULT_GOLD, evaluate_quantities

# measured on the gold file as of this commit: value+unit F1 0.997 (598 figures, 386 sentences)
MEASURED_F1 = 0.997


@pytest.mark.corpora
def test_grammar_f1_floor():
    from pipeline.evaluation.corpora import corpora_dir

    if corpora_dir() is None or not Path(DEFAULT_GOLD).exists():
        pytest.skip("shared corpora or gold file absent")
    result = evaluate_quantities(DEFAULT_GOLD, "grammar")
    assert result["f1"] >= MEASURED_F1 - 0.02, result
    assert result["span_overlap"] >= 0.98
    assert result["currency_accuracy"] >= 0.95
