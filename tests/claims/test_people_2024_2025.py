"""Ministers of 2024-25 added to people.csv name their state, also in a story datelined elsewhere, and "Luis
Montenegro" is Portugal's prime minister, not the country Montenegro. Own sentences; needs the gazetteer."""
import pytest

pytest.importorskip("pipeline.claims.gazetteer")

from helpers import pipeline_claim  # noqa: E402


def test_dutch_finance_minister_in_a_brussels_story():
    c = pipeline_claim("BRUSSELS - Belgium's deficit is the talk of the week. Finance Minister Eelco Heinen said the "
                       "government expects a budget deficit of 2.5% of GDP in 2026.", "2.5% of GDP")
    assert (c["actor_code"], c["target_code"]) == ("NLD", "NLD")


def test_portuguese_finance_minister_in_an_athens_story():
    c = pipeline_claim("ATHENS - Greece will buy new frigates. Finance Minister Joaquim Miranda Sarmento expects a "
                       "budget surplus of 0.2% of GDP this year.", "0.2% of GDP")
    assert (c["actor_code"], c["target_code"]) == ("PRT", "PRT")


def test_montenegro_the_prime_minister_is_portugal():
    c = pipeline_claim("LISBON - Prime Minister Luis Montenegro said defence spending would rise to 2.1% of GDP next "
                       "year.", "2.1% of GDP")
    assert c["actor_code"] == "PRT" and c["target_code"] == "PRT"


def test_romanian_finance_minister():
    c = pipeline_claim("Finance Minister Alexandru Nazare said the deficit would narrow to 6% of GDP next year.",
                       "6% of GDP")
    assert (c["actor_code"], c["target_code"]) == ("ROU", "ROU")
