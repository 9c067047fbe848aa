"""Names that hold a state's or capital's name but are no actor (sentences written for these tests): an interest rate
("London Interbank Offered Rate"), Reuters' "U.S. Dollar", an accord named after its venue, banks and companies."""
from pipeline.claims.gazetteer import load_gazetteer
from tests.claims.helpers import pipeline_claims


def test_these_names_code_no_state():
    gaz = load_gazetteer()
    for text in ("a margin of 7/8 point over the London Interbank Offered Rate", "at 13/16 over London Interbank Offered Rates",
                 "debt in U.S. Dollar terms", "since the Paris accord of February", "loans from Canadian Imperial Bank of Commerce",
                 "France Telecom's bonds", "National Westminster Bank economists"):
        assert not [m for m in gaz.find(text) if m.code], text


def test_a_rescheduling_margin_over_libor_stays_the_debtors():
    text = ("Peru agreed with its creditor banks to reschedule 2.1 billion dlrs of foreign debt at a margin of one "
            "percentage point over the London Interbank Offered Rate, the finance ministry said.")
    c = next(c for c in pipeline_claims(text) if c["figure_text"].startswith("2.1 billion"))
    assert c["target_code"] == "PER"
    assert c["actor_code"] in ("PER", None)
