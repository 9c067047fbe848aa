"""An observing organisation (IMF, OECD, World Bank) that opens a sentence forecasting a state's deficit or debt with no
owner named forecasts the story's state's figure, not its own. Own sentences; needs the gazetteer."""
import pytest

pytest.importorskip("pipeline.claims.gazetteer")

from helpers import pipeline_claim  # noqa: E402


def test_an_observers_forecast_is_of_the_storys_state():
    text = ("PRETORIA - South Africa's debt rose to 76.9% of GDP in March, the Treasury said. The International Monetary "
            "Fund forecasts public debt at about 88% of GDP by 2030.")
    c = pipeline_claim(text, "88%")
    assert (c["actor_code"], c["target_code"]) == ("IMF", "ZAF")


def test_an_organisation_with_a_budget_of_its_own_keeps_it():
    text = "BRUSSELS - The European Commission expects its own budget to show a surplus of 1.5 billion euros next year."
    c = pipeline_claim(text, "1.5 billion")
    assert c["target_code"] == "EU"
