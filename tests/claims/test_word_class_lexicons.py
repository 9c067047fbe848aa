"""Word classes read from pipeline/data/claims/ (none_verbs, levy_words, cause_openers, company_forms, purpose_phrases,
atlantic_alliance_words, data_show_words, superlatives, light_verbs, private_owners, means_words, aid_kinds;
company_forms also in speakers.py): each pattern finds its file's words in sentences written for this test, and the
grammar around the words still decides."""
import regex

from pipeline.claims import aid, roles, entities, organisations, voices, cuelexicon, cuescope, metrictopic
from pipeline.claims.lexicon import read_rows


def test_every_word_class_file_has_rows():
    for name, key in (("none_verbs.csv", "word"), ("levy_words.csv", "word"), ("cause_openers.csv", "phrase"),
                      ("company_forms.csv", "form"), ("purpose_phrases.csv", "phrase"),
                      ("atlantic_alliance_words.csv", "word"),
                      ("data_show_words.csv", "word"), ("superlatives.csv", "word"), ("light_verbs.csv", "verb")):
        rows = read_rows(name)
        assert rows and all(r[key] for r in rows), name


def test_none_verbs_are_the_files_words():
    assert {"share", "yield", "vote"} <= cuelexicon._none_verbs()
    assert "dividend" not in cuelexicon._none_verbs()


def test_levy_word_before_what_is_taxed():
    text = "The government proposed a surtax on oil companies "
    assert cuelexicon._taxed_before().search(text)
    assert not cuelexicon._taxed_before().search("The government praised oil companies ")


def test_cause_opener_right_before_a_cue():
    assert cuescope._cause_before_cue().search("the gap widened owing to lower ")
    assert cuescope._cause_before_cue().search("the gap widened as a result of weaker ")
    assert not cuescope._cause_before_cue().search("the gap widened with lower ")
    # a concession opens a cause after a figure only: before a metric word it is no cause opener
    assert not cuescope._cause_before_cue().search("the gap widened despite lower ")


def test_cause_after_a_figure_reads_every_kind_of_the_file():
    kinds = {r["kind"] for r in read_rows("cause_openers.csv")}
    assert kinds == {"opener", "after_figure", "by_verb"}
    for gap in (" owing to ", ", despite ", " amid ", ", driven by ", ", held down by ", ", fueled up by "):
        assert cuescope._cause_after().search(gap), gap
    for gap in (", driven ", " in line with ", " and "):
        assert not cuescope._cause_after().search(gap), gap


def test_company_form_in_a_headline_only_as_a_whole_word():
    assert metrictopic._company_title().search("ACME HOLDINGS PLC LIFTS PAYOUT")
    assert metrictopic._company_title().search("NORTHWIND <NWD.N> CUTS OUTLAYS")
    assert not metrictopic._company_title().search("EC CO-OPERATION FUND AGREED")
    # legal forms are matched as written
    assert not metrictopic._company_title().search("Acme Holdings Plc lifts payout")


def test_company_forms_in_running_text_as_written():
    from pipeline.claims import speakers

    m = speakers.FIRM_NAME.search("Northwind Shipping Bros expects freight rates to ease")
    assert m and m.group(1) == "Northwind"
    assert speakers.FIRM_SPEAKER.search("Hale and Co said the deficit would narrow")
    assert not speakers.FIRM_NAME.search("the Dairy & Co-operative Board")  # "Co" after "&" only as a whole word
    assert not speakers.FIRM_NAME.search("Northwind Shipping CORP")  # as written: the upper-case form is a headline's


def test_company_form_scans_hold_every_form_of_the_file():
    from pipeline.claims import speakers

    for row in read_rows("company_forms.csv"):
        name = "Northwind " + ("& " if row["after"] else "") + row["form"]
        assert speakers.FIRM_NAME.search(name + " said"), name
        assert any(form in name for form in speakers.LEGAL_FORMS), name  # the cheap scan lets it through
        if not row["after"]:
            assert any(w in name.lower() for w in speakers.UNKNOWN_WORDS), name


def test_atlantic_alliance_words_are_no_party():
    assert entities._party_alliance_name().search("Green Alliance")
    assert not entities._party_alliance_name().search("Transatlantic Alliance")
    assert not entities._party_alliance_name().search("Western Alliance")


def test_data_show_kinds():
    text = "Statistics Norway's provisional figures indicated a surplus"
    assert roles._data_show().match(text, len("Statistics Norway"))
    assert roles._data_show_word().search(text)
    assert not roles._data_show().match("Statistics Norway's provisional figures were late", len("Statistics Norway"))


