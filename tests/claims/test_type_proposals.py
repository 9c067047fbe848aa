"""claim_type of what a document sets out (our own wording, whole pipeline): a government's own budget that calls for a
figure plans it (commitment); a draft, an alternative, a legislature's plan or a plan the story proposes proposes it; an
organisation's wish for its own budget proposes it to the members who decide it."""
import pytest
from helpers import pipeline_claim


def test_a_government_budget_calling_for_spending_is_its_commitment():
    text = ("The cabinet approved the 2026 budget on Tuesday, a spokesman said. "
            "The budget calls for spending of 310 billion pesos next year.")
    assert pipeline_claim(text, "310 billion")["claim_type"] == "commitment"


def test_a_budget_calling_for_a_figure_after_an_aside_is_still_the_governments_plan():
    text = ("Thailand's cabinet approved a larger budget for next year, a government spokesman said. He said the budget, "
            "to be presented to parliament by late next month or in the first week of June, calls for spending of "
            "240 billion baht.")
    assert pipeline_claim(text, "240 billion")["claim_type"] == "commitment"


def test_a_legislative_committees_plan_calling_for_taxes_proposes_them():
    text = ("The Senate Budget Committee approved its plan on Tuesday. "
            "The plan calls for 19 billion dlrs in new taxes and cuts defence by 7 billion dlrs.")
    assert pipeline_claim(text, "19 billion")["claim_type"] == "proposal"
    assert pipeline_claim(text, "7 billion")["claim_type"] == "proposal"


def test_a_budget_that_cuts_one_line_and_calls_for_another_proposes_both_in_a_legislatures_fight():
    text = ("The President attacked the budget the House of Representatives passed. "
            "That budget trimmed defence by six billion dlrs and called for 15 billion dlrs in new taxes.")
    assert pipeline_claim(text, "six billion")["claim_type"] == "proposal"


def test_an_opposition_alternative_calling_for_a_rate_proposes_it():
    text = ("The opposition Labour party published its alternative budget on Friday. "
            "Its alternative budget calls for a top income tax rate of 50 pct.")
    assert pipeline_claim(text, "50 pct")["claim_type"] == "proposal"


def test_a_proposed_package_setting_out_its_rates_proposes_them():
    text = ("Finance Minister Eyskens is proposing a package of income tax cuts worth 90 billion francs. "
            "The package envisages three tax rates of 25 pct, 35 pct and 45 pct.")
    assert pipeline_claim(text, "35 pct")["claim_type"] == "proposal"


def test_a_proposed_budget_named_by_a_pronoun_sets_out_rather_than_forecasts():
    text = ("The European Commission proposed a budget of 1.8 trillion euros on Wednesday. "
            "It envisages defence spending of 130 billion euros over seven years.")
    assert pipeline_claim(text, "130 billion")["claim_type"] == "proposal"


def test_a_government_budget_that_foresees_spending_still_plans_it():
    text = ("The government presented its 2026 budget on Monday. "
            "The budget foresees defence spending of 62 billion euros.")
    assert pipeline_claim(text, "62 billion")["claim_type"] == "commitment"


def test_an_organisations_wish_for_its_own_budget_proposes_it():
    text = "Net payers want a smaller EU budget, while the European Commission wants it to be 1.2% of gross national income."
    assert pipeline_claim(text, "1.2%")["claim_type"] == "proposal"


@pytest.mark.rules_layer
def test_an_alliance_wanting_members_to_spend_still_presses_them():
    text = "NATO wants allies to spend 3.5% of GDP on core defence by 2035."
    assert pipeline_claim(text, "3.5%")["claim_type"] == "demand"


def test_a_ministers_wish_for_his_states_deficit_is_still_its_aim():
    text = "Finance Minister Andrzej Domanski said Poland wanted its deficit below 3% of GDP by 2028."
    assert pipeline_claim(text, "3%")["claim_type"] == "commitment"


# --- expectations: what someone expects of another's act, a plan's effect, a tally of members ---

@pytest.mark.rules_layer
def test_optimism_that_a_legislature_will_approve_aid_is_a_forecast():
    text = "The minister expressed optimism that parliament would approve the final 50 mln dlr instalment of military aid this year."
    assert pipeline_claim(text, "50 mln")["claim_type"] == "forecast"


