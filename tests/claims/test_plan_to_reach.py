"""A member's plan or pledge to reach an organisation's target ("the government approved a plan worth EUR4bn to reach
NATO's 2% target this year") is the member's commitment (ANNOTATION.md: target the member, the organisation accepted);
a level merely reached is measured against the organisation's standing rule. Own sentences; needs the gazetteer."""
import pytest

pytest.importorskip("pipeline.claims.gazetteer")

from helpers import pipeline_claim  # noqa: E402


def test_plan_to_reach_an_organisations_target_is_the_members_commitment():
    text = ("Portugal spent 1.5% of its GDP on defence last year. In May the government approved a plan worth "
            "EUR4bn to reach NATO's 2% target this year.")
    c = pipeline_claim(text, "2%")
    assert (c["claim_type"], c["actor_code"]) == ("commitment", "PRT")


@pytest.mark.rules_layer
def test_a_level_reached_keeps_the_organisations_rule():
    text = "Germany only reached NATO's old 2% target last year, the alliance said."
    c = pipeline_claim(text, "2%")
    assert c["claim_type"] == "benchmark"
