""""the region's" as a figure's owner is a region's, as "Latin America's" is (region_owners.csv): target null, not the
state the story named last. Own sentences; needs the gazetteer."""
import pytest

pytest.importorskip("pipeline.claims.gazetteer")

from helpers import pipeline_claim  # noqa: E402


def test_the_regions_debt_is_no_states():
    # "the region's" owns the figure as "Latin America's" does: no one state's (region_owners.csv)
    text = ("CARACAS, May 4 - Venezuela hosted Latin American finance ministers on Monday. Bankers doubt the region's 400 "
            "billion dlr foreign debt can be repaid in full.")
    assert pipeline_claim(text, "400")["target_code"] is None
