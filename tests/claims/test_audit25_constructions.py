"""Constructions behind missed and false claims in an audit of 40 untuned corpus documents (session 25, audit25: Reuters
odd ids, BBC business/politics, Yle; gold and held-out documents left out; documents drawn by a strict policy pattern
near a percent or money figure). Own sentences in own words on reported facts; needs the gazetteer.

- a sum sized as a loan, credit or grant that a state named after "from" gives ("a 1 billion dollar credit line from
  India", "a one billion dlr loan from the Japanese government") is that state's development aid, in any story
  (aid.loans_from_states; ANNOTATION.md: aid or concessional credit from one state to another is scored
  development_aid); a loan from banks stays no claim, one from the World Bank keeps its own reading;
- a state providing or extending a loan or credit line to another named after it ("providing a 500 mln dlr bridge loan
  to Argentina", "extended a 1 billion dollar credit line to Sri Lanka") is the giver's aid (aid._postposed_receiver,
  the loan noun between the sum and "to"); not a credit from the borrower's own state (its central bank), and the
  interest a loan carries is the loan's price (metric_cues.csv: other);
- a bank's provisions or loan-loss reserves against its loans to debtor states are the lender's accounts, no state's
  public debt (metric_cues.csv NONE rows, firm);
- the share of aid cargoes a shipping rule reserves for national-flag ships (cargo preference, "the percentage of food aid
  shipments carried on U.S. vessels") is no aid figure (metric_cues.csv NONE rows);
- a tariff's setter named as the modifier of its noun ("the 300 mln dlrs in U.S. tariffs", "a 145% U.S. tariff") stays its
  actor when an uncoded voice reports it ("analysts said"; claim.figure_claim; ANNOTATION.md, tariffs: the actor is the
  state that sets the tariff).
"""
import pytest

pytest.importorskip("pipeline.claims.gazetteer")

from helpers import pipeline_claims  # noqa: E402


def _claims_of(claims: list[dict], figure: str) -> list[dict]:
    return [c for c in claims if c["figure_text"].replace("\n", " ").startswith(figure)]


def _codes(value) -> set:
    return set(value) if isinstance(value, (list, tuple)) else {value}


# -- a loan or credit from a state --------------------------------------------------------------------------------------

@pytest.mark.parametrize("text, figure, giver", [
    ("Sri Lanka secured a 1 billion dollar credit line from India in March 2022 for food and fuel.", "1 billion dollar",
     "IND"),
    ("Ukraine received a 1 billion dollar loan guarantee from the United States in 2014.", "1 billion dollar", "USA"),
    ("In February 1995 Mexico signed for up to 20 billion dollars in loans and guarantees from the United States.",
     "20 billion dollars", "USA"),
    ("The first tranche of a one billion dlr loan from the Japanese government to Mexico was paid out in 1987.",
     "one billion dlr", "JPN"),
])
def test_a_loan_from_a_state_is_its_aid(text, figure, giver):
    found = _claims_of(pipeline_claims(text), figure)
    assert found and found[0]["metric"] == "development_aid"
    assert found[0]["actor_code"] == giver


@pytest.mark.parametrize("text, figure, giver, receiver", [
    ("The U.S. Treasury agreed to provide a 500 mln dlr bridge loan to Argentina in February 1987.", "500 mln dlr", "USA",
     "ARG"),
    ("The U.S. Treasury said it would join other industrial countries in providing a 500 mln-dlr short-term bridge loan "
     "to Argentina.", "500 mln-dlr", "USA", "ARG"),
    ("India extended a 1 billion dollar credit line to Sri Lanka in March 2022 for food and medicine.",
     "1 billion dollar", "IND", "LKA"),
])
def test_a_loan_a_state_provides_to_another_is_its_aid(text, figure, giver, receiver):
    found = _claims_of(pipeline_claims(text), figure)
    assert found and found[0]["metric"] == "development_aid"
    assert found[0]["actor_code"] == giver and _codes(found[0]["target_code"]) & {giver, receiver}


def test_a_loan_from_commercial_banks_is_no_claim():
    assert _claims_of(pipeline_claims("Argentina negotiated a 2.15 billion dlr loan from commercial banks in 1987."),
                      "2.15 billion dlr") == []


def test_a_world_bank_loan_is_not_made_a_state_aid():
    found = _claims_of(pipeline_claims("Mexico signed a 250 mln dlr loan from the World Bank to support manufactured "
                                       "exports."), "250 mln dlr")
    assert all(c["actor_code"] != "MEX" and c["metric"] != "development_aid" for c in found)


@pytest.mark.parametrize("text, figure", [
    ("In early 1987 the Bonn government borrowed 1.8 billion marks in credit from the Bundesbank.", "1.8 billion marks"),
    ("The federal government also borrowed 1.8 billion marks in credit from the central bank, the Bundesbank said.",
     "1.8 billion marks"),
])
def test_a_credit_from_the_borrower_own_central_bank_is_no_aid(text, figure):
    assert all(c["metric"] != "development_aid" for c in _claims_of(pipeline_claims(text), figure))


