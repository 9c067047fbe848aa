"""hedged, negated, attributed_to, compared_to, deadline_year (own sentences)."""
from helpers import claims_of, mention


def test_hedged_by_expected_to():
    text = "The leader is expected to demand that allies spend 4% of GDP on defence."
    assert claims_of(text, mention(text, "4%", 4))[0]["hedged"] is True


def test_subordinate_clause_not_hedged_by_main_clause_source():
    text = "Sources say the talks collapsed after the envoy demanded a defence budget of 3%."
    c = claims_of(text, mention(text, "3%", 3))[0]
    assert c["hedged"] is False and c["attributed_to"] == "sources"


def test_negated():
    text = "The ministry denied it had promised defence spending of 2.5%."
    assert claims_of(text, mention(text, "2.5%", 2.5))[0]["negated"] is True


def test_attributed_to_named_outlet():
    text = "The Wall Street Journal reported that the treasury plans a budget deficit of 2%."
    assert claims_of(text, mention(text, "2%", 2))[0]["attributed_to"] == "Wall Street Journal"


def test_deadline_and_compared_to():
    text = "The government pledged to raise defence spending to 2.5% by 2030, up from 1.9%."
    claims = claims_of(text, mention(text, "2.5%", 2.5), mention(text, "1.9%", 1.9))
    assert claims[0]["deadline_year"] == 2030
    assert claims[0]["compared_to"] == 1.9


def test_from_to_order():
    text = "The import tariff will rise from 10% to 15%."
    claims = claims_of(text, mention(text, "10%", 10), mention(text, "15%", 15))
    by_value = {c["value"]: c for c in claims}
    assert by_value[15]["compared_to"] == 10 and by_value[10]["claim_type"] == "actual"
