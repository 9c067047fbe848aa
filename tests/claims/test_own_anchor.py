"""A figure's own time anchor (pipeline/claims/anchor.py): the time words that belong to one figure of a sentence, not to
the sentence, make it a level reached, whatever verb set the sentence's stance (our own sentences)."""
from datetime import datetime, timezone

import pytest

from helpers import pipeline_claims

PUBLISHED = datetime(2025, 6, 1, tzinfo=timezone.utc)


def _kind(text, surface, published=PUBLISHED, bound=None):
    from pipeline.claims import anchor, stance

    start = text.index(surface)
    end = start + len(surface)
    clause = stance.clause_bounds(text, 0, len(text), start, end)
    return anchor.own_anchor(text, clause, start, end, published, bound)


@pytest.mark.parametrize("text, surface, kind", [
    # the level a change or a comparison starts from
    ("The rise, from about 1.9% today, will be paid for by trimming farm subsidies.", "1.9%", "baseline"),
    ("The projected shortfall compares with a 2023/24 deficit of 5.2 billion dollars.", "5.2 billion dollars", "baseline"),
    ("The treasury sees a deficit of 3.0 billion after one of 3.6 billion last year.", "3.6 billion", "baseline"),
    ("The new budget exceeds the previous record of 8,700 billion yen set in fiscal 2019.", "8,700 billion yen", "baseline"),
    ("Labour would lower the 45 pct top rate of income tax to 40 pct.", "45 pct", "baseline"),
    # an aside or an adverb of the present bound to the figure
    ("Exporters hope the government will trim the corporate tax, now at 30 pct, before the election.", "30 pct", "now"),
    ("The farm policy, which currently accounts for about half of the 60 billion euro budget, must change.",
     "60 billion euro", "now"),
    ("Spending is set to climb from about 1.4% of GDP now to 2% by 2030.", "1.4% of GDP", "baseline"),
    ("The minister said public debt, around 120% of GDP, would start to fall in 2027.", "120%", "now"),
    # a time gone by
    ("Donors that gave some 900 million dollars in aid to Kenya last year will be asked for more.",
     "900 million dollars", "past"),
    ("Officials will present a plan to cut a deficit that reached 5.8% of GDP in 2023.", "5.8% of GDP", "past"),
    ("The surplus widened to 2 billion euros during the first five months of this year.", "2 billion euros", "past"),
    ("The new target is more than double the 36 billion dollar shortfall of 2023/24.", "36 billion dollar", "past"),
])
def test_a_figure_anchored_now_or_in_the_past(text, surface, kind):
    assert _kind(text, surface) == kind


@pytest.mark.parametrize("text, surface", [
    # a plan, a forecast, a hope or a rule qualifying the level it starts from or is compared with
    ("The deficit is to fall to 4.6% of GDP next year from the 5.4% targeted for this year.", "5.4%"),
    ("The deficit must fall to 100 billion from 120 billion forecast for 2025.", "120 billion"),
    ("Firms won contracts worth 34 million dollars, compared with the 900 million dollars Britain had hoped to secure.",
     "900 million dollars"),
    ("Allies agreed to spend 5% of GDP, up from the 2% guideline of 2014.", "2%"),
    # a source, a change, a range: no level a change starts from
    ("The pledges are to be financed from a 1% tax increase on top earners.", "1%"),
    ("The levy would raise from 8.5 to 17 billion dollars a year.", "8.5 to 17 billion dollars"),
    # a later year, or no time of the figure's own
    ("Spending will rise to 3.5% of GDP by 2030, up from 2.1% in 2026.", "2.1%"),
    ("The government will spend 2% of GDP on defence.", "2%"),
    ("The package, about 2% of GDP, will be spent on roads and railways.", "2%"),
])
def test_no_anchor_of_its_own(text, surface):
    bound = "range" if " to " in surface else None
    assert _kind(text, surface, bound=bound) is None


def test_a_plan_or_act_of_a_past_year_is_no_level_reached():
    from types import SimpleNamespace

    from pipeline.claims import anchor, stance

    for text, surface, verb in [("Ministers said they would cut the deficit to 3% in 2021.", "3%", "would"),
                                ("The government cut aid to 0.5% of national income in 2021.", "0.5%", None)]:
        start = text.index(surface)
        end = start + len(surface)
        clause = stance.clause_bounds(text, 0, len(text), start, end)
        cue = SimpleNamespace(start=text.index(verb), end=text.index(verb) + len(verb)) if verb else None
        assert anchor.own_anchor(text, clause, start, end, PUBLISHED) == "past"
        assert not anchor.reached_level(text, clause, start, end, PUBLISHED, None, "commitment", cue)
    # the same past year after another figure the verb governs is a level reached
    text = "Ministers said they would cut the deficit to 2% in 2026 from 3% in 2024."
    start = text.index("3%")
    clause = stance.clause_bounds(text, 0, len(text), start, start + 2)
    cue = SimpleNamespace(start=text.index("would"), end=text.index("would") + 5)
    assert anchor.reached_level(text, clause, start, start + 2, PUBLISHED, None, "commitment", cue)


