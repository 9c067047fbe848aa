"""Uncoded speakers introduced by name (sentences written for these tests): "economist Jane Doe said" is an economist
speaking, whatever state the sentence names; and "said that Chile's request ..." names no speaker after the verb (a
possessive name owns the noun after it)."""
from tests.claims.helpers import pipeline_claims


def _claim(text, figure):
    return next(c for c in pipeline_claims(text) if figure in c["figure_text"])


def test_a_named_economist_is_no_coded_speaker():
    c = _claim("Chile should keep its tariffs on imported grain below 12 pct, trade economist Laura Mendes said on "
               "Monday.", "12 pct")
    assert c["actor_code"] is None


def test_a_named_analyst_at_a_firm_is_no_coded_speaker():
    c = _claim("Senior analyst Tom Reilly said the Irish budget deficit would reach 2.4 billion punts next year.",
               "2.4 billion")
    assert c["actor_code"] is None
    assert c["target_code"] == "IRL"


def test_a_minister_named_with_his_title_still_speaks_for_his_state():
    c = _claim("Finance Minister Ruth Richardson said New Zealand's budget deficit would narrow to 1.2 billion dlrs.",
               "1.2 billion")
    assert c["actor_code"] == "NZL"


def _reporter(text):
    from pipeline.claims.roles import ArticleContext
    from tests.claims.helpers import one_sentence

    sentences = one_sentence(text)
    return ArticleContext({"text": text, "title": None, "published": None, "article_id": "t"}, sentences).reporter(sentences[0])


def test_a_possessive_name_after_said_that_is_no_inverted_speaker():
    who = _reporter("Mills, a member of a private task force, said that Chile's request would mean new credit of "
                    "three billion dlrs.")
    assert who is None or who.code != "CHL"


def test_a_name_after_said_is_still_the_inverted_speaker():
    who = _reporter("The deficit will narrow to three billion dlrs next year, said the Chilean finance ministry.")
    assert who is not None and who.code == "CHL"
