"""Constructions found by the modern47 set (session 24, write24b), each a mechanism for any article. Own sentences in own
words on 2024-25 reporting (figures as reported, rounded); needs the gazetteer.

- a Nordic crown named with its state's adjective, in the singular as a modifier ("a 50 billion Danish crown fund"), is
  money (quantities currencies.csv);
- a part after its whole ", of which 3.5% on core defence" is the whole's part also past what the whole is spent on
  ("spending 5% of GDP on defence and security by 2035, of which ...": levels.PART_OF), so it shares its type;
- a state named by name that spent or spends a share of GDP, with no metric word, shortly after a defence claim, goes on
  with the defence story ("Denmark spent about 2.37% of GDP last year, NATO estimates show": story._spent_share);
- "imports" or "exports" as the object of a duty's "on" ("the tariff on steel and aluminium imports to 50%", "a 15% U.S.
  tariff on most of its exports, after Trump had threatened 30%") names what the duty is charged on, no trade figure
  (guards.without_taxed_goods);
- security-related investment or spending (NATO's 1.5% category) is defence (metric_cues.csv);
- a home's value ("on homes worth more than 2 million pounds") is a price, no claim (guards.property_value);
- a past verb of revenue taken in ("customs duties brought in 195 billion dollars") keeps the rules' actual against the
  model (heldstance.LEVEL_VERB_BEFORE).
"""
import pytest

pytest.importorskip("pipeline.claims.gazetteer")

from helpers import pipeline_claims, rules_claims, claim_with as _claim  # noqa: E402


# -- a Nordic crown with its state's adjective, in the singular ----------------------------------------------------------

@pytest.mark.parametrize("text, figure, value, currency", [
    ("In February Denmark's government set up a 50 billion Danish crown fund for defence in 2025 and 2026.",
     "50 billion Danish crown", 50e9, "DKK"),
    ("Sweden's government announced a 300 billion Swedish crown borrowing plan to raise defence spending.",
     "300 billion Swedish crown", 300e9, "SEK"),
    ("Norway's parliament backed a 600 billion Norwegian crown long-term defence plan running to 2036.",
     "600 billion Norwegian crown", 600e9, "NOK"),
])
def test_a_nordic_crown_with_its_adjective_is_money(text, figure, value, currency):
    c = _claim(pipeline_claims(text), figure)
    assert c["currency"] == currency and c["value"] == pytest.approx(value) and c["metric"] == "defense_spending"


# -- a part after what its whole is spent on -----------------------------------------------------------------------------

@pytest.mark.parametrize("text", [
    "Belgium signed up to spending 5% of GDP on defence by 2035, of which 3.5% on core defence.",
    "At The Hague the Netherlands committed to spending 5% of GDP on defence and security by 2035, of which 3.5% on core "
    "defence.",
    "Italy signed up to spending 5% of GDP on defence and related security by 2035, of which 3.5% on core defence.",
])
def test_a_part_after_what_the_whole_goes_to_shares_its_type(text):
    whole, part = _claim(rules_claims(text), "5% of GDP"), _claim(rules_claims(text), "3.5%")
    assert whole["claim_type"] == "commitment" and part["claim_type"] == "commitment"
    assert part["metric"] == "defense_spending"


# -- a spent share of GDP after a defence claim --------------------------------------------------------------------------

@pytest.mark.parametrize("text, figure, target", [
    ("Prime Minister Mette Frederiksen's government says its fund will lift Denmark's military spending to more than 3% of "
     "GDP. Denmark spent about 2.37% of GDP last year, NATO estimates show.", "2.37% of GDP", "DNK"),
    ("Starmer has pledged to raise defence spending to 2.5% of GDP by 2027. Britain spent about 2.3% of GDP last year, "
     "according to NATO estimates.", "2.3% of GDP", "GBR"),
    ("Carney pledged that Canada would reach NATO's 2% target for defence this fiscal year. Canada spent about 1.4% of GDP "
     "in 2024, NATO estimates show.", "1.4% of GDP", "CAN"),
])
def test_a_spent_share_after_a_defence_claim_is_defence(text, figure, target):
    c = _claim(pipeline_claims(text), figure)
    assert c["metric"] == "defense_spending" and c["claim_type"] == "actual" and c["target_code"] == target


