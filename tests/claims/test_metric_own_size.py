"""A figure's own noun: the budget a figure sizes, the debt a sum is "of" (sentences written for these tests)."""
import pytest
from helpers import pipeline_claim


@pytest.mark.parametrize("text, figure", [
    # a budget the figure sizes is its total, though a shortfall with its own figure stands in the sentence
    ("Farm support now takes two-thirds of the European Union's annual budget of about 41 billion euros and is blamed "
     "for an expected shortfall this year of about six billion euros.", "41 billion"),
    ("Ireland's annual budget of 25 billion euros is expected to end the year in deficit, the finance minister said.",
     "25 billion"),
    ("Ireland's parliament passed a 25 billion euro state budget that is expected to end the year in deficit.",
     "25 billion"),
])
def test_a_sized_budget_is_its_total(text, figure):
    assert pipeline_claim(text, figure)["metric"] == "public_spending"


def test_a_bare_budget_beside_a_deficit_word_is_still_the_balance():
    # the budget word sizes no figure of its own: "to bring their budgets below 3%" is the deficit
    text = "The union keeps a list of deficit rule breakers and told them to bring their budgets below 3% of GDP."
    assert pipeline_claim(text, "3%")["metric"] == "fiscal_deficit"


def test_the_possessed_debt_a_sum_is_of_governs():
    text = ("The creditor club agreed a broad rescheduling package covering 42 billion dlrs of Ruritania's foreign debt, "
            "the finance ministry said.")
    assert pipeline_claim(text, "42 billion")["metric"] == "external_debt"


@pytest.mark.parametrize("text, figure, metric", [
    # the noun a sum goes "to": what it is allotted or added to
    ("Egypt's draft budget allocates 2.3 trillion pounds to interest payments, about half of the total.", "2.3 trillion",
     "debt_service"),
    ("The Congressional Budget Office said the spending bill would add 3.3 trillion dollars to deficits over the next "
     "decade.", "3.3 trillion", "fiscal_deficit"),
])
def test_the_noun_a_sum_goes_to_governs(text, figure, metric):
    assert pipeline_claim(text, figure)["metric"] == metric


def test_spending_beside_revenue_is_the_budget_total_not_the_story_part():
    # after a defence claim, a spending word set beside the budget's revenue is the budget's total
    text = ("WARSAW, Aug 28 - Poland's government approved a draft budget as defence spending rises to 4.8% of GDP. "
            "Revenue is forecast at 647.2 billion zlotys and spending at 918.9 billion zlotys.")
    assert pipeline_claim(text, "918.9 billion")["metric"] == "public_spending"
