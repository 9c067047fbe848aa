"""The rules' forecast, demand or proposal stands against the learned claim_type where the figure's own clause states it
in so many words (heldstance.rules_stand, applied in typemodel.retype): a verb of belief whose clause holds the figure, a
verb asking for the sum, wanting something done to the figure or proposing it (held_stance_verbs.csv). Our own
sentences; the whole-pipeline ones are dated 1 June 2025 and ones the model alone turned into commitments."""
from helpers import pipeline_claims

from pipeline.claims import heldstance


def _types(text):
    return {c["figure_text"]: c["claim_type"] for c in pipeline_claims(text)}


def _stands(text, figure, rules_type, new="commitment"):
    start = text.index(figure)
    claim = {"claim_type": rules_type, "char_start": start, "char_end": start + len(figure), "sentence": text}
    return heldstance.rules_stand(text, claim, new, 0)


def test_an_analysts_belief_about_spending_stays_a_forecast():
    text = "Analyst Maria Lopez believes public spending will again overshoot the plan and rise to around 310 billion pesos this year."
    assert _types(text)["310 billion pesos"] == "forecast"


def test_economists_expecting_spending_to_climb_stays_a_forecast():
    assert _types("Economists at the institute expect government spending to climb to 54% of GDP next year.")["54% of GDP"] == "forecast"


def test_a_predicted_budget_stays_a_forecast():
    text = "The central bank predicted that the cabinet would adopt a budget that would cut spending by 9 billion crowns."
    assert _types(text)["9 billion crowns"] == "forecast"


def test_a_commission_recommendation_stays_a_proposal():
    text = "The Commission recommended that Portugal keep the growth of its net spending to 3.1% next year."
    assert _types(text)["3.1%"] == "proposal"


def test_a_tax_rise_being_weighed_stays_a_proposal():
    types = _types("The cabinet was weighing raising the corporate tax to 28% from 25% to pay for the army.")
    assert types["28%"] == "proposal" and types["25%"] == "actual"


def test_a_sum_sought_from_donors_stays_a_demand():
    assert _types("Kenya will seek about 1.5 billion dollars from donors at a meeting in London next month.")["1.5 billion dollars"] == "demand"


def test_a_rate_an_opposition_wants_raised_stays_a_demand():
    assert _types("The opposition Labour Party wants the top income tax rate raised to 50% next year.")["50%"] == "demand"


def test_the_verbs_hold_only_the_rules_own_type():
    text = "Nepal will appeal to its donors for at least 300 million dollars to rebuild roads."
    assert _stands(text, "300 million dollars", "demand")
    assert not _stands(text, "300 million dollars", "commitment")  # (only a rules' demand or proposal stands)
    assert not _stands(text, "300 million dollars", "demand", new="proposal")  # (the model still tells the two apart)
    believed = "The treasury projects that public debt will rise to 71% of GDP in 2027."
    assert _stands(believed, "71% of GDP", "forecast")
    assert not _stands(believed, "71% of GDP", "proposal")


def test_no_verb_of_the_figure_no_standing():
    # the verb governs another clause, an attribute or a passive, or appears after the figure
    assert not _stands("The government will raise defence spending to 3% of GDP, the minister said.", "3% of GDP", "proposal")
    assert not _stands("A proposed cut of the tax to 20% was dropped.", "20%", "proposal")
    assert not _stands("The rate, which was considered too high, will fall to 20%.", "20%", "proposal")
    assert not _stands("Vilnius will borrow 6 billion euros, and the ministry expects debt to climb.", "6 billion euros", "forecast")
    assert not _stands("The ministry expects to spend 86 billion euros on defence in 2026.", "86 billion euros", "forecast")


def test_a_partys_plan_stays_a_proposal():
    text = "Ms Lang also set out her party's plan to impose a 45% income tax rate on earnings above 200,000 euros a year."
    assert _types(text)["45%"] == "proposal"
    assert _stands(text, "45%", "proposal")
    assert not _stands(text, "45%", "forecast")
    assert not _stands("The government's plan to impose a 45% tax rate was approved.", "45%", "proposal")
