"""``fast.unit_at`` keeps the answer for the first word of a multi-word unit ("pct", "U.S.",
"Canadian") and serves it where ``_multi_may_follow`` says no later word of such a unit can
follow: that test must never say no where the multi-word pattern matches."""
import random
import re

from pipeline.quantities import fast

_WORDS = ["pct", "Pct", "PCT", "U.S.", "us", "Canadian", "canadian", "per", "percentage", "New",
          "Hong", "swiss", "points", "point", "cent", "dlrs", "DLRS", "Dollars", "Kong", "zealand",
          "francs", "the", "profit", "in", "from", "pound", "-", "--", " ", "  ", "\n", "\xa0",
          "\u212aong", "\u017fwiss", "p\u00f6ints", ",", ".", "5"]


def _texts(n=3000, seed=11):
    rnd = random.Random(seed)
    for _ in range(n):
        parts = [rnd.choice(_WORDS) for _ in range(rnd.randint(1, 5))]
        seps = [rnd.choice([" ", "-", " - ", "", "\t", "   ", "\u2009"]) for _ in parts]
        yield "5 " + "".join(p + s for p, s in zip(parts, seps))


def test_multi_may_follow_is_necessary():
    fast.warm()
    t = fast.tables()
    token = re.compile(r"[A-Za-z][A-Za-z.'’$\u0100-\u017f]{0,15}")  # the unit word ``w`` of the pattern
    for text in _texts():
        for start in range(2, len(text)):
            word = token.match(text, start)
            if word and word.group(0).lower() in t.multi_first and t.multi_re.match(text, start):
                assert fast._multi_may_follow(text, word.end()), (text, start)


def test_cached_answers_equal_fresh_lookups():
    fast.warm()
    fast._UNIT_CACHE.clear()
    fast._FIRST_WORD_CACHE.clear()
    for text in list(_texts()) * 2:  # the second round is served from the caches
        for m in fast.pattern().finditer(text):
            w = m.group("w")
            if w:
                assert fast.unit_at(text, m.start("w"), w) == fast._unit_at(text, m.start("w"), w), text


def test_scales_grouped_by_first_letter_match_as_the_flat_alternation():
    from pipeline.quantities.lexicon import load

    words = sorted(load().scales, key=lambda s: (-len(s), s))
    flat = re.compile(r"(?i:" + "|".join(re.escape(w) for w in words) + r")(?![A-Za-z])")
    grouped = re.compile(r"(?i:" + fast._by_first_letter(words) + r")(?![A-Za-z])")
    rnd = random.Random(5)
    texts = [w + tail for w in words for tail in ("", " ", "s", "-", ".", "x", "illion")]
    texts += [w.upper() for w in words] + [w.title() for w in words] + ["\u212a", "\u212a ", "bN,", "Lakh  crore"]
    texts += ["".join(rnd.choice("bmtklcrnoisha \u212a") for _ in range(rnd.randint(1, 9))) for _ in range(3000)]
    for text in texts:
        for pos in range(len(text)):
            a, b = flat.match(text, pos), grouped.match(text, pos)
            assert (a and a.span()) == (b and b.span()), (text, pos)
