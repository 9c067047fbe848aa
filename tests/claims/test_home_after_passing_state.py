"""A figure whose sentence names no owner belongs to the state named before it, unless the story's own state was named
(as an object or an owner) after that state and before the figure: a foreign subject further back was a passing mention
("Russia ... lies within a few hours' drive. Not everyone in Warsaw is comfortable. ... public debt, at around 55% of
GDP"). Own sentences; needs the gazetteer."""
import pytest

pytest.importorskip("pipeline.claims.gazetteer")

from helpers import pipeline_claim  # noqa: E402

STORY = ("Hungary will raise defence spending to 2.5% of GDP next year, the government said on Monday. "
         "Hungary's finance minister said the budget would stay tight. "
         "Serbia and Romania lie across the southern border, and the region has seen tension for years. "
         "Not everyone in Budapest is pleased. Some economists warn that public debt, at around 74% of GDP, could "
         "climb above 76% within two years.")


def test_home_named_as_a_location_after_a_foreign_subject():
    assert pipeline_claim(STORY, "74%")["target_code"] == "HUN"


def test_home_named_as_an_owner_after_a_foreign_subject():
    text = ("Iraq presented its 2026 budget on Sunday, the finance ministry said. "
            "Contracts went to Jordanian companies, which critics said were favoured. "
            "It followed a ruling of Iraq's top court on oil revenues. "
            "Within that total, taxes would rise to $9.2bn.")
    assert pipeline_claim(text, "$9.2bn")["target_code"] == "IRQ"


def test_a_foreign_subject_with_no_later_mention_of_home_keeps_its_figure():
    text = ("Hungary will raise defence spending to 2.5% of GDP next year, the government said on Monday. "
            "Romania plans to lift its own spending next year. "
            "Its public debt stands at about 55% of GDP.")
    assert pipeline_claim(text, "55%")["target_code"] == "ROU"
