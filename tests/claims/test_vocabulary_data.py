"""Word lists of construction modules live in pipeline/data/claims/ (obligation_participles, rule_owners, law_nouns,
alternative_budget_nouns, figure_verbs, telling_verbs, duty_phrases, law_goal_nouns, request_nouns, yield_words,
set_to_move_words, alliance_share_words), and each module's pattern is built from its own rows: every row read where its
columns say, and no other word (lexicon.listed_words, lexicon.words_alternation)."""
from types import SimpleNamespace

import pytest

from pipeline.claims import (alliancefigures, altbudget, lawtarget, othersduty, presseddemand, requiredrule, settomove,
                             yieldcost)
from pipeline.claims.lexicon import listed_words, read_rows, words_alternation
from pipeline.claims.morphology import forms_of


def test_an_alternation_keeps_the_words_order_and_reads_any_whitespace_between_words():
    assert words_alternation(["NATO", "Atlantic Treaty", "counter-budget"]) == r"NATO|Atlantic\s+Treaty|counter-budget"


@pytest.mark.parametrize("words", [["rules?"], ["euro\\s*zone"], ["a|b"], ["two  spaces"], []])
def test_an_alternation_takes_literal_words_only(words):
    with pytest.raises(ValueError):
        words_alternation(words)


def test_a_column_marks_one_lists_members():
    rows = read_rows("figure_verbs.csv")
    assert listed_words("figure_verbs.csv", "verb", where="told") == [r["verb"] for r in rows if r["told"]]
    assert len(listed_words("figure_verbs.csv", "verb")) == len(rows)


def test_a_kind_picks_the_rows_of_that_kind_or_kinds_in_the_files_order():
    rows = read_rows("yield_words.csv")
    assert listed_words("yield_words.csv", kind="modal") == [r["word"] for r in rows if r["kind"] == "modal"]
    assert listed_words("yield_words.csv", kind=("saving", "cost")) == ["cost", "save"]  # (the file's order)


FIGURE_VERBS = read_rows("figure_verbs.csv")


@pytest.mark.parametrize("row", FIGURE_VERBS, ids=lambda r: r["verb"])
def test_each_module_reads_its_own_column_of_figure_verbs(row):
    verb = row["verb"]
    assert row["required"] or row["duty"] or row["told"]  # (a row no list reads would say nothing)
    required = requiredrule.REQUIRED_BEFORE.search(f"Estonia is obliged by law to {verb} ")
    duty = othersduty.FIGURE_VERB.match(f" {verb} 3% of GDP")
    told = presseddemand.TOLD_TO_BEFORE.search(f"The IMF told the government to {verb} ")
    assert (required is not None, duty is not None, told is not None) == (bool(row["required"]), bool(row["duty"]),
                                                                          bool(row["told"]))


def test_no_figure_verb_is_the_start_of_another():
    # each verb is followed by a word boundary in the patterns, so at most one of them matches at a place and their order
    # in the file decides nothing
    verbs = [r["verb"] for r in FIGURE_VERBS]
    assert len(set(verbs)) == len(verbs)
    assert [(a, b) for a in verbs for b in verbs if a != b and b.startswith(a)] == []


@pytest.mark.parametrize("word", listed_words("obligation_participles.csv"))
def test_each_obligation_participle_opens_the_construction_and_guards_its_search(word):
    assert word in requiredrule.REQUIRED_BEFORE.words
    assert requiredrule.REQUIRED_BEFORE.search(f"Latvia is {word} by its own law to spend ") is not None


def test_no_other_participle_is_read():
    assert requiredrule.REQUIRED_BEFORE.search("Latvia is expected by its own law to spend ") is None


@pytest.mark.parametrize("row", read_rows("rule_owners.csv"), ids=lambda r: r["word"])
def test_each_rule_owner_word_names_its_owner(row):
    latvia = SimpleNamespace(code="LVA", surface="Latvia")
    word = row["word"]
    expected = {"NATO": ("NATO", "NATO"), "EU": ("EU", "EU"), "state": ("LVA", "Latvia")}[row["owner"]]
    assert requiredrule._owner(word, 0, len(word), None, latvia) == expected
    if row["case"] == "s":  # written as listed only ("ALLIANCE", "nATO" name no one)
        assert requiredrule._owner(word.swapcase(), 0, len(word), None, latvia) == (None, None)


