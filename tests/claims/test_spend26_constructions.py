"""Session 26, precision of public_spending (issue 3): an audit of 80 untuned corpus claims typed public_spending found
non-claims and other metrics taken by a weak spending word ("cuts", "spending", "savings", "adjustments") or a spending
story's topic. Own sentences (real facts); need the gazetteer. The rows are in `metric_cues.csv` (spend26 block).

1. Farm price and supply rules: a cut in an intervention, common or support price, an acreage cut and a loan-rate change
   are a farm programme's rules, not spending the weak "cuts" names (no public_spending claim).
2. Households' own spending and savings (card spending, spending on food, a household's budget) are no state's: no
   public_spending claim.
3. Money the U.K.'s National Savings raises for the government is no sum spent (metric `other`); a central bank's
   market intervention is no public_spending either."""
import pytest

pytest.importorskip("pipeline.claims.gazetteer")

from helpers import pipeline_claim, pipeline_claims  # noqa: E402


@pytest.mark.parametrize("text, figure", [
    ("BRUSSELS - Under Agenda 2000 the European Commission proposed cuts of 15 pct in the intervention price for "
     "cereals, in two steps.", "15 pct"),
    ("BRUSSELS - The MacSharry reform of 1992 made cuts of 29 pct in the common prices for cereals over three years.",
     "29 pct"),
    ("WASHINGTON - Under the 1987 wheat programme farmers had to make acreage cuts of 27.5 pct to qualify for price "
     "support.", "27.5 pct"),
    ("WASHINGTON - The 1985 farm act allowed cuts of up to 20 pct a year in the loan rate for wheat and corn.", "20 pct"),
])
def test_a_cut_in_a_farm_price_acreage_or_loan_rate_is_no_public_spending(text, figure):
    assert not [c for c in pipeline_claims(text) if figure in c["figure_text"] and c["metric"] == "public_spending"]


@pytest.mark.parametrize("text, figure, title", [
    ("WASHINGTON - Spending on food took about 11 pct of the average household's budget in 2022, the Agriculture "
     "Department said.", "11 pct", None),
    ("TOKYO - Card spending and other cashless payments made up 39.3 pct of Japanese household consumption in 2023, the "
     "trade ministry said.", "39.3 pct", "Japanese consumers spending"),
    ("WASHINGTON - Americans put 11.3 pct of their disposable income into food spending in 2022, the Agriculture "
     "Department said.", "11.3 pct", "U.S. spending on food"),
])
def test_household_spending_is_no_public_spending(text, figure, title):
    assert not [c for c in pipeline_claims(text, title) if figure in c["figure_text"] and c["metric"] == "public_spending"]


@pytest.mark.parametrize("text, figure", [
    ("LONDON - The Treasury set National Savings and Investments a net financing target of 7.5 billion stg for "
     "2023-24.", "7.5 billion stg"),
    ("LONDON - The Treasury set National Savings and Investments a net financing target of 9 billion stg for 2024-25.",
     "9 billion stg"),
])
def test_national_savings_funding_is_other(text, figure):
    assert pipeline_claim(text, figure)["metric"] == "other"


@pytest.mark.parametrize("text, figure", [
    ("TOKYO - Japan's cabinet approved a budget with spending of 112.07 trillion yen for fiscal 2024. The central bank "
     "intervention of 9.79 trillion yen in April and May 2024 was a record.", "9.79 trillion yen"),
    ("NEW YORK - After the Plaza accord of 1985 the five governments' concerted intervention of about 10 billion dlrs "
     "helped push the dollar down.", "10 billion dlrs"),
])
def test_central_bank_intervention_is_no_public_spending(text, figure):
    assert not [c for c in pipeline_claims(text) if figure in c["figure_text"] and c["metric"] == "public_spending"]
