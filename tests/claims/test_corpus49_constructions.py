"""Constructions found on the macro-policy texts the corpus49 draw screened (session 24, corpus24: growth, inflation, trade,
reserves and tariff stories of Reuters 1987 and BBC business 2004-05), each a mechanism for any article. Own sentences
stating reported facts (the 1986 U.K. GDP measures, South Africa's 1987 trade surpluses, Mississippi barge freight quotes of
1987, Japan's beef tariff, the NATO guideline, the U.K. VAT rate); needs the gazetteer.

- the measures of gross domestic product ("on the average basis of output, expenditure and income", "expenditure-based
  GDP", "the expenditure measure", "average measure GDP") are the growth figure's own words: "expenditure" in them is no
  budget's spending (metric_cues.csv, gdp_growth rows);
- a customs and excise department is a body that publishes trade figures: "excise" in its name is no tax, the name stands
  for the metric of its sentence like a budget office's ("Customs and Excise figures show" a trade surplus);
- a freight rate quoted as a percent "of tariff" (a carrier's published rate schedule), or of a "tariff price", is a freight
  price, no state's tariff (an after_figure NONE cue).

Found by a sample of 40 current-account, tariff, foreign-debt and debt-service claims on unannotated documents
(/tmp/corpus24/macro2.py, random.Random(20261131)):
- the Ministry of Finance's auction of tankoku, six-month debt-financing paper, is a money-market operation like a bill
  auction, no foreign or public debt (firm NONE rows beside "financing bills");
- the sum a taxpayer "owes in taxes" is its tax bill, a company figure, no state's debt;
- a figure in a temporal clause with a subject and a past verb of its own ("feared imports would flood the market after
  Washington imposed 100 pct tariffs last April", "fear demand will fall after Tokyo raised the consumption tax to 8%") is
  that done act, not the fear's or expectation's forecast or demand before the clause (stance._past_temporal_clause); a
  clause closed by a comma before the figure leaves the main verb governing, and "after an upwardly revised 0.7 pct" is no
  clause;
- a state's "existing" debt is a level its possessive describes, like its "current" or "outstanding" debt: what the state
  wants is something else (lower interest, new loans), not the debt's figure (stance.POSSESSED).
"""
import pytest

pytest.importorskip("pipeline.claims.gazetteer")

from helpers import rules_claims  # noqa: E402

SCORED = {"defense_spending", "fiscal_deficit", "public_debt", "external_debt", "current_account", "development_aid",
          "public_spending", "tax_revenue", "tariff_rate", "debt_service"}


def _metric(text: str, figure: str):
    for c in rules_claims(text):
        if c["figure_text"].startswith(figure):
            return c["metric"]
    return None


@pytest.mark.parametrize("text, figure", [
    ("Britain's gross domestic product on the average basis of output, expenditure and income grew 2.6 pct in 1986, the "
     "Central Statistical Office said.", "2.6 pct"),
    ("Expenditure-based GDP in Britain was 2.9 pct higher in the fourth quarter of 1986 than a year earlier, the CSO said.",
     "2.9 pct"),
    ("On the expenditure measure, Britain's gross domestic product rose 1.2 pct in the last quarter of 1986.", "1.2 pct"),
    ("The Treasury had forecast that average measure GDP would grow 2.5 pct in 1986.", "2.5 pct"),
    ("Britain's GDP on the expenditure basis rose 1.2 pct in the fourth quarter of 1986, official figures showed.", "1.2 pct"),
])
def test_a_measure_of_gdp_is_growth_not_spending(text, figure):
    assert _metric(text, figure) not in SCORED


def test_defence_expenditure_beside_gdp_stays_defence():
    text = "NATO's guideline asks allies to devote 2% of GDP to defence expenditure."
    assert _metric(text, "2%") == "defense_spending"


@pytest.mark.parametrize("text, figure", [
    ("South Africa's trade surplus narrowed to 940.8 mln rand in March from 1.62 billion rand in February, according to "
     "Customs and Excise figures.", "1.62 billion"),
    ("South Africa's trade surplus narrowed to 940.8 mln rand in March from 1.62 billion rand in February, according to "
     "Customs and Excise figures.", "940.8 mln"),
    ("South Africa's trade surplus widened to 1.62 billion rand in February from 906.2 mln in January, Customs and Excise "
     "figures showed.", "906.2 mln"),
    ("The trade surplus was 906.2 mln rand in January, Customs and Excise data showed.", "906.2 mln"),
    ("South Africa's trade surplus fell to 940.8 mln rand in March after 1.62 billion in February, Customs and Excise "
     "figures show.", "1.62 billion"),
    ("South Africa's trade surplus rose to 1.62 billion rand in February after 906.2 mln in January, Customs and Excise "
     "data show.", "906.2 mln"),
])
def test_customs_and_excise_figures_are_no_tax(text, figure):
    assert _metric(text, figure) not in SCORED


