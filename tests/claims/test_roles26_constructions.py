"""Session 26 role constructions (own sentences): whose figure and who states it.

- A list of states each "with" its own sum after a request or plan of the state heading the list ("Poland has asked for
  43.7 billion euros, followed by Romania with 16.6 billion euros"): each listed state asks for its own sum, it is not
  the head state's (owners.LISTED_WITH, actors.listed_owner, scope.mark_respective_owners).
- "it" / "the country" and a figure with no owner of its own after a sentence whose speaker is a person named for his
  state and whose subject is another state ("Baker said Brazil was not defaulting on its debt. The country suspended
  interest payments on 68 billion dlrs"): the place named, not the speaker's state (roles.previous_state places_first).
- A debt level named only by its owner's possessive in a sentence that names no reporter ("Bolivia's debts total 4.4
  billion dlrs" after a German president's speech): no one states it, actor null, whoever spoke before
  (claim._unnamed_speaker, actors.reported_in_sentence_by_no_one).
- A state named as the modifier of firms in the plural ("several major U.S. banks") is no subject whose figure an
  unowned figure of its sentence is: the state the firms' loans go to is (roles.previous_state, firm_nouns.csv).
"""
import pytest
from helpers import article_claims, claims_of, mention

pytest.importorskip("pipeline.claims.gazetteer")

EUR = dict(unit="currency", currency="EUR")
USD = dict(unit="currency", currency="USD")


def _roles(text, spec, title):
    cs = claims_of(text, *(mention(text, s, v, **u) for s, v, u in spec), title=title)
    return {c["figure_text"]: (c["actor_code"], c["target_code"]) for c in cs}


def test_each_state_listed_with_its_sum_requests_its_own():
    text = ("Poland has asked for the largest share of the SAFE defence loans, 43.7 billion euros, followed by Romania "
            "with 16.6 billion euros and France with 16.2 billion euros, diplomats said.")
    got = _roles(text, [("16.6 billion euros", 16.6e9, EUR), ("16.2 billion euros", 16.2e9, EUR),
                        ("43.7 billion euros", 43.7e9, EUR)], "EU states ask for defence loans")
    assert got["16.6 billion euros"] == ("ROU", "ROU")
    assert got["16.2 billion euros"] == ("FRA", "FRA")
    assert got["43.7 billion euros"][0] == "POL"


def test_listed_request_with_hedge_and_three_members():
    text = ("Poland requested the biggest SAFE loan for its armed forces, 43.7 billion euros, followed by Hungary with "
            "about 16.2 billion euros, Lithuania with 6.4 billion euros and Portugal with 5.8 billion euros.")
    got = _roles(text, [("43.7 billion euros", 43.7e9, EUR), ("16.2 billion euros", 16.2e9, EUR),
                        ("6.4 billion euros", 6.4e9, EUR), ("5.8 billion euros", 5.8e9, EUR)], "Defence loan requests")
    assert got["16.2 billion euros"] == ("HUN", "HUN")
    assert got["6.4 billion euros"] == ("LTU", "LTU")
    assert got["5.8 billion euros"] == ("PRT", "PRT")


def test_listed_debt_payments_each_its_payer():
    text = ("Mexico will pay nine billion dlrs in debt service this year, followed by Brazil with eight billion dlrs.")
    got = _roles(text, [("nine billion dlrs", 9e9, USD), ("eight billion dlrs", 8e9, USD)], "Latin debt service")
    assert got["eight billion dlrs"] == ("BRA", "BRA")
    assert got["nine billion dlrs"] == ("MEX", "MEX")


def test_reporter_of_a_listed_level_is_kept():
    # a body that reports the list still reports each level: the "with" item changes the owner only
    text = ("Poland spends the most on defence, 4.1% of GDP, followed by Estonia with 3.4% and Latvia with 3.2%, "
            "NATO figures show.")
    got = _roles(text, [("4.1% of GDP", 4.1, {}), ("3.4%", 3.4, {}), ("3.2%", 3.2, {})], "NATO allies raise spending")
    assert got["3.4%"] == ("NATO", "EST")
    assert got["3.2%"] == ("NATO", "LVA")


def test_provided_with_is_no_list_item():
    # "provide Togo with": the state before "with" is the object of a giving verb, not a listed owner
    text = "France is to provide Togo with 475 mln cfa francs in development aid, the French embassy said."
    got = _roles(text, [("475 mln cfa francs", 475e6, dict(unit="currency", currency="XOF"))], "France aids Togo")
    assert got["475 mln cfa francs"][0] == "FRA"


