"""Metric recognition when several fiscal figures share a sentence (own sentences, issue 3: metric on matched figures)."""
import pytest
from helpers import claims_of, mention


def _metrics(text, *figures, title=None):
    ms = [mention(text, s, v, "currency" if isinstance(v, float) and v >= 1e6 else "percent") for s, v in figures]
    surface = {m["char_start"]: m["surface"] for m in ms}  # keyed by the mention ("88%"), whatever tail the claim takes
    return {surface[c["char_start"]]: c["metric"] for c in claims_of(text, *ms, title=title)}


@pytest.mark.parametrize("text, surface, value, metric", [
    # a debt word with a repayment noun after it is the service, not the stock
    ("Government debt repayments are set to climb to 40 billion crowns next year.", "40 billion crowns", 4e10, "debt_service"),
    ("The ministry said outlays for repaying principal and interest on foreign loans reached 2.1 billion dinars.",
     "2.1 billion dinars", 2.1e9, "debt_service"),
    # a state's net debt is its public debt (a bare "debt" defaults to the foreign debt)
    ("Public sector net debt rose to 88% of GDP in March.", "88%", 88, "public_debt"),
    # growth of spending is the spending's, not the economy's
    ("The treasury expects spending growth to slow to 2.5% next year.", "2.5%", 2.5, "public_spending"),
])
def test_compound_cue(text, surface, value, metric):
    assert _metrics(text, (surface, value)) == {surface: metric}


def test_total_spending_is_not_the_headline_defence():
    text = "The cabinet approved a budget with total spending of 410 billion crowns and a deficit of 30 billion crowns."
    got = _metrics(text, ("410 billion crowns", 4.1e11), ("30 billion crowns", 3e10), title="Ruritania rebuilds its armed forces")
    assert got == {"410 billion crowns": "public_spending", "30 billion crowns": "fiscal_deficit"}


def test_the_whole_a_share_is_taken_of_is_the_total_budget():
    text = "Military expenditure now takes about 18% of the national 2026 budget of 90 billion crowns."
    got = _metrics(text, ("18%", 18), ("90 billion crowns", 9e10), title="Ruritania defence budget")
    assert got == {"18%": "defense_spending", "90 billion crowns": "public_spending"}


def test_a_cue_governing_a_later_figure_is_not_the_weak_words():
    text = "The cabinet adopted a 6 trillion won supplementary budget, financed by 2 trillion won in new government bonds."
    got = _metrics(text, ("6 trillion won", 6e12), ("2 trillion won", 2e12))
    assert got == {"6 trillion won": "public_spending", "2 trillion won": "fiscal_deficit"}
    # a bare "budget" too: the bonds are the 2 trillion's, not the budget's
    text = "The cabinet adopted a 6 trillion won budget, financed by 2 trillion won in new government bonds."
    got = _metrics(text, ("6 trillion won", 6e12), ("2 trillion won", 2e12))
    assert got["2 trillion won"] == "fiscal_deficit" and got.get("6 trillion won") != "fiscal_deficit"


def test_a_compared_figure_with_its_own_compound_noun_keeps_it():
    text = "Savings of 3 billion crowns would not be enough against a 20 billion crown government deficit, the bank said."
    got = _metrics(text, ("3 billion crowns", 3e9), ("20 billion crown", 2e10))
    assert got["20 billion crown"] == "fiscal_deficit"


def test_an_anaphoric_verb_takes_its_clause_noun():
    text = "Budget spending will climb to 700 billion crowns, while revenue will reach 610 billion crowns."
    got = _metrics(text, ("700 billion crowns", 7e11), ("610 billion crowns", 6.1e11))
    assert got == {"700 billion crowns": "public_spending", "610 billion crowns": "tax_revenue"}


def test_borrowing_a_sum_for_a_purpose_and_for_a_deficit():
    assert _metrics("The Commission will borrow 90 billion euros for defence.", ("90 billion euros", 9e10)) \
        == {"90 billion euros": "defense_spending"}
    text = "The finance ministry said it would borrow 50 billion crowns next year to cover the budget deficit."
    assert _metrics(text, ("50 billion crowns", 5e10)) == {"50 billion crowns": "fiscal_deficit"}
    # a loan outside a story or sentence on the state's finances is no claim
    assert _metrics("Ruritania agreed with the lenders to borrow 4 billion dollars.", ("4 billion dollars", 4e9)) == {}


def test_second_level_of_a_run_keeps_the_runs_noun():
    text = "The trade deficit would narrow to 3 billion crowns this year and 2.5 billion crowns in 2027 and foreign debt would rise."
    got = _metrics(text, ("3 billion crowns", 3e9), ("2.5 billion crowns", 2.5e9), title="Ruritania budget deficit")
    assert got == {"3 billion crowns": "other", "2.5 billion crowns": "other"}  # the trade balance, both
    text = "The budget deficit will fall to 2.1% of GDP this year and 1.8% in 2027 and public debt will stabilise."
    got = _metrics(text, ("2.1%", 2.1), ("1.8%", 1.8))
    assert got == {"2.1%": "fiscal_deficit", "1.8%": "fiscal_deficit"}
    # a figure with a noun of its own in its own conjunct is not part of the run
    text = "The budget deficit will fall to 2.1% of GDP this year and public debt to 61% in 2027."
    assert _metrics(text, ("2.1%", 2.1), ("61%", 61))["61%"] == "public_debt"


