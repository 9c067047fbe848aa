"""claim_type constructions of session 26 (ctype26: a government's budget plans and their projected figures read as
forecasts or levels). Own sentences in own words on reported facts.

- a budget line that a budget, draft or plan projects or foresees as the verb's subject ("the draft budget projects a
  deficit of"), or that a passive projection frames under the plan ("Under the 2026 budget plan, the deficit is expected to
  fall to"), is the plan's own figure: the rules' commitment or proposal stands against the learned model's forecast
  (docprojection.rules_stand; ANNOTATION.md: a government's budget plan is its commitment, a draft's figures ->
  ``["commitment", "proposal"]``); a forecaster's projection (the Congressional Budget Office, the IMF) and a budget's
  projection of the debt stock (an outcome) stay the model's; so does the plan's act after "would" with the document as
  its subject ("the draft budget would cut the deficit to"), though on the deficit no act of raising or adding ("the bill
  would add 3.4 trillion dollars to deficits": its effect as someone reckons it);
- the rules read a budget's own projecting verb in the present as the plan's figure even where the stance lexicon reads the
  form as a noun ("the draft budget forecasts a deficit of") or the verb is "sees" (plantype.plan_proposal_type through
  docprojection.document_verb): proposal for a draft or bill, else commitment; a past form stays a forecast ("the March
  budget forecast a deficit of", told after it), and so does a forecaster's verb; and a document's act after "would" or
  "will" ("the House budget would cut the deficit by", "the draft budget would raise defence spending to"; on the deficit
  only acts of cutting, capping or keeping) is the plan's, not a forecast (docprojection.document_act).
"""
import pytest

from pipeline.claims import docprojection


def _claim(text: str, figure: str, claim_type: str, metric: str = "fiscal_deficit") -> dict:
    start = text.index(figure)
    return {"claim_type": claim_type, "metric": metric, "char_start": start, "char_end": start + len(figure),
            "sentence": text}


# -- a budget document's own projection ----------------------------------------------------------------------------------

@pytest.mark.parametrize("text, figure, rule, metric", [
    ("Canada's 2025 budget projects a deficit of 78.3 billion Canadian dollars for the 2025-26 fiscal year.",
     "78.3 billion", "commitment", "fiscal_deficit"),
    ("France's draft budget for 2026, which parliament must still approve, projects a deficit of 4.7% of GDP.",
     "4.7% of GDP", "proposal", "fiscal_deficit"),
    ("The German cabinet's draft budget for 2025 foresees spending of 481 billion euros and net borrowing of 44 billion "
     "euros.", "44 billion euros", "proposal", "fiscal_deficit"),
    ("Under Italy's 2026 budget plan, the deficit is expected to fall to 2.8% of GDP next year.", "2.8% of GDP",
     "commitment", "fiscal_deficit"),
    ("Japan's cabinet approved a draft budget for fiscal 2025 that envisages record spending of 115.5 trillion yen.",
     "115.5 trillion yen", "proposal", "public_spending"),
])
def test_a_budget_documents_projection_keeps_the_rules_plan(text, figure, rule, metric):
    claim = _claim(text, figure, rule, metric)
    assert docprojection.rules_stand(text, claim, "forecast", 0)
    assert docprojection.rules_stand(text, claim, "actual", 0)
    assert not docprojection.rules_stand(text, claim, "demand", 0)  # (only against a forecast or a level)


@pytest.mark.parametrize("text, figure, metric", [
    # a forecaster's projection: an institution named after the budget, an organisation
    ("The Congressional Budget Office projects a federal deficit of 1.9 trillion dollars for fiscal 2025.",
     "1.9 trillion dollars", "fiscal_deficit"),
    ("The IMF expects Italy's deficit to reach 3.3% of GDP this year.", "3.3% of GDP", "fiscal_deficit"),
    ("The Office for Budget Responsibility forecasts borrowing of 137 billion pounds in 2024-25.", "137 billion pounds",
     "fiscal_deficit"),
    # the debt stock a budget projects is an outcome, not a line the budget sets
    ("Canada's 2025 budget projects federal debt of about 42% of GDP in 2025-26.", "42% of GDP", "public_debt"),
])
def test_a_forecasters_projection_or_the_debt_stock_is_not_kept(text, figure, metric):
    assert not docprojection.rules_stand(text, _claim(text, figure, "commitment", metric), "forecast", 0)


def test_a_documents_would_and_act_keeps_the_rules_plan():
    text = "The draft budget would cut the deficit to 4.2% of GDP next year."
    assert docprojection.rules_stand(text, _claim(text, "4.2% of GDP", "proposal"), "forecast", 0)
    text = "Germany's draft budget for 2025 would raise the defence ministry's budget to about 53 billion euros."
    assert docprojection.rules_stand(text, _claim(text, "53 billion", "proposal", "defense_spending"), "forecast", 0)


def test_a_documents_added_deficit_is_not_kept():
    text = "The Congressional Budget Office said the bill would add 3.4 trillion dollars to deficits over ten years."
    assert not docprojection.rules_stand(text, _claim(text, "3.4 trillion", "proposal"), "forecast", 0)


