"""A ratio to a basis ("the ratio of X to GNP", "the debt-to-GDP ratio") is a share of that basis, and its noun is what
the share measures (sentences written for these tests)."""
import pytest
from helpers import pipeline_claims


@pytest.mark.parametrize("text, metric, basis", [
    ("This will reduce the ratio of Ruritania's current account surplus to GNP from five pct to three pct by 1991, the "
     "minister said.", "current_account", "GNP"),
    # a gloss of the basis in brackets is part of the basis, no growth word
    ("The plan will cut the ratio of the current account surplus to GNP (gross national product) from five pct to three pct, the Ruritanian "
     "minister said.", "current_account", "GNP"),
    ("The ratio of Ruritania's public debt to GDP will fall from 72 pct to 68 pct by 1990, the minister said.", "public_debt", "GDP"),
    ("The ratio of Ruritania's budget deficit to GDP is expected to reach 3.5 pct this year, the ministry said.",
     "fiscal_deficit", "GDP"),
    ("Ruritania's debt-to-GDP ratio will rise to 64 pct next year, the finance minister said.", "public_debt", "GDP"),
])
def test_ratio_to_a_basis(text, metric, basis):
    claims = pipeline_claims(text)
    assert claims and all(c["metric"] == metric and c["basis"] == basis for c in claims)


def test_ratio_to_exports_has_no_basis():
    text = "Ruritania's ratio of debt service to exports fell to 28 pct last year, the central bank said."
    claims = pipeline_claims(text)
    assert claims and claims[0]["metric"] == "debt_service" and claims[0]["basis"] is None
