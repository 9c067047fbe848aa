"""Figure recall: policy figures whose metric is phrased indirectly still become claims (own sentences)."""
import pytest
from helpers import claims_of, mention


# a share "of" a whole (revenue, resources, a budget) measures what takes it, when a cue names that
@pytest.mark.parametrize("text, surface, metric", [
    ("Interest payments are likely to absorb around 30% of federal revenue by 2035.", "around 30%", "debt_service"),
    ("Debt servicing took 50 pct of the state's resources and 27 pct of export revenues.", "27 pct", "debt_service"),
    ("Defence spending will take 12% of Ruritania's total revenues next year.", "12%", "defense_spending"),
])
def test_share_of_a_whole_takes_the_measuring_cue(text, surface, metric):
    claims = claims_of(text, mention(text, surface, 1))
    assert [c["metric"] for c in claims] == [metric]


def test_share_of_a_budget_alone_is_the_budget():
    # no other cue speaks for the figure: the whole it is taken of is what is cut
    text = "The government will cut 10% of the defence budget."
    assert [c["metric"] for c in claims_of(text, mention(text, "10%", 10))] == ["defense_spending"]


def test_share_of_company_revenue_is_no_claim():
    text = "Acme Corp said advertising took 30% of its revenue."
    assert claims_of(text, mention(text, "30%", 30)) == []
