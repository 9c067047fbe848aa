"""Session 27 metric constructions (sentences written for these tests, of reported facts).

Held-out metric confusions of issue 3 read a deficit, a debt service or another line as what a spending, tax or deficit
figure measures. What noun governs the figure:
- a sum's own "in"/"of" noun with an adjective of its own ("85 billion dollars in automatic cuts", "81 billion pounds of
  departmental cuts") is what it measures, not the deficit or debt word before it (cuescope.IN_OF_ADJECTIVE; a modifier that is
  a cue word of its own, "military aid", is read as before);
- a bare own noun after "of" ("81 billion pounds of cuts") is what the sum consists of, no whole it is taken out of
  (cuescope.weak_whole);
- a weak own noun ("cuts") beside other sums with their own nouns ("20 billion euros in higher taxes and 40 billion euros of
  budgetary cuts") keeps its own default, not the other sum's noun (metric._in_noun_of_other_figure);
- the noun a sum is taken "off" ("took 45 billion pounds off taxes") is what it measures (cuescope.OFF_NOUN);
- an inclusion aside listing several parts ("U.S. federal spending, including defence, Medicare, Social Security and net
  interest payments, totalled ...") is one aside: its parts govern neither the total's figure nor what a weak word before it
  stands for (cuescope.LIST_ASIDE_SPAN, cuescope.in_parts_aside);
- a share of export earnings paid "on its foreign debt" is the debt-service ratio, not the debt (cuescope.SERVICE_AFTER_WHOLE)."""
import pytest
from helpers import pipeline_claims


def _metric(text, figure, title=None):
    found = [c for c in pipeline_claims(text, title=title) if c["figure_text"].startswith(figure)]
    assert found, f"no claim for {figure!r}"
    return found[0]["metric"]


# -- a sum's own noun with an adjective ------------------------------------------------------------------------------
@pytest.mark.parametrize("text, figure", [
    ("WASHINGTON - The 2011 Budget Control Act raised the debt ceiling and set 1.2 trillion dollars of automatic cuts over ten "
     "years.", "1.2 trillion"),
    ("WASHINGTON - The sequester imposed 85 billion dollars in automatic cuts in fiscal 2013 after Congress failed to agree a "
     "deficit deal.", "85 billion"),
    ("PARIS - Barnier's 2025 budget would bring the deficit down to 5% of GDP through 40 billion euros of budgetary cuts and 20 "
     "billion euros in higher taxes.", "40 billion"),
    ("LONDON - Osborne's 2010 spending review set out 81 billion pounds of cuts over four years to eliminate the structural "
     "deficit.", "81 billion"),
])
def test_a_sums_own_cut_noun_is_spending_not_the_deficit(text, figure):
    assert _metric(text, figure) == "public_spending"


@pytest.mark.parametrize("text, figure, metric", [
    # beside sums with nouns of their own, the cut noun keeps its own default
    ("PARIS - Barnier's 2025 budget sought to bring the deficit down to 5% of GDP with 20 billion euros in higher taxes and 40 "
     "billion euros of budgetary cuts.", "40 billion", "public_spending"),
    ("PARIS - Barnier's 2025 budget sought to bring the deficit down to 5% of GDP with 20 billion euros in higher taxes and 40 "
     "billion euros of budgetary cuts.", "20 billion", "tax_revenue"),
    ("PARIS - Barnier's 2025 budget would raise 20 billion euros in fresh taxes and make 40 billion euros of budgetary cuts to "
     "bring the deficit down to 5% of GDP.", "40 billion", "public_spending"),
    ("PARIS - Barnier's 2025 budget would bring the deficit down to 5% of GDP through 40 billion euros of budgetary cuts and 20 "
     "billion euros in higher taxes.", "20 billion", "tax_revenue"),
])
def test_parallel_sums_keep_their_own_nouns(text, figure, metric):
    assert _metric(text, figure) == metric


