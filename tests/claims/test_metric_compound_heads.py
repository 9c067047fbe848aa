"""Which cue belongs to which figure (cuecompound): a balance of payments that only frames the current account, a noun
with its own participle sizing the next figure, a list of sums each with its own noun, "that surplus" pointing back to the
sentence before, and a measurement basis that names no balance itself (sentences written for these tests)."""
from helpers import pipeline_claims


def _metrics(text, figure):
    return [c["metric"] for c in pipeline_claims(text) if figure in c["figure_text"]]


def test_current_account_surplus_of_the_balance_of_payments_is_the_current_account():
    text = ("The central bank said the current account surplus of the Danish balance of payments reached 9.1 billion "
            "crowns last year, from 8.4 billion in 2023.")
    assert _metrics(text, "9.1 billion") == ["current_account"]
    assert _metrics(text, "8.4 billion") == ["current_account"]


def test_surplus_on_the_current_account_of_the_balance_of_payments():
    text = ("Chile recorded a surplus on the current account of the balance of payments of 2.6 billion dlrs in the first "
            "quarter, compared with a surplus of 1.9 billion dlrs a year earlier.")
    assert _metrics(text, "2.6 billion") == ["current_account"]
    assert _metrics(text, "1.9 billion") == ["current_account"]


def test_a_bare_balance_of_payments_is_still_its_own_balance():
    text = "Kenya's balance of payments showed a deficit of 400 mln dlrs last year, the central bank said."
    assert _metrics(text, "400 mln") == ["other"]


def test_a_noun_with_its_own_participle_sizes_the_next_figure():
    text = ("Analysts expect the government's spending target to rise to about 610 billion pesos, with revenue budgeted at "
            "around 540 billion pesos.")
    assert _metrics(text, "610 billion") == ["public_spending"]
    assert _metrics(text, "540 billion") == ["tax_revenue"]


def test_each_sum_of_a_list_takes_its_own_noun():
    text = ("The ministry's forecasts of four pct GDP growth, three billion dlrs of (current account) surplus and nine pct "
            "export growth looked realistic in January, the minister said.")
    assert _metrics(text, "three billion") == ["current_account"]


def test_that_surplus_points_back_to_the_balance_of_the_sentence_before():
    text = ("Economists say the government's room to spend is limited by the need to keep a large surplus on the current "
            "account of the country's balance of payments. Most of that surplus, put at about 3 billion dlrs this year, "
            "will go on repaying the country's foreign loans.")
    assert _metrics(text, "3 billion") == ["current_account"]


def test_that_debt_points_back_to_the_public_debt_of_the_sentence_before():
    text = ("Portugal's finance minister told parliament that public debt had become the country's heaviest burden. "
            "The government wants that debt cut to about 90 pct of gross domestic product by 2028.")
    assert _metrics(text, "90 pct") == ["public_debt"]


def test_a_payments_basis_takes_the_balance_its_sentence_names():
    text = ("Norway's current account deficit widened to a record 4.2 billion dlrs on a balance of payments basis in the "
            "second quarter of the year from a revised 3.9 billion dlrs in the first quarter, the statistics office said.")
    assert _metrics(text, "4.2 billion") == ["current_account"]
    assert _metrics(text, "3.9 billion") == ["current_account"]


def test_a_level_after_a_comma_and_from_is_the_moving_figures():
    text = ("The IMF expects Italy's budget deficit to widen to about 3.8% of gross domestic product next year as Rome "
            "spends heavily on defence and pensions, from 3.3% this year.")
    assert _metrics(text, "3.8%") == ["fiscal_deficit"]
    assert _metrics(text, "3.3%") == ["fiscal_deficit"]


def test_a_level_down_from_keeps_the_balance_beyond_a_cause():
    text = ("OTTAWA - Canada's government ran a budget deficit of 48 billion dollars in the fiscal year that ended on "
            "March 31, the finance department said on Friday, down slightly from 62 billion dollars a year earlier as "
            "excise receipts nearly doubled.")
    assert _metrics(text, "62 billion") == ["fiscal_deficit"]


def test_a_figure_inside_a_dash_aside_is_the_noun_before_the_aside():
    text = ("The size of Greece's budget deficit -- put at 12 billion euros last year and targeted at 9 billion euros "
            "this year -- means inflation could pick up again, one economist said.")
    assert _metrics(text, "9 billion") == ["fiscal_deficit"]


def test_a_figure_sizing_its_own_compound_noun_is_that_nouns():
    text = ("In 2022 and 2023 Argentina's grain exports were enough to cover the 9 billion dlrs needed to service its "
            "45 billion dlr foreign debt.")
    assert _metrics(text, "45 billion") == ["external_debt"]
    assert _metrics(text, "9 billion") == ["debt_service"]


def test_a_sum_in_debt_that_a_state_has_is_the_debt_held():
    text = ("Argentina, with about 45 billion dlrs in debt, alarmed its creditors last week when it suspended interest "
            "payments on 20 billion dlrs owed to commercial banks.")
    assert _metrics(text, "45 billion") == ["external_debt"]


def test_a_sum_taken_on_in_debt_stays_new_borrowing():
    text = "The Canadian government plans to take on 50 billion dollars in debt next year to pay for its defence plan."
    assert _metrics(text, "50 billion") == ["fiscal_deficit"]
