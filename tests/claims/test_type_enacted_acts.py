"""Enacted decisions are commitments (pipeline/claims/acts.py): the level a passive change of a policy instrument
reaches, a tax or duty a government imposes, a sum a law holds, readiness to act on the figure (its refusal rejects it:
ruletype.NEG_COMMIT). The level the change moves from, an intransitive outturn, a tax's revenue and a change of a year gone by stay
levels reached. Our own sentences, run through the whole pipeline (quantities included), dated 1 June 2025; the rules'
claim_type, before the learned model re-decides it."""
import pytest
from helpers import rules_claims

pytestmark = pytest.mark.rules_layer


def _types(text):
    return {c["figure_text"]: c["claim_type"] for c in rules_claims(text)}


def test_a_tax_rate_being_reduced_past_its_size_commits_to_the_level_it_reaches():
    types = _types("Sweden's standard rate of value added tax is being reduced by two points, to 23 pct from 25 pct.")
    assert types["23 pct"] == "commitment" and types["25 pct"] == "actual"


def test_a_duty_that_was_cut_commits_to_the_new_rate():
    types = _types("Customs duty on imported smartphones was cut to 15% from 20%.")
    assert types["15%"] == "commitment" and types["20%"] == "actual"


def test_a_rate_that_has_been_lowered_commits_to_the_new_rate():
    types = _types("The top income tax rate has been lowered to 45 pct from 50 pct.")
    assert types["45 pct"] == "commitment" and types["50 pct"] == "actual"


def test_a_deficit_target_set_at_a_sum_is_a_commitment():
    assert _types("The government's budget deficit target was set at 3 billion euros.")["3 billion euros"] == "commitment"


def test_a_duty_cut_in_a_year_gone_by_is_history():
    types = _types("Brazil's import duties on coffee were cut to 10 pct from 25 pct in March 2009.")
    assert types["10 pct"] == "actual"


def test_a_dated_spending_cut_is_the_years_outturn():
    assert _types("Malaysia's development expenditures were cut by about 20 pct in 2024.")["20 pct"] == "actual"


def test_an_intransitive_rise_stays_an_outturn():
    assert _types("Defence spending rose to 2.1% of GDP last year.")["2.1% of GDP"] == "actual"


def test_a_tax_revenue_reduced_is_no_instrument_set():
    assert _types("Tax revenue was reduced by 4 billion euros.")["4 billion euros"] == "actual"


def test_a_government_imposing_a_tariff_commits_to_it():
    assert _types("The Canadian government imposed a 25% tariff on American steel.")["25%"] == "commitment"


def test_a_law_including_a_sum_commits_to_it():
    types = _types("The new defence law includes about 90 billion dollars of extra military spending.")
    assert types["90 billion dollars"] == "commitment"


def test_ready_to_support_a_tax_increase_is_a_commitment():
    types = _types("The committee chairman said he was ready to support a 12 billion dollar tax increase.")
    assert types["12 billion dollar"] == "commitment"


def test_not_prepared_to_raise_a_tax_rejects_it():
    types = _types("The finance minister said the government was not prepared to raise the sales tax to 12 pct.")
    assert types["12 pct"] == "rejection"