@pytest.mark.parametrize("text", [
    "Manila said the Japanese loan, carrying interest of 5.5 pct a year, would fund economic recovery.",
    "The Japanese loan to the Philippines bears interest of 5.5 pct a year.",
])
def test_the_interest_a_loan_carries_is_no_aid_figure(text):
    assert all(c["metric"] != "development_aid" for c in _claims_of(pipeline_claims(text), "5.5 pct"))


# -- a bank's provisions against sovereign loans ------------------------------------------------------------------------

@pytest.mark.parametrize("text, figure", [
    ("National Westminster Bank added 466 mln stg to its provisions against sovereign debt in June 1987.", "466 mln stg"),
    ("NatWest said it was adding 466 million pounds to its provisions against sovereign debt exposure.",
     "466 million pounds"),
    ("Citicorp added three billion dollars to its loan loss reserve in May 1987.", "three billion dollars"),
    ("Chase Manhattan set aside 1.6 billion dollars in loan loss provisions against its Latin American loans in 1987.",
     "1.6 billion dollars"),
])
def test_a_bank_provision_against_sovereign_loans_is_no_claim(text, figure):
    assert _claims_of(pipeline_claims(text), figure) == []


def test_a_state_public_debt_stays_a_claim():
    found = _claims_of(pipeline_claims("Italy's public debt was above 130% of GDP in 2019."), "130%")
    assert found and found[0]["metric"] == "public_debt" and found[0]["target_code"] == "ITA"


def test_a_foreign_debt_beside_bank_provisions_stays_a_claim():
    text = ("Brazil, whose foreign debt was about 110 billion dlrs, suspended interest payments to commercial banks in "
            "February 1987, forcing banks to build provisions against their loans.")
    found = _claims_of(pipeline_claims(text), "110 billion dlrs")
    assert found and found[0]["metric"] == "external_debt" and found[0]["target_code"] == "BRA"


# -- the share of aid cargoes on national-flag ships --------------------------------------------------------------------

@pytest.mark.parametrize("text, figures", [
    ("Under the 1985 farm bill, the percentage of food aid shipments carried on U.S. flag vessels was to rise to 75 pct "
     "in 1988 from 50 pct.", ("75 pct", "50 pct")),
    ("The 1985 farm law raised the share of U.S. food aid that must go on U.S.-flag ships to 75 pct from 50 pct.",
     ("75 pct", "50 pct")),
    ("Cargo preference rules reserve 50% of U.S. food aid tonnage for American-flagged vessels.", ("50%",)),
    ("Under the 1985 farm law, the percentage of food aid shipments carried on U.S. vessels was to rise gradually to 75 pct "
     "in 1988 from 50 pct.", ("75 pct", "50 pct")),
    ("The share of food aid cargoes moved on American ships was to reach 75 pct in 1988 under the 1985 law.", ("75 pct",)),
])
def test_the_share_of_aid_cargoes_on_flag_ships_is_no_claim(text, figures):
    claims = pipeline_claims(text)
    for figure in figures:
        assert _claims_of(claims, figure) == []


def test_a_donor_aid_share_of_income_stays_a_claim():
    found = _claims_of(pipeline_claims("Britain spent 0.7% of its gross national income on foreign aid in 2019."), "0.7%")
    assert found and found[0]["metric"] == "development_aid" and found[0]["actor_code"] == "GBR"


# -- a tariff's setter named as its noun's modifier, reported by an uncoded voice ---------------------------------------

@pytest.mark.parametrize("text, figure, payer", [
    ("Japan is trying to cut chip production to head off the 300 mln dlrs in U.S. tariffs due to start on April 17, "
     "analysts said.", "300 mln dlrs", "JPN"),
    ("Chip makers in Japan hoped to escape the 300 mln dlrs in U.S. tariffs, industry sources said.", "300 mln dlrs", "JPN"),
    ("Chinese exporters faced a 145% U.S. tariff on many goods in April 2025, economists said.", "145%", "CHN"),
    ("Brazilian coffee exporters face a 50% U.S. tariff from August 2025, analysts said.", "50%", "BRA"),
    ("Canadian steelmakers have faced 50% U.S. tariffs since June 2025, industry analysts said.", "50%", "CAN"),
])
def test_a_tariff_setter_named_as_modifier_stays_the_actor_under_an_uncoded_voice(text, figure, payer):
    found = _claims_of(pipeline_claims(text), figure)
    assert found and found[0]["metric"] == "tariff_rate" and found[0]["actor_code"] == "USA"
    assert _codes(found[0]["target_code"]) & {"USA", payer}


def test_an_uncoded_voice_still_speaks_for_a_tariff_with_no_setter_named_nor_state():
    found = _claims_of(pipeline_claims("Tariffs on imported cars rose to 25% in April 2025, analysts said."), "25%")
    assert all(c["actor_code"] is None for c in found)
