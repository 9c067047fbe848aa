"""A metric word inside a relative clause on another metric word describes that word; the word the clause follows is the
subject whose verb the figure follows (relativehead.py; sentences written for these tests)."""
from helpers import pipeline_claim


def test_spending_cuts_inside_a_clause_on_the_deficit():
    text = ("The budget deficit, which the spending cuts aim to lower, is expected at 4.7% of GDP, the French finance "
            "ministry said.")
    assert pipeline_claim(text, "4.7%")["metric"] == "fiscal_deficit"


def test_pension_spending_inside_a_clause_on_the_debt():
    text = "Public debt, which spending on pensions has swollen, stood at 115% of GDP, the French audit office said."
    assert pipeline_claim(text, "115%")["metric"] == "public_debt"


def test_a_clause_after_a_word_that_names_no_metric_keeps_its_own_cue():
    # "the bill" names no metric: the clause may hold the figure's own noun
    text = "The bill, which cuts defence spending, would approve 290 billion dlrs, the committee said."
    assert pipeline_claim(text, "290 billion")["metric"] == "defense_spending"
