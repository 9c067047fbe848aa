"""In a list of levels ("Lithuania is put at 4.0%, Latvia at 3.73% and Estonia at 3.38%") the state that owns the first
level is no reporter of the others: they take the body whose report the article relays (or no one), not that state.
Own sentences; needs the gazetteer."""
import pytest

pytest.importorskip("pipeline.claims.gazetteer")

from helpers import pipeline_claim  # noqa: E402

REPORT = ("Every member of the alliance spent at least 1.5% of its gross domestic product on defence last year, "
          "according to annual estimates NATO published on Tuesday. "
          "Portugal is put at 1.9%, Greece at 3.1% and Italy at 1.6%.")


def roles(figure):
    c = pipeline_claim(REPORT, figure)
    return (c["actor_code"], c["target_code"])


def test_second_level_of_the_list_is_the_reports():
    assert roles("3.1%") == ("NATO", "GRC")


def test_third_level_of_the_list_is_the_reports():
    assert roles("1.6%") == ("NATO", "ITA")


def test_a_state_reporting_another_states_level_keeps_its_voice():
    text = "Austria said on Monday that Hungary's budget deficit was 4.6% of GDP last year."
    assert pipeline_claim(text, "4.6%")["actor_code"] == "AUT"
