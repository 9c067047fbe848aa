"""Constructions found by the modern49 set (session 25, write25), each a mechanism for any article. Own sentences in own
words on 2018-25 reporting (figures as reported, rounded); needs the gazetteer.

- a state said to pay a duty is its payer only when no other state stands between it and the verb: the speaker of
  "Trump said Vietnam would pay a 20% tariff" sets the rate, he does not pay it (aid.pays_duty; states listed together
  pay together: "Canadian and Mexican companies must pay");
- "from 25%" after a rate is the level it moved from, no source that finances it: a rate on "goods not covered by the
  pact" raised "to 35% from 25%" stays a tariff (figures.FINANCING_SOURCE);
- the value of goods a rate is charged on, after the rate ("imposed 25% counter-tariffs on 30 billion Canadian dollars of
  U.S. goods"), is the imposing state's as the rate is (tariffacts.ACT_TO_FIGURE lets the rate stand in the gap);
- "him"/"her" right after a demand verb stands for the person named before it in the sentence ("wrote to Trudeau ...
  urging him to ... reach 2%"): the demanded party (owners.object_of);
- a perfect auxiliary between a name and a past form the stance step reads as a participle ("Jens Stoltenberg had
  proposed a fund of") makes it the name's finite verb, as with no auxiliary (voices._subject_of_participle).
"""
import pytest

pytest.importorskip("pipeline.claims.gazetteer")

from helpers import pipeline_claims, rules_claims, claim_with as _claim  # noqa: E402


# -- the speaker of "X said <state> would pay a tariff" sets it ----------------------------------------------------------

@pytest.mark.parametrize("text, figure, payer", [
    ("Trump said Vietnam would pay a 20% tariff on its goods under the deal announced in July.", "20%", "VNM"),
    ("In July Trump said Indonesia would pay a 19% tariff, down from the 32% he had threatened.", "19%", "IDN"),
    ("Trump said the Philippines would pay a 19% tariff after meeting Marcos at the White House.", "19%", "PHL"),
])
def test_the_speaker_before_a_payer_sets_the_tariff(text, figure, payer):
    c = _claim(pipeline_claims(text), figure)
    assert c["metric"] == "tariff_rate" and c["actor_code"] == "USA" and c["target_code"] == payer


def test_states_listed_together_pay_together():
    text = "Canadian and Mexican companies must pay a 25% tariff when they sell most goods to the United States."
    c = _claim(pipeline_claims(text), "25%")
    assert c["metric"] == "tariff_rate" and c["actor_code"] not in ("CAN", "MEX")


# -- "from 25%" after a rate is where it moved from ----------------------------------------------------------------------

@pytest.mark.parametrize("text, figures", [
    ("In August Washington lifted its duty on Canadian goods not covered by the USMCA to 35% from 25%.", ("35%", "25%")),
    ("Trump said in July he would raise the tariff on Mexican goods not covered by the trade pact to 30% from 25%.",
     ("30%",)),
    ("Canadian goods not covered by the pact saw their U.S. tariff rise to 35% from 25% on Aug. 1.", ("35%",)),
])
def test_a_rate_raised_from_a_level_stays_a_tariff(text, figures):
    claims = pipeline_claims(text)
    for figure in figures:
        assert _claim(claims, figure)["metric"] == "tariff_rate"


# -- the value of goods after a rate is the imposing state's -------------------------------------------------------------

@pytest.mark.parametrize("text, figure, imposer", [
    ("In March Canada put 25% counter-tariffs on 30 billion Canadian dollars of American goods, after Washington put "
     "tariffs on Canadian imports.", "30 billion Canadian dollars", "CAN"),
    ("In June 2018 the EU imposed 25% tariffs on 2.8 billion euros of U.S. goods, after Washington put duties on European "
     "steel.", "2.8 billion euros", "EU"),
    ("In July 2018 Ottawa imposed tariffs of up to 25% on 16.6 billion Canadian dollars of U.S. goods, after Washington "
     "put duties on Canadian steel.", "16.6 billion Canadian dollars", "CAN"),
])
def test_the_goods_a_rate_is_charged_on_are_the_imposers(text, figure, imposer):
    c = _claim(pipeline_claims(text), figure)
    assert c["actor_code"] == imposer


# -- a person pronoun after a demand verb ---------------------------------------------------------------------------------

