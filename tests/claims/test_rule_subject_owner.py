"""A standing rule is the organisation named as the subject of the limiting word ("The current EU rules limit the size of
a eurozone country's deficit to 3% of GDP": EU), not another organisation named in what it limits (whose figure it
is). Own sentences; needs the gazetteer."""
import pytest

pytest.importorskip("pipeline.claims.gazetteer")

from helpers import pipeline_claim  # noqa: E402


@pytest.mark.rules_layer  # (session 24's retrained type model reads the EU rules' 60% limit as an actual level)
def test_rule_of_the_organisation_named_as_subject():
    text = "Leaders met in Brussels on Friday. The current EU rules limit the size of a eurozone country's debt to 60% of GDP."
    c = pipeline_claim(text, "60%")
    assert (c["claim_type"], c["actor_code"], c["target_code"]) == ("benchmark", "EU", "EUROZONE")
