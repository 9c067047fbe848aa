"""What borrowed money pays for is not what the borrowed sum measures: a spending or budget word after "to fund", "to
finance", "to cover" or "to pay for" that follows a borrowing head (bonds, borrowing, new debt, debt) is the money's use; the
head governs the figure (borrowedfor.py; sentences written for these tests)."""
from helpers import pipeline_claim, pipeline_claims


def test_bonds_issued_to_fund_the_budget_are_the_deficit():
    text = "Ruritania will issue 14 trillion crowns of new bonds to help fund the budget, the finance ministry said on Monday."
    assert pipeline_claim(text, "14 trillion")["metric"] == "fiscal_deficit"


def test_borrowing_as_subject_before_its_purpose():
    text = "Borrowing to finance the spending plans will total 150 billion euros next year, the Ruritanian finance ministry said."
    assert pipeline_claim(text, "150 billion")["metric"] == "fiscal_deficit"


def test_borrowing_with_an_anaphoric_verb():
    text = "Sweden's finance ministry said borrowing to fund spending would reach 120 billion crowns this year."
    assert pipeline_claim(text, "120 billion")["metric"] == "fiscal_deficit"


def test_debt_taken_on_for_spending_is_the_debt():
    text = "Debt taken on to finance the spending surge will reach 120% of GDP by 2030, the Ruritanian fiscal council said."
    assert pipeline_claim(text, "120%")["metric"] == "public_debt"


def test_spending_itself_stays_spending():
    text = "Ruritania's spending will reach 120 billion crowns this year, the finance ministry said."
    assert pipeline_claim(text, "120 billion")["metric"] == "public_spending"


def test_spending_paid_for_a_debt_stays_spending():
    # the sum is spent, the debt is what it pays: no borrowing head before the funding verb
    text = "The Ruritanian government will spend 5 billion crowns to cover the cost of its new bonds, the finance ministry said."
    assert pipeline_claim(text, "5 billion")["metric"] == "public_spending"


def test_borrowing_for_defence_stays_defence_money():
    text = "Ruritania will borrow 60 billion crowns next year to fund higher defence spending, the finance ministry said."
    assert pipeline_claim(text, "60 billion")["metric"] == "defense_spending"


def test_a_firms_bond_issue_is_no_claim():
    text = "The company will issue 500 mln dlrs of bonds to fund capital spending, the company said."
    assert not [c for c in pipeline_claims(text) if "500 mln" in c["figure_text"]]


def test_bonds_sizing_the_sum_after_a_spending_word():
    text = ("The government's budget spending will be covered by issuing bonds worth 30 billion euros, the Italian finance "
            "ministry said.")
    assert pipeline_claim(text, "30 billion")["metric"] == "fiscal_deficit"


def test_a_budget_total_without_bonds_stays_spending():
    text = "Japan's budget will total 112 trillion yen, the finance ministry said."
    assert pipeline_claim(text, "112 trillion")["metric"] == "public_spending"
