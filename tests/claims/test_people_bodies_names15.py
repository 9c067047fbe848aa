"""Office holders and bodies added in session 15 (names15): speakers of fiscal figures in the Reuters 1987 and
Yle 2023-26 corpora that the gazetteer did not resolve (people.csv, institutions.csv, stopphrases.csv), and
"the Bank of X": the central bank's full name, no longer cut into the development-bank alias "the Bank" plus a
country. Own sentences; needs the gazetteer."""
import pytest

pytest.importorskip("pipeline.claims.gazetteer")

from helpers import pipeline_claim, found  # noqa: E402


@pytest.mark.parametrize("text, surface, year, code", [
    # Yle 2023-26
    ("Juuso said the wellbeing services counties must save.", "Juuso", 2025, "FIN"),
    ("Employment Minister Matias Marttinen presented the reform.", "Minister Matias Marttinen", 2025, "FIN"),
    ("General Janne Jaakkola said the army needs more reservists.", "General Janne Jaakkola", 2025, "FIN"),
    ("Kivinen handed the command over in 2024.", "Kivinen", 2023, "FIN"),
    ("Commissioner Jutta Urpilainen signed the Global Gateway package.", "Commissioner Jutta Urpilainen", 2022, "EU"),
    ("Education Minister Henriksson defended the cuts.", "Minister Henriksson", 2023, "FIN"),
    # Reuters 1987
    ("Social Affairs Minister Louw de Graaf threatened to end the subsidy.", "Minister Louw de Graaf", 1987, "NLD"),
    ("De Graaf said the talks had failed.", "De Graaf", 1987, "NLD"),
    ("Glickman said the farm budget had to shrink.", "Glickman", 1987, "USA"),
    ("Sen. Rudy Boschwitz said the bill was too costly.", "Sen. Rudy Boschwitz", 1987, "USA"),
    ("Kiechle opposed the cut in cereal prices.", "Kiechle", 1987, "DEU"),
    ("Trade Secretary Roberto Lavagna spoke about the foreign debt.", "Secretary Roberto Lavagna", 1987, "ARG"),
    ("Lavagna said the swap had been agreed.", "Lavagna", 2003, "ARG"),
    ("Industry Minister Luis Carlos Croissier announced aid for the steel plants.",
     "Industry Minister Luis Carlos Croissier", 1987, "ESP"),
    ("Corporate Affairs Minister Michael Howard said the bill would pass.", "Minister Michael Howard", 1987, "GBR"),
    ("President Richard Von Weizsaecker arrived in Moscow.", "President Richard Von Weizsaecker", 1987, "DEU"),
    ("National Bank President Stefan Koren said the schilling would stay tied to the mark.",
     "President Stefan Koren", 1987, "AUT"),
    ("Grassley asked for the report.", "Grassley", 2025, "USA"),
    ("Justice Minister Leena Meri proposed longer sentences.", "Minister Leena Meri", 2024, "FIN"),
    ("Kaikkonen said the Centre Party would oppose the cuts.", "Kaikkonen", 2025, "FIN"),
    ("Sen. Richard Lugar said the aid bill was too small.", "Sen. Richard Lugar", 1987, "USA"),
    ("Trade Minister Patricia Carney met her Japanese counterpart.", "Trade Minister Patricia Carney", 1987, "CAN"),
])
def test_added_people_resolve(gaz, text, surface, year, code):
    m = found(gaz, text, year)[surface]
    assert m.kind == "person" and m.code == code


@pytest.mark.parametrize("text, word, year", [
    ("English said the wheat program was too costly.", "English", 1987),   # Rep. Glenn English
    ("Bradley said debt relief was overdue.", "Bradley", 1987),             # Senator Bill Bradley
    ("Howard said the merger would go ahead.", "Howard", 1987),             # Michael Howard
    ("Dixon said the measure was attached to the bill.", "Dixon", 1987),    # Senator Alan Dixon
    ("Henriksson said the school would close.", "Henriksson", 2024),        # a common Swedish surname
])
def test_common_surnames_do_not_match_alone(gaz, text, word, year):
    assert not any(m.kind == "person" for s, m in found(gaz, text, year).items() if word in s)


@pytest.mark.parametrize("text, surface, code", [
    ("The Bank of Japan said it would buy more bonds.", "The Bank of Japan", "JPN"),
    ("Analysts expect the Bank of England to raise rates.", "the Bank of England", "GBR"),
    ("The Bank of Finland forecast slower growth.", "The Bank of Finland", "FIN"),
    ("The Bank of Zambia devalued the kwacha.", "The Bank of Zambia", "ZMB"),
])
def test_the_bank_of_a_state_is_its_central_bank(gaz, text, surface, code):
    m = found(gaz, text, 1987)[surface]
    assert m.kind == "institution" and m.code == code


def test_central_bank_is_not_the_development_bank_of_the_article(gaz):
    # "the Bank" alone is the development bank the article names; "The Bank of Canada" is Canada's central bank
    ms = gaz.resolve_all(gaz.find("The World Bank lent more to Africa. The Bank of Canada kept its rate.", year=1987))
    assert [(m.surface, m.code) for m in ms] == [("World Bank", "WORLD_BANK"), ("The Bank of Canada", "CAN")]


def test_a_law_named_after_a_senator_is_no_person(gaz):
    assert found(gaz, "Firms said the Sarbanes-Oxley rules raised their audit bills.", 2005) == {}
    assert found(gaz, "Sarbanes said the committee would meet.", 1987)["Sarbanes"].code == "USA"


def test_commercial_bank_of_is_no_actor(gaz):
    assert found(gaz, "Economists at the Bank of America expect lower rates.", 1987) == {}


def test_reserve_bank_takes_the_state_in_context(gaz):
    m = found(gaz, "The Reserve Bank raised its cash target.", 1987)["Reserve Bank"]
    assert m.code is None and gaz.resolve(m, ["NZL"]) == "NZL"


def test_coalition_party_is_finnish(gaz):
    assert found(gaz, "The Coalition Party won the most seats.", 2023)["Coalition Party"].code == "FIN"


def test_finnish_defence_chief_in_a_claim():
    c = pipeline_claim("Finland's defence chief Janne Jaakkola said defence spending would stay above 2% of GDP.",
                       "2% of GDP")
    assert c["actor_code"] == "FIN" and c["metric"] == "defense_spending"
