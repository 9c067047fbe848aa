"""Officials the gazetteer does not know, introduced once with their state and named again by surname (introduced.py),
and the office holders and bodies added in session 20 (people.csv, institutions.csv)."""
from datetime import datetime, timezone

import pytest

from helpers import pipeline_claim

from pipeline.claims.gazetteer import load_gazetteer
from pipeline.claims.roles import ArticleContext
from pipeline.segment import split_sentences


def _introduced(text: str, year: int = 2025) -> dict:
    ctx = ArticleContext({"text": text, "title": None, "published": datetime(year, 6, 1, tzinfo=timezone.utc)},
                         split_sentences(text))
    return {name: code for name, (_, code) in ctx.introduced().items()}


SURNAME_LATER = [  # (article, figure, state of the official named again by surname)
    ("OTTAWA, June 3 - Kirsten Hillman, Canada's ambassador to the United States, met lawmakers in Washington on "
     "Tuesday. Hillman said defence spending would reach 2% of GDP this fiscal year.", "2% of GDP", "CAN"),
    ("BERLIN, May 6 - Germany's parliamentary state secretary for defence, Siemtje Moller, visited troops in "
     "Lithuania. Moller said spending would reach 3.5% of GDP by 2029.", "3.5% of GDP", "DEU"),
]


@pytest.mark.parametrize("text,figure,code", SURNAME_LATER)
def test_official_named_again_by_surname_speaks_for_the_state(text, figure, code):
    claim = pipeline_claim(text, figure)
    assert claim["actor_code"] == code
    assert claim["actor_text"] in text.split(". ")[-1]  # the surname in the figure's own sentence


@pytest.mark.parametrize("text,expected", [
    ("Canadian Ambassador to NATO David Angell spoke first. Angell said allies agreed.", {"Angell": "CAN"}),
    ("Japan's chief of staff, General Taro Yamada, said the plan was ready.", {"Yamada": "JPN"}),
    ("Taro Yamada, Japan's ambassador to NATO, said the plan was ready.", {"Yamada": "JPN"}),
    ("TOKYO, Aug 29 - Vice Defence Minister Kenji Ono said the request was large.", {"Ono": "JPN"}),
])
def test_introductions_read(text, expected):
    assert _introduced(text) == expected


@pytest.mark.parametrize("text", [
    "Former Prime Minister Fumio Kishida said the plan was costly.",  # no office now (and known to people.csv)
    "Former French President Valery Giscard d'Estaing spoke in Brussels.",  # no office now
    "Shell U.K. finance director Nigel Blake said the tax was too high.",  # a state inside a firm's name
    "British chief economist John Hart of a City bank said rates would rise.",  # a firm's title
    "Monique Landry, Canada's Minister for External Relations, said aid would rise.",  # the remit is no name
    "Deputy trade representative Mike Smith met Economy minister Juan Sourrouille on Monday.",  # no dateline decides
])
def test_no_official_introduced(text):
    intro = _introduced(text, 1987)
    assert "Relations" not in intro and "Blake" not in intro and "Hart" not in intro and "Giscard" not in intro
    assert "Kishida" not in intro and "Sourrouille" not in intro


def test_surname_introduced_with_two_states_is_dropped():
    text = ("Canadian Ambassador to NATO Anne Wright spoke first. British Ambassador to NATO Tom Wright spoke next. "
            "Wright said the alliance agreed.")
    assert "Wright" not in _introduced(text)


