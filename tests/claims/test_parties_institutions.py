"""Parties, named institutions and modern titles (pipeline/data/actors/institutions.csv, gazetteer._TITLES):
a national party takes its state (ANNOTATION.md), a body named by its own name takes its state, "Ambassador X"
takes the title into the person's match, and party names that are also common words do not match as words.
Sentences are the tests' own."""
import pytest

pytest.importorskip("pipeline.claims.gazetteer")

from helpers import pipeline_claim, pipeline_claims  # noqa: E402


def codes(gaz, text, year=2025):
    return {m.surface: m.code for m in gaz.resolve_all(gaz.find(text, year=year))}


def test_party_demand_takes_its_state():
    text = "Taiwan's opposition KMT demanded that defence spending be held at 2.5 pct of GDP next year."
    c = pipeline_claim(text, "2.5 pct")
    assert c["actor_code"] == "TWN"


@pytest.mark.parametrize("text, surface, code", [
    ("The CDU and the SPD agreed to loosen the debt brake for defence.", "CDU", "DEU"),
    ("The CDU and the SPD agreed to loosen the debt brake for defence.", "SPD", "DEU"),
    ("Fidesz voted for the budget.", "Fidesz", "HUN"),
    ("The Kuomintang cut the special budget.", "Kuomintang", "TWN"),
    ("The People Power Party backed the increase.", "People Power Party", "KOR"),
    ("The Finns Party wants to cut development aid.", "Finns Party", "FIN"),
    ("The Lib Dems would raise taxes.", "Lib Dems", "GBR"),
    ("Spain's PP said the target was unrealistic.", "PP", "ESP"),
    ("In Warsaw, Law and Justice called for 5 pct.", "Law and Justice", "POL"),
])
def test_party_names_take_their_states(gaz, text, surface, code):
    assert codes(gaz, text)[surface] == code


def test_context_decided_party_needs_its_state_in_view(gaz):
    # "Vox" is also a news site: without Spain in the article it has no code
    assert codes(gaz, "Vox reported the figure.")["Vox"] is None
    assert codes(gaz, "In Spain, Vox opposed the plan.")["Vox"] == "ESP"
    assert codes(gaz, "The Conservative Party of Canada promised 2 pct.")["Conservative Party of Canada"] == "CAN"
    assert codes(gaz, "The Tories promised 3 pct.")["Tories"] == "GBR"


@pytest.mark.parametrize("text, surface, code", [
    ("The Seimas approved the defence budget.", "Seimas", "LTU"),
    ("The Riigikogu passed the bill.", "Riigikogu", "EST"),
    ("The Saeima voted on Thursday.", "Saeima", "LVA"),
    ("La Moncloa said the target would be met.", "La Moncloa", "ESP"),
    ("Malacañang said the plan was final.", "Malacañang", "PHL"),
    ("The Magyar Nemzeti Bank held rates.", "Magyar Nemzeti Bank", "HUN"),
    ("The Maritime Self-Defense Force will get new ships.", "Maritime Self-Defense Force", "JPN"),
    ("The Parliamentary Budget Officer expects a deficit.", "Parliamentary Budget Officer", "CAN"),
])
def test_institutions_by_their_own_names(gaz, text, surface, code):
    assert codes(gaz, text)[surface] == code


def test_ambassador_title_joins_the_person(gaz):
    ms = codes(gaz, "U.S. Ambassador George Glass urged Japan to spend more.")
    assert ms["Ambassador George Glass"] == "USA"
    assert ms["U.S."] == "USA"  # the state word stays a match of its own
    # "Glass" alone is too common a word to match; after the title it is the ambassador
    assert codes(gaz, "Ambassador Glass said so.")["Ambassador Glass"] == "USA"
    assert "Glass" not in codes(gaz, "Glass prices rose.")


@pytest.mark.parametrize("text", [
    "Labour costs rose 3 pct last year.",
    "Labour discipline is being tightened.",
    "The left wing of the party wants more.",
    "Reform of the pension system is due.",
    "Greens and blues were the colours of the season.".lower(),
])
def test_common_word_party_names_do_not_match(gaz, text):
    assert codes(gaz, text) == {}


def test_labour_as_a_party(gaz):
    assert codes(gaz, "The Labour government pledged 2.5 pct.")["Labour government"] == "GBR"
    # a labour movement's demands are no party's: bare "Labour" and "Labour's" are no aliases
    assert codes(gaz, "Labour's demands come as inflation rises.") == {}


@pytest.mark.parametrize("text", [
    "The Food and Agriculture Organization said it approved 2.5 mln dlrs of emergency food aid for flood victims in Chad.",
    "The World Food Programme said it would give 40 mln dlrs in food aid to Yemen.",
])
def test_un_agencies_are_the_un(text):
    aid = [c for c in pipeline_claims(text) if c["metric"] == "development_aid"]
    assert aid and aid[0]["actor_code"] == "UN"
