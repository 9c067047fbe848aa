"""Leftover metric and claim_type constructions of session 21 (left21), each a mechanism, checked on the rules' layer
(helpers.rules_claims: the learned type model re-decides claim_type afterwards):

- a capitalised cue in an office's or ministry's name ("Defence Minister X said overall spending would reach") is no
  metric cue for a whole-budget word that takes defence from its sentence only (metric._office_title); a bare
  "spending" in the Defence Minister's sentence stays defence, a "defence spending" stays defence;
- a verb inside what POSSESSED_OF read as an owner's noun ("Poland's constitution caps public debt at 60%") is the
  stance, not a possessed level (claimtype._verb_inside_owner);
- a refusing verb governing a figure from before beats a relative clause's participle after it ("rules out the extra
  1 billion francs the army had requested": claimtype._refused_request);
- a "should" move framed by a plan ("should rise to 2.5% ... under the government's plan") is the plan's
  (plantype._plan_holds);
- "on course to" / "on track to" before a figure is where a level is heading (plantype.HEADING_TO);
- "is said to have sought a 20% tariff": a reported request (stance_cues.csv "to have sought").
Our own sentences, dated 1 June 2025."""
import pytest
from helpers import rules_claims


def _claim(text, fig, title=None):
    found = [c for c in rules_claims(text, title) if fig in c["figure_text"]]
    assert found, f"no claim for {fig!r}"
    return found[0]


@pytest.mark.parametrize("text,fig,metric", [
    ("Defence Minister Boris Pistorius said overall spending would reach 500 billion euros next year.", "500 billion",
     "public_spending"),
    ("Finland's Defence Minister Antti Hakkanen said total spending in the 2026 budget would be 88 billion euros.", "88 billion",
     "public_spending"),
    ("A spokesman for the Ministry of Defence said total expenditure would rise to 1,300 billion pounds.", "1,300 billion",
     "public_spending"),
    # kept: a defence noun of its own, and a bare "spending" the Defence Minister speaks of
    ("Defence Minister Boris Pistorius said defence spending would reach 86 billion euros next year.", "86 billion",
     "defense_spending"),
    ("Defence Minister Boris Pistorius said spending would reach 86 billion euros next year.", "86 billion",
     "defense_spending"),
    ("Germany's overall spending on defence will reach 86 billion euros next year.", "86 billion", "defense_spending"),
])
def test_office_title_is_no_metric_cue_of_a_whole(text, fig, metric):
    assert _claim(text, fig)["metric"] == metric


@pytest.mark.parametrize("text,fig,types", [
    ("Poland's constitution caps public debt at 60% of GDP.", "60%", ("benchmark",)),
    ("Germany's debt brake caps structural net borrowing at 0.35% of GDP.", "0.35%", ("benchmark",)),
    # kept: a possessed level is described, no verb inside the owner's noun
    ("Italy's public debt of 135% of GDP is the second highest in the euro zone.", "135%", ("actual",)),
    ("The Swiss parliament's budget committee rules out the extra 1 billion francs the army had requested.", "1 billion",
     ("rejection",)),
    ("Parliament rejected the 2 billion euros the defence ministry had sought.", "2 billion", ("rejection",)),
    ("Defence spending should rise to 2.5% of GDP next year under the government's plan, the ministry said.", "2.5%",
     ("commitment",)),
    # kept: a "should" move with no plan framing it is expected
    ("Romania's deficit should fall to 6% of GDP next year, the finance ministry said.", "6%", ("forecast",)),
    ("Slovakia is on course to spend 2% of GDP on defence this year, Prime Minister Robert Fico said.", "2%",
     ("forecast", "commitment")),
    ("Portugal's public debt is on track to fall below 90% of GDP this year.", "90%", ("forecast",)),
    ("US negotiators are reported to have sought a 39% tariff on Swiss goods.", "39%", ("proposal", "demand")),
])
def test_leftover_claim_types(text, fig, types):
    assert _claim(text, fig)["claim_type"] in types


@pytest.mark.parametrize("text,fig,actor,target", [
    ("Spain's refusal to spend 3.5% of GDP on defence angered Washington.", "3.5%", "ESP", "ESP"),
    ("Latvia's foreign minister said Slovakia's refusal to raise defence spending to 5% of GDP hurt the alliance.", "5%",
     "SVK", "SVK"),
])
def test_possessed_refusal_is_the_owners_rejection(text, fig, actor, target):
    from helpers import pipeline_claims
    found = [c for c in pipeline_claims(text) if fig in c["figure_text"]]
    assert found and (found[0]["claim_type"], found[0]["actor_code"], found[0]["target_code"]) == ("rejection", actor, target)


@pytest.mark.parametrize("text,fig,metric", [
    ("Hungary's deficit will reach 4,000 billion forints, or 12 pct of expenditure, the finance ministry said.", "12 pct",
     "fiscal_deficit"),
    ("The federal deficit widened to 1.8 trillion dollars, or 26% of total spending, last year.", "26%", "fiscal_deficit"),
    # kept: a share of GDP restating the deficit, and a spending change restated as a rate
    ("Hungary's deficit will reach 4,000 billion forints, or 4.7 pct of GDP, the finance ministry said.", "4.7 pct",
     "fiscal_deficit"),
    ("Public spending will rise 8 billion euros, or 12 pct of expenditure, the finance ministry said.", "8 billion",
     "public_spending"),
])
def test_deficit_restated_as_a_share_of_spending(text, fig, metric):
    assert _claim(text, fig)["metric"] == metric
