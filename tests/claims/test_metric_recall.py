"""Figure recall: policy figures whose metric is phrased indirectly still become claims (own sentences)."""
import pytest
from helpers import claims_of, mention


# a share "of" a whole (revenue, resources, a budget) measures what takes it, when a cue names that
@pytest.mark.parametrize("text, surface, metric", [
    ("Interest payments are likely to absorb around 30% of federal revenue by 2035.", "around 30%", "debt_service"),
    ("Debt servicing took 50 pct of the state's resources and 27 pct of export revenues.", "27 pct", "debt_service"),
    ("Defence spending will take 12% of Ruritania's total revenues next year.", "12%", "defense_spending"),
])
def test_share_of_a_whole_takes_the_measuring_cue(text, surface, metric):
    claims = claims_of(text, mention(text, surface, 1))
    assert [c["metric"] for c in claims] == [metric]


def test_share_of_a_budget_alone_is_the_budget():
    # no other cue speaks for the figure: the whole it is taken of is what is cut
    text = "The government will cut 10% of the defence budget."
    assert [c["metric"] for c in claims_of(text, mention(text, "10%", 10))] == ["defense_spending"]


def test_share_of_company_revenue_is_no_claim():
    text = "Acme Corp said advertising took 30% of its revenue."
    assert claims_of(text, mention(text, "30%", 30)) == []


def _two_sentences(first: str, second: str, *mentions_spec, title=None):
    """claims of a two-sentence text; mentions_spec: (sentence no, surface, value, unit)."""
    from pipeline.claims import find_claims
    from helpers import Sentence
    text = first + " " + second
    sentences = [Sentence(0, 0, len(first)), Sentence(1, len(first) + 1, len(text))]
    ms = []
    for k, surface, value, unit in mentions_spec:
        m = mention(text, surface, value, unit)
        m["sentence_index"] = k
        ms.append(m)
    return find_claims({"text": text, "title": title, "published": None, "article_id": "t"}, sentences, ms)


def test_budget_story_stays_on_policy_after_a_growth_figure():
    # the article made a budget claim, then a growth one: a later bare "budget" is still the state's
    first = "South Korea plans to raise its budget by 12 pct and expects growth of 7.5 pct."
    second = "The balanced budget in 1986 totalled 13,800 billion won."
    claims = _two_sentences(first, second, (0, "12 pct", 12, "percent"), (0, "7.5 pct", 7.5, "percent"),
                            (1, "13,800 billion won", 1.38e13, "currency"))
    assert [c["metric"] for c in claims] == ["public_spending", "gdp_growth", "public_spending"]


def test_unscored_story_keeps_weak_words_out():
    # only an interest-rate figure so far: "cuts" of rates are no budget's
    first = "The central bank held its interest rate at 4.5 pct."
    second = "Policymakers still pointed to two cuts of 0.25 pct by the end of the year."
    claims = _two_sentences(first, second, (0, "4.5 pct", 4.5, "percent"), (1, "0.25 pct", 0.25, "percent"))
    assert [c["metric"] for c in claims] == ["other"]


def test_headline_topic_prefers_a_scored_metric():
    from pipeline.claims.metrictopic import title_topic
    assert title_topic("SEAGA PRESENTS GROWTH BUDGET FOR 1987") == "public_spending"
    assert title_topic("ECONOMIC GROWTH SLOWS") == "gdp_growth"


def test_capital_outlays_are_a_firms():
    # "capital outlays", like "capital spending", is what a company invests, whatever state its name holds
    text = "U.S. Shoe said its capital outlays in fiscal 1987 would exceed 165 mln dlrs."
    assert claims_of(text, mention(text, "165 mln dlrs", 1.65e8, "currency")) == []


def test_sum_given_in_an_aid_story_is_aid():
    first = "Rich countries cut their development aid by 7% last year."
    second = "The United States remained the largest donor, giving more than 60 billion dollars."
    claims = _two_sentences(first, second, (0, "7%", 7, "percent"), (1, "60 billion dollars", 6e10, "currency"),
                            title="Global aid falls")
    assert [c["metric"] for c in claims] == ["development_aid", "development_aid"]


