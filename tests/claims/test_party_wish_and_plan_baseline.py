"""Two rules of who proposes a figure. A party named as "... Party" that wants a figure of its state proposes it (claim.PARTY_
SUBJECT, which read only a lower-case "party"); a plan in a legislature's fight whose "would" act cuts from an "estimated"
level still proposes its figure: the participle names the baseline, not the plan's status (plantype._not_proposed). Our own
sentences, run through the rules (quantities included), dated 1 June 2025."""
from helpers import rules_claims

from pipeline.claims import plantype


def _rules_types(text):
    return {c["figure_text"]: c["claim_type"] for c in rules_claims(text)}


def test_a_named_party_wanting_a_tax_cut_proposes_it():
    assert _rules_types("The Finns Party wants the fuel tax cut to 40 cents a litre until prices fall.")["40 cents"] == "proposal"


def test_a_plan_cutting_an_estimated_deficit_still_proposes():
    text = "Congressional aides said the Senate plan would cut the estimated 2026 deficit to about 1.5 trillion dollars."
    assert _rules_types(text)["1.5 trillion dollars"] == "proposal"


def test_not_proposed_reads_past_a_baseline_participle_only_after_a_plans_would():
    def np(text):
        return plantype._not_proposed(text, 0, len(text))
    assert not np("the plan would reduce the estimated 2026 deficit of 1.9 trillion dollars to 1.6 trillion")
    assert not np("the bill would cut spending by 12 billion off an expected 300 billion")
    # a statute's target with no plan's "would", a plan already passed, a forecast verb of the plan itself
    assert np("the budget law target of cutting the estimated 190 billion dlr deficit to 120 billion")
    assert np("the plan, which the Senate passed, would cut the deficit to 90 billion")
    assert np("aides estimated the plan would cut the deficit to 90 billion")
