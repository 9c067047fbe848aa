"""Figures the claims stage used to drop although the quantities stage found them (issue 3, recall): own sentences."""
from helpers import claims_of, mention


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