def test_aid_word_out_of_reach_still_names_the_aid():
    first = "Turkey will receive 720 mln dlrs in economic aid this year."
    second = ("Next year, the U.S. government has promised to ask Congress for 910 mln dlrs under an agreement that "
              "prompted domestic criticism in Turkey for not winning enough aid.")
    claims = _two_sentences(first, second, (0, "720 mln dlrs", 7.2e8, "currency"), (1, "910 mln dlrs", 9.1e8, "currency"))
    assert [c["metric"] for c in claims] == ["development_aid", "development_aid"]


def test_sum_given_outside_an_aid_story_is_no_claim():
    first = "The company raised its dividend by 7%."
    second = "Its founder is giving 60 million dollars to charity."
    claims = _two_sentences(first, second, (0, "7%", 7, "percent"), (1, "60 million dollars", 6e7, "currency"))
    assert claims == []


@pytest.mark.parametrize("text, surface, code", [
    ("The government proposed a budget of up to 41.7 billion Syrian pounds.", "41.7 billion Syrian pounds", "SYP"),
    ("Seaga presented a budget of 6.9 billion jamaica dlrs.", "6.9 billion jamaica dlrs", "JMD"),
    ("Kenya expects 18.3 billion Kenyan shillings in external loans.", "18.3 billion Kenyan shillings", "KES"),
])
def test_national_currency_names_are_figures(text, surface, code):
    # a country's adjective between the scale and the currency word ("billion Syrian pounds") is part of the figure
    from pipeline.quantities import find_mentions
    from pipeline.segment import split_sentences
    found = [(m["surface"], m["currency"]) for m in find_mentions(text, split_sentences(text))]
    assert (surface, code) in found


@pytest.mark.parametrize("text, surface, value, metric", [
    ("In 1986, Ecuador's total service on the foreign debt was about 996 mln dlrs.", "996 mln dlrs", 9.96e8, "debt_service"),
    ("Sudan set aside only some 200 mln dlrs to service its debts this year.", "200 mln dlrs", 2e8, "debt_service"),
    ("Thailand's budget earmarks 56 billion baht for servicing the government's domestic and foreign debt.",
     "56 billion baht", 5.6e10, "debt_service"),
    ("Payments on the principal of its foreign debts are put at 3.1 billion dlrs next year.", "3.1 billion dlrs", 3.1e9,
     "debt_service"),
    ("Ruritania has an annual debt liability of about 700 mln dlrs.", "700 mln dlrs", 7e8, "debt_service"),
    # the debt itself, with the payments on it named before the figure
    ("Brazil suspended interest payments on its 68 billion dlr foreign debt.", "68 billion dlr", 6.8e10, "external_debt"),
    ("Ecuador's foreign debt was about 9 billion dlrs.", "9 billion dlrs", 9e9, "external_debt"),
])
def test_debt_serviced_is_debt_service(text, surface, value, metric):
    claims = claims_of(text, mention(text, surface, value, "currency"))
    assert [c["metric"] for c in claims] == [metric]


@pytest.mark.parametrize("text, surface, value, first, second", [
    ("The U.S. plan would shear 11.5 billion dlrs from defense and 11.5 billion dlrs from domestic programs.",
     "11.5 billion dlrs", 1.15e10, "defense_spending", "public_spending"),
    ("The plan could cut 9 billion dlrs from defence spending levels of 290.5 billion and 9 billion dlrs from many domestic "
     "programs.", "9 billion dlrs", 9e9, "defense_spending", "public_spending"),
])
def test_coordinated_figures_keep_their_own_nouns(text, surface, value, first, second):
    # "X from A and Y from B": two figures side by side, not Y the base X is compared with
    ms = [mention(text, surface, value, "currency"), mention(text, surface, value, "currency", occurrence=1)]
    claims = claims_of(text, *ms)
    assert [c["metric"] for c in claims] == [first, second]
    assert all(c["compared_to"] is None for c in claims)


def test_compared_figure_still_compared():
    text = "The deficit fell to 3 billion dlrs from 4 billion dlrs."
    claims = claims_of(text, mention(text, "3 billion dlrs", 3e9, "currency"), mention(text, "4 billion dlrs", 4e9, "currency"))
    assert claims[0]["compared_to"] == 4e9


