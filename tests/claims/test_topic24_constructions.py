"""Session 24, metric (issue 3): a whole budget's figure in a defence story. Own sentences (real facts); need the gazetteer.

1. A spending or budget word before a figure that it sizes ("total spending of 115.5 trillion yen") is the whole's, when a
   clause coordinated after it (", and ...") names the part (defence) with a figure of its own ("defence spending rising to
   8.7 trillion yen"): neither that part's cue nor the story's defence topic is what the whole's figure measures. The part
   named in the figure's own phrase ("spending 4.12% of GDP on defence") still is."""
import pytest

pytest.importorskip("pipeline.claims.gazetteer")

from helpers import pipeline_claim  # noqa: E402

DEFENCE_TITLE = "Defence budget to rise"


@pytest.mark.parametrize("text, whole, part", [
    ("TOKYO - Japan's cabinet endorsed a record budget with total spending of 115.5 trillion yen for fiscal 2025, and "
     "said defence outlays would rise to 8.7 trillion yen.", "115.5 trillion yen", "8.7 trillion yen"),
    ("BERLIN - The Bundestag passed the 2024 federal budget with total spending of 476.8 billion euros, and defence "
     "outlays rising to about 52 billion euros.", "476.8 billion euros", "52 billion euros"),
    ("TOKYO - Japan's government adopted a budget with total spending of 112.07 trillion yen for fiscal 2024, and said "
     "defence spending would rise to 7.95 trillion yen.", "112.07 trillion yen", "7.95 trillion yen"),
])
def test_a_sized_whole_beside_a_coordinated_part_is_public_spending(text, whole, part):
    assert pipeline_claim(text, whole, DEFENCE_TITLE)["metric"] == "public_spending"
    assert pipeline_claim(text, part, DEFENCE_TITLE)["metric"] == "defense_spending"


def test_the_part_in_the_figures_own_phrase_stays_the_part():
    text = ("BRUSSELS - NATO's estimates show Poland spending 4.12% of GDP on defence in 2024, ahead of Estonia at "
            "3.43%.")
    assert pipeline_claim(text, "4.12%", DEFENCE_TITLE)["metric"] == "defense_spending"
