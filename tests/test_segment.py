"""Sentence segmentation: abbreviations, decimals, quotes, wire line wraps, exact offsets."""
import pytest
from hypothesis import given, settings, strategies as st

from pipeline.segment import Sentence, split_sentences


def texts(text):
    return [text[s.start:s.end] for s in split_sentences(text)]


def check_offsets(text):
    sentences = split_sentences(text)
    previous_end = 0
    for i, s in enumerate(sentences):
        assert isinstance(s, Sentence)
        assert s.index == i
        piece = text[s.start:s.end]
        assert piece and piece == piece.strip()
        assert s.start >= previous_end
        previous_end = s.end
    return sentences


@pytest.mark.parametrize("text", [
    "Mr. Smith met Gen. Jones and Sen. Brown. They talked.",
    "Rep. Ann Lee and Dr. Wu visited St. Louis. They left.",
    "It was No. 2 in the list of Jan. 5 results. Next came more.",
    "Acme Corp. agreed with Widget Inc. officials. The deal closed.",
    "Some costs, e.g. fuel, rose 3.5 pct last year. Others fell.",
    "The U.S. and the U.K. agreed on it. Talks end today.",
    "The rate was 3.5 pct, up from 3.25 pct. Analysts said 2.0 was next.",
])
def test_abbreviations_and_decimals_do_not_split(text):
    assert len(texts(text)) == 2
    check_offsets(text)


def test_weak_abbreviation_before_sentence_starter_splits():
    assert texts("It bought Acme Inc. The price was not disclosed.") == [
        "It bought Acme Inc.", "The price was not disclosed."]


def test_ellipsis():
    assert len(texts("He paused... then he left. Nobody followed.")) == 2
    assert texts("It was over… The end.") == ["It was over…", "The end."]


@pytest.mark.parametrize("close", ['"', "”", "’", "'"])
def test_closing_quote_after_period_stays_with_sentence(close):
    opening = {"”": "“", "’": "‘"}.get(close, close)
    text = f"He said {opening}we will pay.{close} Then he left."
    assert texts(text) == [f"He said {opening}we will pay.{close}", "Then he left."]


def test_reuters_line_wraps_and_paragraph_indent():
    text = (
        "The Bank of Japan said it will keep\nits discount rate at 2.5 pct for the\n"
        "time being, officials said.\n    It also said the U.S. dollar was stable\n"
        "against the yen.\n    Reuter"
    )
    got = texts(text)
    assert got[0] == ("The Bank of Japan said it will keep\nits discount rate at 2.5 pct for the\n"
                      "time being, officials said.")
    assert got[1] == "It also said the U.S. dollar was stable\nagainst the yen."
    assert got[2] == "Reuter"
    check_offsets(text)


def test_paragraph_start_without_period_ends_sentence():
    text = "Shr 1.20 dlrs vs 1.05 dlrs\n    Net 5.0 mln vs 4.1 mln\n    Revs 50 mln vs 45 mln"
    assert len(texts(text)) == 3


def test_blank_lines_and_markdown_headings():
    text = "### Budget talks\n\nThe government wants cuts\n\nIt said so.\n## Weather\nRain today."
    assert texts(text) == ["### Budget talks", "The government wants cuts", "It said so.",
                           "## Weather", "Rain today."]


def test_scraped_header_lines():
    text = "30.2 C\nNew York\nSaturday, June 21, 2025\n\nTensions Rise: Japan Cancels Meeting\n\nBody text here."
    got = texts(text)
    assert got[0] == "30.2 C"
    assert "Body text here." in got


def test_empty_and_whitespace():
    assert split_sentences("") == []
    assert split_sentences("   \n\n  ") == []
    assert texts("  one sentence without period  ") == ["one sentence without period"]


def test_offsets_random_mix():
    text = ("  Mr. A. B. Smith, of Acme Corp., said (on Jan. 5): “Sales rose 5.5%.” "
            "Profits?   Down!\n\nNext para... ok.\n    Indented line here.\r\n")
    check_offsets(text)


@pytest.mark.corpora
def test_seed_sentences():
    from pipeline.evaluation.corpora import corpora_dir, document_text

    if corpora_dir() is None:
        pytest.skip("shared corpora absent")
    text = document_text("seed")
    got = texts(text)
    assert any(s.startswith("But sources say Japan abruptly") and s.endswith("previously suggested 3%.")
               for s in got)
    assert any(s.startswith("The canceled meeting also comes") and s.endswith("from the 2% standard.")
               for s in got)
    check_offsets(text)


# ASCII texts without "#" are scanned with the standard ``re`` module (faster); every other text
# with the ``regex`` module. Both spellings of the boundary pattern must cut the same places.
_ASCII_PIECES = st.sampled_from([
    "Mr.", "Inc.", "U.S.", "e.g.", "J.", "a.m.", "Co.", "No.", "v.", "Z.", ".A.", "The", "It", "said",
    "Separately", "3.5", "5", "pct", ".", ". ", "! ", "? ", "...", "..", "!!", "?!", "\n", "\n\n",
    "\n    ", "\n\t", "\t", " ", "  ", "\x1c", "\x1f", "\x0b", "\x0c", "\r", '"', "'", "(", ")", "[",
    "]", ",", ";", ":", "-", "A", "b", "q", "Short line", "\nHEADER\n", "x" * 50,
])


@settings(max_examples=500, deadline=None)
@given(st.lists(_ASCII_PIECES, max_size=30).map("".join))
def test_re_and_regex_scans_agree_on_ascii_text(text):
    from pipeline.segment import _boundaries, _boundary_pattern

    assert _boundaries(text) == [m.span() for m in _boundary_pattern().finditer(text)]


@settings(max_examples=500, deadline=None)
@given(st.lists(_ASCII_PIECES, max_size=30).map("".join))
def test_first_short_line_re_twin_agrees_on_ascii_text(text):
    from pipeline.segment import _FIRST_SHORT_LINE, _FIRST_SHORT_LINE_ASCII

    a, b = _FIRST_SHORT_LINE.match(text), _FIRST_SHORT_LINE_ASCII.match(text)
    assert (a and a.span()) == (b and b.span())


@pytest.mark.parametrize("text, first", [
    ("MARKET REPORT\nShares rose on Monday in Tokyo. Traders were calm.", "MARKET REPORT"),
    ("Budget 2025:\n  The deficit narrows to 3.1% of output.", None),  # a colon ends no header
    ("quiet header\nThe bank held its rate.", None),  # ends in a lower-case letter
    ("WEATHER\x1c\nRain in the north.", "WEATHER\x1c"),  # \x1c is no whitespace to ``regex``
    ("TOP STORIES\n\x1fnext line", "TOP STORIES"),  # nor at the next line's start: a first character
])
def test_first_short_line_of_ascii_text(text, first):
    from pipeline.segment import _FIRST_SHORT_LINE, _FIRST_SHORT_LINE_ASCII

    for pattern in (_FIRST_SHORT_LINE, _FIRST_SHORT_LINE_ASCII):
        m = pattern.match(text)
        assert (m.group(0) if m else None) == first


def test_texts_with_a_hash_or_non_ascii_use_the_full_scan():
    assert texts("# Title\nBody text here. More text.") == ["# Title", "Body text here.", "More text."]
    assert texts("Café prices rose. They fell.") == ["Café prices rose.", "They fell."]
