"""A possessive pronoun inside a figure's own basis ("3 pct of its GNP") names whose figure it is, even when the asker
named someone else between ("calls on Shultz to ...: either Japan can spend 3 pct of its GNP"). Own sentences; needs the
gazetteer."""
import pytest

pytest.importorskip("pipeline.claims.gazetteer")

from helpers import pipeline_claim  # noqa: E402


def test_its_inside_the_basis_after_an_intermediary():
    text = ("The resolution calls on Baker to open talks with Korea on two options: either Korea can spend 4 pct of "
            "its GNP on defence or pay the United States an equal sum.")
    assert pipeline_claim(text, "4 pct")["target_code"] == "KOR"


def test_its_of_every_member_of_a_group():
    text = "Every EU member will keep its deficit under 3 pct of its GDP next year, the Commission said."
    assert pipeline_claim(text, "3 pct")["target_code"] == "EU"
