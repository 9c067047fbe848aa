from pipeline.quantities import find_mentions
from pipeline.segment import split_sentences


def mentions(text):
    return find_mentions(text, split_sentences(text))


def one(text):
    found = mentions(text)
    assert len(found) == 1, found
    return found[0]


def approx(a, b):
    return abs(a - b) <= 1e-6 * max(1.0, abs(a), abs(b))
