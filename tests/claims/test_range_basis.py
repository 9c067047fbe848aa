"""A basis the quantities stage carried from an earlier share is read again: the first end of a range or move takes the
basis written after its other end ("from 0.5% to 0.3% of gross national income"), and a tariff rate takes none. Own
sentences; needs the gazetteer."""
import pytest

pytest.importorskip("pipeline.claims.gazetteer")

from helpers import pipeline_claim  # noqa: E402


def test_the_first_end_of_a_move_takes_the_basis_written_after_the_second():
    text = ("THE HAGUE - The Dutch cabinet will raise defence spending to 2.5% of GDP next year, partly by trimming "
            "development aid from 0.6% to 0.45% of gross national income.")
    assert pipeline_claim(text, "0.6%")["basis"] == "GNI"
    assert pipeline_claim(text, "0.45%")["basis"] == "GNI"
    assert pipeline_claim(text, "2.5%")["basis"] == "GDP"


def test_a_tariff_rate_takes_no_basis_from_an_earlier_share():
    text = ("MEXICO CITY - Finance Minister Edgar Amador said the deficit would narrow to 4% of GDP next year, even after "
            "the United States raised tariffs on Mexican steel to 50%.")
    c = pipeline_claim(text, "50%")
    assert c["metric"] == "tariff_rate"
    assert c["basis"] is None


def test_a_later_share_compared_with_a_share_of_gdp_keeps_the_carried_basis():
    text = "BERLIN - Germany plans to spend 3.5% of GDP on defence by 2029, well above the 2% it spent last year."
    assert pipeline_claim(text, "2%")["basis"] == "GDP"
