"""Actor and target constructions of session 24 (issue 3), each a mechanism for any article. Own sentences (real facts,
own words).

- a state singled out of a noun phrase ("competitive with other countries, particularly the United States", "donors,
  especially Japan") is an example of that phrase, no subject a later sentence goes on about (entities.PREP_BEFORE);
- a state inside a comparison aside (", earlier than Argentina,") is set against a state before it: "its" after the aside
  is that state's, not an organisation's named on the way ("has taken the IMF path and, earlier than Argentina, ...")
  (anaphora.past_aside, roles.outside_aside);
- a passive forecast ("is expected to remain above 40 billion dlrs") whose sentence's only speaker is "he" standing for an
  official of the state whose figure it is ("..., an aide to Kim, said ... '...,' he said") is that state's forecast
  (actors.passive_forecast_reporter: the speaker "he" goes on from is named and coded as that state); "he" going on from
  an economist stays no one;
- ", and there was ..." opens a clause of its own (stance.CLAUSE_BREAK): the stance noun of the clause before ("its
  semiconductor agreement", "its deficit target") does not govern a figure of the existential clause, whose speaker is
  the sentence's reporter ("U.S. officials said ... and there was little that could be done to avert the 300 mln dlrs in
  tariffs": the U.S.'s tariffs, not Japan's commitment);
- a name right after "said that" is the reported clause's subject, never the speaker of the inverted verb
  (roles.named_right_after): "Diplomatic sources said that West Germany would ..." has no coded speaker, so a later
  "is expected to" forecast of West Germany's surplus does not go on from West Germany;
- an unnamed group of states named as the owner after the debt noun, by region or plight ("Debts of sub-Saharan African
  countries", "debt owed by the poorest sub-Saharan African nations", "owed ... by nations hit by the tsunami"), is no one
  state's: target null, like a region named as the possessor before it (claim.REGION_GROUP_AFTER, OWED_BY_GROUP);
- a tariff rate whose clause names neither its setter nor a speaker takes the subject of a setting act elsewhere in its
  sentence ("a 10% baseline duty with an extra 40% that President Donald Trump imposed") or of a setting act on tariffs in
  one of the two sentences before ("The United States raised tariffs on Indian goods to 50%. The rate combines a 25%
  reciprocal duty ..."), not the payer the story is about (tariffacts._act_nearby);
- a group word's own organisation ("allies": NATO) is in context when the headline names it, even if the text names only
  the EU (roles.ArticleContext.title_orgs, anaphora.group_code).
"""
import pytest

pytest.importorskip("pipeline.claims.gazetteer")

from helpers import rules_claims, claim_with as _claim  # noqa: E402


# -- a state singled out of a noun phrase is no subject -----------------------------------------------------------------
def test_federal_rate_after_a_sentence_singling_out_the_united_states_is_canadas():
    text = ("Canada's finance minister said the tax reform would lower business tax rates. The reform aims to keep "
            "business investment from moving to other countries, especially the United States. The federal corporate "
            "income tax rate will be 15 pct from 2012.")
    c = _claim(rules_claims(text, "CANADA CUTS BUSINESS TAXES"), "15 pct")
    assert c["target_code"] == "CAN"


def test_corporation_tax_after_investment_from_economies_particularly_the_united_states_is_irelands():
    text = ("Ireland's government presented its budget for 2015 on Tuesday. Ministers want to keep drawing investment "
            "from other economies, particularly the United States. The corporation tax rate will stay at 12.5 pct.")
    c = _claim(rules_claims(text), "12.5 pct")
    assert c["target_code"] == "IRL"


def test_corporation_tax_after_economies_especially_the_united_states_is_britains():
    text = ("Britain's chancellor presented his budget in March 2021. Britain competes for investment with other large "
            "economies, especially the United States. The main rate of corporation tax will rise to 25 pct in 2023.")
    c = _claim(rules_claims(text), "25 pct")
    assert c["target_code"] == "GBR"


# -- a comparison aside sets a state against a state --------------------------------------------------------------------
def test_its_after_a_comparison_aside_skips_an_organisation_named_before_it():
    text = ("Mexico took the IMF route and, earlier than Brazil, reached an agreement with creditor banks on its 100 "
            "billion dlr foreign debt.")
    c = _claim(rules_claims(text), "100 billion dlr")
    assert c["target_code"] == "MEX"


def test_its_defence_share_after_a_comparison_aside_past_nato_is_polands():
    text = "Poland joined the NATO mission and, earlier than Germany, raised its defence spending above 2% of GDP."
    c = _claim(rules_claims(text), "2% of GDP")
    assert c["target_code"] == "POL"


def test_its_public_debt_after_a_comparison_aside_past_the_ecb_is_irelands():
    text = ("Ireland had the ECB's backing and, earlier than Greece, exited its bailout in 2013, when its public debt "
            "stood at about 120% of GDP, the finance ministry said.")
    c = _claim(rules_claims(text), "120% of GDP")
    assert c["target_code"] == "IRL"


