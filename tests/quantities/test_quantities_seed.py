"""The seed article (from the shared corpora) and an own-written article of the same shape."""
import pytest

from .helpers import mentions


def _seed_text():
    from pipeline.evaluation.corpora import corpora_dir, document_text

    if corpora_dir() is None:
        pytest.skip("shared corpora absent")
    return document_text("seed")


EXPECTED = [("3.5%", 3.5, "GDP"), ("3%", 3.0, "GDP"), ("5%", 5.0, "GDP"), ("5%", 5.0, "GDP"), ("2%", 2.0, None)]


@pytest.mark.corpora
def test_seed_article_mentions():
    text = _seed_text()
    found = mentions(text)
    assert [(m["surface"], m["value"], m["basis"]) for m in found] == EXPECTED
    assert all(m["unit"] == "percent" and m["bound"] == "exact" for m in found)
    for m in found:
        assert text[m["char_start"]:m["char_end"]] == m["surface"]
    # the header, dates and other numbers are not quantities
    for bad in ("30.2 C", "2+2", "July 1", "third-ranking", "July 20", "2025"):
        start = text.find(bad)
        assert start >= 0
        assert not any(m["char_start"] < start + len(bad) and start < m["char_end"] for m in found), bad


OWN_ARTICLE = """28.4 C
Berlin
Monday, March 3, 2025

Allies Pressed Over Spending

- Advertisement -

Washington has urged Berlin to lift its military budget to 3.2% of its GDP, well above a previously discussed 2.5%.

The annual “3+3” talks, set for May 12, were postponed. Officials said a push for 4% of GDP came from the Pentagon's second-ranking official.

Leaders will meet on June 24, weeks before the 2% guideline review.
"""


def test_own_article_same_shape():
    found = mentions(OWN_ARTICLE)
    assert [(m["surface"], m["basis"]) for m in found] == [
        ("3.2%", "GDP"), ("2.5%", "GDP"), ("4%", "GDP"), ("2%", None)]
