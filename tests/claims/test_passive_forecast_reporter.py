"""Who forecasts a figure "is forecast" / "is expected" when no speaker stands before the verb: the coded speaker named
after it in the sentence, else the state body whose statement the article goes on with; an organisation the article only
mentions does not (own sentences; needs the gazetteer)."""
import pytest

pytest.importorskip("pipeline.claims.gazetteer")

from helpers import pipeline_roles as roles  # noqa: E402


def test_speaker_after_the_passive_forecast():
    text = ("Hungary's general government deficit is expected at 4.8% of GDP next year, measured under the EU "
            "definition, the finance ministry said on Friday.")
    assert roles(text, "4.8%") == ("HUN", "HUN")


def test_state_body_statement_goes_on_in_the_next_sentences():
    text = ("Sweden's Finance Ministry presented its spring budget bill on Monday. "
            "The Ministry said revenues from energy taxes would fall next year. "
            "Value-added tax is forecast to bring in 480 billion crowns in 2026.")
    assert roles(text, "480 billion")[0] == "SWE"


def test_earlier_speaker_of_another_party_is_not_carried():
    # the IMF spoke before: the passive forecast of Chile's deficit is not made Chile's by the IMF's statement
    text = ("The International Monetary Fund said on Tuesday that Chile's economy would grow 2% next year. "
            "Chile's budget deficit is forecast to narrow to 1.9% of GDP.")
    assert roles(text, "1.9%")[0] != "CHL"
