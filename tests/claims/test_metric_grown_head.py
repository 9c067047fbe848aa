"""A bare growth word completing a noun of a state's finances is that noun's growth, not the economy's (sentences written for
these tests)."""
import pytest
from helpers import pipeline_claim


@pytest.mark.parametrize("text, figure, metric", [
    ("The Ruritanian cabinet agreed to limit budget growth to 2.9 pct in 1988, the finance minister said.", "2.9 pct",
     "public_spending"),
    ("Ruritania's defence spending growth will be held to 3 pct next year, the defence ministry said.", "3 pct",
     "defense_spending"),
    ("The Ruritanian budget deficit's growth will slow to 2 pct next year, the finance ministry said.", "2 pct",
     "fiscal_deficit"),
])
def test_growth_of_a_finance_noun_is_that_nouns(text, figure, metric):
    assert pipeline_claim(text, figure)["metric"] == metric


def test_growth_of_the_economy_stays_growth():
    # no noun of a state's finances right before the growth word: the economy's growth as before
    text = "Ruritania's finance ministry expects economic growth of 2.5 pct next year and spending cuts of 1 billion crowns."
    assert pipeline_claim(text, "2.5 pct")["metric"] == "gdp_growth"
