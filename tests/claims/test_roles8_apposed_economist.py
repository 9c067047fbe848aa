"""An economist or analyst introduced in apposition ("Peter Jones, chief economist at a bank, said", "said Peter Jones,
an analyst with a stockbroker") is an uncoded speaker: the figures they forecast have no actor, nor do the ones their
"he said" goes on with; a coded body's staff ("an economist at the IMF") and the owner's own forecast named in their
sentence ("the government's 1.3 billion forecast") stay coded (sentences written for these tests)."""
from tests.claims.helpers import article_claims, pipeline_claims


def _claim(text, figure):
    return next(c for c in pipeline_claims(text) if c["figure_text"].startswith(figure))


def test_an_economist_in_apposition_before_the_verb():
    c = _claim("Peter Jones, chief economist at Barings, said the Irish budget deficit would reach 2.4 billion punts "
               "next year.", "2.4 billion")
    assert c["actor_code"] is None
    assert c["target_code"] == "IRL"


def test_an_analyst_in_apposition_after_the_verb():
    c = _claim("The Irish budget deficit will reach 2.4 billion punts next year, said Peter Jones, an analyst with a "
               "Dublin stockbroker.", "2.4 billion")
    assert c["actor_code"] is None


def test_his_later_he_said_stays_uncoded():
    claims = article_claims(["Peter Jones, an analyst with a Dublin stockbroker, said the outlook had darkened.",
                             "He said Ireland's public debt would rise to 25 billion punts."],
                            [(1, "25 billion punts", 25e9, "currency")])
    assert claims and claims[0]["actor_code"] is None


def test_an_economist_of_a_coded_organisation_stays_coded():
    c = _claim("Peter Jones, an economist at the IMF, said Ireland's budget deficit would reach 2.4 billion punts.",
               "2.4 billion")
    assert c["actor_code"] == "IMF"


def test_the_owners_own_forecast_in_an_economists_story_stays_the_owners():
    text = ("Mary Byrne, an economist at a Wellington broker, said taxes would have to rise. She added that the deficit "
            "could be much higher than the government's 1.3 billion dlr forecast.")
    c = _claim(text, "1.3 billion")
    assert c["actor_code"] == "NZL"