def test_superlative_word_and_most_grammar():
    assert organisations._superlative_scope().search("the narrowest gap among the ")
    assert organisations._superlative_scope().search("the most indebted member of the ")
    assert not organisations._superlative_scope().search("a narrow gap among the ")


def test_light_verb_phrase():
    m = voices._light_verb().search("Ms Lund put forward a fresh ")
    assert m and m.start() == len("Ms Lund ")
    assert not voices._light_verb().search("Ms Lund welcomed a fresh ")


def test_patterns_are_built_from_the_files():
    assert isinstance(voices._light_verb().regex, regex.Pattern)
    assert "reiterates" in voices._light_verb().pattern


def test_purpose_phrase_and_compensate_grammar():
    assert cuescope.purpose_regex().search("a fund of 3 billion crowns in order to lower the deficit")
    assert cuescope.purpose_regex().search("a grant of 40 mln euros to compensate farmers for lost exports")
    assert not cuescope.purpose_regex().search("a fund of 3 billion crowns that lowered the deficit")


def test_private_owners_file_kinds():
    rows = read_rows("private_owners.csv")
    assert {r["kind"] for r in rows} == {"private", "public", "holder"}
    assert all(r["why"] for r in rows)


def test_private_owner_forms_from_the_file():
    owner = cuelexicon._private_owner()
    # an irregular plural's possessive, with either apostrophe, and a modifier and a figure between
    assert owner.search("Norway's utilities' 40 bln crown grid ")
    assert owner.search("the utility’s ")
    assert owner.search("Canadian households ")
    # a public owner of the file coordinated before the private one is the group `public`
    m = owner.search("sovereign and corporate foreign ")
    assert m and m.group("public")
    # a bare "company" is no owner, and "and" cuts the owner off from the word
    assert not owner.search("the state oil company ")
    assert not owner.search("business and government ")


def test_purpose_words_are_read_from_purpose_phrases_only():
    # means_regex holds the means words (means_words.csv); "in order to" and "so as to" come from purpose_phrases.csv
    # (cuescope.purpose_regex)
    means = cuescope.means_regex()
    assert not means.search("so as to lower") and not means.search("in order to lower")
    assert means.search("financed by new borrowing")
    assert cuescope.purpose_regex().search("raise spending by 4 billion crowns so as to lower")


def test_metric_word_after_a_purpose_phrase_is_no_measure():
    from helpers import pipeline_claims

    text = ("OSLO, May 4 - Norway will raise spending by 4 billion crowns so as to lower its budget deficit, "
            "the finance ministry said.")
    assert [c["metric"] for c in pipeline_claims(text) if c["figure_text"] == "4 billion crowns"] == ["public_spending"]


def test_means_words_file_kinds():
    rows = read_rows("means_words.csv")
    assert {r["kind"] for r in rows} == {"means", "financing", "financing_before", "preposition"}
    assert all(r["phrase"] and r["why"] for r in rows)


def test_means_words_after_a_figure():
    means = cuescope.means_regex()
    # a means word of the file on its own, a multi-word one across a line break, and a financing verb with one word and
    # a preposition of the file
    assert means.search("Sweden will raise 4 billion crowns via a new bond issue").group() == "via"
    assert means.search("closing the gap by\nmeans of cuts in farm subsidies").group() == "by\nmeans of"
    assert means.search("a 2 billion euro rail plan paid for partly with EU funds").group() == "paid for partly with"
    # "covered" is a financing verb before a cue only, and a verb needs a preposition of the file
    assert not means.search("a gap of 3 billion crowns covered by new borrowing")
    assert not means.search("a 2 billion euro rail plan funded in part")


def test_means_before_a_cue():
    before = cuescope.means_before_regex()
    # a financing verb, its preposition, an article and "higher" right before where a cue would start
    assert before.search("Italy's 5 billion euro pension rise will be financed through the higher ")
    assert before.search("the 800 million pound shortfall is covered by new ")
    # the verb must end the stretch (with what may follow its preposition): a word beyond it is no cue's means
    assert not before.search("the rise will be financed by Rome's ")
    assert not before.search("the rise will be financed in full ")


def test_aid_kinds_from_the_file():
    assert aid._aid_kinds() == tuple(r["kind"] for r in read_rows("aid_kinds.csv"))
    after = aid._aid_word_after()
    # a kind of aid of the file between the state and an aid word, or none; lower case only
    assert after.match(" food aid to Sudan", 0).group() == " food aid"
    assert after.match(" development loans for Kenya", 0).group() == " development loans"
    assert after.match(" grants for the flood", 0)
    assert not after.match(" Food Aid Convention", 0)
    # a word that is no kind of the file leaves the aid word out of reach
    assert not after.match(" humanitarian aid", 0)
