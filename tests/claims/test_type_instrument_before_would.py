"""claim_type of an instrument's figure standing in the subject of a "would" after it (session 18, our own wording):
the hypothetical is what the plan holds (its tax, cut or sum), not a level someone foresees; a figure after the "would"
(what the plan would cost or raise) and a level a "would be" states stay forecasts."""
import pytest
from helpers import pipeline_claim


@pytest.mark.rules_layer
def test_a_sum_in_spending_a_party_would_stop_is_no_forecast():
    text = "The Liberal Democrats on Tuesday listed £12bn in spending on consultants they would stop to fund care homes."
    assert pipeline_claim(text, "£12bn")["claim_type"] in ("commitment", "proposal")


@pytest.mark.rules_layer
def test_a_tax_cut_as_the_subject_of_would_is_the_plans_figure():
    text = ("Officials of the three coalition parties said the extra 4.5 billion crown cut in payroll taxes would mean more "
            "money for families.")
    assert pipeline_claim(text, "4.5 billion")["claim_type"] in ("commitment", "proposal")


@pytest.mark.rules_layer
def test_aid_in_a_fund_that_would_dwarf_last_years_is_the_funds():
    text = ("The new relief fund, with an extra 80 mln dlrs in food aid, would dwarf last year's relief effort, aid "
            "officials said.")
    assert pipeline_claim(text, "80 mln")["claim_type"] in ("commitment", "proposal")


@pytest.mark.rules_layer
def test_a_tax_rate_a_plan_would_levy_stays_the_plans_whoever_reports_it():
    text = "Dealers said the new 3 pct tax on share trades would be charged on every trade above one mln yen."
    assert pipeline_claim(text, "3 pct")["claim_type"] in ("commitment", "proposal")


def test_the_revenue_a_tax_would_raise_stays_a_forecast():
    text = "A new levy on bank profits would raise about 2 billion euros a year, according to Treasury estimates."
    assert pipeline_claim(text, "2 billion")["claim_type"] == "forecast"


def test_a_deficit_before_would_stays_a_forecast():
    text = "The ratings agency warned that a deficit of 40 billion dlrs would alarm the bond market."
    assert pipeline_claim(text, "40 billion")["claim_type"] == "forecast"
