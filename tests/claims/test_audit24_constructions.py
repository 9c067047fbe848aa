"""Constructions behind wrong rows in an audit of 120 untuned corpus claims (session 24, audit24: Reuters odd ids, BBC
business/politics, Yle; gold and held-out documents left out). Own sentences in own words on reported facts; needs the
gazetteer.

- a taxpayer's tax debt ("owes 27 billion dollars in taxes and fines", "in unpaid taxes", "the sum Apple owes in taxes") is
  what a company or a person owes the state, no state's tax revenue (metric_cues.csv NONE rows);
- a company's one-off or one-time charge is its accounting, no state's spending (metric_cues.csv NONE rows, firm);
- a percent of an employer's workforce or staff ("13% of its workforce", "of the bank's workforce") is a share of people,
  no spending cut (guards._people_share_pattern); a country's jobless rate "of the workforce" stays as it was;
- a company's income before or after income taxes is its result, no tax (metric_cues.csv NONE rows, firm); bad debts are
  loans owed to a lender (other), a bank's bad or non-performing loans a company's figures (NONE);
- a bond's tax-free interest and an issue "underwritten by" a bank are the bond market's, no state's tax or spending
  (metric_cues.csv NONE rows, firm);
- a time clause with a named subject and its own past verb ("after Washington imposed 25% tariffs") is a clause of its own:
  the main clause's modal or belief verb does not make its figure a forecast (stance.CLAUSE_BREAK).
"""
import pytest

pytest.importorskip("pipeline.claims.gazetteer")

from helpers import pipeline_claims, rules_claims  # noqa: E402


def _claims_of(claims: list[dict], figure: str) -> list[dict]:
    return [c for c in claims if c["figure_text"].replace("\n", " ").startswith(figure)]


# -- a taxpayer's tax debt ----------------------------------------------------------------------------------------------

@pytest.mark.parametrize("text, figure", [
    ("Russian tax authorities said Yukos owed more than 27 billion dollars in back taxes and fines.", "27 billion dollars"),
    ("The government claims the oil company owes more than 27 billion dollars in taxes and fines.", "27 billion dollars"),
    ("The European Commission ordered Apple to pay Ireland about 13 billion euros in unpaid taxes.", "13 billion euros"),
    ("Brussels told Amazon to hand Luxembourg about 250 million euros in unpaid taxes.", "250 million euros"),
    ("Brussels said the 13 billion euros Apple owes in taxes must be paid to Ireland.", "13 billion euros"),
])
def test_a_tax_debt_a_company_owes_is_no_claim(text, figure):
    assert _claims_of(pipeline_claims(text), figure) == []


def test_a_sale_price_beside_a_tax_debt_is_no_claim():
    # the auction price and the tax debt: neither is a state's debt or revenue
    text = "The unit was sold for about 9.3 billion dollars, far below the 27 billion dollars Russia says Yukos owes in taxes."
    claims = pipeline_claims(text)
    assert _claims_of(claims, "9.3 billion dollars") == [] and _claims_of(claims, "27 billion dollars") == []


def test_a_state_tax_rate_stays_a_claim():
    text = "Ireland kept its corporate tax rate at 12.5% until it agreed to the global minimum of 15%."
    found = _claims_of(pipeline_claims(text), "12.5%")
    assert found and found[0]["metric"] == "tax_revenue"


# -- a company's one-off charge ----------------------------------------------------------------------------------------

@pytest.mark.parametrize("text, figure", [
    ("ABN Amro said the cuts of 2,850 jobs would bring a one-off charge of 790 million euros.", "790 million euros"),
    ("The cuts will result in a one-off charge of 790 million euros for ABN Amro, the Dutch bank said.", "790 million euros"),
])
def test_a_company_one_off_charge_is_no_claim(text, figure):
    assert _claims_of(pipeline_claims(text), figure) == []


# -- a share of a workforce ---------------------------------------------------------------------------------------------

