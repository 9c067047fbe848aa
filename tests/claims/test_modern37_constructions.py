"""Constructions found by the modern37 set (session 20, write20), each a mechanism for any article. Own sentences (real
2024-26 facts, own words, figures approximate); needs the gazetteer.

- ", and said ..." after a name inside an apposition ("..., the goal NATO allies set at The Hague, and said") or after a
  possessor, in a sentence opening on "He", shares the sentence's subject (roles._and_verb_subject,
  voices._and_after_apposition);
- a figure a subject relative clause's own past verb takes ("a deficit that reached 5.8% of GDP last year") is the level
  reached, whatever stance verb stands before the relative pronoun (plantype.RELATIVE_LEVEL_BEFORE);
- an effort to move a figure ("is trying to cut", "is working to bring") is the subject's aim (stance_cues.csv), an
  effort with no moving verb ("tried to stem") none;
- "and the Senate has proposed ..." and "and warned that ..." open clauses of their own (stance.CLAUSE_BREAK);
- a level between commas (", at about 77% of GDP,") is actual (plantype.AT_LEVEL_ASIDE);
- "..., but would not commit to ..." takes the subject of the clause before (voices._elided_subject);
- a state's possessive right before a figure ("more than Latvia's 4.9%") owns it (owners.figure_possessor);
- a stance verb coordinated with a first predicate ("would ask the European Union for loans and reportedly wants ...")
  takes that predicate's subject (voices._coordinated_subject);
- "lets" and "permits" state a rule's room (stance_cues.csv);
- a refinery is a company's (metric_cues.csv); the sales and service tax, the armed forces and the treasury's debt are
  metric cues;
- a share NATO's chief says a member should reach is a defence share (figures.NATO_PRESSES_REACH);
- office holders of 2022-26 the sentences name (people.csv).
"""
import pytest

pytest.importorskip("pipeline.claims.gazetteer")

from helpers import found, pipeline_claim, pipeline_claims, rules_claims  # noqa: E402


@pytest.fixture(scope="module")
def gaz():
    from pipeline.claims.gazetteer import load_gazetteer
    return load_gazetteer()


def _rules_claim(text: str, figure: str) -> dict:
    got = [c for c in rules_claims(text) if figure == c["figure_text"]]
    assert got, f"no claim for {figure!r}"
    return got[0]


def test_and_said_after_an_apposition_naming_the_alliance_is_the_subjects():
    text = ("MADRID - Sanchez said Spain would not raise defence spending to 5% of GDP, the goal NATO allies agreed at The "
            "Hague in June, and said spending would hold at 2.1% next year.")
    c = pipeline_claim(text, "2.1%")
    assert (c["actor_code"], c["target_code"]) == ("ESP", "ESP")


def test_and_said_after_a_possessor_in_a_sentence_opening_on_he():
    text = ("TALLINN - Finance Minister Jurgen Ligi presented the draft budget on Monday. He projected a deficit of 4.5% of "
            "GDP next year, above the European Union's 3% limit, and said public debt would climb to 28% of GDP.")
    c = pipeline_claim(text, "28% of GDP")
    assert c["actor_code"] == "EST"
    assert c["metric"] == "public_debt"


def test_the_level_a_relative_clause_reached_is_actual_under_an_aim():
    text = "PARIS - The French government is trying to cut a deficit that reached 5.8% of GDP last year to 5.4% this year."
    assert _rules_claim(text, "5.8% of GDP")["claim_type"] == "actual"
    assert _rules_claim(text, "5.4%")["claim_type"] == "commitment"


def test_an_effort_to_move_a_figure_is_an_aim():
    text = "ROME - Italy is working to bring its budget deficit to 3% of GDP next year, Giorgetti said."
    assert _rules_claim(text, "3% of GDP")["claim_type"] == "commitment"


def test_an_effort_with_no_moving_verb_sets_no_aim():
    text = "BUENOS AIRES - The government tried to stem inflation, which ran at 200% a year, with deep spending cuts."
    assert _rules_claim(text, "200%")["claim_type"] != "commitment"


def test_a_named_body_with_its_own_verb_after_and_starts_a_clause():
    text = ("ABUJA - Nigeria's government proposed raising value-added tax to 10%, but state governors rejected the increase "
            "and the Senate has proposed keeping the rate at 7.5%.")
    assert _rules_claim(text, "7.5%")["claim_type"] == "proposal"


