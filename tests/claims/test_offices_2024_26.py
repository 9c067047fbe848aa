"""Office holders of 2024-26 and the bodies that speak in 2025 text (people.csv, institutions.csv, people19).

Each new office gets a sentence of our own naming its holder as a speaker; the matcher must give the state or
organisation the office belongs to in the article's year, a surname alone only where that surname is unambiguous,
and no code where one name held two offices of different codes that year."""
import pytest

from helpers import pipeline_claims


def _codes(gaz, text, year):
    """{surface: code} of the matches; a title taken into a person's match ("Secretary Kristi Noem") is dropped."""
    out = {}
    for m in gaz.resolve_all(gaz.find(text, 0, len(text), year=year)):
        out[m.surface] = m.code
        if m.kind == "person":
            words = m.surface.split()
            for k in range(1, len(words)):
                out.setdefault(" ".join(words[k:]), m.code)
    return out


OFFICES = [  # (sentence, year, surface the matcher must find, code)
    ("Director of National Intelligence Tulsi Gabbard briefed senators on Iran.", 2025, "Tulsi Gabbard", "USA"),
    ("Homeland Security Secretary Kristi Noem asked for more border money.", 2025, "Kristi Noem", "USA"),
    ("Energy Secretary Chris Wright said oil output would rise.", 2025, "Chris Wright", "USA"),
    ("Senate Finance Committee chairman Mike Crapo backed the tax bill.", 2025, "Mike Crapo", "USA"),
    ("House Budget Committee chairman Jodey Arrington wanted deeper cuts.", 2025, "Jodey Arrington", "USA"),
    ("ECB chief economist Philip Lane said inflation was near target.", 2025, "Philip Lane", "EUROZONE"),
    ("ECB board member Piero Cipollone spoke about the digital euro.", 2025, "Piero Cipollone", "EUROZONE"),
    ("EIB President Nadia Calvino said the bank would lend more for defence.", 2025, "Nadia Calvino", "EIB"),
    ("Commissioner Raffaele Fitto said cohesion money could go to defence.", 2025, "Raffaele Fitto", "EU"),
    ("Jens Spahn, who leads the conservative bloc in parliament, defended the borrowing.", 2025, "Jens Spahn", "DEU"),
    ("Chancellery chief Thorsten Frei said the coalition stood by the budget.", 2025, "Thorsten Frei", "DEU"),
    ("Development Minister Reem Alabali-Radovan defended the aid budget.", 2025, "Reem Alabali-Radovan", "DEU"),
    ("Chief Secretary to the Treasury James Murray set out the spending review.", 2025, "James Murray", "GBR"),
    ("Shadow Chancellor Mel Stride attacked the tax rises.", 2025, "Mel Stride", "GBR"),
    ("Shadow Defence Secretary James Cartlidge called for a faster rise.", 2025, "James Cartlidge", "GBR"),
    ("Reform UK leader Nigel Farage said aid should be cut further.", 2025, "Nigel Farage", "GBR"),
    ("Defence minister Luke Pollard said orders would go to British yards.", 2025, "Luke Pollard", "GBR"),
    ("Norway's chief of defence, General Eirik Kristoffersen, asked for more air defence.", 2025, "Eirik Kristoffersen", "NOR"),
    ("Denmark's defence chief Michael Hyldgaard said the navy needed new frigates.", 2025, "Michael Hyldgaard", "DNK"),
    ("Supreme Commander Michael Claesson said Sweden's forces must grow.", 2025, "Michael Claesson", "SWE"),
    ("Estonian commander Andrus Merilo said the reserve would be enlarged.", 2025, "Andrus Merilo", "EST"),
    ("General Dimitrios Choupis presented the armed forces' plan.", 2025, "Dimitrios Choupis", "GRC"),
    ("National Bank of Belgium governor Pierre Wunsch warned about the deficit.", 2025, "Pierre Wunsch", "BEL"),
    ("Foreign Minister Ignazio Cassis travelled to Washington.", 2025, "Ignazio Cassis", "CHE"),
    ("Economy Minister Guy Parmelin led the tariff talks.", 2025, "Guy Parmelin", "CHE"),
    ("Admiral David Johnston said the navy would get new ships.", 2025, "David Johnston", "AUS"),
    ("Reserve Bank governor Adrian Orr held the cash rate.", 2024, "Adrian Orr", "NZL"),
    ("Economy Minister Oleksiy Sobolev said exports were recovering.", 2025, "Oleksiy Sobolev", "UKR"),
    ("Defence Minister Israel Katz said the budget would rise.", 2025, "Israel Katz", "ISR"),
    ("Finance Minister Bezalel Smotrich presented the budget.", 2025, "Bezalel Smotrich", "ISR"),
    ("Foreign Minister Gideon Sa'ar met his German counterpart.", 2025, "Gideon Sa'ar", "ISR"),
    ("Bank of Israel Governor Amir Yaron warned about the deficit.", 2025, "Amir Yaron", "ISR"),
    ("Lieutenant General Eyal Zamir asked for more soldiers.", 2025, "Eyal Zamir", "ISR"),
    ("President Isaac Herzog called for unity.", 2025, "Isaac Herzog", "ISR"),
    ("Crown Prince Mohammed bin Salman pledged investments in America.", 2025, "Crown Prince Mohammed bin Salman", "SAU"),
    ("Finance Minister Mohammed al-Jadaan said the deficit would narrow.", 2025, "Mohammed al-Jadaan", "SAU"),
    ("Prince Khalid bin Salman met the U.S. defense secretary.", 2025, "Prince Khalid bin Salman", "SAU"),
    ("Sheikh Tamim bin Hamad Al Thani hosted the talks.", 2025, "Sheikh Tamim bin Hamad Al Thani", "QAT"),
    ("President Mohamed bin Zayed announced the fund.", 2025, "Mohamed bin Zayed", "ARE"),
    ("President Masoud Pezeshkian presented the budget to parliament.", 2025, "Masoud Pezeshkian", "IRN"),
    ("Foreign Minister Abbas Araghchi rejected the demand.", 2025, "Abbas Araghchi", "IRN"),
    ("Prime Minister Shehbaz Sharif said the defence budget would rise.", 2025, "Shehbaz Sharif", "PAK"),
    ("Finance Minister Muhammad Aurangzeb presented the budget.", 2025, "Muhammad Aurangzeb", "PAK"),
    ("President Abdel Fattah al-Sisi opened the new capital.", 2025, "Abdel Fattah al-Sisi", "EGY"),
    ("Vice President Geraldo Alckmin led the talks with Washington.", 2025, "Geraldo Alckmin", "BRA"),
    ("Industry Minister Melanie Joly announced help for steelmakers.", 2025, "Melanie Joly", "CAN"),
    ("Parliamentary Budget Officer Yves Giroux said the deficit was larger.", 2024, "Yves Giroux", "CAN"),
    ("Prime Minister Edi Rama said Albania would spend more.", 2025, "Edi Rama", "ALB"),
]


