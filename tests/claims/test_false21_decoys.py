"""Decoy figures of modern (2025) reporting give no scored claim; a real claim beside them keeps its own (session 21,
false21). Own passages in scraped-page and wire style (false21_passages.py): tickers and page chrome, share and index
moves, polls, exchange rates and currency moves, bond yields, arms deals, company results, household and corporate debt,
counts of troops and lawmakers, economic indicators, figures about another topic. Mechanisms: marketquotes.py (a
currency's or a yield's move, a ticker's signed move or currency pair, a poll's other shares), metric_cues.csv rows (a
rate per euro or in US cents, Euribor, household, consumer, credit-card and corporate debt, mortgages, "a deal worth").
"""
import pytest

pytest.importorskip("pipeline.claims.gazetteer")

from false21_passages import PASSAGES  # noqa: E402
from helpers import pipeline_claims  # noqa: E402

SCORED = {"defense_spending", "fiscal_deficit", "public_debt", "external_debt", "current_account", "development_aid",
          "public_spending", "tax_revenue", "tariff_rate", "debt_service"}

# constructions not read yet (none left: "The carmaker cut its net debt", a firm noun of one industry with no named firm,
# is read since xfail21: firm_nouns.csv rows marked alone)
KNOWN_GAPS: set[str] = set()


def _case(row):
    title, text, want = row
    marks = [pytest.mark.xfail(strict=True, reason="firm noun with no named firm")] if text in KNOWN_GAPS else []
    return pytest.param(title, text, want, marks=marks, id=text[:48])


@pytest.mark.parametrize("title,text,want", [_case(r) for r in PASSAGES])
def test_scored_figures(title, text, want):
    got = [c["figure_text"] for c in pipeline_claims(text, title) if c["metric"] in SCORED]
    assert sorted(got) == sorted(f for f in got if any(f.startswith(w) for w in want)), f"false claims: {got}"
    assert all(any(f.startswith(w) for f in got) for w in want), f"missed {want}: {got}"


def test_market_quote_reads_only_near_figure():
    from pipeline.claims.marketquotes import quoted_figure

    text = "The zloty weakened 0.3% to 4.27 per euro, and the government plans to spend 4.7% of GDP on defence."
    fig = {"char_start": text.index("0.3%"), "char_end": text.index("0.3%") + 4}
    level = {"char_start": text.index("4.27"), "char_end": text.index("4.27") + 4}
    share = {"char_start": text.index("4.7%"), "char_end": text.index("4.7%") + 4}
    assert quoted_figure(text, fig) and quoted_figure(text, level) and not quoted_figure(text, share)
    # a sum in dollars that rose is no currency's move
    text = "Spending in dollars rose 5% to 900 billion dollars."
    assert not quoted_figure(text, {"char_start": text.index("5%"), "char_end": text.index("5%") + 2})


def test_poll_verb_after_a_determiner_is_a_participle():
    # "the 3.7% agreed in its plan" is a noun phrase (a participle after the figure), not a poll share's verb; a bare
    # share before the verb still is one
    from pipeline.claims.marketquotes import poll_shares
    from pipeline.segment import split_sentences

    text = "Brussels urged Athens to keep spending growth within the 3.7% agreed in its plan, while 21% opposed it."
    ms = [{"unit": "percent", "char_start": text.index(f), "char_end": text.index(f) + len(f)} for f in ("3.7%", "21%")]
    sentence = split_sentences(text)[0]
    assert poll_shares(text, sentence, ms) == {text.index("21%")}