def test_a_level_between_commas_after_and_warned_that_is_actual():
    text = ("PRETORIA - The International Monetary Fund urged South Africa to raise more revenue and warned that public "
            "debt, at about 77% of GDP, could keep rising.")
    c = _rules_claim(text, "77% of GDP")
    assert c["claim_type"] == "actual"
    assert c["metric"] == "public_debt"


def test_a_clause_with_no_subject_after_but_refuses_for_the_first_subject():
    text = ("ROME - Crosetto said Italy would reach the alliance's 2% goal this year but would not commit to the full 5% "
            "before 2030.")
    c = pipeline_claim(text, "5%")
    assert c["claim_type"] == "rejection"
    assert c["actor_code"] == "ITA"


def test_a_possessive_state_before_a_figure_owns_it():
    text = ("VILNIUS - Lithuania will spend 5.4% of GDP on defence next year, more than Latvia's 4.9%, the defence minister "
            "said.")
    c = pipeline_claim(text, "4.9%")
    assert (c["actor_code"], c["target_code"]) == ("LVA", "LVA")
    assert pipeline_claim(text, "5.4% of GDP")["target_code"] == "LTU"


def test_a_coordinated_stance_verb_takes_the_first_predicates_subject():
    text = ("WARSAW - Poland would ask the European Union for cheap defence loans and reportedly wants about 43 billion "
            "euros, a newspaper said.")
    assert pipeline_claim(text, "43 billion euros")["actor_code"] == "POL"


def test_lets_states_a_rules_room():
    text = ("BRUSSELS - The European Commission lets member states spend up to 1.5% of GDP more on defence without "
            "breaching the deficit rules.")
    c = _rules_claim(text, "1.5% of GDP")
    assert c["claim_type"] == "benchmark"
    assert c["actor_code"] == "EU"


def test_a_refinery_investment_is_a_companys():
    text = ("BRATISLAVA - Slovakia's government approved spending cuts of 2 billion euros on Wednesday. Slovnaft said it "
            "would invest 250 million euros in its Bratislava refinery.")
    assert not [c for c in pipeline_claims(text) if "250 million" in c["figure_text"]]


def test_the_sales_and_service_tax_is_a_tax():
    text = ("KUALA LUMPUR - Malaysia's wider sales and service tax, which raised about 5 billion ringgit last year, will "
            "stay, Anwar Ibrahim said.")
    c = pipeline_claim(text, "5 billion ringgit")
    assert c["metric"] == "tax_revenue"
    assert c["target_code"] == "MYS"


def test_a_sum_allocated_to_the_armed_forces_is_defence():
    text = "RABAT - Morocco's draft budget allocates about 70 billion dirhams to the Royal Armed Forces next year."
    assert pipeline_claim(text, "70 billion dirhams")["metric"] == "defense_spending"


def test_the_treasurys_debt_is_public_debt():
    text = "RABAT - The finance ministry expects the treasury's debt to fall to about 66% of GDP by 2027."
    assert pipeline_claim(text, "66% of GDP")["metric"] == "public_debt"


def test_a_share_nato_says_a_member_should_reach_is_defence_after_a_deficit_of_that_size():
    text = ("MADRID - Spain's deficit will be 3.5% of GDP this year, the finance ministry said. NATO Secretary General Mark "
            "Rutte met Sanchez on Monday and, according to El Pais, told him that Spain should reach 3.5% by 2035.")
    got = [c for c in pipeline_claims(text) if c["figure_text"] == "3.5%"]
    assert got and got[0]["metric"] == "defense_spending"


@pytest.mark.parametrize("text,name,code", [
    ("Prime Minister Lawrence Wong presented the budget.", "Prime Minister Lawrence Wong", "SGP"),
    ("Prime Minister Anwar Ibrahim unveiled the budget.", "Prime Minister Anwar Ibrahim", "MYS"),
    ("President Bola Tinubu signed the tax bills.", "President Bola Tinubu", "NGA"),
    ("Finance Minister Wale Edun spoke in Abuja.", "Finance Minister Wale Edun", "NGA"),
])
def test_office_holders_the_set_names(gaz, text, name, code):
    got = found(gaz, text, 2025)
    assert name in got and got[name].code == code