# -- "he said" of a state's official speaks for the state ---------------------------------------------------------------
def test_he_said_of_an_aide_to_a_minister_forecasts_for_the_state():
    text = ("South Korea will change its trade policies, Deputy Prime Minister Kim Mahn-je said in 1987. Koo Bon-yong, an "
            "aide to Kim, spoke to reporters after him. \"The foreign debt is expected to stay above 40 billion dlrs this "
            "year,\" he said.")
    c = _claim(rules_claims(text, "SOUTH KOREA TO CHANGE POLICIES"), "40 billion dlrs")
    assert c["actor_code"] == "KOR"
    assert c["target_code"] == "KOR"


def test_he_said_of_an_unnamed_aide_forecasts_the_states_foreign_debt():
    text = ("Brazil will seek better terms on its foreign debt, Finance Minister Dilson Funaro said in 1987. An aide to "
            "Funaro spoke to reporters later. \"The foreign debt is expected to stay above 100 billion dlrs,\" he said.")
    c = _claim(rules_claims(text), "100 billion dlrs")
    assert c["actor_code"] == "BRA"
    assert c["target_code"] == "BRA"


def test_he_said_of_a_finance_minister_forecasts_net_borrowing_for_the_state():
    text = ("Germany will borrow more to fund defence and infrastructure, Finance Minister Lars Klingbeil said in June "
            "2025. \"Net borrowing in the core federal budget is expected to be about 81.8 billion euros this year,\" he "
            "said.")
    c = _claim(rules_claims(text), "81.8 billion euros")
    assert c["actor_code"] == "DEU"


def test_he_said_of_an_economist_stays_no_one():
    text = ("Japan's budget deficit will widen this year, said Kenji Sato, an economist at a Tokyo brokerage. \"The "
            "deficit is expected to reach 40 trillion yen,\" he said.")
    c = _claim(rules_claims(text), "40 trillion yen")
    assert c["actor_code"] is None
    assert c["target_code"] == "JPN"


# -- an existential clause after "and" is a clause of its own -----------------------------------------------------------
def test_averted_tariffs_after_and_there_was_are_not_the_subject_of_the_clause_before():
    text = ("U.S. officials said Japan had failed to live up to its 1986 semiconductor agreement and there was no way "
            "left to avert the 300 mln dlrs in tariffs.")
    c = _claim(rules_claims(text), "300 mln dlrs")
    assert c["actor_code"] == "USA"


def test_a_deficit_after_and_there_was_is_no_part_of_a_missed_target():
    text = "Eurostat said France missed its deficit target in 2023 and there was a deficit of 5.5% of GDP that year."
    c = _claim(rules_claims(text), "5.5% of GDP")
    assert c["claim_type"] == "actual"
    assert c["actor_code"] == "EU"
    assert c["target_code"] == "FRA"


def test_a_deficit_after_and_there_was_reported_by_the_commission_stays_its():
    text = ("The Commission said Romania had ignored its commitment to cut spending and there was a deficit of 9.3% of "
            "GDP in 2024.")
    c = _claim(rules_claims(text), "9.3% of GDP")
    assert c["actor_code"] == "EU"
    assert c["target_code"] == "ROU"


# -- a name after "said that" is no speaker -----------------------------------------------------------------------------
def test_a_state_after_said_that_is_no_speaker_a_later_forecast_goes_on_from():
    text = ("West German growth will slow to 1.5 pct this year, the OECD said in its semi-annual review of the world "
            "economy in 1987. Diplomatic sources said that West Germany would have the lowest growth rate in the Group of "
            "Seven. West Germany's current account surplus is expected to rise to 37 billion dlrs this year.")
    c = _claim(rules_claims(text), "37 billion dlrs")
    assert c["actor_code"] in (None, "OECD")
    assert c["target_code"] == "DEU"


def test_italys_deficit_forecast_after_economists_said_that_italy_is_not_italys_own():
    text = ("Italy's deficit fell last year, the European Commission said in its spring forecast in May 2025. Economists "
            "said that Italy could leave the excessive deficit procedure in 2026. Italy's budget deficit is expected to be "
            "3.3% of GDP this year.")
    c = _claim(rules_claims(text), "3.3% of GDP")
    assert c["actor_code"] in (None, "EU")
    assert c["target_code"] == "ITA"


def test_frances_deficit_forecast_after_bankers_said_that_france_is_not_frances_own():
    text = ("France's deficit will narrow slowly, the IMF said in its annual review in 2025. Bankers in Paris said that "
            "France faced a long consolidation. France's budget deficit is expected to be 5.4% of GDP this year.")
    c = _claim(rules_claims(text), "5.4% of GDP")
    assert c["actor_code"] in (None, "IMF")
    assert c["target_code"] == "FRA"


