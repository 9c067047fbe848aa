"""A "tariff" that is a utility's or carrier's price (electricity, water, phone tariffs) is no tariff_rate claim
(ANNOTATION: prices are not claims); a tariff with a trade word in its sentence stays a customs duty (guards.
without_utility_tariffs, utility_price_words.csv). Own sentences of reported facts."""
from __future__ import annotations

import pytest

from tests.claims.helpers import pipeline_claims


def _tariff_claims(text: str, title: str | None = None) -> list[dict]:
    return [c for c in pipeline_claims(text, title=title) if c["metric"] == "tariff_rate"]


@pytest.mark.parametrize("text", [
    "In April 2022 the regulator Ofgem lifted the cap on standard electricity and gas tariffs by 54 percent.",
    "South Africa's energy regulator let Eskom raise its electricity tariffs by 18.65 percent in April 2023.",
])
def test_a_utility_tariff_beside_its_utility_word_is_a_price(text):
    assert _tariff_claims(text) == []


def test_a_tariff_rise_in_a_story_about_a_power_company_is_its_price():
    text = ("South Africa's state power utility Eskom has struggled with rolling blackouts for years. "
            "Its tariff increase of 18.65 percent took effect in April 2023.")
    assert _tariff_claims(text, title="Eskom's costs") == []


@pytest.mark.parametrize("text", [
    "In March 2018 the United States imposed a 25 percent tariff on imported steel.",
    "In 2018 Washington put a 30 percent tariff on imported solar power panels.",
])
def test_a_tariff_with_a_trade_word_stays_a_duty(text):
    claims = _tariff_claims(text)
    assert claims and all(c["metric"] == "tariff_rate" for c in claims)