def test_a_tax_that_customs_and_excise_collects_stays_a_tax():
    text = "Britain's standard VAT rate, which Customs and Excise collects, was raised to 17.5% in 1991."
    assert _metric(text, "17.5%") == "tax_revenue"


@pytest.mark.parametrize("text, figure", [
    ("Barge space on the Illinois River at Joliet was bid at 135 pct of tariff this week.", "135 pct"),
    ("Mississippi River barges loading at Granite City traded at 175 pct of tariff.", "175 pct"),
    ("Freight rates from the upper Mississippi have climbed to more than 150 pct of the original tariff price.", "150 pct"),
    ("Barges for St Louis loading next week were bid at 120 pct of the tariff.", "120 pct"),
])
def test_a_freight_quote_of_tariff_is_no_tariff(text, figure):
    assert _metric(text, figure) is None


@pytest.mark.parametrize("text, figure", [
    ("Japan cut its tariff on beef imports to 38.5 pct in 2000.", "38.5 pct"),
    ("Japan's tariff on beef imports stood at 38.5 pct of the import price.", "38.5 pct"),
])
def test_a_state_tariff_stays_a_tariff(text, figure):
    assert _metric(text, figure) == "tariff_rate"


@pytest.mark.parametrize("text, figure", [
    ("Japan's Finance Ministry auctioned 1,000 billion yen of tankoku, six-month debt-financing paper, in March 1987.",
     "1,000 billion yen"),
    ("The Finance Ministry sold 1,000 billion yen of six-month debt financing paper to roll over maturing tankoku.",
     "1,000 billion yen"),
    ("The ministry's tankoku auction of 1,000 billion yen drew a record low average yield.", "1,000 billion yen"),
])
def test_a_tankoku_auction_is_no_state_debt(text, figure):
    assert _metric(text, figure) is None


@pytest.mark.parametrize("text, figure", [
    ("Rosneft paid far less than the $27bn that Russia says Yukos owes in taxes.", "$27bn"),
    ("The auction raised only a third of the $27bn the tax ministry says the oil company owed in taxes.", "$27bn"),
])
def test_what_a_taxpayer_owes_in_taxes_is_no_state_debt(text, figure):
    assert _metric(text, figure) not in SCORED


@pytest.mark.parametrize("text, figure, metric", [
    ("Japan's public debt is above 200% of GDP.", "200% of GDP", "public_debt"),
    ("Argentina owes about $100bn to bondholders.", "$100bn", "external_debt"),
])
def test_state_debts_stay_debts(text, figure, metric):
    assert _metric(text, figure) == metric


def _type(text: str, figure: str):
    for c in rules_claims(text):
        if c["figure_text"].startswith(figure):
            return c["claim_type"]
    return None


@pytest.mark.parametrize("text, figure", [
    ("European computer makers feared that cheap imports would flood their markets after Washington imposed 100 pct "
     "tariffs on Japanese goods in April 1987.", "100 pct"),
    ("Economists fear that demand will fall after Tokyo raised the consumption tax to 8% in April 2014.", "8%"),
    ("Car makers expect sales to drop since Washington imposed 25% tariffs on imported cars in April 2025.", "25%"),
    ("Steel users warned that prices would climb after Washington imposed a 25% tariff on steel imports in March 2018.",
     "25%"),
    ("The Bank of Japan expects consumption to recover after the government lifted the consumption tax to 10% in "
     "October 2019.", "10%"),
])
def test_a_past_act_in_a_temporal_clause_is_no_forecast(text, figure):
    assert _type(text, figure) in ("commitment", "actual")


@pytest.mark.parametrize("text, figure, claim_type", [
    ("The IMF urged Greece, after it missed its targets, to cut its budget deficit to 3% of GDP.", "3%", "demand"),
    ("Trump demanded that NATO allies spend 5% of GDP on defence after the alliance set its 2% guideline in 2014.",
     "5% of GDP", "demand"),
])
def test_a_temporal_clause_closed_before_the_figure_leaves_the_main_verb(text, figure, claim_type):
    assert _type(text, figure) == claim_type


def test_an_adjective_after_after_is_no_temporal_clause():
    text = "Japan's GNP rose a real 0.8 pct in the quarter after an upwardly revised 0.7 pct increase, the agency said."
    assert _type(text, "0.7 pct") == "actual"


@pytest.mark.parametrize("text, figure", [
    ("Argentina wanted lower interest rates on its existing 53 billion dlrs of foreign debt.", "53 billion dlrs"),
    ("Brazil sought new terms on its existing 110 billion dlr foreign debt.", "110 billion dlr"),
    ("Mexico wanted new loans to help it service its existing 100 billion dlr foreign debt.", "100 billion dlr"),
])
def test_an_existing_debt_is_a_level(text, figure):
    assert _type(text, figure) == "actual"
