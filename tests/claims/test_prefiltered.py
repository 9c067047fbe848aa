"""A prefiltered pattern (lexicon.Prefiltered) finds exactly what its pattern's own scan finds, over any span:
its candidate places must cover every place the pattern can match at."""
import regex

from pipeline.claims import cuescope
from pipeline.claims.lexicon import Prefiltered
from pipeline.claims.stance import CLAUSE_BREAK, CLAUSE_SCAN

# one or more sentences for each alternative of stance.CLAUSE_BREAK (written for this test)
CLAUSE_TEXT = (
    "The levy rose to 4%; the deficit fell. Taxes went up but spending fell, while Oslo waited whereas Rome did not, "
    "although the debt grew, however slowly. The plan, which the cabinet backed, was passed, who knows why, "
    "saying it was fair, adding that it was late, insisting on 3%, arguing for 2%, noting the gap. "
    "The bill passed, and Congress agreed. Congress rejected it, with the budget office saying the deficit rose. "
    "Sales fell, and the firm has cut jobs, and its plant was shut. It faced a 27.5% levy, and called the deal fair, "
    "and then said no, and told them so. Italy fell short of the 2% target, spending 1.49% of GDP, totalling 30 billion.\n"
    "- 12 billion for defence\n* 3 billion for aid\n• 1 billion for schools. The cap which binds was kept. "
    "It raised its contribution to 190 mln from 86 mln and the Netherlands raised its figure to 232 mln. "
    "He said the deficit fell to 2.7 pct in 1986 and that this should fall to 1.5 pct, and that it would. "
    "Cuts of up to 50 pct were made last year and Wang said further cuts would go deeper. "
    "France and Germany said no.  And  BUT  WHILE  Which AND that it was; HOWEVER, ALTHOUGH. X,Y.Z 2.5 pct. "
    "Tabs\tbut\tthen\u00a0while\u2003which\x1cand Oslo.\u3000however "
)


def _spans(matches):
    return [m.span() for m in matches]


def _every_span(text: str, start_step: int, end_step: int):
    """(start, end) of the spans of `text` on a grid of steps: the windows a scan may be asked to cover."""
    n = len(text)
    for start in range(0, n, start_step):
        for end in range(start, n + 1, end_step):
            yield start, end


def _assert_matches_start_at_candidates(pattern, scan, text: str):
    """Every place `pattern` matches at in `text` is a candidate place of the Prefiltered `scan`."""
    for m in pattern.finditer(text):
        assert scan._starts.match(text, m.start()) is not None, m


def test_clause_breaks_as_the_plain_scan_over_every_span():
    assert len(CLAUSE_BREAK.findall(CLAUSE_TEXT)) > 30
    for start, end in _every_span(CLAUSE_TEXT, 7, 11):
        assert _spans(CLAUSE_SCAN.finditer(CLAUSE_TEXT, start, end)) == _spans(CLAUSE_BREAK.finditer(CLAUSE_TEXT, start, end)), \
            (start, end)


def test_each_alternative_of_the_clause_break_starts_at_a_candidate():
    """Every place CLAUSE_BREAK matches at in a text of all its openings is a candidate place."""
    _assert_matches_start_at_candidates(CLAUSE_BREAK, CLAUSE_SCAN, CLAUSE_TEXT)


def test_a_candidate_that_misses_a_start_is_caught():
    """The equality test above fails for a prefilter that misses a place (so it guards CLAUSE_SCAN's candidates)."""
    narrow = Prefiltered(CLAUSE_BREAK, r"[;\n]|[.,]\s")  # no space before a conjunction
    assert _spans(narrow.finditer(CLAUSE_TEXT)) != _spans(CLAUSE_BREAK.finditer(CLAUSE_TEXT))


def test_lookbehind_sees_before_the_candidate():
    pattern = regex.compile(r"(?<=\d)\s+and\s")
    scan = Prefiltered(pattern, r"\s")
    text = "rose 5 and fell, up 6  and down"
    assert _spans(scan.finditer(text, 6)) == _spans(pattern.finditer(text, 6)) != []