@pytest.mark.parametrize("text,year,surface,code", OFFICES)
def test_office_holder_gets_the_office_code(gaz, text, year, surface, code):
    assert _codes(gaz, text, year).get(surface) == code


BODIES = [  # (sentence, surface, code)
    ("The Israel Defense Forces asked for a larger budget.", "Israel Defense Forces", "ISR"),
    ("The IDF asked for a larger budget.", "IDF", "ISR"),
    ("The High Council of Public Finances called the forecast optimistic.", "High Council of Public Finances", "FRA"),
    ("The Swedish Fiscal Policy Council said the deficit was too large.", "Swedish Fiscal Policy Council", "SWE"),
    ("Narodowy Bank Polski kept rates on hold.", "Narodowy Bank Polski", "POL"),
    ("The Bundesministerium der Verteidigung ordered more tanks.", "Bundesministerium der Verteidigung", "DEU"),
    ("The Saudi Central Bank raised its reserves.", "Saudi Central Bank", "SAU"),
]


@pytest.mark.parametrize("text,surface,code", BODIES)
def test_bodies_named_in_2025_text(gaz, text, surface, code):
    assert _codes(gaz, text, 2025).get(surface) == code


def test_surnames_alone_in_their_years(gaz):
    assert _codes(gaz, "Smotrich said the deficit would narrow.", 2025).get("Smotrich") == "ISR"
    assert _codes(gaz, "Pezeshkian said the budget was tight.", 2025).get("Pezeshkian") == "IRN"
    assert _codes(gaz, "Farage said aid should be cut.", 2025).get("Farage") == "GBR"
    # a common surname never matches alone
    assert "Katz" not in _codes(gaz, "Katz said the budget would rise.", 2025)
    assert "Bondi" not in _codes(gaz, "Crowds gathered at Bondi Beach on Sunday.", 2025)


