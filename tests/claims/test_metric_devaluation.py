"""A state devaluing its currency moves an exchange rate: no claim, whatever spending or tariff word of another list item
stands nearer (metric_cues.csv: devalu*; sentences written for these tests)."""
from helpers import pipeline_claims


def _figures(text):
    return {c["figure_text"]: c["metric"] for c in pipeline_claims(text)}


def test_a_devaluation_in_a_list_of_measures_is_no_spending():
    text = ("Nigeria has answered the fall in oil prices by cutting spending, devaluing the naira by 40 pct and seeking new "
            "loans, the finance ministry said.")
    assert "40 pct" not in _figures(text)


def test_a_devaluation_beside_import_duties_is_no_tariff():
    text = "The 20 pct devaluation of the peso and higher import duties have cut Mexico's imports, the trade ministry said."
    assert "20 pct" not in _figures(text)


def test_the_budget_figure_of_the_same_sentence_stays():
    text = "Mexico devalued the peso by 10 pct, and the budget deficit will fall to 5 pct of GDP, the finance ministry said."
    assert _figures(text) == {"5 pct of GDP": "fiscal_deficit"}
