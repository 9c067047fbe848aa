"""Figure recall: policy figures whose sentence has a metric cue that used to be read the wrong way (own sentences)."""
from helpers import article_claims, claims_of, mention


def _metrics(claims: list[dict]) -> dict:
    return {" ".join(c["figure_text"].split()): c["metric"] for c in claims}


# -- armed forces receiving a sum -----------------------------------------------------------------
def test_force_receiving_a_sum_needs_no_other_public_body():
    text = "The navy will receive around 400 million crowns more than this year."
    claims = claims_of(text, mention(text, "400 million crowns", 4e8, "currency"))
    assert [c["metric"] for c in claims] == ["defense_spending"]


def test_company_receiving_from_a_force_is_no_claim():
    for text, surface, value in [
            ("The shipyard will receive 300 million crowns from the navy.", "300 million crowns", 3e8),
            ("A former manager received a fine of 250,000 dollars for hiring an Air Force aide.", "250,000 dollars", 2.5e5)]:
        assert claims_of(text, mention(text, surface, value, "currency")) == []


# -- "a cut of", "repaying" -----------------------------------------------------------------------
def test_a_cut_of_a_share_in_a_deficit_story_is_a_spending_cut():
    claims = article_claims(["Ruritania's budget deficit will be 3.5 billion crowns this year, the ministry said.",
                             "A cut of more than two pct in real terms was needed to bring it lower, the bank said."],
                            [(0, "3.5 billion crowns", 3.5e9, "currency"), (1, "two pct", 2, "percent")])
    assert _metrics(claims) == {"3.5 billion crowns": "fiscal_deficit", "two pct": "public_spending"}


def test_repaying_in_a_debt_service_story_is_debt_service():
    claims = article_claims(["We will be repaying more than 13.5 billion shillings over four years, the president said."],
                            [(0, "13.5 billion shillings", 1.35e10, "currency")], title="RURITANIA DEBT SERVICING TO RISE")
    assert _metrics(claims) == {"13.5 billion shillings": "debt_service"}


def test_repaying_outside_a_policy_story_is_no_claim():
    text = "The retailer will be repaying 20 million dollars to its lenders."
    assert claims_of(text, mention(text, "20 million dollars", 2e7, "currency")) == []


# -- ambiguous company words in a sentence on a state's finances ----------------------------------
def test_revenue_beside_a_budget_and_deficit_of_its_own_sentence_is_the_states():
    text = ("The minister presented a budget which foresees a deficit of 9.4 billion crowns, with federal spending at "
            "27.4 billion and revenue at 18 billion.")
    claims = claims_of(text, mention(text, "9.4 billion crowns", 9.4e9, "currency"),
                       mention(text, "27.4 billion", 2.74e10, "currency"), mention(text, "18 billion", 1.8e10, "currency"))
    assert _metrics(claims) == {"9.4 billion crowns": "fiscal_deficit", "27.4 billion": "public_spending",
                                "18 billion": "tax_revenue"}


def test_revenue_increase_in_a_budget_sentence_is_tax_revenue():
    text = "Budget writers are expected to recommend an 18 billion dlr revenue increase as part of the 1988 budget."
    claims = claims_of(text, mention(text, "18 billion dlr", 1.8e10, "currency"))
    assert [c["metric"] for c in claims] == ["tax_revenue"]


def test_revenue_beside_a_company_word_stays_the_companys():
    for text in ["The company cut its marketing budget and said revenues rose to 5 billion dollars.",
                 "Acme Inc cut its budget after revenues rose to 5 billion dollars."]:
        assert claims_of(text, mention(text, "5 billion dollars", 5e9, "currency")) == []


def test_revenue_without_a_state_finance_word_stays_a_company_word():
    text = "Revenues rose to 5 billion dollars last year."
    assert claims_of(text, mention(text, "5 billion dollars", 5e9, "currency")) == []


def test_budget_financed_by_borrowing_and_revenue():
    # each noun followed by its own figure measures that figure; the budget's increase stays the budget's (a word read
    # as the state's by its context names no metric for "an increase" to take)
    text = ("The 6.9 billion dlr budget, which represents an increase of 18 pct over last year's 5.8 billion, will be "
            "financed by borrowing of 8.868 billion dlrs and estimated revenue of 1.385 billion.")
    claims = claims_of(text, mention(text, "6.9 billion dlr", 6.9e9, "currency"), mention(text, "18 pct", 18),
                       mention(text, "5.8 billion", 5.8e9, "currency"), mention(text, "8.868 billion dlrs", 8.868e9, "currency"),
                       mention(text, "1.385 billion", 1.385e9, "currency"), title="RURITANIA PRESENTS 1987 BUDGET")
    assert _metrics(claims) == {"6.9 billion dlr": "public_spending", "18 pct": "public_spending",
                                "5.8 billion": "public_spending", "8.868 billion dlrs": "fiscal_deficit",
                                "1.385 billion": "tax_revenue"}


def test_cost_of_borrowing_is_an_interest_rate():
    claims = article_claims(["The government's budget deficit reached 3.2 billion pounds.",
                             "The cost of borrowing will fall from its current 4.75% to 3.5% next year."],
                            [(0, "3.2 billion pounds", 3.2e9, "currency"), (1, "4.75%", 4.75, "percent"),
                             (1, "3.5%", 3.5, "percent")])
    assert _metrics(claims) == {"3.2 billion pounds": "fiscal_deficit", "4.75%": "other", "3.5%": "other"}


