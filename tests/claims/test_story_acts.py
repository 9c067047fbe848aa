"""A sentence with no metric word goes on with a story of the metric its public body's act carries on
(pipeline/data/claims/story_acts.csv): borrowing in a deficit story, a levy in a tax story, repaying in a debt story,
giving in an aid story. Sentences written for these tests."""
from helpers import pipeline_claims


def _found(text: str, title: str | None = None) -> list[tuple]:
    return [(c["figure_text"], c["metric"]) for c in pipeline_claims(text, title=title)]


DEFICIT = "Ruritania's budget deficit widened to 40 billion crowns last year, the finance ministry said. "
DEBT = "Ecuador's foreign debt rose to 30 billion dlrs at the end of last year, the central bank said. "
TAX = "The Ruritanian budget raised the sales tax to nine pct from seven pct. "


def test_a_public_bodys_act_goes_on_with_the_story_it_continues():
    assert _found(DEFICIT + "The government made net borrowings of 12 billion crowns in the first quarter.")[1:] \
        == [("12 billion crowns", "fiscal_deficit")]
    assert _found(DEBT + "Finance Minister Anna Berg said Ecuador had repaid 2.5 billion dlrs to its creditors since "
                  "January.")[1:] == [("2.5 billion dlrs", "debt_service")]
    # only the figure the act is done to: the income threshold is no tax ("charge", no metric word: "surtax" is a tax word of its
    # own since missed18, test_missed18_mechanisms)
    assert _found(TAX + "The government also levied a flat two pct charge on incomes above 90,000 crowns.")[2:] \
        == [("two pct", "tax_revenue")]


def test_the_same_act_carries_on_its_own_stories_metric():
    # borrowing in a story of foreign debt is that debt, in a deficit story the deficit
    assert _found(DEBT + "Ecuador has secured new borrowings for 1.2 billion dlrs this year.")[1:] \
        == [("1.2 billion dlrs", "external_debt")]


def test_no_story_no_public_body_or_no_figure_of_the_act_stays_no_claim():
    # no story of a scored metric yet
    assert _found("Talks went on for weeks. The government made net borrowings of 12 billion crowns in the first "
                  "quarter.") == []
    # a firm acts, not a public body
    assert _found(DEBT + "Pacific Shipping repaid 200 mln dlrs to its banks.")[1:] == []
    # the act does not reach the figure ("repaid" governs the loans; the sum is a port's worth)
    assert _found(DEBT + "Ecuador repaid the old loans in full last week, when a new port worth 900 mln dlrs "
                  "opened.")[1:] == []
    # an act of another story's metric: spending in a debt story
    assert _found(DEBT + "The government spent 3 billion dlrs on new roads.")[1:] == []


def test_sums_coordinated_after_the_acts_figure_are_its_objects_too():
    # "repaid A of principal and B of interest": both are payments to creditors (story._coordinated_objects)
    assert _found(DEBT + "Finance Minister Anna Berg said Ecuador had repaid 900 mln dlrs of principal and 350 mln dlrs "
                  "of interest since January.")[1:] == [("900 mln dlrs", "debt_service"), ("350 mln dlrs", "debt_service")]
    assert _found(DEFICIT + "The government borrowed 5 billion crowns in March and another 4 billion in April.")[1:] \
        == [("5 billion crowns", "fiscal_deficit"), ("4 billion", "fiscal_deficit")]


def test_a_part_of_a_total_or_a_sum_of_another_verb_is_no_coordinated_object():
    # a part of a total, not a second payment
    assert _found(DEBT + "Finance Minister Anna Berg said Ecuador had repaid 900 mln dlrs out of the 2 billion dlrs due "
                  "this year.")[1:] == [("900 mln dlrs", "debt_service")]
    # another verb governs the second sum
    assert _found(DEBT + "Finance Minister Anna Berg said Ecuador had repaid 900 mln dlrs and lost 60 mln dlrs on "
                  "currency deals.")[1:] == [("900 mln dlrs", "debt_service")]
    # a sum of which a part follows
    assert _found(DEBT + "Finance Minister Anna Berg said Ecuador had repaid 900 mln dlrs, of which 300 mln dlrs went "
                  "to Japanese banks.")[1:] == [("900 mln dlrs", "debt_service")]
