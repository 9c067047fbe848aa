"""A figure placed in a draft right after it is the draft's content, a proposal (draftfig.draft_content, and against the
learned type draftfig.rules_stand), not the level a change starts from. Our own sentences, through the whole pipeline
(dated 1 June 2025)."""
import pytest
from helpers import pipeline_claims

from pipeline.claims import draftfig


def _types(text):
    return {c["figure_text"]: c["claim_type"] for c in pipeline_claims(text)}


@pytest.mark.rules_layer  # (session 21's retrained type model overrides this construction's type)
def test_the_outgoing_cabinets_draft_figure_is_a_proposal():
    text = ("The new Slovak government approved a revised 2026 state budget with a deficit of 6.1 billion euros, up from "
            "the 5.4 billion euros in the draft left by the outgoing cabinet.")
    assert _types(text)["5.4 billion euros"] == "proposal"


def test_only_a_draft_right_after_the_figure_counts():
    assert draftfig.draft_content(" in the government's draft budget", 0, 40, "actual")
    assert not draftfig.draft_content(" in the draft budget", 0, 40, "commitment")  # (only a level or forecast turns)
    assert not draftfig.draft_content(" in 2024, before the draft", 0, 40, "actual")
    assert not draftfig.draft_content(" in the draft law on taxes", 0, 40, "actual")