def test_borrowing_of_a_company_is_no_claim():
    text = "The retailer said its borrowing of 300 million dollars would fund new stores."
    assert claims_of(text, mention(text, "300 million dollars", 3e8, "currency")) == []


def test_figure_compared_with_a_budget_of_its_own_keeps_the_comparison():
    text = ("Analysts estimate that reaching 3.5% of GDP would cost roughly A$40 billion a year more than today's defence "
            "budget of about A$53 billion.")
    claims = claims_of(text, mention(text, "3.5%", 3.5, basis="GDP"), mention(text, "A$40 billion", 4e10, "currency"),
                       mention(text, "A$53 billion", 5.3e10, "currency"))
    by_figure = {c["figure_text"]: c for c in claims}
    assert by_figure["A$53 billion"]["metric"] == "defense_spending"
    assert by_figure["A$40 billion"]["metric"] == "defense_spending"
    assert by_figure["A$40 billion"]["compared_to"] == 5.3e10


# -- sums earmarked; a bare share after a sum ----------------------------------------------------
def test_sum_earmarked_in_a_spending_story_is_public_spending():
    claims = article_claims(["It has earmarked 100 trillion won for the first six months of 2005."],
                            [(0, "100 trillion won", 1e14, "currency")], title="Ruritania spending boost to economy")
    assert _metrics(claims) == {"100 trillion won": "public_spending"}


def test_company_earmarking_a_sum_is_no_claim():
    text = "The retailer has earmarked 50 million dollars for new stores."
    assert claims_of(text, mention(text, "50 million dollars", 5e7, "currency")) == []


def test_bare_share_after_a_sum_is_no_claim():
    # a share with no metric word continues a share just claimed, not a sum ("could cut poverty levels to 36%")
    claims = article_claims(
        ["A total of 24.2 trillion pesos is earmarked for subsidies for the poor, the Ruritanian government said.",
         "Sound distribution of the cash could cut poverty levels to 36% from 53%, the government believes."],
        [(0, "24.2 trillion pesos", 2.42e13, "currency"), (1, "36%", 36, "percent"), (1, "53%", 53, "percent")])
    assert _metrics(claims) == {"24.2 trillion pesos": "public_spending"}


# -- "firm" that is no company --------------------------------------------------------------------
def test_hold_firm_is_no_company_word():
    text = "The minister urged lawmakers to hold firm against a tax hike to reduce the estimated 174 billion dlr budget deficit."
    claims = claims_of(text, mention(text, "174 billion dlr", 1.74e11, "currency"))
    assert [c["metric"] for c in claims] == ["fiscal_deficit"]
    text = "The minister urged lawmakers to hold firm against a tax hike to reduce the estimated 174 billion dlr deficit."
    assert [c["metric"] for c in claims_of(text, mention(text, "174 billion dlr", 1.74e11, "currency"))] == ["fiscal_deficit"]


def test_a_firm_still_marks_a_companys_figures():
    text = "The firm said its deficit narrowed to 17 million dollars."
    assert claims_of(text, mention(text, "17 million dollars", 1.7e7, "currency")) == []


def test_a_market_holding_firm_is_no_claim():
    text = "The dollar held firm at 1.5 percent above its March low."
    assert claims_of(text, mention(text, "1.5 percent", 1.5)) == []


# -- a state's asset sales; a cue holding its "in" -----------------------------------------------
def test_asset_sales_of_a_state_mark_no_company():
    text = ("Excluding revenue from asset sales, the budget would indicate a deficit of 1.27 billion dlrs, the finance "
            "minister said.")
    claims = claims_of(text, mention(text, "1.27 billion dlrs", 1.27e9, "currency"))
    assert [c["metric"] for c in claims] == ["fiscal_deficit"]


def test_revenue_increases_from_sales_of_federal_assets():
    # "in revenue" right after the figure is the noun it measures, like "in new taxes"
    text = "The president's 1988 budget proposed 22 billion in revenue increases from sales of federal assets."
    claims = claims_of(text, mention(text, "22 billion", 2.2e10, "currency"))
    assert [c["metric"] for c in claims] == ["tax_revenue"]


def test_company_sales_still_mark_a_company():
    text = "Acme said its budget deficit widened as sales fell to 40 million dollars."
    assert [c["metric"] for c in claims_of(text, mention(text, "40 million dollars", 4e7, "currency"))] == []


# -- a fragment opening on its figure -------------------------------------------------------------
def test_quote_fragment_opening_on_its_figure_goes_on_with_the_deficit():
    claims = article_claims(['Keating said: "The deficit for this year, projected, was 3.5 billion ....',
                             "It is in fact running ...",
                             'Over four billion and we will be trying to bring that in close to target."'],
                            [(0, "3.5 billion", 3.5e9, "currency"), (2, "four billion", 4e9, "currency")])
    assert _metrics(claims) == {"3.5 billion": "fiscal_deficit", "four billion": "fiscal_deficit"}


def test_figure_opening_a_sentence_long_after_a_claim_is_no_claim():
    claims = article_claims(["The budget deficit was 3.5 billion dlrs last year.", "Analysts were surprised.",
                             "Shares rose on the news.", "Over four billion dlrs changed hands on the exchange."],
                            [(0, "3.5 billion dlrs", 3.5e9, "currency"), (3, "four billion dlrs", 4e9, "currency")])
    assert _metrics(claims) == {"3.5 billion dlrs": "fiscal_deficit"}
