"""An institution several states have ("the House of Commons": GBR or CAN) counts as the story's state in the look-back
for the state named last, as it does among its own sentence's names (sentences written for these tests)."""
from pipeline.claims.roles import ArticleContext
from tests.claims.helpers import Sentence


def test_previous_state_reads_a_shared_institution_in_the_storys_state():
    text = ("Canada's finance minister spoke in Ottawa on Tuesday. Most taxpayers will gain, he told the House of "
            "Commons. The top rate will be 29 pct.")
    parts = ["Canada's finance minister spoke in Ottawa on Tuesday.", "Most taxpayers will gain, he told the House "
             "of Commons.", "The top rate will be 29 pct."]
    sentences, pos = [], 0
    for k, p in enumerate(parts):
        a = text.index(p, pos)
        sentences.append(Sentence(k, a, a + len(p)))
        pos = a + len(p)
    ctx = ArticleContext({"text": text, "title": "CANADA CUTS TAX RATES", "published": None, "article_id": "t"}, sentences)
    assert ctx.previous_state(text.index("29 pct")) == "CAN"


def test_the_default_reading_stays_where_the_story_names_no_candidate():
    text = "The budget was debated in the House of Commons on Tuesday. The top rate will be 40 pct."
    a = text.index("The top")
    sentences = [Sentence(0, 0, a - 1), Sentence(1, a, len(text))]
    ctx = ArticleContext({"text": text, "title": None, "published": None, "article_id": "t"}, sentences)
    assert ctx.previous_state(text.index("40 pct")) == "GBR"
