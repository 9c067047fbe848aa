"""Session 23, actor and target (issue 3). Own sentences; need the gazetteer.

1. "the country's" / "it" with no state in its own sentence stand for the state the sentence before is about: when that
   sentence names one state only as the owner of its subject ("Ecuador's talks") and another only inside a prepositional
   phrase ("with banks in the United States"), the owner, not the state named last."""
import pytest

pytest.importorskip("pipeline.claims.gazetteer")

from helpers import pipeline_claim  # noqa: E402


@pytest.mark.parametrize("text, figure, code", [
    ("Officials said Ecuador's talks with banks in the United States went well. They said the country's debt of "
     "8.2 billion dlrs would be rescheduled.", "8.2 billion dlrs", "ECU"),
    ("Kenya's negotiations with lenders in Japan ended on Friday. The country's foreign debt stands at 6 billion dlrs, "
     "officials said.", "6 billion dlrs", "KEN"),
    ("Poland's dispute with creditors in Germany dragged on. The country's budget deficit will reach 4 pct of GDP "
     "this year, the finance ministry said.", "4 pct of GDP", "POL"),
])
def test_the_country_after_an_owner_and_a_place_is_the_owner(text, figure, code):
    c = pipeline_claim(text, figure)
    assert c["target_code"] == code


def test_a_state_named_as_subject_before_still_wins():
    text = ("Chile signed an accord with banks in the United States. The country's foreign debt totals 20 billion dlrs, "
            "the central bank said.")
    assert pipeline_claim(text, "20 billion dlrs")["target_code"] == "CHL"


# 2. A figure whose clause opens with a plural of states no code names ("African nations owe", "Debts of developing
#    countries total", "Fifteen countries in West Africa have agreed") belongs to no one state: not the dateline's or the
#    story's state (the target stays empty, and with it the actor the fallback would have given).
@pytest.mark.parametrize("text, figure", [
    ("WASHINGTON - The World Bank called for more aid to the continent. African nations owe foreign creditors about "
     "200 billion dlrs, the bank said.", "200 billion dlrs"),
    ("WASHINGTON - U.S. officials met bankers on Monday. Sub-Saharan African countries owe about 90 billion dlrs in "
     "foreign debt.", "90 billion dlrs"),
    ("ADDIS ABABA - Ministers met on Monday. The debts of African nations total 150 billion dlrs, a U.N. report said.",
     "150 billion dlrs"),
])
def test_a_plural_of_uncoded_states_owns_the_figure(text, figure):
    assert pipeline_claim(text, figure)["target_code"] is None


def test_a_coded_state_in_the_clause_still_owns_it():
    text = ("WASHINGTON - U.S. officials met bankers on Monday. Many nations owe money, but Brazil owes foreign "
            "creditors about 110 billion dlrs.")
    assert pipeline_claim(text, "110 billion dlrs")["target_code"] == "BRA"
