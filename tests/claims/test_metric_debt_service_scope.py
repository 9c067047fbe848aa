"""Interest and servicing of a state's debt beside budget and spending words (sentences written for these tests)."""
import pytest
from helpers import pipeline_claim, pipeline_claims


@pytest.mark.parametrize("text, figure", [
    # the debt a servicing word takes as its object, read with it as one cue: the budget word says where the money comes from
    ("The Ruritanian budget sets aside 12 billion rand for interest on government debt.", "12 billion"),
    ("The Ruritanian government will spend 14 billion dlrs servicing its foreign debt, the minister said.", "14 billion"),
    # a period between the figure and its own noun is no distance
    ("The Ruritanian government will spend 14 billion dlrs next year servicing its foreign debt, the minister said.", "14 billion"),
    ("The creditor states are owed about 5 billion dlrs this year in debt repayments by Ruritania.", "5 billion"),
    # the parts of a debt's service named together; an interest bill
    ("In 1988 Ruritania repaid 2.1 billion dlrs in capital and interest, the central bank said.", "2.1 billion"),
    ("The Ruritanian budget's interest bill will climb to 9.3 billion dlrs next year, the treasury said.", "9.3 billion"),
])
def test_servicing_governs_over_budget_and_spending_words(text, figure):
    assert pipeline_claim(text, figure)["metric"] == "debt_service"


def test_spending_on_something_else_stays_spending():
    text = "The Ruritanian government will spend 14 billion dlrs next year on roads and schools, the minister said."
    assert pipeline_claim(text, "14 billion")["metric"] == "public_spending"


def test_the_debt_a_servicing_word_names_before_a_figure_is_still_the_debt():
    # "interest payments on the country's 68 billion dlr debt": the figure sizes the debt itself
    text = "Interest payments on Ruritania's 68 billion dlr commercial bank debt were suspended, the finance minister said."
    assert pipeline_claim(text, "68 billion")["metric"] == "external_debt"


def test_a_company_repaying_its_debt_makes_no_claim():
    # the merged cue keeps the bare debt word's weight: a firm's sentence stays no policy claim
    text = ("Acme Holdings Inc said the offering was aimed at raising 7.5 mln dlrs for working capital and 1.7 mln dlrs "
            "to repay debt incurred in its acquisition of Widget Corp.")
    assert not [c for c in pipeline_claims(text) if c["metric"] == "debt_service"]


@pytest.mark.parametrize("text, figure", [
    # a servicing head noun after a longer debt cue: the sum is paid on the debt, not the debt
    ("Ruritania's foreign debt payments will total 3.4 billion dlrs next year, the finance ministry said.", "3.4 billion"),
    ("Ruritania announced that its external debt service would be limited to 15 pct of export earnings.", "15 pct"),
    ("Ruritania's public debt interest will rise to 8.2 billion crowns in 2026, the treasury said.", "8.2 billion"),
    # interest and principal on the debt, together or alone
    ("Ruritania paid 2.6 billion dlrs of interest and principal on its foreign debt last year, the central bank said.",
     "2.6 billion"),
    ("Ruritania will pay 1.2 billion dlrs in principal and interest on its foreign debt this year, the treasury said.",
     "1.2 billion"),
])
def test_servicing_head_or_principal_makes_debt_service(text, figure):
    assert pipeline_claim(text, figure)["metric"] == "debt_service"


def test_the_foreign_debt_itself_stays_a_debt():
    text = "Ruritania's foreign debt rose to 21.7 billion dlrs at the end of the year, the central bank said."
    assert pipeline_claim(text, "21.7 billion")["metric"] == "external_debt"
