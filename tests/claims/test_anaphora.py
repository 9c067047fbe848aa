"""anaphora.resolve, as ArticleContext.entities calls it: each uncoded group word, government word and pronoun of a
sentence takes the code of what it stands for (sentences written for these tests; needs the gazetteer)."""
import pytest

pytest.importorskip("pipeline.claims.gazetteer")

from pipeline.claims import anaphora  # noqa: E402
from pipeline.claims.roles import ArticleContext  # noqa: E402
from tests.claims.helpers import Sentence  # noqa: E402


def _context(parts: list[str], title: str | None = None) -> tuple[ArticleContext, list]:
    text = " ".join(parts)
    sentences, pos = [], 0
    for k, p in enumerate(parts):
        a = text.index(p, pos)
        sentences.append(Sentence(k, a, a + len(p)))
        pos = a + len(p)
    return ArticleContext({"text": text, "title": title, "published": None, "article_id": "t"}, sentences), sentences


def _code_of(ctx: ArticleContext, sentence, surface: str) -> str | None:
    return next(e.code for e in ctx.entities(sentence) if e.surface == surface)


def test_it_after_a_lenders_verb_of_saying_is_the_lender():
    ctx, sentences = _context(["Ghana asked for help with its debts in March.",
                               "The World Bank said it would lend Ghana 250 million dollars."])
    assert _code_of(ctx, sentences[1], "it") == "WORLD_BANK"


def test_it_after_a_states_verb_of_saying_is_that_state_not_the_one_named_last():
    ctx, sentences = _context(["Lithuania, which borders Belarus, said it would spend 5% of GDP on defence."])
    assert _code_of(ctx, sentences[0], "it") == "LTU"


def test_a_possessive_pronoun_takes_the_state_named_before_it():
    ctx, sentences = _context(["Norway raised its defence budget again this year."])
    assert _code_of(ctx, sentences[0], "its") == "NOR"


def test_a_government_word_takes_the_state_named_right_before_it():
    ctx, sentences = _context(["The Japanese finance ministry expects a smaller deficit next year."])
    assert _code_of(ctx, sentences[0], "finance ministry") == "JPN"


def test_resolve_leaves_coded_names_as_they_are_and_codes_the_rest():
    ctx, sentences = _context(["Portugal said its deficit would fall."])
    found = [e._replace(code=None) if e.kind == "pronoun" else e for e in ctx.entities(sentences[0])]
    resolved = anaphora.resolve(ctx, sentences[0], found)
    assert [(e.surface, e.code) for e in resolved] == [(e.surface, e.code) for e in ctx.entities(sentences[0])]
    assert ("its", "PRT") in [(e.surface, e.code) for e in resolved]


def test_it_after_an_unlisted_name_saying_is_no_state():
    # "<Firm> said (in a statement) it ...": a name the gazetteer does not hold speaks; "it" is that firm, no state
    text = "Calder Mining said in a statement it will spend about 5.5 mln dlrs in Australia."
    ctx = ArticleContext({"text": text, "title": "AUSTRALIAN MINER", "published": None, "article_id": "t"},
                         [Sentence(0, 0, len(text))])
    its = [e for e in ctx.entities(Sentence(0, 0, len(text))) if e.surface == "it"]
    assert its and its[0].code is None


def test_a_place_where_a_firm_is_based_is_no_actor():
    text = "The London-based think tank said the deficit would reach 4%."
    ctx = ArticleContext({"text": text, "title": None, "published": None, "article_id": "t"}, [Sentence(0, 0, len(text))])
    assert all(e.code != "GBR" for e in ctx.entities(Sentence(0, 0, len(text))))
