"""A speaker named in a later clause with its own subject (", and Latvia's government said ...") does not report a figure
of the clause before; the owner of the noun "which" stands for ("the Commission's SAFE plan, which aims to") is the
subject of the relative clause. Own sentences; needs the gazetteer."""
import pytest

pytest.importorskip("pipeline.claims.gazetteer")

from helpers import pipeline_claim  # noqa: E402


def test_a_later_clauses_speaker_does_not_report_the_first_clauses_figure():
    text = ("Poland's parliament approved defence spending of 4.7% of GDP for 2026, and Latvia's government said its "
            "spending would reach 4.9% of GDP next year.")
    c = pipeline_claim(text, "4.7%")
    assert c["actor_code"] == "POL"
    c = pipeline_claim(text, "4.9%")
    assert c["actor_code"] == "LVA"


def test_which_after_an_owned_plan_is_the_owner():
    text = ("Romania wants cheap loans for its army. The loans come under the Commission's new space plan, "
            "which aims to invest 10 billion euros in satellites for defence.")
    c = pipeline_claim(text, "10 billion")
    assert c["actor_code"] == "EU"
