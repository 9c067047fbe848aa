"""Cheap necessary tests asked before costly work (speed only: the claims are those without them)."""
from pipeline.claims import aid
from helpers import mention, one_sentence


def _bilateral(text: str, surface: str):
    ms = [mention(text, surface, 1e8, "currency")]
    state = {"ctx": None, "last_metric": None}
    article = {"text": text, "title": None, "published": None, "article_id": "t"}
    sentence = one_sentence(text)[0]
    found = aid.bilateral_transfers(text, sentence, ms, state, article, one_sentence(text))
    return found, state["ctx"]


def test_a_transfer_word_with_a_receiver_and_sum_after_it_is_read():
    found, ctx = _bilateral("Japan will give Indonesia an additional 300 mln dlrs, officials said.", "300 mln dlrs")
    assert [f.entry["cue"] for f in found] == ["give"] and ctx is not None


def test_no_entities_built_for_a_transfer_word_with_no_receiver_room():
    # the word closes a phrase ("give,") or comes after the last sum: no state can receive a sum from it
    for text, surface in (("Washington will give, officials said, 57 mln dlrs for wheat.", "57 mln dlrs"),
                          ("Tokyo had 300 mln dlrs to lend.", "300 mln dlrs")):
        assert list(aid._transfer_words().finditer(text))  # (a transfer word stands in it)
        found, ctx = _bilateral(text, surface)
        assert found == [] and ctx is None, text
