"""claim_type by the year a figure itself is dated by, and by the clause that governs it (our own sentences)."""
import pytest
from datetime import datetime, timezone

from helpers import mention, one_sentence


def _claims(text, *mentions, published=(1991, 3, 10)):
    from pipeline.claims import find_claims

    article = {"text": text, "title": None, "article_id": "test",
               "published": datetime(*published, tzinfo=timezone.utc) if published else None}
    return find_claims(article, one_sentence(text), list(mentions))


def _money(text, surface, value, currency="USD", occurrence=0):
    return mention(text, surface, value, unit="currency", currency=currency, occurrence=occurrence)


def _type_of(cs, surface):
    return next(c["claim_type"] for c in cs if c["figure_text"] == surface)


def test_an_estimate_of_this_year_reports_the_level_beside_a_target_for_next_year():
    text = "The cabinet's draft aims to bring the budget deficit down to 3.1% of GDP next year from an estimated 3.9% this year."
    cs = _claims(text, mention(text, "3.1% of GDP", 3.1, basis="GDP"), mention(text, "3.9%", 3.9))
    assert _type_of(cs, "3.1% of GDP") == "commitment" and _type_of(cs, "3.9%") == "actual"


def test_a_level_dated_in_a_past_fiscal_year_is_reached_whatever_the_forecast_verb():
    text = ("The budget deficit is forecast to be 4.2 billion dlrs in the year to March 1992 against an expected "
            "3.8 billion dlrs in 1990/91 and 2.6 billion in 1989/90.")
    cs = _claims(text, _money(text, "4.2 billion dlrs", 4.2e9), _money(text, "3.8 billion dlrs", 3.8e9),
                 _money(text, "2.6 billion", 2.6e9))
    assert _type_of(cs, "4.2 billion dlrs") == "forecast"
    assert _type_of(cs, "2.6 billion") == "actual"


def test_a_fiscal_year_ended_before_the_article_is_past():
    text = ("The treasury projected a deficit of 41 billion dlrs for the current fiscal year, against the "
            "29 billion dlrs it recorded in 1989/90.")
    cs = _claims(text, _money(text, "41 billion dlrs", 4.1e10), _money(text, "29 billion dlrs", 2.9e10),
                 published=(1990, 11, 20))
    assert _type_of(cs, "41 billion dlrs") == "forecast" and _type_of(cs, "29 billion dlrs") == "actual"


def test_a_forecast_figure_for_a_past_year_stays_the_forecast():
    text = "Customs receipts of 12.4 billion crowns beat the forecast for 1990 of 11.9 billion crowns, the ministry said."
    cs = _claims(text, _money(text, "12.4 billion crowns", 1.24e10, "SEK"), _money(text, "11.9 billion crowns", 1.19e10, "SEK"))
    assert _type_of(cs, "11.9 billion crowns") == "forecast"


def test_a_level_estimated_to_reach_this_years_figure_is_reported():
    text = "Portugal's defence spending, which the alliance puts at 1.46% of GDP in 2023, is estimated to reach 1.6% in 2024."
    cs = _claims(text, mention(text, "1.46% of GDP", 1.46, basis="GDP"), mention(text, "1.6%", 1.6), published=(2024, 6, 17))
    assert _type_of(cs, "1.46% of GDP") == "actual" and _type_of(cs, "1.6%") == "actual"


def test_a_level_projected_to_be_reached_later_is_forecast():
    text = "Portugal's military spending is projected to reach 2% of GDP in 2029, the alliance said."
    cs = _claims(text, mention(text, "2% of GDP", 2, basis="GDP"), published=(2024, 6, 17))
    assert _type_of(cs, "2% of GDP") == "forecast"


def test_refusing_to_commit_to_a_goal_rejects_it():
    text = "The premier refused to commit to the new 4% defence spending target, saying the country's own plan was enough."
    cs = _claims(text, mention(text, "4%", 4))
    assert _type_of(cs, "4%") == "rejection"


def test_a_law_that_requires_a_level_is_a_standing_rule():
    text = "A statute adopted in 2019 requires military outlays of at least 1.8% of GDP every year."
    cs = _claims(text, mention(text, "1.8% of GDP", 1.8, basis="GDP"), published=(2024, 6, 17))
    assert _type_of(cs, "1.8% of GDP") == "benchmark"


@pytest.mark.rules_layer
def test_an_aside_saying_where_a_rate_stands_now_reports_it():
    text = "Exporters want the government to cut the company tax, now 38 pct, before the election."
    cs = _claims(text, mention(text, "38 pct", 38))
    assert _type_of(cs, "38 pct") == "actual"


@pytest.mark.rules_layer
def test_a_participle_qualifying_another_figure_does_not_govern_the_next():
    text = "Receipts came to 8.1 billion marks against a projected 7.5 billion and the 1989 total of 7.2 billion."
    cs = _claims(text, _money(text, "8.1 billion marks", 8.1e9, "DEM"), _money(text, "7.5 billion", 7.5e9, "DEM"),
                 _money(text, "7.2 billion", 7.2e9, "DEM"))
    assert _type_of(cs, "7.5 billion") == "forecast" and _type_of(cs, "7.2 billion") == "actual"


