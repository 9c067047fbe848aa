"""The firm step's cheap scans find exactly what its patterns find (pipeline/claims/firms.py, a speed change that must
not change output): the firm nouns found with str.find (`_noun_starts`), the literal-word skip of `any_form` and
`any_executive` (`_find_all`), the NAME patterns searched in windows before the next legal form or firm noun
(`_windowed`), and the article's firm names found without compiling a pattern (`_NameFinder`), on sentences written for
this test: long capitalised runs, names cut by a window's end, whitespace runs, hyphens and possessives."""
import random
import re

import pytest

from pipeline.claims import firms

SENTENCES = [
    "Northwind Telecom Plc said it would spend 160 mln stg, and the company's chairman, Sir John Smith, agreed.",
    "Centrais Norte, the country's biggest private power company, will ask its BANKS to reschedule its debt.",
    "The state power utility Southern Power Board (Sopob) said the firm-owned plants and the policymaker's banks "
    "would not pay; banking firms' shares fell.",
    "Lakeside Bank Group <LBG.L> paid 400 mln euros, Acme Holdings Ltd, a unit of Acme Corp., said.",
    "Smith  Jones\tand  Brown Bros , Ltd and Alpha Beta Gamma Delta Epsilon Zeta Eta Theta Iota Kappa Lambda Mu Corp "
    "reported a loss.",
    "The company, La Electricidad de Caracas, and the utility's chief executive said _bank and bank_ are no nouns; "
    "the 1bank firm, the Bank.",
    "U.S. banks, the lender, the insurer and an airline maker said utilities, corporations and insurers paid.",
    "Westpac Banking Corporation managing director Bob Joss and the finance director of Acme Limited spoke.",
    "Escom, the state-owned South African power utility, and Venezuela's biggest company, Acme Inc, Group.",
    "Shares of Northwind Telecom <NWT.L> rose after the national utility Acme Power said <it> would pay.",
]

KEYS = ("form", "after_noun", "before_noun", "noun_name")


def _spans(matches):
    return [(m.start(), m.end(), m.group("name")) for m in matches]


def _windows(text):
    yield 0, len(text)
    for start in range(0, len(text), 13):
        for end in range(start, len(text) + 1, 17):
            yield start, end


@pytest.mark.parametrize("text", SENTENCES + [" ".join(SENTENCES)])
def test_cheap_scans_find_what_the_patterns_find(text):
    patterns = firms._patterns()
    for key in ("any_noun", "any_form", "any_executive"):
        assert firms._find_all(text, key) == [m.start() for m in patterns[key].finditer(text)], key
    assert firms._noun_starts(text) == [m.start() for m in patterns["any_noun"].finditer(text)]


def test_noun_scan_leaves_non_ascii_text_to_the_pattern():
    assert firms._noun_starts("The café company said") is None
    text = "The café company said its bank would pay"
    assert firms._find_all(text, "any_noun") == [m.start() for m in firms._patterns()["any_noun"].finditer(text)] != []


def test_texts_without_literal_words_hold_no_form_or_executive():
    text = "The ministry said revenue would rise by 3 pct this year."
    assert firms._find_all(text, "any_form") == [] == [m.start() for m in firms._patterns()["any_form"].finditer(text)]
    assert firms._find_all(text, "any_executive") == []


@pytest.mark.parametrize("text", SENTENCES)
def test_windowed_name_patterns_find_what_finditer_finds(text):
    patterns = firms._patterns()
    found = {"form": firms._find_all(text, "any_form"), "noun": firms._find_all(text, "any_noun")}
    for key in KEYS:
        anchors = found["form" if key == "form" else "noun"]
        for start, end in _windows(text):
            assert _spans(firms._windowed(key, text, anchors, start, end)) == _spans(
                patterns[key].finditer(text, start, end)), (key, start, end)


def test_windowed_patterns_read_a_window_end_inside_a_word():
    # the whole text's scans find no "Plc" in "Plcx" nor "company" in "companyx"; a window ending inside them does
    text = "Acme Widgets Plcx and Escom, the state companyx"
    patterns = firms._patterns()
    found = {"form": firms._find_all(text, "any_form"), "noun": firms._find_all(text, "any_noun")}
    form_end, noun_end = text.index("Plcx") + 3, text.index("companyx") + 7
    assert _spans(patterns["form"].finditer(text, 0, form_end)) != []
    assert _spans(firms._windowed("form", text, found["form"], 0, form_end)) == _spans(
        patterns["form"].finditer(text, 0, form_end))
    assert _spans(patterns["before_noun"].finditer(text, 0, noun_end)) != []
    assert _spans(firms._windowed("before_noun", text, found["noun"], 0, noun_end)) == _spans(
        patterns["before_noun"].finditer(text, 0, noun_end))


