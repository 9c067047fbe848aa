"""A demonym modifying a noun ("Swedish inflation", "Danish exports") says whose figure it is, like a possessive: a
forecast in a later sentence of an organisation's report stays the organisation's (own sentences; needs the gazetteer)."""
import pytest

pytest.importorskip("pipeline.claims.gazetteer")

from helpers import pipeline_claim  # noqa: E402


def test_demonym_owner_in_an_organisations_report():
    text = ("Growth in Sweden will slow next year, the Organisation for Economic Cooperation and Development said in "
            "its annual survey. Swedish inflation could ease to 2.0 pct, while the current account surplus will "
            "probably stay at about four pct of GDP.")
    c = pipeline_claim(text, "four pct")
    assert (c["actor_code"], c["target_code"]) == ("OECD", "SWE")


def test_state_subject_still_speaks_for_itself():
    text = ("Growth in Sweden will slow next year, the OECD said in its annual survey. "
            "Sweden expects its budget surplus to reach 1.5 pct of GDP next year.")
    c = pipeline_claim(text, "1.5 pct")
    assert c["actor_code"] == "SWE"
