"""A prepositional aside set off by commas ("the deficit, after spending cuts of 2 billion crowns, would be 4 billion") only
describes the noun before it, like a relative clause; a spending word sized by its own figure after a funding verb ("borrowed
to finance spending of 85 billion") measures that figure, not the borrowing (sentences written for these tests)."""
from helpers import pipeline_claim

TITLE = "Ruritania Budget"


def test_a_deficit_after_an_aside_on_spending_cuts():
    text = "The government said the deficit, after spending cuts of 2 billion crowns, would be 4 billion crowns."
    assert pipeline_claim(text, "4 billion", title=TITLE)["metric"] == "fiscal_deficit"
    assert pipeline_claim(text, "2 billion", title=TITLE)["metric"] == "public_spending"


def test_growth_after_an_aside_naming_inflation():
    text = "Ruritania's gross domestic product, after allowing for inflation, grew at an annual rate of 1.4 pct in the first quarter."
    assert pipeline_claim(text, "1.4 pct", title="Ruritania Economy")["metric"] == "gdp_growth"


def test_spending_sized_after_a_funding_verb_is_spending():
    text = "The public debt rose to 60 billion crowns as the government borrowed to finance spending of 85 billion crowns."
    assert pipeline_claim(text, "85 billion", title=TITLE)["metric"] == "public_spending"


def test_borrowing_to_fund_spending_stays_the_borrowing():
    text = "Borrowing to finance the spending plans will total 15 billion crowns, the finance minister said."
    assert pipeline_claim(text, "15 billion", title=TITLE)["metric"] == "fiscal_deficit"
