"""A level credited "according to" a research institute the contract codes as no one (uncoded_bodies.csv) has no actor,
even when its sentence says the state spends it; a coded body credited keeps its own rule. Own sentences; needs the
gazetteer."""
import pytest

pytest.importorskip("pipeline.claims.gazetteer")

from helpers import pipeline_claim  # noqa: E402


def test_a_level_credited_to_an_uncoded_institute_has_no_actor():
    text = ("ABUJA - Nigeria spends about 0.6% of GDP on its armed forces, according to SIPRI estimates, and President "
            "Bola Tinubu has promised more money for the army.")
    c = pipeline_claim(text, "0.6%")
    assert c["metric"] == "defense_spending"
    assert c["actor_code"] is None
    assert c["target_code"] == "NGA"


def test_the_institute_spelled_out_counts_too():
    text = ("MEXICO CITY - Mexico spent 0.7% of GDP on defence in 2024, according to figures from the Stockholm "
            "International Peace Research Institute.")
    assert pipeline_claim(text, "0.7%")["actor_code"] is None


def test_a_coded_body_credited_keeps_its_rule():
    text = "OSLO - Norway spent about 2.2% of GDP on defence in 2024, according to NATO estimates."
    assert pipeline_claim(text, "2.2%")["actor_code"] == "NATO"


def test_a_state_stating_its_own_level_keeps_it():
    text = "ABUJA - Nigeria spends about 0.6% of GDP on its armed forces, the defence ministry said."
    assert pipeline_claim(text, "0.6%")["actor_code"] == "NGA"