OFFICES_2025 = [  # (sentence, year, surface the gazetteer must find, code)
    ("Foreign ministry spokeswoman Maria Zakharova dismissed the report.", 2025, "Maria Zakharova", "RUS"),
    ("Foreign ministry spokesman Guo Jiakun criticised the arms sale.", 2025, "Guo Jiakun", "CHN"),
    ("Spokeswoman Mao Ning said Beijing opposed the budget.", 2025, "Mao Ning", "CHN"),
    ("Lin Jian told a briefing that the plan was provocative.", 2025, "Lin Jian", "CHN"),
    ("Defence ministry spokesman Zhang Xiaogang warned Taipei.", 2025, "Zhang Xiaogang", "CHN"),
    ("DPP leader Yuichiro Tamaki wants a tax cut.", 2025, "Yuichiro Tamaki", "JPN"),
    ("Defence Industry Minister Pat Conroy announced the frigate order.", 2025, "Pat Conroy", "AUS"),
    ("Secretary of State for Defence Procurement Stephen Fuhr visited the shipyard.", 2025, "Stephen Fuhr", "CAN"),
    ("Special envoy Keith Kellogg travelled to Kyiv.", 2025, "Keith Kellogg", "USA"),
    ("NATO spokesperson Farah Dakhlallah answered questions.", 2024, "Farah Dakhlallah", "NATO"),
    ("NATO spokesperson Allison Hart said allies were united.", 2025, "Allison Hart", "NATO"),
    ("Ambassador David Perdue met Chinese officials.", 2025, "David Perdue", "USA"),
    ("Ambassador Mike Huckabee visited the Knesset.", 2025, "Mike Huckabee", "USA"),
    ("Ambassador Andrew Puzder spoke to EU officials.", 2025, "Andrew Puzder", "USA"),
    ("Navy Secretary John Phelan presented the shipbuilding plan.", 2025, "John Phelan", "USA"),
    ("Vice Finance Minister Atsushi Mimura warned against speculative moves.", 2025, "Atsushi Mimura", "JPN"),
    ("Vice Finance Minister Masato Kanda warned against speculative moves.", 2023, "Masato Kanda", "JPN"),
    ("Labour Minister Yolanda Diaz rejected the spending cuts.", 2025, "Yolanda Diaz", "ESP"),
    ("Minister Felix Bolanos defended the budget extension.", 2025, "Felix Bolanos", "ESP"),
    ("Treasury Board President Shafqat Ali ordered a spending review.", 2025, "Shafqat Ali", "CAN"),
    ("Mainland Affairs Council minister Chiu Chui-cheng warned about Beijing.", 2025, "Chiu Chui-cheng", "TWN"),
    ("KMT caucus whip Fu Kun-chi opposed the special budget.", 2025, "Fu Kun-chi", "TWN"),
    ("LDP Secretary-General Hiroshi Moriyama backed the stimulus.", 2025, "Hiroshi Moriyama", "JPN"),
    ("Deputy Prime Minister Krzysztof Gawkowski presented the plan.", 2025, "Krzysztof Gawkowski", "POL"),
    ("The Senate Appropriations Committee approved the defence bill.", 2025, "Senate Appropriations Committee", "USA"),
    ("The Haushaltsausschuss approved the special fund.", 2025, "Haushaltsausschuss", "DEU"),
    ("The Tribunal de Cuentas criticised the accounts.", 2025, "Tribunal de Cuentas", "ESP"),
    ("The Corte dei conti reviewed the defence contracts.", 2025, "Corte dei conti", "ITA"),
    ("The Algemene Rekenkamer reported on the defence budget.", 2025, "Algemene Rekenkamer", "NLD"),
    ("The Control Yuan questioned the submarine programme.", 2025, "Control Yuan", "TWN"),
    ("The Hotel de Brienne ordered more drones.", 2025, "Hotel de Brienne", "FRA"),
    ("Ichigaya requested more money for missiles.", 2025, "Ichigaya", "JPN"),
    ("The Berlaymont proposed a larger budget.", 2025, "Berlaymont", "EU"),
    ("Likud lawmakers backed the budget.", 2025, "Likud", "ISR"),
    ("Konfederacja opposed the tax rise.", 2025, "Konfederacja", "POL"),
    ("The Acquisition, Technology and Logistics Agency signed the contract.", 2025,
     "Acquisition, Technology and Logistics Agency", "JPN"),
]


@pytest.mark.parametrize("sentence,year,surface,code", OFFICES_2025)
def test_offices_2025(sentence, year, surface, code):
    gaz = load_gazetteer()
    found = {m.surface: m.code for m in gaz.resolve_all(gaz.find(sentence, 0, len(sentence), year=year))}
    hits = {s: c for s, c in found.items() if s.endswith(surface)}
    assert hits and set(hits.values()) == {code}, found


def test_audit_office_needs_its_state():
    gaz = load_gazetteer()
    text = "The Swiss Federal Audit Office criticised the jet purchase."
    found = {m.surface: m.code for m in gaz.resolve_all(gaz.find(text, 0, len(text), year=2025))}
    assert found["Federal Audit Office"] == "CHE"
    text = "Germany's Federal Audit Office criticised the special fund."
    found = {m.surface: m.code for m in gaz.resolve_all(gaz.find(text, 0, len(text), year=2025))}
    assert found["Federal Audit Office"] == "DEU"


def test_common_surnames_do_not_match_alone():
    gaz = load_gazetteer()
    for text in ("Hart said the deal was done.", "Mao said the revolution went on.", "Stephens said prices rose."):
        assert not [m for m in gaz.find(text, 0, len(text), year=2025) if m.kind == "person"], text


EU_BUDGET = [  # (article, figure, target): a member state's figure for the Union's own budget is the Union's
    ("BRUSSELS, July 16 - The European Commission proposed a long-term budget of nearly 2 trillion euros for "
     "2028-2034. Dutch officials said the budget should stay at 1% of gross national income.", "1% of gross national income", "EU"),
    ("BRUSSELS, July 16 - The European Commission proposed a long-term budget for 2028-2034. German government "
     "spokesman Stefan Kornelius said Berlin would not accept a 2 trillion euro budget.", "2 trillion euro", "EU"),
    ("BRUSSELS, July 17 - Germany and the Netherlands want the EU budget capped at 1% of gross national income, "
     "while the Commission wants it at 1.26%.", "1.26%", "EU"),
]


@pytest.mark.parametrize("text,figure,code", EU_BUDGET)
def test_member_figure_for_the_union_budget(text, figure, code):
    assert pipeline_claim(text, figure)["target_code"] == code


def test_national_budget_in_an_eu_budget_story_stays_national():
    text = ("BRUSSELS, July 16 - The European Commission proposed a long-term budget of nearly 2 trillion euros. "
            "Italy's budget will spend 32 billion euros on defence next year, Economy Minister Giancarlo Giorgetti said.")
    assert pipeline_claim(text, "32 billion euros")["target_code"] == "ITA"
    text = ("ROME, Oct 2 - Italy will keep its budget at 1% of GDP below the ceiling, Giorgetti said, after the EU "
            "budget talks stalled.")
    assert pipeline_claim(text, "1% of GDP")["target_code"] == "ITA"
