"""Constructions behind wrong fields in an audit of 120 untuned corpus claims (session 23). Own sentences, own figures;
needs the gazetteer."""
import pytest

pytest.importorskip("pipeline.claims.gazetteer")

from helpers import pipeline_claims  # noqa: E402


# --- a company's results report: the wire's earnings table and the notes under it hold no state's figure ---------------

RESULTS_REPORTS = [
    # a tax line of the table
    ("Shr 8.2p vs 7.4p\n    Pre-tax profit 412 mln stg vs 380 mln\n    Net profit 275 mln vs 251 mln\n"
     "    Turnover 3.10 billion stg vs 2.85 billion\n    Tax 137 mln vs 129 mln, making 410 mln vs 388 mln.\n"),
    # income tax credits in a note
    ("Oper shr loss 12 cts vs profit 30 cts\n    Oper net loss 1,204,000 vs profit 2,870,000\n"
     "    Revs 41.5 mln vs 44.2 mln\n    NOTE: Includes income tax credits of 415,000 dlrs and 1.1 mln dlrs in 1986 and "
     "1985, respectively.\n"),
    # a provision for income taxes and a windfall-tax credit in notes
    ("Shr profit 41 cts vs loss 18 cts\n    Net profit 3,215,000 vs loss 1,402,000\n    Revs 88.0 mln vs 79.3 mln\n"
     "    Avg shrs 7,840,000 vs 7,790,000\n    NOTE: Year net excludes gains of 512,000 dlrs, which include a provision "
     "for income taxes of 205,000 dlrs.\n    1985 net includes a 2,400,000 dlr credit for overpaid windfall profits taxes.\n"),
    # a debt retirement gain and loss in a note (no state's debt)
    ("Shr 1.05 dlrs vs 1.32 dlrs\n    Net 14.6 mln vs 18.1 mln\n    Revs 402.7 mln vs 388.5 mln\n"
     "    NOTE: 1986 net excludes debt retirement gain 1,250,000 dlrs vs loss 410,000 dlrs in quarter and losses 8.2 mln "
     "dlrs vs 2,130,000 dlrs in year.\n"),
]


@pytest.mark.parametrize("text", RESULTS_REPORTS)
def test_a_company_results_report_makes_no_claim(text):
    assert pipeline_claims(text) == []


def test_a_budget_story_with_one_vs_line_keeps_its_claims():
    # one "Net ... vs" line is no results table: the state's deficit stays a claim
    text = ("OTTAWA - Canada's budget deficit narrowed to 28.5 billion dlrs in the fiscal year, Finance Minister Michael "
            "Wilson said.\n    Net public debt rose to 280 billion dlrs vs 255 billion a year earlier, he said.\n")
    metrics = {c["metric"] for c in pipeline_claims(text)}
    assert "fiscal_deficit" in metrics


def test_a_tax_story_that_quotes_company_results_keeps_the_state_s_rate():
    # a story about a state's tax that cites one company's net figure is no results report
    text = ("TOKYO - Japan will cut the corporate tax rate to 37.5 pct from 42 pct next year, the Finance Ministry said.\n"
            "    Toyota's net profit rose to 300 billion yen vs 260 billion, the company said separately.\n")
    found = [c for c in pipeline_claims(text) if c["figure_text"].startswith("37.5")]
    assert found and found[0]["metric"] == "tax_revenue"


# --- the economy as the subject of a growth verb right before its figure: its growth, not the balance named after --------

def _metric_of(text, figure):
    found = [c for c in pipeline_claims(text) if c["figure_text"].replace("\n", " ").startswith(figure)]
    return found[0]["metric"] if found else None


