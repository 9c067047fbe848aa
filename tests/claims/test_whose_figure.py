"""Whose figure it is when several states or bodies are named (claims/whose.py and its callers): "the country's" reads
the clause's subject over a place inside a prepositional phrase and owns the figure's noun phrase; "the alliance's"
owns a goal as "NATO's" does; a fronted "In <capital>," is where the news is from, not whose figure; a bare "the
president" is the president the sentence named; a double-quote possessive (India"s) is read as one while the claim
keeps the source text. Own sentences; needs the gazetteer."""
import pytest

pytest.importorskip("pipeline.claims.gazetteer")

from helpers import pipeline_claim, pipeline_claims  # noqa: E402

from pipeline.claims.quotemarks import apostrophe_possessives  # noqa: E402


def _entities(text):
    from pipeline.claims import roles
    from pipeline.segment import split_sentences
    sentences = split_sentences(text)
    ctx = roles.ArticleContext({"text": text, "title": None}, sentences)
    return {e.surface: e.code for s in sentences for e in ctx.entities(s)}


def test_country_pronoun_reads_the_subject_not_the_place_of_talks():
    text = "Peru's talks in Washington with the World Bank on the country's 14 billion dlr foreign debt were frank."
    assert _entities(text)["the country's"] == "PER"


def test_country_pronoun_owns_the_figure_noun_phrase():
    text = ("Peru's talks in Washington with the World Bank and the International Monetary Fund (IMF) on the country's "
            "14 billion dlr foreign debt were useful, a senior Peruvian official was quoted as saying.")
    c = pipeline_claim(text, "14 billion")
    assert (c["actor_code"], c["target_code"]) == ("PER", "PER")


def test_government_possessive_is_not_read_inside_itself():
    # "the government" (the dateline's by default) inside "the government's" is no earlier state: the country of the
    # sentence's "The country's" owns the target
    text = ("WASHINGTON - The IMF said global debt would rise. For Egypt, the IMF projects public debt to fall to 85% of GDP. "
            "The country's budget deficit is seen at 6.1% of GDP, above the government's target of 5.5%.")
    c = pipeline_claim(text, "5.5%")
    assert (c["actor_code"], c["target_code"]) == ("EGY", "EGY")


def test_country_pronoun_without_a_place_stays_the_nearest_state():
    text = "Chile said the country's 19 billion dlr foreign debt would be rescheduled this year."
    assert pipeline_claim(text, "19 billion")["target_code"] == "CHL"


def test_alliance_possessive_owns_the_goal():
    text = ("Italy's defence budget will rise by 7% next year. That would put Rome at the alliance's 3.5% core defence goal "
            "six years before the 2035 deadline agreed in The Hague.")
    assert pipeline_claim(text, "3.5%")["target_code"] == "NATO"


def test_allies_possessive_is_no_owner_of_the_alliance():
    from pipeline.claims.whose import names_body
    from pipeline.claims.entities import Entity
    assert names_body(Entity(0, 12, "the alliance", "NATO", "group"))
    assert names_body(Entity(0, 18, "the currency bloc", "EUROZONE", "group"))
    assert not names_body(Entity(0, 14, "European allies", "NATO", "group"))
    assert not names_body(Entity(0, 13, "member states", "EU", "group"))


def test_fronted_country_stays_the_topic():
    from pipeline.claims.whose import venue_topic
    from pipeline.claims.entities import Entity

    class Ctx:
        text = "In Finland, Sweden said ..."

    class S:
        start = 0
    assert not venue_topic(Ctx, S, Entity(3, 10, "Finland", "FIN", "country"), Entity(12, 18, "Sweden", "SWE", "country"))
    Ctx.text = "In Helsinki, Sweden said ..."
    assert venue_topic(Ctx, S, Entity(3, 11, "Helsinki", "FIN", "capital"), Entity(13, 19, "Sweden", "SWE", "country"))


def test_bare_president_is_the_president_named_before():
    text = ("TOKYO, June 3 - President Biden's trade representative told reporters that nothing would cause the president "
            "to drop his plan to impose 25 pct tariffs on a range of Japanese steel products.")
    assert pipeline_claim(text, "25 pct")["actor_code"] == "USA"


def test_quote_possessive_is_read_as_apostrophe_with_offsets_kept():
    text = 'Critics attacked Egypt"s new budget. He said "no"s are rare; a "quote" stays.'
    out = apostrophe_possessives(text)
    assert len(out) == len(text)
    assert "Egypt's new budget" in out
    assert 'a "quote" stays' in out
    assert apostrophe_possessives("no quotes here") == "no quotes here"


def test_quote_possessive_claim_keeps_the_source_sentence():
    text = 'Egypt"s defence budget will rise to 2.5% of GDP next year, the finance ministry said.'
    claims = [c for c in pipeline_claims(text) if "2.5%" in c["figure_text"]]
    assert claims and claims[0]["target_code"] == "EGY"
    assert claims[0]["sentence"] == text


def test_asking_for_loans_is_the_askers_own_figure():
    text = ("Defence spending in Europe keeps rising. Sofia has also asked for about 3.3 billion euros of cheap loans from "
            "the EU's new SAFE defence instrument, officials said.")
    c = pipeline_claim(text, "3.3 billion")
    assert (c["actor_code"], c["target_code"]) == ("BGR", "BGR")


def test_asking_for_loans_needs_funds_after_the_figure():
    from pipeline.claims.whose import asks_for_funds
    text = "Lisbon has asked for 5.8 billion euros of EU loans. Washington asked for 5% of GDP from its allies."
    fig = text.index("5.8 billion"), text.index("5.8 billion") + len("5.8 billion euros")
    assert asks_for_funds(text, 0, fig)
    fig = text.index("5% of GDP"), text.index("5% of GDP") + len("5% of GDP")
    assert not asks_for_funds(text, 0, fig)


def test_imports_from_a_state_name_the_payer_of_a_duty():
    from pipeline.claims import roles
    from pipeline.claims.aid import pays_duty
    from pipeline.segment import split_sentences
    text = "Softwood imports from Canada dropped 20 pct because of a 10 pct duty, the department said."
    sentences = split_sentences(text)
    ctx = roles.ArticleContext({"text": text, "title": None}, sentences)
    assert pays_duty(ctx, sentences[0], "CAN", text.index("10 pct"))
