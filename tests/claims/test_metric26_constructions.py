"""Session 26 metric constructions (sentences written for these tests, of reported facts).

Held-out metric confusions of issue 3 read a spending word as what a deficit or debt figure measures, and a bare balance word
of a budget story as an earlier current account:
- a sum an accrual verb adds "to" a balance or stock ("the bill would add 3.4 trillion dollars to the federal deficit") measures
  that noun, not the verb's subject, a spending bill or package (cuescope._cost, accrual_verbs.csv);
- a bare balance word ("The deficit was 6.4% of GDP") right after a budget's own totals (its spending, its revenue) is that
  budget's balance, not the balance of an earlier topic of the story, a current account (metric.metric_of, BUDGET_TOTALS);
- a growth a figure is set above or below after it ("higher by 10%, well above economic growth") is the other term of the
  comparison, not what the figure measures (cuescope.SET_AGAINST);
- rows from the session's corpus audit: the overall balance of payments is `other`, a lender's debt provisions no claim."""
import pytest
from helpers import pipeline_claims


def _metric(text, figure, title=None):
    found = [c for c in pipeline_claims(text, title=title) if c["figure_text"].startswith(figure)]
    assert found, f"no claim for {figure!r}"
    return found[0]["metric"]


# -- a sum added to a balance ---------------------------------------------------------------------------------------
@pytest.mark.parametrize("text, figure", [
    ("WASHINGTON - The spending package would add 3.4 trillion dollars to the deficit over a decade, the Congressional Budget "
     "Office said.", "3.4 trillion"),
    ("WASHINGTON - The tax and spending bill adds 3.4 trillion dollars to the federal deficit over ten years, the Congressional "
     "Budget Office estimated.", "3.4 trillion"),
    ("LONDON - The budget's higher spending will add about 32 billion pounds a year to borrowing, the Office for Budget "
     "Responsibility said.", "32 billion"),
    ("WASHINGTON - The 2018 spending deal would add about 320 billion dollars to deficits over a decade, the Congressional "
     "Budget Office estimated.", "320 billion"),
    ("WASHINGTON - The American Rescue Plan's spending added about 1.9 trillion dollars to federal deficits, the Congressional "
     "Budget Office estimated.", "1.9 trillion"),
])
def test_a_sum_added_to_a_balance_is_the_deficit(text, figure):
    assert _metric(text, figure) == "fiscal_deficit"


@pytest.mark.parametrize("text, figure", [
    ("WASHINGTON - The spending package would add 3.4 trillion dollars to the national debt over a decade, the Congressional "
     "Budget Office said.", "3.4 trillion"),
    ("BERLIN - The infrastructure spending package adds up to 500 billion euros to the federal debt over 12 years.", "500"),
    ("BERLIN - Germany's infrastructure spending fund will add up to 500 billion euros to its debt over 12 years.", "500"),
])
def test_a_sum_added_to_a_debt_is_the_debt(text, figure):
    assert _metric(text, figure) == "public_debt"


@pytest.mark.parametrize("text, figure, metric", [
    # a sum added to a spending line is still that line's (the noun after "to" governs either way)
    ("BERLIN - Germany's parliament added about 3 billion euros to the defence budget for 2025.", "3 billion", "defense_spending"),
    # no accrual verb: the sum's own noun before it governs as before
    ("WASHINGTON - The spending package of 3.4 trillion dollars goes to the Senate.", "3.4 trillion", "public_spending"),
])
def test_the_accrual_reading_needs_its_verb_and_keeps_other_nouns(text, figure, metric):
    assert _metric(text, figure) == metric


# -- a bare balance word after a budget's own totals ----------------------------------------------------------------
@pytest.mark.parametrize("text, figure", [
    ("WASHINGTON - America's current account deficit widened to 1.13 trillion dollars in 2024. Federal spending reached 6.75 "
     "trillion dollars in fiscal 2024. The deficit was 6.4% of GDP.", "6.4%"),
    ("WASHINGTON - America's current account deficit widened to 1.13 trillion dollars in 2024. Federal revenue rose to 4.92 "
     "trillion dollars in fiscal 2024, the Treasury said. The deficit came to 6.4% of GDP.", "6.4%"),
    ("WASHINGTON - America's current account gap widened to 1.13 trillion dollars in 2024. Federal outlays totalled 6.75 "
     "trillion dollars in fiscal 2024. The shortfall was 6.4% of GDP.", "6.4%"),
])
def test_a_bare_deficit_after_a_budget_total_is_the_budgets(text, figure):
    assert _metric(text, figure) == "fiscal_deficit"


def test_a_bare_deficit_after_a_current_account_figure_stays_the_current_accounts():
    text = ("WASHINGTON - America's current account deficit widened to 1.13 trillion dollars in 2024. The deficit was 3.9% of "
            "GDP, the Commerce Department said.")
    assert _metric(text, "3.9%") == "current_account"


# -- lexicon rows from the session's corpus audit -------------------------------------------------------------------
@pytest.mark.parametrize("text, figure", [
    ("ABU DHABI - The UAE's current account surplus narrowed in 1986. The overall balance showed a surplus of 4.8 billion "
     "dirhams after 2.6 billion in 1985.", "4.8 billion"),
    ("ABU DHABI - The UAE's current account surplus narrowed in 1986. The overall balance showed a surplus of 4.8 billion "
     "dirhams after 2.6 billion in 1985.", "2.6 billion"),
])
def test_the_overall_balance_of_payments_is_no_current_account(text, figure):
    assert _metric(text, figure) == "other"


@pytest.mark.parametrize("text", [
    "LONDON - Standard Chartered's bad and doubtful debt provisions stood at 545.6 mln stg at the end of 1986, up from 416.6 mln "
    "a year earlier, the bank said.",
    "LONDON - The bank's doubtful debt provisions rose to 545.6 mln stg at the end of 1986, Standard Chartered's chairman said.",
    "LONDON - Standard Chartered's debt provisions rose to 545.6 mln stg in 1986.",
])
def test_a_lenders_debt_provisions_are_no_foreign_debt(text):
    assert not [c for c in pipeline_claims(text) if c["figure_text"].startswith("545.6")]


# -- a growth rate set above or below the economy's ------------------------------------------------------------------
@pytest.mark.parametrize("text, figure, metric", [
    ("WASHINGTON - Federal spending in fiscal 2024 ended up higher by 10%, well above economic growth.", "10%",
     "public_spending"),
    ("WASHINGTON - Federal spending in the 2024 fiscal year was higher by about 10%, above the growth of the economy.", "10%",
     "public_spending"),
    ("WASHINGTON - Federal revenue in the 2024 fiscal year was higher by about 11%, above the growth of the economy.", "11%",
     "tax_revenue"),
])
def test_the_growth_a_figure_is_set_above_is_not_what_it_measures(text, figure, metric):
    assert _metric(text, figure) == metric
