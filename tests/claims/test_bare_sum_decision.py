"""A bare sum after a claim (no metric word of its own) goes on with the story when a decision is taken on it, or when
it only "will" or "would" happen and a state, government or international body is named in its sentence by name
(story._bare_share). Sentences written for these tests."""
from helpers import pipeline_claims


def _found(text: str) -> list[tuple]:
    return [(c["figure_text"], c["metric"]) for c in pipeline_claims(text)]


LEAD = "Ruritania's budget deficit will narrow to 40 billion crowns next year, the finance ministry said. "


def test_a_bare_sum_that_only_will_happen_needs_a_public_body_by_name():
    # money-market plumbing, a firm's project: no state or government named, no claim
    assert _found(LEAD + "Partly offsetting these outflows, bank transactions will add some 140 mln crowns to the system "
                  "today.")[1:] == []
    assert _found(LEAD + "Nordvik estimates that the project, which is expected to cost 1.5 billion crowns, will "
                  "start next year.")[1:] == []


def test_a_decision_on_a_bare_sum_or_a_named_states_future_sum_still_goes_on():
    # a decision, whoever is named
    assert _found(LEAD + "Finance Minister Anna Berg pledged 2 billion crowns for the regions.")[1:] \
        == [("2 billion crowns", "fiscal_deficit")]
    # "will", with a state named by name
    assert _found(LEAD + "Sweden will give 2 billion crowns to the fund next year.")[1:] \
        == [("2 billion crowns", "fiscal_deficit")]