# -- an unnamed group of states named after the debt noun owns no coded figure ------------------------------------------
def test_debts_of_sub_saharan_african_countries_have_no_state_target():
    text = ("Debts of sub-Saharan African countries totalled less than 100 billion dlrs in 1987, according to the Economic "
            "Commission for Africa, which met in Abuja.")
    c = _claim(rules_claims(text), "100 billion dlrs")
    assert c["target_code"] is None


def test_debt_owed_by_the_poorest_african_nations_is_not_the_state_named_before():
    text = ("Zambia and Tanzania sought relief in 1987. Over 21 billion dlrs was debt owed by the poorest sub-Saharan "
            "African nations.")
    c = _claim(rules_claims(text), "21 billion dlrs")
    assert c["target_code"] is None


def test_repayments_owed_by_nations_hit_by_the_tsunami_have_no_state_target():
    text = ("The Paris Club creditors are owed about $5bn this year in debt repayments by nations hit by the Indian Ocean "
            "tsunami, the Indonesian government said.")
    c = _claim(rules_claims(text), "$5bn")
    assert c["target_code"] is None


def test_a_states_own_debts_of_a_sum_keep_the_state():
    text = ("Brazil suspended interest payments in February 1987 on its debts of 109 billion dlrs, the largest in the "
            "developing world.")
    c = _claim(rules_claims(text), "109 billion dlrs")
    assert c["target_code"] == "BRA"


# -- a tariff rate whose clause names no setter goes on from the setting act nearby -------------------------------------
def test_a_baseline_duty_inside_a_rate_another_clause_sets_is_the_setters():
    text = ("Finance Minister Fernando Haddad said Brazil would keep its fiscal goal after the United States raised tariffs "
            "on many Brazilian goods to 50%. The 50% rate, which took effect in August 2025, combines a 10% baseline duty "
            "with an extra 40% that President Donald Trump imposed.")
    claims = [c for c in rules_claims(text) if c["figure_text"] == "10%"]
    assert claims and claims[0]["actor_code"] == "USA"


def test_the_parts_of_a_rate_set_in_the_sentence_before_are_the_setters():
    text = ("NEW DELHI - The United States raised tariffs on Indian goods to 50% in August 2025. The rate combines a 25% "
            "reciprocal duty with a further 25% penalty over India's purchases of Russian oil.")
    parts = [c for c in rules_claims(text) if c["figure_text"] == "25%"]
    assert len(parts) == 2
    assert all(c["actor_code"] == "USA" for c in parts)


def test_a_duty_exporters_face_after_the_setting_sentence_is_the_setters():
    text = ("OTTAWA - The United States imposed a 35% tariff on Canadian goods outside the trade pact in August 2025. "
            "Exporters of steel face a 50% duty.")
    c = _claim(rules_claims(text), "50%")
    assert c["actor_code"] == "USA"


def test_a_rate_its_own_setter_names_keeps_that_setter():
    text = ("The United States imposed 25% tariffs on Canadian goods in March 2025. Canada imposed 25% tariffs on about 30 "
            "billion Canadian dollars of U.S. goods in response.")
    rates = [c for c in rules_claims(text) if c["figure_text"] == "25%"]
    assert [c["actor_code"] for c in rates] == ["USA", "CAN"]


def test_a_rate_after_a_subject_that_answers_is_not_the_earlier_setters():
    text = ("President Donald Trump raised tariffs on Chinese goods to 20% in March 2025. China answered with tariffs of up "
            "to 15% on U.S. farm goods from March 10.")
    c = _claim(rules_claims(text), "15%")
    assert c["actor_code"] == "CHN"


# -- a group word's own organisation counts when only the headline names it ---------------------------------------------
def test_allies_are_natos_when_the_headline_names_nato_and_the_text_the_eu():
    text = ("Portugal will spend 2% of GDP on defence this year, Prime Minister Luis Montenegro said in April 2025. Lisbon "
            "may ask the European Union for loans under the SAFE instrument. U.S. President Donald Trump has demanded "
            "that allies spend 5% of GDP on defence.")
    c = _claim(rules_claims(text, "Portugal to reach NATO's 2% goal in 2025"), "5% of GDP")
    assert c["target_code"] == "NATO"


def test_allies_called_on_in_a_story_headlined_on_nato_are_natos():
    text = ("Spain's government said in June 2025 that the European Union should do more for defence. President Donald "
            "Trump has demanded that allies spend 5% of GDP on defence.")
    c = _claim(rules_claims(text, "Spain says 2.1% is enough for NATO"), "5% of GDP")
    assert c["target_code"] == "NATO"


def test_allies_of_a_story_naming_only_the_eu_stay_the_eus():
    text = ("EU leaders met in Brussels in March 2025 to discuss the European Union's ReArm Europe plan. The allies agreed "
            "that national escape clauses would let members spend up to 1.5% of GDP more on defence.")
    c = _claim(rules_claims(text, "EU leaders back defence plan"), "1.5% of GDP")
    assert c["target_code"] == "EU"
