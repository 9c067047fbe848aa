"""A budget the figure sizes, named the whole state's ("the state budget of", "a 2026 budget of"), is the state's spending
total, never the defence part a defence headline or a defence word beside it names; an owner's budget stays its owner's
(sentences and headlines written for these tests)."""
from helpers import pipeline_claim

DEFENCE_TITLE = "Ruritania Boosts Defence Spending"


def test_state_budget_under_a_defence_headline_is_the_total():
    text = "Defence Minister Jan Novak said the 2026 state budget of 300 billion crowns would give the army more money."
    assert pipeline_claim(text, "300 billion", title=DEFENCE_TITLE)["metric"] == "public_spending"


def test_national_budget_after_its_figure_is_the_total():
    text = "The cabinet adopted a 280 billion crown national budget for 2026 on Tuesday, the finance ministry said."
    assert pipeline_claim(text, "280 billion", title=DEFENCE_TITLE)["metric"] == "public_spending"


def test_a_budget_named_by_its_year_is_the_state_budget():
    text = "The cabinet approved a 2026 budget of 520 billion crowns on Wednesday, the finance ministry said."
    assert pipeline_claim(text, "520 billion", title=DEFENCE_TITLE)["metric"] == "public_spending"


def test_next_years_budget_is_the_state_budget():
    text = "Parliament passed next year's budget of 515 billion crowns late on Friday, the speaker said."
    assert pipeline_claim(text, "515 billion", title=DEFENCE_TITLE)["metric"] == "public_spending"


def test_an_owners_budget_stays_the_defence_budget():
    text = "The army's 2026 budget of 62 billion crowns will rise next year, the defence ministry said."
    assert pipeline_claim(text, "62 billion", title=DEFENCE_TITLE)["metric"] == "defense_spending"


def test_its_budget_in_a_defence_story_stays_defence():
    text = "The defence ministry said its budget of 62 billion crowns would rise next year."
    assert pipeline_claim(text, "62 billion", title=DEFENCE_TITLE)["metric"] == "defense_spending"


def test_a_deficit_of_the_state_budget_stays_the_deficit():
    text = "The deficit of the 2026 state budget will be 12 billion crowns, the finance ministry said."
    assert pipeline_claim(text, "12 billion", title="Ruritania Budget")["metric"] == "fiscal_deficit"


def test_a_years_budget_beside_a_defence_word_is_the_defence_budget():
    text = "Defence spending will rise to 64 billion crowns next year, up from this year's budget of 55 billion crowns."
    assert pipeline_claim(text, "55 billion", title=DEFENCE_TITLE)["metric"] == "defense_spending"


def test_a_years_budget_with_a_defence_line_after_it_is_the_whole():
    text = "Parliament passed a 2026 budget of about 410 billion crowns on Tuesday, including 31 billion crowns for defence."
    assert pipeline_claim(text, "410 billion", title=DEFENCE_TITLE)["metric"] == "public_spending"
