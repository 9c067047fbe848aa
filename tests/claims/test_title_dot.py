"""gazetteer._title_before: the early "no title" for a word after a full stop that ends no title ("said. Reagan")
answers as the full look-up does, at every word start, and titles ending in "." are still read."""
import re

from pipeline.claims.entities import gazetteer

TEXT = ("Treasury Secretary James Baker said. Reagan met Mr. Nakasone and Gen. Vessey on Monday, Dr. Smith wrote. "
        "The U.S. Senate approved it. Sen. Dole and Rep. Foley spoke, Mrs. Thatcher said. Finance Minister "
        "Kiichi Miyazawa agreed.\nMs. Brundtland, 3. Kohl, a.m. Mitterrand and (Adm. Crowe) said U.S. officials.")


def _full(g, text, a):
    """The look-up without the shortcut (as if a title were "." alone: the shortcut is off)."""
    g._title_dot_alone = True
    try:
        return g._title_before(text, a)
    finally:
        g._title_dot_alone = (".",) in g._titles


def test_same_as_full_look_up_at_every_word():
    g = gazetteer()
    for m in re.finditer(r"\w+", TEXT):
        assert g._title_before(TEXT, m.start()) == _full(g, TEXT, m.start()), TEXT[max(0, m.start() - 20):m.end()]


def test_dotted_titles_read_and_sentence_end_not():
    g = gazetteer()
    assert g._title_before(TEXT, TEXT.index("Nakasone"))[0] == "Mr."
    assert g._title_before(TEXT, TEXT.index("Vessey"))[0] == "Gen."
    assert g._title_before(TEXT, TEXT.index("Crowe"))[0] == "Adm."
    assert g._title_before(TEXT, TEXT.index("Reagan")) == (None, None)
    assert g._title_before(TEXT, TEXT.index("Senate")) == (None, None)