@pytest.mark.parametrize("text, asker, asked", [
    ("WASHINGTON - Canada spends about 1.4% of GDP on defence. U.S. senators from both parties wrote to Trudeau in May urging him to set "
     "out a plan to reach 2%.", "USA", "CAN"),
    ("WASHINGTON - Canada's defence spending was about 1.4% of GDP in 2024. Before the Washington summit U.S. "
     "senators wrote to Prime Minister Justin Trudeau pressing him to meet the 2% of GDP target.", "USA", "CAN"),
])
def test_him_after_a_demand_verb_is_the_person_named_before(text, asker, asked):
    c = [c for c in pipeline_claims(text) if c["value"] == 2.0 and c["claim_type"] == "demand"]
    assert c, f"no demand: {[(x['figure_text'], x['claim_type']) for x in pipeline_claims(text)]}"
    assert c[0]["actor_code"] == asker and c[0]["target_code"] == asked


# -- "had proposed" after a name --------------------------------------------------------------------------------------------

@pytest.mark.parametrize("text, figure, proposer", [
    ("Commission President Ursula von der Leyen had proposed a loan scheme of 150 billion euros for defence in March.",
     "150 billion euros", "EU"),
    ("In May President Donald Trump had proposed a defence budget of 1.01 trillion dollars for fiscal 2026.",
     "1.01 trillion dollars", "USA"),
    ("The European Commission has proposed a fund of 150 billion euros in loans for member states' defence.",
     "150 billion euros", "EU"),
])
def test_a_perfect_auxiliary_keeps_the_named_proposer(text, figure, proposer):
    c = _claim(rules_claims(text), figure)
    assert c["claim_type"] == "proposal" and c["actor_code"] == proposer


# -- a rate in a verbless conjunct keeps the future verb of the first rate -------------------------------------------------

def _rate_claim(text: str, figure: str, nth: int) -> dict:
    start = -1
    for _ in range(nth + 1):
        start = text.index(figure, start + 1)
    return {"metric": "tariff_rate", "claim_type": "commitment", "char_start": start, "char_end": start + len(figure)}


@pytest.mark.parametrize("text, figure, nth", [
    ("Trump said on July 2 that Vietnamese goods would face a 20% tariff, after the 46% threatened in April, and 40% on "
     "transshipped goods.", "40%", 0),
    ("Trump said Japan would pay a 15% tariff on most goods, after the 25% he had threatened, and 15% on cars.", "15%", 1),
    ("The United States will charge a 15% tariff on most Korean goods, down from the 25% Trump threatened in July, and 15% on "
     "cars.", "15%", 1),
])
def test_a_gapped_rate_keeps_the_rules_commitment_against_the_models_actual(text, figure, nth):
    from pipeline.claims import tariffacts

    assert tariffacts.gapped_rate_stands(text, _rate_claim(text, figure, nth), "actual", 0)


def test_a_rate_joined_to_a_past_one_is_left_to_the_model():
    from pipeline.claims import tariffacts

    text = "In May the United States charged a 10% tariff on most British goods, and 25% on steel."
    assert not tariffacts.gapped_rate_stands(text, _rate_claim(text, "25%", 0), "actual", 0)


# -- "legislated" decides; "and projected that" opens a predicate of its own ---------------------------------------------

@pytest.mark.parametrize("text, figure", [
    ("In March 2025 the Albanese government legislated a cut in the bottom income tax rate to 15% from July 2026.", "15%"),
    ("In 2019 the Morrison government legislated a flat income tax rate of 30% from July 2024 for most taxpayers.", "30%"),
])
def test_a_legislated_rate_is_a_commitment(text, figure):
    c = _claim(rules_claims(text), figure)
    assert c["metric"] == "tax_revenue" and c["claim_type"] == "commitment"


@pytest.mark.parametrize("text, first, second", [
    ("Canada's April 2024 defence policy update added 8.1 billion Canadian dollars over five years and projected that "
     "spending would reach 1.76% of GDP by 2029-30.", "8.1 billion Canadian dollars", "1.76% of GDP"),
    ("Poland's government approved a 2025 budget with 186.6 billion zlotys for defence and projected that spending would "
     "reach 4.7% of GDP.", "186.6 billion zlotys", "4.7% of GDP"),
])
def test_and_projected_that_governs_only_what_follows_it(text, first, second):
    claims = rules_claims(text)
    assert _claim(claims, first)["claim_type"] == "commitment" and _claim(claims, second)["claim_type"] == "forecast"
