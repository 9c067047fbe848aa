"""A figure aside between a subject and its anaphoric verb ("The shortfall, some 12 pct of expenditure, is expected to
reach ...") leaves the subject governing the verb's sum; the bare British "net cash requirement" is a deficit measure
(cmetric22). Sentences written for these tests."""
from helpers import pipeline_claims


def _metrics(text, title=None):
    return {c["figure_text"]: c["metric"] for c in pipeline_claims(text, title)}


def test_a_share_aside_is_no_subject_of_the_verb_after_it():
    text = ("Belgium's government said revenues would fall short of forecasts this year. The shortfall, some 12 pct of "
            "expenditure, is expected to reach 180 billion francs.")
    assert _metrics(text, "BELGIUM FACES HIGHER SHORTFALL")["180 billion francs"] == "fiscal_deficit"


def test_a_subject_with_no_aside_still_governs_its_verb():
    text = "Belgian state spending, the budget minister said, is expected to reach 1,900 billion francs next year."
    assert _metrics(text, "BELGIAN BUDGET")["1,900 billion francs"] == "public_spending"


def test_a_bare_net_cash_requirement_is_the_deficit():
    text = "The net cash requirement was 1.2 billion stg in May, compared with 2.3 billion a year earlier."
    assert _metrics(text, "UK BORROWING FALLS IN MAY") == {"1.2 billion stg": "fiscal_deficit", "2.3 billion": "fiscal_deficit"}
