"""\"it\" right after an organisation's reporting verb is that organisation when it lends, grants or approves
(giver_acts.csv): "The World Bank said it approved a loan" is the bank's, not the state it lends to; a state spoken of
by an organisation, or a state speaking of itself, stays the state. Own sentences; needs the gazetteer."""
import pytest

pytest.importorskip("pipeline.claims.gazetteer")

from helpers import pipeline_claim, pipeline_roles as roles  # noqa: E402


def test_lender_said_it_would_lend():
    text = ("NAIROBI, May 4 - The World Bank approved new lending to Kenya on Tuesday. The bank said it would lend 300 mln "
            "dlrs to support the balance of payments.")
    assert roles(text, "300 mln dlrs")[0] == "WORLD_BANK"


def test_it_said_it_would_lend():
    text = ("NAIROBI, May 4 - The World Bank said Kenya's reforms were on track. It said it would lend Kenya 300 mln dlrs in "
            "balance of payments support next year.")
    assert roles(text, "300 mln dlrs")[0] == "WORLD_BANK"


def test_organisation_said_it_approved_loans():
    text = ("KATHMANDU, May 4 - Nepal's economy grew last year. The World Bank said it approved three loans to Nepal "
            "totalling 85 mln dlrs to assist a structural adjustment programme.")
    assert roles(text, "85 mln dlrs")[0] == "WORLD_BANK"


def test_state_spoken_of_by_an_organisation_stays_the_state():
    # "it" that spends is the member spoken of, not the alliance that estimates
    text = "BRUSSELS, May 4 - NATO estimated that it spent 1.3 pct of GDP on defence in 2024, Spain's ministry said."
    assert roles(text, "1.3 pct") == ("NATO", "ESP")


def test_state_said_it_would_give_stays_the_state():
    text = "Norway said on Friday it would give Sudan 40 mln crowns in food aid this year."
    assert roles(text, "40 mln crowns")[0] == "NOR"


def test_organisations_grant_is_its_commitment_not_a_benchmark():
    text = ("PORT LOUIS, May 4 - Mauritius expects faster growth. The World Bank said it approved a 25 mln dlr structural "
            "adjustment loan for Mauritius to aid its textile industry.")
    c = pipeline_claim(text, "25 mln dlr")
    assert (c["actor_code"], c["claim_type"]) == ("WORLD_BANK", "commitment")


def test_organisation_said_it_will_deliver_aid():
    # after a plain verb of saying, "it" is the organisation that speaks, whatever act follows (report_verbs.csv `says`)
    text = ("GENEVA, May 4 - Floods hit northern Bolivia last week. The European Union has said it will deliver 4m "
            "euros of humanitarian aid to the victims.")
    assert roles(text, "4m euros")[0] == "EU"
