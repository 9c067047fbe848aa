"""A bare deficit in a sentence on a budget's own totals, a sum's bracketed conversion before its noun, a transfer made to
compensate for lost earnings, and the transfers account of a balance of payments (sentences written for these tests)."""
from helpers import article_claims, pipeline_claims


def _metric(text, figure, title=None):
    found = [c["metric"] for c in pipeline_claims(text, title) if figure in c["figure_text"]]
    assert found, f"no claim for {figure!r}"
    return found[0]


def test_a_bare_deficit_beside_a_budgets_revenue_and_spending_is_the_budgets():
    # the story's latest claim is a trade balance: the sentence's own words still make the deficit the budget's
    text = ("Jordan's trade gap widened to 600 mln dinars last year. In the new budget, revenues were cut 12 pct and "
            "spending 5 pct, doubling the deficit to 420 mln dinars.")
    assert _metric(text, "420 mln") == "fiscal_deficit"


def test_a_deficit_of_the_transfers_account_is_no_budget_deficit():
    text = ("The deficit in transfer payments widened to 3.1 billion marks from 2.4 billion, mainly due to higher payments "
            "to the European Community budget.")
    assert [c["metric"] for c in pipeline_claims(text) if "3.1 billion" in c["figure_text"]] in ([], ["other"])


def test_a_bracketed_conversion_stands_with_its_figure():
    text = ("The minister urged donors to write off African debt and provide an extra $40bn (£21bn) a year in aid over "
            "the next decade.")
    assert _metric(text, "$40bn") == "development_aid"


def test_a_transfer_to_make_up_for_lost_earnings_is_aid():
    claims = article_claims(
        ["The European Community paid out 900 mln ECUs in aid to African states under its Stabex scheme last year.",
         "Kenya received about 120 mln ECUs mainly to compensate for a fall in its coffee export earnings."],
        [(0, "900 mln ECUs", 900e6, "currency"), (1, "120 mln ECUs", 120e6, "currency")])
    assert [c["metric"] for c in claims if "120 mln" in c["figure_text"]] == ["development_aid"]


def test_a_budget_named_as_a_document_does_not_make_a_bare_deficit_the_budgets():
    text = ("Treasurer Keating said the current account deficit would come in around 13.25 billion dlrs. He said the "
            "cumulative deficit is now likely to be about 1.5 billion dlrs below the forecast issued with the Budget papers "
            "last August.")
    assert [c["metric"] for c in pipeline_claims(text) if "1.5 billion" in c["figure_text"]] in ([], ["current_account"])


STORY = "Turkey's current account deficit widened to 4.1 billion dlrs in the first quarter, the central bank said. "


def test_a_governments_own_balance_is_its_budgets_in_a_current_account_story():
    for text, figure in [("The central government ran a deficit of 150 billion lira in the first five months.", "150 billion"),
                         ("The government targets a deficit of 2.9 pct of GDP in its medium-term programme.", "2.9 pct")]:
        assert _metric(STORY + text, figure) == "fiscal_deficit"


def test_a_bare_deficit_beside_a_defence_budget_is_the_budgets():
    text = "Defence outlays are expected to reach 2.1 pct of GDP next year, while the deficit is set at 3.5 pct."
    assert _metric(STORY + text, "3.5 pct") == "fiscal_deficit"


def test_a_bare_deficit_the_government_reports_in_a_current_account_story_stays_the_stories():
    text = "The statistics office said the deficit narrowed to 3.2 billion dlrs in April from 3.9 billion in March."
    assert _metric(STORY + text, "3.2 billion") == "current_account"
