"""A standing rule that no organisation owns and no one in its sentence states (a national budget law's deficit target, a
constitutional limit, a cap a state sets on its own debt payments) is the state's own benchmark: actor the state whose rule
it is, as for its other unspoken plans (ANNOTATION.md: "Gramm-Rudman target" -> USA, a debtor's own limit -> the debtor's),
not null. An uncoded speaker (a bank, an institute) stating a level it wants keeps no actor. Own sentences; needs the
gazetteer."""
import pytest

pytest.importorskip("pipeline.claims.gazetteer")

from helpers import pipeline_claim  # noqa: E402


def roles(text, figure):
    c = pipeline_claim(text, figure)
    return (c["actor_code"], c["target_code"], c["claim_type"])


def test_limit_of_a_national_rule_is_the_states():
    text = ("BONN, May 4 - West German ministers met on Tuesday. If this two pct limit on spending growth were exceeded "
            "for long, new borrowing would rise.")
    assert roles(text, "two pct") == ("DEU", "DEU", "benchmark")


def test_debtors_own_cap_on_payments():
    text = "LIMA, May 4 - Peru's president took office in July. Payments on the foreign debt are limited to 10 pct of export earnings."
    assert roles(text, "10 pct") == ("PER", "PER", "benchmark")


def test_uncoded_speakers_wanted_ceiling_has_no_actor():
    text = "SYDNEY, May 4 - A maximum budget deficit of 2.5 billion dlrs is needed to impress markets, Westpac Banking Corp said in a report."
    assert pipeline_claim(text, "2.5 billion dlrs")["actor_code"] is None
