""""The standard VAT rate" names a tax rate, no standing rule (stance_cues.csv: "standard VAT rate" and its spellings read
before the lone benchmark noun "standard"): its figure is the state's own rate, not a benchmark of an organisation the
article names nearby. Our own sentences, through the whole pipeline (dated 1 June 2025)."""
from helpers import pipeline_claims


def _claim(text, figure):
    return next(c for c in pipeline_claims(text) if c["figure_text"] == figure)


def test_a_vat_rate_rise_is_the_states_not_a_benchmark():
    text = ("RIGA - Latvia's deficit will stay above the EU's 3% ceiling next year, the finance ministry said. "
            "The standard VAT rate rose to 22% in January.")
    c = _claim(text, "22%")
    assert c["claim_type"] != "benchmark" and c["target_code"] == "LVA"


def test_a_reported_vat_rise_is_no_benchmark():
    text = "The finance minister denied reports that the government was considering raising the standard VAT rate to 26%."
    assert _claim(text, "26%")["claim_type"] != "benchmark"
