""""the fund" in lower case is the IMF in an article that names the IMF (ambiguous.csv, policy "named"); in an article
without the IMF it is no entity at all (a sovereign, pension or insurance fund stays no one, and lets no claim through).
Own sentences."""
import pytest

DEBT = ("Argentina's public debt stood at about 80% of GDP last year, the ministry said, while the fund expects it to fall"
        " to 70% by 2028.")


def _roles(text, figure):
    pytest.importorskip("pipeline.claims.gazetteer")
    from helpers import pipeline_claims
    (c,) = [c for c in pipeline_claims(text) if c["figure_text"] == figure]
    return c["metric"], c["actor_code"], c["target_code"]


def test_the_fund_is_the_imf_the_article_names():
    text = "The International Monetary Fund approved a 20 billion dollar loan for Argentina on Friday. " + DEBT
    assert _roles(text, "70%") == ("public_debt", "IMF", "ARG")
    assert _roles(text, "80% of GDP")[1:] == ("ARG", "ARG")  # the ministry's level stays the state's


def test_the_fund_is_no_one_without_the_imf():
    assert _roles(DEBT, "70%") == ("public_debt", "ARG", "ARG")


def test_an_unnamed_fund_is_no_entity():
    pytest.importorskip("pipeline.claims.gazetteer")
    from pipeline.claims import gazetteer
    text = "Pension savers will pay 2% more into the fund next year, the insurer said."
    gaz = gazetteer.load_gazetteer()
    (match,) = [m for m in gaz.find(text, 0, len(text)) if m.surface == "the fund"]
    assert gaz.named_only(match) and gaz.resolve(match, []) is None
