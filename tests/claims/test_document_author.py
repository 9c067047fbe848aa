"""A plan, budget or bill a sentence opens with as its subject speaks for its author: the drafter named after it, a
possessive pronoun's referent, an organisation the sentence names, else the state the story is about (own sentences;
needs the gazetteer)."""
import pytest

pytest.importorskip("pipeline.claims.gazetteer")

from helpers import pipeline_claim  # noqa: E402


def actor(text, figure):
    return pipeline_claim(text, figure)["actor_code"]


def test_drafter_named_after_the_plan():
    text = ("WASHINGTON, April 2 - Senate Republicans unveiled their budget outline on Thursday. "
            "The plan, drafted by the Senate Budget Committee, calls for 15 billion dlrs in new tax revenues.")
    assert actor(text, "15 billion") == "USA"


def test_budget_of_the_story_state():
    text = ("OTTAWA, Feb 18 - Canada's government tabled its budget on Wednesday. "
            "The budget cut defence spending by two billion dlrs and called for higher fuel taxes.")
    assert actor(text, "two billion") == "CAN"


def test_organisations_package():
    text = ("European Community finance ministers met in Brussels on Monday. "
            "The rescue package includes a demand for member states to pay an extra 900 mln European currency units.")
    assert actor(text, "900 mln") in ("EC", "EU")
