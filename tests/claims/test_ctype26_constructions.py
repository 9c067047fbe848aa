"""claim_type constructions of session 26 (ctype26: a government's budget plans and their projected figures read as
forecasts or levels). Own sentences in own words on reported facts.

- a budget line that a budget, draft or plan projects or foresees as the verb's subject ("the draft budget projects a
  deficit of"), or that a passive projection frames under the plan ("Under the 2026 budget plan, the deficit is expected to
  fall to"), is the plan's own figure: the rules' commitment or proposal stands against the learned model's forecast
  (docprojection.rules_stand; ANNOTATION.md: a government's budget plan is its commitment, a draft's figures ->
  ``["commitment", "proposal"]``); a forecaster's projection (the Congressional Budget Office, the IMF) and a budget's
  projection of the debt stock (an outcome) stay the model's.
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