@pytest.mark.parametrize("text, figure, metric, verdict", [
    ("The House budget would cut the deficit by about 38 billion dlrs in fiscal 1988.", "38 billion", "fiscal_deficit",
     True),
    ("Germany's draft budget for 2025 would raise the defence ministry's budget to about 53 billion euros.", "53 billion",
     "defense_spending", True),
    ("Italy's 2026 budget will include an income tax cut for middle earners worth about 2.8 billion euros.", "2.8 billion",
     "tax_revenue", True),
    # on the deficit, what a plan would add is its effect
    ("The Congressional Budget Office said the bill would add 3.4 trillion dollars to deficits over ten years.",
     "3.4 trillion", "fiscal_deficit", False),
])
def test_a_documents_act_after_would(text, figure, metric, verdict):
    modal = text.index(" would ") + 1 if " would " in text else text.index(" will ") + 1
    assert docprojection.document_act(text, 0, modal, text.index(figure), metric) is verdict


@pytest.mark.parametrize("text, verb, verdict", [
    ("Poland's draft budget for 2026 forecasts a central budget deficit of 271.7 billion zlotys.", "forecasts", True),
    ("France's draft budget for 2026 sees the deficit at 4.7% of GDP.", "sees", True),
    ("The budget forecasts of a 4.7% deficit were revised.", "forecasts", False),  # the noun of a compound
    ("Treasurer Jim Chalmers's March budget forecast a deficit of 42.1 billion Australian dollars for 2025-26.", "forecast",
     False),  # a past form
    ("The Congressional Budget Office forecasts a federal deficit of 1.9 trillion dollars.", "forecasts", False),
    ("The 1987/88 budget is seen at 5 billion dlrs.", "seen", False),  # the Reuters passive of a forecast
])
def test_a_documents_own_projecting_verb(text, verb, verdict):
    start = text.index(verb)
    assert docprojection.document_verb(text, 0, start, start + len(verb)) is verdict


def test_the_rules_forecast_of_a_budget_is_not_turned():
    """The stand keeps only the rules' commitment or proposal: a forecast the rules gave stays open to the model."""
    text = "Australia's March 2025 budget projected a deficit of 42.1 billion Australian dollars for 2025-26."
    assert not docprojection.rules_stand(text, _claim(text, "42.1 billion", "forecast"), "commitment", 0)


pipeline_needed = pytest.mark.skipif(pytest.importorskip("pipeline.claims.gazetteer") is None, reason="gazetteer")


@pytest.mark.parametrize("text, figure, types", [
    ("Canada's 2025 budget projects a deficit of 78.3 billion Canadian dollars for the 2025-26 fiscal year.",
     "78.3 billion", {"commitment", "proposal"}),
    ("France's draft budget for 2026, which parliament must still approve, projects a deficit of 4.7% of GDP.",
     "4.7% of GDP", {"commitment", "proposal"}),
    ("The German cabinet's draft budget for 2025 foresees spending of 481 billion euros and net borrowing of 44 billion "
     "euros.", "44 billion euros", {"commitment", "proposal"}),
    ("Under Italy's 2026 budget plan, the deficit is expected to fall to 2.8% of GDP next year.", "2.8% of GDP",
     {"commitment", "proposal"}),
    ("The Congressional Budget Office projects a federal deficit of 1.9 trillion dollars for fiscal 2025.",
     "1.9 trillion dollars", {"forecast"}),
])
def test_a_budget_documents_projection_in_the_pipeline(text, figure, types):
    from helpers import pipeline_claims

    found = [c for c in pipeline_claims(text) if c["figure_text"].replace("\n", " ").startswith(figure)]
    assert found and found[0]["claim_type"] in types


@pytest.mark.parametrize("text, figure, types", [
    ("Poland's draft budget for 2026 forecasts a central budget deficit of 271.7 billion zlotys.", "271.7 billion",
     {"proposal"}),
    ("France's draft budget for 2026 sees the deficit at 4.7% of GDP.", "4.7% of GDP", {"proposal"}),
    ("Canada's 2025 budget forecasts a deficit of 78.3 billion Canadian dollars for 2025-26.", "78.3 billion",
     {"commitment"}),
    ("Treasurer Jim Chalmers's March budget forecast a deficit of 42.1 billion Australian dollars for 2025-26.",
     "42.1 billion", {"forecast"}),
    ("The Congressional Budget Office forecasts a federal deficit of 1.9 trillion dollars for fiscal 2025.",
     "1.9 trillion dollars", {"forecast"}),
    ("Germany's draft budget for 2025 would raise the defence ministry's budget to about 53 billion euros.", "53 billion",
     {"proposal", "commitment"}),
])
def test_the_rules_read_a_documents_projecting_verb(text, figure, types, monkeypatch):
    """Rules alone (the type model off), as nomodel.py patches it."""
    from helpers import pipeline_claims
    import pipeline.claims.typemodel as tm

    monkeypatch.setattr(tm, "model", lambda: None)
    found = [c for c in pipeline_claims(text) if c["figure_text"].replace("\n", " ").startswith(figure)]
    assert found and found[0]["claim_type"] in types