# the openings of cuescope.CLAUSE_BREAK (written for this test)
METRIC_TEXT = (
    "Spending rose 2%; debt fell. Taxes rose but spending fell, while Oslo waited whereas Rome did not, although late. "
    "The deficit is 10%, if the states count, unless they do not.\n- 12 billion for defence\n\u2013 3 billion for aid\n"
    "Defence: 82.7 billion euros\nEducation: 21.3 billion euros. The deficit will rise to 5.8% of GDP as spending grows, "
    "as a share of GDP, as much as 3%, AS costs rise, aS well, Aſ taxes fall, such as pensions as rents rise. "
    "BUT  WHILE\tALTHOUGH x,y 2.5 pct.  as 5% as$4 as\u00a0costs\x1cas rents"
)


def test_metric_clause_breaks_as_the_plain_scan():
    assert len(cuescope.CLAUSE_BREAK.findall(METRIC_TEXT)) > 12
    for start, end in _every_span(METRIC_TEXT, 5, 9):
        want = cuescope.CLAUSE_BREAK.search(METRIC_TEXT, start, end)
        got = cuescope.CLAUSE_SCAN.search(METRIC_TEXT, start, end)
        assert (got and got.span()) == (want and want.span()), (start, end)
    _assert_matches_start_at_candidates(cuescope.CLAUSE_BREAK, cuescope.CLAUSE_SCAN, METRIC_TEXT)


# group phrases with and without a word before them (written for this test)
GROUP_TEXT = ("NATO allies and other members agreed; the Asia-Pacific allies, Indo Pacific allies, EU member states, "
              "European governments, its European allies and fellow donors. Baltic states, all the rich nations, G7 allies, "
              "Eur0pe allies, really allied, the single currency bloc and single-currency bloc members, each member state, "
              "every ally. OTHER MEMBERS, Wealthy Nations and industrialised nations,   Trading  partners.")


def test_group_phrases_as_the_plain_scan():
    from pipeline.claims import entities
    group_re = entities.group_regex()[0]
    assert entities._group_openings() is not None
    assert len(list(group_re.finditer(GROUP_TEXT))) > 10
    for start, end in _every_span(GROUP_TEXT, 4, 13):
        got = [(m.span(), m.lastgroup) for m in entities.group_phrases(GROUP_TEXT, start, end)]
        assert got == [(m.span(), m.lastgroup) for m in group_re.finditer(GROUP_TEXT, start, end)], (start, end)


def test_caseless_takes_every_letter_the_case_blind_regex_takes():
    """The candidate patterns' words (lexicon.caseless) match every character the regex module matches ignoring case."""
    import re
    from pipeline.claims.lexicon import caseless
    from pipeline.claims.modality import MODAL_WORDS
    letters = set("but while whereas which although however and as if unless".replace(" ", "") + "".join(MODAL_WORDS))
    # (the characters with a case mapping to an ASCII letter: where the case-blind match can take one)
    bmp = [x for x in map(chr, range(0x10000)) if not x.isascii() and any(y.isascii() for y in x.lower() + x.upper() + x.casefold())]
    assert "\u017f" in bmp and "\u0130" in bmp and "\u212a" in bmp
    bmp += [chr(c) for c in range(128)]
    for letter in sorted(letters):
        same = [x for x in bmp if regex.fullmatch(letter, x, regex.IGNORECASE)]
        assert all(re.fullmatch(caseless(letter), x) for x in same), (letter, same)


MODAL_TEXT = ("Sources say Japan pulled out after the U.S. demanded 3.5%; Oslo agreed before the vote because it must, since 2020 "
              "when prices rose until July unless they fell, following talks, but not while WHEREAS ALTHOUGH, however\tAFTER\nBefore "
              "UNTIL\u00a0since Aſ the reſt, Following  the  talks.")


def test_modal_breaks_as_the_plain_scan():
    from pipeline.claims.modality import MODAL_BREAK, MODAL_SCAN
    assert len(MODAL_BREAK.findall(MODAL_TEXT)) > 12
    for start, end in _every_span(MODAL_TEXT, 3, 7):
        assert _spans(MODAL_SCAN.finditer(MODAL_TEXT, start, end)) == _spans(MODAL_BREAK.finditer(MODAL_TEXT, start, end))


