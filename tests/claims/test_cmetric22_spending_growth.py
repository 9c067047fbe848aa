"""A growth word right after a share that a spending noun's own verb sets is the spending's growth, not the economy's
(cuecompound._grown_by_figure, cmetric22). Sentences written for these tests."""
from helpers import pipeline_claims


def _metrics(text, title=None):
    return {c["figure_text"]: c["metric"] for c in pipeline_claims(text, title)}


def test_spending_capped_at_a_share_of_real_growth_is_spending():
    text = ("Brazil's finance minister said federal spending would again be capped at 2.5% real growth next year under the "
            "fiscal framework.")
    assert _metrics(text, "Brazil sends 2026 budget bill") == {"2.5%": "public_spending"}


def test_spending_rising_by_a_share_of_growth_beside_the_economy():
    text = "Spending will rise by 1.5% real growth next year, while the economy is forecast to expand 2%."
    assert _metrics(text, "Brazil budget") == {"1.5%": "public_spending", "2%": "gdp_growth"}


def test_the_economys_growth_after_a_spending_clause_stays_the_economys():
    text = "The government said spending would rise 3% next year and forecast 2.5% growth for the economy."
    assert _metrics(text, "Brazil budget") == {"3%": "public_spending", "2.5%": "gdp_growth"}
