"""Constructions behind wrong fields, missed and false claims in an audit of 40 untuned corpus documents (session 27,
audit27: Reuters, BBC politics+business and Yle documents outside every gold, held-out and earlier audit set, drawn with
random.Random(20261129) by a strict policy pattern near a percent or money figure; the BBC and Yle pools held none, so all
40 are Reuters). Own sentences in own words on reported facts; needs the gazetteer.

- a dumping margin a trade ministry sets, lowers or raises is the anti-dumping duty it levies: ``tariff_rate``
  (metric_cues.csv "anti dumping margin*", "dumping margin*"; ANNOTATION.md blind27: the new and the earlier rate scored);
- a currency's depreciation is an exchange-rate move, no tariff or tax figure, whatever duty word stands earlier in the
  sentence (metric_cues.csv "depreciat*", as "devalu*"; ANNOTATION.md: currency prices are no claims);
- a "tariff" beside a central bank's lending facility ("special advances", "Lombard") is the interest rate it charges, no
  customs duty (utility_price_words.csv; guards.without_utility_tariffs; ANNOTATION.md corpus49: policy rates are other);
- a "three point British plan" (no hyphen, one capitalised word before the plan noun) counts the plan's points, no
  percentage-point figure (frame.counted_items);
- a share of another scored metric set as a level right beside a share with a basis ("taxes were 19 pct of GNP but
  spending was at 24 pct") takes that basis (figures.parallel_share; ANNOTATION.md: a basis carried from earlier in the
  same sentence); a growth rate ("capped at 2.5% real growth") does not;
- the owner of a noun of saying whose that-clause holds the figure ("after Germany's announcement that defence spending
  would reach 3.5% of GDP") states it, even when an uncoded voice (analysts, economists) speaks the main clause
  (voices.announced_owner, announced_nouns.csv; ANNOTATION.md: the actor is who states the figure);
- a weak anaphoric cue ("a repayment of") that a specific policy phrase before it in its sentence names ("the PSBR showed
  a repayment of 3.7 billion stg, while the private sector's holdings fell") makes a claim even before the story has
  made a policy claim: a company word of a later clause does not rule it out (figures._named_outright).
"""
import pytest

pytest.importorskip("pipeline.claims.gazetteer")

from helpers import pipeline_claims  # noqa: E402


def _claims_of(claims: list[dict], figure: str) -> list[dict]:
    return [c for c in claims if c["figure_text"].replace("\n", " ").startswith(figure)]


def _codes(value) -> set:
    return set(value) if isinstance(value, (list, tuple)) else {value}


# -- a dumping margin is the anti-dumping duty -----------------------------------------------------------------------

@pytest.mark.parametrize("text, figures", [
    ("In 1987 the U.S. Commerce Department cut the anti-dumping margin on Brazilian frozen orange juice concentrate to "
     "1.96 pct.", ("1.96 pct",)),
    ("In August 2025 the U.S. Commerce Department raised the anti-dumping margin on Canadian softwood lumber to 20.56% "
     "from 7.66%.", ("20.56%", "7.66%")),
    ("The Commerce Department set a preliminary dumping margin of 93.5% on Chinese graphite anode material in July 2025.",
     ("93.5%",)),
])
def test_a_dumping_margin_is_a_tariff_rate(text, figures):
    claims = pipeline_claims(text)
    for figure in figures:
        found = _claims_of(claims, figure)
        assert found and found[0]["metric"] == "tariff_rate", figure
        assert "USA" in _codes(found[0]["actor_code"]), figure


# -- a currency's depreciation is no duty -----------------------------------------------------------------------------

@pytest.mark.parametrize("text, figure", [
    ("The Egyptian pound's depreciation of nearly 40% in March 2024 made imported goods that pay tariffs dearer.", "40%"),
    ("The naira's depreciation of more than 60% since Nigeria floated the currency in June 2023 raised the cost of imports "
     "that pay tariffs.", "60%"),
    ("Argentina's 54% depreciation of the peso in December 2023 came with a rise in the PAIS tax on imports to 17.5%.",
     "54%"),
])
def test_a_currency_depreciation_is_no_claim(text, figure):
    assert not _claims_of(pipeline_claims(text), figure)


