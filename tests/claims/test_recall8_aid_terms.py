"""Recall round 8: lending on concessional or untied terms is aid; 'Export-Import Bank' is the state's own (own sentences)."""
from helpers import claims_of, mention, pipeline_claims


def _metrics(text: str, surface: str, value: float) -> list[str]:
    return [c["metric"] for c in claims_of(text, mention(text, surface, value, "currency"))]


def test_concessional_or_untied_lending_is_aid():
    assert _metrics("The ministry will seek 300 mln dlrs in concessional loans for the irrigation scheme.",
                    "300 mln dlrs", 3e8) == ["development_aid"]
    assert _metrics("Norway agreed to extend 120 mln dlrs of untied credits to Kenya over two years.",
                    "120 mln dlrs", 1.2e8) == ["development_aid"]
    assert _metrics("The road project gets a 75 mln dlr loan from the fund's concessionary lending arm.",
                    "75 mln dlr", 7.5e7) == ["development_aid"]


def test_a_concessionary_tax_rate_is_no_aid():
    # 'concessionary' alone is a lower rate of tax too: only concessionary lending, loans and credits are aid
    text = "Offshore funds will pay tax at a concessionary rate of 10 pct, the finance ministry said."
    claims = claims_of(text, mention(text, "10 pct", 10.0))
    assert [c["metric"] for c in claims] == ["tax_revenue"]


def test_a_states_own_export_import_bank_lends_for_it():
    claims = pipeline_claims("Korea's state Export-Import Bank agreed on Monday to provide 400 mln dlrs in untied credits "
                             "to help Vietnam build power plants, the finance ministry in Seoul said.")
    aid = [c for c in claims if c["metric"] == "development_aid"]
    assert [(c["figure_text"], c["actor_code"]) for c in aid] == [("400 mln dlrs", "KOR")]
