"""A verb row of a lexicon stands for its regular inflections (pipeline/claims/morphology.py): the rule's forms, the
irregular and doubling verbs of verb_forms.csv, the exceptions of inflection_exceptions.csv, and the stance lexicon
covering every form of its verbs (our own sentences)."""
import pytest
from helpers import claims_of, mention

from pipeline.claims.lexicon import read_rows
from pipeline.claims.morphology import exceptions, expand_rows, forms_of, inflections, irregular_forms


@pytest.mark.parametrize("verb, s, ed, ing", [
    ("project", ["projects"], ["projected"], ["projecting"]),
    ("urge", ["urges"], ["urged"], ["urging"]),            # silent e dropped before -ing
    ("agree", ["agrees"], ["agreed"], ["agreeing"]),       # ...but not after another e
    ("plan", ["plans"], ["planned"], ["planning"]),        # one syllable, one vowel, one consonant: doubled
    ("cap", ["caps"], ["capped"], ["capping"]),
    ("quit", ["quits"], ["quit"], ["quitting"]),           # (irregular past, verb_forms.csv)
    ("budget", ["budgets"], ["budgeted"], ["budgeting"]),  # two syllables: not doubled
    ("vow", ["vows"], ["vowed"], ["vowing"]),              # w never doubles
    ("push", ["pushes"], ["pushed"], ["pushing"]),         # -es after sh
    ("veto", ["vetoes"], ["vetoed"], ["vetoing"]),         # -es after a consonant and o
    ("levy", ["levies"], ["levied"], ["levying"]),         # consonant + y
    ("tie", ["ties"], ["tied"], ["tying"]),                # -ie -> -ying
    ("total", ["totals"], ["totaled", "totalled"], ["totaling", "totalling"]),  # both spellings of a final l
    ("commit", ["commits"], ["committed"], ["committing"]),  # stressed last syllable: verb_forms.csv
    ("foresee", ["foresees"], ["foresaw", "foreseen"], ["foreseeing"]),  # irregular: verb_forms.csv
    ("set", ["sets"], ["set"], ["setting"]),
])
def test_inflections_of_chosen_verbs(verb, s, ed, ing):
    assert inflections(verb) == {"s": s, "ed": ed, "ing": ing}


def test_a_form_row_keeps_its_own_stance_and_exceptions_are_left_out():
    rows = [{"cue": "forecast", "claim_type": "forecast", "pos": "A", "priority": "32", "inflect": "V"},
            {"cue": "forecasts", "claim_type": "forecast", "pos": "N", "priority": "32", "inflect": ""},
            {"cue": "call for", "claim_type": "demand", "pos": "V", "priority": "60", "inflect": "V"},
            {"cue": "calling for", "claim_type": "demand", "pos": "V", "priority": "61", "inflect": ""},
            {"cue": "expect*", "claim_type": "forecast", "pos": "V", "priority": "30", "inflect": ""},
            {"cue": "expect", "claim_type": "forecast", "pos": "V", "priority": "30", "inflect": "V"},
            {"cue": "anticipate*", "claim_type": "forecast", "pos": "V", "priority": "30", "inflect": ""},
            {"cue": "anticipate", "claim_type": "forecast", "pos": "V", "priority": "30", "inflect": "V"}]
    out = {r["cue"]: r for r in expand_rows("no_such_lexicon.csv", rows)}
    assert out["forecasts"]["pos"] == "N"                      # the file's own row wins
    assert out["forecasted"]["pos"] == "V" and out["forecasted"]["priority"] == "32"
    assert out["calling for"]["priority"] == "61"              # a phrase's own row wins too
    assert out["calls for"]["claim_type"] == "demand" and out["called for"]["pos"] == "V"
    assert "expecting" not in out and "expects" not in out     # a stem row already matches them
    assert "anticipating" in out and "anticipates" not in out  # "anticipate*" does not match "anticipating"
    assert len(out) == len({r["cue"] for r in expand_rows("no_such_lexicon.csv", rows)})
    # the stance lexicon: an exception is not added
    cues = {r["cue"] for r in read_rows("stance_cues.csv")}
    assert "discusses" in cues and "discussing" in exceptions()["stance_cues.csv"] and "discussing" not in cues


