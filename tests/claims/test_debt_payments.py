"""A debt story's "payments" as a sentence's subject, in a sentence with no metric word: what the state pays on its debt, the
debt service (story.debt_payments). Sentences written for these tests."""
from helpers import pipeline_claims


def _found(text: str, title: str | None = None) -> list[tuple]:
    return [(c["figure_text"], c["metric"]) for c in pipeline_claims(text, title=title)]


DEBT = "Ruritania agreed with its creditor banks on the rescheduling of its 18 billion dlr public sector foreign debt. "


def test_payments_as_subject_in_a_debt_story_are_its_service():
    assert _found(DEBT + "In addition, payments for the 2026-2028 period were lowered from 4 billion dlrs to 1.5 billion "
                  "dlrs.")[1:] == [("4 billion dlrs", "debt_service"), ("1.5 billion dlrs", "debt_service")]
    assert _found(DEBT + "Payments in 2027 were cut to 400 mln dlrs.")[1:] == [("400 mln dlrs", "debt_service")]


def test_payments_outside_a_debt_story_or_naming_their_own_object_are_not():
    # a deficit story: payments are not its metric
    deficit = "Ruritania's budget deficit widened to 40 billion crowns last year, the finance ministry said. "
    assert _found(deficit + "Payments in 2027 were cut to 400 mln crowns.")[1:] == []
    # payments "to" farmers name their own object, not the debt's service
    assert _found(DEBT + "Payments to farmers in 2027 were cut to 400 mln dlrs.")[1:] == []
    # payments are not the sentence's subject
    assert _found(DEBT + "The ministry said it would review payments when the port opens next year at a cost of 400 mln "
                  "dlrs.")[1:] == []
