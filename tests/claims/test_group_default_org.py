"""A group word's own organisation ("allies" -> NATO) when the article names it at all, even if it names another allowed
organisation (the EU) more often: "a push by some allies toward 3.5%" in a Belgian story about EU loans and NATO goals.
Own sentences; needs the gazetteer."""
import pytest

pytest.importorskip("pipeline.claims.gazetteer")

from helpers import pipeline_claim  # noqa: E402


def test_allies_prefer_their_own_organisation_when_it_is_named():
    text = ("The Netherlands wants EU loans for its army. The European Union plans 150 billion euros of loans, "
            "and the EU budget will also fund joint purchases. NATO has asked members to spend more. "
            "Dutch Defence Minister Ruben Brekelmans said a push by some allies toward 4% was unrealistic for "
            "the Netherlands this year.")
    c = pipeline_claim(text, "4%")
    assert c["target_code"] in ("NATO", "NLD")


def test_bloc_stays_the_eu():
    text = ("EU finance ministers met in Brussels. NATO was not discussed. "
            "The bloc's combined budget deficit narrowed to 3.1% of GDP last year, Eurostat said.")
    c = pipeline_claim(text, "3.1%")
    assert c["target_code"] == "EU"
