"""Constructions found by the corpus39 set (session 21, corpus21), each a mechanism for any article. Own sentences (real
facts, own words, figures approximate); needs the gazetteer.

- a comparison of time or pace between commas (", earlier than Argentina,") is an aside: a name inside it is no
  antecedent of "its" after it (anaphora._closed_aside, roles.aside_regex, owners._pronoun_names_subject);
- a percent a levy noun governs ("a tax of 56 pct") is a state's rate in a policy story even when a company word after it
  names the base it is levied on ("charged on profits"); not with a company word before it (figures.levy_rate);
- a state granting another "a N dlr loan" (an article before the sum of a loan, credit or grant) gives aid; a
  development bank's loan in that form does not start an aid story (aid.BILATERAL_GAP);
- "limited to" + a place, group or use after a figure says where it applies, not a limit on it (stance.SCOPE_LIMIT);
- "projects" after an adjective naming a kind of project ("industrial projects") is a noun (noun_homographs.csv).
"""
import pytest

pytest.importorskip("pipeline.claims.gazetteer")

from helpers import pipeline_claims, rules_claims, claim_with as _claim  # noqa: E402


def test_its_after_a_comparison_aside_is_the_subjects():
    text = "Peru, later than Chile, reached an accord with its creditor banks on its 14 billion dlr foreign debt."
    c = _claim(rules_claims(text), "14 billion dlr")
    assert c["target_code"] == "PER"


def test_its_before_a_deficit_after_a_comparison_aside_is_the_subjects():
    text = "Italy, earlier than France, will cut its budget deficit to 3 pct of GDP, the finance ministry said."
    c = _claim(rules_claims(text), "3 pct of GDP")
    assert c["target_code"] == "ITA"


def test_a_levy_rate_with_a_company_word_after_it_is_the_states():
    text = ("Norway cut its corporate income tax rate to 22 pct in 2019. The special petroleum tax was a tax of 56 pct, "
            "charged on profits from offshore oil and gas fields.")
    c = _claim(rules_claims(text), "56 pct")
    assert c["metric"] == "tax_revenue"
    assert c["target_code"] == "NOR"


def test_a_company_rate_of_tax_is_no_claim():
    text = ("Norway cut its corporate income tax rate to 22 pct in 2019. The company said it paid tax at the 22 pct rate on "
            "its profits, and expects earnings to rise.")
    assert [c["figure_text"] for c in rules_claims(text)] == ["22 pct"]


def test_a_state_granting_a_sized_loan_gives_aid():
    text = "The United States granted Mexico a 20 billion dlr loan in 1995 to stem the peso crisis."
    c = _claim(pipeline_claims(text), "20 billion dlr")
    assert c["metric"] == "development_aid"
    assert c["actor_code"] == "USA"


def test_a_development_banks_sized_loan_starts_no_aid_story():
    text = ("The World Bank said it will lend Kenya a 100 mln dlr loan for a road project. The project's total cost is 300 "
            "mln dlrs, with the government providing 120 mln dlrs.")
    assert not [c for c in rules_claims(text) if c["figure_text"] in ("300 mln dlrs", "120 mln dlrs")]


def test_limited_to_a_scope_is_no_limit_on_the_figure():
    text = "Australia's resource rent tax was a tax of 40 pct limited to offshore petroleum projects."
    assert _claim(rules_claims(text), "40 pct")["claim_type"] != "benchmark"


def test_limited_to_a_figure_is_still_a_limit():
    text = "Under the law, Spain's budget deficit is limited to 3 pct of GDP."
    assert _claim(rules_claims(text), "3 pct of GDP")["claim_type"] == "benchmark"


def test_projects_after_an_adjective_is_a_noun():
    # noun_homographs.csv: "industrial projects" names things; it projects nothing
    text = "Spain has granted Cuba a 25 mln dlr credit line for the repair of fishing boats and industrial projects."
    assert _claim(rules_claims(text), "25 mln dlr")["claim_type"] != "forecast"
