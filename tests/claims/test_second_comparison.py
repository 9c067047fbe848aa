"""A second comparison of the same head across "but" ("... up from A in April, but down from B a year earlier"): the later base is
compared with the same head and takes its metric (figures.SECOND_COMPARISON), also when the comma is left out and the verb
repeated ("... but was down from B posted ..."). Sentences written for these tests."""
from helpers import pipeline_claims


def _found(text: str) -> list[tuple]:
    return [(c["figure_text"], c["metric"]) for c in pipeline_claims(text)]


def test_second_base_across_but_with_a_repeated_verb():
    text = ("Norway's current account surplus widened to a provisional 8.1 billion crowns in May from 5.2 billion in April "
            "but was down from 9.3 billion posted in May 2024.")
    assert _found(text) == [("8.1 billion crowns", "current_account"), ("5.2 billion", "current_account"),
                            ("9.3 billion", "current_account")]


def test_second_base_across_but_with_a_comma():
    text = ("Norway's current account surplus widened to a provisional 8.1 billion crowns in May from 5.2 billion in April, "
            "but down from 9.3 billion a year earlier.")
    assert [m for _, m in _found(text)] == ["current_account"] * 3


def test_a_later_sum_of_another_clause_is_no_second_base():
    # "but" opens a clause about something else: the ticket price is not compared with the surplus
    text = ("Norway's current account surplus widened to a provisional 8.1 billion crowns in May from 5.2 billion in April, "
            "but ferry tickets rose to 40 crowns.")
    assert [f for f, _ in _found(text)] == ["8.1 billion crowns", "5.2 billion"]
