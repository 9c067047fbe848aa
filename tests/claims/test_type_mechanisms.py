"""Figure recall, metric and claim_type mechanisms measured on unseen articles (one sentence each, our own wording,
hand-built mentions)."""
import pytest
from helpers import claims_of, mention


def _money(text, surface, value, currency="USD", occurrence=0):
    return mention(text, surface, value, unit="currency", currency=currency, occurrence=occurrence)


def test_a_sum_in_a_run_of_sums_takes_their_metric():
    text = ("The deficit is projected to total 31.5 billion dlrs in fiscal 2027 and 30.2 billion dlrs in fiscal 2028 "
            "and then to shrink to 27.4 billion dlrs in 2030.")
    cs = claims_of(text, _money(text, "31.5 billion dlrs", 3.15e10), _money(text, "30.2 billion dlrs", 3.02e10),
                   _money(text, "27.4 billion dlrs", 2.74e10))
    assert [c["metric"] for c in cs] == ["fiscal_deficit"] * 3


def test_a_sum_far_from_the_policy_sum_keeps_no_metric():
    text = ("The group paid 40 billion roubles for the refinery at an auction held by a court in the north of the country "
            "last winter, far below the 90 billion roubles in unpaid taxes.")
    cs = claims_of(text, _money(text, "40 billion roubles", 4e10, "RUB"), _money(text, "90 billion roubles", 9e10, "RUB"))
    assert all(c["figure_text"] != "40 billion roubles" for c in cs)


def test_ruling_out_a_figure_rejects_it():
    text = "The prime minister told parliament that Canberra would set its own course, ruling out a commitment to the 4% figure for defence spending."
    c = claims_of(text, mention(text, "4%", 4))[0]
    assert c["claim_type"] == "rejection"


def test_unveiling_a_budget_commits_to_it():
    text = "Unveiling the 512bn-peso budget to parliament, the finance minister said growth would pick up."
    c = claims_of(text, _money(text, "512bn-peso", 5.12e11, "MXN"))[0]
    assert c["metric"] == "public_spending" and c["claim_type"] == "commitment"


def test_company_tax_is_a_state_tax_rate():
    text = "The opposition would cut the 45 pct company tax rate to 30 pct."
    cs = claims_of(text, mention(text, "45 pct", 45), mention(text, "30 pct", 30))
    assert [c["metric"] for c in cs] == ["tax_revenue", "tax_revenue"]


def test_an_external_deficit_is_the_current_account():
    text = "The OECD said the country ran a current external deficit of 4 pct of gross domestic product."
    c = claims_of(text, mention(text, "4 pct", 4, basis="GDP"))[0]
    assert c["metric"] == "current_account"


def test_a_party_named_congress_is_no_legislature():
    text = ("The Congress Party government has raised the defence budget 9% to 900bn rupees. "
            "The finance minister said the deficit would be 4.1% of GDP next year.")
    from helpers import Sentence
    from pipeline.claims import find_claims
    cut = text.index(" The finance") + 1
    ms = [_money(text, "900bn rupees", 9e11, "INR"), mention(text, "4.1%", 4.1, basis="GDP")]
    ms[1]["sentence_index"] = 1
    cs = find_claims({"text": text, "title": None, "published": None, "article_id": "t"},
                     [Sentence(0, 0, cut - 1), Sentence(1, cut, len(text))], ms)
    assert [c["claim_type"] for c in cs] == ["commitment", "forecast"]


def test_a_new_clause_after_comma_and_is_out_of_a_refusal():
    text = "The prime minister has ruled out raising income tax, and treasury officials have been looking for 30 billion euros in savings."
    c = claims_of(text, _money(text, "30 billion euros", 3e10, "EUR"))[0]
    assert c["claim_type"] == "commitment"


def test_the_increase_takes_the_topic_of_the_previous_sentence():
    from helpers import Sentence
    from pipeline.claims import find_claims
    text = ("The president announced an extra 5 billion euros for defence spending. "
            "His office said the increase would come as 2 billion euros in 2026 and 3 billion euros in 2027.")
    cut = text.index(" His office") + 1
    ms = [_money(text, "5 billion euros", 5e9, "EUR"), _money(text, "2 billion euros", 2e9, "EUR"),
          _money(text, "3 billion euros", 3e9, "EUR")]
    for m in ms[1:]:
        m["sentence_index"] = 1
    cs = find_claims({"text": text, "title": None, "published": None, "article_id": "t"},
                     [Sentence(0, 0, cut - 1), Sentence(1, cut, len(text))], ms)
    assert [c["metric"] for c in cs] == ["defense_spending"] * 3