@pytest.mark.parametrize("text, figure, metric", [
    # a modifier that is a cue word of its own is read as before: the compound
    ("WASHINGTON - The United States gives Israel 3.8 billion dollars a year in military aid under a 10-year agreement signed "
     "in 2016.", "3.8 billion", "development_aid"),
    # "for" says what a share is for, not what it consists of: the story's line stands
    ("THE HAGUE - NATO allies agreed in June 2025 to spend 3.5% of GDP on core defence and 1.5% for related spending by 2035.",
     "1.5%", "defense_spending"),
    # a sum the deficit is cut by keeps the deficit
    ("PARIS - Barnier's 2025 budget would bring the deficit down to 5% of GDP through 40 billion euros of budgetary cuts and 20 "
     "billion euros in higher taxes.", "5%", "fiscal_deficit"),
])
def test_the_own_noun_reading_leaves_other_constructions(text, figure, metric):
    assert _metric(text, figure) == metric


# -- the noun a sum is taken off -------------------------------------------------------------------------------------
@pytest.mark.parametrize("text, figure, metric", [
    ("LONDON - Truss's mini-budget, funded by borrowing, took 45 billion pounds off taxes by 2026-27.", "45 billion",
     "tax_revenue"),
    ("LONDON - Truss's September 2022 mini-budget, which relied on borrowing, took about 45 billion pounds a year off taxes.",
     "45 billion", "tax_revenue"),
    ("LONDON - With the deficit already high, Truss's September 2022 mini-budget took about 45 billion pounds a year off taxes, "
     "to be paid for with borrowing.", "45 billion", "tax_revenue"),
])
def test_the_noun_a_sum_comes_off_is_what_it_measures(text, figure, metric):
    assert _metric(text, figure) == metric


# -- a list of parts in an inclusion aside ---------------------------------------------------------------------------
@pytest.mark.parametrize("text, figure", [
    ("WASHINGTON - U.S. federal spending, including defence, Medicare, Social Security and net interest payments, totalled 6.75 "
     "trillion dollars in fiscal 2024.", "6.75 trillion"),
    ("BERLIN - Germany's 2024 federal budget, including defence, social spending, transport and interest payments, totals 476.8 "
     "billion euros.", "476.8 billion"),
    ("LONDON - Britain's public spending, including health, education, welfare and debt interest, was about 1.2 trillion pounds "
     "in 2023-24.", "1.2 trillion"),
    ("BERLIN - Germany's federal spending for 2024, including the armed forces, pensions, rail and interest costs, totals 476.8 "
     "billion euros.", "476.8 billion"),
])
def test_the_parts_a_list_aside_names_do_not_govern_the_total(text, figure):
    assert _metric(text, figure) == "public_spending"


def test_a_single_part_aside_still_closes_as_before():
    text = ("BERLIN - Germany's 2024 federal budget, including interest payments, totals 476.8 billion euros, the finance "
            "ministry said.")
    assert _metric(text, "476.8 billion") == "public_spending"


# -- a share of export earnings paid on the debt ---------------------------------------------------------------------
@pytest.mark.parametrize("text, figure", [
    ("LIMA - Peru will pay no more than 10 pct of export earnings on its foreign debt, President Garcia said.", "10 pct"),
    ("LUSAKA - Zambia will spend no more than 10 pct of its net export earnings on its foreign debt, President Kaunda said in "
     "May 1987.", "10 pct"),
    ("LAGOS - Nigeria will pay no more than 30 pct of its export earnings on its external debt in 1986, President Babangida "
     "said.", "30 pct"),
])
def test_a_share_of_export_earnings_paid_on_the_debt_is_its_service(text, figure):
    assert _metric(text, figure) == "debt_service"


def test_a_debt_set_against_export_earnings_stays_the_debt():
    text = "LIMA - Peru's foreign debt of about 14 billion dlrs was twice its export earnings."
    assert _metric(text, "14 billion") == "external_debt"
