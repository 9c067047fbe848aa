"""A coded body's own act inside a sentence that uncoded speakers relay (sentences written for these tests): "Traders
said ... after the budget in which Finance Minister X announced a cut of N" is the minister's commitment; an economists'
estimate of a state's target stays theirs."""
from tests.claims.helpers import pipeline_claims


def _claim(text, figure):
    return next(c for c in pipeline_claims(text) if c["figure_text"].startswith(figure))


def test_an_act_verb_of_a_coded_minister_inside_a_dealers_sentence():
    text = ("Dealers said the cut in base rates had been widely expected following yesterday's Dutch budget, in which "
            "Finance Minister Onno Ruding announced a two billion guilder cut in the government's borrowing target.")
    c = _claim(text, "two billion")
    assert c["actor_code"] == "NLD"
    assert c["claim_type"] == "commitment"


def test_economists_estimating_a_governments_target_stay_uncoded():
    text = "Economists estimate that the government's spending target will rise to about 52 billion rand next year."
    c = _claim(text, "52 billion")
    assert c["actor_code"] is None


def test_sources_relaying_a_state_that_set_money_aside():
    text = ("Banking sources said Zambia had set aside only some 150 mln dlrs to service its debts in the coming "
            "fiscal year.")
    c = _claim(text, "150 mln")
    assert c["actor_code"] in ("ZMB", None)


def test_an_act_the_dealers_only_expect_stays_their_forecast():
    text = "The Bundesbank is expected to allocate more than 4.2 billion marks in the tender, dealers said."
    c = next((c for c in pipeline_claims(text) if c["figure_text"].startswith("4.2 billion")), None)
    assert c is None or c["actor_code"] is None