def test_an_extra_budget_sum_for_defence_is_defence():
    text = ("The government has already agreed a defence budget of 8 trillion won. "
            "The extra budget includes 1.1 trillion won for defence, and 2 trillion won in new government bonds.")
    ms = [mention(text, "8 trillion won", 8e12, "currency"), mention(text, "1.1 trillion won", 1.1e12, "currency"),
          mention(text, "2 trillion won", 2e12, "currency")]
    from pipeline.claims import find_claims
    from helpers import Sentence
    cut = text.index("The extra")
    for m in ms[1:]:
        m["sentence_index"] = 1
    got = {c["figure_text"]: c["metric"] for c in find_claims({"text": text, "title": None, "published": None, "article_id": "t"},
                                                             [Sentence(0, 0, cut - 1), Sentence(1, cut, len(text))], ms)}
    assert got["1.1 trillion won"] == "defense_spending" and got["2 trillion won"] == "fiscal_deficit"


def test_public_sector_borrowing_is_the_deficit():
    text = "The chancellor has headroom of 9.9 billion pounds, and public sector borrowing is forecast at 137 billion pounds."
    assert _metrics(text, ("137 billion pounds", 1.37e11))["137 billion pounds"] == "fiscal_deficit"


def test_how_a_sum_is_paid_for_is_not_what_it_is():
    text = "The defence ministry's budget will rise by 3.2 billion crowns, financed by new borrowing."
    assert _metrics(text, ("3.2 billion crowns", 3.2e9), title="Ruritania budget")["3.2 billion crowns"] == "defense_spending"


def test_borrowing_to_finance_defence_is_defence():
    text = "Ruritania will borrow 50 billion crowns to finance defence spending."
    assert _metrics(text, ("50 billion crowns", 5e10), title="Ruritania budget") == {"50 billion crowns": "defense_spending"}


def test_the_governments_own_debt_is_public():
    text = "The state's debt will climb to 70% of GDP, while foreign debt remains at 30 billion dollars."
    got = _metrics(text, ("70%", 70), ("30 billion dollars", 3e10))
    assert got == {"70%": "public_debt", "30 billion dollars": "external_debt"}


def test_a_clause_opened_by_as_after_the_figure_is_another_clause():
    text = "The deficit is set to rise to 5.8% of GDP as spending on pensions grows."
    assert _metrics(text, ("5.8%", 5.8), title="Ruritania budget") == {"5.8%": "fiscal_deficit"}
    # "as a share of", "as part of" open no clause
    text = "The ministry put the deficit at 40 billion crowns as part of its defence budget review."
    assert _metrics(text, ("40 billion crowns", 4e10), title="Ruritania budget")["40 billion crowns"] == "fiscal_deficit"


def test_a_compared_figure_with_its_own_noun_before_it_keeps_it():
    text = "Spending will rise 3.5% in real terms, faster than economic growth of 1%."
    assert _metrics(text, ("3.5%", 3.5), ("1%", 1), title="Ruritania budget") == {"3.5%": "public_spending", "1%": "gdp_growth"}


def test_a_funds_purpose_after_its_sum_beats_the_rule_it_is_exempt_from():
    text = ("Lawmakers exempted defence outlays above 1% of GDP from the debt brake and created a special fund of 300 billion "
            "crowns for infrastructure.")
    got = _metrics(text, ("1%", 1), ("300 billion crowns", 3e11), title="Ruritania budget")
    assert got == {"1%": "defense_spending", "300 billion crowns": "public_spending"}


def test_a_cue_inside_an_aside_does_not_govern_the_figure_after_it():
    text = "Ruritania's defence budget, which includes aid to its neighbour, will rise to 86 billion crowns."
    assert _metrics(text, ("86 billion crowns", 8.6e10), title="Ruritania budget") == {"86 billion crowns": "defense_spending"}


def test_borrowing_in_a_story_on_the_states_finances_is_its_deficit():
    text = ("The budget foresees net borrowing of 90 billion crowns. Counting its special funds, the government plans to "
            "borrow some 170 billion crowns to pay for roads, railways and the armed forces.")
    from pipeline.claims import find_claims
    from helpers import Sentence
    cut = text.index("Counting")
    ms = [mention(text, "90 billion crowns", 9e10, "currency"), mention(text, "170 billion crowns", 1.7e11, "currency")]
    ms[1]["sentence_index"] = 1
    got = {c["figure_text"]: c["metric"] for c in find_claims({"text": text, "title": None, "published": None, "article_id": "t"},
                                                             [Sentence(0, 0, cut - 1), Sentence(1, cut, len(text))], ms)}
    assert got == {"90 billion crowns": "fiscal_deficit", "170 billion crowns": "fiscal_deficit"}
    # a loan alone, in no story on the state's finances, names nothing
    assert _metrics("Banks were forced to borrow 5 billion dollars from the central bank.", ("5 billion dollars", 5e9)) == {}


def test_as_before_a_figure_or_in_as_x_as_opens_no_clause():
    text = "Ruritania said it would raise tariffs of as much as 300 million dollars on imported cars."
    assert _metrics(text, ("300 million dollars", 3e8)) == {"300 million dollars": "tariff_rate"}
    from pipeline.claims.cuescope import CLAUSE_BREAK
    assert CLAUSE_BREAK.search("debt is growing twice as fast as gross domestic product") is None
    assert CLAUSE_BREAK.search("5.8% of GDP as spending on pensions grows") is not None


def test_a_compared_figure_with_a_single_noun_and_its_of_before_it_keeps_it():
    text = "The increase in spending of 4% is larger than the economy's growth of 1.1%."
    assert _metrics(text, ("4%", 4), ("1.1%", 1.1), title="Ruritania budget") == {"4%": "public_spending", "1.1%": "gdp_growth"}