def test_a_spent_share_after_a_deficit_claim_is_not_the_deficit():
    text = "France's deficit will fall to 5.4% of GDP this year, the government says. The state spent about 57% of GDP last year."
    assert not [c for c in pipeline_claims(text) if c["figure_text"].startswith("57%") and c["metric"] == "fiscal_deficit"]


# -- goods a duty is charged on ------------------------------------------------------------------------------------------

@pytest.mark.parametrize("text, figure", [
    ("Washington charges a 10% tariff on most Australian goods, and Trump has said he will double the tariff on steel and "
     "aluminium imports to 50% from Wednesday.", "50%"),
    ("In June Trump raised the tariff on steel and aluminium imports to 50%.", "50%"),
    ("The European Union agreed in July to a 15% U.S. tariff on most of its exports, after Trump had threatened 30%.", "30%"),
    ("Tokyo accepted a 15% U.S. tariff on most of its exports in July, down from the 25% Trump had threatened.", "25%"),
])
def test_goods_a_duty_is_charged_on_name_no_trade_figure(text, figure):
    c = _claim(rules_claims(text), figure)
    assert c["metric"] == "tariff_rate"


# -- security-related spending -------------------------------------------------------------------------------------------

@pytest.mark.parametrize("text, figure", [
    ("The Italian government is considering counting the Messina bridge toward the 1.5% of GDP that NATO allies may spend on "
     "security-related investment, according to media reports.", "1.5% of GDP"),
    ("NATO's new goal lets allies count up to 1.5% of GDP of security-related spending, such as infrastructure and cyber "
     "defence, toward the 5%.", "1.5% of GDP"),
    ("Under the Hague deal allies may put up to 1.5% of GDP into security related expenditure such as resilience.",
     "1.5% of GDP"),
])
def test_security_related_spending_is_defence(text, figure):
    assert _claim(rules_claims(text), figure)["metric"] == "defense_spending"


# -- a home's value ------------------------------------------------------------------------------------------------------

@pytest.mark.parametrize("text, price", [
    ("Reeves's budget also adds a council tax surcharge on homes worth more than 2 million pounds from 2028.", "2 million"),
    ("France's wealth tax applies only to real estate worth more than 1.3 million euros.", "1.3 million"),
    ("The surcharge will apply to properties valued at over 2 million pounds, the Treasury said.", "2 million"),
])
def test_a_homes_value_is_no_claim(text, price):
    assert not [c for c in pipeline_claims(text) if c["figure_text"].startswith(price)]


def test_the_tax_raised_beside_a_homes_value_stays():
    text = "Reeves raised taxes by 26 billion pounds a year, among them a surcharge on homes worth more than 2 million pounds."
    claims = pipeline_claims(text)
    assert not [c for c in claims if c["figure_text"].startswith("2 million")]
    assert [c for c in claims if c["figure_text"].startswith("26 billion")]


# -- revenue taken in ----------------------------------------------------------------------------------------------------

@pytest.mark.parametrize("text, figure", [
    ("WASHINGTON - The U.S. government ran a budget deficit of 1.78 trillion dollars in fiscal 2025, which ended on Sept. 30, "
     "the Treasury Department said, as customs duties brought in 195 billion dollars, more than double the year before.",
     "195 billion dollars"),
    ("Customs duties brought in 195 billion dollars in fiscal 2025, the Treasury said.", "195 billion dollars"),
    ("The Treasury collected 195 billion dollars in customs duties in fiscal 2025, more than double the year before.",
     "195 billion dollars"),
])
def test_revenue_taken_in_is_a_level(text, figure):
    assert _claim(rules_claims(text), figure)["claim_type"] == "actual"
    assert _claim(pipeline_claims(text), figure)["claim_type"] == "actual"
