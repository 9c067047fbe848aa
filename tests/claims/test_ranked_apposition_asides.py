"""An aside between a spending noun and its verb gives the figure no owner and no metric: a ranked apposition (", the
largest share among G20 members,") holds a market word ("share") that must not govern the figure (cuescope), a group
that owns nothing (organisations.org_owner, voices.subject_before) and, after a relative aside in the same gap (", which
SIPRI estimates at 5.1% of GDP, the largest share ..."), is found though the two asides share a comma
(roles.chained_asides); an institute that speaks only inside such an aside does not speak for the main clause's figure
(claim._voices_only_in_asides). Own sentences."""
import pytest

from pipeline.claims import roles

LEAD = "Kuwait expects a budget deficit of 6 billion dinars in 2026, the finance ministry said on Sunday."
IMF = (" The International Monetary Fund has urged Kuwait to cut subsidies and expects its deficit to stay above 4% of GDP"
       " until 2029.")


def _claim(text, figure):
    pytest.importorskip("pipeline.claims.gazetteer")
    from helpers import pipeline_claims
    found = [c for c in pipeline_claims(text) if c["figure_text"] == figure]
    assert len(found) == 1, [c["figure_text"] for c in pipeline_claims(text)]
    return found[0]


def test_two_asides_sharing_a_comma_are_both_found():
    text = "Defence spending, which SIPRI estimates at 5.1% of GDP, the largest share among G20 members, is budgeted."
    spans = [text[m.start():m.end()] for m in roles.chained_asides(text, 0, len(text))]
    assert spans == [", which SIPRI estimates at 5.1% of GDP,", ", the largest share among G20 members,"]
    # a plain finditer loses the second (its opening comma closed the first)
    assert len(list(roles.aside_regex().finditer(text, 0, len(text)))) == 1


@pytest.mark.parametrize("aside", [
    ", the largest share among Gulf states,",
    ", the largest share among G20 members,",
    ", the highest among NATO members,",
])
def test_a_ranked_apposition_keeps_the_budgeted_sum_the_states(aside):
    c = _claim(LEAD + " Defence spending" + aside + " is budgeted at about 3 billion dinars.", "3 billion dinars")
    assert (c["metric"], c["actor_code"], c["target_code"]) == ("defense_spending", "KWT", "KWT")
    assert c["claim_type"] in ("commitment", "proposal")


def test_an_institute_in_a_relative_aside_speaks_for_its_own_share_only():
    text = LEAD + IMF + (" Defence spending, which SIPRI estimates at about 5.1% of GDP, the largest share among G20 members,"
                         " is budgeted at about 3 billion dinars.")
    share = _claim(text, "5.1% of GDP")
    assert (share["metric"], share["actor_code"], share["target_code"]) == ("defense_spending", None, "KWT")
    budgeted = _claim(text, "3 billion dinars")
    assert (budgeted["metric"], budgeted["actor_code"], budgeted["target_code"]) == ("defense_spending", "KWT", "KWT")
    assert budgeted["claim_type"] in ("commitment", "proposal")


def test_a_rating_agency_before_its_aside_still_speaks():
    text = ("Fitch, which cut Belgium's rating to A+ last year, expects the Belgian deficit to widen to 5.5% of GDP by 2027.")
    c = _claim(text, "5.5% of GDP")
    assert c["metric"] == "fiscal_deficit" and c["actor_code"] is None