@pytest.mark.parametrize("text, figure", [
    ("In 1986, Greece's economy grew two pct, its current account deficit narrowed to 1.7 billion dlrs and inflation "
     "fell to 16 pct.", "two pct"),
    ("Chile's economy expanded 5.7 pct, its trade surplus widened to 1.1 billion dlrs and the budget deficit fell to one "
     "pct of GDP.", "5.7 pct"),
    ("Taiwan's economy grew 10.8 pct last year, its current account surplus swelled to 16 billion dlrs.", "10.8 pct"),
    ("South Korea's economy is growing 12 pct a year, its trade surplus rising to four billion dlrs.", "12 pct"),
])
def test_the_economy_s_growth_verb_governs_the_figure_after_it(text, figure):
    assert _metric_of(text, figure) == "gdp_growth"


def test_the_balance_after_the_growth_figure_keeps_its_own_metric():
    text = ("In 1986, Greece's economy grew two pct, its current account deficit narrowed to 1.7 billion dlrs and "
            "inflation fell to 16 pct.")
    assert _metric_of(text, "1.7 billion") == "current_account"


# --- a person's debt is no state's: "personal" owns a debt or borrowing word as "household" and "consumer" do ------------

@pytest.mark.parametrize("text", [
    "The Bank of England remains worried about personal debt, which is rising at 12% a year.",
    "Personal borrowing rose by 8.4 billion stg in the fourth quarter, the central bank said.",
    "Britons' personal debt passed 1 trillion pounds last year, charity figures showed.",
])
def test_personal_debt_makes_no_claim(text):
    assert [c for c in pipeline_claims(text) if c["metric"] in ("external_debt", "public_debt", "fiscal_deficit")] == []


@pytest.mark.parametrize("text, figure", [
    ("Personal income tax will be cut to 35 pct from 40 pct next year, the Dutch finance minister said.", "35 pct"),
    ("The Belgian finance minister is proposing a package of personal income tax cuts worth 90 billion francs, a "
     "spokesman said.", "90 billion"),
])
def test_a_personal_income_tax_stays_a_state_s_levy(text, figure):
    assert _metric_of(text, figure) == "tax_revenue"


# --- a central bank's currency, ECU or gold holdings are its reserves, not a debt of the state -------------------------------

@pytest.mark.parametrize("text, figure", [
    ("ECU holdings fell by 3.2 billion francs to 41.5 billion due to the repayment of part of France's debt to the fund, "
     "the ministry said.", "3.2 billion"),
    ("Foreign currency holdings rose 1.9 billion guilders as the central bank repaid debt owed abroad, the bank said.",
     "1.9 billion"),
    ("Gold holdings were unchanged at 3.4 billion dlrs while the country's foreign debt rose, the central bank said.",
     "3.4 billion"),
])
def test_currency_ecu_and_gold_holdings_are_reserves(text, figure):
    assert _metric_of(text, figure) in (None, "other")


# --- whom a sum costs or saves, named between the verb and the sum, owns it (whoever says it) -------------------------------

def _target_of(text, figure):
    found = [c for c in pipeline_claims(text) if c["figure_text"].replace("\n", " ").startswith(figure)]
    assert found, figure
    return found[0]["target_code"]


@pytest.mark.parametrize("text, figure, bearer", [
    ("Agriculture Minister Ignaz Kiechle said the plan would also save the EC some two billion ECUs a year.",
     "two billion", "EC"),
    ("French officials said the new quota system would save the European Community about 1.5 billion ECUs in 1988.",
     "1.5 billion", "EC"),
    ("West German farm minister Ignaz Kiechle said the new budget plan would cost Britain about 200 mln stg a year in lost "
     "rebates.", "200 mln", "GBR"),
])
def test_the_bearer_of_a_cost_or_saving_is_the_target(text, figure, bearer):
    assert _target_of(text, figure) == bearer


def test_a_bearer_who_also_speaks_keeps_its_own_code():
    text = ("The Spanish finance minister said the tax reform would cost Madrid about 300 billion pesetas in lost revenue "
            "next year.")
    assert _target_of(text, "300 billion") == "ESP"
