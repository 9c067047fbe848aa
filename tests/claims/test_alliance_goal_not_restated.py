"""A share whose own noun phrase names the alliance's goal ("NATO's new goal of 5% of GDP", "the alliance's 5% goal") stays
defence even when the story has already claimed a deficit of the same size: the restatement step (story.story_restatements)
does not give it the earlier claim's metric (figures.py marks it alliance_target). Own sentences."""
import pytest

LEAD = ("Slovakia's government raised its deficit target for next year to 5% of GDP from 4.1%, the finance minister said"
        " on Tuesday. Defence spending will stay at about 2% of GDP in 2026.")


@pytest.mark.parametrize("sentence, figure", [
    (" Fico signed up to NATO's new goal of 5% of GDP by 2035.", "5% of GDP"),
    (" Fico, who signed up to NATO's new goal of 5% of GDP by 2035 at the summit in June, has said Slovakia will set its"
     " own pace.", "5% of GDP"),
    (" Slovakia will meet the alliance's 5% goal by 2035.", "5%"),
])
def test_the_alliance_goal_keeps_defence_after_a_deficit_of_the_same_size(sentence, figure):
    pytest.importorskip("pipeline.claims.gazetteer")
    from helpers import pipeline_claims
    claims = pipeline_claims(LEAD + sentence)
    assert claims[0]["metric"] == "fiscal_deficit" and claims[0]["figure_text"] == "5% of GDP"  # the deficit stays
    last = [c for c in claims if c["char_start"] > len(LEAD)]
    assert [(c["figure_text"], c["metric"]) for c in last] == [(figure, "defense_spending")]


def test_a_bare_restated_share_still_takes_the_deficit():
    pytest.importorskip("pipeline.claims.gazetteer")
    from helpers import pipeline_claims
    claims = pipeline_claims(LEAD + " The minister said the 5% target would be hard to meet.")
    assert [(c["figure_text"], c["metric"]) for c in claims if c["char_start"] > len(LEAD)] == [("5%", "fiscal_deficit")]
