"""Money figures missed16 found no mention for (sentences written for these tests): the singular "crown" before its
noun, Reuters' "lr" for lire, "figure" and "off" after a carried-currency bare figure, and a bare figure of a sentence
naming a balance or a debt far after the article's latest money figure."""
from .helpers import approx, mentions


def _money(text):
    return [(m["surface"], m["value"], m["currency"]) for m in mentions(text) if m["unit"] == "currency"]


def test_singular_crown_before_its_noun():
    found = _money("Norway's trade balance showed a 4.2 billion crown surplus in March.")
    assert [(s, c) for s, _, c in found] == [("4.2 billion crown", "NOK")] and approx(found[0][1], 4.2e9)
    assert [c for _, _, c in _money("Sweden will sell a three billion crown government bond.")] == ["SEK"]
    assert [c for _, _, c in _money("Iceland's parliament granted a 900 mln crown loan to the state bank.")] == ["ISK"]
    # no number before it: no money ("the Crown Prince", "a crown of gold")
    assert _money("The Crown Prince opened the new bridge in Oslo.") == []


def test_lr_for_lire():
    found = _money("Italy's public debt rose by almost 90,000 billion lr last year.")
    assert [(s, c) for s, _, c in found] == [("90,000 billion lr", "ITL")] and approx(found[0][1], 9e13)


def test_figure_and_off_after_a_bare_carried_figure():
    found = _money("The surplus rose to 5.1 billion marks in March, above the 4.4 billion figure of March last year.")
    assert [s for s, _, _ in found] == ["5.1 billion marks", "4.4 billion"] and found[1][2] == "DEM"
    found = _money("A four billion stg package could take two billion off income tax and two billion off the deficit.")
    assert [c for _, _, c in found] == ["GBP", "GBP", "GBP"]


def _far(sentence: str) -> list[tuple]:
    # the money figure is five sentences before the bare figure; the sentences between hold percents only
    text = ("The cabinet approved tax cuts of 3,000 billion yen on Monday. Prices rose 0.4 pct in April. Wages rose 2.1 "
            "pct. Output fell 1.2 pct. Retail sales rose 3.3 pct. " + sentence)
    return _money(text)[1:]


def test_a_balance_sentence_takes_the_latest_currency_far_after_it():
    found = _far("The current account surplus narrowed to 6.2 billion in April from 7.5 billion in March.")
    assert [(s, c) for s, _, c in found] == [("6.2 billion", "JPY"), ("7.5 billion", "JPY")]
    assert approx(found[0][1], 6.2e9)
    assert [c for _, _, c in _far("Net public debt will grow to 120 billion by the end of next year.")] == ["JPY"]


def test_a_sentence_naming_no_balance_stays_no_money_far_after_it():
    # gas in cubic feet, people: no balance word, so the bare figure is no money beyond two sentences
    assert _far("Gas stocks fell to 3,100 billion cubic feet from a restated 3,300 billion.") == []
    assert _far("The number of jobless rose to 1.2 mln.") == []