def _type(claims, surface):
    return next(c["claim_type"] for c in claims if surface in c["figure_text"])


def test_a_budget_a_policy_currently_takes_a_share_of_is_reported():
    cs = pipeline_claims("BRUSSELS - The commissioner said he agreed with leaders who argued the need to reform the farm "
                         "policy, which currently accounts for about half of the 60 billion euro annual budget.")
    assert _type(cs, "60 billion euro") == "actual"


def test_a_budget_policies_now_swallow_is_reported_beside_the_shortfall_expected():
    cs = pipeline_claims("BRUSSELS - EU farm policies now swallow a third of an annual budget of about 170 billion euros and "
                         "are blamed for an expected shortfall this year of about 4 billion euros.")
    assert _type(cs, "170 billion euros") == "actual" and _type(cs, "4 billion euros") == "forecast"


def test_the_previous_record_a_new_budget_exceeds_is_reported():
    cs = pipeline_claims("TOKYO - The 9,200 billion yen stop-gap budget for the first two months of fiscal 2026 exceeds the "
                         "previous record of 8,700 billion yen for a provisional budget in fiscal 2019.")
    assert _type(cs, "9,200 billion yen") == "commitment" and _type(cs, "8,700 billion yen") == "actual"


def test_aid_given_last_year_is_reported_whatever_the_sentence_s_future():
    cs = pipeline_claims("COLOMBO - Letters describing the floods will be sent this week to the donors that gave some 650 "
                         "mln dlrs in development aid to Sri Lanka last year, officials said.")
    assert _type(cs, "650") == "actual"


class _AlwaysForecast:
    """A stand-in for the learned model that would make every claim a forecast."""
    types = ("demand", "commitment", "proposal", "rejection", "forecast", "actual", "benchmark")
    metrics = ("defense_spending", "fiscal_deficit", "tax_revenue", "development_aid", "public_spending")
    with_rules = False
    adjacency = True

    def decide_all(self, rule_types, feature_dicts):
        return ["forecast" for _ in rule_types]


def _retyped(text):
    from pipeline.claims import frame, typemodel
    from pipeline.process import prepare_article

    article = {"article_id": "t", "text": text, "title": None, "published": PUBLISHED, "source": "test", "url": None,
               "input_path": "t", "input_record": None}
    rules = frame.find_claims_rules(article, *prepare_article(article))
    return rules, typemodel.retype(rules, article, _AlwaysForecast())


def test_the_model_does_not_override_the_rules_actual_of_an_anchored_figure():
    rules, final = _retyped("OTTAWA - The government will lift defence spending to 2% of GDP this fiscal year, up from "
                            "about 1.4% now, the minister said.")
    assert _type(rules, "1.4%") == "actual" and _type(final, "1.4%") == "actual"
    # (the government's own future act on its figure keeps the rules' commitment too: futureact, session 27; before it,
    # the stand-in's forecast replaced it)
    assert _type(rules, "2% of GDP") == "commitment" and _type(final, "2% of GDP") == "commitment"


def test_the_model_does_override_an_actual_with_no_time_of_its_own():
    rules, final = _retyped("BERLIN - The deficit was 2.8% of GDP, the ministry said.")
    assert _type(rules, "2.8%") == "actual" and _type(final, "2.8%") == "forecast"


class _AlwaysActual(_AlwaysForecast):
    """A stand-in for the learned model that would make every claim a level reached."""

    def decide_all(self, rule_types, feature_dicts):
        return ["actual" for _ in rule_types]


def test_the_model_makes_no_level_of_a_later_year_actual():
    from pipeline.claims import frame, typemodel
    from pipeline.process import prepare_article

    text = ("CANBERRA - The budget has defence spending rising from about 2% of GDP now to 2.4% by 2033-34, and the "
            "government will spend 5 billion dollars on submarines.")
    article = {"article_id": "t", "text": text, "title": None, "published": PUBLISHED, "source": "test", "url": None,
               "input_path": "t", "input_record": None}
    rules = frame.find_claims_rules(article, *prepare_article(article))
    final = typemodel.retype(rules, article, _AlwaysActual())
    assert _type(rules, "2.4%") != "actual" and _type(final, "2.4%") == _type(rules, "2.4%")
    assert _type(rules, "5 billion") == "commitment" and _type(final, "5 billion") == "actual"
