"""Names that mean two things: a chamber several states have, a party name shared across states, a surname that is a
country's name, a surname shared by office holders of two states (pipeline/claims/gazetteer.py, data/actors/)."""
from helpers import found  # noqa: E402


def _resolved(gaz, text, year):
    ms = gaz.find(text, year=year)
    ctx = gaz.context_codes(ms)
    return [(m.surface, m.kind, gaz.resolve(m, ctx)) for m in ms]


def test_senate_is_the_story_states_when_it_has_one(gaz):
    text = ("Nigerian lawmakers in Abuja debated the 2025 budget on Wednesday. The Senate passed the spending bill, "
            "and Nigeria's finance minister welcomed the vote.")
    got = _resolved(gaz, text, 2025)
    assert ("Senate", "institution", "NGA") in got
    # a story of a state whose upper house is no Senate in English keeps the U.S. default ...
    got = _resolved(gaz, "Germany's cabinet agreed the budget. The Senate in Washington also voted.", 2025)
    assert ("Senate", "institution", "USA") in got
    # ... and a chamber that did not sit in the story's year is no candidate: Nigeria's Senate sits from 1999
    s = found(gaz, "Nigeria's military government said the Senate would be restored.", 1987)["Senate"]
    assert "NGA" not in s.candidates and "USA" in s.candidates
    assert gaz.resolve(s, ["NGA", "NGA"]) == "USA"
    s = found(gaz, "Kenya's Senate approved the county revenue bill.", 2024)["Senate"]
    assert s.code == "KEN"  # "<state>'s Senate": the state right before it


def test_senate_candidates_with_spans_parse(gaz):
    e = gaz.entries["Senate"]
    assert {"USA", "NGA", "KEN", "BEL", "EGY"} <= set(e.candidates)
    assert e.cand_years["NGA"] == ((1979, 1983), (1999, 9999)) and e.cand_years["EGY"] == ((2020, 9999),)
    assert list(e.candidates).count("NGA") == 1
    s = found(gaz, "Lagos said the Senate would vote.", 1981)["Senate"]  # the Second Republic's Senate
    assert "NGA" in s.candidates
    assert "USA" not in e.cand_years


def test_party_name_shared_by_two_states_needs_the_states(gaz):
    got = _resolved(gaz, "In Rabat, the Justice and Development Party said Morocco should tax banks more.", 2025)
    assert ("Justice and Development Party", "institution", "MAR") in got
    got = _resolved(gaz, "Ankara's Justice and Development Party backed Turkey's new budget.", 2025)
    assert ("Justice and Development Party", "institution", "TUR") in got
    got = _resolved(gaz, "The Justice and Development Party said the vote was fair.", 2025)
    assert ("Justice and Development Party", "institution", None) in got  # neither state named: no guess
    got = _resolved(gaz, "The PJD, Morocco's main Islamist party, opposed the finance bill.", 2025)
    assert ("PJD", "institution", "MAR") in got
    assert ("PJD", "institution", None) in _resolved(gaz, "The PJD opposed the bill.", 2025)


def test_surname_that_is_a_country_reads_by_its_cues(gaz):
    text = ("Portugal will bring forward its defence target, Prime Minister Luis Montenegro said in Lisbon. "
            "Montenegro, who leads a centre-right minority government, said the money would come from the budget.")
    got = _resolved(gaz, text, 2025)
    assert ("Montenegro", "person", "PRT") in got
    assert ("Montenegro", "country", "MNE") not in got
    f = found(gaz, "Portugal's budget was defended by Prime Minister Montenegro in parliament.", 2025)
    assert f["Prime Minister Montenegro"].code == "PRT"
    f = found(gaz, "On Friday Montenegro, the prime minister, said taxes would fall.", 2025)
    assert f["Montenegro"].code == "PRT" and f["Montenegro"].kind == "person"
    # the country stays the country: a NATO list, a Balkan story, and any year before he took office
    got = _resolved(gaz, "Portugal, Spain and Montenegro spend less than 2% of GDP on defence.", 2025)
    assert ("Montenegro", "country", "MNE") in got
    got = _resolved(gaz, "Podgorica wants to join the EU by 2028. Montenegro said it would close all chapters.", 2025)
    assert ("Montenegro", "country", "MNE") in got
    got = _resolved(gaz, "Lisbon hosted talks. Montenegro said it would join NATO.", 2015)
    assert ("Montenegro", "country", "MNE") in got
    # before a verb of saying, the story's states decide
    got = _resolved(gaz, "Portugal's government approved the plan in Lisbon. Montenegro said it was prudent.", 2025)
    assert ("Montenegro", "country", "PRT") in got
    # "the Montenegro government" is Montenegro's (no "<surname> government" alias for a country's name)
    assert found(gaz, "The Montenegro government said.", 2025)["government"].code == "MNE"


def test_surname_shared_by_two_states_office_holders(gaz):
    got = _resolved(gaz, "Singapore's budget was presented by Prime Minister Lawrence Wong. Wong said the surplus "
                         "would be small.", 2025)
    assert ("Wong", "person", "SGP") in got
    got = _resolved(gaz, "Australia's Foreign Minister Penny Wong flew to Jakarta. Wong said aid would rise.", 2025)
    assert ("Wong", "person", "AUS") in got
    got = _resolved(gaz, "Hong Kong shares fell. Wong, a fund manager, said banks led the decline.", 2025)
    assert ("Wong", "person", None) in got  # neither state named: no one


def test_whole_pipeline_takes_the_story_states_chamber_and_party():
    from helpers import pipeline_roles

    text = ("Nigeria's government presented a budget of 49.7 trillion naira in Abuja on Wednesday. "
            "The Senate approved a deficit ceiling of 3% of GDP for the year, Nigerian officials said.")
    assert pipeline_roles(text, "3% of GDP")[0] == "NGA"
    text = ("Morocco's government plans to raise defence spending by 10% next year, officials in Rabat said. "
            "The Justice and Development Party said the budget deficit should stay under 3.5% of GDP.")
    assert pipeline_roles(text, "3.5% of GDP") == ("MAR", "MAR")
    text = ("Portugal will reach NATO's target this year, the government in Lisbon said. "
            "Montenegro, who leads the government, said defence spending would rise to 2% of GDP.")
    assert pipeline_roles(text, "2% of GDP") == ("PRT", "PRT")
