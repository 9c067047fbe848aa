"""The rules' claim_type stands against the learned model's where the figure's own words state a government's act, or the
level such a change moves from (acts.keeps_rules_type, applied in typemodel.retype). Our own sentences, run through the
whole pipeline with the model (quantities included), dated 1 June 2025."""
from datetime import datetime, timezone

from helpers import pipeline_claims


def _types(text):
    return {c["figure_text"]: c["claim_type"] for c in pipeline_claims(text)}


def test_a_decision_to_repay_debt_stays_a_commitment():
    text = "The Spanish treasury has decided to repay 900 mln euros of debt issued before 1990, the economy ministry said."
    assert _types(text)["900 mln euros"] == "commitment"


def test_announcing_it_would_assume_debt_stays_a_commitment():
    text = "The Chilean government announced it would assume 2.1 billion dlrs of foreign debt of the state copper firm."
    assert _types(text)["2.1 billion dlrs"] == "commitment"


def test_a_tariff_a_government_imposed_stays_a_commitment():
    assert _types("The Canadian government imposed a 25% tariff on American steel.")["25%"] == "commitment"


def test_the_rate_a_cut_moves_from_stays_a_level_reached():
    types = _types("The opposition leader said his government would reduce the 45 pct top income tax rate to 40 pct.")
    assert types["45 pct"] == "actual" and types["40 pct"] == "commitment"


def test_a_rate_in_a_now_aside_stays_a_level_reached():
    types = _types("Investors hope the government will also cut the company tax, now 35 pct, to attract investment.")
    assert types["35 pct"] == "actual"


def test_keeping_reads_the_claims_own_sentence():
    from pipeline.claims import acts

    text = "Lisbon said it had decided to repay 300 mln euros early."
    start = text.index("300 mln euros")
    claim = {"claim_type": "commitment", "char_start": start, "char_end": start + len("300 mln euros"),
             "metric": "external_debt", "sentence": text}
    published = datetime(2025, 6, 1, tzinfo=timezone.utc)
    assert acts.keeps_rules_type(text, claim, "actual", 0, published)
    assert not acts.keeps_rules_type(text, {**claim, "claim_type": "actual"}, "forecast", 0, published)
    assert not acts.keeps_rules_type(text, claim, "actual", 0 + 200, published)  # (a sentence that does not hold the figure)
