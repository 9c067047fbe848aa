"""Constructions behind false claims in an audit of 24 untuned corpus documents (session 26, audit26b: Reuters odd ids,
Yle). Own sentences, real facts; needs the gazetteer."""
import pytest

pytest.importorskip("pipeline.claims.gazetteer")

from helpers import pipeline_claims  # noqa: E402


def _at(text, figure):
    return [c for c in pipeline_claims(text) if c["figure_text"].replace("\n", " ") == figure]


# --- goods priced with "worth": the value of the goods, not the tariff they pay (ANNOTATION: prices are not claims) ------

GOODS_WORTH = [
    # (sentence, the goods' value, the tariff figure that stays)
    ("Since April 2025 a car worth 40,000 dollars imported into the United States has paid a 25% tariff.",
     "40,000 dollars", "25%"),
    ("Under the 2.5% duty the United States charged before 2025, a European car worth 30,000 dollars carried 750 "
     "dollars in duty.", "30,000 dollars", "2.5%"),
    ("Chinese electric cars worth 30,000 euros have faced EU countervailing duties of up to 35.3% since October 2024.",
     "30,000 euros", "35.3%"),
    ("For a Japanese car worth 40,000 dollars, the 25% US tariff imposed in 2025 means about 10,000 dollars more.",
     "40,000 dollars", "25%"),
]


@pytest.mark.parametrize("text,value,rate", GOODS_WORTH)
def test_the_value_of_goods_priced_with_worth_is_no_claim(text, value, rate):
    assert _at(text, value) == []
    kept = _at(text, rate)
    assert kept and kept[0]["metric"] == "tariff_rate"


def test_tariffs_on_goods_worth_a_sum_keep_the_sum():
    # ANNOTATION corpus41: the 1987 semiconductor tariffs "on ... products worth" a sum are told as the tariffs' size
    text = "In April 1987 the United States put 100 pct tariffs on Japanese products worth 300 mln dlrs."
    kept = _at(text, "300 mln dlrs")
    assert kept and kept[0]["metric"] == "tariff_rate"


# --- a share reached "to avoid" a tariff: the tariff is what the act keeps off, not what the figure measures --------------

AVOIDED = [
    # (sentence, the share that is no tariff)
    ("Under NAFTA, a car needed 62.5 pct North American content to escape U.S. tariffs.", "62.5 pct"),
    ("Under the USMCA, automakers must use 75% North American content to avoid US tariffs on their cars.", "75%"),
    ("Nissan promised in the 1980s to raise local content at its Sunderland plant to 80 pct to avoid EC import duties.",
     "80 pct"),
]


@pytest.mark.parametrize("text,share", AVOIDED)
def test_a_share_reached_to_avoid_a_tariff_is_no_tariff(text, share):
    assert all(c["metric"] != "tariff_rate" for c in _at(text, share))


def test_a_tariff_figure_after_to_avoid_keeps_its_metric():
    # the figure of the tariff itself, after "to avoid", is still the tariff
    text = "Under NAFTA, a car needed 62.5 pct North American content to escape the 2.5 pct U.S. tariff on cars."
    kept = _at(text, "2.5 pct")
    assert kept and kept[0]["metric"] == "tariff_rate"
    # (left open: the content share beside it still takes the tariff through the sentence's other claim)


# --- a borrower's package with its bank creditors: the banks' credit, no spending package of the borrower ---------------

BANK_PACKAGES = [
    ("Argentina's 1987 bank package included a 1.95 billion dlr new loan.", "1.95 billion dlr"),
    ("Mexico's 1987 commercial bank package included a six billion dlr new loan.", "six billion dlr"),
    ("Brazil's 1988 bank package provided 5.2 billion dlrs in new money.", "5.2 billion dlrs"),
]


@pytest.mark.parametrize("text,figure", BANK_PACKAGES)
def test_a_bank_package_is_no_spending_of_the_borrower(text, figure):
    assert all(c["metric"] not in ("public_spending", "development_aid") for c in _at(text, figure))


def test_a_government_s_own_package_stays_spending():
    text = "Japan's 1987 economic package included 5 trillion yen in public works spending."
    kept = _at(text, "5 trillion yen")
    assert kept and kept[0]["metric"] == "public_spending"


# --- a note facility on the euromarket is a borrower's market paper (like its eurobonds), no state's debt stock ---------

def test_a_euronote_facility_refinancing_a_state_s_debt_is_no_debt_figure():
    text = "Italfunding obtained a 44.3 mln dlr euronote facility in the market to refinance Mexico's official debt to Italy."
    assert all(c["metric"] != "external_debt" for c in _at(text, "44.3 mln dlr"))


def test_the_state_s_foreign_debt_beside_a_euronote_facility_stays():
    text = ("Mexico's foreign debt stood at about 100 billion dlrs in 1987, when Italfunding obtained a 44.3 mln dlr euronote "
            "facility to refinance part of it.")
    kept = _at(text, "100 billion dlrs")
    assert kept and kept[0]["metric"] == "external_debt"
    assert all(c["metric"] != "external_debt" for c in _at(text, "44.3 mln dlr"))
