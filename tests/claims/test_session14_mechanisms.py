"""Mechanisms found on the blind sets' errors in session 14, each on sentences written for the test."""
from __future__ import annotations

import pytest

from helpers import pipeline_claim, rules_claims


def rules_claim(text: str, figure: str, title: str | None = None) -> dict:
    """The rules' claim (before the learned claim_type) whose figure text holds `figure`."""
    found = [c for c in rules_claims(text, title) if figure in c["figure_text"]]
    assert found, f"no claim for {figure!r}"
    return found[0]


@pytest.mark.parametrize("text, actor", [
    ("Portugal will not raise its military budget to the 3.5% of output that NATO members signed up to in June, "
     "Finance Minister Joaquim Miranda Sarmento said.", "PRT"),
    ("Prime Minister Robert Fico said Slovakia would not lift defence spending to the 5% that the alliance agreed.", "SVK"),
])
def test_rejecter_is_actor_not_the_relative_clause_agent(text, actor):
    c = rules_claim(text, "%")
    assert c["claim_type"] == "rejection"
    assert c["actor_code"] == actor


def test_relative_clause_agent_still_proposes():
    # no refusal: the relative clause's agent is whose proposal the figure is
    c = rules_claim("Tokyo is weighing defence spending of 2.5% of GDP, above the 2% that Japanese officials had floated.", "2%")
    assert c["actor_code"] == "JPN"


@pytest.mark.parametrize("text", [
    "A Pentagon official told senators that Seoul ought to be spending 5% of GDP on its armed forces.",
    "Washington said Seoul ought to spend 5% of GDP on defence.",
])
def test_ought_to_is_a_demand_of_the_subject(text):
    c = pipeline_claim(text, "5%")
    assert c["claim_type"] == "demand"
    assert (c["actor_code"], c["target_code"]) == ("USA", "KOR")


@pytest.mark.parametrize("phrase", ["special arms budget", "arms bill", "weapons budget"])
def test_arms_budget_words_are_defence(phrase):
    c = rules_claim(f"Manila's parliament passed a {phrase} of 40 billion pesos on Tuesday.", "40 billion")
    assert c["metric"] == "defense_spending"


@pytest.mark.parametrize("text", [
    "Ankara has balked at the 5% defence spending goal, President Recep Tayyip Erdogan said.",
    "Lisbon said no to the proposed 3.5% defence spending goal.",
    "Rome rebuffed calls for a 5% defence spending target.",
])
def test_refusal_words_and_refused_proposals(text):
    assert rules_claim(text, "%")["claim_type"] == "rejection"


def test_refused_participle_proposal():
    # a refusal verb governs the noun phrase its proposal participle qualifies: the refusal is the stance
    c = rules_claim("Madrid refused the alliance's proposed 5% defence spending target.", "5%")
    assert c["claim_type"] == "rejection"
    assert c["actor_code"] == "ESP"


STORY = ["Oslo's cabinet approved a record 2026 budget, with defence outlays rising to 110 billion crowns.",
         "Income tax revenue is projected at 650 billion crowns.",
         "Washington wants Norway to consider spending 3.5% of GDP, the level other allies accepted."]


def test_share_takes_a_metric_the_story_claimed_before():
    # the share of GDP a weak "spending" names takes the defence the story claimed before its latest (tax) claim
    text = " ".join(STORY)
    c = rules_claim(text, "3.5%", title="Norway adopts record budget")
    assert c["metric"] == "defense_spending"


def test_sum_keeps_the_budget_topic():
    # a sum named only "spending" in the same story stays the budget's (only shares reach back to earlier claims)
    text = " ".join(STORY[:2] + ["Spending is forecast to rise by 40 billion crowns next year."])
    c = rules_claim(text, "40 billion crowns", title="Norway adopts record budget")
    assert c["metric"] == "public_spending"


@pytest.mark.parametrize("text, figure", [
    ("Donor nations have promised to give $300m in humanitarian aid to Sudan over the next six months.", "$300m"),
    ("Donor governments promised 80 mln dlrs of food aid for Ethiopia.", "80 mln dlrs"),
])
def test_donor_groups_and_humanitarian_aid(text, figure):
    c = rules_claim(text, figure)
    assert c["metric"] == "development_aid"
    assert c["actor_code"] is None  # unnamed donors: actor null (ANNOTATION)


def test_domestic_disaster_relief_is_not_aid():
    # a state's relief for its own farmers is no aid given abroad
    text = "Congress voted 400 mln dlrs in drought relief for American farmers."
    assert all(c["metric"] != "development_aid" for c in rules_claims(text))


@pytest.mark.parametrize("text, figure", [
    ("Defence officials in Washington have pressed Canberra for 3.5% of GDP, while some Republican senators have "
     "floated 4%.", "4%"),
    ("GOP lawmakers proposed a defence budget of 900 billion dollars.", "900 billion"),
])
def test_us_party_legislators_are_the_united_states(text, figure):
    assert rules_claim(text, figure)["actor_code"] == "USA"


