"""A tariff rate is set by the state named as the subject of the act that sets it in the figure's own clause, or in a
relative clause right after it, whoever speaks the sentence; a rate that name "had threatened" is a threat, not the level
in force, and the learned model does not turn it back into one. Own sentences; needs the gazetteer."""
import pytest

pytest.importorskip("pipeline.claims.gazetteer")

from helpers import pipeline_claim, pipeline_claims  # noqa: E402

from pipeline.claims import tariffacts  # noqa: E402


def test_the_subject_of_a_setting_act_sets_the_rate_not_the_speaker():
    text = ("OTTAWA - Finance Minister Francois-Philippe Champagne said Canada would keep its deficit goal even after the "
            "United States raised duties on Canadian lumber to 35%.")
    c = pipeline_claim(text, "35%")
    assert c["metric"] == "tariff_rate"
    assert c["actor_code"] == "USA"


def test_the_setter_in_a_relative_clause_after_the_rate():
    text = ("NEW DELHI - India's commerce minister Piyush Goyal said exporters of shrimp would struggle with the tariff, "
            "an extra 25% that President Donald Trump imposed over India's purchases of Russian oil.")
    c = pipeline_claim(text, "25%")
    assert c["actor_code"] == "USA"


def test_a_rate_a_leader_had_threatened_is_a_threat():
    text = ("TOKYO - Japan's chief negotiator Ryosei Akazawa said on Wednesday that Washington would levy tariffs of 15% on "
            "most Japanese goods, down from the 25% President Donald Trump had threatened in July.")
    c = pipeline_claim(text, "25%")
    assert c["metric"] == "tariff_rate"
    assert c["claim_type"] in ("commitment", "proposal", "demand")
    assert c["actor_code"] == "USA"


def test_a_rate_the_speakers_own_state_sets_stays_its_own():
    text = ("OTTAWA - Prime Minister Mark Carney said Canada would keep its 25% counter-tariffs on American steel "
            "in place.")
    c = pipeline_claim(text, "25%")
    assert c["actor_code"] == "CAN"


def test_the_model_check_reads_a_threat_right_after_the_rate_only():
    text = "Seoul will pay 15% instead of the 25% Trump had threatened, officials said."
    s = text.index("25%")
    claim = {"metric": "tariff_rate", "claim_type": "commitment", "char_start": s, "char_end": s + 3}
    assert tariffacts.rules_stand(text, claim, "actual")
    s15 = text.index("15%")
    assert not tariffacts.rules_stand(text, {**claim, "char_start": s15, "char_end": s15 + 3}, "actual")
    assert not tariffacts.rules_stand(text, {**claim, "metric": "tax_revenue"}, "actual")


def test_a_rate_charged_on_goods_is_a_tariff_with_no_tariff_word():
    # (a sentence with no metric word at all is not read by the claims stage; this one has a deficit)
    text = ("HANOI - The United States will charge 20% on most Vietnamese goods, down from the 46% Trump had threatened, "
            "and Hanoi pledged to keep its budget deficit under 4% of GDP, Deputy Prime Minister Ho Duc Phoc said.")
    c = pipeline_claim(text, "20%")
    assert c["metric"] == "tariff_rate"
    assert c["actor_code"] == "USA"
    t = pipeline_claim(text, "46%")
    assert t["metric"] == "tariff_rate"
    assert t["claim_type"] in ("commitment", "proposal", "demand")


def test_a_rise_on_goods_sales_is_no_tariff():
    text = "Retail sales rose 3% on the month as shoppers bought more goods, the statistics office said."
    assert not [c for c in pipeline_claims(text) if c["metric"] == "tariff_rate"]
