"""Constructions behind wrong fields, missed and false claims in an audit of 40 untuned corpus documents (session 26,
audit26: Reuters even ids, BBC business/politics, Yle; gold and held-out documents left out; documents drawn with
random.Random(20261128) by a strict policy pattern near a percent or money figure). Own sentences in own words on
reported facts; needs the gazetteer.

- the state named as the maker of the goods a duty's sum falls on ("the 100 pct tariffs on 300 mln dlrs of Japanese
  exports", "of exports from China") pays the duty and is not its actor, whether the rules type the figure actual,
  commitment, forecast or proposal, and when a generic voice ("officials said") took that state's code from the sentence
  (aid.pays_duty, taxed_goods_words.csv; claim._author_or_giver; ANNOTATION.md, tariffs: the actor is the state that sets
  the tariff, the target lists the setter and the economy whose goods pay it);
- a sum no cue reaches that a state pays to its lenders named after it, a time or "in interest" between ("Brazil was paying
  about 500 mln dlrs a month to its foreign creditors") is its debt service (repaid.paid_to_lenders; ANNOTATION.md: debt
  service or interest payments of a country on its debt); a price paid "for" something stays none;
- "their" before a figure (or its metric noun) going back to an unnamed group of states ("Latin American nations ... to
  service their 382 billion dlrs of foreign debt") makes it the group's, no target, not the story's state
  (claim._group_their; ANNOTATION.md, fresh roles set 7: a continent's or unnamed states' figure has no target);
- a tariff rate whose setter's setting act stands in a clause opened by "if" or "unless" ("If Washington imposes tariffs on
  300 mln dlrs worth of Japanese electronic goods") is not in force: the setter's commitment, as a threatened rate, kept
  against the model (tariffacts.tariff_setter, tariffacts.conditional_rate_stands).
"""
import pytest

pytest.importorskip("pipeline.claims.gazetteer")

from helpers import pipeline_claims  # noqa: E402


def _claims_of(claims: list[dict], figure: str) -> list[dict]:
    return [c for c in claims if c["figure_text"].replace("\n", " ").startswith(figure)]


def _codes(value) -> set:
    return set(value) if isinstance(value, (list, tuple)) else {value}


# -- the maker of the taxed goods pays the duty, it does not set it -----------------------------------------------------

@pytest.mark.parametrize("text, figures, payer", [
    ("Officials said the 100 pct tariffs on 300 mln dlrs of Japanese exports could be lifted in June 1987.",
     ("100 pct", "300 mln dlrs"), "JPN"),
    ("The 25% tariffs on 34 billion dollars of exports from China took effect on July 6, 2018, officials said.",
     ("25%", "34 billion dollars"), "CHN"),
    ("Officials said the 25 percent tariffs on 200 billion dollars of Chinese goods could be raised again after May 2019.",
     ("25 percent", "200 billion dollars"), "CHN"),
    ("The 100 pct tariffs are to be imposed on 300 mln dlrs of Japanese goods recommended for curbs by a panel of experts.",
     ("100 pct", "300 mln dlrs"), "JPN"),
    ("The 25% duties on 2.8 billion euros of American goods such as bourbon and motorcycles took effect in June 2018, "
     "officials said.", ("25%", "2.8 billion euros"), "USA"),
])
def test_the_maker_of_the_taxed_goods_is_not_the_tariffs_actor(text, figures, payer):
    claims = pipeline_claims(text)
    for figure in figures:
        found = _claims_of(claims, figure)
        assert found and found[0]["metric"] == "tariff_rate", figure
        assert payer not in _codes(found[0]["actor_code"]), figure
        assert payer in _codes(found[0]["target_code"]), figure


@pytest.mark.parametrize("text, figure, setter", [
    # the setter named in the sentence stays the actor
    ("The 100 pct duties on 300 mln dlrs worth of Japanese electronic goods were recommended by a panel led by the U.S. "
     "Trade Representative's office in April 1987.", "300 mln dlrs", "USA"),
    ("China said the 25% tariffs on 34 billion dollars of American goods would take effect on July 6, 2018.",
     "34 billion dollars", "CHN"),
    ("The 25% tariffs on 34 billion dollars of Chinese goods took effect on July 6, 2018, the U.S. Trade Representative "
     "said.", "34 billion dollars", "USA"),
])
def test_a_named_setter_keeps_the_tariff(text, figure, setter):
    found = _claims_of(pipeline_claims(text), figure)
    assert found and found[0]["metric"] == "tariff_rate"
    assert found[0]["actor_code"] == setter