def test_from_to_pair_takes_the_noun_before_it():
    text = "Lawson would not say whether he will cut the basic rate of tax from the current 27 pct to 25 pct in the next budget."
    claims = claims_of(text, mention(text, "27 pct", 27), mention(text, "25 pct", 25))
    assert [c["metric"] for c in claims] == ["tax_revenue", "tax_revenue"]


def test_later_figure_with_its_own_noun_is_no_base():
    text = ("France plans to cut spending this year by 195 billion francs and to cut the net financing requirement to "
            "below 420 billion francs compared with 561 billion in 1986.")
    claims = claims_of(text, mention(text, "195 billion francs", 1.95e11, "currency"),
                       mention(text, "420 billion francs", 4.2e11, "currency"), mention(text, "561 billion", 5.61e11, "currency"))
    assert [c["metric"] for c in claims] == ["public_spending", "fiscal_deficit", "fiscal_deficit"]
    assert claims[0]["compared_to"] is None and claims[1]["compared_to"] == 5.61e11


def test_budget_office_is_no_budget():
    # the office's name does not make a deficit figure a budget's size: the sentence's deficit does
    text = ("The measure proposes cutting the deficit from 171 billion dlrs to 133 billion dlrs using the Congressional "
            "Budget Office calculations, or to 108 billion dlrs using more optimistic assumptions.")
    ms = [mention(text, s, v, "currency") for s, v in (("171 billion dlrs", 1.71e11), ("133 billion dlrs", 1.33e11),
                                                        ("108 billion dlrs", 1.08e11))]
    assert [c["metric"] for c in claims_of(text, *ms)] == ["fiscal_deficit"] * 3


def test_grant_beside_arms_sales_is_aid():
    # "arms sales" are a state's, not a company's sales: they no longer shut out the grant's weak word
    text = ("The U.S. House of Representatives today opposed a grant of 40 mln dlrs to the Nicaraguan rebels until the "
            "President accounts for proceeds from U.S. arms sales to Iran.")
    claims = claims_of(text, mention(text, "40 mln dlrs", 4e7, "currency"), title="HOUSE VOTE OPPOSES CONTRA AID")
    assert [c["metric"] for c in claims] == ["development_aid"]


def test_transfer_word_far_into_the_sentence_still_carries_the_aid():
    first = "Britain pledged 1 billion pounds in aid to the vaccine alliance."
    second = ("The chancellor, speaking after a week-long tour of several African nations and a meeting with donors, "
              "said Britain was giving 960 mln pounds over 15 years.")
    claims = _two_sentences(first, second, (0, "1 billion pounds", 1e9, "currency"), (1, "960 mln pounds", 9.6e8, "currency"))
    assert [c["metric"] for c in claims] == ["development_aid", "development_aid"]


def test_revenues_right_after_a_budget_claim_are_the_states():
    first = "Italy's state sector borrowing requirement was 31,000 billion lire in the first four months."
    second = "The Treasury said revenues totalled 64,151 billion lire, while spending was 108,439 billion lire."
    claims = _two_sentences(first, second, (0, "31,000 billion lire", 3.1e13, "currency"),
                            (1, "64,151 billion lire", 6.4151e13, "currency"), (1, "108,439 billion lire", 1.08439e14, "currency"))
    assert [c["metric"] for c in claims] == ["fiscal_deficit", "tax_revenue", "public_spending"]


def test_revenues_in_a_company_story_are_no_claim():
    text = "Reuters said underlying revenues fell 5.4% in 2004."
    assert claims_of(text, mention(text, "5.4%", 5.4)) == []


def test_means_after_a_figure_does_not_measure_it():
    text = "The president's budget proposes that the deficit be reduced by a total of 42 billion dlrs through increased revenues."
    claims = claims_of(text, mention(text, "42 billion dlrs", 4.2e10, "currency"))
    assert [c["metric"] for c in claims] == ["fiscal_deficit"]


