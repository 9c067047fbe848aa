"""A noun after a figure that the figure is set against ("in line with growth", "faster than economic growth") is the other
term of the comparison, not what the figure measures (sentences written for these tests)."""
import pytest
from helpers import pipeline_claim


@pytest.mark.parametrize("text, figure", [
    ("Ruritanian government outlays, the minister told parliament on Tuesday, will rise 2 pct, in line with growth.", "2 pct"),
    ("Ruritanian government outlays, the finance minister told parliament on Tuesday, will rise 2 pct next year, slower "
     "than economic growth.", "2 pct"),
])
def test_spending_set_against_growth_stays_spending(text, figure):
    assert pipeline_claim(text, figure)["metric"] == "public_spending"


def test_growth_as_the_figure_own_noun():
    # no comparison: the growth word right after the figure's clause still governs
    text = "The Ruritanian economy will grow 2 pct next year, the finance minister said."
    assert pipeline_claim(text, "2 pct")["metric"] == "gdp_growth"