@pytest.mark.rules_layer
def test_an_obligation_under_a_law_is_a_benchmark():
    text = "Under the fiscal responsibility law, the finance minister has to trim the budget deficit by 0.5 percentage points each year."
    c = claims_of(text, mention(text, "0.5 percentage points", 0.5, unit="percentage_points"))[0]
    assert c["claim_type"] == "benchmark"


def test_a_law_requiring_a_cut_is_a_benchmark():
    text = "The package was put together under a new budget law requiring a 30 billion dlr cut in the budget deficit."
    c = claims_of(text, _money(text, "30 billion dlr", 3e10))[0]
    assert c["claim_type"] == "benchmark"


def test_a_pledge_under_a_law_stays_a_pledge():
    text = "The government pledged under the new defence law to raise defence spending to 3% of GDP."
    c = claims_of(text, mention(text, "3%", 3, basis="GDP"))[0]
    assert c["claim_type"] == "commitment"


def test_the_figures_own_passive_beats_a_distant_copula():
    text = ("The minister was speaking after a two-day meeting of aid donors in which 2.4 billion dlrs in development aid "
            "were pledged for the coming year.")
    c = claims_of(text, _money(text, "2.4 billion dlrs", 2.4e9))[0]
    assert c["claim_type"] == "commitment"


def test_a_relative_clause_on_the_figure_gives_its_stance():
    text = "The big idea is his £20bn in public spending cuts which the opposition leader has pledged to return to taxpayers."
    c = claims_of(text, _money(text, "£20bn", 2e10, "GBP"))[0]
    assert c["claim_type"] == "commitment"


def test_a_passive_demand_presses_its_subject():
    text = "Spain was urged by Washington to spend 5% of GDP on defence."
    c = claims_of(text, mention(text, "5%", 5, basis="GDP"))[0]
    assert (c["claim_type"], c["actor_code"], c["target_code"]) == ("demand", "USA", "ESP")


def test_a_progressive_demand_is_active():
    text = "Washington has been pressing Seoul to spend 3.5% of GDP on defence."
    c = claims_of(text, mention(text, "3.5%", 3.5, basis="GDP"))[0]
    assert (c["claim_type"], c["actor_code"], c["target_code"]) == ("demand", "USA", "KOR")


@pytest.mark.rules_layer
def test_no_plans_to_raise_is_a_refusal():
    text = "Tokyo has no plans to raise defence spending to 3.5% of GDP, a government spokesman said."
    c = claims_of(text, mention(text, "3.5%", 3.5, basis="GDP"))[0]
    assert c["claim_type"] == "rejection" and c["negated"]


def test_a_goal_of_a_gerund_qualifies_the_figure():
    text = "The defence ministry requested a record budget, as the government works toward a goal of spending 2% of GDP on defence."
    c = claims_of(text, mention(text, "2%", 2, basis="GDP"))[0]
    assert c["claim_type"] == "commitment"


def test_taking_on_an_alliance_goal_commits_the_member():
    text = "The Dutch cabinet signed up last week to the alliance's new goal of 5% of GDP for defence."
    c = claims_of(text, mention(text, "5%", 5, basis="GDP"))[0]
    assert c["claim_type"] == "commitment" and c["actor_code"] == "NLD"


def test_reported_would_cut_by_a_party_is_its_pledge():
    text = "The opposition leader has said his party would cut £20bn in wasteful public spending."
    c = claims_of(text, _money(text, "£20bn", 2e10, "GBP"))[0]
    assert c["claim_type"] == "commitment"


def test_what_a_plan_would_cut_is_no_pledge():
    text = "The report said this would reduce public spending programs by 6.5 pct."
    c = claims_of(text, mention(text, "6.5 pct", 6.5))[0]
    assert c["claim_type"] != "commitment"


def test_a_relative_clause_holding_the_figure_is_its_own_clause():
    text = "These banks hold two-thirds of the country's foreign debt which totals 9.2 billion dlrs."
    c = claims_of(text, _money(text, "9.2 billion dlrs", 9.2e9))[0]
    assert c["metric"] == "external_debt" and c["claim_type"] == "actual"


def test_an_advert_saving_is_no_claim():
    text = "Save 25% on car insurance this week"
    assert claims_of(text, mention(text, "25%", 25), title="Government savings of 2 billion euros") == []


