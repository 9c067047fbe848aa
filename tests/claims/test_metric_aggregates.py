"""The economy's other aggregates in a forecast list (employment, purchasing power, consumption, investment, productivity) are
unscored, not the budget balance the list also gives (sentences written for these tests)."""
from helpers import pipeline_claims

TEXT = ("The Finnish finance ministry expects the state budget deficit to narrow to 2.4 pct of GDP next year from 2.9 pct. "
        "Employment should rise by 0.3 pct a year while the deficit keeps shrinking. "
        "It also forecast a 1.4 pct rise in household purchasing power and a 1.2 pct rise in private consumption, with "
        "business investment up 3.1 pct and productivity up 0.8 pct.")


def test_aggregates_are_not_the_deficit():
    metrics = {c["figure_text"]: c["metric"] for c in pipeline_claims(TEXT)}
    for figure in ("0.3 pct", "1.4 pct", "1.2 pct", "3.1 pct", "0.8 pct"):
        assert metrics.get(figure) in (None, "other", "gdp_growth"), (figure, metrics.get(figure))
    assert metrics["2.4 pct of GDP"] == "fiscal_deficit"


def test_a_consumption_tax_is_a_tax():
    found = [c["metric"] for c in pipeline_claims("Finland's 14% consumption tax on food will stay, the finance minister said.")
             if "14%" in c["figure_text"]]
    assert found == ["tax_revenue"]