def test_a_drafts_figure_is_the_governments_plan():
    text = "The draft includes 4.2 billion zlotys more for the army, in line with the plan to lift defence outlays to 9 billion zlotys by 2030."
    cs = _claims(text, _money(text, "4.2 billion zlotys", 4.2e9, "PLN"), _money(text, "9 billion zlotys", 9e9, "PLN"),
                 published=(2024, 9, 2))
    assert _type_of(cs, "4.2 billion zlotys") in ("commitment", "proposal")


def test_the_verb_of_a_closed_condition_does_not_govern_the_main_clause():
    text = "The chairman said that if parliament approves 2 billion dlrs in spending cuts, the budget deficit would be 9 billion dlrs."
    cs = _claims(text, _money(text, "2 billion dlrs", 2e9), _money(text, "9 billion dlrs", 9e9))
    assert _type_of(cs, "9 billion dlrs") == "forecast"


def test_a_speakers_report_after_with_is_not_governed_by_the_verb_before():
    text = ("Parliament has rejected the budget, with the audit office predicting the deficit will reach "
            "7 billion dlrs next year.")
    cs = _claims(text, _money(text, "7 billion dlrs", 7e9))
    assert _type_of(cs, "7 billion dlrs") == "forecast"


@pytest.mark.rules_layer  # (session 24's retrained type model reads the self-imposed ceiling as a benchmark)
def test_a_limit_a_state_sets_itself_is_its_commitment():
    text = "Tokyo has held defence spending under its self-imposed ceiling of 1% of GNP for a decade."
    cs = _claims(text, mention(text, "1% of GNP", 1, basis="GNP"))
    assert _type_of(cs, "1% of GNP") == "commitment"


def test_a_limit_of_a_treaty_stays_a_benchmark():
    text = "Lisbon must bring its budget deficit under the 3% of GDP ceiling set by the treaty."
    cs = _claims(text, mention(text, "3% of GDP", 3, basis="GDP"))
    assert _type_of(cs, "3% of GDP") == "benchmark"


def test_a_draft_calling_for_a_figure_proposes_it():
    text = "The draft calls for a budget deficit of 2.9% of GDP in 2026, the finance ministry said."
    cs = _claims(text, mention(text, "2.9% of GDP", 2.9, basis="GDP"), published=(2025, 8, 1))
    assert _type_of(cs, "2.9% of GDP") in ("proposal", "commitment")


def test_this_years_level_credited_to_estimates_is_reported():
    text = "Greece will spend 3.1% of GDP on defence this year, according to the alliance's estimates."
    later = "Greece will spend 3.1% of GDP on defence in 2028, according to the alliance's estimates."
    cs = _claims(text, mention(text, "3.1% of GDP", 3.1, basis="GDP"), published=(2025, 8, 28))
    cl = _claims(later, mention(later, "3.1% of GDP", 3.1, basis="GDP"), published=(2025, 8, 28))
    assert _type_of(cs, "3.1% of GDP") == "actual" and _type_of(cl, "3.1% of GDP") == "forecast"


def test_a_measure_of_a_budget_named_after_it_is_decided():
    text = "The treasurer lowered the company tax rate to 27 pct from 2027/28 in his budget on Tuesday."
    cs = _claims(text, mention(text, "27 pct", 27), published=(2025, 5, 13))
    assert _type_of(cs, "27 pct") == "commitment"


def test_the_verb_of_an_opening_time_clause_does_not_govern_the_main_clause():
    text = "After the fund urged spending cuts, the government pledged to lower its budget deficit to 2.5% of GDP by 2028."
    cs = _claims(text, mention(text, "2.5% of GDP", 2.5, basis="GDP"))
    assert _type_of(cs, "2.5% of GDP") == "commitment"


def test_the_verb_of_a_relative_clause_on_the_subject_does_not_govern_the_main_clause():
    text = "The treasurer, who has rejected calls for new taxes, said the budget deficit would narrow to 1.9% of GDP next year."
    cs = _claims(text, mention(text, "1.9% of GDP", 1.9, basis="GDP"))
    assert _type_of(cs, "1.9% of GDP") == "forecast"


@pytest.mark.rules_layer
def test_an_organisations_target_a_level_is_compared_with_is_a_benchmark():
    from helpers import claims_of
    text = "Estonia spends 3.4% of GDP on defence, far above NATO's 2% target."
    cs = claims_of(text, mention(text, "3.4% of GDP", 3.4, basis="GDP"), mention(text, "2%", 2))
    assert _type_of(cs, "3.4% of GDP") == "actual" and _type_of(cs, "2%") == "benchmark"


def test_an_estimate_that_a_level_will_be_reached_this_year_still_looks_ahead():
    text = "Economists estimate the budget deficit will reach 4.5 billion dlrs in 1991."
    cs = _claims(text, _money(text, "4.5 billion dlrs", 4.5e9))
    assert _type_of(cs, "4.5 billion dlrs") == "forecast"