@pytest.mark.parametrize("row", read_rows("law_nouns.csv"), ids=lambda r: r["word"])
def test_each_law_noun_names_a_laws_target_and_holds_a_guard_word(row):
    text = f"the new {row['word']}'s deficit target of "
    assert lawtarget.law_figure(text, len(text), 0)
    assert any(w in row["word"] for w in lawtarget.LAW_WORDS)
    assert (row["word"] in lawtarget.LAW_WORDS) == bool(row["guard"])


@pytest.mark.parametrize("row", read_rows("alternative_budget_nouns.csv"), ids=lambda r: r["word"])
def test_each_alternative_budget_noun_is_read_after_the_figure_and_the_marked_ones_before_it(row):
    after = f"by 800 million euros in the party's {row['word']}."
    end = after.index(" in")
    assert altbudget._after(after, end, len(after))
    before = f"their {row['word']} would take on "
    assert (altbudget.ALT_BEFORE.search(before) is not None) == bool(row["before"])


@pytest.mark.parametrize("row", read_rows("telling_verbs.csv"), ids=lambda r: r["word"])
def test_each_telling_verb_row_is_a_form_of_its_verb_and_is_read(row):
    assert row["word"] == row["verb"] or row["word"] in forms_of(row["verb"])
    assert presseddemand.TOLD_TO_BEFORE.search(f"The Commission {row['word']} Rome to cut ") is not None


def test_a_form_the_telling_verbs_leave_out_is_not_read():
    assert presseddemand.TOLD_TO_BEFORE.search("The Commission is telling Rome to cut ") is None


@pytest.mark.parametrize("row", read_rows("duty_phrases.csv"), ids=lambda r: r["phrase"])
def test_each_duty_phrase_is_read_in_the_lists_its_columns_mark(row):
    # (a phrase opens the window: one that holds a shorter listed phrase, "will need to", is read only where it is listed)
    phrase = row["phrase"]

    def opens(pattern):
        m = pattern.search(f"{phrase} spend ")
        return m is not None and m.start() == 0

    assert row["others"] or row["before"] or row["own"]
    assert (phrase in othersduty.OTHERS_DUTY, opens(othersduty.DUTY_BEFORE), opens(othersduty.OWN_DUTY_BEFORE)) \
        == (bool(row["others"]), bool(row["before"]), bool(row["own"]))


@pytest.mark.parametrize("word", listed_words("law_goal_nouns.csv"))
def test_each_law_goal_noun_names_a_laws_figure_singular_or_plural(word):
    for noun in (word, word + "s"):
        text = f"the budget law's {noun} of "
        assert lawtarget.law_figure(text, len(text), 0)


def test_no_other_goal_noun_is_read():
    text = "the budget law's forecast of "
    assert not lawtarget.law_figure(text, len(text), 0)


@pytest.mark.parametrize("word", listed_words("request_nouns.csv"))
def test_each_request_noun_governs_the_sum_after_it_singular_or_plural(word):
    for noun in (word, word + "s"):
        assert presseddemand.REQUEST_BEFORE.search(f"a Philippine {noun} for ") is not None


def test_no_other_asking_noun_is_read_as_a_request():
    assert presseddemand.REQUEST_BEFORE.search("a Philippine appeal for ") is None


YIELD_WORDS = read_rows("yield_words.csv")


def _yield_kind(kind):
    return [r["word"] for r in YIELD_WORDS if r["kind"] == kind]


def _measure_forecast_stands(before: str) -> bool:
    # the rules' forecast of a sum right after `before` against the model's commitment
    claim = {"claim_type": "forecast", "unit": "currency", "char_start": len(before)}
    return yieldcost.rules_stand(before, claim, "commitment", 0)


def test_every_yield_word_is_of_a_kind_the_module_reads():
    assert {r["kind"] for r in YIELD_WORDS} == {"modal", "adverb", "cost", "saving", "yield", "revenue", "instrument",
                                                "qualifier", "subject"}
    assert yieldcost.YIELD_BEFORE.words == tuple(_yield_kind("modal"))


