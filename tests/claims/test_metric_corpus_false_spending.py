"""Figures a weak cut, savings, package or balance word read as a state's spending or deficit (issue 3, cmetric20): a saver's
money and a savings bank (metric_cues.csv: NONE), an interest rate's move sized in points (figures.RATE_MOVE_AFTER and a rate
cue of the sentence), a lenders' package in a foreign-debt story or beside its lenders (figures.LENDERS_WORDS), the bond
market's new debt issues, a crop report's soil "surplus", a money-market rate by its term, and a deficit-cutting package
(fiscal_deficit). Sentences written for these tests."""
from helpers import pipeline_claims


def _metrics(text: str, title: str | None = None) -> dict:
    return {c["figure_text"]: c["metric"] for c in pipeline_claims(text, title=title)}


def test_personal_savings_are_no_state_spending():
    assert "public_spending" not in _metrics("Personal savings in Japan grew 10.3 pct in 1986, the Bank of Japan said.").values()


def test_savings_in_the_bank_are_no_state_spending():
    text = "Households in Finland now hold a record 110 billion euros of savings in the bank, the central bank said."
    assert "public_spending" not in _metrics(text).values()


def test_savings_bonds_a_central_bank_sells_are_no_spending():
    text = "The central bank sold 9 billion Taiwan dlrs of savings bonds to soak up excess money supply, a spokesman said."
    assert "public_spending" not in _metrics(text).values()


def test_a_savings_bank_is_no_budget():
    text = "A large Danish savings bank has arranged a 150 mln dlr certificate of deposit programme, its arranger said."
    assert "public_spending" not in _metrics(text).values()


def test_the_personal_savings_rate_keeps_its_own_row():
    assert _metrics("The U.S. personal savings rate rose to 4.1 pct in May, the Commerce Department said.")["4.1 pct"] == "other"


def test_savings_a_government_makes_stay_spending():
    # the rows above name a saver's money: a state's savings package is still its spending
    text = "The finance minister said the spending cuts would bring savings of 2 billion dlrs next year."
    assert _metrics(text)["2 billion dlrs"] == "public_spending"


def test_point_cuts_in_central_bank_rates_are_no_budget_cut():
    text = "The Bank of France's half-point cuts in its intervention and repurchase rates came last month, dealers said."
    assert _metrics(text)["half-point"] == "other"


def test_a_cut_of_points_in_interest_rates_is_no_budget_cut():
    text = "A cut of about a quarter of a percentage point in Swiss official interest rates is likely, economists said."
    assert "public_spending" not in _metrics(text).values()


def test_point_cuts_with_the_rate_named_earlier_are_no_budget_cut():
    text = "Dealers expected British base rates to be a full point lower by Friday, probably via two half-point cuts."
    assert "public_spending" not in _metrics(text).values()


def test_a_point_cut_in_a_tax_rate_stays_the_tax():
    text = "The chancellor announced a two-point cut in the basic rate of income tax."
    assert _metrics(text)["two-point"] == "tax_revenue"


def test_spending_cuts_in_a_sentence_on_interest_rates_stay_spending():
    text = "Ottawa announced spending cuts of 2 billion dlrs, and the central bank raised interest rates."
    assert _metrics(text)["2 billion dlrs"] == "public_spending"


def test_a_money_market_rate_by_its_term_is_no_budget_cut():
    text = "The central bank said the cuts take its one month rate to 7.10 pct and its three month rate to 7.20 pct."
    assert "public_spending" not in _metrics(text).values()


def test_a_package_in_a_foreign_debt_story_is_the_lenders_credit():
    text = ("Argentina's creditor banks signed the rescheduling accord on Monday. The size of the package comes to about "
            "30 billion dlrs, one of the largest ever put together on the international credit markets, a bank said.")
    assert _metrics(text, title="ARGENTINA SIGNS DEBT ACCORD")["30 billion dlrs"] == "other"


def test_a_package_of_new_credits_is_the_lenders_credit():
    text = "The minister said Brazil will seek a total package of 4.5 billion dlrs in new credits from commercial banks."
    assert _metrics(text)["4.5 billion dlrs"] == "other"


def test_a_stimulus_package_stays_spending():
    text = "Japan announced a package of economic measures worth 6,000 billion yen to boost domestic demand."
    assert _metrics(text, title="JAPAN UNVEILS STIMULUS")["6,000 billion yen"] == "public_spending"


def test_new_debt_issues_on_the_bond_market_are_no_deficit():
    text = "Underwriters expect to price about 3.1 billion dlrs of new debt issues this week, including two utility deals."
    assert "fiscal_deficit" not in _metrics(text).values()


def test_a_soil_moisture_surplus_is_no_budget_surplus():
    text = "Subsoil moisture was rated 40 pct adequate and 60 pct surplus, the state crop reporting service said."
    assert "fiscal_deficit" not in _metrics(text).values()


def test_a_deficit_cutting_package_is_the_deficit():
    text = "The Senate budget panel approved a deficit-cutting package of 38 billion dlrs on Thursday, aides said."
    assert _metrics(text)["38 billion dlrs"] == "fiscal_deficit"


def test_a_deficit_reduction_plan_is_the_deficit():
    text = "A deficit reduction plan worth 25 billion dlrs was agreed by the House and Senate budget negotiators."
    assert _metrics(text)["25 billion dlrs"] == "fiscal_deficit"


def test_spending_cut_in_points_beside_interest_rates_stays_spending():
    # only a weak cut word ("cuts", "a cut of") gives a point-sized move to the sentence's interest rate
    text = ("The government will cut spending by 1.5 percentage points of output next year while the central bank "
            "lowers interest rates.")
    assert _metrics(text)["1.5 percentage points"] == "public_spending"