@pytest.mark.parametrize("text, figure", [
    ("The cuts - amounting to 3% of the bank's workforce - were announced by ABN Amro in 2004.", "3%"),
    ("Deutsche Bank's cuts of 18,000 jobs announced in 2019 came to about 20% of the bank's workforce.", "20%"),
    ("Credit Suisse's cuts of 9,000 jobs by 2025 amounted to about 17% of the bank's workforce.", "17%"),
    ("Meta's cuts of 11,000 jobs came to about 13% of its workforce.", "13%"),
])
def test_a_share_of_a_workforce_is_no_spending_cut(text, figure):
    assert _claims_of(pipeline_claims(text), figure) == []


def test_a_share_of_gdp_after_a_possessive_stays_a_claim():
    text = "Britain will raise defence spending to 2.5% of the country's GDP by April 2027, Keir Starmer said."
    found = _claims_of(pipeline_claims(text), "2.5%")
    assert found and found[0]["metric"] == "defense_spending"


# -- a time clause of its own --------------------------------------------------------------------------------------------

@pytest.mark.parametrize("text, figure", [
    ("European carmakers feared sales would suffer after Washington imposed 25% tariffs on imported cars in April 2025.",
     "25%"),
    ("Canadian exporters expected orders to fall after the United States raised tariffs on Canadian goods to 35% in August "
     "2025.", "35%"),
    ("Chinese exporters said shipments would slow after Washington raised the extra tariff on Chinese goods to 20% in "
     "March 2025.", "20%"),
])
def test_a_tariff_set_in_a_time_clause_is_no_forecast(text, figure):
    found = _claims_of(rules_claims(text), figure)
    assert found and found[0]["metric"] == "tariff_rate" and found[0]["claim_type"] in ("commitment", "actual")


def test_a_forecast_verb_still_governs_its_own_clause():
    text = "Economists expect Washington to raise the tariff on Chinese goods to 20% next month."
    found = _claims_of(rules_claims(text), "20%")
    assert found and found[0]["claim_type"] != "actual"


def test_a_jobless_rate_of_the_workforce_is_still_read():
    text = "Spain's registered unemployment fell to 21.4 pct of the workforce in March 1987, the Labour Ministry said."
    found = _claims_of(pipeline_claims(text), "21.4 pct")
    assert found and found[0]["metric"] == "other"


# -- a company's result before or after income taxes; bad debts and bad loans --------------------------------------------

@pytest.mark.parametrize("text", [
    "K Mart's income from continuing operations before income taxes rose 35.9% to 1.03 billion dollars in 1986.",
    "K Mart's earnings after income taxes were 582.3 million dollars in 1986.",
    "First RepublicBank said its non-performing loans rose by 706 million dollars in the third quarter of 1987.",
])
def test_a_company_result_or_bad_loans_make_no_claim(text):
    assert pipeline_claims(text) == []


@pytest.mark.parametrize("text, figure", [
    ("China's banking sector held at least 190 billion dollars of bad debt in 2004, according to official data.",
     "190 billion dollars"),
    ("Delinquent loans owed to the U.S. government, its bad debt, stood at 29.8 billion dollars at the end of fiscal 1981, "
     "the budget office said.", "29.8 billion dollars"),
])
def test_bad_debt_is_no_state_debt(text, figure):
    assert all(c["metric"] not in ("external_debt", "public_debt", "fiscal_deficit") for c in _claims_of(pipeline_claims(text), figure))


# -- a bond's tax-free interest; an underwritten issue --------------------------------------------------------------------

@pytest.mark.parametrize("text", [
    "Indian Railway Finance Corporation's first bonds, issued in 1987, were of 1,000 rupees each and earned 10 pct tax free "
    "interest.",
    "The 2.5 billion rupee issue of 1987 paid 10 pct tax free interest.",
    "The 1987 World Bank package included a 25 mln Swiss franc credit agreement underwritten by Swiss Volksbank.",
])
def test_a_bond_feature_makes_no_claim(text):
    assert [c for c in pipeline_claims(text) if c["metric"] not in ("other",)] == []


def test_a_state_tax_rate_beside_no_bond_stays():
    text = "India cut its corporate tax rate to 22% in 2019, the finance minister said."
    found = _claims_of(pipeline_claims(text), "22%")
    assert found and found[0]["metric"] == "tax_revenue"