def test_a_level_that_should_move_is_expected_not_demanded():
    text = "Tax revenue should amount to 14.2 billion crowns next year, the treasury said."
    pressed = "The commission said Rome should spend 2% of GDP on defence."
    cs = _claims(text, _money(text, "14.2 billion crowns", 1.42e10, "SEK"))
    cp = _claims(pressed, mention(pressed, "2% of GDP", 2, basis="GDP"))
    assert _type_of(cs, "14.2 billion crowns") == "forecast" and _type_of(cp, "2% of GDP") == "demand"


def test_a_project_named_is_no_projection():
    text = "Counting outlays on the hydroelectric project of 1.1 billion dlrs, total state expenditure was 9.4 billion dlrs."
    cs = _claims(text, _money(text, "1.1 billion dlrs", 1.1e9), _money(text, "9.4 billion dlrs", 9.4e9))
    assert _type_of(cs, "9.4 billion dlrs") == "actual"


def test_an_outturn_set_against_last_sentences_forecast_is_actual():
    from pipeline.claims import find_claims
    from helpers import Sentence
    text = "The minister had said the borrowing requirement would be around 5.0 billion dlrs. It was in fact lower, at 4.2 billion dlrs."
    split = text.index("It was")
    sentences = [Sentence(0, 0, split - 1), Sentence(1, split, len(text))]
    ms = [dict(_money(text, "5.0 billion dlrs", 5e9), sentence_index=0), dict(_money(text, "4.2 billion dlrs", 4.2e9), sentence_index=1)]
    cs = find_claims({"text": text, "title": None, "article_id": "t", "published": None}, sentences, ms)
    assert _type_of(cs, "5.0 billion dlrs") == "forecast" and _type_of(cs, "4.2 billion dlrs") == "actual"


@pytest.mark.rules_layer
def test_a_speaker_pressing_an_uncoded_group_demands():
    from helpers import claims_of
    text = "The defence secretary Hegseth said Asian allies should spend 4% of GDP on defence."
    own = "Chancellor Merz said Germany should spend 3.5% of GDP on defence."
    cs = claims_of(text, mention(text, "4% of GDP", 4, basis="GDP"))
    co = claims_of(own, mention(own, "3.5% of GDP", 3.5, basis="GDP"))
    assert _type_of(cs, "4% of GDP") == "demand" and cs[0]["target_code"] != "USA"
    assert _type_of(co, "3.5% of GDP") == "commitment"


def test_a_conversion_in_brackets_shares_the_participle_of_the_figure_it_converts():
    from helpers import claims_of
    text = "The government has earmarked 40 trillion won ($29bn) for defence spending in the first half, 55% of the annual budget."
    cs = claims_of(text, _money(text, "40 trillion won", 4e13, "KRW"), _money(text, "$29bn", 2.9e10))
    assert _type_of(cs, "40 trillion won") == _type_of(cs, "$29bn") == "commitment"


def test_a_past_level_beside_one_that_should_rise_is_reached():
    text = "Tax revenue should rise to 9.6 billion dlrs in 1992, against 8.1 billion dlrs in 1991 and 7.7 billion dlrs in 1990."
    cs = _claims(text, _money(text, "9.6 billion dlrs", 9.6e9), _money(text, "8.1 billion dlrs", 8.1e9),
                 _money(text, "7.7 billion dlrs", 7.7e9), published=(1991, 5, 2))
    assert _type_of(cs, "9.6 billion dlrs") == "forecast" and _type_of(cs, "7.7 billion dlrs") == "actual"


def test_a_plan_period_running_past_the_article_is_not_past():
    text = "Officials said the state would borrow 20 billion dlrs in the 1990-94 plan period, mostly for the budget deficit."
    cs = _claims(text, _money(text, "20 billion dlrs", 2e10), published=(1991, 5, 2))
    assert all(c["claim_type"] != "actual" for c in cs)


@pytest.mark.rules_layer
def test_a_figure_after_a_closed_which_clause_belongs_to_the_main_clause():
    from helpers import claims_of
    text = ("The finance minister said the government will limit new foreign borrowing, which would come mostly from "
            "commercial banks, to 2.5 billion dlrs next year.")
    cs = claims_of(text, _money(text, "2.5 billion dlrs", 2.5e9))
    assert _type_of(cs, "2.5 billion dlrs") == "commitment"


def test_a_rule_that_will_limit_a_figure_is_a_benchmark_a_government_that_will_is_committed():
    from helpers import claims_of
    rule = "The new statute will limit the structural deficit to 0.5% of GDP."
    gov = "The government plans to cap defence spending at 2.2% of GDP."
    cr = claims_of(rule, mention(rule, "0.5% of GDP", 0.5, basis="GDP"))
    cg = claims_of(gov, mention(gov, "2.2% of GDP", 2.2, basis="GDP"))
    assert _type_of(cr, "0.5% of GDP") == "benchmark" and _type_of(cg, "2.2% of GDP") == "commitment"