def test_a_long_capitalised_run_before_a_form_keeps_its_longest_name():
    text = "Reports said " + " ".join(w.capitalize() for w in "alpha beta gamma delta epsilon zeta eta theta".split()) \
        + " Holdings Ltd lost money."
    found = firms._find_all(text, "any_form")
    got = _spans(firms._windowed("form", text, found, 0, len(text)))
    assert got == _spans(firms._patterns()["form"].finditer(text))
    assert [name for _, _, name in got] == ["Delta Epsilon Zeta Eta Theta Holdings"]  # a NAME holds six words at most


@pytest.mark.parametrize("text, name", [
    # six words and five links: the longest NAME
    ("Shares of Banco de Credito y Fomento de Lima del Norte y Sur Corp rose.",
     "Banco de Credito y Fomento de Lima del Norte y Sur"),
    # words long enough that the NAME reaches further back than the first slice read for it
    ("Reports said " + " ".join(w * 12 for w in ("Alpha", "Bravo", "Delta", "Gamma", "Kappa", "Sigma")) + " Ltd lost money.",
     " ".join(w * 12 for w in ("Alpha", "Bravo", "Delta", "Gamma", "Kappa", "Sigma"))),
])
def test_the_longest_names_before_a_form_are_found_whole(text, name):
    found = firms._find_all(text, "any_form")
    got = _spans(firms._windowed("form", text, found, 0, len(text)))
    assert got == _spans(firms._patterns()["form"].finditer(text))
    assert [n for _, _, n in got] == [name]


def _compiled(names):
    return re.compile(r"(?<![\w-])(?:" + "|".join(re.escape(n).replace(r"\ ", r"\s+")
                                                 for n in sorted(names, key=len, reverse=True)) + r")(?![\w-])")


NAME_CASES = [
    ({"La Electricidad de Caracas", "La Electricidad", "Escom"},
     "La Electricidad  de\nCaracas said La Electricidad-owned plants and La Electricidad, unlike Escom's, paid."),
    ({"Acme", "Acme. Corp", "Acme Corp"}, "Acme. Corp and Acme Corp and Acme.Corp and xAcme and Acme_ and Acme"),
    ({"Sopob", "Southern Power Board"}, "The Southern Power Board (Sopob) said Southern Power\tBoard would pay Sopob-"),
    ({"U.S. Steel", "Bank"}, "U.S. Steel and U.S.  Steel and Bank and Banks and -Bank and Bank-"),
]


@pytest.mark.parametrize("names, text", NAME_CASES)
def test_name_finder_finds_what_the_compiled_names_pattern_finds(names, text):
    finder, pattern = firms._NameFinder(names), _compiled(names)
    for start, end in _windows(text):
        assert finder.spans(text, start, end) == [m.span() for m in pattern.finditer(text, start, end)], (start, end)


def test_name_finder_on_random_names_and_texts():
    rng = random.Random(17)
    words = ["Acme", "Ac", "Acme.", "La", "de", "Caracas", "O'Neil", "U.S.", "Bank", "X&Y", "Ä", "Co", "_x", "1A"]
    seps = [" ", "  ", "\n", "\xa0", "-", ".", ",", "", "_", "'s ", " ("]
    for _ in range(3000):
        names = {" ".join(rng.choice(words) for _ in range(rng.randint(1, 3))) for _ in range(rng.randint(1, 5))}
        text = "".join(rng.choice(words) + rng.choice(seps) for _ in range(rng.randint(1, 20)))
        start = rng.randint(0, len(text))
        end = rng.randint(start, len(text))
        assert firms._NameFinder(names).spans(text, start, end) == [
            m.span() for m in _compiled(names).finditer(text, start, end)], (names, text, start, end)


def test_windowed_name_patterns_on_random_texts():
    rng = random.Random(17)
    words = ["Acme", "Corp", "Ltd", "Group", "Inc", "Plc", "<AC.L>", "<X>", "de", "of", "&", "The", "the", "It", "B", "D'",
             "E-", "H's", "x", "a", "state", "power", "Venezuela's", "company", "Company", "companyx", "utility", "bank",
             "banks", "central", "firm", "maker", "said", "1"]
    seps = [" ", " ", "  ", ", ", ",", "\t", "\n", "\xa0", " , ", "", "-"]
    patterns = firms._patterns()
    for _ in range(1500):
        text = "".join(rng.choice(words) + rng.choice(seps) for _ in range(rng.randint(1, 30)))
        found = {"form": firms._find_all(text, "any_form"), "noun": firms._find_all(text, "any_noun")}
        start = rng.randint(0, len(text))
        end = rng.randint(start, len(text))
        for key in KEYS:
            anchors = found["form" if key == "form" else "noun"]
            for a, b in ((0, len(text)), (start, end)):
                assert _spans(firms._windowed(key, text, anchors, a, b)) == _spans(
                    patterns[key].finditer(text, a, b)), (key, text, a, b)
