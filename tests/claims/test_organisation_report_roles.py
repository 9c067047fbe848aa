"""An organisation's release about member states: "it" after "The Commission said on Wednesday" is the Commission; "It
forecast Italy's deficit at ..." continues its report (forecast, projected and predicted are verbs of reporting); a
verb coordinated with ", and said" shares the sentence's subject; a name inside an apposition that ranks the subject
(", the second highest in the euro zone after Greece's,") is not the subject; "Spain, which the figures put at 1.28%"
is the report's level of Spain. Own sentences; needs the gazetteer."""
import pytest

pytest.importorskip("pipeline.claims.gazetteer")

from helpers import pipeline_claim  # noqa: E402

LEAD = "BRUSSELS - The European Commission published its spring forecasts on Thursday. "


def test_it_after_said_on_a_weekday_is_the_organisation():
    text = LEAD + ("The Commission said on Thursday it would not act against Portugal, even though the country's "
                   "budget deficit reached 3.3% of GDP last year.")
    c = pipeline_claim(text, "3.3% of GDP")
    assert (c["actor_code"], c["target_code"]) == ("EU", "PRT")


def test_it_forecast_continues_the_organisations_report():
    text = LEAD + ("Austria's deficit narrowed last year, the Commission said. "
                   "It forecast Austria's deficit at 4.2% of GDP this year and 3.9% in 2027.")
    c = pipeline_claim(text, "3.9%")
    assert (c["actor_code"], c["target_code"]) == ("EU", "AUT")


def test_and_said_shares_the_subject_past_a_ranking_apposition():
    text = LEAD + ("The Commission recommended that Slovakia cut its spending growth to 3% next year, and said "
                   "Portugal's public debt, the third highest in the euro zone after Italy's, would fall to 92% of GDP.")
    c = pipeline_claim(text, "92% of GDP")
    assert (c["actor_code"], c["target_code"]) == ("EU", "PRT")


def test_a_report_put_at_is_the_reporters_level_of_the_antecedent():
    text = ("Every NATO member will spend at least 2% of its gross domestic product on defence in 2025, according to "
            "annual estimates the alliance published on Thursday. NATO estimates that Italy spent 1.49% of GDP on defence "
            "last year. Belgium, which the figures put at 1.31% of GDP in 2024, is estimated to reach 2.0% in 2025.")
    c = pipeline_claim(text, "1.31%")
    assert (c["actor_code"], c["target_code"]) == ("NATO", "BEL")
    c = pipeline_claim(text, "2.0%")
    assert c["target_code"] == "BEL"
