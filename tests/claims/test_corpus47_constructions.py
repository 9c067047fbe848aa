"""Constructions found by the corpus47 set (session 23, corpus23), each a mechanism for any article. Own sentences (real
kinds of reporting, own words, figures invented); needs the gazetteer.

- a bare percent as the group of people an issue matters to, closing its clause ("tax was a crucial area for 25%", "the
  main worry for 41%", "mattered most to 15%"), or fronted ("For 38%, the economy and taxes were the deciding issues"), is
  a poll's share: no claim (marketquotes.issue_share);
- a bare percent that says, thinks, names or wants something ("Some 30% said taxes were too high", "19% who named
  immigration") is a group of people answering: no claim (marketquotes.SAYING_AFTER); "said to" and a passive keep the
  figure's reading;
- a relative clause listing parts ("measures, which include a rise in fuel prices of up to 80 pct, budget cuts of up to 10 pct
  and a hiring freeze") goes on over its commas: a figure in a later item is the list's, not the main clause's, so the demand
  to suspend the measures is not a demand for the cuts (stance._list_goes_on); an auxiliary, a modal, a past form, an
  infinitive or a preposition after the comma takes the main clause up again;
- a tariff or tax that is the object of a preventing verb ("little could be done to avert the 300 mln dlrs in tariffs", "could
  still avoid the 25 pct tariffs") is its setter's commitment, not the modal's forecast (averted); a deficit one acts to
  avert keeps its type;
- a sum "in" or "of" a state's tariffs ("the 300 mln dlrs in U.S. tariffs") is set by that state, not by the subject trying
  to avert it (claim._tariff_setter_named).
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


def _types(text: str) -> dict:
    return {c["figure_text"]: c["claim_type"] for c in rules_claims(text)}


@pytest.mark.parametrize("text, figure", [
    ("Ecuadoran unions called a general strike to press for a suspension of the government's measures, which include a rise in "
     "fuel prices of up to 80 pct, budget cuts of up to 10 pct and a hiring freeze.", "10 pct"),
    ("Bolivian miners pressed for a suspension of the government's austerity measures, which include a rise in fuel prices of "
     "40 pct, budget cuts of 15 pct and a wage freeze.", "15 pct"),
    ("Argentine farmers urged the government to scrap its new measures, which include a fuel subsidy cut of 500 mln dlrs, an "
     "export tax of 10 pct and higher fees.", "10 pct"),
    ("Nigerian unions called for a suspension of the government's package, which includes a fuel price rise of 50 pct, cuts in "
     "public spending of 20 pct and a hiring freeze.", "20 pct"),
])
def test_a_later_item_of_a_listing_relative_clause_is_not_the_main_clauses_demand(text, figure):
    types = _types(text)
    assert figure in types
    assert types[figure] not in ("demand", "proposal")


@pytest.mark.parametrize("text, figure, claim_type", [
    # the main clause taken up again after the relative clause keeps its verb's stance
    ("The IMF urged Kenya to adopt a package, which includes a hiring freeze, and to cut its budget deficit to 4 pct of GDP.",
     "4 pct of GDP", "demand"),
    ("The IMF urged Kenya to adopt the measures, which include a hiring freeze, would cut its budget deficit to 4 pct of GDP.",
     "4 pct of GDP", "demand"),
    ("The opposition demanded that the government raise defence spending, which includes pensions, to 2 pct of GDP.",
     "2 pct of GDP", "demand"),
])
def test_the_main_clause_after_a_listing_relative_keeps_its_stance(text, figure, claim_type):
    assert _types(text).get(figure) == claim_type


@pytest.mark.parametrize("text, figure", [
    ("U.S. officials said there was little that could be done now to avert the 300 mln dlrs in tariffs on Japanese goods.",
     "300 mln dlrs"),
    ("U.S. officials said nothing could be done to avert the 300 mln dlrs in tariffs on Japanese goods.", "300 mln dlrs"),
    ("Canada could still avoid the 25 pct U.S. tariffs on its steel, officials in Ottawa said.", "25 pct"),
    ("Mexico might yet head off the 30 pct U.S. tariffs on its tomatoes, the economy ministry said.", "30 pct"),
])
def test_an_averted_tariff_is_its_setters_commitment(text, figure):
    claim = next(c for c in rules_claims(text) if c["figure_text"] == figure)
    assert claim["claim_type"] == "commitment"
    assert claim["actor_code"] == "USA"


def test_a_deficit_one_acts_to_avert_keeps_its_type():
    text = "Congress must act to avert a budget deficit of 200 billion dlrs next year, the budget office said."
    assert _types(text).get("200 billion dlrs") != "commitment"


@pytest.mark.parametrize("text, figure", [
    ("Japan is trying to avert the 300 mln dlrs in U.S. tariffs on its electronics due on April 17.", "300 mln dlrs"),
    ("Tokyo hopes to head off the 300 mln dlrs of U.S. tariffs on Japanese chips.", "300 mln dlrs"),
    ("China is seeking talks to avoid the 50 billion dlrs in U.S. tariffs on its goods, its commerce ministry said.",
     "50 billion dlrs"),
])
def test_a_sum_in_a_states_tariffs_is_set_by_that_state(text, figure):
    claim = next(c for c in rules_claims(text) if c["figure_text"] == figure)
    assert claim["actor_code"] == "USA"
