"""metric._office_title reads its office and body nouns from office_title_words.csv (kinds head and body, capitalised,
plural "s" allowed), the list introduced.py reads for an official's title: a capitalised cue standing in an office's or a
body's name is no cue of a whole-budget word. Session 21 wrote nine nouns into the pattern; these tests keep each of them
read from the list (a row dropped for introduced.py's sake would change the metric too). Our own sentences."""
from collections import namedtuple

import pytest

from pipeline.claims import metric

Cue = namedtuple("Cue", "start end")


def _title(text: str, cue: str) -> bool:
    start = text.index(cue)
    return metric._office_title(text, Cue(start, start + len(cue)))


@pytest.mark.parametrize("noun", ["Minister", "Ministers", "Ministry", "Secretary", "Department", "Committee",
                                  "Commissioner", "Council", "Board"])
def test_session_21_nouns_after_a_cue_make_it_a_title(noun):
    assert _title(f"The Defence {noun} said overall spending would rise.", "Defence")


@pytest.mark.parametrize("text", ["A spokesman for the Ministry of Defence said total spending would rise.",
                                  "The Minister for Defence said total spending would rise.",
                                  "The Secretary of the Treasury said overall spending would rise."])
def test_a_noun_with_of_or_for_before_a_cue_makes_it_a_title(text):
    cue = "Defence" if "Defence" in text else "Treasury"
    assert _title(text, cue)


@pytest.mark.parametrize("text,cue", [
    ("The defence minister said overall spending would rise.", "defence"),  # lower case: running text
    ("Defence spending will rise to 2% of GDP, the government said.", "Defence"),
    ("DEFENCE MINISTER SAYS SPENDING TO RISE", "DEFENCE"),  # a headline in capitals is left as it is
])
def test_running_text_and_headlines_are_no_title(text, cue):
    assert not _title(text, cue)
