"""A government word right after an organisation's name ("NATO officials", "IMF officials") is that organisation's
staff speaking for it, not the state of the dateline or of the story (own sentences; needs the gazetteer)."""
import pytest

pytest.importorskip("pipeline.claims.gazetteer")

from helpers import pipeline_claim, pipeline_roles as roles  # noqa: E402


def test_alliance_officials_report_a_members_level():
    text = ("WASHINGTON, June 2 - Canada spent 1.4% of GDP on its armed forces last year. Only four members already "
            "spend 3.5% or more, NATO officials said on Monday.")
    assert pipeline_claim(text, "3.5%")["actor_code"] == "NATO"


def test_fund_officials_forecast():
    text = ("TOKYO, May 3 - Japan's budget deficit will narrow to 4.8% of GDP next year, IMF officials told reporters on "
            "Friday.")
    assert roles(text, "4.8% of GDP") == ("IMF", "JPN")


def test_state_officials_stay_the_state():
    text = "Japanese officials said the budget deficit would narrow to 4.8% of GDP next year."
    assert roles(text, "4.8% of GDP") == ("JPN", "JPN")
