"""Session 25 metric constructions (sentences written for these tests, of reported facts).

Which cue governs which figure when a sentence names cues of two metrics:
- a cue that modifies the head noun of a later figure ("a savings package of 60 billion euros") is in that figure's noun
  phrase, not what an earlier deficit figure measures (cuescope._names_next_figure);
- the noun a sizing verb puts "at" the figure ("the budget put borrowing at 4.5% of GDP") is what the figure measures, not
  the verb's subject, the budget (cuescope._cost, sizing_verbs.csv);
- an anaphoric word ("reach", "2%") is not read by a cue of a clause coordinated after it that has a figure of its own ("...,
  and the government expects a budget deficit of 2.5% of GDP"): it goes on with the story (metric._coordinated_own);
- a share a figure-less sentence restates ("The government targets 5.4% this year") is the story's share of that order, not
  the sum of another metric named last (carriedsum.sized_share_topic)."""
import pytest
from helpers import pipeline_claims


def _metric(text, figure, title=None):
    found = [c for c in pipeline_claims(text, title=title) if c["figure_text"].startswith(figure)]
    assert found, f"no claim for {figure!r}"
    return found[0]["metric"]


# -- a modifier of a later figure's head noun -----------------------------------------------------------------------
@pytest.mark.parametrize("text, figure", [
    ("Barnier wanted to cut the deficit to 5% of GDP in 2025 and below 3% in 2029, with a savings package of 60 billion euros.",
     "3%"),
    ("The Barnier government planned to cut the deficit to 6.1% this year and bring it to 5% in 2025, with a savings package of "
     "60 billion euros.", "5%"),
    ("Austria's government aims to cut the deficit to 4.5% of GDP this year and bring it to 4.2% in 2026, with a savings "
     "package of 8.7 billion euros in 2026.", "4.2%"),
    ("Finance Minister Markus Marterbauer said Austria would cut the deficit to 4.5% of GDP this year and bring it below 3% by "
     "2028, with a savings package of about 6.4 billion euros this year.", "3%"),
])
def test_a_modifier_of_a_later_sums_head_does_not_govern_a_deficit_share(text, figure):
    assert _metric(text, figure) == "fiscal_deficit"


def test_the_later_sum_keeps_its_own_package():
    text = "Barnier wanted to cut the deficit to 5% of GDP in 2025 and below 3% in 2029, with a savings package of 60 billion euros."
    assert _metric(text, "60 billion") == "public_spending"


# -- the noun a sizing verb puts "at" the figure --------------------------------------------------------------------
@pytest.mark.parametrize("text, figure", [
    ("Rachel Reeves's October 2024 budget put borrowing at 127.5 billion pounds for the 2024/25 fiscal year.", "127.5"),
    ("The budget forecast borrowing at 4.5% of GDP in the 2024/25 fiscal year.", "4.5%"),
    ("The October 2024 budget sees borrowing at about 4.5% of GDP this fiscal year.", "4.5%"),
    ("Rachel Reeves's October 2024 budget put borrowing at 4.5% of GDP this year, with tax rises of 40 billion pounds.", "4.5%"),
])
def test_borrowing_sized_by_a_budget_is_the_deficit(text, figure):
    assert _metric(text, figure) == "fiscal_deficit"


def test_a_company_word_after_the_sized_noun_does_not_take_the_figure():
    # "costs" (a company word) heads "debt servicing costs": the sizing verb's bonus is for a metric word only
    text = "Japan's budget for fiscal 2025 puts debt servicing costs at 28.2 trillion yen."
    assert _metric(text, "28.2") == "debt_service"


# -- an anaphoric word beside a coordinated clause with its own figure ------------------------------------------------
@pytest.mark.parametrize("text", [
    "Italy spent 1.49% of GDP on defence in 2024, NATO estimated. Rome has said it will reach 2% this year, and its budget "
    "deficit is expected to fall to 3.3% of GDP.",
    "Canada's defence spending was 1.37% of GDP in 2024. Prime Minister Mark Carney said in June 2025 that Canada would reach "
    "2% this fiscal year, and the federal deficit was projected at 78.3 billion Canadian dollars.",
    "Spain spent 1.28% of GDP on defence in 2024. Pedro Sanchez said in April 2025 that Spain would reach 2% this year, and "
    "the government expects a budget deficit of 2.5% of GDP.",
])
def test_reach_goes_on_with_the_defence_story(text):
    assert _metric(text, "2%") == "defense_spending"


