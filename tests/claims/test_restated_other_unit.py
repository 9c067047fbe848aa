"""Second figures of a sentence that no metric word reaches: a level restated in the other unit ("1.0 pct of GDP, or some 30
billion pounds": figures.restated_in_other_unit) and a figure in one run with figures a specific phrase names under a
company word ("his firm ... cutting one billion pounds off the total to about 1.75 billion pounds": the company guard of
figures.metric_figures). Sentences written for these tests."""
from helpers import pipeline_claims


def _found(text: str) -> list[tuple]:
    return [(c["figure_text"], c["metric"]) for c in pipeline_claims(text)]


def test_a_share_of_gdp_restated_as_a_sum_is_the_same_level():
    # the years before the verb leave the sum out of the noun's reach; the share reaches back to it
    assert _found("Britain's Treasury said the public sector borrowing requirement in 2026/27 and 2027/28 was to fall to "
                  "1.0 pct of GDP, or some 30 billion pounds.") == [
        ("1.0 pct of GDP", "fiscal_deficit"), ("30 billion pounds", "fiscal_deficit")]


def test_the_restatement_keeps_the_claim_type_and_roles_of_its_level():
    # whatever type the level takes (the rules read "was to fall to" as a plan; the learned model re-decides the share),
    # the sum restating it is the same figure and takes the same type (ownacts.shares_follow_heads, both directions)
    claims = pipeline_claims("Britain's Treasury said the public sector borrowing requirement in 2026/27 and 2027/28 was to "
                             "fall to 1.0 pct of GDP, or some 30 billion pounds.")
    share, money = claims
    assert (money["claim_type"], money["target_code"]) == (share["claim_type"], share["target_code"])
    assert share["target_code"] == "GBR"
    assert money["basis"] is None


def test_a_sum_restated_as_a_share_of_gdp_is_the_same_level():
    assert _found("Canada's finance department said the budget deficit in 2026 and 2027 would be 40 billion dlrs, or about "
                  "1.3 pct of GDP.") == [("40 billion dlrs", "fiscal_deficit"), ("1.3 pct of GDP", "fiscal_deficit")]


def test_only_a_share_of_national_output_restates_a_level():
    from pipeline.claims import figures

    # "X, or Y pct" with no basis is a rate of change or a share of something else: restated_in_other_unit leaves it
    class Cue:
        entry = {"metric": "fiscal_deficit"}

    text = "fell 7.2 billion dlrs, or 10.6 pct, from a year earlier"
    money = {"unit": "currency", "metric": "fiscal_deficit", "weak_metric": False, "char_start": 5, "end": 21,
             "basis": None, "metric_cue": Cue()}
    share = {"unit": "percent", "metric": None, "weak_metric": False, "char_start": 26, "end": 34, "basis": None,
             "metric_cue": None}
    figures.restated_in_other_unit(text, [money, share])
    assert share["metric"] is None
    share["basis"] = "GDP"
    figures.restated_in_other_unit(text, [money, share])
    assert share["metric"] == "fiscal_deficit"
    # a figure with a cue of its own keeps its reading
    share.update(metric=None, metric_cue=type("Own", (), {"entry": {"metric": "tax_revenue"}})())
    figures.restated_in_other_unit(text, [money, share])
    assert share["metric"] is None


def test_a_run_under_a_company_word_is_named_as_its_head():
    assert _found("Ian Smith, economist at Example Securities, said his firm was revising its 2026 British current account "
                  "deficit forecast, cutting one billion pounds off the expected full year total to about 1.75 billion "
                  "pounds.") == [("one billion pounds", "current_account"), ("1.75 billion pounds", "current_account")]


def test_a_firm_s_own_run_stays_no_claim():
    assert _found("Ian Smith, economist at Example Securities, said his firm was revising its profit forecast, cutting 20 "
                  "mln pounds off the expected full year total to about 150 mln pounds.") == []