# -- a sum a state pays to its lenders -------------------------------------------------------------------------------------

@pytest.mark.parametrize("text, figure, payer", [
    ("Before its moratorium on interest payments in February 1987, Brazil was paying about 500 mln dlrs a month to its "
     "foreign creditors.", "500 mln dlrs", "BRA"),
    ("Brazil's central bank chief said in March 1987 that Brazil had been paying about 500 mln dlrs a month to commercial "
     "foreign creditors.", "500 mln dlrs", "BRA"),
    ("After the suspension of interest payments, Brazil was no longer paying about 500 mln dlrs a month to its commercial "
     "foreign creditors.", "500 mln dlrs", "BRA"),
    ("Under its debt rescheduling accord of February 1987, Venezuela was to pay 250 mln dlrs that year to its creditor "
     "banks.", "250 mln dlrs", "VEN"),
])
def test_a_sum_a_state_pays_its_lenders_is_debt_service(text, figure, payer):
    found = _claims_of(pipeline_claims(text), figure)
    assert found and found[0]["metric"] == "debt_service"
    assert payer in _codes(found[0]["target_code"])


def test_a_price_paid_for_an_asset_is_no_debt_service():
    claims = pipeline_claims("Baikal paid 260.75bn roubles ($9.37bn) for Yugansk at the auction in December 2004.")
    assert not [c for c in claims if c["metric"] == "debt_service"]


# -- "their" going back to an unnamed group of states ---------------------------------------------------------------------

STORY = "The Reagan administration forecast 3.2 pct U.S. growth for 1987. "


@pytest.mark.parametrize("text, figure", [
    (STORY + "Latin American nations must grow four to five pct a year to service their 382 billion dlrs of foreign debt, "
     "the Inter-American Development Bank said in its 1987 annual report.", "382 billion dlrs"),
    (STORY + "The Inter-American Development Bank said Latin American countries could not service their foreign debt of 382 "
     "billion dlrs without faster growth.", "382 billion dlrs"),
    (STORY + "The Inter-American Development Bank said that Latin American debtors were struggling with their 382 billion "
     "dlrs in foreign debt.", "382 billion dlrs"),
])
def test_their_debt_of_an_unnamed_group_of_states_has_no_target(text, figure):
    found = _claims_of(pipeline_claims(text), figure)
    assert found and found[0]["metric"] == "external_debt"
    assert found[0]["target_code"] is None


# -- a tariff set only on a condition -----------------------------------------------------------------------------------------

@pytest.mark.parametrize("text, figure, setter", [
    ("A MITI official denied a report that Japan will end its semiconductor agreement with the U.S. If Washington imposes "
     "tariffs on 300 mln dlrs worth of Japanese electronic goods from April 17.", "300 mln dlrs", "USA"),
    ("Japan said in April 1987 it would take the dispute to GATT if the United States imposes 100 pct tariffs on Japanese "
     "personal computers and television sets.", "100 pct", "USA"),
    ("If the United States imposes 25% tariffs on Mexican goods, Mexico will answer with its own duties, its president said "
     "in March 2025.", "25%", "USA"),
])
def test_a_tariff_set_only_on_a_condition_is_a_commitment(text, figure, setter):
    found = _claims_of(pipeline_claims(text), figure)
    assert found and found[0]["metric"] == "tariff_rate"
    assert found[0]["claim_type"] == "commitment"
    assert found[0]["actor_code"] == setter


def test_a_tariff_imposed_is_no_condition():
    found = _claims_of(pipeline_claims("The United States imposed 100 pct tariffs on 300 mln dlrs worth of Japanese "
                                       "electronic goods on April 17, 1987."), "100 pct")
    assert found and found[0]["claim_type"] == "actual"
