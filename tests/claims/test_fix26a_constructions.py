"""Session 26 (fix26a) constructions (sentences written for these tests, of reported facts).

A sum a removal verb takes "from" a budget ("cut one to two billion dlrs from the farm budget") measures that budget: the
budget is what the sum is cut out of, not a place the sum sits in ("Spending on debt interest in the budget"), so a cue
farther on, a farm programme's price or supply word (a NONE cue of metric_cues.csv: "acreage reduction programs"), does not
govern and silence the figure (cuescope._cost, removal_verbs.csv; the counterpart of accrual_verbs.csv's "add ... to")."""
import pytest
from helpers import pipeline_claims

from pipeline.claims import cuelexicon, cuescope


@pytest.mark.parametrize("text, figure", [
    ("WASHINGTON - Lawmakers weighed ways to cut one to two billion dlrs from the farm budget, among them larger acreage "
     "reduction programs.", "one to two billion"),
    ("WASHINGTON - Congress weighed trimming one to two billion dlrs from the farm budget by raising acreage reduction "
     "requirements.", "one to two billion"),
    ("WASHINGTON - Farm state lawmakers discussed plans to pare one to two billion dlrs from the farm budget, such as bigger "
     "acreage reduction programs.", "one to two billion"),
])
def test_a_sum_cut_from_a_budget_is_its_spending_before_a_farm_programme_word(text, figure):
    found = [c for c in pipeline_claims(text) if c["figure_text"].startswith(figure)]
    assert found, f"no claim for {figure!r}"
    assert found[0]["metric"] == "public_spending"


@pytest.mark.parametrize("text, figure", [
    ("The 2013 sequester cut about 85 billion dlrs from the federal budget.", "about 85 billion dlrs"),
    ("Options to slash one to two billion dlrs from the farm budget included larger acreage reduction programs.",
     "one to two billion dlrs"),
])
def test_the_budget_a_sum_is_cut_from_governs_it(text, figure):
    start = text.index(figure)
    span = (start, start + len(figure))
    hits = cuelexicon.sentence_gate(text, 0, len(text), [span])
    cue = cuescope.governing_cue(text, span[0], span[1], hits, [span])
    assert cue is not None and cue.entry["cue"] == "budget"


def test_a_sum_moved_within_a_budget_keeps_the_budget_a_place():
    # no removal verb before the figure: "in the budget" is where the sum sits (cuescope.budget_as_place)
    text = "Spending on debt interest in the budget will reach 30 billion euros."
    start = text.index("30 billion euros")
    hits = cuelexicon.sentence_gate(text, 0, len(text), [(start, start + 16)])
    cue = cuescope.governing_cue(text, start, start + 16, hits, [(start, start + 16)])
    assert cue is not None and cue.entry["cue"] != "budget"
