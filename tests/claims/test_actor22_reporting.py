"""Actor and target of figures in 2025 defence and fiscal reporting (session 22, actor22): every sentence of
``actor22_cases.CASES`` (the helper's own sentences: a party's leader for a coalition, a ministry's spokesperson, a
building as the government, a title after the state is named, the alliance restating a state's figure, "its" after an
organisation is named between, quotes with the speaker after, one state's figure in another's mouth, a surname people.csv
does not let stand alone) with the actor and target ANNOTATION.md gives it, run through the whole pipeline. Constructions
the pipeline does not read yet are strict xfails with the reason, so a fix shows up as an XPASS."""
import pytest

pytest.importorskip("pipeline.claims.gazetteer")

from actor22_cases import CASES  # noqa: E402
from helpers import assert_roles, every_not_yet_names_a_case, pipeline_claims, role_case_params  # noqa: E402

TITLE = "Defence and budgets"

# constructions not read yet: a sentence part -> why
NOT_YET = {}  # ("European allies have to spend ...," said the U.S. defense secretary: read since left22, othersduty.py)


@pytest.mark.parametrize("text,fig,actor,target", list(role_case_params(CASES, NOT_YET)))
def test_actor_and_target(text, fig, actor, target):
    assert_roles(text, fig, actor, target, TITLE)


def test_every_not_yet_entry_names_a_case():
    assert every_not_yet_names_a_case(CASES, NOT_YET) and len(CASES) >= 120


def test_introduced_surname_before_a_later_name():
    """An official introduced with his state and named again by surname before another state in the same sentence is
    still a speaker ("Smithers said Japan should ..."): the surname was dropped as overlapping the later name."""
    text = ("Japan's defence budget is under pressure from Washington. U.S. Ambassador Fred Smithers spoke in Tokyo on "
            "Tuesday. Smithers said Japan should spend 3.5% of GDP on defence.")
    found = [c for c in pipeline_claims(text, TITLE) if "3.5%" in c["figure_text"]]
    assert found and (found[0]["actor_code"], found[0]["target_code"]) == ("USA", "JPN")


def test_guarded_surname_left_alone_when_a_common_word():
    """A surname people.csv does not let stand alone stays no one when the article also uses it as a lower-case word."""
    from datetime import datetime, timezone

    from pipeline.claims.roles import ArticleContext
    from pipeline.segment import split_sentences

    text = ("Japan's budget is under pressure. U.S. Ambassador George Glass spoke in Tokyo. The glass ceiling remains. "
            "Glass said Japan should spend 3.5% of GDP.")
    ctx = ArticleContext({"article_id": "t", "text": text, "title": TITLE,
                          "published": datetime(2025, 6, 1, tzinfo=timezone.utc)}, split_sentences(text))
    assert "Glass" not in ctx.introduced()
    text2 = text.replace("The glass ceiling remains. ", "")
    ctx2 = ArticleContext({"article_id": "t", "text": text2, "title": TITLE,
                           "published": datetime(2025, 6, 1, tzinfo=timezone.utc)}, split_sentences(text2))
    assert ctx2.introduced().get("Glass", (0, None))[1] == "USA"
