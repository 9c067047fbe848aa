"""Figures the claims stage used to drop although the quantities stage found them (issue 3, recall): own sentences."""
import pytest
from helpers import article_claims, claims_of, mention


def _claims(text: str, surface: str, value: float, unit: str = "currency", **extra) -> list[tuple]:
    return [(c["metric"], c["claim_type"]) for c in claims_of(text, mention(text, surface, value, unit, **extra))]


# -- "revenues" a government body speaks of or owns ------------------------------------------------
def test_revenues_a_government_forecasts_are_its_own():
    assert _claims("The Norwegian government expects petroleum revenues to fall to 410 billion crowns next year.",
                   "410 billion crowns", 4.1e11) == [("tax_revenue", "forecast")]
    assert _claims("Mexico's finance ministry said oil revenues reached 42 billion dollars last year.",
                   "42 billion dollars", 4.2e10) == [("tax_revenue", "actual")]


def test_revenues_beside_a_company_word_or_with_no_government_stay_a_companys():
    assert _claims("The government said the company's revenues rose to 3.2 billion crowns.", "3.2 billion crowns", 3.2e9) == []
    # the government body after the word only reports it
    assert _claims("Revenues of the carmaker fell to 3 billion euros, the government statistics office said.",
                   "3 billion euros", 3e9) == []
    assert _claims("Oil revenues will fall to 3 billion dollars, analysts say.", "3 billion dollars", 3e9) == []


# -- a party's plan for the state's budget --------------------------------------------------------
@pytest.mark.rules_layer
def test_a_partys_plan_for_spending_is_a_proposed_policy_figure():
    text = "Critics compared a Tory plan to cut spending by £12bn with Labour's plan to invest £30bn in schools."
    claims = claims_of(text, mention(text, "£12bn", 1.2e10, "currency"), mention(text, "£30bn", 3e10, "currency"))
    assert [(c["figure_text"], c["metric"], c["claim_type"]) for c in claims] == [
        ("£12bn", "public_spending", "proposal"), ("£30bn", "public_spending", "proposal")]
    assert _claims("The Liberal Democrats' manifesto would raise spending on care by £3bn a year.", "£3bn", 3e9) \
        == [("public_spending", "proposal")]


def test_a_partys_own_money_or_a_plan_outside_the_budget_is_no_claim():
    assert _claims("Labour spent £18m on its election campaign, the party's accounts show.", "£18m", 1.8e7) == []
    assert _claims("The party's plan for student grants of up to £2,000 was popular.", "£2,000", 2e3) == []
    assert _claims("The company's plan to cut spending by £20m was approved by shareholders.", "£20m", 2e7) == []


# -- the denominator of a policy ratio ------------------------------------------------------------
def test_the_denominator_of_a_policy_ratio_does_not_rule_its_figure_out():
    text = "Brazil's ratio of debt service to exports will fall to 35 pct next year, the finance minister said."
    assert _claims(text, "35 pct", 35, "percent") == [("debt_service", "forecast")]
    text = "The government wants the ratio of debt service to export earnings cut from 40 pct to 30 pct by 2028."
    claims = claims_of(text, mention(text, "40 pct", 40), mention(text, "30 pct", 30))
    assert [c["metric"] for c in claims] == ["debt_service", "debt_service"]


def test_a_companys_ratio_stays_out():
    assert _claims("The ratio of net debt to shareholders' equity fell to 45 pct, the company said.", "45 pct", 45, "percent") == []
    assert _claims("The company's ratio of debt to earnings rose to 3.2 pct.", "3.2 pct", 3.2, "percent") == []


# -- a sum one state gives or lends another ---------------------------------------------------------
def test_a_sum_one_state_lends_or_gives_another_is_aid_in_any_story():
    text = "The U.S. Is to lend Sudan 57 mln dlrs to buy wheat, according to an agreement signed here."
    claims = claims_of(text, mention(text, "57 mln dlrs", 5.7e7, "currency"))
    assert [(c["metric"], c["claim_type"], c["actor_code"], c["target_code"]) for c in claims] == [
        ("development_aid", "commitment", "USA", "SDN")]
    assert _claims("Japan will give Indonesia an additional 300 mln dlrs, officials said.", "300 mln dlrs", 3e8) \
        == [("development_aid", "commitment")]


def test_a_companys_or_banks_loan_is_no_aid():
    # a state's banks (the state is their possessor, not the giver), a company as receiver, no sum after the receiver
    assert _claims("Switzerland's three major banks have offered Argentina an extra 110.5 mln Swiss franc credit.",
                   "110.5 mln Swiss franc", 1.105e8) == []
    assert _claims("The bank will lend Acme Corp 50 mln dlrs.", "50 mln dlrs", 5e7) == []
    assert _claims("Britain gave Argentina until Friday to repay 20 mln dlrs of overdue bills.", "20 mln dlrs", 2e7) == []


# -- a run of one noun's sums going on in a clause whose subject is "it" -------------------------
def test_a_clause_on_it_goes_on_with_the_runs_noun():
    text = "The budget deficit will reach 30 billion crowns this year, but next year it should fall to 20 billion crowns."
    claims = claims_of(text, mention(text, "30 billion crowns", 3e10, "currency"), mention(text, "20 billion crowns", 2e10, "currency"))
    assert [(c["metric"], c["claim_type"]) for c in claims] == [("fiscal_deficit", "forecast"), ("fiscal_deficit", "forecast")]


def test_a_clause_with_another_subject_does_not():
    text = "The budget deficit will reach 30 billion crowns this year, but the company said it had sold 20 billion crowns of bonds."
    claims = claims_of(text, mention(text, "30 billion crowns", 3e10, "currency"), mention(text, "20 billion crowns", 2e10, "currency"))
    assert [c["figure_text"] for c in claims] == ["30 billion crowns"]


# -- a government's topic sentence before the story's first claim --------------------------------
def test_a_figure_opening_its_sentence_after_a_governments_topic_sentence_takes_that_topic():
    claims = article_claims(["The Danish government has agreed on new defence spending.",
                             "The talks lasted for weeks.",
                             "4.5 billion crowns will go to new equipment and drones, the ministry said."],
                            [(2, "4.5 billion crowns", 4.5e9, "currency")])
    assert [(c["metric"], c["claim_type"]) for c in claims] == [("defense_spending", "commitment")]


def test_no_government_or_a_figure_inside_its_sentence_takes_no_topic():
    assert article_claims(["Retailers have agreed on new savings.", "30 million euros will be saved on rents."],
                          [(1, "30 million euros", 3e7, "currency")]) == []
    assert article_claims(["The Danish government has agreed on new defence spending.",
                           "Shops sold 4.5 billion crowns of goods in May."],
                          [(1, "4.5 billion crowns", 4.5e9, "currency")]) == []
