"""Session 17 recall (missed17): figures the claims stage made no claim of. Own sentences."""
from helpers import article_claims, claims_of, mention

from pipeline.claims import cuelexicon


def _cues(text: str) -> dict:
    return {text[h.start:h.end].lower(): h.entry["metric"] for h in cuelexicon.sentence_cues(text, 0, len(text), [])}


# -- a company or market word that opens a levy's compound is what the levy taxes ---------------------------
def test_a_market_word_heading_a_levy_compound_is_no_market_cue():
    text = "Sweden abolished its 0.5 pct stock turnover tax in 1991."
    cues = _cues(text)
    assert "turnover" not in cues and cues.get("tax") == "tax_revenue"
    assert [c["metric"] for c in claims_of(text, mention(text, "0.5 pct", 0.5))] == ["tax_revenue"]


def test_a_levy_word_after_a_break_leaves_the_market_word():
    # a preposition or a verb between: the company's own figures, no levy on them
    for text in ("Turnover before tax rose 8 pct to 410 mln crowns.",
                 "The company's turnover rose 8 pct and it paid tax of 12 mln crowns."):
        assert _cues(text).get("turnover") == "NONE", text
    text = "Turnover before tax rose 8 pct to 410 mln crowns."
    assert claims_of(text, mention(text, "8 pct", 8.0)) == []


def test_a_rate_unit_or_a_firms_books_before_a_levy_word_stays_no_claim():
    text = "The firm booked 40 mln dlrs of deferred tax assets last year."
    assert _cues(text).get("deferred") == "NONE"
    assert claims_of(text, mention(text, "40 mln dlrs", 4e7, "currency")) == []
    text = "Importers pay a 2 dlrs per barrel duty on crude."
    assert _cues(text).get("per barrel") == "NONE"


# -- a figure-less sentence naming the story's tax by a bare tax word sets the topic --------------------------
def test_a_bare_tax_word_sets_a_tax_storys_topic_for_the_next_sentence():
    sentences = ["The government cut the income tax rate to 30 pct last year.",
                 "Brokers said ending the stamp taxes on share deals would matter more.",
                 "These are levied at two rates, 0.1 pct and 0.25 pct."]
    claims = article_claims(sentences, [(0, "30 pct", 30.0, "percent"), (2, "0.1 pct", 0.1, "percent"),
                                        (2, "0.25 pct", 0.25, "percent")])
    assert [c["metric"] for c in claims] == ["tax_revenue"] * 3


def test_a_bare_tax_word_sets_no_topic_in_a_story_without_a_levy():
    sentences = ["The government will raise defence spending to 2.5 pct of GDP by 2027.",
                 "Critics said new taxes would follow.",
                 "These are put at two rates, 0.1 pct and 0.25 pct."]
    claims = article_claims(sentences, [(0, "2.5 pct", 2.5, "percent"), (2, "0.1 pct", 0.1, "percent"),
                                        (2, "0.25 pct", 0.25, "percent")])
    assert [c["metric"] for c in claims] == ["defense_spending"]


# -- a state's funding of the development banks is aid ----------------------------------------------------------
def test_development_bank_funding_is_aid():
    text = "The Treasury has requested development bank funding of 2.1 billion dlrs for fiscal 1990."
    assert [c["metric"] for c in claims_of(text, mention(text, "2.1 billion dlrs", 2.1e9, "currency"))] == ["development_aid"]
    text = "Congress cut MDB funding to 1.4 billion dlrs."
    assert [c["metric"] for c in claims_of(text, mention(text, "1.4 billion dlrs", 1.4e9, "currency"))] == ["development_aid"]


# -- a bare sum a state named by name asks for, shortly after a claim, goes on with the story's metric -------------
def _after_deficit_claim(second: str) -> list[tuple]:
    sentences = ["Kenya's budget deficit will widen to 40 billion shillings this year, the treasury said.", second]
    claims = article_claims(sentences, [(0, "40 billion shillings", 4e10, "currency"), (1, "300 mln dlrs", 3e8, "currency")])
    return [(c["figure_text"], c["metric"]) for c in claims]


def test_a_sum_a_named_state_body_asks_for_goes_on_with_the_story():
    assert _after_deficit_claim("The Kenyan treasury urged parliament to find 300 mln dlrs more.") == [
        ("40 billion shillings", "fiscal_deficit"), ("300 mln dlrs", "fiscal_deficit")]


def test_a_sum_asked_for_with_no_public_body_named_stays_out():
    assert _after_deficit_claim("Economists urged 300 mln dlrs more in the coming months.") == [("40 billion shillings", "fiscal_deficit")]


# -- in a policy story, a company word of a later clause is another subject's, not the figure's -------------------
def _metrics_of(text: str, surface: str, value: float, title: str) -> list[str]:
    return [c["metric"] for c in claims_of(text, mention(text, surface, value, "currency"), title=title)]


def test_a_company_word_in_a_later_clause_leaves_a_deficit_figure_a_claim():
    text = ("Egypt's deficit, which a banker put at up to 9 billion pounds, was due to wage rises in state firms, "
            "whose profits fell sharply.")
    assert _metrics_of(text, "9 billion pounds", 9e9, "EGYPT BUDGET DEFICIT SEEN WIDENING") == ["fiscal_deficit"]


def test_a_company_word_before_the_figure_or_speaking_the_sentence_still_filters_it():
    title = "EGYPT BUDGET DEFICIT SEEN WIDENING"
    text = "The firm's profits fell while its deficit reached 9 mln pounds."
    assert _metrics_of(text, "9 mln pounds", 9e6, title) == []
    text = "Its deficit reached 9 mln pounds, while profits at its units fell, the firm said."
    assert _metrics_of(text, "9 mln pounds", 9e6, title) == []


def test_a_weak_word_figure_keeps_the_company_filter_across_clauses():
    # a weak spending word alone may be the firm's own outlay ("project expenditure ... while exploration expenditure")
    text = "North Sea project expenditure rose to 208 mln pounds while exploration expenditure fell to 87 mln."
    assert _metrics_of(text, "208 mln pounds", 2.08e8, "OIL GROUP SEES LOWER SPENDING") == []


# -- a debt's stock is the debt, no share stock -----------------------------------------------------------------------
def test_the_stock_of_debt_is_the_debt():
    text = "Peru cut the stock of debt it owes abroad by 400 mln dlrs last year."
    assert _cues(text).get("stock of debt") == "external_debt" and "stock" not in _cues(text)
    assert [c["metric"] for c in claims_of(text, mention(text, "400 mln dlrs", 4e8, "currency"))] == ["external_debt"]
    text = "Shares of Acme fell as its stock dropped 4 pct."
    assert _cues(text).get("stock") == "NONE"
