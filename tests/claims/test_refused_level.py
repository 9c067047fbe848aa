"""A level a state or its leader says it cannot reach, afford or go to is a refusal (refusals.refused_level, applied at the
end of ruletype.refusal_type); an outcome that will not reach a level, or someone else's estimate, is
not. Our own sentences, through the whole pipeline (dated 1 June 2025)."""
from helpers import pipeline_claims


def _types(text):
    return {c["figure_text"]: c["claim_type"] for c in pipeline_claims(text)}


def test_a_leader_saying_his_state_cannot_go_to_a_level_rejects_it():
    assert _types("Prime Minister Frederiksen has said Denmark cannot go to 4% of GDP without new taxes.")["4% of GDP"] \
        == "rejection"


def test_an_opposition_leader_saying_the_country_could_not_afford_a_level_rejects_it():
    text = "Lithuania plans to spend 6% on defence, but the opposition leader said the country could not afford 5%."
    types = _types(text)
    assert types["5%"] == "rejection" and types["6%"] == "commitment"


def test_an_outcome_that_will_not_reach_a_level_is_no_refusal():
    types = _types("Ireland's budget deficit will not reach 3% of GDP this year, the finance ministry said.")
    assert types["3% of GDP"] != "rejection"


def test_someone_elses_estimate_is_no_refusal():
    types = _types("Italy will not reach 2% of GDP in defence spending this year, NATO estimates.")
    assert types["2% of GDP"] != "rejection"