def test_offices_change_with_the_year(gaz):
    # Israel Katz: foreign minister in 2024, defence minister from November 2024, both Israel's
    assert _codes(gaz, "Israel Katz spoke.", 2024)["Israel Katz"] == "ISR"
    # the OECD's chief economist became Portugal's central bank governor in 2025: open that year, the OECD's before
    assert _codes(gaz, "Alvaro Santos Pereira spoke.", 2024)["Alvaro Santos Pereira"] == "OECD"
    assert _codes(gaz, "Alvaro Santos Pereira spoke.", 2025)["Alvaro Santos Pereira"] is None
    assert _codes(gaz, "Alvaro Santos Pereira spoke.", 2026)["Alvaro Santos Pereira"] == "PRT"
    # Nadia Calvino: Spain's economy minister to 2023, the European Investment Bank's president from 2024
    assert _codes(gaz, "Nadia Calvino spoke.", 2022)["Nadia Calvino"] == "ESP"
    assert _codes(gaz, "Nadia Calvino spoke.", 2025)["Nadia Calvino"] == "EIB"


def test_mortgage_backed_securities_are_no_prince(gaz):
    assert all(c is None or c == "USA" for c in _codes(gaz, "MBS yields rose as Treasury prices fell.", 1987).values())


def _claim(claims, value):
    got = [c for c in claims if c["value"] == value]
    assert len(got) == 1, claims
    return got[0]


def test_new_speakers_in_claims():
    c = _claim(pipeline_claims("Finance Minister Bezalel Smotrich said the deficit would fall to 4.5% of GDP in 2026."), 4.5)
    assert (c["metric"], c["actor_code"], c["target_code"]) == ("fiscal_deficit", "ISR", "ISR")
    c = _claim(pipeline_claims("Saudi Finance Minister Mohammed al-Jadaan said spending would reach 1.3 trillion riyals "
                               "next year."), 1.3e12)
    assert (c["metric"], c["actor_code"]) == ("public_spending", "SAU")


def test_tariff_setter_named_as_the_noun_modifier_before_the_figure():
    # the setter modifies the tariff noun that takes the figure: it sets the rate, not the minister who reports it
    c = _claim(pipeline_claims("Indian exporters face U.S. tariffs of 50%, Commerce Minister Piyush Goyal said."), 50)
    assert (c["metric"], c["actor_code"]) == ("tariff_rate", "USA")
    c = _claim(pipeline_claims("Finance Minister Karin Keller-Sutter said Swiss watchmakers faced American duties of up "
                               "to 39%."), 39)
    assert (c["metric"], c["actor_code"]) == ("tariff_rate", "USA")


def test_tariff_setter_named_as_the_possessor_of_the_figure():
    c = _claim(pipeline_claims("Finance Minister Fernando Haddad said Washington's 50% tariff would cost coffee growers "
                               "dearly."), 50)
    assert (c["metric"], c["actor_code"]) == ("tariff_rate", "USA")
    # a state's possessive is left to the other rules: "Japan's 15% tariff" is as often the rate Japan's goods pay
    c = _claim(pipeline_claims("Commerce Secretary Howard Lutnick said Japan's 15% tariff would take effect on Thursday."), 15)
    assert (c["metric"], c["actor_code"]) == ("tariff_rate", "USA")
    # the speaker's own state as the possessor stays the setter
    c = _claim(pipeline_claims("Prime Minister Mark Carney said Canada's 25% counter-tariffs on U.S. steel would stay."), 25)
    assert (c["metric"], c["actor_code"]) == ("tariff_rate", "CAN")


def test_forecasting_organisation_after_a_speakers_clause():
    # "forecasts" and "projects" as verbs right after their subject's name: the organisation forecasts, not the minister
    # whose words stand in the clause before
    for verb in ("forecasts", "projects", "now forecasts"):
        c = _claim(pipeline_claims(f"Finance Minister Jan Jambon said Belgium would keep its course; the Commission {verb} "
                                   "its deficit at 5.4% of GDP next year."), 5.4)
        assert (c["metric"], c["claim_type"], c["actor_code"], c["target_code"]) == ("fiscal_deficit", "forecast", "EU", "BEL")


def test_forecasts_and_projects_as_nouns_report_nothing():
    # the plural nouns are no verbs of their own: the body that states the figure stays its actor
    c = _claim(pipeline_claims("Euro zone growth forecasts slipped to 1.8% this year, the OECD said."), 1.8)
    assert c["actor_code"] == "OECD"
    c = _claim(pipeline_claims("Norway will give 2 billion crowns in aid to relief projects across Africa, the foreign "
                               "ministry said."), 2e9)
    assert c["actor_code"] == "NOR"
