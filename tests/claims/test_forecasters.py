"""Who forecasts (pipeline/claims/forecasters.py): a verb of belief or estimate taking a clause of its own, a budget
level relayed from a private forecaster's report, a private forecaster named again by surname, and the missing
inflections of the forecasting verbs. Our own sentences, run through the whole pipeline; the claim_type checks are
the rules' (the learned type model re-decides after them: conftest.py)."""
import pytest
from helpers import pipeline_claims


def _one(text, figure, title=None):
    return next(c for c in pipeline_claims(text, title=title) if c["figure_text"] == figure)


@pytest.mark.rules_layer
def test_a_named_persons_belief_makes_the_target_noun_inside_it_a_forecast():
    # "the budget target" is the object of "exceed", not the stance of the figure the believed clause goes on to
    text = "Mr Weber, the Bundesbank president, believes federal spending will again exceed the budget target and rise to about 300 billion marks."
    assert _one(text, "300 billion marks")["claim_type"] == "forecast"


@pytest.mark.rules_layer
def test_predicting_what_others_would_agree_is_a_forecast():
    text = "The senator predicted Congress and the White House would agree on a budget that would raise about 20 billion dlrs in new revenue."
    assert _one(text, "20 billion dlrs")["claim_type"] == "forecast"


@pytest.mark.rules_layer
def test_a_goal_named_before_the_belief_verb_governs_only_its_own_figure():
    text = "The fiscal council said the 5.4% goal was within reach and expects public debt to keep rising toward 116% of GDP next year."
    assert _one(text, "116% of GDP")["claim_type"] == "forecast"
    assert _one(text, "5.4%")["claim_type"] == "commitment"


@pytest.mark.rules_layer
def test_a_government_expecting_its_own_spending_keeps_its_plan():
    # the believed clause's subject is the believer's own ("its"): the plan steps decide
    text = "The German government expects its defence spending to reach 86 billion euros next year."
    assert _one(text, "86 billion euros")["claim_type"] == "commitment"


@pytest.mark.rules_layer
def test_seeing_no_reason_is_no_believed_clause():
    text = "The minister saw no reason to change the 3% deficit target."
    assert _one(text, "3%")["claim_type"] == "commitment"


def test_believed_verb_finds_the_clause_and_skips_passives_and_own_subjects():
    from pipeline.claims.forecasters import believed_verb

    def verb(text, figure):
        m = believed_verb(text, (0, len(text)), text.index(figure))
        return m.group("verb") if m else None

    assert verb("Analysts expect public debt to keep rising toward 90% of GDP.", "90%") == "expect"
    assert verb("Lee believes spending will reach 49 billion rand.", "49 billion") == "believes"
    assert verb("Spending is expected to reach 49 billion rand.", "49 billion") is None
    assert verb("Ottawa expects its deficit to fall to 20 billion dollars.", "20 billion") is None
    assert verb("The budget sees spending rising to 2% of GDP, which will be 30 billion.", "30 billion") is None
    # the believer's second predicate ends the believed clause: the later figure is another act's
    assert verb("The minister expected customs revenue to reach 90 billion dlrs and denied a report that the cabinet was "
                "weighing a cut of the 10% duty.", "10%") is None


@pytest.mark.rules_layer
def test_a_budget_level_relayed_from_an_economists_report_is_theirs():
    title = "Kenya to unveil expansionary budget"
    relayed = ('Kenya will unveil an expansionary budget tomorrow. "The budget is invariably too optimistic," said Jane Mwangi, '
               'chief economist at Coast Life Assurance. Government spending would rise to about 900 billion shillings this year.')
    c = _one(relayed, "900 billion shillings", title)
    assert c["claim_type"] == "forecast" and c["actor_code"] is None
    # with no forecaster before it, the budget story's level stays the budget's own
    plain = "Kenya will unveil an expansionary budget tomorrow. Government spending would rise to about 900 billion shillings this year."
    c = _one(plain, "900 billion shillings", title)
    assert c["claim_type"] == "commitment" and c["actor_code"] == "KEN"


@pytest.mark.rules_layer
def test_a_private_forecaster_named_again_by_surname_has_no_code():
    # "Canadian Imperial's Berg": the demonym of a company's name is not the state speaking
    text = ('Ottawa will table its budget next week, analysts said. "Federal spending has been too loose for years," said Anna '
            "Berg, chief economist at Maple Mutual Life. Canadian Imperial's Berg believes federal spending will again exceed "
            "the budget target and rise to about 480 billion Canadian dollars this year.")
    c = _one(text, "480 billion Canadian dollars")
    assert c["claim_type"] == "forecast" and c["actor_code"] is None


@pytest.mark.rules_layer
def test_the_missing_inflections_of_forecasting_verbs():
    c = _one("The central bank is projecting a budget shortfall of 3.1 billion dlrs.", "3.1 billion dlrs")
    assert c["claim_type"] == "forecast"
    c = _one("Economists at the bank reckon spending of 40 billion dlrs.", "40 billion dlrs")
    assert c["claim_type"] == "forecast"


@pytest.mark.rules_layer
def test_a_noun_in_the_subject_does_not_govern_a_passive_forecast():
    # "target" here is the object of criticism, not a goal the surplus is set
    text = ("Japan's current account surplus, the target of sharp criticism in Washington, is expected to rise to "
            "95 billion dlrs this year.")
    assert _one(text, "95 billion dlrs")["claim_type"] == "forecast"


@pytest.mark.rules_layer
def test_an_agency_expecting_a_level_forecasts_it_whatever_noun_precedes():
    text = "The official planning agency said it expected the trade surplus to fall to 12 billion guilders next year."
    assert _one(text, "12 billion guilders")["claim_type"] == "forecast"


@pytest.mark.rules_layer
def test_a_progressive_verb_after_it_is_no_restatement_of_the_previous_claim():
    # "It is projecting ..." states its own forecast; it does not restate the previous sentence's commitment
    text = ("Chile's 1988 budget sets spending at 9.1 billion dlrs. "
            "It is projecting a current account deficit of 1.4 billion dlrs after one of 1.6 billion last year.")
    assert _one(text, "1.4 billion dlrs")["claim_type"] == "forecast"


@pytest.mark.rules_layer
def test_saw_forecasts_when_someone_sees_a_level_but_a_period_saw_an_event():
    text = "Three of the institutes saw Germany's current account surplus falling next year to 40 billion euros."
    assert _one(text, "40 billion euros")["claim_type"] == "forecast"
    text = "Last week, shortened by a holiday, saw the Treasury borrow 2.1 billion dlrs in new debt."
    assert _one(text, "2.1 billion dlrs")["claim_type"] != "forecast"


def test_economists_at_an_unnamed_firm_are_no_coded_speaker():
    text = "Economists at a Mumbai brokerage said they expected India's fiscal deficit to come in nearer 4.6% of GDP next year."
    c = _one(text, "4.6% of GDP")
    assert c["claim_type"] == "forecast" and c["actor_code"] is None


def test_a_deficit_before_borrowing_is_no_financing():
    from pipeline.claims.plans import FINANCING_BEFORE

    financed = "The deficit will be financed by borrowing of about "
    assert FINANCING_BEFORE.search(financed, 0, len(financed))
    measured = "This would leave a budget deficit before borrowing of about "
    assert not FINANCING_BEFORE.search(measured, 0, len(measured))
