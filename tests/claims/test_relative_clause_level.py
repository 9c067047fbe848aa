"""A figure inside a relative clause (", whose deficit the Commission put at 4.9% of GDP,") belongs to that clause: the
main clause's verb after the closing comma ("rejected a call") does not give its stance, and the organisation that is the
clause's subject ("the Commission put ... at") reports it. A body credited inside such a clause ("which spent 2.1%
according to NATO estimates,") credits only that clause's figure. Own sentences; needs the gazetteer."""
import pytest

pytest.importorskip("pipeline.claims.gazetteer")

from helpers import pipeline_claim  # noqa: E402


def test_whose_level_the_organisation_put_at_is_its_report_of_the_antecedent():
    text = ("BRUSSELS - The European Commission published its autumn forecasts on Tuesday. "
            "Romania, whose deficit the Commission put at 8.6% of GDP for last year, rejected a call to cut it to 6% "
            "next year.")
    c = pipeline_claim(text, "8.6%")
    assert (c["claim_type"], c["actor_code"], c["target_code"]) == ("actual", "EU", "ROU")


def test_a_body_credited_in_a_closed_relative_clause_does_not_take_the_main_clause():
    text = ("Portugal, which spent 1.6% of GDP on defence last year according to NATO estimates, again said it would not "
            "commit to the 3.5% level.")
    c = pipeline_claim(text, "3.5%")
    assert c["actor_code"] == "PRT"
    c = pipeline_claim(text, "1.6%")
    assert c["actor_code"] == "NATO"
