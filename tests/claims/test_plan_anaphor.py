"""A sentence opening on "the plan" (planref): the figure is the author's of the plan an earlier sentence named, not the
state named last nor a state backing it; and "he said" after a singular official of a named body speaks for that body
(anaphora.one_official). Own sentences; needs the gazetteer."""
import pytest

pytest.importorskip("pipeline.claims.gazetteer")

from helpers import pipeline_roles as roles  # noqa: E402
from pipeline.claims.planref import opens_on_plan  # noqa: E402
from tests.claims.helpers import Sentence  # noqa: E402


def test_commission_plan_is_the_commissions_after_a_member_state_spoke():
    text = ("BRUSSELS, June 3 - The European Commission proposed on Tuesday a new fund for military mobility across the "
            "bloc. Polish officials said Warsaw welcomed the idea. The plan sets aside 17 billion euros in defence spending for roads, rail "
            "and bridges that tanks can use.")
    assert roles(text, "17 billion euros") == ("EU", "EU")


def test_leaders_decision_is_the_unions_plan():
    text = ("European Union leaders decided on Thursday to strengthen the bloc's air defences. Ukraine's president "
            "attended the summit by video link. The plan directs about 50 billion euros to air defence.")
    assert roles(text, "50 billion euros")[0] == "EU"


def test_a_state_backing_the_proposal_is_not_its_owner():
    text = ("The European Commission has proposed paying farm subsidies two months later than usual. The proposal, "
            "backed by France and Italy, would save about 3 billion euros this year.")
    assert roles(text, "3 billion euros") == ("EU", "EU")


def test_the_states_own_plan_stays_the_state():
    text = ("OTTAWA, June 3 - Canada's finance minister unveiled a plan on Monday to bring the budget back to balance. "
            "The plan cuts spending by 15 billion Canadian dollars over three years.")
    assert roles(text, "15 billion")[0] == "CAN"


def test_no_plan_named_before_leaves_the_roles():
    # nothing before names a plan: the look-back finds no author and the usual roles stand
    text = ("OSLO, June 3 - Norway's economy grew 2 percent last year. The plan raises Norwegian defence spending by 5 "
            "billion crowns.")
    assert roles(text, "5\nbillion crowns".replace("\n", " "))[0] == "NOR"


def test_opening_needs_a_definite_plan_noun_before_the_figure():
    text = "The EU plan sets aside 17 billion euros."
    assert not opens_on_plan(text, Sentence(0, 0, len(text)), text.index("17"))
    text = "The new plan sets aside 17 billion euros."
    assert opens_on_plan(text, Sentence(0, 0, len(text)), text.index("17"))


def test_he_said_after_an_organisations_official_speaks_for_it():
    text = ("BRUSSELS, June 3 - EU finance ministers approved aid for Moldova on Tuesday, an EU official said. The "
            "package includes 120 million euros in grants for the energy sector, he said.")
    assert roles(text, "120 million euros")[0] == "EU"


def test_a_proposed_plan_holds_proposals():
    from helpers import pipeline_claim
    text = ("BRUSSELS, June 3 - The European Commission proposed on Tuesday a new fund for military mobility across the "
            "bloc. Polish officials said Warsaw welcomed the idea. The plan sets aside 17 billion euros in defence spending "
            "for roads, rail and bridges.")
    c = pipeline_claim(text, "17 billion euros")
    assert (c["actor_code"], c["claim_type"]) == ("EU", "proposal")


def test_a_decided_plan_holds_commitments():
    from helpers import pipeline_claim
    text = ("European Union leaders decided on Thursday to strengthen the bloc's air defences. Ukraine's president "
            "attended the summit by video link. The plan directs about 50 billion euros to air defence.")
    c = pipeline_claim(text, "50 billion euros")
    assert (c["actor_code"], c["claim_type"]) == ("EU", "commitment")