GUARD_TEXT = ("Spain said 5% would be unrealistic for it to reach by 2030. Its 2% and Japan's budget, THEIR deficit, his plan; "
              "it is NOT FEASIBLE to spend 3.5% before 2035, impossible for us to cut until 1999. Out of the question to "
              "raise it by the end of 2029. Simply absurd to pay. Counterproductive to borrow, the country's debt, LAST "
              "YEAR'S 2%, her view, unaffordable for Rome to add, unattainable to hit, unreasonable to ask until 2028.")


GUARD_TEXT += (" Taxes, now at 30%, and the rate (currently 4%), at present 5%. The law requires 2% and the act calls for 3%; "
               "the treaty that mandates 1%. The goal would be UNREALISTIC, 5% is not feasible. They called the 3.5% goal "
               "absurd and deemed a 2% target impossible. The global defence spending of 2%, the world's 3%. The package "
               "of 4%, the Plan's 5%, the budget was in deficit, a fund of 6 billion. Cut the deficit to 3%, raising its "
               "tax to 20%, brought the current rate to 4%. A rise in the current rate to 5%, cuts on the 3% levy, 2% of GDP. "
               "Up from about 2%, NATO, which also said 3%, and Rome, who has, and the plan, whose cost is high, rose 4%. "
               "Next year 5%, the coming year 6%. It fell short of the 2% goal, missed its 3% target, exceeded NATO's 2% "
               "guideline, less than half the 0.7% target. Rescheduling the 5 billion, rolled over the 3 billion. Reports "
               "also 4%, the figures now 5%. A plan that would cut 3%, the package, which would raise 2%.")
GUARD_TEXT += (" A Tory plan to cut 2%, Labour's manifesto, the party proposals; the ratio of debt service to exports, the "
               "ratio of its debt to GNP, the plans of the opposition.")

GUARD_TEXT += " The ratio of the surplus to GNP (gross national product) fell to 5%, and the debt-to-GDP ratio rose to 60%."


GUARD_TEXT += (" Economists said 3% was likely, central bankers said, and analysts at Brightwater Research expect 2%; the "
               "forecasters' estimates range widely, sources close to him said. The Institute for Budget Studies said 4%, "
               "a think tank warned.")


GUARD_TEXT += (" The Philippines' total foreign debt of 5 billion, its current account deficit at 2 billion; they suspended "
               "payments on 4 billion, a moratorium on 2 billion.")
GUARD_TEXT += (" Moody's and Standard & Poor's kept the rating; Fitch Ratings said so, and the credit rating agency, like "
               "S&P and the ratings agencies, did not; Fitch cut it.")

GUARD_TEXT += " Spain does not support raising defence spending to 5% of GDP."  # (ruletype.NOT_BACKED)
# (speed22's guards: roles.ACCORDING_WORD, aid.RECEIVING and DONOR_SUBJECT, scope.TOLD_TO, figures.ITEM_WORTH,
# plantype.RELATIVE_LEVEL_BEFORE)
GUARD_TEXT += (" According to the ministry, Peru received 40 mln dlrs from Japan. Donor countries offered 2 billion dlrs. The"
               " minister told the allies to spend more. The aid includes a radar worth about 1 billion, and two jets worth"
               " 2 billion, including a frigate worth some 3 billion. He cut the deficit, which stood at 4 pct, to a level that"
               " reached 3 pct.")
GUARD_TEXT += " Madrid is not considering a rise to 3.5% of GDP."  # (ruletype.NEG_CONSIDER)
GUARD_TEXT += " Makers feared a flood of imports after Washington imposed 100 pct tariffs."  # (stance.PAST_TEMPORAL_SCAN)


