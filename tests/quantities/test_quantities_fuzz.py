"""Property test: any text, no exception; mentions are well formed."""
import math

from hypothesis import given, settings, strategies as st

from pipeline.quantities import find_mentions
from pipeline.segment import split_sentences

PIECES = st.sampled_from([
    " ", "\n", "\n    ", ".", ",", "-", "%", "$", "£", "€", "¥", "US$", "EUR", "(", ")", "5", "3.5", "1,234",
    "2-3", "5-3/4", "1/2", "½", "minus", "between", "and", "to", "at least", "up to", "about", "pct",
    "per cent", "percent", "percentage points", "point", "mln", "bln", "billion", "bn", "m", "dlrs",
    "yen", "stg", "cts", "of GDP", "of its GNP", "five", "half a", "three-quarters of a", "rose",
    "fell by", "rise", "Mr.", "U.S.", "Inc.", "The", "said", "\u2212", "0", "999999999999999", "e",
])


@settings(max_examples=300, deadline=None)
@given(st.lists(PIECES, max_size=40).map(" ".join) | st.text(max_size=200))
def test_random_text_never_raises_and_mentions_are_well_formed(text):
    sentences = split_sentences(text)
    for s in sentences:
        assert text[s.start:s.end] == text[s.start:s.end].strip() != ""
    for m in find_mentions(text, sentences):
        assert m["surface"] == text[m["char_start"]:m["char_end"]]
        assert m["surface"]
        for key in ("value", "value_low", "value_high"):
            assert math.isfinite(m[key])
        assert m["value_low"] <= m["value"] <= m["value_high"]
        assert m["unit"] in ("percent", "percentage_points", "currency")
        assert m["bound"] in ("exact", "at_least", "at_most", "about", "range")
        assert m["change"] in (None, "up", "down")
        assert m["basis"] in (None, "GDP", "GNP", "GNI", "NNI")
        assert (m["currency"] is None) == (m["unit"] != "currency")
        assert 0 <= m["sentence_index"] < len(sentences)


def test_hostile_inputs_run_in_linear_time():
    import time

    for text in ("1 point " * 20000, "5-" * 50000, "five pct " * 10000, "$5 to $6 between 1 and 2 pct " * 5000,
                 " ".join(["1"] * 50000), "Mr. " * 30000, "." * 100000, "3% of GDP from 2% " * 5000):
        started = time.process_time()
        sentences = split_sentences(text)
        find_mentions(text, sentences)
        assert time.process_time() - started < 10, text[:20]
