"""A later verb coordinated with "and" governs the figure in its own object (conjuncts.later_conjunct: "rejected the plan and
called instead for ... 45%"), and a part named after a whole's deadline shares the whole's claim_type (levels.PART_OF: "5%
of GDP by 2035, of which 3.5% is for core defence"). Our own sentences, through the whole pipeline (dated 1 June 2025)."""
from helpers import pipeline_claims


def _types(text):
    return {c["figure_text"]: c["claim_type"] for c in pipeline_claims(text)}


def test_a_call_coordinated_after_a_rejection_governs_its_figure():
    text = ("The Greens rejected the government's budget and called instead for the corporate tax rate to be raised "
            "to 30%.")
    assert _types(text)["30%"] == "demand"


def test_a_rejection_alone_still_rejects():
    text = "The Greens rejected a plan to cut the corporate tax rate to 20%."
    assert _types(text)["20%"] == "rejection"


def test_a_part_after_the_wholes_deadline_shares_its_type():
    text = "Rome also signed up at the summit to the alliance goal of 5% of GDP by 2035, of which 3.5% is for core defence."
    types = _types(text)
    assert types["3.5%"] == types["5% of GDP"] != "actual"
