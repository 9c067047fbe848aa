"""A weak balance word ("deficit", "surplus") takes an unscored metric only from a balance of its own kind (trade, payments),
never from an interest rate or reserves near it (sentences written for these tests)."""
import pytest
from helpers import pipeline_claim


@pytest.mark.parametrize("text, figure, metric", [
    # reserves say how the deficit is covered, not which balance it is
    ("Ruritania's cabinet adopted budget plans incorporating a 40.2 billion dlr deficit to be covered by drawing down "
     "foreign reserves.", "40.2 billion", "fiscal_deficit"),
    # the interest rates are an assumption of the projection
    ("\"The IMF projection, which assumes higher interest rates, is for a deficit of about 150 billion dollars,\" the "
     "report said.", "150 billion", "fiscal_deficit"),
    # a wage word near a budget surplus names no balance either
    ("The Ruritanian government expects a budget surplus of 2.4 billion dlrs next year despite higher public wages.",
     "2.4 billion", "fiscal_deficit"),
])
def test_balance_word_ignores_unscored_non_balances(text, figure, metric):
    assert pipeline_claim(text, figure)["metric"] == metric


def test_trade_balance_still_names_the_balance():
    # the trade surplus is a balance: the bare "surplus" beside it is that one (no claim of a scored metric)
    from helpers import pipeline_claims
    text = "Ruritania's trade surplus narrowed in March, and the surplus for the quarter was 1.2 billion dlrs, the bureau said."
    assert not [c for c in pipeline_claims(text) if "1.2 billion" in c["figure_text"] and c["metric"] == "fiscal_deficit"]


@pytest.mark.parametrize("text, figure", [
    # "trade shortfall" is the trade balance under another name, not the budget's gap
    ("Officials hope to narrow Ruritania's trade shortfall, which reached 14.2 billion dlrs last year, the minister said.",
     "14.2 billion"),
    # an export shortfall the IMF compensates is no budget deficit either
    ("The IMF said 31.5 mln dlrs would be drawn at once following an export shortfall for Ruritania last year.",
     "31.5 mln"),
])
def test_trade_and_export_shortfall_are_no_budget_deficit(text, figure):
    from helpers import pipeline_claims
    assert not [c for c in pipeline_claims(text) if figure in c["figure_text"] and c["metric"] == "fiscal_deficit"]