def test_confidence_that_congress_will_pass_a_sum_is_a_forecast():
    text = "The envoy said he was confident that Congress would approve the 300 mln dlr aid package for the region."
    assert pipeline_claim(text, "300 mln")["claim_type"] == "forecast"


def test_a_plans_reckoned_effect_on_the_deficit_is_a_forecast():
    text = ("Treasury officials who studied the opposition's plans concluded that its proposed tax cuts would result in "
            "a seven billion dlr deficit.")
    assert pipeline_claim(text, "seven billion")["claim_type"] == "forecast"


def test_a_tally_of_members_reaching_a_level_is_a_forecast():
    text = "Twenty-five of NATO's 32 members will spend at least 2% of their GDP on defence this year, Rutte said."
    assert pipeline_claim(text, "2%")["claim_type"] == "forecast"


def test_a_state_that_will_spend_still_commits():
    text = "Britain will spend 2.5% of GDP on defence by 2027, the prime minister said."
    assert pipeline_claim(text, "2.5%")["claim_type"] == "commitment"


# --- a party's plan proposes ---

def test_a_rival_partys_plans_stated_by_the_chancellor_are_proposals():
    text = "The Chancellor said the Conservatives' plans would see some 40 billion pounds in spending cuts by 2012."
    assert pipeline_claim(text, "40 billion")["claim_type"] == "proposal"


@pytest.mark.rules_layer
def test_a_partys_plan_raising_a_rate_proposes_it():
    text = "Labour's plan would raise the top rate of income tax to 50 pct, the party said on Sunday."
    assert pipeline_claim(text, "50 pct")["claim_type"] == "proposal"


@pytest.mark.rules_layer
def test_an_opposition_programme_cutting_tax_proposes_it():
    text = "The opposition programme would cut the corporate tax rate to 19 pct from 2027, its leader told reporters."
    assert pipeline_claim(text, "19 pct")["claim_type"] == "proposal"


def test_a_governments_plan_still_commits():
    text = "The government's plan would raise defence spending to 3% of GDP by 2030, the defence minister said."
    assert pipeline_claim(text, "3% of GDP")["claim_type"] == "commitment"


# --- a plan noun the figure qualifies, in a legislature's fight ---

def test_a_speakers_revenue_plan_in_a_budget_fight_is_a_proposal():
    text = ("House Speaker Jim Wright's 20 billion dlr revenue raising plan has no specifics, although he has floated a "
            "stock transfer tax. Senate Republicans oppose it.")
    assert pipeline_claim(text, "20 billion")["claim_type"] == "proposal"


def test_a_senators_deficit_plan_in_a_budget_fight_is_a_proposal():
    text = "Congress is divided over the budget. Senator Dole's 30 billion dlr deficit reduction plan would go further, aides said."
    assert pipeline_claim(text, "30 billion")["claim_type"] == "proposal"


def test_a_committees_spending_plan_before_the_senate_is_a_proposal():
    text = ("The Senate Budget Committee will vote on Thursday. Its 1.1 trillion dlr spending plan faces a veto threat "
            "from the White House.")
    assert pipeline_claim(text, "1.1 trillion")["claim_type"] == "proposal"


# --- a change by a figure of a noun a participle qualifies ---

@pytest.mark.rules_layer
def test_raising_a_proposed_tax_cut_by_a_sum_is_the_governments_decision():
    text = "He cited reports that Germany would increase a proposed tax cut for 1988 by about five billion marks."
    assert pipeline_claim(text, "five billion")["claim_type"] == "commitment"


def test_raising_a_planned_budget_by_a_sum_is_a_commitment():
    text = "France will raise its planned defence budget for 2026 by 3.5 billion euros, the minister said."
    assert pipeline_claim(text, "3.5 billion")["claim_type"] == "commitment"


def test_cutting_an_agreed_package_by_a_sum_is_a_commitment():
    text = "The Dutch government will trim the agreed aid package for Africa by 120 mln guilders next year."
    assert pipeline_claim(text, "120 mln")["claim_type"] == "commitment"


