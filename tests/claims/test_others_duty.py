"""Obligations stated for others, and a government's programme named again by another word (left22). Our own sentences
on facts of 2025, dated 1 June 2025, run through the whole pipeline (the learned type model included):

- "has to", "have to", "will have to", "would have to" with a subject other than the speaker (or in a "told X that"
  clause) is the speaker's demand on that subject (othersduty.others_duty; othersduty.rules_stand keeps it against the
  model); with the speaker's own state as subject it stays a commitment, and so does a state's own "needs to" said by its
  own leader (othersduty.own_duty_stands); a "has to" whose verb does not move the figure is no demand;
- "must", "need to" with a budget's own size as subject ("its defence budget will need to reach 10%") is an obligation
  the budget's owner owes, no document asking (plantype.OWED_SIZE);
- "The agenda includes ...", "The programme includes ..." after a sentence naming the government's programme goes on
  about it (continuation_words.csv); with no state named anywhere, or a company's programme, no claim."""
import pytest
from helpers import pipeline_claims


def _claim(text, fig):
    found = [c for c in pipeline_claims(text) if fig in c["figure_text"]]
    assert found, f"no claim for {fig!r}"
    return found[0]


@pytest.mark.parametrize("text,fig,actor,target", [
    ('"European allies have to spend 3.5% of GDP on defence," said U.S. Defense Secretary Pete Hegseth.', "3.5%", "USA",
     "NATO"),
    ("NATO told Spain that its defence spending would have to reach 3.5% of GDP.", "3.5%", "NATO", "ESP"),
    ("NATO Secretary General Mark Rutte said Canada has to spend 2% of GDP on defence this year.", "2%", "NATO", "CAN"),
    ("The European Commission told France that its deficit would have to fall below 3% of GDP by 2029.", "3%", "EU", "FRA"),
    ("U.S. ambassador to NATO Matthew Whitaker said Spain has to spend 3.5% of GDP on defence like every other ally.", "3.5%",
     "USA", "ESP"),
    ("President Donald Trump said Japan has to spend 3.5% of GDP on defence.", "3.5%", "USA", "JPN"),
    ("Rutte told Spain that it would have to spend 3.5% of GDP on defence.", "3.5%", "NATO", "ESP"),
    ("The European Commission said Belgium would have to cut its deficit to 3% of GDP by 2029.", "3%", "EU", "BEL"),
    ("U.S. Defense Secretary Pete Hegseth said allies have to reach 5% of GDP on defence by 2035.", "5%", "USA", "NATO"),
    ("Hegseth told Canada that it has to spend 2% of GDP on defence this year.", "2%", "USA", "CAN"),
    ("The European Commission said Poland would have to cut its deficit to 3% of GDP by 2028.", "3%", "EU", "POL"),
    ('"Every ally needs to spend 5% of GDP on defence," Rutte told reporters in The Hague.', "5%", "NATO", "NATO"),
    # "must" and "need to", as before
    ("U.S. Defense Secretary Pete Hegseth said European allies must spend 5% of GDP on defence.", "5%", "USA", "NATO"),
    ("President Donald Trump said NATO members need to spend 5% of GDP on defence.", "5%", "USA", "NATO"),
    ("The European Commission said Romania will need to cut its deficit to 6% of GDP next year.", "6%", "EU", "ROU"),
    ("The Commission told Italy its deficit must fall below 3% of GDP next year.", "3%", "EU", "ITA"),
    ("Washington told Taiwan that its defence budget will need to reach 10% of GDP.", "10%", "USA", "TWN"),
    ("Washington told Japan that its defence budget must reach 3.5% of GDP.", "3.5%", "USA", "JPN"),
])
def test_obligation_stated_for_another_is_the_speakers_demand(text, fig, actor, target):
    c = _claim(text, fig)
    assert (c["claim_type"], c["actor_code"], c["target_code"]) == ("demand", actor, target)


