"""What pays for a budget or for spending ("financed by tax revenue", "financed by the new tax") is no metric of its total
(sentences written for these tests)."""
import pytest
from helpers import pipeline_claim


@pytest.mark.parametrize("text, figure", [
    # an aside describing the budget: its words are no distance, and its means is no metric of the total
    ("Ruritania's 1988 budget, financed by tax revenue, totals 52 billion dlrs, the finance minister said.", "52 billion"),
    # a means before an anaphoric verb is no subject of it, with a determiner too
    ("Ruritanian government spending financed by the new tax will reach 6 billion dlrs, the finance minister said.", "6 billion"),
])
def test_means_of_a_budget_is_not_its_metric(text, figure):
    assert pipeline_claim(text, figure)["metric"] == "public_spending"


def test_the_tax_itself_stays_a_tax():
    text = "The new Ruritanian tax on fuel will raise 6 billion dlrs next year, the finance minister said."
    assert pipeline_claim(text, "6 billion")["metric"] == "tax_revenue"
