"""Office holders of 2023-26 added to people.csv (round 3): named with a title, in full, or by surname alone,
with diacritics or without; surnames that are common words or names (Glass, Dan, Pavel, Kaunas, Lose) match only
after a title. Own sentences; needs the gazetteer."""
import pytest

pytest.importorskip("pipeline.claims.gazetteer")

from helpers import pipeline_claim, found  # noqa: E402


@pytest.mark.parametrize("text, surface, year, code", [
    ("Babiš said the Czech Republic would not pay more.", "Babiš", 2026, "CZE"),
    ("Babis told reporters in Prague that the budget was tight.", "Babis", 2018, "CZE"),
    ("Prime Minister Evika Siliņa visited the border.", "Prime Minister Evika Siliņa", 2024, "LVA"),
    ("Silina said Riga would buy more air defence.", "Silina", 2025, "LVA"),
    ("Karins met his Nordic counterparts.", "Karins", 2022, "LVA"),
    ("Defence Minister Sprūds announced the contract.", "Defence Minister Sprūds", 2024, "LVA"),
    ("Kosiniak-Kamysz and Hołownia spoke after the vote.", "Hołownia", 2024, "POL"),
    ("Szijjarto rejected the plan.", "Szijjarto", 2024, "HUN"),
    ("Dendias said the navy needs new frigates.", "Dendias", 2025, "GRC"),
    ("Feijóo promised a different budget.", "Feijóo", 2025, "ESP"),
    ("Thune scheduled a vote on the spending bill.", "Thune", 2025, "USA"),
    ("Adm. Samuel Paparo told the committee the fleet was stretched.", "Adm. Samuel Paparo", 2025, "USA"),
    ("Jaishankar said the talks were constructive.", "Jaishankar", 2024, "IND"),
    ("Shekerinska opened the meeting of deputies.", "Shekerinska", 2025, "NATO"),
])
def test_added_people_resolve(gaz, text, surface, year, code):
    m = found(gaz, text, year)[surface]
    assert m.kind == "person" and m.code == code


def test_one_person_in_two_offices_takes_the_year(gaz):
    assert found(gaz, "Kariņš spoke in Brussels.", 2024)["Kariņš"].code == "LVA"
    assert found(gaz, "Hoekstra said the target was within reach.", 2020)["Hoekstra"].code == "NLD"
    assert found(gaz, "Wopke Hoekstra said the target was within reach.", 2025)["Wopke Hoekstra"].code == "EU"
    # (from 2025 the surname alone is also the U.S. ambassador to Canada, Pete Hoekstra: the article's states decide)
    assert found(gaz, "Hoekstra said the target was within reach.", 2025)["Hoekstra"].candidates == ("EU", "USA")
    assert found(gaz, "Varga said inflation would slow.", 2026)["Varga"].code == "HUN"


@pytest.mark.parametrize("text, word, year", [
    ("Glass is a recyclable material, the report said.", "Glass", 2025),
    ("Dan and his brother run a bakery.", "Dan", 2025),
    ("Pavel said the goalkeeper was injured.", "Pavel", 2024),
    ("Kaunas is Lithuania's second city.", "Kaunas", 2025),
    ("Lose the receipt and the refund is gone.", "Lose", 2024),
])
def test_common_word_surnames_do_not_match_alone(gaz, text, word, year):
    m = found(gaz, text, year).get(word)
    assert m is None or m.kind != "person"


def test_common_word_surnames_match_after_a_title(gaz):
    assert found(gaz, "President Dan said Romania would spend 2.5% of GDP.", 2025)["President Dan"].code == "ROU"
    assert found(gaz, "Defence Minister Kaunas signed the order.", 2025)["Defence Minister Kaunas"].code == "LTU"
    assert found(gaz, "President Pavel signed the budget.", 2024)["President Pavel"].code == "CZE"
    # "Ambassador" is no title the matcher takes (gazetteer.py), so the ambassador is found by his full name
    assert found(gaz, "George Glass said Tokyo should spend more.", 2025)["George Glass"].code == "USA"


def test_latvian_prime_minister_in_a_claim():
    c = pipeline_claim("RIGA - Latvia will raise its defence budget. Prime Minister Evika Silina said military "
                       "spending would reach 5% of GDP next year.", "5% of GDP")
    assert c["actor_code"] == "LVA" and c["target_code"] == "LVA"


@pytest.mark.parametrize("text, surface, year, code", [
    ("Defence Minister Ng Eng Hen opened the air show.", "Defence Minister Ng Eng Hen", 2024, "SGP"),
    ("Balakrishnan said the talks in Jakarta went well.", "Balakrishnan", 2025, "SGP"),
    ("Chan Chun Sing said the armed forces would recruit more engineers.", "Chan Chun Sing", 2025, "SGP"),
])
def test_singapore_ministers_resolve(gaz, text, surface, year, code):
    m = found(gaz, text, year)[surface]
    assert m.kind == "person" and m.code == code


def test_minister_named_before_a_foreign_call_keeps_the_story_state():
    # Ng Eng Hen, known to people.csv, is the earlier sentence's subject: the owner-less tax rate after it is Singapore's,
    # not the state of the foreign leader whose call he declined
    text = ("Singapore will keep defence near 3% of GDP. Defence Minister Ng Eng Hen said the city-state had no need to "
            "follow U.S. President Donald Trump's call for allies to spend more. The goods and services tax rose to 9% "
            "last year, officials said.")
    claim = pipeline_claim(text, "9%")
    assert claim["target_code"] == "SGP"
