"""claim_type of a state's own future passive of an act on its figure ("will be cut to", "will be lowered to", said by
that state's government; session 22, our own wording): its commitment, which the learned model does not turn into a
forecast or a level; an intransitive move ("will fall to") and another voice's figure are not covered."""
from helpers import pipeline_claim

from pipeline.claims import futurepassive


def _claim(text: str, figure: str, claim_type: str = "commitment", actor="FRA", target="FRA") -> dict:
    return {"claim_type": claim_type, "char_start": text.index(figure), "char_end": 0, "actor_code": actor,
            "target_code": target}


def test_a_ministry_lowering_its_own_deficit_stays_a_commitment_past_the_model():
    text = "The budget deficit will be lowered to 5.4 percent of GDP in 2025, the French finance ministry said."
    assert pipeline_claim(text, "5.4 percent")["claim_type"] == "commitment"


def test_the_level_it_is_cut_from_stays_actual():
    text = "The deficit, which reached 5.8 percent of GDP last year, will be cut to 5.4 percent in 2025, the French government said."
    assert pipeline_claim(text, "5.8 percent")["claim_type"] == "actual"
    assert pipeline_claim(text, "5.4 percent")["claim_type"] == "commitment"


def test_defence_spending_raised_by_its_own_government_is_a_commitment():
    text = "Britain's defence spending will be increased to 2.5 percent of GDP by 2027, Prime Minister Keir Starmer said."
    assert pipeline_claim(text, "2.5 percent")["claim_type"] == "commitment"
    text = "Poland's defence spending will be raised to 4.7 percent of GDP in 2025, the Polish defence ministry said."
    assert pipeline_claim(text, "4.7 percent")["claim_type"] == "commitment"


def test_a_deficit_falling_by_itself_is_a_forecast():
    text = "France's deficit will fall to 5.4 percent of GDP in 2025, the French finance ministry said."
    assert pipeline_claim(text, "5.4 percent")["claim_type"] == "forecast"
    text = "France's deficit will narrow to 5.4 percent of GDP in 2025, the Bank of France said."
    assert pipeline_claim(text, "5.4 percent")["claim_type"] == "forecast"


def test_the_passive_of_a_1987_budget_stands_against_the_model():
    text = "The basic rate of income tax will be cut to 27 pct from 29 pct, Chancellor Nigel Lawson told parliament."
    assert futurepassive.rules_stand(text, _claim(text, "27 pct", actor="GBR", target="GBR"), "actual", 0)
    text = "The federal budget deficit will be cut to 108 billion dlrs in fiscal 1988, the White House budget office said."
    assert futurepassive.rules_stand(text, _claim(text, "108 billion", actor="USA", target="USA"), "forecast", 0)
    text = "The public sector borrowing requirement is to be cut to four billion stg in 1987/88, Lawson said."
    assert futurepassive.rules_stand(text, _claim(text, "four billion", actor="GBR", target="GBR"), "actual", 0)


def test_what_the_passive_does_not_cover():
    text = "The federal budget deficit will fall to 108 billion dlrs in fiscal 1988, the White House budget office said."
    assert not futurepassive.rules_stand(text, _claim(text, "108 billion", actor="USA", target="USA"), "forecast", 0)
    # another voice's figure for the state: the model may read it as the other's forecast
    text = "France's deficit will be cut to 5.4 percent of GDP in 2025, the International Monetary Fund said."
    assert not futurepassive.rules_stand(text, _claim(text, "5.4 percent", actor="IMF"), "forecast", 0)
    # a level of the past told in the passive: not a future act
    text = "The basic rate of income tax was cut to 27 pct from 29 pct in the 1987 budget."
    assert not futurepassive.rules_stand(text, _claim(text, "27 pct", actor="GBR", target="GBR"), "actual", 0)
    # the rules' forecast is not kept by this step (only their commitment)
    text = "The deficit will be cut to 5.4 percent of GDP in 2025, the French government said."
    assert not futurepassive.rules_stand(text, _claim(text, "5.4 percent", claim_type="forecast"), "actual", 0)
