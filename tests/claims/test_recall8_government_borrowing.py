"""Recall round 8: a government's own borrowing is its deficit even in a story not yet on its finances (own sentences)."""
from helpers import pipeline_claims


def _found(text: str) -> list[tuple]:
    return [(c["figure_text"], c["metric"]) for c in pipeline_claims(text)]


def test_a_government_borrowing_by_name_or_pronoun_is_its_deficit():
    assert _found("Bond dealers said the Swedish government has already stepped up its borrowing, raising 40 billion "
                  "crowns so far this year.") == [("40 billion crowns", "fiscal_deficit")]
    assert _found("The central bank said Austrian public authorities borrowed 9.5 billion schillings in credit markets "
                  "in the third quarter.") == [("9.5 billion schillings", "fiscal_deficit")]
    assert _found("The Netherlands faces a heavy bond calendar. Traders said the state's practice of weighting its capital market borrowing in the spring means it "
                  "would raise at least five billion guilders by June.") == [("five billion guilders", "fiscal_deficit")]


def test_a_firms_or_banks_borrowing_stays_no_claim():
    assert _found("The Export Bank of Ruritania is launching its first international borrowing, a 150 mln dlr loan "
                  "from four foreign banks.") == []
    assert _found("The company borrowed 200 mln dlrs from banks to pay for the takeover.") == []
    assert _found("Money center banks accounted for 90 pct of the borrowing at the discount window, the Fed said.") == []


def test_a_ministrys_economist_speaks_for_the_ministry():
    claims = pipeline_claims("A Dutch finance ministry economist said the government would keep to its plan to borrow "
                             "20 billion guilders this year.")
    assert [(c["metric"], c["claim_type"], c["actor_code"]) for c in claims] == [("fiscal_deficit", "commitment", "NLD")]
    # economists of a bank or an institute stay uncoded speakers
    claims = pipeline_claims("Bank economists said the Dutch government would keep to its plan to borrow 20 billion "
                             "guilders this year.")
    assert [c["actor_code"] for c in claims] == [None]