def test_the_coordinated_clause_keeps_its_deficit():
    text = ("Spain spent 1.28% of GDP on defence in 2024. Pedro Sanchez said in April 2025 that Spain would reach 2% this year, "
            "and the government expects a budget deficit of 2.5% of GDP.")
    assert _metric(text, "2.5%") == "fiscal_deficit"


# -- a share restated after another metric's sum ---------------------------------------------------------------------
@pytest.mark.parametrize("text, figure", [
    ("France's budget deficit was 5.8% of GDP in 2024, and public debt reached 3.3 trillion euros. The government targets "
     "5.4% this year.", "5.4%"),
    ("Italy's deficit fell to 3.4% of GDP in 2024, and its public debt reached 2.97 trillion euros. Rome targets 3.3% this "
     "year.", "3.3%"),
    ("Spain's deficit was 3.2% of GDP in 2024 and its public debt reached 1.62 trillion euros. Madrid expects 2.5% this "
     "year.", "2.5%"),
])
def test_a_restated_share_is_the_deficits_not_the_debts_sum(text, figure):
    assert _metric(text, figure) == "fiscal_deficit"


# -- an office's name after the figure -------------------------------------------------------------------------------
# A capitalised cue inside a ministry's or department's name after the figure ("with the Department of National Defense
# among the agencies ...") names an agency the sentence goes on about, not what the budget word before the figure measures
# (metric.metric_of with _office_title, which also reads "Department of National Defense").
@pytest.mark.parametrize("text, figure", [
    ("Japan's cabinet approved a record 115.5 trillion yen budget for fiscal 2025, up 2.6% from the year before, with the "
     "Defense Ministry among the ministries getting the largest increases.", "2.6%"),
    ("Japan's cabinet approved a record 115.5 trillion yen budget for fiscal 2025, up 2.6% from the year before, with the "
     "Defense Ministry among the ministries getting the largest increases.", "115.5"),
    ("Britain's June 2025 spending review set day-to-day budgets rising 1.2% a year in real terms, with the Ministry of "
     "Defence among the winners.", "1.2%"),
    ("President Marcos sent Congress a 2026 budget of 6.793 trillion pesos, 7.4% more than this year's, with the Department "
     "of National Defense among the agencies getting the largest increases.", "7.4%"),
])
def test_a_ministry_named_after_the_figure_leaves_the_budget_whole(text, figure):
    assert _metric(text, figure) == "public_spending"


@pytest.mark.parametrize("text, figure, metric", [
    ("The Defence Ministry's budget rose 7.4% to 62.4 billion euros.", "7.4%", "defense_spending"),
    ("The Bundestag passed a 2025 budget of 502.5 billion euros, with the Federal Ministry of Defence getting 62.4 billion "
     "euros.", "62.4", "defense_spending"),
])
def test_a_ministrys_own_budget_is_its_part(text, figure, metric):
    assert _metric(text, figure) == metric


# -- a debt the sum names, beside a servicing word ------------------------------------------------------------------
# "about 9.4 billion dlrs of debt": the debt word right after the sum is the sum's own noun, the stock; a servicing word the
# sentence names later ("interest bill", "interest payments") does not make it debt service (metric._stock_named_by_figure).
@pytest.mark.parametrize("text, figure", [
    ("The Philippines is seeking to reschedule about 9.4 billion dlrs of debt, and Ongpin proposed to pay part of the "
     "country's interest bill in investment notes.", "9.4"),
    ("Brazil wanted to reschedule 68 billion dlrs of debt, after suspending interest payments on it in February 1987.", "68"),
    ("In 1987 Mexico signed agreements to reschedule 52.3 billion dlrs of debt, with a lower spread that cut its interest "
     "bill.", "52.3"),
])
def test_a_sum_of_debt_is_the_stock_beside_an_interest_bill(text, figure):
    assert _metric(text, figure) == "external_debt"


def test_a_sum_paid_on_the_debt_stays_its_service():
    assert _metric("Argentina must pay 4.2 billion dollars on its foreign debt in July 2025.", "4.2") == "debt_service"