def test_it_alone_does_not_make_a_weak_word_public():
    # "it" read as the story's state lets no weak word through: the sum is the firm's (BBC tech/business: Delta's pilots
    # deal, Novartis's savings, a spammer's Chapter 11 debts)
    text = ("Nordwind Airlines said on Monday it would cut 900 jobs. "
            "Last week, it struck a $400m cost-cutting deal with its pilots that could keep it out of bankruptcy.")
    assert [c for c in rules_claims(text) if c["metric"] in ("public_spending", "fiscal_deficit")] == []


@pytest.mark.parametrize("subject", ["the country", "the government"])
def test_the_country_still_names_the_state(subject):
    text = ("Sri Lanka's finance minister said fighting had hurt growth. "
            f"Because of the war, {subject} will spend 40 billion rupees on roads this year, he said.")
    # (a sum spent on one item is a budget line, read "other" since session 17: budgetlines.py; the claim is still the state's)
    assert any(c["metric"] in ("public_spending", "other") and c["target_code"] == "LKA" for c in rules_claims(text))


@pytest.mark.parametrize("text", [
    "Forecasts show Canadian consumers will spend C$9bn buying gifts online this winter.",
    "The carmaker negotiated 400m euros in annual savings with German workers last year.",
])
def test_a_demonym_of_people_names_no_public_body(text):
    assert [c for c in rules_claims(text) if c["metric"] == "public_spending"] == []


def test_a_demonym_of_the_state_still_does():
    text = "Canadian officials will spend C$9bn on new roads this winter."
    # (a sum spent on one item is a budget line, read "other" since session 17: budgetlines.py; the claim is still the state's)
    assert any(c["metric"] in ("public_spending", "other") and c["target_code"] == "CAN" for c in rules_claims(text))


@pytest.mark.parametrize("text, figure, state", [
    ("The government will spend six mln H.K. Dlrs on the new harbour study.", "six mln", "HKG"),
    ("The government will spend 1.2 billion leva on new roads next year.", "1.2 billion", "BGR"),
])
def test_a_national_currency_names_its_state(text, figure, state):
    assert rules_claim(text, figure)["target_code"] == state


def test_a_fair_share_is_no_market_share():
    # "share" alone is a market word (no claim); a state's fair share of an alliance's burden is not
    text = "NATO Secretary General Mark Rutte has insisted that Spain will need about 3.5% of GDP to deliver its fair share."
    c = rules_claim(text, "3.5%", title="Spain defence spending")
    assert c["metric"] == "defense_spending"


@pytest.mark.parametrize("text, figure", [
    ("Romania will receive 16.6 billion euros of SAFE loans for air defence.", "16.6 billion"),
    ("The Commission's ReArm Europe plan could mobilise up to 800 billion euros.", "800 billion"),
    ("Berlin's Sondervermögen of 100 billion euros will be spent by 2027.", "100 billion"),
])
def test_named_defence_instruments_are_defence(text, figure):
    assert rules_claim(text, figure)["metric"] == "defense_spending"


def test_safe_the_word_is_no_instrument():
    assert all(c["metric"] != "defense_spending" for c in rules_claims(
        "It is safe to say the deficit will reach 3% of GDP, the finance ministry said."))


@pytest.mark.parametrize("text, roles", [
    ("NATO's European members must spend 3.5% of GDP on defence, U.S. Defense Secretary Pete Hegseth said.", ("USA", "NATO")),
    ("Japan should spend 3.5% of GDP on defence, Pentagon official Elbridge Colby told senators.", ("USA", "JPN")),
])
def test_an_obligation_stated_before_its_speaker_is_the_speakers_demand(text, roles):
    c = rules_claim(text, "3.5%", title="Defence spending")
    assert c["claim_type"] == "demand"
    assert (c["actor_code"], c["target_code"]) == roles


@pytest.mark.parametrize("text, figure, metric", [
    ("The NDAA authorises 895 billion dollars for the fiscal year, the House said.", "895 billion", "defense_spending"),
    ("The Armed Forces Support Fund will borrow 40 billion zlotys next year, the finance ministry said.",
     "40 billion", "defense_spending"),
    ("France's military programming law foresees 413 billion euros for 2024-2030, the armed forces minister said.",
     "413 billion", "defense_spending"),
    ("The EU's Ukraine Facility will provide 50 billion euros to Kyiv until 2027, the Commission said.",
     "50 billion", "development_aid"),
    ("Congress voted to raise the debt ceiling by 2.5 trillion dollars, the Treasury said.", "2.5 trillion", "public_debt"),
    ("Paris will keep its digital services tax at 3%, the finance minister said.", "3%", "tax_revenue"),
    # a name holding another metric's word is its own instrument's, not that word's
    ("The Inflation Reduction Act set aside 369 billion dollars for clean energy.", "369 billion", "public_spending"),
    ("Allies have put 4 billion dollars into PURL so far, NATO said.", "4 billion", "defense_spending"),
])
def test_named_instruments_give_their_metric(text, figure, metric):
    assert rules_claim(text, figure)["metric"] == metric


def test_purl_the_knitting_word_is_no_aid_list():
    assert all(c["metric"] != "defense_spending" for c in rules_claims(
        "She learned to purl in one evening, and the scarf cost her 30 dollars in wool; the budget deficit is 3% of GDP."))
