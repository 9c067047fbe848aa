"""Debt service a state owes on a schedule ("has to repay", "must pay", "scheduled debt repayments of", "falling due") is a
sum falling due, foreseen (or reported, for a past year), not an act the state decides (pipeline/claims/debtdue.py); a
decision on the payments ("pledged to pay", "would limit payments to") keeps its commitment. Sentences written for these
tests (session 22)."""
from helpers import pipeline_claims, rules_claims


def _types(claims: list[dict]) -> list[tuple]:
    return [(c["figure_text"], c["metric"], c["claim_type"]) for c in claims]


def test_an_obligation_to_repay_is_no_commitment():
    text = "Greece has to repay 3.5 billion euros of debt to the European Central Bank on July 20, officials said."
    assert _types(rules_claims(text)) == [("3.5 billion euros", "debt_service", "forecast")]
    assert pipeline_claims(text)[0]["claim_type"] in ("forecast", "actual")
    text = "Argentina's scheduled debt payments of about 4.3 billion dollars in January will be met from reserves, the economy minister said."
    assert _types(rules_claims(text)) == [("4.3 billion dollars", "debt_service", "forecast")]


def test_meeting_scheduled_repayments_of_a_past_year_reports_them():
    text = ("Zambia's finance minister said in 2020 it would be hard for the country to meet scheduled debt repayments of "
            "about 1.5 billion dollars in 2021.")
    assert _types(rules_claims(text)) == [("1.5 billion dollars", "debt_service", "actual")]
    assert _types(pipeline_claims(text)) == [("1.5 billion dollars", "debt_service", "actual")]


def test_a_scheduled_sum_the_model_would_read_as_pledged_stays_foreseen():
    # "meet" reads as a pledge to the learned model too; the rules' forecast of a sum falling due stands against it
    # (a hypothetical sentence: no minister said this; the construction is what is tested)
    text = ("The finance minister said it would be difficult for Zambia to meet scheduled debt repayments of 1.2 billion "
            "dollars over the next three years.")
    assert [c["claim_type"] for c in rules_claims(text)] == ["forecast"]
    assert [c["claim_type"] for c in pipeline_claims(text)] == ["forecast"]


def test_a_decision_on_the_payments_keeps_its_commitment():
    assert _types(rules_claims("President Alan Garcia said in 1985 that Peru would limit payments on its foreign debt to "
                               "10 pct of its export earnings.")) == [("10 pct", "debt_service", "commitment")]
    assert _types(rules_claims("Ecuador pledged to pay 300 mln dlrs in interest on its foreign debt next year, the finance "
                               "minister said.")) == [("300 mln dlrs", "debt_service", "commitment")]
