"""The contract's worked example (the seed article) and an own-written article of the same shape."""
import pytest

from pipeline.evaluation import corpora

FIELDS = ("value", "metric", "claim_type", "actor_code", "target_code", "basis", "compared_to", "attributed_to",
          "hedged", "negated")


def run_pipeline(text: str, title=None) -> list[dict]:
    segment = pytest.importorskip("pipeline.segment")
    quantities = pytest.importorskip("pipeline.quantities")
    from pipeline.claims import find_claims

    sentences = segment.split_sentences(text)
    mentions = quantities.find_mentions(text, sentences)
    for k, m in enumerate(mentions):
        m["mention_id"] = f"m{k}"
    return find_claims({"text": text, "title": title, "published": None, "article_id": "t"}, sentences, mentions)


def rows(claims):
    return [tuple(c[f] for f in FIELDS) for c in claims]


@pytest.mark.skipif(corpora.corpora_dir() is None, reason="shared corpora absent")
def test_seed_worked_example():
    claims = run_pipeline(corpora.document_text("seed"))
    assert rows(claims) == [
        (3.5, "defense_spending", "demand", "USA", "JPN", "GDP", 3.0, "Financial Times", False, False),
        (3.0, "defense_spending", "proposal", "USA", "JPN", "GDP", None, None, False, False),
        (5.0, "defense_spending", "demand", "USA", "JPN", "GDP", None, "Nikkei", False, False),
        (5.0, "defense_spending", "demand", "USA", "NATO", "GDP", 2.0, None, True, False),
        (2.0, "defense_spending", "benchmark", claims[4]["actor_code"], "NATO", claims[4]["basis"], None, None, False, False),
    ]
    assert claims[4]["actor_code"] in ("NATO", None) and claims[4]["basis"] in ("GDP", None)
    assert claims[0]["figure_text"] == "3.5% of its GDP"
    assert [c["figure_text"] for c in claims[2:4]] == ["5% of GDP", "5% of GDP"]


OWN = """Cold Front: Ruritania Skips Defence Talks With Berlin

Ruritania has postponed a planned defence dialogue with Germany after pressure from the German government to raise its military outlays, according to a Handelsblatt report on Monday.

Sources say Ruritania withdrew after Germany demanded Vienna lift its defence budget to 2.5% of its GDP, far above a previously suggested 2%.

In a sharper turn, the Le Monde newspaper reported that the German government had even pushed for 4% of GDP in defence spending from its eastern partners, including Poland.

The dispute comes ahead of a NATO meeting in Brussels, where Chancellor Olaf Scholz is expected to repeat his demands that European allies commit 4% of GDP to defence, a big rise from the 2% standard.

Shares in arms makers rose 3% on the news, and the Ruritanian economy grew 1.2% last year.
"""


def test_own_article_of_seed_shape():
    pytest.importorskip("pipeline.claims.gazetteer")
    claims = run_pipeline(OWN)
    scored = [c for c in claims if c["metric"] == "defense_spending"]
    assert [(c["value"], c["claim_type"], c["actor_code"]) for c in scored] == [
        (2.5, "demand", "DEU"), (2.0, "proposal", "DEU"), (4.0, "demand", "DEU"), (4.0, "demand", "DEU"),
        (2.0, "benchmark", scored[4]["actor_code"])]
    assert [c["target_code"] for c in scored] == ["AUT", "AUT", "POL", "NATO", "NATO"]
    assert scored[0]["attributed_to"] == "Handelsblatt" and scored[2]["attributed_to"] == "Le Monde"
    assert scored[3]["hedged"] is True and scored[3]["compared_to"] == 2.0
    assert scored[0]["compared_to"] == 2.0 and scored[1]["basis"] == "GDP"
    # the share price and growth figures are not defence claims
    assert all(c["metric"] in ("defense_spending", "gdp_growth") for c in claims)