def test_a_proposed_figure_itself_stays_a_proposal():
    text = "The commission proposed a tax cut of 4 billion euros for 2027."
    assert pipeline_claim(text, "4 billion")["claim_type"] == "proposal"


# --- a figure set against estimates is no estimate itself ---

def test_a_shortfall_likely_below_estimates_is_a_forecast():
    text = "The opposition claimed tax revenues were likely to be 5 billion pounds below estimates by the end of the year."
    assert pipeline_claim(text, "5 billion")["claim_type"] == "forecast"


def test_an_overshoot_above_forecasts_expected_by_the_ministry_is_a_forecast():
    text = "The finance ministry expects the deficit to come in 2 billion euros above forecasts this year."
    assert pipeline_claim(text, "2 billion")["claim_type"] == "forecast"


def test_a_figure_right_before_its_estimate_noun_is_still_estimated():
    text = "Spending reached 3.1 billion dlrs last year, on government estimates."
    assert pipeline_claim(text, "3.1 billion")["claim_type"] == "actual"


# --- a document that calls for a figure past an aside ---

def test_a_committee_plan_past_an_aside_calling_for_taxes_proposes_them():
    text = ("The House will vote on the budget today. The plan, drafted by the Democratic-controlled Budget committee, "
            "calls for 22 billion dlrs in higher taxes.")
    assert pipeline_claim(text, "22 billion")["claim_type"] == "proposal"


def test_a_bill_past_an_aside_calling_for_spending_proposes_it():
    text = ("Senators debated defence funding on Monday. The bill, which the Armed Services Committee wrote last month, "
            "calls for 305 billion dlrs in military spending.")
    assert pipeline_claim(text, "305 billion")["claim_type"] == "proposal"


# rules_layer since session 17: the type model retrained with typefeatures' anchor and pair groups overrides the rules here
@pytest.mark.rules_layer
def test_what_a_proposed_plan_would_change_automatically_is_a_forecast():
    text = ("Senate leaders proposed a budget plan on Monday that would cut the deficit to 108 billion dlrs. If the President "
            "vetoes the tax rise, defence spending under the plan would drop automatically by about five billion dlrs, the "
            "leaders said.")
    assert pipeline_claim(text, "five billion")["claim_type"] == "forecast"
    assert pipeline_claim(text, "108 billion")["claim_type"] == "proposal"


def test_what_a_plan_would_lead_to_is_a_forecast():
    text = ("The opposition unveiled its alternative budget on Tuesday. Government economists said its tax cuts would "
            "lead to a deficit of 14 billion euros.")
    assert pipeline_claim(text, "14 billion")["claim_type"] == "forecast"


# --- a gap an act is to fill is a level foreseen ---

def test_a_black_hole_taxes_would_fill_is_a_forecast():
    text = ("The Conservatives said the chancellor would be forced to raise taxes after the election to fill an annual "
            "9 billion pounds \"black hole\" in the public finances.")
    assert pipeline_claim(text, "9 billion")["claim_type"] == "forecast"


def test_a_shortfall_a_vat_rise_would_plug_is_a_forecast():
    text = "Labour said the Tories would raise VAT after the election to plug a 6 billion pounds shortfall in the public finances."
    assert pipeline_claim(text, "6 billion")["claim_type"] == "forecast"


def test_a_tax_rise_by_a_sum_stays_a_commitment():
    text = "The government will raise taxes by 4 billion euros next year, the finance minister said."
    assert pipeline_claim(text, "4 billion")["claim_type"] == "commitment"


# --- what a plan could or may require is a reckoning of its need ---

@pytest.mark.rules_layer
def test_what_a_development_plan_could_require_is_a_forecast():
    text = "He told Reuters the forthcoming five-year development plan could require further aid of 600 or 700 mln dlrs from donors."
    assert pipeline_claim(text, "600 or 700")["claim_type"] == "forecast"


def test_what_a_reconstruction_plan_may_require_is_a_forecast():
    text = "The finance minister said the reconstruction plan may require foreign aid of 2 billion dlrs next year."
    assert pipeline_claim(text, "2 billion")["claim_type"] == "forecast"
