"""A loan's interest margin over a reference rate is no state's figure, not the foreign debt its rescheduling story is about
(metric_cues.csv: interest margin*; sentences written for these tests)."""
from helpers import pipeline_claims


def test_an_interest_margin_over_libor_is_no_debt_claim():
    text = ("Venezuela's foreign debt is 33 billion dlrs. Venezuela agreed with its bank advisory committee to lower the "
            "interest margin to 7/8 pct over libor from 1-1/8 pct.")
    figures = {c["figure_text"]: c["metric"] for c in pipeline_claims(text)}
    assert figures == {"33 billion dlrs": "external_debt"}


def test_a_banks_interest_margins_make_no_claim():
    text = "Net interest income at Deutsche Bank rose on firmer interest margins by 16 mln marks to 381 mln, the bank said."
    assert not pipeline_claims(text)
