"""Named fiscal, aid, tax and defence instruments of 1985-88 and 2003-06 as metric cues (metric_cues.csv), on sentences
written for the test."""
from __future__ import annotations

import pytest

from helpers import rules_claims


def rules_claim(text: str, figure: str) -> dict:
    """The rules' claim (before the learned claim_type) whose figure text holds `figure`."""
    found = [c for c in rules_claims(text) if figure in c["figure_text"]]
    assert found, f"no claim for {figure!r}"
    return found[0]


@pytest.mark.parametrize("text, figure, metric", [
    # the US balanced budget law's deficit target for fiscal 1988
    ("The White House said Congress must meet the Gramm-Rudman target of 108 billion dlrs for fiscal 1988.",
     "108 billion", "fiscal_deficit"),
    # Japan's "second budget"
    ("Japan's fiscal investment and loan program for fiscal 1987 totals 27.1 trillion yen.", "27.1 trillion",
     "public_spending"),
    # a US stopgap spending bill
    ("Congress passed a continuing resolution of 576 billion dlrs to keep the government running.", "576 billion",
     "public_spending"),
    # US food aid
    ("Under Public Law 480 the United States shipped Egypt about 200 mln dlrs of wheat a year in the 1980s.", "200 mln",
     "development_aid"),
    # the UK's fiscal rules
    ("Under the sustainable investment rule, net debt must stay below 40% of GDP.", "40%", "public_debt"),
    # a government's savings
    ("The Gershon review put the efficiency gains across Whitehall at 21.5bn pounds a year.", "21.5bn",
     "public_spending"),
    # UK taxes by name (a duty that is no tariff)
    ("Stamp duty is charged at 4% on homes sold for more than 500,000 pounds.", "4%", "tax_revenue"),
    ("The 2005 Budget raised the stamp duty threshold to 120,000 pounds.", "120,000", "tax_revenue"),
    ("Brown raised national insurance contributions by one percentage point in 2002.", "one percentage point",
     "tax_revenue"),
    # aid of 2003-06
    ("Brown's International Finance Facility would raise 50bn dollars a year on the bond markets.", "50bn",
     "development_aid"),
    ("Rich countries have promised 0.7% of national income to reach the Millennium Development Goals.", "0.7%",
     "development_aid"),
    ("The Gleneagles pledge is worth 25bn dollars a year to Africa by 2010.", "25bn", "development_aid"),
    ("ECHO gives about 500 million euros a year to victims of disasters outside the EU.", "500 million",
     "development_aid"),
    # the US wars' funding
    ("Bush sought an 82bn dollars war supplemental for Iraq and Afghanistan in 2005.", "82bn", "defense_spending"),
])
def test_named_instrument_gives_its_metric(text, figure, metric):
    assert rules_claim(text, figure)["metric"] == metric


def test_gramm_rudman_target_is_a_benchmark():
    c = rules_claim("The Gramm-Rudman target for fiscal 1987 was a 144 billion dlrs ceiling.", "144 billion")
    assert (c["metric"], c["claim_type"]) == ("fiscal_deficit", "benchmark")


def test_echo_the_verb_is_no_aid():
    # "ECHO" is matched case-sensitively: the verb leaves the deficit its own metric
    c = rules_claim("Economists echo his warning that the deficit will reach 3% of GDP next year.", "3%")
    assert c["metric"] == "fiscal_deficit"


def test_poverty_line_is_no_claim():
    # the goals' poverty line is a measure of need, not aid
    claims = rules_claims("The Millennium Development Goals aim to halve the share of people living on less than "
                          "$1 a day by 2015.")
    assert not [c for c in claims if "$1" in c["figure_text"]]