@pytest.mark.parametrize("text,fig,actor", [
    ('"We have to spend 3.5% of GDP on defence," said German Defence Minister Boris Pistorius.', "3.5%", "DEU"),
    ("German Defence Minister Boris Pistorius said Germany must spend 3.5% of GDP on defence by 2029.", "3.5%", "DEU"),
    ("Polish Defence Minister Wladyslaw Kosiniak-Kamysz said Poland will need to spend 4.8% of GDP on defence next year.",
     "4.8%", "POL"),
    ("Prime Minister Keir Starmer said Britain has to raise defence spending to 2.5% of GDP by 2027.", "2.5%", "GBR"),
    ("Danish Prime Minister Mette Frederiksen said Denmark needs to spend more than 3% of GDP on defence.", "3%", "DNK"),
    ('"We must reach 2% of GDP on defence this year," Canadian Prime Minister Mark Carney said.', "2%", "CAN"),
    ("Spain's government said it would have to spend 2.1% of GDP on defence this year.", "2.1%", "ESP"),
    ("Lithuania's president Gitanas Nauseda said his country needs to spend 5% to 6% of GDP on defence.", "5%", "LTU"),
    ("Italy has to cut its deficit below 3% of GDP this year, Finance Minister Giancarlo Giorgetti said.", "3%", "ITA"),
    ("Finnish Prime Minister Petteri Orpo said Finland has to spend 3% of GDP on defence by 2029.", "3%", "FIN"),
    ("Estonian Prime Minister Kristen Michal said Estonia has to spend 5.4% of GDP on defence next year.", "5.4%", "EST"),
    ("We will have to spend 5% of GDP on defence by 2035, Dutch Prime Minister Dick Schoof said.", "5%", "NLD"),
])
def test_own_duty_stays_a_commitment(text, fig, actor):
    c = _claim(text, fig)
    assert (c["claim_type"], c["actor_code"], c["target_code"]) == ("commitment", actor, actor)


def test_duty_no_one_else_states_is_a_commitment():
    c = _claim("The next government will have to save 9 billion euros.", "9 billion")
    assert c["claim_type"] == "commitment" and c["actor_code"] is None


def test_duty_whose_verb_does_not_move_the_figure_is_no_demand():
    found = [c for c in pipeline_claims("NATO Secretary General Mark Rutte said Spain would have to show it could meet "
                                        "its defence targets with 2.1% of GDP.") if "2.1%" in c["figure_text"]]
    assert all(c["claim_type"] != "demand" for c in found)


@pytest.mark.parametrize("text,fig,actor", [
    ("Britain's government set out its programme on Wednesday. The agenda includes 35 billion pounds of cuts.",
     "35 billion", "GBR"),
    ("German Chancellor Friedrich Merz presented his agenda on Wednesday. The agenda includes 500 billion euros for "
     "infrastructure.", "500 billion", "DEU"),
    ("Germany's parliament approved the programme on Tuesday. The programme includes 500 billion euros of infrastructure "
     "spending.", "500 billion", "DEU"),
    ("British finance minister Rachel Reeves presented the budget on Wednesday. The budget includes 26 billion pounds of "
     "tax increases.", "26 billion", "GBR"),
    ("German Finance Minister Lars Klingbeil presented the 2026 budget on Wednesday. The plan includes 108 billion euros "
     "for defence.", "108 billion", "DEU"),
    ("Britain's government set out its programme on Wednesday. Business groups welcomed it. The plan includes 35 billion "
     "pounds of cuts.", "35 billion", "GBR"),
])
def test_programme_named_again_is_the_governments(text, fig, actor):
    c = _claim(text, fig)
    assert (c["claim_type"], c["actor_code"]) == ("commitment", actor)


@pytest.mark.parametrize("text", [
    "The agenda includes 35 billion pounds of cuts.",
    "Shell set out its programme on Tuesday. The programme includes 3 billion dollars of cost cuts.",
])
def test_programme_of_no_state_makes_no_claim(text):
    assert pipeline_claims(text) == []
