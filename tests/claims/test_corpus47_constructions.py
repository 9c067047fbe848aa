"""Constructions found by the corpus47 set (session 23, corpus23), each a mechanism for any article. Own sentences (real
kinds of reporting, own words, figures invented); needs the gazetteer.

- a bare percent as the group of people an issue matters to, closing its clause ("tax was a crucial area for 25%", "the
  main worry for 41%", "mattered most to 15%"), or fronted ("For 38%, the economy and taxes were the deciding issues"), is
  a poll's share: no claim (marketquotes.issue_share);
- a bare percent that says, thinks, names or wants something ("Some 30% said taxes were too high", "19% who named
  immigration") is a group of people answering: no claim (marketquotes.SAYING_AFTER); "said to" and a passive keep the
  figure's reading.
"""
import pytest

pytest.importorskip("pipeline.claims.gazetteer")

from helpers import rules_claims  # noqa: E402


def _figures(text: str) -> list[str]:
    return [c["figure_text"] for c in rules_claims(text)]


@pytest.mark.parametrize("text, figure", [
    ("A survey for the charity found that health was the main worry for 41%, while tax was a key issue for 22%.", "22%"),
    ("A survey for the charity found that health was the main worry for 41%, while tax was a key issue for 22%.", "41%"),
    ("In the Ipsos poll of British voters, defence spending mattered most to 15%.", "15%"),
    ("Public spending was the top concern for 27%, against 19% who named immigration, the survey found.", "27%"),
    ("Asked about the coming budget, tax was the most important issue for 31%.", "31%"),
    ("Among older voters the state pension and council tax were very important to 64%, the study said.", "64%"),
])
def test_a_percent_an_issue_matters_to_is_a_poll_share(text, figure):
    assert figure not in _figures(text)


@pytest.mark.parametrize("text, figure", [
    ("For 38%, the economy and taxes were the deciding issues, the poll by Ipsos found.", "38%"),
    ("For 57%, pensions and public spending were the key issues, while tax was a crucial area for 25%.", "57%"),
    ("For 57%, pensions and public spending were the key issues, while tax was a crucial area for 25%.", "25%"),
    ("For about 44%, cutting the budget deficit mattered more than tax cuts, according to the survey.", "44%"),
])
def test_a_fronted_for_percent_is_a_poll_share(text, figure):
    assert figure not in _figures(text)


@pytest.mark.parametrize("text, figure", [
    ("Some 30% said taxes were too high, and 45% wanted more spending on schools, the YouGov survey showed.", "30%"),
    ("Some 30% said taxes were too high, and 45% wanted more spending on schools, the YouGov survey showed.", "45%"),
    ("Public spending was the top concern for 27%, against 19% who named immigration, the survey found.", "19%"),
    ("In the survey of businesses, 52% think corporation tax should be cut.", "52%"),
    ("While 35% believed the budget deficit was too large, the rest were unsure, the pollsters found.", "35%"),
])
def test_a_percent_that_says_or_names_is_a_poll_share(text, figure):
    assert figure not in _figures(text)


@pytest.mark.parametrize("text, figure", [
    # the policy figures of sentences like these keep their claims
    ("The UK government said defence spending would rise to 2.5% of GDP, and income tax would fall to 20%.", "2.5% of GDP"),
    ("The UK government said defence spending would rise to 2.5% of GDP, and income tax would fall to 20%.", "20%"),
    ("The UK Treasury said public borrowing would fall to 2.1% of GDP, a priority for the chancellor.", "2.1% of GDP"),
    ("Britain will raise its aid budget to 0.7% of national income, the government said.", "0.7%"),
    ("Germany's budget deficit, said to be 3.2% of GDP this year, is above the EU limit.", "3.2% of GDP"),
    ("Japan will impose tariffs of 100% on the goods, a key issue for the talks, the ministry said.", "100%"),
])
def test_policy_figures_near_issue_and_saying_words_keep_their_claims(text, figure):
    assert figure in _figures(text)
