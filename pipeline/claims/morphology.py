"""A verb's regular inflections, so that one lexicon row can stand for every form of its verb.

A lexicon CSV with an ``inflect`` column marks the rows whose first word is a base verb ("project", "call for",
"vote to"): `expand_rows` adds, after the file's own rows, a copy of each such row for the verb's third person
(-s/-es), past and past participle (-ed/-d) and present participle (-ing), the rest of the phrase kept ("calls for",
"called for", "calling for"). A copy takes the row's columns; where the file has a ``pos`` column, the copy's part of
speech is the ``inflect`` value (stance_cues.csv: V, a verb governing a following figure). Three kinds of data keep the
rule honest:

- a row of the file for a form (its own claim_type, part of speech, priority ...) always wins: a form is only added where
  no row of the file, and no stem row (``anticipate*``), already matches it;
- ``verb_forms.csv`` gives the forms the rule cannot know: irregular verbs ("foresee": foresaw, foreseen; "set": set),
  and verbs of more than one syllable that double their last consonant ("commit": committed, committing; a stressed
  last syllable, which spelling does not show);
- ``inflection_exceptions.csv`` lists, per lexicon, the forms a verb row does not stand for because they read as
  something else in news text (an -ing word mostly a noun or adjective), each with its reason; listing a marked row's own
  base form leaves the row standing for its inflections only.

The rule: -s after s, x, z, ch, sh and a consonant + o adds -es, a consonant + y becomes -ies; -ed after e adds -d, a
consonant + y becomes -ied; -ing drops a silent final e (not after e, o or y: "agreeing") and makes a final -ie -ying;
a one-syllable verb ending in one vowel and one consonant (not w, x or y) doubles it ("plan": planned, planning); a
longer verb ending in one vowel and l takes both spellings ("total": totaled and totalled, totaling and totalling).
"""
from __future__ import annotations

import functools
import re

from .datafiles import plain_rows as _rows

VOWELS = "aeiou"
_VOWEL_GROUPS = re.compile(r"[aeiouy]+")


@functools.cache
def irregular_forms() -> dict:
    """{verb: {"s": [...], "ed": [...], "ing": [...]}} from verb_forms.csv; an empty column keeps the rule's form."""
    table = {}
    for row in _rows("verb_forms.csv"):
        table[row["verb"].lower()] = {kind: row[kind].split() for kind in ("s", "ed", "ing") if row.get(kind)}
    return table


@functools.cache
def exceptions() -> dict:
    """{lexicon file: frozenset of forms its verb rows do not stand for} from inflection_exceptions.csv."""
    table: dict = {}
    for row in _rows("inflection_exceptions.csv"):
        table.setdefault(row["lexicon"], set()).add(row["form"].lower())
    return {name: frozenset(forms) for name, forms in table.items()}


def _consonant(word: str, i: int) -> bool:
    return word[i] not in VOWELS and not (word[i] == "y" and i > 0 and word[i - 1] not in VOWELS)


def _syllables(word: str) -> int:
    return len(_VOWEL_GROUPS.findall(word))


def _single_vowel_then(word: str) -> bool:
    """Whether the word ends in one vowel and one consonant ("plan", "total", "quit"; not "need", "want", "show")."""
    return (len(word) >= 3 and word[-1] not in VOWELS + "wxy" and word[-2] in VOWELS
            and (_consonant(word, -3) or word[-4:-2] == "qu"))


def _doubles(word: str) -> bool:
    return _syllables(word) == 1 and _single_vowel_then(word)


def _both_l(word: str) -> bool:
    """A verb of more than one syllable ending in one vowel and l: both the doubled and the single spelling."""
    return word.endswith("l") and _syllables(word) > 1 and _single_vowel_then(word)


def third_person(verb: str) -> list[str]:
    if verb.endswith(("s", "x", "z", "ch", "sh")) or (verb.endswith("o") and _consonant(verb, -2)):
        return [verb + "es"]
    if verb.endswith("y") and len(verb) > 1 and verb[-2] not in VOWELS:
        return [verb[:-1] + "ies"]
    return [verb + "s"]


def past(verb: str) -> list[str]:
    if verb.endswith("e"):
        return [verb + "d"]
    if verb.endswith("y") and len(verb) > 1 and verb[-2] not in VOWELS:
        return [verb[:-1] + "ied"]
    if _doubles(verb):
        return [verb + verb[-1] + "ed"]
    if _both_l(verb):
        return [verb + "ed", verb + "led"]
    return [verb + "ed"]


def present_participle(verb: str) -> list[str]:
    if verb.endswith("ie"):
        return [verb[:-2] + "ying"]
    if verb.endswith("e") and len(verb) > 2 and verb[-2] not in "eoy":
        return [verb[:-1] + "ing"]
    if _doubles(verb):
        return [verb + verb[-1] + "ing"]
    if _both_l(verb):
        return [verb + "ing", verb + "ling"]
    return [verb + "ing"]


def inflections(verb: str) -> dict:
    """{"s": [...], "ed": [...], "ing": [...]}: the verb's third person, past (and past participle) and present
    participle, lower case; an irregular verb's or a doubling verb's forms from verb_forms.csv."""
    verb = verb.lower()
    forms = {"s": third_person(verb), "ed": past(verb), "ing": present_participle(verb)}
    forms.update(irregular_forms().get(verb, {}))
    return forms


def forms_of(verb: str) -> list[str]:
    """The verb's inflected forms (not the verb itself), each once."""
    return list(dict.fromkeys(f for kind in ("s", "ed", "ing") for f in inflections(verb)[kind] if f != verb.lower()))


def _covered(phrase: str, explicit: set, stems: list) -> bool:
    """Whether a row of the file already matches the phrase: the same words, or a one-word stem row it starts with."""
    if phrase in explicit:
        return True
    return " " not in phrase and any(phrase.startswith(stem) for stem in stems)


def expand_rows(name: str, rows: list[dict]) -> list[dict]:
    """The rows of lexicon `name`, followed by a copy of each ``inflect`` row for every inflected form of its first word
    (`inflections`) that no row of the file matches and inflection_exceptions.csv does not list for the file."""
    if not rows or "inflect" not in rows[0]:
        return rows
    key = next(iter(rows[0]))  # the phrase column: the file's first (cue, word, verb, phrase)
    explicit = {r[key].lower() for r in rows if r.get(key) and not r[key].endswith("*")}
    stems = [r[key].lower().rstrip("*") for r in rows if r.get(key, "").endswith("*") and " " not in r[key]]
    skip = exceptions().get(name, frozenset())
    added = []
    for row in rows:
        if not row.get("inflect") or not row.get(key):
            continue
        verb, _, rest = row[key].partition(" ")
        if verb.endswith("*") or "-" in verb:
            continue
        for form in forms_of(verb):
            phrase = (form + " " + rest) if rest else form
            if phrase.lower() in skip or _covered(phrase.lower(), explicit, stems):
                continue
            copy = {**row, key: phrase, "inflect": ""}
            if "pos" in row:
                copy["pos"] = row["inflect"]
            explicit.add(phrase.lower())
            added.append(copy)
    # a verb row whose own base form is an exception stands for its forms only ("announce": after a modal, an act to come)
    return [r for r in rows if not (r.get("inflect") and r.get(key, "").lower() in skip)] + added
