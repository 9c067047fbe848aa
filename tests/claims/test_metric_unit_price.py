"""A sum reckoned per unit (a bushel, a barrel, a tonne, a dollar) is a price, not a state's figure, unless a tax or tariff is
levied per unit; a stock index moving is no figure either (sentences written for these tests)."""
from helpers import pipeline_claims


def _metrics(text, figure):
    return [c["metric"] for c in pipeline_claims(text) if figure in c["figure_text"]]


def test_prices_per_unit_are_no_claims():
    # a budget story going on into the programme's payment rates
    text = ("Ruritania's budget deficit must be cut by 4.3 pct under the new law, the finance ministry said. "
            "Wheat growers will be paid 72 cents per bushel this season, and oil must sell at 31 dlrs a barrel for the "
            "state to meet its obligations.")
    assert _metrics(text, "72 cents") == []
    assert _metrics(text, "31 dlrs") == []


def test_an_exchange_rate_is_no_claim():
    text = ("The Ruritanian government set its budget deficit at 2.1 billion crowns. It fixed the official rate for debt "
            "payments at 9.40 crowns per dlr.")
    assert _metrics(text, "9.40 crowns") == []


def test_a_levy_charged_per_unit_stays_a_claim():
    assert _metrics("The Commission proposed a tax of 250 Ecus per tonne on imported vegetable oils.", "250 Ecus") \
        == ["tax_revenue"]
    assert _metrics("Ruritania imposed a 65 cents per bushel tariff on imported corn.", "65 cents") == ["tariff_rate"]


def test_a_stock_index_move_is_no_claim():
    text = ("Ruritania's parliament approved a defence budget of 4.1 billion dlrs on Tuesday. "
            "A poll found 38% of voters backed it, while the FTSE 100 ended 0.7% higher.")
    assert _metrics(text, "0.7%") == []
