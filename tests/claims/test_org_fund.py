"""A sum an organisation's possessive names as its fund is the organisation's, whoever the sentence's subject is; "its" is
not read (as often the state's). Own sentences; needs the gazetteer."""
import pytest

pytest.importorskip("pipeline.claims.gazetteer")

from helpers import pipeline_claim  # noqa: E402


def test_an_organisations_fund_named_with_its_possessive_is_its_own():
    text = ("OSLO - Norway will not join the European Union's 150 billion euro SAFE loan fund for defence, Prime Minister "
            "Jonas Gahr Store said on Monday.")
    c = pipeline_claim(text, "150 billion")
    assert (c["actor_code"], c["target_code"]) == ("EU", "EU")


def test_its_before_a_sum_is_not_read_as_the_organisation():
    text = ("BRASILIA - The government rejected suggestions that it let the IMF help reschedule its 120 billion dollar "
            "foreign debt.")
    assert pipeline_claim(text, "120 billion")["target_code"] == "BRA"
