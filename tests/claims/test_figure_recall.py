"""Figure recall: policy figures whose sentence has a metric cue that used to be read the wrong way (own sentences)."""
from helpers import Sentence, claims_of, mention


def _article(sentences_text: list[str], spec: list[tuple[int, str, float, str]], title=None) -> list[dict]:
    """Claims of a text of several sentences; spec: (sentence no, surface, value, unit)."""
    from pipeline.claims import find_claims

    text, sentences, offset = "", [], 0
    for k, s in enumerate(sentences_text):
        sentences.append(Sentence(k, offset, offset + len(s)))
        text += s + " "
        offset += len(s) + 1
    ms = []
    for k, surface, value, unit in spec:
        m = mention(text, surface, value, unit)
        m["sentence_index"] = k
        ms.append(m)
    return find_claims({"text": text, "title": title, "published": None, "article_id": "t"}, sentences, ms)


def _metrics(claims: list[dict]) -> dict:
    return {" ".join(c["figure_text"].split()): c["metric"] for c in claims}


# -- armed forces receiving a sum -----------------------------------------------------------------
def test_force_receiving_a_sum_needs_no_other_public_body():
    text = "The navy will receive around 400 million crowns more than this year."
    claims = claims_of(text, mention(text, "400 million crowns", 4e8, "currency"))
    assert [c["metric"] for c in claims] == ["defense_spending"]


def test_company_receiving_from_a_force_is_no_claim():
    for text, surface, value in [
            ("The shipyard will receive 300 million crowns from the navy.", "300 million crowns", 3e8),
            ("A former manager received a fine of 250,000 dollars for hiring an Air Force aide.", "250,000 dollars", 2.5e5)]:
        assert claims_of(text, mention(text, surface, value, "currency")) == []


# -- "a cut of", "repaying" -----------------------------------------------------------------------
def test_a_cut_of_a_share_in_a_deficit_story_is_a_spending_cut():
    claims = _article(["Ruritania's budget deficit will be 3.5 billion crowns this year, the ministry said.",
                       "A cut of more than two pct in real terms was needed to bring it lower, the bank said."],
                      [(0, "3.5 billion crowns", 3.5e9, "currency"), (1, "two pct", 2, "percent")])
    assert _metrics(claims) == {"3.5 billion crowns": "fiscal_deficit", "two pct": "public_spending"}


def test_repaying_in_a_debt_service_story_is_debt_service():
    claims = _article(["We will be repaying more than 13.5 billion shillings over four years, the president said."],
                      [(0, "13.5 billion shillings", 1.35e10, "currency")], title="RURITANIA DEBT SERVICING TO RISE")
    assert _metrics(claims) == {"13.5 billion shillings": "debt_service"}


def test_repaying_outside_a_policy_story_is_no_claim():
    text = "The retailer will be repaying 20 million dollars to its lenders."
    assert claims_of(text, mention(text, "20 million dollars", 2e7, "currency")) == []
