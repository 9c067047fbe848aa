"""A state or government body named only in the headline (kept out of the text, as in wire and own articles): the first
body sentence may go on about it ("The plan includes ... of savings") with the openings a sentence of the text allows
after one naming a public body (story.continues_public_body); a firm's headline, a firm a state's name owns ("Japan's
Nissan") and a demonym alone ("German carmaker") let no weak metric word through (session 22, our own wording)."""
from helpers import pipeline_claims


def _figures(text: str, title: str) -> list[tuple]:
    return [(c["figure_text"], c["metric"], c["target_code"]) for c in pipeline_claims(text, title)]


def test_a_prime_minister_in_the_headline_owns_the_plan_of_the_first_sentence():
    text = "The plan includes 43.8 billion euros of savings in 2026. It goes to parliament in the autumn."
    assert _figures(text, "French Prime Minister Bayrou unveils his plan") == [("43.8 billion euros", "public_spending", "FRA")]
    assert _figures(text, "France's prime minister unveils his plan") == [("43.8 billion euros", "public_spending", "FRA")]


def test_a_finance_minister_in_the_headline_owns_the_package():
    text = "The package includes 4.8 billion pounds of cuts to welfare by 2030."
    assert _figures(text, "UK finance minister Reeves sets out her package") == [("4.8 billion pounds", "public_spending", "GBR")]
    text = "It includes 4.8 billion pounds of cuts by 2030."
    assert [f[0] for f in _figures(text, "Britain's finance minister sets out her package")] == ["4.8 billion pounds"]


def test_a_cabinet_in_a_capitals_headline():
    text = "The plan includes 43.8 billion euros of savings in 2026."
    assert [f[0] for f in _figures(text, "FRENCH PRIME MINISTER UNVEILS PLAN")] == ["43.8 billion euros"]


def test_a_firms_headline_gives_no_claim():
    text = "The plan includes 500 billion yen of cuts by 2027."
    assert _figures(text, "Nissan unveils recovery plan") == []
    assert _figures(text, "Japan's Nissan unveils recovery plan") == []
    assert _figures(text, "JAPAN'S NISSAN UNVEILS RECOVERY PLAN") == []
    text = "The plan includes 15 billion euros of cuts a year."
    assert _figures(text, "German carmaker Volkswagen agrees plan with unions") == []
    assert _figures(text, "Volkswagen agrees plan with German government") == []


def test_a_noun_the_headline_does_not_hold_is_no_continuation():
    text = "The company includes 43.8 billion euros of savings in its accounts."
    assert _figures(text, "French Prime Minister Bayrou unveils his plan") == []