# verbs whose forms are grammar (tense, aspect): each form a row of its own, or none
AUXILIARIES = frozenset({"be", "have"})


def _lemma_candidates(word: str) -> set:
    """The verbs the word may be an inflection of: a regular -s/-ed/-ing form of a stripped stem, or an irregular form;
    or the word itself ("need" of "need to" is no -ed form of "nee")."""
    found = {word}
    for suffix in ("ing", "ed", "s"):
        if word.endswith(suffix) and len(word) > len(suffix) + 1:
            stem = word[:-len(suffix)]
            for verb in {stem, stem + "e", stem[:-1], stem[:-1] + "y", stem[:-2] + "y", stem[:-1] + "ie"}:
                if verb and word in forms_of(verb):
                    found.add(verb)
    for verb, table in irregular_forms().items():
        if any(word in forms for forms in table.values()):
            found.add(verb)
    return found


def test_the_stance_lexicon_covers_every_inflection_of_its_verbs():
    """Every verb form of stance_cues.csv (a V or A row) comes with the other forms of its verb, as rows, as forms of a
    verb row marked `inflect`, or listed in inflection_exceptions.csv with the reason it is left out."""
    rows = read_rows("stance_cues.csv")
    have = {r["cue"].lower() for r in rows}
    stems = [c.rstrip("*") for c in have if c.endswith("*") and " " not in c]
    skip = exceptions().get("stance_cues.csv", frozenset())

    def covered(phrase):
        return phrase in have or phrase in skip or (" " not in phrase and any(phrase.startswith(s) for s in stems))

    gaps = []
    for row in rows:
        cue = row["cue"].lower()
        if row["pos"] not in ("V", "A") or cue.endswith("*"):
            continue
        word, _, rest = cue.partition(" ")
        verbs = _lemma_candidates(word)
        if verbs == {word} or verbs & AUXILIARIES:
            continue
        phrase = lambda form: (form + " " + rest).strip()
        if not any(all(covered(phrase(f)) for f in [v] + forms_of(v)) for v in verbs):
            gaps.append(cue)
    assert gaps == []


def test_every_exception_is_a_form_the_lexicon_lacks():
    # an exception for a form the lexicon has as a row of its own would say nothing
    for name, forms in exceptions().items():
        cues = {r[next(iter(r))].lower() for r in read_rows(name)}
        assert not forms & cues, (name, sorted(forms & cues))


@pytest.mark.parametrize("text, surface, value, unit, currency, expected", [
    ("The Greek government is projecting a primary surplus of 2.1% of GDP.", "2.1%", 2.1, "percent", None, "forecast"),
    ("The IMF is predicting a fiscal deficit of 5.5% of GDP for Egypt.", "5.5%", 5.5, "percent", None, "forecast"),
    ("The Dutch cabinet is foreseeing a budget deficit of 2.9% of GDP.", "2.9%", 2.9, "percent", None, "forecast"),
    ("Moldova appealed for 40 million euros in emergency aid from the European Union.", "40 million euros", 4e7,
     "currency", "EUR", "demand"),
    ("The Senate is voting down a 10% tariff on Chinese cars.", "10%", 10, "percent", None, "rejection"),
    ("Berlin spurns calls for a 5% defence spending target.", "5%", 5, "percent", None, "rejection"),
])
def test_an_inflected_verb_takes_its_verbs_stance(text, surface, value, unit, currency, expected):
    cs = claims_of(text, mention(text, surface, value, unit=unit, currency=currency))
    assert cs and cs[0]["claim_type"] == expected


@pytest.mark.parametrize("text, surface, value, actor", [
    ("Japan's budget deficit will fall to 2% of GDP by 2028, predicts the International Monetary Fund.", "2%", 2, "IMF"),
    ("Italy's deficit will reach 3.1% of GDP this year, adds the European Commission.", "3.1%", 3.1, "EU"),
])
def test_a_reporting_verbs_forms_name_its_speaker(text, surface, value, actor):
    # report_verbs.csv: "predict" and "add" stand for "predicts" and "adds", which may be followed by their subject
    cs = claims_of(text, mention(text, surface, value))
    assert cs and cs[0]["actor_code"] == actor
