"""Figures a company, a bank or an industry's firms own make no claim (pipeline/claims/firms.py), and cue words that are
banking or farm-programme terms in context name no policy metric (metric_cues.csv); a state or public body nearer to the
figure, a firm that only speaks or forecasts, and a rate a state levies on firms keep their claims (sentences written for
these tests)."""
import pytest
from helpers import pipeline_claims


# a story already on a state's finances, so that a weak word after it would otherwise take the story's metric
STORY = "The finance ministry said the budget deficit would narrow to 2.1 pct of GDP this year. "


def _figure_claims(text, figure, title=None):
    return [c for c in pipeline_claims(text, title) if figure in c["figure_text"]
            and c["metric"] not in ("other", "gdp_growth", "inflation")]


@pytest.mark.parametrize("text, figure", [
    # a name in apposition to a firm noun, and "its" standing for it
    ("Centrais Norte, the country's biggest private power company, will ask its creditors to reschedule its "
     "450 mln dlr foreign debt, a company spokesman said.", "450 mln"),
    # the name's leading words stand for it later in the article
    ("Centrais Norte, the country's biggest private power company, faces default. Centrais Norte is seeking "
     "permission for a 40 pct increase in its tariffs.", "40 pct"),
    # a sentence naming no owner goes on with the firm of the sentence before
    ("Centrais Norte, the country's biggest private power company, faces default. Centrais Norte is seeking a "
     "rise in its tariffs. An increase introduced in March will bring in an extra 300 mln reais a year.", "300 mln"),
    # a name with a legal form, and "it" in the next sentence
    ("Northwind Telecom Plc reported a rise in profits. It said it had spent 160 mln stg on new exchanges.", "160 mln"),
    # "The utility, which ..." makes the subject of the sentence before (and its acronym) a firm
    ("The Southern Power Board (Sopob) said it had met its targets. The utility, which supplies most of the "
     "country's power, said it had no foreign loans. Sopob said it plans to raise 2.5 billion rand in the "
     "domestic financial markets this year.", "2.5 billion"),
    # a firm as the subject of a relative clause
    ("The largest payer was the Lakeside Bank Group, which paid almost 400 million euros in corporate tax.",
     "400 million"),
    # an industry's firms as the subject of the figure's clause
    ("A study found that the volume for all Swiss banks fell by up to 20 pct after the tax was introduced.", "20 pct"),
    ("So far the U.S. banks have only reached 80 pct of the total expected from them.", "80 pct"),
])
def test_firm_figures_make_no_claim(text, figure):
    assert _figure_claims(STORY + text, figure) == []


@pytest.mark.parametrize("text, figure", [
    # a state body nearer to the figure than the firm
    ("Northwind Telecom Plc said the government would cut the budget deficit to 3 pct of GDP next year.", "3 pct"),
    # a firm that only forecasts a state's figure
    ("Westpac Banking Corp expects a budget deficit of 3.5 billion dlrs for 1987/88.", "3.5 billion"),
    # a rate a state levies on firms
    ("All Canadian firms have begun to pay the 15 pct export surcharge on softwood lumber, the Commerce Department said.",
     "15 pct"),
    # the state the firms' figure is for
    ("Creditor banks agreed to reschedule 5 billion dlrs of Brazil's foreign debt.", "5 billion"),
])
def test_state_figures_beside_firms_keep_their_claims(text, figure):
    assert _figure_claims(STORY + text, figure) != []


@pytest.mark.parametrize("text, figure", [
    ("Corn growers who asked for advance deficiency payments have received about 2.5 billion dlrs, the USDA said.",
     "2.5 billion"),
    ("Only about 40 pct of customer funds are now held on current account.", "40 pct"),
    ("The ratio of interest-bearing accounts to current accounts was 30 to 70 pct.", "30 to 70 pct"),
])
def test_banking_and_farm_terms_name_no_policy_metric(text, figure):
    assert _figure_claims(STORY + text, figure) == []


def test_balance_of_payments_on_current_account_stays_a_claim():
    claims = _figure_claims("Japan had a surplus on current account of 86 billion dlrs in 1986, the finance ministry said.",
                            "86 billion")
    assert [c["metric"] for c in claims] == ["current_account"]


def test_a_firms_statement_on_the_budget_deficit_stays_a_claim():
    # "it" is the bank, but a bank has no budget deficit of its own: the figure is the state's, the bank only speaks
    text = ("Westpac Banking Corp said the market wanted a tighter fiscal policy. It said the budget deficit should be cut to "
            "2.5 billion dlrs in 1987/88.")
    assert [c["metric"] for c in _figure_claims(STORY + text, "2.5 billion")] == ["fiscal_deficit"]


def test_the_bank_after_a_public_bank_is_that_bank():
    # "the bank" stands for the development bank the article named, no firm: its loan stays a claim
    text = ("The Asian Development Bank approved a loan to Nepal on Monday. The bank said it would lend 120 mln dlrs to "
            "support the country's budget.")
    assert _figure_claims(text, "120 mln") != []
