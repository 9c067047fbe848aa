"""A budget line "put at" its sum, or stated in the past with no date of its own, in a story presenting the budget is its
government's commitment (budgetput.put_type, and against the learned type budgetput.rules_stand), not a level reached; a
level told in the past of a later year (budgetput.dated_later_type) and a plan told in the past ("was to rise to":
stance_cues.csv) are no levels reached either. Our own sentences, through the whole pipeline."""
from datetime import datetime, timezone

from pipeline.claims import budgetput
from pipeline.evaluation.claims import predict

LEAD = "Finland's government presented its 2026 budget proposal to parliament on Monday. "


def _types(text, published=datetime(2025, 9, 16, tzinfo=timezone.utc)):
    article = {"article_id": "t", "text": text, "title": None, "published": published, "source": "test", "url": None,
               "input_path": "t", "input_record": None}
    return {c["figure_text"]: c["claim_type"] for c in predict(article)}


def test_a_budget_line_put_at_its_sum_is_the_budgets_commitment():
    types = _types(LEAD + "Expenditure was put at 88.5 billion euros and the deficit at 10.4 billion euros.")
    assert types["88.5 billion euros"] == "commitment"
    assert types["10.4 billion euros"] == "commitment"  # (the passive's second line, its verb left out)


def test_a_past_year_or_a_months_outturn_put_at_stays_a_level_reached():
    assert _types(LEAD + "Last year's deficit was put at 12.2 billion euros.")["12.2 billion euros"] == "actual"
    text = LEAD + "The central government deficit was put at 1.9 billion euros in August, the finance ministry said."
    assert _types(text)["1.9 billion euros"] == "actual"


def test_put_at_outside_a_budget_story_or_in_a_forecasters_words_stays_a_level_reached():
    text = "Finland's central government deficit was put at 10.4 billion euros, Statistics Finland said."
    assert _types(text)["10.4 billion euros"] == "actual"
    assert _types(LEAD + "Economists said the deficit was put at 10.4 billion euros.")["10.4 billion euros"] == "actual"


def test_put_before_reads_the_passive_right_before_the_figure():
    text = "Spending was put at about 12 billion and revenue at 10 billion."
    assert budgetput.put_before(text, 0, 0, text.index("12"))
    assert budgetput.put_before(text, 0, 0, text.index("10"))
    text = "Spending was estimated at 12 billion."  # (an estimate reports the level of the year running)
    assert not budgetput.put_before(text, 0, 0, text.index("12"))


def test_the_rules_commitment_of_a_put_line_stands_against_the_models_level():
    text = "Expenditure was put at 6.8 billion pounds."
    claim = {"claim_type": "commitment", "metric": "public_spending", "char_start": text.index("6.8"),
             "char_end": text.index(" pounds"), "sentence": text}
    published = datetime(1987, 6, 19, tzinfo=timezone.utc)
    assert budgetput.rules_stand(text, claim, "actual", 0, published)
    assert not budgetput.rules_stand(text, {**claim, "metric": "public_debt"}, "actual", 0, published)
    assert not budgetput.rules_stand(text, {**claim, "claim_type": "actual"}, "forecast", 0, published)


def test_the_rules_forecast_of_a_later_years_level_stands_against_the_models_level():
    text = "Spending in 1988 rose to 210 billion crowns."
    claim = {"claim_type": "forecast", "metric": "other", "char_start": text.index("210"),
             "char_end": text.index(" crowns"), "sentence": text}
    assert budgetput.rules_stand(text, claim, "actual", 0, datetime(1987, 3, 20, tzinfo=timezone.utc))
    assert not budgetput.rules_stand(text, claim, "actual", 0, datetime(1989, 3, 20, tzinfo=timezone.utc))


def test_a_plan_told_in_the_past_of_a_later_year_is_no_level_reached():
    text = "The finance ministry said in March that defence spending in 2026 was to rise to 2.4% of GDP."
    assert _types(text, datetime(2025, 6, 1, tzinfo=timezone.utc))["2.4% of GDP"] == "commitment"


def test_an_undated_past_line_of_a_budget_story_is_the_budgets():
    text = "Norway's government presented its 2026 budget to parliament on Monday. Total spending was 2,100 billion crowns."
    assert _types(text, datetime(2025, 10, 7, tzinfo=timezone.utc))["2,100 billion crowns"] == "commitment"
    dated = "Norway's government presented its 2026 budget to parliament on Monday. The deficit was 12 billion crowns in 2024."
    assert _types(dated, datetime(2025, 10, 7, tzinfo=timezone.utc))["12 billion crowns"] == "actual"


def test_a_level_told_in_the_past_of_a_year_not_begun_is_no_level_reached():
    text = ("Norway's government presented its 2026 budget to parliament on Monday. Spending in 2026 rose to 2,100 billion "
            "crowns from 2,000 billion crowns in 2025.")
    types = _types(text, datetime(2025, 10, 7, tzinfo=timezone.utc))
    assert types["2,100 billion crowns"] == "commitment"
    assert types["2,000 billion crowns"] == "actual"  # (the level it moves from)


def test_a_later_years_level_a_passive_change_decided_is_a_commitment():
    text = ("Zambia agreed a new schedule with its bondholders on Friday. Its debt repayments in 2027 were cut to 1.2 "
            "billion dollars from 3.1 billion dollars.")
    types = _types(text, datetime(2025, 6, 1, tzinfo=timezone.utc))
    assert types["1.2 billion dollars"] == "commitment"
    assert types["3.1 billion dollars"] == "actual"
    assert budgetput.CHANGED_TO.search("Payments in 2027 were cut to ")
    assert not budgetput.CHANGED_TO.search("Payments in 2027 fell to ")
