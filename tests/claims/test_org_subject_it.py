""""It" in a sentence that opens with an organisation as its subject and names no state ("The Commission proposed a budget
of 1.2 trillion euros, the largest it has ever put forward") is the organisation, not the state named in an earlier
sentence; "NATO estimated that it spent 1.37%" stays the state spoken of. A state named as a summit's venue ("the 2014
Wales summit") owns no standing rule: the guideline is the organisation's. Own sentences; needs the gazetteer."""
import pytest

pytest.importorskip("pipeline.claims.gazetteer")

from helpers import pipeline_claim  # noqa: E402


def test_it_in_an_organisations_sentence_is_the_organisation():
    text = ("Sweden and Austria want a smaller budget. "
            "The European Commission on Tuesday proposed a long-term EU budget of 1.2 trillion euros, the largest it has "
            "ever put forward.")
    c = pipeline_claim(text, "1.2 trillion")
    assert c["actor_code"] == "EU"


def test_it_after_an_organisations_estimate_is_the_state():
    text = ("Canada's new government pledged to raise defence spending. "
            "NATO estimated that it spent only 1.33% of GDP on defence in 2023.")
    c = pipeline_claim(text, "1.33%")
    assert c["target_code"] == "CAN"


def test_a_summit_venue_owns_no_guideline():
    text = ("NATO allies agreed in The Hague to spend 5% of GDP by 2035. "
            "The 2% guideline, set at the 2014 Wales summit, is now treated as a floor.")
    c = pipeline_claim(text, "2%")
    assert c["target_code"] == "NATO"