def _owners(sentences, spec, title=None):
    return {c["figure_text"]: (c["actor_code"], c["target_code"]) for c in article_claims(sentences, spec, title=title)}


def test_the_country_after_a_foreign_speaker_is_the_state_spoken_of():
    got = _owners(["Treasury Secretary James Baker said Brazil was not defaulting on its debt.",
                   "The country suspended interest payments on 68 billion dlrs of commercial bank debt in February."],
                  [(1, "68 billion dlrs", 68e9, "currency")], title="BAKER SEES BRAZIL REACHING BANK ACCORD")
    assert got["68 billion dlrs"][1] == "BRA"


def test_it_after_a_foreign_speaker_is_the_state_spoken_of():
    got = _owners(["Treasury Secretary James Baker said Brazil was not defaulting on its debt.",
                   "It owes foreign commercial banks about 68 billion dlrs in medium and long-term debt."],
                  [(1, "68 billion dlrs", 68e9, "currency")], title="BAKER ON BRAZIL DEBT")
    assert got["68 billion dlrs"][1] == "BRA"


def test_a_state_only_owning_a_noun_leaves_the_speaker_state():
    # "Germany's defence spending" is no subject: "it" goes on from the German minister's sentence
    got = _owners(["U.S. Defense Secretary Pete Hegseth pressed European allies to move faster.",
                   "German Defence Minister Boris Pistorius said Germany's defence spending would rise to 108 billion euros this year.",
                   "By 2029 it is planned to reach 153 billion euros, or 3.5% of economic output."],
                  [(1, "108 billion euros", 108e9, "currency"), (2, "153 billion euros", 153e9, "currency")],
                  title="NATO ministers meet in Brussels")
    assert got["153 billion euros"][1] == "DEU"


def test_a_state_in_a_person_title_is_no_place_named():
    # "U.S. President Donald Trump" names a person: the city-state's minister's sentence still speaks of Singapore
    got = _owners(["Defence Minister Ng Eng Hen said Singapore saw no need to follow U.S. President Donald Trump's call for "
                   "allies to spend 5% of GDP.",
                   "The goods and services tax went up from 8% to 9% last year."],
                  [(1, "9%", 9.0, "percent")], title="Singapore keeps defence near 3% of GDP")
    assert got["9%"][1] == "SGP"


def test_debt_level_named_by_its_owner_after_another_speaker_has_no_actor():
    got = _owners(["West German President Richard von Weizsaecker said West German aid to Bolivia would rise to 91 mln marks.",
                   "Bolivia's debts total 4.4 billion dlrs."],
                  [(0, "91 mln marks", 91e6, "currency"), (1, "4.4 billion dlrs", 4.4e9, "currency")],
                  title="WEST GERMANY BOOSTS AID TO BOLIVIA")
    assert got["4.4 billion dlrs"] == (None, "BOL")


def test_debt_level_held_by_creditors_has_no_actor():
    got = _owners(["Treasury Secretary James Baker said commercial banks should keep lending to debtor nations.",
                   "Commercial banks hold about 68 billion dlrs of Brazil's 108 billion dlr foreign debt."],
                  [(1, "108 billion dlr", 108e9, "currency")], title="BAKER URGES BANKS TO LEND")
    assert got["108 billion dlr"] == (None, "BRA")


def test_debt_level_with_a_reporter_in_its_sentence_keeps_it():
    got = _owners(["A fund spokesman said an IMF team would visit La Paz shortly.",
                   "Bolivia's foreign debt totals 4.0 billion dlrs, central bank president Javier Nogales said."],
                  [(1, "4.0 billion dlrs", 4.0e9, "currency")], title="ECONOMIC SPOTLIGHT - BOLIVIA")
    assert got["4.0 billion dlrs"] == ("BOL", "BOL")


def test_the_state_of_lending_banks_does_not_own_the_debtor_figure():
    got = _owners(["Several major U.S. banks placed their loans to Brazil on non-accrual status after the suspension of "
                   "interest payments on 68 billion dlrs of commercial bank debt."],
                  [(0, "68 billion dlrs", 68e9, "currency")], title="U.S. REGULATORS DOWNGRADE BRAZIL")
    assert got["68 billion dlrs"][1] == "BRA"


def test_british_banks_provisions_leave_the_debtor_figure_to_brazil():
    got = _owners(["Several British banks raised provisions against their loans to Brazil after the suspension of "
                   "interest payments on 68 billion dlrs of commercial debt."],
                  [(0, "68 billion dlrs", 68e9, "currency")], title="BANKS AND BRAZIL")
    assert got["68 billion dlrs"][1] == "BRA"