def _guarded_objects():
    from pipeline.claims import (
        frame, metric, modality, roles, stance, story, guards, speakers, levels, plans, aid, actors, entities,
        organisations, owners, voices, figures, scope, claimtype, plantype, ruletype, claim, basis, cuelexicon,
        cuescope, metrictopic,
    )
    from pipeline.claims.lexicon import Guarded
    return [v for mod in (frame, metric, modality, roles, stance, story, guards, speakers, levels, plans, aid, actors,
                          entities, organisations, owners, voices,
                          figures, scope, claimtype, plantype, ruletype, claim,
                          basis, cuelexicon, cuescope, metrictopic) for v in vars(mod).values() if isinstance(v, Guarded)]


def test_guarded_window_searches_as_the_plain_search():
    guarded_objects = _guarded_objects()
    assert len(guarded_objects) >= 20
    n = len(GUARD_TEXT)
    for guarded in guarded_objects:
        found = 0
        for start in range(0, n, 3):
            for end in sorted({min(n, start + w) for w in (0, 12, 30, 40, 60, 130, 300)} | {n}):  # windows as the rules take
                for method in ("search", "match"):
                    want = getattr(guarded.pattern, method)(GUARD_TEXT, start, end)
                    got = getattr(guarded, method)(GUARD_TEXT, start, end)
                    found += want is not None
                    assert (got and got.span()) == (want and want.span()), (guarded.pattern.pattern[:30], method, start, end)
        assert found > 0, guarded.pattern.pattern[:40]


TAIL_TEXT = ("rose 2% of GDP, 3% of its gross domestic product, 4 pct of the country's GNP, 5% of national income, i.e. "
             "GDP, 6% of Japan's gross national income and 7% of NNI, 8 percent of net national income, 9% of revenue.")


def test_guarded_figure_tail_as_the_plain_match():
    from pipeline.claims import basis
    n = len(TAIL_TEXT)
    found = 0
    for start in range(n):
        for end in (n, min(n, start + 30), min(n, start + 300)):
            want = basis.FIGURE_TAIL.match(TAIL_TEXT, start, end)
            got = basis.FIGURE_TAIL_SCAN.match(TAIL_TEXT, start, end)
            found += want is not None
            assert (got and got.span()) == (want and want.span()), (start, end)
    assert found > 8


# one or more sentences for each alternative of speakers.UNKNOWN_SPEAKER (written for this test)
SPEAKER_TEXT = (
    "Economists said the gap would widen. Analysts at Grey Harbour Securities expect a rise. Bankers here also say so. "
    "Diplomats in Lisbon have been predicting a cut. The finance ministry economist said no. Experts warned of it. "
    "Observers believe it, forecasters see more, strategists think less, dealers added that, traders told us. "
    "Three institutes predicted growth. The research groups of the north estimated 2%. Economist Maria Vale said 3%. "
    "Tom Reed, an economist at a Dublin stockbroker, said it would rise. Sales rose, said Ann Cole, an analyst with a "
    "London brokerage. Economists' forecasts for the deficit vary; a consensus among analysts polled by a newswire. "
    "Of economists surveyed, by analysts asked. Sources here said it. Government sources said no; ECONOMISTS SAY SO. "
    "observers\u00a0warned, \u017fources said it, analysts\tforecast it, DEALERS SAID."
)


def test_unknown_speakers_as_the_plain_search_over_every_span():
    from pipeline.claims import speakers
    pattern = speakers.UNKNOWN_SPEAKER.regex if hasattr(speakers.UNKNOWN_SPEAKER, "regex") else speakers.UNKNOWN_SPEAKER
    scan = speakers.UNKNOWN_SPEAKER_SCAN.pattern
    assert isinstance(scan, Prefiltered)
    assert len(pattern.findall(SPEAKER_TEXT)) > 15
    for start, end in _every_span(SPEAKER_TEXT, 5, 13):
        assert _spans(scan.finditer(SPEAKER_TEXT, start, end)) == _spans(pattern.finditer(SPEAKER_TEXT, start, end)), \
            (start, end)
        found, plain = speakers.UNKNOWN_SPEAKER_SCAN.search(SPEAKER_TEXT, start, end), pattern.search(SPEAKER_TEXT, start, end)
        assert (found and found.span()) == (plain and plain.span()), (start, end)
    _assert_matches_start_at_candidates(pattern, scan, SPEAKER_TEXT)
