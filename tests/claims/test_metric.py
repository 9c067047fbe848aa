"""Which figures are policy claims, and of which metric (own sentences)."""
import pytest
from helpers import claims_of, mention


@pytest.mark.parametrize("text, surface, value, unit, metric", [
    ("Berlin wants to lift its defence budget to 2.5% of GDP next year.", "2.5%", 2.5, "percent", "defense_spending"),
    ("The alliance asked members for 4% of GDP in military spending.", "4%", 4, "percent", "defense_spending"),
    ("Ruritania reported a budget deficit of 3.2% last year.", "3.2%", 3.2, "percent", "fiscal_deficit"),
    ("The PSBR was 4 billion pounds in the year.", "4 billion pounds", 4e9, "currency", "fiscal_deficit"),
    ("Its foreign debt stood at 12 billion dollars.", "12 billion dollars", 1.2e10, "currency", "external_debt"),
    ("The current account surplus reached 2 billion euros.", "2 billion euros", 2e9, "currency", "current_account"),
    ("Norway gives 1% of national income in development aid.", "1%", 1, "percent", "development_aid"),
    ("Ministers agreed a 5% cut in public spending.", "5%", 5, "percent", "public_spending"),
    ("The government will raise the VAT rate to 24%.", "24%", 24, "percent", "tax_revenue"),
    ("Washington imposed a 25% tariff on imported steel.", "25%", 25, "percent", "tariff_rate"),
    ("Debt service took 30% of export earnings.", "30%", 30, "percent", "debt_service"),
    ("The economy grew 2.1% in the quarter.", "2.1%", 2.1, "percent", "gdp_growth"),
    ("Consumer prices rose 4% from a year earlier.", "4%", 4, "percent", "inflation"),
])
def test_metric_of_figure(text, surface, value, unit, metric):
    claims = claims_of(text, mention(text, surface, value, unit))
    assert [c["metric"] for c in claims] == [metric]


@pytest.mark.parametrize("text, surface, value, unit", [
    ("Acme Corp said its net profit rose 12% to 40 million dollars.", "12%", 12, "percent"),
    ("Shares of the company fell 3% in early trading.", "3%", 3, "percent"),
    ("Oil prices rose 2% on Tuesday.", "2%", 2, "percent"),
    ("Year-on-year sales were up 8%.", "8%", 8, "percent"),
    ("The poll gave the party 35% of the vote.", "35%", 35, "percent"),
    ("The striker has scored in 60% of his matches.", "60%", 60, "percent"),
    ("Acme Industries Inc said it would replace 35 million dollars in existing debt.", "35 million dollars", 3.5e7, "currency"),
    ("Profits before taxes rose 3% in the quarter.", "3%", 3, "percent"),
    ("Each shopper will spend 220 pounds online this Christmas.", "220 pounds", 220, "currency"),
])
def test_no_claim_outside_policy(text, surface, value, unit):
    assert claims_of(text, mention(text, surface, value, unit)) == []


def test_specific_cue_beats_weak_word():
    text = "The budget deficit will be near the budget forecast of 2.4 billion dollars."
    claims = claims_of(text, mention(text, "2.4 billion dollars", 2.4e9, "currency"))
    assert claims[0]["metric"] == "fiscal_deficit"


def test_headline_topic_resolves_bare_deficit():
    text = "The deficit narrowed to 750 million dollars in February."
    claims = claims_of(text, mention(text, "750 million dollars", 7.5e8, "currency"),
                       title="AUSTRALIAN CURRENT ACCOUNT DEFICIT NARROWS")
    assert claims[0]["metric"] == "current_account"


def test_figure_extends_over_basis():
    text = "They pressed Ruritania to spend 3.5% of its GDP on defence."
    c = claims_of(text, mention(text, "3.5%", 3.5))[0]
    assert c["figure_text"] == "3.5% of its GDP" and c["basis"] == "GDP"
    assert text[c["char_start"]:c["char_end"]] == c["figure_text"]


def test_non_claim_units_ignored():
    text = "The defence budget pays for 40,000 soldiers."
    assert claims_of(text, mention(text, "40,000", 40000, "count")) == []


def test_an_income_glossed_as_gdp_is_the_basis():
    from pipeline.claims.basis import figure_tail

    text = "Members will lift defence spending to 4 percent of the country's income, that is gross domestic product, by 2030."
    end = text.index("4 percent") + len("4 percent")
    assert figure_tail(text, end, len(text))[1] == "GDP"
    text = "Spending rose 4 percent, i.e. faster than planned."
    end = text.index("4 percent") + len("4 percent")
    assert figure_tail(text, end, len(text)) == (end, None)
