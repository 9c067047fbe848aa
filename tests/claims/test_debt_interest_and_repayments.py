"""What a state pays on its debt, named in a debt story by words the debt stock would otherwise take: payments as the subject
after a connective (story.debt_payments), a repayment word in a story whose latest claim is the debt
(repaid.repayments_in_debt_story), interest a sum sizes (repaid.repaid_sum) and a share of export earnings paid in interest
(cuescope.service_share). Sentences written for these tests."""
from helpers import pipeline_claims


def _found(text: str, title: str | None = None) -> list[tuple]:
    return [(c["figure_text"], c["metric"]) for c in pipeline_claims(text, title=title)]


DEBT = "Chile owes 19 billion dlrs to foreign commercial banks, the central bank said. "


def test_payments_after_at_the_same_time_are_the_debt_service():
    assert _found(DEBT + "At the same time, payments over the next two years were cut from 2.1 billion dlrs to 900 mln "
                  "dlrs.")[1:] == [("2.1 billion dlrs", "debt_service"), ("900 mln dlrs", "debt_service")]
    assert _found(DEBT + "Moreover, payments in 2027 will total 700 mln dlrs.")[1:] == [("700 mln dlrs", "debt_service")]


def test_payments_after_a_connective_outside_a_debt_story_make_none():
    deficit = "Chile's budget deficit widened to 900 billion pesos last year, the finance ministry said. "
    assert _found(deficit + "At the same time, payments over the next two years were cut to 900 mln dlrs.")[1:] == []


def test_repayments_after_a_claim_of_the_debt_are_its_service():
    assert _found("Peru's foreign debt stands at 14 billion dlrs, the central bank said. Repayments to the IMF are projected "
                  "to total 900 mln dlrs over the next three years.") \
        == [("14 billion dlrs", "external_debt"), ("900 mln dlrs", "debt_service")]


def test_repayments_without_a_claim_of_the_debt_or_as_a_part_of_it_are_not_the_service():
    # the debt only in the headline, no claim of it yet: no story to take the service from
    assert _found("Repayments to the IMF are projected to total 900 mln dlrs over the next three years.",
                  title="PERU SEEKS NEW TERMS FOR FOREIGN DEBT") == []
    # a sum out of the debt named after it stays a part of the stock
    assert _found("Peru's foreign debt stands at 14 billion dlrs, the central bank said. The government said repayments of "
                  "2 billion dlrs of that debt would be delayed until 1990.")[1:] == [("2 billion dlrs", "external_debt")]
    # a state's net repayment in a deficit story stays its borrowing balance
    assert _found("Britain's public debt rose to 200 billion stg. The public sector borrowing requirement showed a repayment "
                  "of 380 mln stg in February.")[1:] == [("380 mln stg", "fiscal_deficit")]


def test_interest_a_sum_sizes_is_the_debt_service():
    assert _found("Peru paid interest of 700 mln dlrs on its foreign debt last year.") == [("700 mln dlrs", "debt_service")]
    assert _found("Brazil will pay interest of about 3.5 billion dlrs on its foreign debt this year, the finance minister "
                  "said.") == [("3.5 billion dlrs", "debt_service")]


def test_interest_of_a_sum_owed_is_the_debt():
    assert _found("Brazil has arrears of interest of 1.2 billion dlrs owed to foreign banks on its foreign debt.") \
        == [("1.2 billion dlrs", "external_debt")]


def test_a_share_of_export_earnings_paid_in_interest_is_the_debt_service():
    assert _found("Chile's external debt of 20 billion dlrs absorbs 40 pct of its export earnings in interest alone.") \
        == [("20 billion dlrs", "external_debt"), ("40 pct", "debt_service")]
    assert _found("Argentina spent 35 pct of its export earnings on debt service last year.") == [("35 pct", "debt_service")]


def test_a_share_of_export_earnings_the_debt_grew_to_stays_the_debt():
    assert _found("Brazil said its foreign debt grew to 40 pct of its export earnings in 1986.") == [("40 pct", "external_debt")]


def test_a_loan_margin_over_a_reference_rate_is_no_debt_figure():
    # a margin is unscored ("other"), as a named interest rate is
    assert _found("Under its rescheduling plan, Manila would make interest payments in cash at 5/8 pct over the London "
                  "Interbank Offered Rate.") == [("5/8 pct", "other")]
    assert _found("Venezuela's foreign debt is 20 billion dlrs. The old accord called for interest of 1-1/8 point over "
                  "Libor.") == [("20 billion dlrs", "external_debt")]
    # after a debt-service claim the point figure would carry the story's metric
    assert _found("Venezuela's 20 billion dlr debt accord will cut its payments, the ministry said. Payments in 2027 were cut "
                  "to 400 mln dlrs. The old accord called for interest of 1-1/8 point over Libor.") \
        == [("20 billion dlr", "external_debt"), ("400 mln dlrs", "debt_service")]


def test_a_share_over_a_year_or_a_level_is_still_a_claim():
    assert _found("Argentina's foreign debt rose 5 pct over last year to 53 billion dlrs.") \
        == [("5 pct", "external_debt"), ("53 billion dlrs", "external_debt")]
