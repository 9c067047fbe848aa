"""An international organisation's own instrument or act named with its possessive is the organisation's figure
(orgplans.py, org_instruments.csv): actor and target the organisation, whoever speaks of it, joins it or asks to open
it; its own plan or pledge is no standing rule (benchmark), while its target or guideline still is. Our own sentences,
through the whole pipeline (dated 1 June 2025)."""
from helpers import pipeline_claims


def _claim(text, figure):
    return next(c for c in pipeline_claims(text) if c["figure_text"] == figure)


def test_a_third_country_leaving_the_eus_fund_does_not_own_it():
    c = _claim("Norway said on Monday it would not join the European Union's 150 billion euro SAFE loan fund this year.",
               "150 billion euro")
    assert (c["actor_code"], c["target_code"]) == ("EU", "EU")


def test_its_fund_after_the_organisation_is_the_organisations():
    c = _claim("Serbian officials have proposed that the European Union open its 150 billion euro defence loan fund "
               "to Serbian arms makers.", "150 billion euro")
    assert (c["actor_code"], c["target_code"]) == ("EU", "EU")
    assert c["claim_type"] in ("actual", "commitment")  # (the officials' "proposed" is their act, not the fund's size)


def test_an_organisations_own_plan_is_no_benchmark():
    c = _claim("The Commission expects the measures to unlock new investment, the core of its 800 billion euro "
               "defence plan.", "800 billion euro")
    assert (c["actor_code"], c["claim_type"]) == ("EU", "commitment")


def test_an_organisations_target_stays_its_benchmark():
    c = _claim("NATO's 2% target is now a floor, its chief said.", "2%")
    assert (c["claim_type"], c["actor_code"]) == ("benchmark", "NATO")


def test_a_states_own_fund_stays_the_states():
    c = _claim("Poland will spend its 30 billion zloty armed forces fund over five years.", "30 billion zloty")
    assert c["actor_code"] == "POL"
