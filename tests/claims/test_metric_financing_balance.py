"""Deficit, financing and debt figures that read as spending (issue 3): a balance noun whose budget a for/of phrase names
(budgetwords.balance_of_budget), a budget imbalance or a gap between spending and revenue (metric_cues.csv), a state that "is"
a sum in debt (cuecompound.HELD_BEFORE), and lenders' loan or financing packages (metric_cues.csv: other). Sentences
written for these tests."""
from helpers import pipeline_claim, pipeline_claims


def _metric(text: str, figure: str) -> str:
    return pipeline_claim(text, figure)["metric"]


def test_the_financing_requirement_for_a_budget_is_the_balance_not_its_size():
    text = "The financing requirement for the 1988 budget is 12 billion crowns, the Swedish finance ministry said."
    assert _metric(text, "12 billion") == "fiscal_deficit"


def test_the_deficit_of_next_years_budget_is_the_balance():
    text = "Germany's finance ministry put the deficit of next year's federal budget at 30 billion marks."
    assert _metric(text, "30 billion") == "fiscal_deficit"


def test_the_borrowing_requirement_for_the_budget_is_the_balance():
    text = "The borrowing requirement for the budget is 4 billion pounds, the British Treasury said on Tuesday."
    assert _metric(text, "4 billion") == "fiscal_deficit"


def test_a_budget_a_figure_sizes_stays_its_total():
    # the guard above reaches only a balance noun right before "for/of the budget": a sized budget is still spending
    text = "The Community's annual budget of about 36 billion Ecus faces an expected shortfall of 5 billion Ecus this year."
    assert _metric(text, "36 billion") == "public_spending"
    assert _metric(text, "5 billion") == "fiscal_deficit"


def test_a_budget_imbalance_is_the_deficit():
    text = "The Brazilian finance minister said the budget imbalance would narrow to 2 billion dlrs in 1988."
    assert _metric(text, "2 billion") == "fiscal_deficit"


def test_a_fiscal_imbalance_is_the_deficit():
    text = "Italy's fiscal imbalance reached 110 trillion lire last year, the Treasury said."
    assert _metric(text, "110 trillion") == "fiscal_deficit"


def test_a_gap_between_spending_and_revenue_is_the_deficit():
    text = "There is a gap of 8 billion francs between spending and revenue in the draft budget, the minister said."
    assert _metric(text, "8 billion") == "fiscal_deficit"


def test_the_gap_between_state_spending_and_revenue_is_the_deficit_not_revenue():
    text = "The gap between state spending and revenue will widen to 20 billion kronor next year, the Swedish ministry said."
    assert _metric(text, "20 billion") == "fiscal_deficit"


def test_a_gap_between_revenue_and_expenditure_is_the_deficit():
    text = "Canada's gap between revenues and expenditure shrank to 29 billion dlrs, Finance Minister Wilson said."
    assert _metric(text, "29 billion") == "fiscal_deficit"


def test_a_state_that_is_a_sum_in_debt_holds_that_debt():
    text = "Argentina is 50 billion dlrs in debt, its central bank said on Monday."
    assert _metric(text, "50 billion") == "external_debt"


def test_a_sum_taken_on_in_debt_stays_new_borrowing_beside_the_copula():
    text = "The Canadian government plans to take on 50 billion dollars in debt next year, the finance minister said."
    assert _metric(text, "50 billion") == "fiscal_deficit"


def test_a_banks_loan_package_for_a_state_is_no_budget_spending():
    text = "Poland's 1.5 billion dlr loan package from its creditor banks will be signed in London next week."
    assert _metric(text, "1.5 billion") == "other"


def test_a_financing_package_of_creditor_banks_is_no_budget_spending():
    text = "Creditor banks agreed on a 6 billion dlr financing package for Chile, the Chilean central bank said."
    assert _metric(text, "6 billion") == "other"


def test_a_companys_financing_package_makes_no_claim():
    text = "Acme Construction Co Ltd signed a 40 mln dlr financing package to build a hotel in Jakarta, the agent said."
    assert not pipeline_claims(text)


def test_a_carmakers_discount_financing_makes_no_claim():
    text = "Ford said its discount financing packages with rates from 2.9 pct on 36-month loans would continue."
    assert not pipeline_claims(text)
