"""A company's own figures that the rules read as a state's claim, found in an untuned check of 60 scored claims near a
company word (session 26, firms26: Reuters and BBC business documents, gold and held-out documents left out, claims drawn
with random.Random(20261131)). Own sentences in own words on reported facts; needs the gazetteer.

- a firm named in lower case in a lower-cased wire text, in apposition to a firm noun ("china's largest private property
  company, country garden, missed ..."), is a firm as a capitalised name is: the figures it owns are no state's
  (firms.lower_cased, firms._lower_names; CONTRACT: no claim for company results);
- a company's research and development spending and a company group's debt ("group debt") are no state's spending or
  debt (metric_cues.csv NONE rows), where the weak word "spending" or "debt" alone read them as public spending or debt;
- a capitalised "Air" before a place the entities read as a state ("Air Jamaica, with debts of 560 mln dollars") names an
  airline (firm_nouns.csv rows marked lead, firms._lead_names): the place inside the name names no state; "Air Force"
  (no place after "Air") stays the state's.
"""
import pytest

pytest.importorskip("pipeline.claims.gazetteer")

from helpers import pipeline_claims  # noqa: E402

SCORED = {"defense_spending", "fiscal_deficit", "public_debt", "external_debt", "current_account", "development_aid",
          "public_spending", "tax_revenue", "tariff_rate", "debt_service"}


def _scored(text: str, figure: str) -> list[dict]:
    return [c for c in pipeline_claims(text) if figure in c["figure_text"] and c["metric"] in SCORED]


# -- a firm named in lower case in a lower-cased text --------------------------------------------------------------------

_CHINA_TAIL = ("the chinese government has promised support for the property market, and officials in beijing said they "
               "were studying new measures to help developers and home buyers across the country.")


@pytest.mark.parametrize("text, figure", [
    ("china's largest private property company, country garden, missed a 15.4 mln dlr coupon payment on its foreign "
     "debt in october 2023, the company said. " + _CHINA_TAIL, "15.4 mln dlr"),
    ("china's largest private property company, country garden, said in october 2023 that it could not meet all its "
     "foreign debt payments, including a 15.4 mln dlr coupon, on time. " + _CHINA_TAIL, "15.4 mln dlr"),
    ("the firm, country garden, missed a 15.4 mln dlr interest payment on its foreign debt in october 2023, creditors "
     "said. " + _CHINA_TAIL, "15.4 mln dlr"),
    ("property developers in china are in trouble. the company, china evergrande, missed an 83.5 mln dlr interest "
     "payment on its foreign debt in september 2021, bondholders said. the chinese government has told local officials "
     "to prepare for the company's collapse, and regulators in beijing said they would keep the property market stable.",
     "83.5 mln dlr"),
])
def test_a_lower_case_firm_in_apposition_owns_its_debt_payments(text, figure):
    assert _scored(text, figure) == []


def test_lower_cased_reads_the_share_of_capitals():
    from pipeline.claims.firms import lower_cased

    lower = "the company, country garden, missed a coupon payment on its foreign debt in october 2023. " * 4
    assert lower_cased(lower)
    assert not lower_cased(lower.title())
    assert not lower_cased("the firm, acme, said.")  # too short to tell


@pytest.mark.parametrize("text, name", [
    ("the firm, country garden, missed a 15.4 mln dlr interest payment on its foreign debt in october 2023, creditors "
     "said. " + _CHINA_TAIL, "country garden"),
    ("venezuela's biggest private company, la electricidad de caracas, will meet its bank creditors in new york, a "
     "company spokesman said. " + _CHINA_TAIL, "la electricidad de caracas"),
])
def test_the_lower_case_name_is_found_before_a_verb(text, name):
    from pipeline.claims.firms import _lower_names

    assert [n for n, _, _ in _lower_names(text, 0, len(text))] == [name]


@pytest.mark.parametrize("text", [
    "the company, which makes cars, said it would cut jobs in germany this year.",
    "the bank, its creditors' agent, said talks would go on next week.",
    "the company, meanwhile, said nothing about its debt.",
    "the central bank, bank indonesia, said it would hold interest rates.",
])
def test_no_lower_case_name_in_a_clause_or_a_public_bank(text):
    from pipeline.claims.firms import _lower_names

    assert _lower_names(text, 0, len(text)) == []


# -- a company's research and development spending -----------------------------------------------------------------------

@pytest.mark.parametrize("cue", ["Research and development spending", "R and D spending", "R&D spending",
                                 "Research and development expenditure"])
def test_a_company_research_budget_is_no_public_spending(cue):
    text = ("Toyota plans to invest more in China. Capital spending will rise this year. " + cue
            + " will rise to 1.2 trillion yen, an official said.")
    assert _scored(text, "1.2 trillion yen") == []


# -- a company group's debt ------------------------------------------------------------------------------------------------

@pytest.mark.parametrize("text, figure", [
    ("Anglo American said group debt rose to 10.6 billion dollars at the end of 2023.", "10.6 billion dollars"),
    ("Anglo American said its group debt stood at 10.6 billion dollars at the end of 2023.", "10.6 billion dollars"),
    ("Rio Tinto said group debt stood at 4.2 billion dollars at the end of 2023.", "4.2 billion dollars"),
    ("BHP said group net debt was 11.2 billion dollars at the end of June 2023.", "11.2 billion dollars"),
])
def test_a_group_debt_is_no_state_debt(text, figure):
    assert _scored(text, figure) == []


def test_a_state_debt_beside_a_firm_stays():
    """The rows name a company's figure only: a state's foreign debt in the same kind of sentence is kept."""
    text = "Argentina owes about 44 billion dollars to the International Monetary Fund, the finance ministry said."
    assert [c["metric"] for c in _scored(text, "44 billion dollars")] != []


# -- an airline named "Air" and a place -----------------------------------------------------------------------------------

@pytest.mark.parametrize("text, figure", [
    ("Air India, with debts of more than 600 billion rupees, was sold to the Tata group in 2021.", "600 billion rupees"),
    ("Like many carriers, Air Zimbabwe, with debts of about 300 mln dollars, has struggled to keep flying.",
     "300 mln dollars"),
    ("The state sold a majority stake in Air Jamaica to a hotel group in 1994. In common with many carriers, Air Jamaica, "
     "with debts of 560 mln dollars, was hit by high fuel costs.", "560 mln dollars"),
])
def test_an_air_name_before_a_place_is_an_airline(text, figure):
    assert _scored(text, figure) == []


@pytest.mark.parametrize("text, figure", [
    ("The United States will spend 100 billion dollars on Air Force jets, the Pentagon said.", "100 billion dollars"),
    ("Air Force spending in the United States will rise to 200 billion dollars next year, the Pentagon said.",
     "200 billion dollars"),
])
def test_an_air_force_is_no_airline(text, figure):
    assert [c["metric"] for c in _scored(text, figure)] == ["defense_spending"]
