"""The claim_type model's structural inputs (pipeline/claims/typefeatures.py; our own sentences)."""
from datetime import datetime

from pipeline.claims import typefeatures, typemodel

PUBLISHED = datetime(2026, 3, 2)


def _features(text, surface, extras, claim_type="commitment", metric="fiscal_deficit", published=PUBLISHED):
    start = text.index(surface)
    claim = {"sentence": text, "char_start": start, "char_end": start + len(surface), "claim_type": claim_type,
             "metric": metric, "unit": "percent", "actor_code": "FRA", "target_code": "FRA", "bound": "exact"}
    return typemodel.features(claim, text, published, with_rules=False, adjacency=True, extras=extras)


def test_no_extras_is_the_committed_feature_set():
    text = "The finance ministry said it would cut the budget deficit to 2.9% of GDP in 2027."
    plain = _features(text, "2.9%", ())
    assert plain == _features(text, "2.9%", ("nothing-known",))  # an unknown group name adds nothing
    assert not any(k.startswith(("own", "pair=", "predicate", "act=", "believed", "subject=")) for k in plain)


def test_anchor_reads_the_level_a_change_starts_from_and_a_past_year():
    text = "Spain will raise its defence budget from 1.3% of GDP to 2.1% of GDP by 2029."
    f = _features(text, "1.3% of GDP", ("anchor",))
    assert f.get("own=baseline") == 1.0
    assert "own=baseline" not in _features(text, "2.1% of GDP", ("anchor",))
    past = "Belgium's deficit stood at 4.4% of GDP in 2024, the central bank said."
    g = _features(past, "4.4% of GDP", ("anchor",), claim_type="actual")
    assert g.get("own_date=past") == 1.0 or g.get("own=past") == 1.0


def test_anchor_marks_a_plan_word_in_the_figures_own_phrase():
    text = "Austria kept to its 2026 target of 3.2% of GDP for the deficit."
    assert _features(text, "3.2%", ("anchor",)).get("own_planned") == 1.0


def test_pair_joins_the_stance_classes_of_one_clause():
    text = "The cabinet plans to cut the deficit to 3% of GDP and expects it to fall further."
    f = _features(text, "3%", ("pair",))
    pairs = [k for k in f if k.startswith("pair=")]
    assert pairs and all(k.count("+") == 1 and k[5:].split("+")[0] < k[5:].split("+")[1] for k in pairs)
    lone = "The cabinet plans to cut the deficit to 3% of GDP."
    assert not any(k.startswith("pair=") for k in _features(lone, "3%", ("pair",))) or \
        len({k for k in _features(lone, "3%", ()) if k.startswith("cue_")}) > 1


def test_predicate_tells_a_level_foreseen_from_an_act():
    level = "Officials said the deficit will total about 3.1% of GDP this year."
    f = _features(level, "3.1%", ("predicate",))
    assert f.get("predicate=level_modal") == 1.0 and "predicate=act" not in f
    act = "The government would cut income tax by 2% next year."
    g = _features(act, "2%", ("predicate",))
    assert g.get("predicate=act_modal") == 1.0 and "predicate=level" not in g
    plain = "The ministry raised the tax to 24% last year."
    assert _features(plain, "24%", ("predicate",)).get("predicate=act_plain") == 1.0


def test_voice_reads_a_believed_clause_of_another_party():
    text = "The institute expects the government to run a deficit of 4.1% of GDP next year."
    f = _features(text, "4.1%", ("voice",), claim_type="forecast")
    assert f.get("believed") == 1.0 or f.get("voice=body") == 1.0


def test_a_figure_outside_its_sentence_gets_no_structural_features_and_no_error():
    text = "Norway's budget surplus was 9% of GDP."
    claim = {"sentence": "another sentence", "char_start": text.index("9%"), "char_end": text.index("9%") + 2,
             "claim_type": "actual", "metric": "fiscal_deficit", "unit": "percent", "actor_code": "NOR"}
    f = typemodel.features(claim, text, PUBLISHED, with_rules=False, adjacency=True, extras=typefeatures.GROUPS)
    assert f["bias"] == 1.0


