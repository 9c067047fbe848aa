"""Metric rows added in session 18 (write18): departmental budgets are public spending, a primary budget's balance is the
deficit's, a state's provisional share of a loan fund is the story's metric (no
stock). Own sentences; needs the gazetteer."""
import pytest

pytest.importorskip("pipeline.claims.gazetteer")

from helpers import pipeline_claim, pipeline_claims  # noqa: E402


def test_departmental_budgets_are_public_spending_not_the_aid_line_before():
    text = ("LONDON - The chancellor cut the aid budget to 0.3% of gross national income. She said day-to-day departmental "
            "budgets would grow by 1.5% a year in real terms.")
    assert pipeline_claim(text, "1.5%")["metric"] == "public_spending"


def test_a_primary_budget_band_is_the_deficits():
    text = ("BUENOS AIRES - Economy Minister Luis Caputo said Argentina would keep a balanced primary budget next year, "
            "within a margin of 0.5% of GDP.")
    assert pipeline_claim(text, "0.5%")["metric"] == "fiscal_deficit"


def test_a_provisional_share_of_a_loan_fund_is_no_stock():
    text = ("BRUSSELS - The European Union's SAFE loan fund for defence holds 150 billion euros. Lithuania will receive "
            "about 6.4 billion euros under the provisional shares the Commission set out on Tuesday.")
    assert [c for c in pipeline_claims(text) if "6.4 billion" in c["figure_text"]]


def test_a_gross_debt_beside_a_deficit_is_the_debt():
    text = ("NAIROBI - Treasury Cabinet Secretary John Mbadi said the budget deficit would narrow to 4.5% of GDP next year, "
            "and that gross debt should stabilise at about 68% of GDP.")
    assert pipeline_claim(text, "68%")["metric"] in ("public_debt", "external_debt")


def test_a_firms_gross_debt_ratio_stays_no_claim():
    text = ("The retailer's net profit rose 12% to 310 million euros, its chief executive said, and its gross debt fell to "
            "35% of shareholders' equity.")
    assert not [c for c in pipeline_claims(text) if c["figure_text"].startswith("35")]


def test_the_alliances_target_is_a_defence_share_like_natos():
    text = ("LISBON - Portugal's spending ceiling keeps the extra 1 billion euros the cabinet approved to hit the "
            "alliance's 2% target this year, Finance Minister Joaquim Miranda Sarmento said.")
    assert pipeline_claim(text, "2%")["metric"] == "defense_spending"
