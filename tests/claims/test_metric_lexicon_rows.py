"""Lexicon rows for debt and balance words (sentences written for these tests)."""
import pytest
from helpers import claims_of, mention


@pytest.mark.parametrize("text, surface, value, metric", [
    # the state's debt abroad
    ("The treasury will repay part of Ruritania's 12.4 billion dlrs of overseas debt.", "12.4 billion dlrs", 1.24e10,
     "external_debt"),
    # a bare gap sized by a sum in a budget sentence is the budget's balance
    ("The finance ministry projects a 48 billion crown gap in the budget for 2027 to 2029.", "48 billion crown", 4.8e10,
     "fiscal_deficit"),
    # a state's home-market borrowing inside its budget
    ("Market loans and bonds were projected at 310 billion rupees in the budget.", "310 billion rupees", 3.1e11,
     "fiscal_deficit"),
    # a stop-gap budget is a budget, no gap
    ("The government adopted a 900 billion yen stop-gap budget for the first two months of the fiscal year.",
     "900 billion yen", 9e11, "public_spending"),
])
def test_debt_and_balance_rows(text, surface, value, metric):
    claims = claims_of(text, mention(text, surface, value, "currency"))
    assert [c["metric"] for c in claims] == [metric]


def test_noun_after_a_comma_with_its_own_verb_is_the_next_clauses_subject():
    text = ("The plan lets military spending rise by 3.1 billion crowns, public spending would climb by "
            "9.4 billion crowns, the minister said.")
    claims = claims_of(text, mention(text, "3.1 billion crowns", 3.1e9, "currency"),
                       mention(text, "9.4 billion crowns", 9.4e9, "currency"))
    assert [c["metric"] for c in claims] == ["defense_spending", "public_spending"]


def test_noun_after_a_comma_without_a_verb_still_names_the_figure():
    # an apposition names the figure it follows
    text = "The cabinet approved 52 billion crowns, the biggest defence budget in a decade."
    claims = claims_of(text, mention(text, "52 billion crowns", 5.2e10, "currency"))
    assert [c["metric"] for c in claims] == ["defense_spending"]


def test_asides_listing_parts_are_no_distance_to_the_subject():
    # the subject stands more than PRE_WINDOW words before the figure only through the asides
    text = ("State tax revenue, excluding proceeds from the sale of state forests and farmland in the north, but "
            "including the carried over surplus of the last three fiscal years, will rise to 87.2 billion crowns.")
    claims = claims_of(text, mention(text, "87.2 billion crowns", 8.72e10, "currency"))
    assert [c["metric"] for c in claims] == ["tax_revenue"]


def test_export_earnings_of_a_country_are_no_firms():
    # a firm word in the sentence would drop the weak "debts" figure; a country's export earnings are no firm's
    text = ("Zambia, hit by a fall in export earnings, set aside only some 150 mln dlrs to service debts "
            "in the fiscal year.")
    claims = claims_of(text, mention(text, "150 mln dlrs", 1.5e8, "currency"))
    assert [c["metric"] for c in claims] == ["debt_service"]


@pytest.mark.parametrize("text, surface", [
    ("The ministry said outlays totalled 41.2 billion crowns against 40.9 billion in 2024 and the 42.3 billion proposed "
     "in the original budget.", "42.3 billion"),
    ("The borrowing requirement was 200 mln crowns in the first half, compared with a 1.9 billion requirement a year "
     "earlier.", "1.9 billion"),
])
def test_bare_sum_before_a_fiscal_word_carries_the_currency(text, surface):
    from pipeline.quantities import find_mentions
    from pipeline.segment import split_sentences
    found = [m for m in find_mentions(text, split_sentences(text)) if m["surface"].startswith(surface)]
    assert found and found[0]["unit"] == "currency"


def test_singular_punt_before_its_noun_is_money():
    from pipeline.quantities import find_mentions
    from pipeline.segment import split_sentences
    text = "The new cabinet will review the country's 19 billion punt foreign debt."
    found = [m for m in find_mentions(text, split_sentences(text)) if m["surface"].startswith("19 billion")]
    assert found and found[0]["currency"] == "IEP"


def test_anaphoric_verb_after_a_relative_clause_takes_the_subject():
    # the spending cut inside the relative clause is its own figure's noun, not what "is expected to reach" says
    text = "The budget deficit, which spending cuts of 3 billion crowns would reduce, is expected to reach 11 billion crowns."
    claims = claims_of(text, mention(text, "3 billion crowns", 3e9, "currency"),
                       mention(text, "11 billion crowns", 1.1e10, "currency"))
    assert [c["metric"] for c in claims] == ["public_spending", "fiscal_deficit"]


