"""Which noun a figure measures where the budget or spending word near it is the fallback: a bare debt beside a state's
budget, the military a sum goes to, a figure's own noun after "in" with adjectives between commas, a "from its estimated X
level next year to about Y" pair, and a sum taken out of a larger one (sentences written for these tests)."""
import pytest
from helpers import pipeline_claims


def _metric(text, figure):
    found = [c["metric"] for c in pipeline_claims(text) if figure in c["figure_text"]]
    assert found, f"no claim for {figure!r}"
    return found[0]


@pytest.mark.parametrize("text, figure", [
    ("Italy's budget targets debt of 135% of GDP in 2026.", "135%"),
    ("In its budget, the government expects debt to fall to 98% of GDP by 2028.", "98%"),
])
def test_a_bare_debt_beside_a_budget_is_the_public_debt(text, figure):
    assert _metric(text, figure) == "public_debt"


def test_a_bare_debt_with_no_budget_word_keeps_its_default():
    assert _metric("Argentina's debt rose to 62 billion dlrs, the central bank said.", "62 billion") == "external_debt"


@pytest.mark.parametrize("text, figure", [
    ("The budget allocates 2% of GDP to the military.", "2%"),
    ("The government will spend 62 billion euros on the military next year.", "62 billion"),
])
def test_the_military_a_sum_goes_to_is_defence(text, figure):
    assert _metric(text, figure) == "defense_spending"


def test_a_figures_noun_after_in_with_adjectives_between_commas():
    text = "The plan relies on domestic spending cuts and 9 billion dlrs in new, permanent, taxes."
    assert _metric(text, "9 billion") == "tax_revenue"


def test_an_estimated_level_named_with_its_year_pairs_with_the_level_it_moves_to():
    text = ("The House voted to cut the deficit from its projected 160 billion dlr level next year to about 108 billion "
            "dlrs, through defense and domestic spending cuts.")
    assert _metric(text, "160 billion") == "fiscal_deficit"
    assert _metric(text, "108 billion") == "fiscal_deficit"


@pytest.mark.parametrize("text, part, whole", [
    ("The budget surplus will allow the repayment of up to 400 mln dlrs of Chile's 19 billion dlrs of foreign debt.",
     "400 mln", "19 billion"),
    ("In view of the surplus, the treasury plans the repayment of 300 mln dlrs of the 12 billion dlrs of overseas debt.",
     "300 mln", "12 billion"),
])
def test_a_sum_taken_out_of_a_larger_one_is_that_sums_metric(text, part, whole):
    assert _metric(text, whole) == "external_debt"
    assert _metric(text, part) == "external_debt"


def test_a_part_named_by_its_own_noun_keeps_it():
    text = "Foreign aid will finance 780 mln dlrs of the 1.2 billion dlr budget deficit."
    assert _metric(text, "780 mln") == "development_aid"
    assert _metric(text, "1.2 billion") == "fiscal_deficit"
