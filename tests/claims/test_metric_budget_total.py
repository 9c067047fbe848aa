"""A budget's total spending, named by the sentence's own words, is public spending even under a headline on defence
(sentences and headlines written for these tests)."""
from helpers import pipeline_claim


def test_budget_spending_under_a_defence_headline():
    text = ("Ruritania's cabinet approved a 2026 budget on Wednesday that foresees spending of 410 billion crowns, the "
            "finance minister said. The army will get 31 billion crowns of it.")
    claim = pipeline_claim(text, "410 billion", title="Ruritania Approves Record Borrowing to Fund Defence Build-Up")
    assert claim["metric"] == "public_spending"


def test_bare_spending_under_a_defence_headline_stays_defence():
    # no budget word of its own: the headline's topic still reads the weak word
    text = "Ruritania will raise spending to 31 billion crowns next year, the minister said."
    claim = pipeline_claim(text, "31 billion", title="Ruritania Boosts Defence")
    assert claim["metric"] == "defense_spending"


def test_a_defence_budget_named_in_the_sentence_stays_defence():
    text = "Ruritania's defence budget foresees spending of 31 billion crowns next year, the minister said."
    claim = pipeline_claim(text, "31 billion", title="Ruritania Boosts Defence")
    assert claim["metric"] == "defense_spending"