def test_a_means_is_no_subject_of_an_anaphoric_verb():
    text = "Defence spending will be financed by debt and reach 3.5% of GDP by 2029, the government said."
    claims = claims_of(text, mention(text, "3.5%", 3.5, basis="GDP"))
    assert [c["metric"] for c in claims] == ["defense_spending"]


@pytest.mark.parametrize("text, surface, value", [
    # firms' and banks' borrowing on the capital markets is no state's deficit
    ("Borrowing on the international capital markets rose to 25.9 billion dlrs in February, the OECD said.",
     "25.9 billion dlrs", 2.59e10),
    # a central bank's money-market lending
    ("The central bank invited the discount houses to use their borrowing facilities at 10 pct for 14 days.", "10 pct", 10),
    # a bank's product
    ("Savers keep their money in bank savings accounts earning below four pct.", "four pct", 4),
])
def test_market_borrowing_and_savings_words_make_no_claim(text, surface, value):
    unit = "percent" if "pct" in surface else "currency"
    claims = claims_of(text, mention(text, surface, value, unit), title="CAPITAL MARKET BORROWING MODERATE IN FEBRUARY")
    assert [c["metric"] for c in claims if c["metric"] not in ("other",)] == []


def test_economy_minister_is_no_growth_figure():
    text = ("The budget deficit is projected at 3.3 percent of gross domestic product this year, which would bring it "
            "below the European Union's 3 percent ceiling, Economy Minister Anna Example said.")
    claims = claims_of(text, mention(text, "3.3 percent", 3.3, basis="GDP"), mention(text, "3 percent", 3, occurrence=1))
    assert [c["metric"] for c in claims] == ["fiscal_deficit", "fiscal_deficit"]


def test_bare_levy_is_a_tax_outside_a_tariff_story():
    text = "A new levy on the largest fortunes would raise about 2 billion euros, the Ruritanian finance ministry said."
    claims = claims_of(text, mention(text, "about 2 billion euros", 2e9, "currency"))
    assert [c["metric"] for c in claims] == ["tax_revenue"]
    text = "Ruritania will impose an import levy of 25% on steel, the trade ministry said."
    assert [c["metric"] for c in claims_of(text, mention(text, "25%", 25))] == ["tariff_rate"]


@pytest.mark.parametrize("text, surface, value, metric", [
    ("Ruritania suspended interest payments on its 12 billion dlr commercial debt last month.", "12 billion dlr", 1.2e10,
     "external_debt"),
    ("Ruritania had a current balance of payments surplus of 2.6 billion crowns in 1986, the central bank said.",
     "2.6 billion crowns", 2.6e9, "current_account"),
])
def test_commercial_debt_and_current_balance_of_payments(text, surface, value, metric):
    claims = claims_of(text, mention(text, surface, value, "currency"))
    assert [c["metric"] for c in claims] == [metric]


def test_what_a_package_is_aimed_at_is_not_the_package():
    text = "The Canadian government unveiled a 40 billion dlr package aimed at curbing the budget deficit."
    claims = claims_of(text, mention(text, "40 billion dlr", 4e10, "currency"))
    assert [c["metric"] for c in claims] == ["public_spending"]


def test_what_a_measure_is_for_is_no_metric_of_its_figure():
    text = ("The Ruritanian finance ministry said tariffs would be cut later this month on a further 40 items, including "
            "steel pipes and copper wire, by an average 6.5 percentage points in order to check inflation.")
    claims = claims_of(text, mention(text, "6.5 percentage points", 6.5, "percentage_points"))
    assert [c["metric"] for c in claims] == ["tariff_rate"]


def test_internal_debt_of_a_state_is_public():
    text = "The country's internal debt rose to 1,300 billion francs last year, the finance ministry said."
    claims = claims_of(text, mention(text, "1,300 billion francs", 1.3e12, "currency"))
    assert [c["metric"] for c in claims] == ["public_debt"]


def test_debt_market_is_a_market():
    text = "A Tokyo securities firm is offering in the domestic debt market 75 mln dlrs of notes due 1990."
    assert claims_of(text, mention(text, "75 mln dlrs", 7.5e7, "currency")) == []