def test_the_duty_beside_a_depreciation_stays_a_claim():
    claims = pipeline_claims("Argentina's 54% depreciation of the peso in December 2023 came with a rise in the PAIS tax on "
                             "imports to 17.5%.")
    assert _claims_of(claims, "17.5%")


# -- a central bank's lending tariff is an interest rate ---------------------------------------------------------------

@pytest.mark.parametrize("text", [
    "The Dutch central bank set a 0.5 pct lower tariff for special advances in January 1987.",
    "On January 22, 1987 the Bundesbank cut its Lombard tariff to 5.0 pct from 5.5 pct.",
    "On January 22, 1987 the Bundesbank cut the tariff on its Lombard loans to 5.0 pct from 5.5 pct.",
])
def test_a_lending_facility_tariff_is_no_tariff_rate(text):
    assert not [c for c in pipeline_claims(text) if c["metric"] == "tariff_rate"]


# -- the points of a plan ------------------------------------------------------------------------------------------------

@pytest.mark.parametrize("text", [
    "In 1987 Chancellor Nigel Lawson put forward a three point British plan to ease the debts of the poorest African "
    "countries.",
    "Zelensky presented a ten point Ukrainian peace plan to G20 leaders in November 2022, while Kyiv's defence spending kept "
    "rising.",
])
def test_a_plans_points_are_no_figure(text):
    assert not [c for c in pipeline_claims(text) if "point" in c["figure_text"]]  # "three point", "ten point"


# -- a basis carried to a parallel share ---------------------------------------------------------------------------------

@pytest.mark.parametrize("text, figure, basis", [
    ("In March 1987 James Baker argued that federal taxes stood at 19 pct of GNP while spending was at 24 pct.", "24 pct",
     "GNP"),
    ("France's deficit was 5.8% of GDP in 2024 and its debt was at 113%.", "113%", "GDP"),
])
def test_a_parallel_share_takes_the_basis_before_it(text, figure, basis):
    found = _claims_of(pipeline_claims(text), figure)
    assert found and found[0]["basis"] == basis


def test_a_growth_rate_beside_a_share_takes_no_basis():
    found = _claims_of(pipeline_claims("Brazil targets a primary surplus of 0.25% of GDP in 2026 but caps spending at 2.5% "
                                       "real growth."), "2.5%")
    assert found and found[0]["basis"] is None


# -- the announcer states the figure of its announcement ---------------------------------------------------------------

@pytest.mark.parametrize("text, figure, state", [
    ("Economists commented on Germany's announcement in June 2025 that defence spending would reach 3.5% of GDP by 2029.",
     "3.5%", "DEU"),
    ("Analysts at several banks wrote notes on Japan's announcement in October 2025 that its defence spending would reach "
     "2% of GDP in fiscal 2025.", "2%", "JPN"),
    ("Analysts said the bond market took in Germany's announcement that defence spending would reach 3.5% of GDP by 2029.",
     "3.5%", "DEU"),
])
def test_the_announcer_is_the_actor(text, figure, state):
    found = _claims_of(pipeline_claims(text), figure)
    assert found and state in _codes(found[0]["actor_code"])


def test_without_a_noun_of_saying_the_economists_speak():
    found = _claims_of(pipeline_claims("Economists said Germany's defence spending would reach 3.5% of GDP by 2029."), "3.5%")
    assert found and found[0]["actor_code"] is None


# -- a policy phrase names its repayment before a company word's clause --------------------------------------------------

@pytest.mark.parametrize("text", [
    "In January 1987 the public sector borrowing requirement showed a repayment of 3.7 billion stg, while the private "
    "sector's holdings of gilts fell.",
    "The Bank of England said the PSBR showed a repayment of 3.7 billion stg in January 1987, while the non-bank private "
    "sector cut its holdings of government stock.",
])
def test_a_named_borrowing_requirement_repayment_is_claimed(text):
    found = _claims_of(pipeline_claims(text), "3.7 billion")
    assert found and found[0]["metric"] == "fiscal_deficit"


def test_a_company_repayment_stays_no_claim():
    assert not pipeline_claims("The company made a repayment of 300 mln dlrs, while private sector demand for its products "
                               "slowed.")
