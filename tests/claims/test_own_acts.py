"""Plans the future and level steps read as a forecast or a level (ownacts): a financing passive whose means or budget
line is the figure, a first-person future act, a "will" act the model must not turn into a level, a projecting verb
whose own figure an aside closes before a later verb, and a tax rate standing in the present. Our own sentences (the
whole-pipeline ones are dated 1 June 2025)."""
from helpers import pipeline_claims

from pipeline.claims import ownacts


def _types(text):
    return {c["figure_text"]: c["claim_type"] for c in pipeline_claims(text)}


def _stands(text, figure, rules_type, new, metric="public_debt", unit="currency"):
    start = text.index(figure)
    claim = {"claim_type": rules_type, "char_start": start, "char_end": start + len(figure), "sentence": text,
             "metric": metric, "unit": unit}
    return ownacts.rules_stand(text, claim, new, 0)


def test_a_package_financed_by_issuing_bonds_is_a_commitment():
    text = "The stimulus package will be financed largely by issuing 4 trillion yen of new government bonds, the finance ministry said."
    assert _types(text)["4 trillion yen"] == "commitment"


def test_pledges_to_be_funded_from_a_tax_rise_are_a_commitment():
    text = "The Liberal Democrats said their plan to scrap tuition fees would be funded from a 1% rise in the top income tax rate."
    assert _types(text)["1%"] == "commitment"


def test_money_paid_for_within_an_allowance_is_a_commitment():
    text = ("Finance Minister Anna Berg said the new defence money would be paid for within the government's annual "
            "spending allowance of 2 billion crowns.")
    assert _types(text)["2 billion crowns"] == "commitment"


def test_a_past_offset_is_no_financing_plan():
    assert not ownacts.own_act("That was partly offset by a 0.4 pct rise in the consumer price index.", (0, 70), 28)


def test_a_first_person_future_cut_is_a_commitment():
    text = ("Finance Minister Jane Smith said Canada's federal debt stood at 1.2 trillion dollars. "
            "\"This year we'll be reducing the stock of debt by 30 billion dollars,\" she said.")
    types = _types(text)
    assert types["30 billion dollars"] == "commitment" and types["1.2 trillion dollars"] == "actual"


def test_a_first_person_change_from_a_level_keeps_the_level():
    text = "\"We will cut the corporate tax rate from 30% to 25%,\" the prime minister said."
    start = text.index("30%")
    assert not ownacts.own_act(text, (0, len(text)), start)
    assert ownacts.own_act(text, (0, len(text)), text.index("25%"))


def test_a_will_limit_with_an_aside_stands_against_a_level():
    text = ("The president said the government will limit foreign borrowing, which would come from banks and agencies, "
            "to 40 pct of export earnings.")
    assert _stands(text, "40 pct", "commitment", "actual")
    assert not _stands(text, "40 pct", "commitment", "demand")  # (only a forecast or a level is held off)
    would = "The president said the government would cut repayments on its almost 20 billion dollar debt."
    assert not _stands(would, "20 billion dollar", "commitment", "actual")


def test_an_earlier_expectation_in_an_aside_does_not_govern_the_decision():
    text = ("Finance Minister Park said the current account surplus, previously expected to exceed 40 billion dollars "
            "this year, would be held at about 30 billion dollars by increasing imports.")
    types = _types(text)
    assert types["40 billion dollars"] == "forecast" and types["30 billion dollars"] == "commitment"


def test_a_projection_in_an_opening_clause_is_no_aside():
    text = ("While consumer spending is expected to slow to 2.5 pct this year, public spending will likely grow by 1.9 pct "
            "in 2025, the institute said.")
    assert _types(text)["1.9 pct"] == "forecast"


def test_tax_rates_standing_in_the_present_are_levels():
    text = ("Denmark's stamp duty on share deals is collected by brokers. These tax rates are set at three levels -- "
            "0.5 pct, 1 pct and 2 pct -- according to the size of the deal.")
    types = _types(text)
    assert types["0.5 pct"] == types["1 pct"] == types["2 pct"] == "actual"


def test_a_rate_set_in_a_draft_budget_stays_a_commitment():
    assert _types("Under the draft budget, the top income tax rate is set at 45 pct.")["45 pct"] == "commitment"


def test_a_share_restating_a_sum_takes_the_sums_type():
    text = "Ireland's budget deficit target was set at 2.1 billion euros, which is 3.4 pct of GNP."
    head_start, share_start = text.index("2.1 billion euros"), text.index("3.4 pct of GNP")
    head = {"claim_type": "commitment", "metric": "fiscal_deficit", "unit": "currency", "basis": None,
            "char_start": head_start, "char_end": head_start + len("2.1 billion euros")}
    share = {"claim_type": "actual", "metric": "fiscal_deficit", "unit": "percent", "basis": "GNP",
             "char_start": share_start, "char_end": share_start + len("3.4 pct of GNP")}
    assert ownacts.shares_follow_heads([head, share], text)[1]["claim_type"] == "commitment"
    other = {**share, "metric": "public_debt"}  # (another metric's share is no restatement)
    assert ownacts.shares_follow_heads([head, other], text)[1]["claim_type"] == "actual"
    assert _types(text)["3.4 pct of GNP"] == _types(text)["2.1 billion euros"]


def test_a_level_after_another_figures_later_year_stays_a_level():
    text = ("ROME, July 13 - Prime Minister Giorgia Meloni said on Sunday that Italy would add 4 billion euros to its "
            "defence budget over the next two years, bringing it to 40 billion euros in 2027.\n\n"
            "The European Commission has asked Italy to bring the deficit below 3% of GDP by 2028.\n\n"
            "Italian defence spending is about 1.6% of GDP. Meloni said Europe could not rely on Washington alone.")
    assert _types(text)["1.6% of GDP"] == "actual"


def test_a_sentence_going_on_by_a_pronoun_keeps_the_later_year():
    text = ("The government plans to raise the top income tax rate to 45% in 2027 to pay for the army. "
            "That alone brings in about 8 billion euros.")
    assert _types(text)["8 billion euros"] != "actual"


def test_a_sum_restating_a_share_takes_the_shares_type():
    text = "Ireland's budget deficit target was set at 3.4 pct of GNP, or about 2.1 billion euros."
    share_start, sum_start = text.index("3.4 pct of GNP"), text.index("2.1 billion euros")
    share = {"claim_type": "commitment", "metric": "fiscal_deficit", "unit": "percent", "basis": "GNP",
             "char_start": share_start, "char_end": share_start + len("3.4 pct of GNP")}
    money = {"claim_type": "forecast", "metric": "fiscal_deficit", "unit": "currency", "basis": None,
             "char_start": sum_start, "char_end": sum_start + len("2.1 billion euros")}
    assert ownacts.shares_follow_heads([share, money], text)[1]["claim_type"] == "commitment"
    no_basis = {**share, "basis": None}  # (a share of something else: "rose 10.6 pct, or 7.2 billion")
    assert ownacts.shares_follow_heads([no_basis, money], text)[1]["claim_type"] == "forecast"
