"""A participle aside describes the noun before it: its words do not say what the main clause's figure measures
(sentences written for these tests)."""
import pytest
from helpers import pipeline_claim


@pytest.mark.parametrize("text, figure, metric", [
    # the budget the revenue was cut in is no metric of the revenue's new level
    ("Customs revenues, cut sharply in last year's Ruritanian budget, are projected to reach 3.2 billion pesos in 1988, "
     "the finance minister said.", "3.2 billion", "tax_revenue"),
    ("Oil revenues, slashed by some 30 pct in the original Ruritanian budget for the current year, were forecast to rise "
     "2.1 pct to 4.6 billion riyals next year, the finance minister said.", "4.6 billion", "tax_revenue"),
    # the aside's own spending word does not make a deficit spending
    ("The Ruritanian deficit, driven by higher spending on pensions, is expected to reach 3.4 billion dlrs, the finance "
     "minister said.", "3.4 billion", "fiscal_deficit"),
    # the head noun still governs when the aside holds no cue
    ("The Ruritanian defence budget, approved by parliament last week, will rise to 52 billion crowns, the minister said.",
     "52 billion", "defense_spending"),
])
def test_participle_aside_does_not_govern(text, figure, metric):
    assert pipeline_claim(text, figure)["metric"] == metric
