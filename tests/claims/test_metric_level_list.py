"""A sentence with no metric word that lists levels "at" figures right after a claim goes on with its metric (own sentences)."""
from helpers import pipeline_claims as _claims


def test_levels_listed_at_figures_take_the_claim_before():
    text = ("Ruritania will spend 3.9% of its gross domestic product on defence this year, according to the alliance's "
            "annual estimates. Freedonia is put at 3.1%, Sylvania at 2.7% and Grand Fenwick at 2.2%.")
    metrics = {c["figure_text"]: c["metric"] for c in _claims(text)}
    assert metrics.get("3.1%") == "defense_spending"
    assert metrics.get("2.7%") == "defense_spending"
    assert metrics.get("2.2%") == "defense_spending"


def test_levels_of_another_unit_do_not_go_on():
    # a price "at" a sum after a share of GDP is no level of the same measure
    text = ("Ruritania will spend 3.9% of its gross domestic product on defence this year, the ministry said. "
            "The new frigates are priced at 400 million dollars.")
    assert [c["figure_text"] for c in _claims(text)] == ["3.9% of its gross domestic product"]


def test_levels_two_sentences_after_do_not_go_on():
    text = ("Ruritania will spend 3.9% of its gross domestic product on defence this year, the ministry said. "
            "The weather was mild in May. Freedonia is put at 3.1%.")
    assert [c["figure_text"] for c in _claims(text)] == ["3.9% of its gross domestic product"]


def test_these_are_continues_the_topic():
    from pipeline.claims.story import CONTINUES
    assert CONTINUES.match("These are set at three rates -- 0.1 pct, 0.2 pct and 0.3 pct.")
    assert not CONTINUES.match("These factors cut growth to 1.2 pct.")


def test_sentence_opening_on_it_after_a_claim_carries_its_metric_to_an_early_figure():
    # "It" is the claim's subject; the sentence's own "deficit" further on is another figure's
    text = ("Ruritania's current account deficit widened to 410 mln dlrs in December, the central bank said. "
            "It widened to 622 mln dlrs in January from 484 mln in December and compared with a deficit of 334 mln "
            "in January last year.")
    metrics = {c["figure_text"]: c["metric"] for c in _claims(text)}
    assert metrics.get("622 mln dlrs") == "current_account"


def test_share_restated_with_an_anaphoric_word_keeps_its_first_metric():
    # an aid claim comes in between; "the 3% ambition" restates the defence share of the first sentence
    text = ("Ruritania will raise defence spending to 2.5% of GDP by 2027 and has an ambition to reach 3% later. "
            "The government will cut development aid to 0.3% of gross national income to pay for it. "
            "The prime minister said the 3% ambition would depend on economic conditions.")
    claims = [c for c in _claims(text) if c["figure_text"].startswith("3%")]
    assert claims and all(c["metric"] == "defense_spending" for c in claims)


def test_sentence_opening_on_a_budget_word_goes_on_with_the_budget_before():
    # the lead names the government and its budget with no figure; the next sentence's weak words are that budget's
    text = ("Ruritania's government approved its 2026 budget on Tuesday. "
            "Spending will rise to 420 billion crowns, while borrowing will reach 60 billion crowns.")
    metrics = {c["figure_text"]: c["metric"] for c in _claims(text)}
    assert metrics == {"420 billion crowns": "public_spending", "60 billion crowns": "fiscal_deficit"}


def test_sentence_opening_on_a_budget_word_after_a_company_sentence_stays_out():
    text = ("Acme Corp approved its 2026 budget on Tuesday. "
            "Spending will rise to 420 million dollars, the company said.")
    assert _claims(text) == []


def test_owners_listed_with_figures_take_the_claim_before():
    text = ("Ruritania will raise defence spending to 2.4% of GDP this year, the defence ministry said. "
            "Freedonia leads with 4.1%, followed by Sylvania with 3.4%.")
    metrics = {c["figure_text"]: c["metric"] for c in _claims(text)}
    assert metrics.get("4.1%") == "defense_spending" and metrics.get("3.4%") == "defense_spending"


def test_it_sized_by_a_figure_after_a_claim_goes_on():
    text = ("Ruritania's budget proposal shows a deficit of 12 billion crowns. "
            "The opposition wants it cut to 9 billion crowns.")
    metrics = {c["figure_text"]: c["metric"] for c in _claims(text)}
    assert metrics.get("9 billion crowns") == "fiscal_deficit"


def test_it_that_reports_is_no_claims_subject():
    text = ("Ruritania's budget proposal shows a deficit of 12 billion crowns. "
            "A charity said it also found 3 billion crowns going to the richest households.")
    assert "3 billion crowns" not in {c["figure_text"] for c in _claims(text)}


def test_balancing_the_budget_sets_the_deficit_topic():
    # a figure-less sentence on balancing the budget: the bare "deficit" after it is the budget's, not the current account
    text = ("Ruritania's current account showed a 500 mln crown surplus, the central bank said. "
            "The government has said its fiscal policies will balance the budget by 2028. "
            "The deficit last year was 952 mln crowns.")
    metrics = {c["figure_text"]: c["metric"] for c in _claims(text)}
    assert metrics.get("952 mln crowns") == "fiscal_deficit"