def test_next_clause_subject_yields_to_own_clause_cue():
    text = ("Officials said Sri Lanka's budget deficit this year is expected to surpass the projected 28.7 billion rupees "
            "while defence spending is also likely to grow.")
    claims = claims_of(text, mention(text, "28.7 billion rupees", 2.87e10, "currency"))
    assert [c["metric"] for c in claims] == ["fiscal_deficit"]


def test_next_clause_cue_still_governs_when_alone():
    text = "Steel and aluminium remain subject to a 50% U.S. tariff."
    assert [c["metric"] for c in claims_of(text, mention(text, "50%", 50))] == ["tariff_rate"]


@pytest.mark.parametrize("text, surface, value, unit, metric", [
    ("In the past two years Brazil had remitted 24 billion dlrs in debt servicing.", "24 billion dlrs", 2.4e10, "currency",
     "debt_service"),
    ("Japan's stop-gap budget includes 1,580 billion yen in new government bond issues.", "1,580 billion yen", 1.58e12,
     "currency", "fiscal_deficit"),
    ("The EC Commission had proposed a package of more than 1.7 billion Ecus, about 70 pct more than the last aid deal.",
     "1.7 billion Ecus", 1.7e9, "currency", "development_aid"),
    ("European allies are expected to invest about 380 billion dlrs in defence, a figure that amounts to 2% of their "
     "combined GDP.", "2%", 2, "percent", "defense_spending"),
])
def test_lexicon_gaps(text, surface, value, unit, metric):
    claims = [c for c in claims_of(text, mention(text, surface, value, unit)) if c["figure_text"].startswith(surface)]
    assert [c["metric"] for c in claims] == [metric]


def test_weakest_word_does_not_resolve_a_weak_one():
    text = ("Bankers forecast the 1987 deficit will exceed one billion dlrs, because a spurt in exports is expected to "
            "slow considerably.")
    claims = claims_of(text, mention(text, "one billion dlrs", 1e9, "currency"),
                       title="PHILIPPINE CURRENT ACCOUNT DEFICIT SEEN WIDENING")
    assert [c["metric"] for c in claims] == ["current_account"]


def test_sum_received_by_a_charity_in_an_aid_story_is_no_claim():
    first = "Britain pledged 50 million pounds in aid to the tsunami region."
    second = "The charity's website has so far received almost 8 million pounds in online donations."
    claims = _two_sentences(first, second, (0, "50 million pounds", 5e7, "currency"), (1, "8 million pounds", 8e6, "currency"))
    assert [c["figure_text"] for c in claims] == ["50 million pounds"]


def test_net_repayment_in_a_borrowing_story_is_the_balance():
    first = "Total PSBR in the first 11 months was 100 mln stg."
    second = "Forecasts had been for a net repayment in February, but the 300 mln stg repayment was toward the better end."
    claims = _two_sentences(first, second, (0, "100 mln stg", 1e8, "currency"), (1, "300 mln stg", 3e8, "currency"))
    assert [c["metric"] for c in claims] == ["fiscal_deficit", "fiscal_deficit"]


def test_repayment_outside_a_policy_story_is_no_claim():
    text = "The retailer made a 300 mln stg repayment to its banks."
    assert claims_of(text, mention(text, "300 mln stg", 3e8, "currency")) == []


def test_uk_current_budget_is_the_balance():
    text = "The changes by the ONS increase the UK's current budget measure for the past five years by £2.1bn in total."
    claims = claims_of(text, mention(text, "£2.1bn", 2.1e9, "currency"))
    assert [c["metric"] for c in claims] == ["fiscal_deficit"]


def test_an_increase_takes_the_metric_of_its_sentence():
    text = ("Under the 2024 National Defence Strategy that share is projected to rise to 2.33% by 2033-34, an increase the "
            "government has costed at an extra A$50.3 billion over the decade.")
    claims = claims_of(text, mention(text, "2.33%", 2.33), mention(text, "A$50.3 billion", 5.03e10, "currency"),
                       title="Australia defence spending")
    assert [c["metric"] for c in claims] == ["defense_spending", "defense_spending"]


