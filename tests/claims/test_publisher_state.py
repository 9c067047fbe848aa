"""A national publisher's "the government" is its home state's when the story names none (publisher_states.csv; own
sentences; needs the gazetteer)."""
import pytest

pytest.importorskip("pipeline.claims.gazetteer")

from helpers import pipeline_claim  # noqa: E402
from pipeline.claims.entities import publisher_state  # noqa: E402


def claim(text, figure, source):
    return pipeline_claim(text, figure, source=source)


TEXT = "The government wants to cut spending on health care. The government plans savings of 300 million euros next year."


def test_national_broadcasters_government_is_its_home_state():
    c = claim(TEXT, "300 million", "Yle News")
    assert (c["actor_code"], c["target_code"]) == ("FIN", "FIN")


def test_other_publishers_name_no_state():
    c = claim(TEXT, "300 million", "Some Wire Service")
    assert c["actor_code"] is None


def test_publisher_lookup():
    assert publisher_state("Yle Selkouutiset (English machine translation)") == "FIN"
    assert publisher_state("Reuters") is None
    assert publisher_state("") is None
