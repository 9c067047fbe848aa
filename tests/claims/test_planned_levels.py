"""A level a relative clause right after it threatens, proposes or demands (relstance), a planned rate someone delayed or
postponed (stance_cues.csv: delayed, postponed) and a rate a state raised in a past month (claimtype.PAST_MARK) are the
setter's plan or act, not a level reached or a forecast. Our own sentences, through the whole pipeline (dated 1 June
2025)."""
from helpers import pipeline_claims

from pipeline.claims import relstance


def _claim(text, figure):
    return next(c for c in pipeline_claims(text) if c["figure_text"] == figure)


def test_a_threatened_rate_a_deal_came_down_from_stays_the_threat():
    text = ("Jakarta and Washington settled on a 21% duty on Indonesian shoes entering the United States, down from the "
            "32% Trump had threatened, while Jakarta will cut its own tariffs.")
    c = _claim(text, "32%")
    assert c["claim_type"] == "commitment" and c["actor_code"] == "USA"


def test_a_rate_delayed_stays_the_planners_commitment():
    text = "Brazilian steel faces a 10% U.S. tariff after President Donald Trump delayed a rise to 40% for 60 days."
    c = _claim(text, "40%")
    assert c["claim_type"] == "commitment" and c["actor_code"] == "USA"


def test_a_rate_raised_in_a_past_month_is_no_forecast():
    text = ("Ottawa's 2026 budget projects a deficit of C$78 billion. Washington raised its tariff on Canadian lumber not "
            "covered by the trade pact to 45% in October, and Ottawa said it would not drop its own duties.")
    assert _claim(text, "45%")["claim_type"] in ("actual", "commitment")


def test_the_relative_clause_must_hold_a_wish_or_plan_verb():
    text = "It fell to 19%, down from the 20% Trump had threatened."
    start = text.index("20%")
    claim = {"claim_type": "commitment", "char_start": start, "char_end": start + 3}
    assert relstance.rules_stand(text, claim, "actual")
    said = "It fell to 19%, down from the 20% Trump had mentioned."
    assert not relstance.rules_stand(said, claim, "actual")
    assert not relstance.rules_stand(text, claim, "proposal")  # (between plan types the model still decides)