def test_a_share_restating_a_sum_shares_its_stance():
    text = "The budget deficit target was set at 2.4 billion punts, which is 7.1 pct of GNP."
    cs = claims_of(text, _money(text, "2.4 billion punts", 2.4e9, "IEP"), mention(text, "7.1 pct", 7.1, basis="GNP"))
    assert [c["claim_type"] for c in cs] == ["commitment", "commitment"]


def test_a_reported_passive_policy_act_is_decided():
    text = "The finance ministry said import tariffs would be cut later this month by an average 6.5 percentage points."
    c = claims_of(text, mention(text, "6.5 percentage points", 6.5, unit="percentage_points"))[0]
    assert c["claim_type"] == "commitment"


@pytest.mark.rules_layer
def test_a_bill_that_would_lift_spending_proposes():
    text = "The budget bill would lift military spending to 2.7% of GDP, if approved by lawmakers."
    c = claims_of(text, mention(text, "2.7%", 2.7, basis="GDP"))[0]
    assert c["claim_type"] == "proposal"


def test_would_not_spend_on_arms_refuses():
    text = "The prime minister said his country would not spend 5% of GDP on arms."
    c = claims_of(text, mention(text, "5%", 5, basis="GDP"))[0]
    assert (c["metric"], c["claim_type"]) == ("defense_spending", "rejection") and c["negated"]


def test_a_conditional_clause_is_out_of_reach_of_the_metric():
    text = "The country's overall deficit is thought to be more than 9%, if the spending of its regions is included."
    c = claims_of(text, mention(text, "9%", 9))[0]
    assert c["metric"] == "fiscal_deficit"


@pytest.mark.rules_layer
def test_a_law_after_the_next_figure_is_not_this_ones():
    text = ("The budget deficit, which is currently slated at 160 billion dlrs for fiscal 1988, is supposed to be reduced "
            "to 108 billion dlrs under the provisions of the balanced budget act.")
    cs = claims_of(text, _money(text, "160 billion dlrs", 1.6e11), _money(text, "108 billion dlrs", 1.08e11))
    assert [c["claim_type"] == "benchmark" for c in cs] == [False, True]


def test_a_bare_debt_takes_a_deficit_named_in_its_sentence_only():
    text = "The budget deficit is more than 11 billion euros, so the state has to take on more debt of more than 11 billion euros."
    cs = claims_of(text, _money(text, "11 billion euros", 1.1e10, "EUR"), _money(text, "11 billion euros", 1.1e10, "EUR", occurrence=1))
    assert [c["metric"] for c in cs] == ["fiscal_deficit", "fiscal_deficit"]


def test_a_bare_debt_does_not_take_a_debt_service_headline():
    text = "The country's debt totals 41 billion dlrs."
    c = claims_of(text, _money(text, "41 billion dlrs", 4.1e10), title="DEBT SERVICE RATIO PEAKS, MINISTER SAYS")[0]
    assert c["metric"] in ("external_debt", "public_debt")


def test_a_government_short_of_money_has_a_deficit():
    text = "The government is short of almost 7 billion euros in the budget."
    c = claims_of(text, _money(text, "7 billion euros", 7e9, "EUR"))[0]
    assert c["metric"] == "fiscal_deficit"


def test_this_year_after_a_forecast_figure_is_not_a_past_level():
    text = "The budget deficit, which reached 210 billion dlrs last year, is expected to fall to 160 billion dlrs this year."
    cs = claims_of(text, _money(text, "210 billion dlrs", 2.1e11), _money(text, "160 billion dlrs", 1.6e11))
    assert [c["claim_type"] for c in cs] == ["actual", "forecast"]


def test_it_would_cut_in_reported_speech_commits():
    text = "The opposition party said it would cut income tax to 25 pct if elected."
    c = claims_of(text, mention(text, "25 pct", 25))[0]
    assert c["claim_type"] == "commitment"


def test_an_anaphoric_cue_defers_to_its_sentences_own_metric_word():
    text = "France's deficit is forecast to reach 5.6% of GDP this year."
    c = claims_of(text, mention(text, "5.6%", 5.6, basis="GDP"))[0]
    assert (c["metric"], c["claim_type"]) == ("fiscal_deficit", "forecast")


def test_a_future_level_credited_to_a_forecaster_is_a_forecast():
    text = "Germany's military budget will rise to 2.6% of GDP in 2026, NATO projects."
    c = claims_of(text, mention(text, "2.6%", 2.6, basis="GDP"))[0]
    assert (c["claim_type"], c["actor_code"], c["target_code"]) == ("forecast", "NATO", "DEU")


