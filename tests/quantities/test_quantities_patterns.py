"""The hot path's ``re`` patterns match exactly what their ``regex`` originals matched."""
import random
import re
import sys

import regex

from pipeline.quantities import extract


def test_space_class_is_regex_whitespace():
    ours = re.compile(extract._SPACE)
    theirs = regex.compile(r"\s", regex.VERSION0)
    differ = [c for c in range(sys.maxunicode + 1)
              if bool(ours.match(chr(c))) != bool(theirs.match(chr(c)))]
    assert differ == []


def _same(ours, source, texts):
    theirs = regex.compile(source, regex.VERSION0)
    for text in texts:
        for pos in range(len(text) + 1):
            a, b = ours.match(text, pos), theirs.match(text, pos)
            assert (a and a.span()) == (b and b.span()), (source, text, pos)
        assert [p for p in ours.split(text)] == [p for p in theirs.split(text)], (source, text)


def _texts(n=400, seed=7):
    alphabet = "aB z-\n\t\x1c\x1f\xa0\u2003.,'’5½$£é\u0301_"
    rnd = random.Random(seed)
    return ["".join(rnd.choice(alphabet) for _ in range(rnd.randint(0, 24))) for _ in range(n)]


def test_small_patterns_match_their_regex_originals():
    texts = _texts()
    _same(extract._SPLIT_WORDS, r"[\s-]+", texts)
    _same(extract._NEXT_WORD, r"[A-Za-z]{1,20}[\s-]{1,3}", texts)
    _same(extract._LETTERS, r"[A-Za-z]{1,20}", texts)
    _same(extract._WORD, r"[A-Za-z]+", texts)


def test_word_starts_ascii_and_not():
    theirs = regex.compile(r"(?<![\w.,'’-])[\w$£€¥]", regex.VERSION0)
    texts = _texts() + ["rose by five pct", "a half-point, 3.5 pct", "Forty-three per cent",
                        "x ½ point", "$5 and £6 or ’9"]
    for text in texts:
        for lo in range(len(text) + 1):
            for hi in (lo, len(text)):
                expected = [m.start() for m in theirs.finditer(text, lo, hi)]
                assert extract._word_starts(text, lo, hi) == expected, (text, lo, hi)


def test_word_after_reads_the_first_word_as_split_does():
    rnd = random.Random(11)
    alphabet = "ab -\n\t\x1c.,’"
    texts = ["".join(rnd.choice(alphabet) for _ in range(rnd.randint(1, 30))) for _ in range(3000)]
    texts += [" rise", "-drop", " year-on-year rise", " - rise", "--rise", " -", "   ", " ab-cd ef"]
    for text in texts:
        for end in range(len(text)):
            if not (text[end].isspace() or text[end] == "-"):
                continue
            limit = min(len(text), end + 24)
            parts = text[end:limit].replace("-", " ", 1).split(None, 1)
            m = extract._WORD_AFTER.match(text, end, limit)
            assert (m.group(1) or m.group(2) if m else None) == (parts[0] if parts else None), (text, end)


def test_rsplit_keeps_the_last_three_words():
    rnd = random.Random(5)
    for _ in range(3000):
        text = "".join(rnd.choice("ab \n\x1c") for _ in range(rnd.randint(0, 24)))
        near, full = text.rsplit(None, 3), text.split()
        assert bool(near) == bool(full)
        if full:
            assert near[-1] == full[-1] and near[-3:] == full[-3:]
