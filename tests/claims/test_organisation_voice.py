"""An organisation's voice named in other ways than "X said": a sentence-opening "It" that appeals, urges or proposes
after the organisation's statement ("The Commission says ... It has appealed to member states to pay"); an estimate
"from" it ("Early estimates from the World Bank put the aid needed at"); an uncoded speaker after an inverting verb
whose title places him in it ("says Ana Lopez, deputy director of the IMF's Western Hemisphere Department"); a sentence
fronted by a group of its members ("In the new member states of the European Union, ..."). Own sentences; needs the
gazetteer."""
import pytest

pytest.importorskip("pipeline.claims.gazetteer")

from helpers import pipeline_claim  # noqa: E402


def test_it_appealing_after_the_organisations_statement_is_the_organisation():
    text = ("Budget ministers met in Luxembourg on Monday without agreement. "
            "The European Commission says the bloc faces a budget gap of at least three billion euros this year. "
            "It has appealed to member states to pay an extra 2 billion euros to close the gap.")
    c = pipeline_claim(text, "2 billion")
    assert c["claim_type"] == "demand"
    assert c["actor_code"] == "EU"


def test_estimates_from_an_organisation_are_its_own():
    text = ("A cyclone struck Bangladesh and Myanmar last week. "
            "Early estimates from the World Bank put the reconstruction aid needed at about $3bn.")
    c = pipeline_claim(text, "$3bn")
    assert c["actor_code"] == "WORLD_BANK"


def test_an_uncoded_speaker_titled_in_an_organisation_speaks_for_it():
    text = ('"In the new member states of the European Union, the budget deficit is typically about 3% of gross '
            'domestic product," says Ana Lopez, deputy director of the IMF\'s European Department.')
    c = pipeline_claim(text, "3% of gross")
    assert (c["actor_code"], c["target_code"]) == ("IMF", "EU")
