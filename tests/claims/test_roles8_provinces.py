"""A Canadian province's government and budget take CAN (ANNOTATION.md, fresh claim_type set 7); "British Columbia" is
the province, not Britain (sentences written for these tests)."""
from pipeline.claims.gazetteer import load_gazetteer
from tests.claims.helpers import pipeline_claims


def test_a_provincial_budget_is_canadas():
    text = ("The Manitoba provincial government will raise its corporate tax rate to 14 pct from 12 pct under the "
            "budget presented today, the provincial finance minister said.")
    c = next(c for c in pipeline_claims(text) if c["figure_text"].startswith("14"))
    assert c["target_code"] == "CAN"


def test_british_columbia_is_not_britain():
    codes = {m.code for m in load_gazetteer().find("British Columbia's budget deficit") if m.code}
    assert codes == {"CAN"}
