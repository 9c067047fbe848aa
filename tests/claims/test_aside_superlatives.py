"""An apposition ranking the subject (", the weakest spender after Belgium,") is an aside between commas, no subject:
its superlatives are those of superlatives.csv (the same list that marks an organisation as the set a superlative ranks
within), plus "most", "least" and "only" (roles.aside_regex). Own sentences; the end-to-end ones need the gazetteer."""
import pytest

from pipeline.claims import roles
from pipeline.claims.lexicon import read_rows


@pytest.mark.parametrize("word", [r["word"] for r in read_rows("superlatives.csv")] + ["most", "least", "only"])
def test_every_superlative_of_the_list_opens_an_aside(word):
    text = f"Canada, the {word} spender after Belgium, pledged to reach 2% of GDP."
    m = roles.aside_regex().search(text)
    assert m is not None and m.group() == f", the {word} spender after Belgium,"


def test_a_ranked_apposition_with_a_prefix_and_a_hyphen():
    text = "Poland, the second fastest-growing economy of the European Union, plans to spend 4.7% of GDP on defence."
    assert roles.aside_regex().search(text).group() == ", the second fastest-growing economy of the European Union,"


def test_no_aside_without_a_superlative_or_an_aside_word():
    aside = roles.aside_regex()
    assert aside.search("Canada, the spender after Belgium, pledged to reach 2% of GDP.") is None
    assert aside.search("In Ottawa, the finance ministry said on Tuesday, Canada pledged 2% of GDP.") is None
    assert aside.search("Canada, the weakest spender after Belgium pledged 2% of GDP.") is None  # (not closed)


@pytest.mark.parametrize("text, figure, roles_expected", [
    # the name inside the apposition is neither the subject nor the owner
    ("Canada, the weakest spender after Belgium, pledged to reach 2% of GDP by 2032.", "2%", ("CAN", "CAN")),
    ("Japan, the strongest ally of the United States in Asia, plans to raise defence spending to 2% of GDP by 2027.", "2%",
     ("JPN", "JPN")),
    ("Poland, the fastest-growing economy of the European Union, plans to spend 4.7% of GDP on defence next year.", "4.7%",
     ("POL", "POL")),
    ("Spain, the lowest spender after Belgium, pledged to reach 2% of GDP by 2029.", "2%", ("ESP", "ESP")),
])
def test_the_subject_stands_before_the_ranked_apposition(text, figure, roles_expected):
    pytest.importorskip("pipeline.claims.gazetteer")
    from helpers import pipeline_roles
    assert pipeline_roles(text, figure) == roles_expected