def test_a_participle_with_its_agent_governs_nothing_after_it():
    text = ("In a report on new balanced budget legislation approved by Congress in September, the budget office predicted the "
            "government would take in 910 billion dlrs in revenues.")
    c = claims_of(text, _money(text, "910 billion dlrs", 9.1e11))[0]
    assert c["claim_type"] == "forecast"


def test_a_cost_the_ministry_estimated_is_a_forecast():
    text = "Meeting the new 3.5% core spending target would cost the country an extra 12 billion euros a year, the finance ministry estimated."
    cs = claims_of(text, mention(text, "3.5%", 3.5), _money(text, "12 billion euros", 1.2e10, "EUR"))
    assert cs[-1]["claim_type"] == "forecast"


def test_a_government_reporting_its_own_instrument_plans_it():
    text = "The UK government said defence spending would rise to 2.7% of GDP by 2027."
    c = claims_of(text, mention(text, "2.7%", 2.7, basis="GDP"))[0]
    assert c["claim_type"] == "commitment"


def test_pushing_another_state_demands_and_considering_proposes():
    text = "Washington is pushing Tokyo to raise its defence budget to 3.5% of GDP, while Berlin is considering 3% of GDP."
    cs = claims_of(text, mention(text, "3.5%", 3.5, basis="GDP"), mention(text, "3%", 3, basis="GDP"))
    assert [c["claim_type"] for c in cs] == ["demand", "proposal"]


def test_a_figure_equated_with_an_aim_is_that_aim():
    text = "The rise in defence spending to 2.7% of GDP had been the party's stated aim since before the election."
    c = claims_of(text, mention(text, "2.7%", 2.7, basis="GDP"))[0]
    assert c["claim_type"] == "commitment"


def test_a_figure_far_below_a_target_is_not_the_target():
    text = "Defence spending was 1.4% of GDP last year, far below the target."
    c = claims_of(text, mention(text, "1.4%", 1.4, basis="GDP"))[0]
    assert c["claim_type"] == "actual"


def test_a_standard_vat_rate_is_no_benchmark():
    text = "The standard rate of value-added tax rose to 25 percent from 24 percent on Tuesday."
    c = claims_of(text, mention(text, "25 percent", 25), mention(text, "24 percent", 24))[0]
    assert c["claim_type"] == "actual"


def test_a_figure_judged_unrealistic_is_refused():
    text = "Spending 3.5% of GDP on defence is simply unrealistic for Belgium, the minister said."
    c = claims_of(text, mention(text, "3.5%", 3.5, basis="GDP"))[0]
    assert c["claim_type"] == "rejection"


@pytest.mark.rules_layer
def test_the_level_a_cut_starts_from_is_stated_as_it_stands():
    text = "The opposition leader said a government under him would reduce the 49 pct top income tax rate to 35 pct."
    cs = claims_of(text, mention(text, "49 pct", 49), mention(text, "35 pct", 35))
    assert [c["claim_type"] for c in cs] == ["actual", "commitment"]


def test_a_donors_contribution_in_a_debt_story_is_its_aid_commitment():
    # a debt article's topic (external debt) is never what a donor pledges or contributes
    text = ("Ghana's foreign debt stood at 4.2 billion dlrs at the end of the year. "
            "Canada raised its contribution to 95 mln dlrs from 70 mln at the donors' meeting in Paris.")
    debt = _money(text, "4.2 billion dlrs", 4.2e9)
    gift = _money(text, "95 mln dlrs", 9.5e7)
    cs = {c["figure_text"]: c for c in claims_of(text, debt, gift)}
    assert cs["95 mln dlrs"]["metric"] == "development_aid"
    assert cs["95 mln dlrs"]["claim_type"] == "commitment"
    assert cs["4.2 billion dlrs"]["metric"] == "external_debt"


def test_a_state_that_could_meet_its_obligations_with_a_level_commits_to_it():
    text = "Portugal's prime minister rejected the 4% goal, saying Portugal could meet its military obligations with 1.9% of GDP."
    c = claims_of(text, mention(text, "1.9%", 1.9))[0]
    assert c["claim_type"] == "commitment"
    # with no state as subject, "could" stays a forecast
    text = "Analysts said the deficit could hit 4.2% of GDP next year."
    assert claims_of(text, mention(text, "4.2%", 4.2))[0]["claim_type"] == "forecast"


