"""A report noun as the subject of a reporting verb ("the report said") speaks for the body whose report the article
relays (own sentences; needs the gazetteer)."""
import pytest

pytest.importorskip("pipeline.claims.gazetteer")

from helpers import pipeline_claim  # noqa: E402


def test_the_report_said_is_the_organisations():
    # the donors' average the review states is the organisation's figure, not the state named before
    text = ("The OECD published its annual review of development aid on Tuesday. "
            "Norway gave aid worth 1.0 pct of its gross national income last year. "
            "That is well above the donors' average of 0.3 pct of national income, the report said.")
    c = pipeline_claim(text, "0.3 pct")
    assert (c["actor_code"], c["target_code"]) == ("OECD", "OECD")
