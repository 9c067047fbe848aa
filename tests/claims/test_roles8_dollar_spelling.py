"""Reuters writes the U.S. currency "U.S. Dlrs" / "U.S. dlrs": a currency, like "U.S. dollars", never a mention of the
United States that could make it a story's state (sentences written for these tests)."""
from pipeline.claims.gazetteer import load_gazetteer
from tests.claims.helpers import pipeline_claims


def test_reuters_dollar_spellings_name_no_state():
    gaz = load_gazetteer()
    for text in ("The rupee firmed to 13.10 per U.S. Dlrs on Monday.", "exports worth 40 mln U.S. dlrs",
                 "LOANS OF 3 BILLION U.S. DLRS", "a rate of 1.45 per U.S. Dlr"):
        assert not [m for m in gaz.find(text) if m.code == "USA"], text


def test_the_united_states_is_still_named():
    gaz = load_gazetteer()
    assert [m for m in gaz.find("The U.S. Treasury said the U.S. deficit was 12 billion dlrs.") if m.code == "USA"]


def test_a_foreign_current_account_quoted_in_us_dollars_stays_the_story_state():
    text = ("Kenya's current account deficit widened to 310 mln dlrs in the third quarter from 190 mln, the central "
            "bank said. The shilling eased to 16.2 per U.S. Dlrs on the news. The central bank said the deficit would "
            "narrow to 250 mln U.S. Dlrs next quarter.")
    c = next(c for c in pipeline_claims(text) if c["figure_text"].startswith("250"))
    assert c["target_code"] == "KEN"
