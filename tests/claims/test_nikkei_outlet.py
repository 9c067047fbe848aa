""""Nikkei" names both a stock index and the newspaper an article credits: only the index's own names are market cues."""
import pytest

pytest.importorskip("pipeline.claims.gazetteer")

from helpers import pipeline_claim, pipeline_claims  # noqa: E402


def test_nikkei_credited_paper_keeps_the_claim():
    text = ("Washington has asked Tokyo to raise its defence spending to 3.5% of GDP, the Nikkei reported on Friday, "
            "citing officials familiar with the talks.")
    claim = pipeline_claim(text, "3.5%")
    assert claim["metric"] == "defense_spending"
    assert claim["target_code"] == "JPN"


def test_nikkei_credited_for_a_budget_figure_keeps_it():
    # a weak cue ("budget") and the paper credited after the figure: the paper's name must not govern the figure
    text = "Japan will raise defense spending. The budget will rise to 2% of GDP, the Nikkei said."
    assert [c for c in pipeline_claims(text) if "2% of GDP" in c["figure_text"]]


def test_nikkei_index_move_is_no_claim():
    text = "The Nikkei average rose 1.2% as defence stocks gained on hopes of higher military spending."
    assert not [c for c in pipeline_claims(text) if "1.2%" in c["figure_text"]]
