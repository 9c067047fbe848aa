"""Metric of debt, deficit and borrowing figures beside spending and budget words (sentences written for these tests)."""
from helpers import pipeline_claim


def test_bare_borrowing_of_a_state_is_its_deficit():
    # no spending word beside it makes a state's borrowing its spending
    text = "Borrowing will total 52 billion crowns next year, the Ruritanian finance ministry said in its draft budget."
    assert pipeline_claim(text, "52 billion")["metric"] == "fiscal_deficit"


def test_borrowing_after_a_means_is_no_metric_of_the_sum():
    # "sourced by borrowing" says how the sum is paid for: the sum is spent, not borrowed
    text = ("Ruritania's government said 40 billion crowns to be spent on railways will be sourced by borrowing "
            "against the central bank's reserves.")
    from datetime import datetime, timezone
    from pipeline.evaluation.claims import predict
    article = {"article_id": "t", "text": text, "title": None, "published": datetime(2025, 6, 1, tzinfo=timezone.utc),
               "source": "test", "url": None, "input_path": "t", "input_record": None}
    assert all(c["metric"] != "fiscal_deficit" for c in predict(article))


def test_opening_aside_does_not_name_the_total():
    # the parts an opening "Including ..." lists are not what the main clause's figure measures
    text = ("Ruritania's cabinet will take on new debt of 40 billion crowns in the core budget. Including the special "
            "funds for the army and the navy, the figure rises to about 75 billion crowns.")
    assert pipeline_claim(text, "75 billion")["metric"] == "fiscal_deficit"


def test_opening_aside_with_borrowing_in_main_clause():
    text = ("Ruritania's cabinet approved a budget with spending of 400 billion crowns. Including the special funds for "
            "the armed forces, "
            "borrowing will total about 90 billion crowns.")
    assert pipeline_claim(text, "90 billion")["metric"] == "fiscal_deficit"


def test_weak_budget_word_takes_the_topic_of_the_sentence_before():
    # "Defence gets ..." names the topic with no figure; the next sentence's bare "budget" is that defence money
    text = ("Ruritania's parliament approved the 2026 budget with new debt of 40 billion crowns. "
            "Defence gets the largest increase. "
            "The ministry will receive 31 billion crowns from the core budget next year.")
    assert pipeline_claim(text, "31 billion")["metric"] == "defense_spending"


def test_share_of_gdp_is_no_share_of_the_next_clauses_noun():
    # "3.1% of GDP while debt ...": the share is of GDP; "debt" opens the next clause and is no whole of it
    from pipeline.claims.cuescope import DENOMINATOR
    text = "The deficit eased to 3.1% of GDP while debt rose."
    m = DENOMINATOR.match(text, text.index("3.1%") + 4)
    assert m is None or not text[m.end():].startswith("debt")


def test_bare_debt_beside_a_budget_deficit_figure_is_public_debt():
    text = "Ruritania's deficit narrowed to 2.4% of GDP last year while debt stood at 71.5%, the statistics office said."
    assert pipeline_claim(text, "71.5%")["metric"] == "public_debt"
    text = "The treaty requires members to keep deficits below 3% of GDP and debt below 60%."
    assert pipeline_claim(text, "60%")["metric"] == "public_debt"


def test_bare_debt_beside_a_current_account_figure_stays_foreign():
    text = ("Ruritania's current account deficit widened to 4.2 billion dlrs in 1986 and debt reached 31 billion dlrs, "
            "the central bank said.")
    assert pipeline_claim(text, "31 billion")["metric"] == "external_debt"


def test_bare_budget_beside_a_deficit_figure_is_still_that_balance():
    # a budget word is the same balance as the deficit its sentence measures (not a stock beside a flow)
    text = ("Ruritania projected a deficit of 78 billion crowns in its new budget on Tuesday, more than double "
            "the 36 billion crowns it posted last year.")
    assert pipeline_claim(text, "36 billion")["metric"] == "fiscal_deficit"


def test_headline_topic_takes_its_most_specific_scored_word():
    from pipeline.claims.metrictopic import title_topic
    assert title_topic("Cabinet leans on savings to narrow Ruritania's deficit") == "fiscal_deficit"
    assert title_topic("SEAGA PRESENTS GROWTH BUDGET FOR 1987") == "public_spending"


def test_debt_topic_of_a_figure_less_sentence_in_a_deficit_story():
    # "The debt keeps rising." names the topic the next sentence's figures go on with; in a story on the budget
    # deficit a bare debt is the public debt
    text = ("Ruritania's government promised to cut the budget deficit to 3.9% of GDP next year. "
            "The debt keeps climbing. It reached 97.4% at the end of March, the statistics office said.")
    assert pipeline_claim(text, "97.4%")["metric"] == "public_debt"


def test_bare_debt_in_a_current_account_story_stays_foreign():
    text = ("Ruritania's current account deficit widened to 2.1 billion dlrs in 1986, the central bank said. "
            "Its debt rose to 14 billion dlrs.")
    assert pipeline_claim(text, "14 billion")["metric"] == "external_debt"


def test_what_pays_for_an_increase_is_not_the_increase():
    # "the increase" stands for the story's defence share, not for the aid cut that pays for it
    text = ("Ruritania will raise defence spending to 2.4% of GDP by 2028, the prime minister told parliament. "
            "The increase, from about 1.9% today, will be paid for by cutting development aid from 0.6% to 0.4% of "
            "gross national income.")
    assert pipeline_claim(text, "1.9%")["metric"] == "defense_spending"
    assert pipeline_claim(text, "0.4%")["metric"] == "development_aid"


def test_bare_debt_in_a_budget_story_is_the_states_own():
    text = ("Finland's government presented its budget proposal with spending of 88 billion euros on Monday. "
            "Debt will rise to 85% of GDP by 2027, the finance ministry said.")
    assert pipeline_claim(text, "85%")["metric"] == "public_debt"


def test_borrowing_read_by_its_budget_sentence_stays_the_deficit_after_a_debt_claim():
    # the story's latest claim is a debt level; the borrowing of a budget sentence is still the deficit
    text = ("Ruritania's public debt will reach 520 billion crowns by 2028, the finance ministry said. "
            "Borrowing for the year is 35 billion crowns, 2.5 billion crowns less than forecast in the March budget.")
    assert pipeline_claim(text, "35 billion")["metric"] == "fiscal_deficit"