@pytest.mark.parametrize("row", YIELD_WORDS, ids=lambda r: f"{r['kind']}:{r['word']}")
def test_each_yield_word_is_read_as_its_kind(row):
    word, kind = row["word"], row["kind"]
    phrase = {"modal": f"the plan {word} cost ", "adverb": f"the plan would {word} cost ",
              "cost": f"the plan would {word} the exchequer ", "saving": f"the plan would {word} households ",
              "yield": f"the tariff would {word} government revenues by ", "revenue": f"the tariff would raise government {word} by ",
              "qualifier": f"the plan would cost {word} ", "instrument": "the plan would save households ",
              "subject": "the plan would raise "}[kind]
    assert yieldcost.yield_match(phrase, len(phrase), 0) is not None
    if kind == "instrument":  # an act on an instrument is no bearer of a cost or a saving: "would save taxes"
        for verb in ("cost", "save"):
            acted = f"the plan would {verb} {word} "
            assert yieldcost.yield_match(acted, len(acted), 0) is None
    if kind == "subject":  # the subject's own saving: the rules' forecast does not stand
        assert not _measure_forecast_stands(f"{word} would save ")
        assert _measure_forecast_stands("the plan would save ")
    if kind == "cost":  # a cost is a measure's, whatever its subject
        assert _measure_forecast_stands(f"the government would {word} ")


def test_no_other_verb_is_a_cost_or_a_yield():
    assert yieldcost.yield_match("the plan would lose ", len("the plan would lose "), 0) is None


SET_TO_MOVE_WORDS = read_rows("set_to_move_words.csv")


def _set_to_move_stands(before: str) -> bool:
    # the rules' forecast of the figure right after `before` against the model's commitment
    return settomove.rules_stand(before, {"claim_type": "forecast", "char_start": len(before)}, "commitment", 0)


@pytest.mark.parametrize("row", SET_TO_MOVE_WORDS, ids=lambda r: f"{r['kind']}:{r['word']}")
def test_each_set_to_move_word_is_read_as_its_kind(row):
    word, kind = row["word"], row["kind"]
    assert kind in ("movement", "object", "copula", "adverb")
    if kind == "movement":
        assert settomove.SET_TO_MOVE.match(f"set to {word} by ") is not None
        assert settomove.SET_TO_MOVE.match(f"set to {word} the ") is None  # a transitive act on "the ..."
        assert _set_to_move_stands(f"Council tax is set to {word} by about ")
    elif kind == "object":
        assert settomove.SET_TO_MOVE.match(f"set to rise {word} ") is None
    elif kind == "copula":
        assert _set_to_move_stands(f"Council tax {word} set to rise by about ")
    else:
        assert _set_to_move_stands(f"Council tax is {word} set to rise by about ")


def test_no_other_movement_is_read():
    assert settomove.SET_TO_MOVE.match("set to raise VAT to ") is None
    assert not _set_to_move_stands("Council tax is set to raise about ")


ALLIANCE_SHARE_WORDS = read_rows("alliance_share_words.csv")


@pytest.mark.parametrize("row", ALLIANCE_SHARE_WORDS, ids=lambda r: f"{r['kind']}:{r['word']}")
def test_each_alliance_share_word_is_read_as_its_kind(row):
    af, word, kind = alliancefigures, row["word"], row["kind"]
    if kind == "name":
        assert af.MOVING_BEFORE.search(f"where {word} members are moving toward ") is not None
        assert af.MEMBERS_BEFORE.search(f"For all {word} countries, ") is not None
        assert af.AGREED_AFTER.match(f" that {word} members agreed") is not None
    elif kind == "alliance":  # only before the verb of its agreement
        assert af.AGREED_AFTER.match(f" that {word} agreed") is not None
        assert af.MOVING_BEFORE.search(f"where {word} members are moving toward ") is None
    elif kind == "members":
        assert af.MOVING_BEFORE.search(f"where NATO {word} are moving toward ") is not None
        assert af.MEMBERS_BEFORE.search(f"For all NATO {word}, ") is not None
    elif kind == "agreed":
        assert af.AGREED_AFTER.match(f" that NATO members {word}") is not None
    elif kind == "moving":
        assert af.MOVING_BEFORE.search(f"where NATO members are {word} toward ") is not None
    elif kind == "ally_qualifier":
        assert af.FOR_ALLIES_AFTER.match(f" of GDP for {word} allies") is not None
    else:
        assert kind == "allies"
        assert af.FOR_ALLIES_AFTER.match(f" of GDP for {word}") is not None
    if kind in ("name", "alliance"):  # the words every match of the search holds
        assert any(w in word.lower() for w in af.AGREED_AFTER.words)


def test_a_qualifier_is_read_as_news_text_writes_it_and_no_other_word():
    af = alliancefigures
    assert af.FOR_ALLIES_AFTER.match(" of GDP for US allies") is not None
    assert af.FOR_ALLIES_AFTER.match(" of GDP for America’s allies") is not None
    assert af.FOR_ALLIES_AFTER.match(" of GDP for African allies") is None
    assert af.AGREED_AFTER.match(" that NATO members rejected") is None