def test_items_of_a_budget_list_take_their_headings_stance():
    text = ("Presenting the budget, the finance minister said growth was strong. As part of the budget she has announced:\n\n"
            "- Cut the VAT rate to 18%\n - Raised the excise duty on fuel\n\n"
            "Inflation figures released on Monday:\n\n- Food prices rose 4%\n")
    c = claims_of(text, mention(text, "18%", 18))[0]
    assert c["metric"] == "tax_revenue" and c["claim_type"] == "commitment"


def test_list_header_type_needs_a_heading_that_commits():
    from pipeline.claims.plans import list_header_type

    text = "The government has pledged:\n- Lower the deficit to 3%\nFigures for last year:\n- Deficit of 4%\nNo list here, 5%."
    assert list_header_type(text, text.index("3%")) == "commitment"
    assert list_header_type(text, text.index("4%")) is None
    assert list_header_type(text, text.index("5%")) is None


def test_a_share_of_people_is_a_poll_not_a_policy_figure():
    text = "41 percent of Swedes plan to reduce their spending over the coming year."
    assert claims_of(text, mention(text, "41 percent", 41)) == []
    text = "Some 28% of respondents want the government to lower income tax."
    assert claims_of(text, mention(text, "28%", 28)) == []
    # a rate levied on people's pay is still a tax rate
    text = "The government will raise the payroll tax to 7% of workers' wages."
    assert claims_of(text, mention(text, "7%", 7))[0]["metric"] == "tax_revenue"


@pytest.mark.rules_layer
def test_wanting_a_figure_capped_demands_it():
    # the participle takes its figure as a complement: the verb governing it gives the stance
    text = "Denmark and Ireland want the EU budget to be capped at 1.05% of gross national income."
    assert claims_of(text, mention(text, "1.05%", 1.05))[0]["claim_type"] == "demand"
    # a standing cap stays a benchmark
    text = "The EU budget is capped at 1.2% of gross national income."
    assert claims_of(text, mention(text, "1.2%", 1.2))[0]["claim_type"] == "benchmark"


def test_telling_someone_to_reach_a_figure_demands_it():
    text = "The president told allies to spend 4% of GDP on defence."
    c = claims_of(text, mention(text, "4%", 4))[0]
    assert c["claim_type"] == "demand"
    # telling reporters what a level will be only reports it
    text = "The minister told reporters the budget deficit would reach 3.1% of GDP."
    assert claims_of(text, mention(text, "3.1%", 3.1))[0]["claim_type"] != "demand"


def test_private_sector_spending_is_no_public_figure():
    # in an aid story the weak "spending" would take the aid topic
    text = "Currently the private sector was only spending £80m a year on research, the minister said."
    assert claims_of(text, _money(text, "£80m", 8e7, "GBP"), title="Minister doubles foreign aid for vaccines") == []
    text = "The government will raise defence spending to £60bn, while the private sector invests more."
    assert claims_of(text, _money(text, "£60bn", 6e10, "GBP"))[0]["metric"] == "defense_spending"


def test_a_rating_agency_is_no_coded_forecaster():
    text = ("Fitch lowered Belgium's credit rating on Friday. The agency projected that Belgium's budget deficit would "
            "widen to 5.5% of GDP by 2027.")
    c = claims_of(text, mention(text, "5.5%", 5.5))[0]
    assert c["claim_type"] == "forecast" and c["actor_code"] is None and c["target_code"] == "BEL"
    # with no rater named, "the agency" is no reason to drop the state's own figure
    text = "The statistics agency said Belgium's budget deficit was 4.4% of GDP last year."
    assert claims_of(text, mention(text, "4.4%", 4.4))[0]["actor_code"] == "BEL"


def test_a_pledged_sum_with_no_other_metric_word_is_aid():
    text = "Norway pledges £700m to a global vaccine scheme."
    c = claims_of(text, _money(text, "£700m", 7e8, "GBP"))[0]
    assert c["metric"] == "development_aid" and c["claim_type"] == "commitment"
    text = "Norway's £700m commitment to the vaccine scheme runs over ten years."
    assert claims_of(text, _money(text, "£700m", 7e8, "GBP"))[0]["metric"] == "development_aid"
    # a pledge in a defence story stays defence spending
    text = "The government pledged to lift defence spending to 2.5% of GDP."
    assert claims_of(text, mention(text, "2.5%", 2.5))[0]["metric"] == "defense_spending"


def test_what_a_states_armed_forces_need_is_defence_spending():
    text = "The minister said the Bundeswehr would need 3.2% of GDP within five years."
    c = claims_of(text, mention(text, "3.2%", 3.2))[0]
    assert c["metric"] == "defense_spending" and c["target_code"] == "DEU"
