"""A capitalised "Budget" in the name of a forecaster or a committee (the Office for Budget Responsibility, the Parliamentary
Budget Officer, the Congressional Budget Office) names no budget: the deficit or debt the story goes on with keeps its metric;
a figure-less sentence on borrowing makes the borrowing the topic a later "it" takes (cuelexicon.without_body_names, story._finances_word;
sentences written for these tests)."""
from helpers import pipeline_claim


def test_parliamentary_budget_officer_forecasting_the_deficit():
    text = ("Canada's deficit was 61.9 billion dollars last year, the finance department said. The Parliamentary Budget "
            "Officer expects it to reach 68.5 billion dollars this year.")
    assert pipeline_claim(text, "68.5 billion")["metric"] == "fiscal_deficit"


def test_office_for_budget_responsibility_forecasting_the_debt():
    text = ("UK public sector net debt stood at 96% of GDP in May, the statistics office said. The Office for Budget "
            "Responsibility expects it to peak at 97% next year.")
    assert pipeline_claim(text, "97%")["metric"] == "public_debt"


def test_congressional_budget_office_forecasting_the_deficit():
    text = ("The U.S. budget deficit was 221 billion dlrs in fiscal 1986, the Treasury said. The Congressional Budget Office "
            "expects it to reach 170 billion dlrs next year.")
    assert pipeline_claim(text, "170 billion")["metric"] == "fiscal_deficit"


def test_a_committees_own_budget_is_still_a_budget():
    text = "The House Budget Committee approved a 1.1 trillion dlr budget for fiscal 1988 on Thursday."
    assert pipeline_claim(text, "1.1 trillion")["metric"] == "public_spending"


def test_borrowing_named_before_the_forecast_is_the_topic():
    text = ("The British chancellor announced spending increases of 70 billion pounds a year. Borrowing will rise as a "
            "result. The Office for Budget Responsibility expects it to reach 105 billion pounds next year.")
    assert pipeline_claim(text, "70 billion")["metric"] == "public_spending"
    assert pipeline_claim(text, "105 billion")["metric"] == "fiscal_deficit"
