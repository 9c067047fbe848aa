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
