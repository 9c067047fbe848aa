"""An aside between commas that closes before the figure neither governs it nor owns its pronoun: its stance words are the
aside's (asidestance.outside_aside), and "its" after it stands for the subject the aside interrupts
(anaphora.past_aside; roles.aside_regex now also reads ", one of the few donors ...," as an aside). Our own
sentences, through the whole pipeline (dated 1 June 2025)."""
from helpers import pipeline_claims


def _claim(text, figure):
    return next(c for c in pipeline_claims(text) if c["figure_text"].startswith(figure))


def test_a_state_placed_in_a_group_by_an_apposition_gives_its_own_aid():
    text = ("Official development aid from OECD donors fell 7% last year. Denmark, one of the few donors to keep its "
            "promise, will again give about 0.7% of its gross national income in aid.")
    c = _claim(text, "0.7%")
    assert (c["actor_code"], c["target_code"]) == ("DNK", "DNK")


def test_its_after_a_comparison_aside_is_the_subjects():
    text = "Japan, unlike Germany, will raise its defence budget to 2% of its GDP by 2027."
    c = _claim(text, "2% of its GDP")
    assert c["target_code"] == "JPN"


def test_its_deficit_after_an_organisations_estimating_verb_is_the_states():
    text = ("Finance Minister Carlos Cuerpo said Madrid would keep its spending plans; the Commission projects its deficit "
            "at 2.9% of GDP this year.")
    assert _claim(text, "2.9% of GDP")["target_code"] == "ESP"
