"""Session 18 (missed18): a sum a state repays is debt service (repaid.py); "surtax" is a tax word (metric_cues.csv); a
sentence with no metric word whose subject, after qualifiers of its own, is the head noun of the previous sentence's metric
phrase goes on with that claim (restatedhead.py). Sentences written for these tests."""
from helpers import pipeline_claim, pipeline_claims


# -- a repaid sum is debt service, not the debt owed ---------------------------------------------------------------------
def test_a_sum_a_state_has_to_repay_is_debt_service():
    text = "Argentina has to repay 4.2 billion dlrs of its foreign debt in 1988, the economy ministry said."
    assert pipeline_claim(text, "4.2 billion")["metric"] == "debt_service"


def test_a_sum_repaid_by_a_treasury_is_debt_service():
    text = "The Italian treasury repaid about 900 mln dlrs of public debt last month, the Bank of Italy said."
    assert pipeline_claim(text, "900 mln")["metric"] == "debt_service"


def test_a_debt_the_repaying_verb_does_not_govern_stays_the_stock():
    text = "Peru, which has to repay its foreign debt of 14 billion dlrs over 20 years, asked banks for new terms."
    assert pipeline_claim(text, "14 billion")["metric"] == "external_debt"


def test_a_plain_debt_level_stays_the_stock():
    text = "Chile's foreign debt totalled 19.5 billion dlrs at the end of 1986, the central bank said."
    assert pipeline_claim(text, "19.5 billion")["metric"] == "external_debt"


def test_a_firm_repaying_its_bank_debt_makes_no_claim():
    text = "Proceeds of the share offering will be used to repay 80 mln dlrs of bank debt, Acme Widgets Inc said."
    assert not [c for c in pipeline_claims(text) if c["metric"] not in ("other", None)]


# -- surtax ----------------------------------------------------------------------------------------------------------------
def test_a_surtax_is_a_tax_not_the_budget():
    text = "The Ontario budget imposed a temporary five pct surtax on high incomes, the provincial treasurer said."
    assert pipeline_claim(text, "five pct")["metric"] == "tax_revenue"


# -- the income a tax starts at is its threshold, not the tax (incomethreshold.py) -----------------------------------------
def test_the_income_a_surtax_starts_at_is_no_tax_figure():
    text = ("The Manitoba budget imposed a two pct surtax on individuals with taxable income of more than 50,000 dlrs, "
            "the provincial finance minister said.")
    assert {c["figure_text"]: c["metric"] for c in pipeline_claims(text)} == {"two pct": "tax_revenue", "50,000 dlrs": "other"}


def test_a_top_rate_for_high_earners_keeps_the_rate_and_not_the_threshold():
    text = "Britain will raise the top rate of income tax to 45 pct for people earning over 150,000 pounds, the Treasury said."
    assert {c["figure_text"]: c["metric"] for c in pipeline_claims(text)} == {"45 pct": "tax_revenue", "150,000 pounds": "other"}


def test_a_tax_sum_raised_from_incomes_stays_tax():
    text = "The new levy on high incomes will raise 2 billion pounds a year, the Treasury said."
    assert pipeline_claim(text, "2 billion")["metric"] == "tax_revenue"


# -- the previous phrase's head noun, qualified anew, as the next sentence's subject --------------------------------------
def test_qualified_head_noun_goes_on_with_the_claim():
    text = ("The Swedish government said its borrowing requirement would fall to 30 billion crowns this year. "
            "Projected 1989 requirements are 25 billion crowns.")
    assert pipeline_claim(text, "25 billion")["metric"] == "fiscal_deficit"


def test_head_noun_after_a_preposition_does_not_go_on():
    text = ("The Swedish government said its borrowing requirement would fall to 30 billion crowns this year. "
            "Banks with large requirements raised 25 billion crowns on the market.")
    assert [c["metric"] for c in pipeline_claims(text) if c["figure_text"] == "25 billion crowns"] in ([], ["other"])


def test_another_noun_does_not_go_on():
    text = ("The Swedish government said its borrowing requirement would fall to 30 billion crowns this year. "
            "Projected 1989 exports are 25 billion crowns.")
    assert [c["metric"] for c in pipeline_claims(text) if c["figure_text"] == "25 billion crowns"] in ([], ["other"])
