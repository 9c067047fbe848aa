""""His country", "her country": the state of the person named last (not an organisation named after the figure); a verb
that only carries a stance noun ("Trump made the same 10% demand", "Paris tabled a proposal of 1.1%") gives the noun's
stance to its subject. Own sentences; needs the gazetteer."""
import pytest

pytest.importorskip("pipeline.claims.gazetteer")

from helpers import pipeline_claim  # noqa: E402


def test_his_country_is_the_speakers_state():
    text = ("Prime Minister Giorgia Meloni told reporters in Rome that defence spending of 2% of GDP was enough for her "
            "country this year, despite pressure from the alliance.")
    c = pipeline_claim(text, "2% of GDP")
    assert c["target_code"] == "ITA"


def test_a_light_verb_subject_takes_the_stance_noun():
    text = ("Taiwan plans to spend 3.3% of GDP on defence next year. "
            "U.S. Senator Roger Wicker made the same 5% demand during a visit to Taipei in May.")
    c = pipeline_claim(text, "5%")
    assert c["actor_code"] == "USA"
    assert c["target_code"] == "TWN"
