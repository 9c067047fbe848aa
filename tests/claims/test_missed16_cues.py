"""Figures missed16 found no claim for (sentences written for these tests): bonds a state issues to finance its budget
(metric_cues.csv: construction bonds, deficit-financing bonds), a federation's revenue a bill would raise (federal
revenues), and a share of a fund allotted to a state in a defence story (story_acts.csv: allot*)."""
from helpers import pipeline_claims


def _found(text: str, title: str | None = None) -> list[tuple]:
    return [(c["figure_text"], c["metric"]) for c in pipeline_claims(text, title=title)]


def test_construction_and_deficit_financing_bonds_are_the_states_borrowing():
    assert _found("Finance Ministry officials said the government would issue 900 billion yen in construction bonds "
                  "to pay for new public works.") == [("900 billion yen", "fiscal_deficit")]
    assert _found("Tokyo plans to sell 2,500 billion yen of deficit-financing bonds next fiscal year.") \
        == [("2,500 billion yen", "fiscal_deficit")]


def test_federal_revenues_a_bill_raises_are_tax_revenue():
    assert _found("The measure would bring in federal revenues of 4.2 billion dlrs by 1992.") \
        == [("4.2 billion dlrs", "tax_revenue")]
    assert _found("Under the compromise, federal revenues would rise by 4.2 billion dlrs over five years.") \
        == [("4.2 billion dlrs", "tax_revenue")]
    # a company's revenues stay no state's
    assert _found("Acme Corp said its revenues rose to 4.2 billion dlrs last year.") == []


DEFENCE = "The European Union agreed a 150 billion euro loan fund to raise defence spending across the bloc. "


def test_a_share_allotted_to_a_state_goes_on_with_the_defence_story():
    found = _found(DEFENCE + "Lithuania was allotted 6.4 billion euros under the scheme.")
    assert found[-1] == ("6.4 billion euros", "defense_spending")
    # a firm allotted shares is no state's figure
    assert _found(DEFENCE + "Nordic Steel was allotted 300 mln euros of new stock.")[1:] == []


def test_the_highest_share_is_a_states_part_not_stock():
    found = _found("Estonia's parliament approved a 2026 budget that sets defence spending at 5.4% of GDP, or about 2.2 "
                   "billion euros, the highest share in the alliance.")
    assert ("2.2 billion euros", "defense_spending") in found
    # a firm's shares stay no state's
    assert _found("Nordic Steel said the 2.2 billion euros in new shares gave it the highest share price in Oslo.") == []
