"""A sum a state or an organisation of states lends or gives to another state named as the verb's first object ("lend
Ukraine 50 billion euros") is development aid: with an organisation as giver (ANNOTATION.md: an EU loan to Ukraine is
aid), beside metric words that do not reach it ("funded by joint borrowing"), and after a military-aid claim whose
metric the story would otherwise carry to it. Own sentences; needs the gazetteer."""
import pytest

pytest.importorskip("pipeline.claims.gazetteer")

from helpers import pipeline_claim, pipeline_claims  # noqa: E402


def test_an_organisation_lends_a_state():
    c = pipeline_claim("The European Union agreed on Thursday to lend Moldova 1.5 billion euros over three years, funded "
                       "by borrowing against the EU budget.", "1.5 billion euros")
    assert c["metric"] == "development_aid" and c["actor_code"] == "EU"


def test_a_loan_after_a_military_aid_claim_is_aid():
    text = ("Sweden will give Ukraine 500 million euros in military aid this year. European Union leaders agreed on "
            "Thursday to lend Ukraine 50 billion euros, funded by joint borrowing on the markets.")
    assert pipeline_claim(text, "50 billion euros")["metric"] == "development_aid"


def test_the_imf_lending_a_state():
    c = pipeline_claim("The IMF has promised to lend Kenya 900 million dollars to shore up its balance of payments.",
                       "900 million dollars")
    assert c["metric"] == "development_aid" and c["actor_code"] == "IMF"


def test_a_company_lending_a_state_is_no_aid():
    text = "Citibank agreed on Monday to lend Argentina 500 million dollars at market rates."
    assert not [c for c in pipeline_claims(text) if c["metric"] == "development_aid"]
