"""A sentence whose only speaker is a news medium or an unnamed published report ("..., the newspaper reported", "news
agency PAP said", "..., the report said") and that names no coded voice (ministry, official, government, organisation)
gives the state's figure a null actor: the medium is no one the contract codes, and the state named only as the figure's
owner or subject states nothing (press_speakers.csv). A coded body acting in the sentence keeps it; a report that a coded
body of the article published stays that body's. Own sentences; needs the gazetteer."""
import pytest

pytest.importorskip("pipeline.claims.gazetteer")

from helpers import pipeline_claim  # noqa: E402


def roles(text, figure):
    c = pipeline_claim(text, figure)
    return (c["actor_code"], c["target_code"], c["claim_type"])


def test_newspaper_relaying_a_state_plan():
    text = "MADRID, May 4 - Spain's defence budget will rise to 1.9% of GDP next year, the newspaper Diario Uno reported on Monday."
    actor, target, _ = roles(text, "1.9% of GDP")
    assert (actor, target) == (None, "ESP")


def test_news_agency_relaying_a_forecast():
    text = "WARSAW, May 4 - Poland's budget deficit will widen to 6.6% of GDP next year, news agency KPX said."
    assert roles(text, "6.6% of GDP")[:2] == (None, "POL")


def test_inverted_media_speaker():
    text = "ROME, May 4 - Italy's deficit will fall to 2.9% of GDP in 2026, said the daily Corriere Nuovo."
    assert roles(text, "2.9% of GDP")[:2] == (None, "ITA")


def test_unnamed_report_owned_by_no_one():
    text = ("OSLO, May 4 - Norway's aid budget will reach 1.1% of gross national income by 2027, the report said. "
            "It was written by three academics.")
    assert roles(text, "1.1% of gross national income")[:2] == (None, "NOR")


def test_government_acting_keeps_the_state():
    # the government is the subject of the plan: its commitment, whoever reports it
    text = "ROME, May 4 - Italy's government plans to cut the deficit to 2.8% of GDP next year, the newspaper Corriere Nuovo reported."
    assert roles(text, "2.8% of GDP")[:2] == ("ITA", "ITA")


def test_report_of_a_coded_body_stays_its_own():
    # the report is the ministry's, named as the speaker of the sentence before
    text = ("TOKYO, May 4 - Japan's finance ministry said on Monday the yen would stay stable. "
            "A weaker dollar would cut Japan's current account surplus to 2.5% of GNP by 1993, the report said.")
    assert roles(text, "2.5% of GNP")[0] == "JPN"


def test_said_in_a_statement_is_no_inverted_press_speaker():
    # "in a statement" after the verb is how the bank spoke, not a speaker after an inverting verb
    text = ("VIENNA, May 4 - Austria's current account showed a deficit of 300 mln schillings in April, the bank said in a "
            "statement.")
    assert roles(text, "300 mln")[0] == "AUT"


def test_unowned_statement_speaks_for_no_one():
    text = ("JAKARTA, May 4 - Donors met in The Hague this week. Indonesia will receive 2.5 billion dlrs in aid this year, "
            "the statement said.")
    assert roles(text, "2.5 billion")[:2] == (None, "IDN")