@pytest.mark.parametrize("text, surface, value, unit, metric", [
    ("Federal outlays rose to 83.8 billion dlrs in February, the Treasury said.", "83.8 billion dlrs", 8.38e10, "currency",
     "public_spending"),
    ("The government announced budget cuts of 4 billion euros.", "4 billion euros", 4e9, "currency", "public_spending"),
    ("Wright's 20 billion dlr revenue raising plan has no specifics, the Speaker said.", "20 billion dlr", 2e10, "currency",
     "tax_revenue"),
    ("Washington imposed punitive duties of 100 pct on Japanese electronics.", "100 pct", 100, "percent", "tariff_rate"),
    ("The Pentagon plans arms procurement of 80 billion dlrs next year.", "80 billion dlrs", 8e10, "currency",
     "defense_spending"),
    ("The government faces a fiscal gap of 2 billion euros next year.", "2 billion euros", 2e9, "currency", "fiscal_deficit"),
])
def test_budget_figures_in_other_words(text, surface, value, unit, metric):
    assert [c["metric"] for c in claims_of(text, mention(text, surface, value, unit))] == [metric]


def test_second_comparison_across_but_keeps_the_head_metric():
    text = ("U.S. budget receipts were 55.46 billion dlrs last month, up from 53.37 billion dlrs in February, 1986, but down "
            "from 81.77 billion dlrs in January.")
    ms = [mention(text, s, v, "currency") for s, v in (("55.46 billion dlrs", 5.546e10), ("53.37 billion dlrs", 5.337e10),
                                                        ("81.77 billion dlrs", 8.177e10))]
    assert [c["metric"] for c in claims_of(text, *ms)] == ["tax_revenue"] * 3


def test_weak_word_does_not_take_another_figures_cue():
    # "defence" says what the later sum is for; the budget share before it stays the budget's
    text = ("The plan would equal about 1.2% of the bloc's gross national income, up from 1.1% in the last seven-year budget, "
            "and would set aside 100 billion euros for defence.")
    claims = claims_of(text, mention(text, "1.2%", 1.2), mention(text, "1.1%", 1.1),
                       mention(text, "100 billion euros", 1e11, "currency"), title="Union budget plan")
    assert [c["metric"] for c in claims] == ["public_spending", "public_spending", "defense_spending"]


def test_weak_word_still_takes_the_cue_after_its_own_figure():
    text = "The government will lift spending to 2.5% of GDP on defence by 2030."
    claims = claims_of(text, mention(text, "2.5%", 2.5))
    assert [c["metric"] for c in claims] == ["defense_spending"]


def test_sum_in_pledges_in_a_tax_story_is_aid():
    # the headline is about taxes, yet money "in pledges" from lenders is donors' aid, not revenue
    text = "The ministry said it had already secured 2.1 billion dlrs in pledges from foreign lenders."
    claims = claims_of(text, mention(text, "2.1 billion dlrs", 2.1e9, "currency"), title="RURITANIA PROPOSES NEW TAXES")
    assert [c["metric"] for c in claims] == ["development_aid"]


def test_pledging_a_sum_is_a_pledge():
    text = "Besides pledging 800 mln pounds over ten years to the vaccine fund, Britain urged other donors to give."
    claims = claims_of(text, mention(text, "800 mln pounds", 8e8, "currency"))
    assert [c["metric"] for c in claims] == ["development_aid"]


def test_a_rate_imposed_is_the_tariff_named_before():
    text = ("Canada accepted a 10% U.S. tariff on most of its exports, ending a long dispute in which Washington had "
            "threatened to impose a rate of 35% from next month.")
    claims = claims_of(text, mention(text, "10%", 10), mention(text, "35%", 35))
    assert [c["metric"] for c in claims] == ["tariff_rate", "tariff_rate"]


def test_budget_below_a_share_beside_a_deficit_word_is_the_deficit():
    # "budget" alone is no deficit; the sentence's own "deficit" says which balance is brought below the share
    text = ("Having taken Italy off its list of deficit offenders, the Commission said Rome should bring its budget "
            "below 3% by 2026.")
    claims = claims_of(text, mention(text, "3%", 3))
    assert [c["metric"] for c in claims] == ["fiscal_deficit"]
