"""Debt payments, loan margins and borrowed money (cmetric22): the sum interest is paid on is the debt (a part of a larger
debt, or loans and credits); a sum paid to the lenders is the debt service; a margin or spread named with its share is a
loan's price, not the debt; money borrowed to pay for spending after a pledge is the deficit; the Bank of Japan's tax
allocations are the money market's, no tax revenue. Sentences written for these tests."""
from helpers import pipeline_claims


def _metrics(text, title=None):
    return {c["figure_text"]: c["metric"] for c in pipeline_claims(text, title)}


def test_a_moratorium_on_part_of_the_foreign_debt_sizes_the_debt():
    text = "Ecuador declared an interest payments moratorium on 5.4 billion dlrs of its 8.2 billion dlr foreign debt."
    assert _metrics(text, "ECUADOR HALTS DEBT PAYMENTS") == {"5.4 billion dlrs": "external_debt",
                                                            "8.2 billion dlr": "external_debt"}


def test_interest_paid_on_credits_sizes_the_credits():
    text = "Peru said it remained current on interest payments on about 600 mln dlrs in short-term trade credits."
    assert _metrics(text, "PERU DEBT") == {"600 mln dlrs": "external_debt"}


def test_a_sum_paid_to_the_banks_is_the_debt_service():
    text = ("The Philippines agreed to reschedule 9.5 billion dlrs of its foreign debt last month, bankers said. Manila will "
            "pay foreign banks 45 mln dlrs a year in 1988 and 1989 under the accord.")
    got = _metrics(text, "PHILIPPINES TO REPAY SOME PRINCIPAL")
    assert got["9.5 billion dlrs"] == "external_debt"
    assert got["45 mln dlrs"] == "debt_service"


def test_repaying_the_whole_debt_still_sizes_the_stock():
    text = "The IMF standby credit will help Egypt repay its 40 billion dlr foreign debt, officials said."
    assert _metrics(text, "EGYPT IMF ACCORD")["40 billion dlr"] == "external_debt"


def test_a_margin_or_spread_named_with_its_share_is_no_debt():
    text = ("Bankers said Argentina won a 13/16 pct spread on its 30 billion dlr debt rescheduling package. Manila insisted "
            "on a margin of 13/16 pct, and bankers said 7/8 pct was the new benchmark spread for its foreign debt.")
    got = _metrics(text, "ARGENTINA DEBT ACCORD")
    assert got.pop("30 billion dlr") == "external_debt"
    assert got and all(m == "other" for m in got.values())


def test_money_borrowed_after_a_pledge_to_pay_for_spending_is_the_deficit():
    text = "Belgium's government pledged to borrow 5 billion francs to pay for its spending next year."
    assert _metrics(text, "BELGIAN BUDGET") == {"5 billion francs": "fiscal_deficit"}


def test_the_bank_of_japans_tax_allocations_make_no_claim():
    title = "BANK OF JAPAN TO SELL 400 BILLION YEN IN BILLS"
    text = ("Dealers estimate a 500 billion yen surplus in the market tomorrow due to tax allocations to local governments. "
            "They put the surplus down to 1,400 billion yen of government tax allocations to local governments.")
    assert "500 billion yen" not in _metrics(text, title) and "1,400 billion yen" not in _metrics(text, title)


def test_a_sum_in_new_taxes_is_the_taxes_not_the_deficit_it_cuts():
    for text in ("The chancellor will reduce the budget deficit by raising 4 billion stg in new taxes.",
                 "The chancellor will cut the deficit with 4 billion stg in extra taxes."):
        assert _metrics(text, "UK BUDGET") == {"4 billion stg": "tax_revenue"}
