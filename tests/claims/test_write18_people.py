"""Office holders of 2023-26 added in session 18 (write18): a finance minister who was also Eurogroup president speaks for
his state in its budget story; ministers of states the table had none for. Own sentences; needs the gazetteer."""
import pytest

pytest.importorskip("pipeline.claims.gazetteer")

from helpers import pipeline_claim  # noqa: E402


def test_donohoe_speaks_for_ireland_in_an_irish_budget_story():
    text = ("DUBLIN - Finance Minister Paschal Donohoe said the budget would include tax cuts worth 1.5 billion euros. "
            "Donohoe said the 15% tariff the United States charges on European Union goods would hurt exports.")
    assert pipeline_claim(text, "1.5 billion")["actor_code"] == "IRL"
    assert pipeline_claim(text, "15%")["actor_code"] in ("USA", "EU")


def test_ministers_named_by_surname_speak_for_their_states():
    text = "Godongwana said the budget deficit would narrow to 4.6% of GDP next year."
    assert pipeline_claim(text, "4.6%")["actor_code"] == "ZAF"
    text = "Marterbauer said the budget deficit would fall to 4.2% of GDP in 2026."
    assert pipeline_claim(text, "4.2%")["actor_code"] == "AUT"
