"""A level an organisation itself proposes or recommends is the organisation's figure, not that of a member state named
around it: its official proposing a sum for the organisation's plan ("Commission President ... said the plan would set
aside 131 billion euros", "proposed setting aside"), and a level it recommends that a state's figure is compared with ("well above the 3.5 pct
NATO recommends for members"). Own sentences; needs the gazetteer."""
import pytest

pytest.importorskip("pipeline.claims.gazetteer")

from helpers import pipeline_claim, pipeline_roles as roles  # noqa: E402


def test_an_organisations_official_proposes_its_own_figure():
    text = ("The Netherlands and Sweden want a smaller budget. "
            "European Commission President Ursula von der Leyen proposed setting aside 95 billion euros for defence.")
    assert roles(text, "95 billion") == ("EU", "EU")


def test_level_an_organisation_recommends_compared_with_a_states_rise():
    text = ("Norway's defence budget for 1988 represents a five pct annual increase, well above the 3 pct NATO "
            "recommends for its members.")
    c = pipeline_claim(text, "3 pct")
    assert c["target_code"] == "NATO"


def test_a_member_states_own_official_keeps_the_state():
    text = "Sweden's finance minister said the plan would set aside 40 billion crowns for defence."
    assert roles(text, "40 billion") == ("SWE", "SWE")