def test_the_model_file_names_the_groups_it_was_trained_with():
    m = typemodel.model()
    assert set(m.extras) <= set(typefeatures.GROUPS)
    assert all(any(k.startswith(prefix) for k in m.index) for prefix, group in
               (("own", "anchor"), ("pair=", "pair"), ("predicate=", "predicate"), ("act=", "act")) if group in m.extras)


def test_own_anchor_parts_are_what_its_steps_read_and_leave_its_answer_alone():
    from pipeline.claims import anchor, levels, stance

    text = "Portugal will lift defence spending from about 1.6% of GDP today to 2% by 2029, the minister said."
    start = text.index("1.6%")
    end = start + len("1.6% of GDP")
    clause = stance.clause_bounds(text, 0, len(text), start, end)
    parts = {}
    kind = anchor.own_anchor(text, clause, start, end, PUBLISHED, "exact", parts)
    assert kind == anchor.own_anchor(text, clause, start, end, PUBLISHED, "exact") == "baseline"
    assert parts["stretch"] == levels.own_stretch(text, clause, start, end)
    assert parts["dated"] == levels.own_date(text, clause, start, end, PUBLISHED)
    assert parts["planned"] is False


# -- session 25's groups (dated, owner, we): commitment against forecast and actual ----------------------------------
def _keys(f, *prefixes):
    return {k for k in f if k.startswith(prefixes)}


def test_dated_crosses_the_figures_own_year_with_the_actor_and_the_subject():
    plan = "The French government aims to cut the deficit to 5.4% of GDP in 2025."
    f = _features(plan, "5.4% of GDP", ("dated",), published=datetime(2025, 1, 15))
    assert {"dated=current|actor=state", "dated=current|subj=public"} <= set(f)
    past = "France's public deficit was 5.8% of GDP in 2024, the statistics office INSEE said."
    g = _features(past, "5.8% of GDP", ("dated",), claim_type="actual", published=datetime(2025, 3, 27))
    assert "dated=past|actor=state" in g and not _keys(g, "owner", "we")
    undated = "Italy's deficit stood at 3.4% of GDP, Istat said."
    assert "dated=none|actor=state" in _features(undated, "3.4% of GDP", ("dated",), claim_type="actual")


def test_owner_reads_a_budget_noun_before_the_figure_and_its_year():
    text = "Poland's 2025 budget plans defence spending of 4.7% of GDP."
    f = _features(text, "4.7% of GDP", ("owner",), metric="defense_spending", published=datetime(2024, 8, 28))
    assert {"owner=budget", "owner=budget|later", "owner=budget|actor=state"} <= set(f)
    target = "NATO allies agreed in 2014 to move towards the guideline of spending 2% of GDP on defence within a decade."
    assert not _keys(_features(target, "2% of GDP", ("owner",), metric="defense_spending"), "owner=budget")
    goal = "At The Hague in 2025 the allies set a goal of 5% of GDP for defence and security by 2035."
    assert "owner=target" in _features(goal, "5% of GDP", ("owner",), metric="defense_spending",
                                       published=datetime(2025, 6, 25))


def test_we_marks_a_first_person_plural_subject_before_the_figure():
    text = "We will invest more than 2% of our GDP in our defence every year, Chancellor Olaf Scholz told the Bundestag."
    f = _features(text, "2% of our GDP", ("we",), metric="defense_spending", published=datetime(2022, 2, 27))
    assert "we" in f
    third = "Chancellor Olaf Scholz said Germany would invest more than 2% of its GDP in defence every year."
    assert not _keys(_features(third, "2% of its GDP", ("we",), metric="defense_spending",
                               published=datetime(2022, 2, 27)), "we")
