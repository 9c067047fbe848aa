"""Aid sums found and typed through the words that move them (session 16, aid16): an aid story's moving word right before
its sum carries the story's aid past an unscored word of the sentence; a state receiving a sum from other states, donors
giving a sum and a sum asked for at a donors' meeting are aid in any story; appealing for an aid sum and seeking it from
donors ask for it; CFA francs and the singular Ecu are money. Own sentences (real facts, own words); needs the gazetteer."""
import pytest

pytest.importorskip("pipeline.claims.gazetteer")

from helpers import pipeline_claim, pipeline_claims, rules_claims  # noqa: E402


def _rules_claim(text, figure, title=None):
    found = [c for c in rules_claims(text, title) if figure in c["figure_text"]]
    assert found, f"no claim for {figure!r}"
    return found[0]


def test_an_offered_sum_in_an_aid_story_is_aid_past_an_unscored_word():
    text = ("Niger appealed for 60 mln dlrs in emergency food aid after locusts destroyed much of its harvest. "
            "Canada offered wheat worth a tenth of the country's yearly consumption, Norway offered nine mln crowns and "
            "Spain pledged more, an official said.")
    c = pipeline_claim(text, "nine mln crowns", title="NIGER SEEKS FOOD AID AFTER LOCUSTS")
    assert c["metric"] == "development_aid" and c["actor_code"] == "NOR"


def test_an_offered_sum_keeps_a_scored_word_of_its_own():
    text = ("Niger appealed for 60 mln dlrs in emergency food aid after locusts destroyed much of its harvest. "
            "Turkey will receive nearly 700 mln dlrs in military aid this year under the accord.")
    c = pipeline_claim(text, "700 mln dlrs", title="NIGER SEEKS FOOD AID AFTER LOCUSTS")
    assert c["metric"] == "defense_spending"


def test_appealing_for_an_aid_sum_asks_for_it():
    c = _rules_claim("Malawi appealed for an additional 45 mln dlrs in humanitarian aid to feed refugees.", "45 mln dlrs")
    assert c["metric"] == "development_aid" and c["claim_type"] in ("demand", "proposal")


def test_a_state_receiving_a_sum_from_other_states_is_aid_in_any_story():
    text = ("Egypt's budget deficit narrowed to 8.1 pct of gross domestic product last year, the finance ministry said. "
            "Under a pact signed in 1979, Egypt was to receive 2.1 billion dlrs a year from the United States.")
    c = pipeline_claim(text, "2.1 billion dlrs", title="EGYPT DEFICIT NARROWS")
    assert c["metric"] == "development_aid" and c["actor_code"] == "USA"


def test_a_sum_a_state_receives_from_banks_is_no_aid():
    text = ("Egypt's budget deficit narrowed to 8.1 pct of gross domestic product last year, the finance ministry said. "
            "Egypt received 300 mln dlrs from commercial banks in a syndicated credit.")
    assert not [c for c in pipeline_claims(text, title="EGYPT DEFICIT NARROWS") if c["metric"] == "development_aid"]


def test_donors_giving_a_sum_is_aid_of_no_recipient():
    text = ("The storm left half a million people homeless, the Red Cross said. Donor countries have promised to give "
            "$400m in disaster relief over the coming year, according to the United Nations.")
    c = pipeline_claim(text, "$400m", title="Storm leaves thousands homeless")
    assert c["metric"] == "development_aid" and c["actor_code"] in (None, "UN")  # the donors, or the UN reporting them


def test_a_sum_sought_at_a_donors_meeting_is_an_aid_request():
    text = ("Nepal will seek nearly 900 mln dlrs for roads and power projects at a donors' meeting in Paris next month, "
            "officials said.")
    c = _rules_claim(text, "900 mln dlrs", title="NEPAL DRAWS UP NEW DEVELOPMENT PLAN")
    assert c["metric"] == "development_aid" and c["claim_type"] == "demand" and c["actor_code"] == "NPL"


def test_a_sum_a_state_seeks_for_its_own_budget_is_no_aid():
    text = "Nepal will seek to cut its budget deficit to 900 mln dlrs next year, officials said."
    assert not [c for c in pipeline_claims(text) if c["metric"] == "development_aid"]


def test_cfa_francs_and_the_singular_ecu_are_money():
    c = pipeline_claim("France is to provide Senegal with 600 mln CFA francs of aid for rural wells.", "CFA francs")
    assert c["metric"] == "development_aid" and c["actor_code"] == "FRA"
    c = pipeline_claim("The European Community agreed to grant Turkey 50 mln Ecu in aid for flood repairs.", "50 mln Ecu")
    assert c["metric"] == "development_aid"


def test_farm_aid_is_a_states_own_spending():
    text = "EC farm ministers approved a 200 mln Ecu package of measures to help farmers in difficulty."
    c = pipeline_claim(text, "200 mln Ecu", title="EC MINISTERS AGREE FARM AID")
    assert c["metric"] == "public_spending"


def test_a_state_releasing_a_sum_in_an_aid_story_gives_aid():
    text = ("Malawi appealed for 30 mln dlrs in emergency food aid after the floods. Britain has agreed to release a total "
            "of 10 mln stg to help pay for food imports, officials said.")
    c = pipeline_claim(text, "10 mln stg", title="MALAWI SEEKS FOOD AID AFTER FLOODS")
    assert c["metric"] == "development_aid" and c["actor_code"] == "GBR"


def test_a_word_moving_only_the_sum_right_after_it_moves_no_other_sum():
    from helpers import mention, one_sentence
    from pipeline.claims import aid

    aid_story = {"title_topic": "development_aid", "last_metric": None}
    text = "The kwacha extended its slide to a record low despite central bank sales of 20 mln dlrs."
    ms = [mention(text, "20 mln dlrs", 20e6, unit="currency")]
    assert not aid.aid_transfers(text, one_sentence(text)[0], ms, aid_story)
    text = "Britain agreed to release a total of 10 mln stg for food imports."
    ms = [mention(text, "10 mln stg", 10e6, unit="currency")]
    assert [text[t.start:t.end] for t in aid.aid_transfers(text, one_sentence(text)[0], ms, aid_story)] == ["release"]


def test_a_donor_joined_after_the_first_donors_verb_gives_its_own_sum():
    text = ("Chad appealed for 40 mln dlrs in emergency food aid after a poor harvest. Norway offered six mln crowns and "
            "Spain is to offer 20 mln dlrs, an official said.")
    c = pipeline_claim(text, "20 mln dlrs", title="CHAD ASKS FOR FOOD AID")
    assert c["metric"] == "development_aid" and c["actor_code"] == "ESP"
    assert pipeline_claim(text, "six mln crowns", title="CHAD ASKS FOR FOOD AID")["actor_code"] == "NOR"


def test_states_urged_to_act_are_no_new_subject():
    c = pipeline_claim("Germany urged France and Italy to spend 2 pct of GDP on defence.", "2 pct")
    assert c["actor_code"] == "DEU"


def test_development_cooperation_is_aid():
    c = pipeline_claim("The Finnish government will cut development cooperation funding by 25 million euros next year.",
                       "25 million euros")
    assert c["metric"] == "development_aid" and c["actor_code"] == "FIN"


def test_usaid_is_the_united_states_aid_agency():
    c = pipeline_claim("USAID said it would provide 50 million dollars in humanitarian assistance to Sudan.",
                       "50 million dollars")
    assert c["metric"] == "development_aid" and c["actor_code"] == "USA"
