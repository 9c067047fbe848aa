"""claim_type of levels stated as they stand, and of plans, forecasts and conditionals around them (one or two
sentences each, our own wording, hand-built mentions)."""
from helpers import claims_of, mention


def _money(text, surface, value, currency="USD", occurrence=0):
    return mention(text, surface, value, unit="currency", currency=currency, occurrence=occurrence)


def test_a_budget_in_deficit_is_the_balance_reported():
    # a monthly statement: "the budget was in deficit" is the outturn, not a budget plan's figure
    text = "The federal budget was in deficit by 41.2 billion dlrs in April, the Treasury said."
    c = claims_of(text, _money(text, "41.2 billion dlrs", 4.12e10))[0]
    assert c["metric"] == "fiscal_deficit" and c["claim_type"] == "actual"


def test_a_budget_plan_still_commits():
    text = "The cabinet's budget puts the deficit at 62 billion crowns."
    c = claims_of(text, _money(text, "62 billion crowns", 6.2e10, "SEK"))[0]
    assert c["claim_type"] == "commitment"


def test_the_monetary_fund_is_no_fund_of_money():
    text = ("After transactions with the International Monetary Fund, the government's net borrowing requirement in "
            "March was 54.3 billion crowns, the ministry said.")
    c = claims_of(text, _money(text, "54.3 billion crowns", 5.43e10, "SEK"))[0]
    assert c["claim_type"] == "actual"
