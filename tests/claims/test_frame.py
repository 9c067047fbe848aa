"""find_claims as a whole: record shape, purity, offsets, robustness."""
from hypothesis import given, settings, strategies as st

from helpers import Sentence, claims_of, mention
from pipeline.claims import find_claims

CLAIM_KEYS = {"mention_id", "sentence", "char_start", "char_end", "figure_text", "value", "value_low", "value_high",
              "bound", "unit", "basis", "currency", "metric", "claim_type", "actor_text", "actor_code", "target_text",
              "target_code", "deadline_year", "compared_to", "attributed_to", "hedged", "negated", "confidence"}


def test_claim_record_shape_and_offsets():
    text = "The government pledged to cut the budget deficit to 2.9% of GDP by 2027, from 3.6% last year."
    claims = claims_of(text, mention(text, "2.9%", 2.9), mention(text, "3.6%", 3.6))
    assert len(claims) == 2
    for c in claims:
        assert set(c) == CLAIM_KEYS
        assert text[c["char_start"]:c["char_end"]] == c["figure_text"]
        assert 0 <= c["confidence"] <= 1
    assert claims[0]["deadline_year"] == 2027 and claims[0]["basis"] == "GDP"


def test_pure_same_input_same_output():
    text = "Ministers agreed a 5% cut in public spending. The deficit fell to 3.1%."
    sentences = [Sentence(0, 0, 44), Sentence(1, 45, len(text))]
    ms = [mention(text, "5%", 5), dict(mention(text, "3.1%", 3.1), sentence_index=1)]
    article = {"text": text, "title": None, "published": None, "article_id": "a"}
    first = find_claims(article, sentences, [dict(m) for m in ms])
    assert first == find_claims(article, sentences, [dict(m) for m in ms])
    assert [c["metric"] for c in first] == ["public_spending", "fiscal_deficit"]


def test_no_mentions_no_claims():
    assert find_claims({"text": "Nothing here.", "title": None, "published": None, "article_id": "a"},
                       [Sentence(0, 0, 13)], []) == []


words = st.sampled_from(["the", "budget", "deficit", "defence", "spending", "tariff", "pledged", "urged", "Japan",
                         "NATO", "allies", "its", "of", "GDP", "to", "from", "said", "shares", "profit", ",", "not",
                         "expected", "by", "2030", "Tokyo", "U.S.", "demanded", "standard", "previously", "suggested"])


@settings(max_examples=60, deadline=None)
@given(st.lists(words, min_size=1, max_size=25), st.lists(st.integers(0, 24), max_size=4))
def test_never_raises_and_claims_point_at_mentions(tokens, positions):
    parts, spans = [], []
    for i, tok in enumerate(tokens):
        if i in positions:
            start = sum(len(p) + 1 for p in parts)
            parts.append("3.5%")
            spans.append((start, start + 4))
        parts.append(tok)
    text = " ".join(parts)
    ms = [{"sentence_index": 0, "char_start": a, "char_end": b, "surface": text[a:b], "value": 3.5, "value_low": 3.5,
           "value_high": 3.5, "bound": "exact", "unit": "percent", "basis": None, "currency": None, "change": None,
           "parser": "test", "mention_id": f"m{a}"} for a, b in spans]
    claims = find_claims({"text": text, "title": None, "published": None, "article_id": "h"},
                         [Sentence(0, 0, len(text))], ms)
    ids = {m["mention_id"] for m in ms}
    for c in claims:
        assert c["mention_id"] in ids
        assert text[c["char_start"]:c["char_end"]] == c["figure_text"]
        assert c["char_start"] < c["char_end"] <= len(text)


def test_a_company_short_name_before_its_reporting_verb_is_found_as_the_pattern_of_its_names_would():
    """`_short_name_said` looks from each reporting verb back for a name instead of compiling a pattern of the
    article's names; it answers as that pattern (`\\bName\\b[^.;]{0,80}?\\bverb\\b`) does."""
    import regex

    from pipeline.claims.speakers import FIRM_VERBS, _short_name_said
    from pipeline.segment import split_sentences

    names = ["Ernst", "Westpac", "Young-Holt"]
    oracle = regex.compile(r"\b(?:" + "|".join(map(regex.escape, names)) + r")\b[^.;]{0,80}?\b" + FIRM_VERBS + r"\b")
    text = ("Westpac said the deficit would reach 2.5 billion dlrs. Westpacs forecast nothing. "
            "The Westpac economists, in a note to clients on the budget and its many revenue measures, said 3 pct. "
            "Ernst; said 4 pct. Young-Holt expects 5 pct. NotErnst said 6 pct. Westpac's view: the budget said 7 pct.")
    for s in split_sentences(text):
        expected = oracle.search(text, s.start, s.end) is not None
        assert _short_name_said(text, s, names) == expected, text[s.start:s.end]
    assert not _short_name_said(text, split_sentences(text)[0], [])
