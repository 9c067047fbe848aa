"""The NewsQuant scorer (pipeline/evaluation/newsquant.py) on a tiny file of our own sentences
written in NewsQuant's format (the real file is third-party data and stays out of the repo)."""
import json

import pytest

from pipeline.evaluation import newsquant


def q(value, unit, normalized, change="="):
    return {"change": change, "value": value, "unit": unit, "normalized_unit": normalized, "referred_concepts": "-"}


ITEMS = [
    # money in whole units, a percent with a change
    {"text": "The council cut its budget by 4% to $120 million this year.",
     "quantities": [q("4.0", "%", "percentage", "down"), q("120000000.0", "$", "dollar")]},
    # cents are written in cents; a bound sign
    {"text": "The stock rose 35 cents, or more than 2 percent.",
     "quantities": [q("35.0", "cents", "cent", "up"), q("2.0", "percent", "percentage", ">")]},
    # a range a-b found as one range mention (bound "range" whatever NewsQuant's sign)
    {"text": "Tickets cost between $40 and $60 each.", "quantities": [q("40.0-60.0", "$", "dollar")]},
    # a range NewsQuant writes for "from A to B", found as two figures (both levels)
    {"text": "The fare went from $2,400 to $2,100 after the strike.",
     "quantities": [q("2400.0-2100.0", "$", "dollar", "down")]},
    # "A or B" is one range in the contract, two figures in NewsQuant
    {"text": "A coffee costs about 3 or 4 euros there.",
     "quantities": [q("3", "-", "euro", "~"), q("4", "euros", "euro")]},
    # out of scope: a count and a physical quantity ("5 pounds of rice" is a weight, not money)
    {"text": "The 12 climbers carried 30 kilograms each and 5 pounds of rice.",
     "quantities": [q("12", "climbers", "climber"), q("30.0", "kilograms", "kilogram"),
                    q("5", "pounds", "pound-mass")]},
    # pence tagged as index points: not counted either way
    {"text": "The shares closed at 245p.", "quantities": [q("245", "p", "point")]},
    # a missed figure (a vague magnitude the project does not read)
    {"text": "It will cost tens of millions of dollars.",
     "quantities": [q("10000000.0-100000000.0", "dollars", "dollar")]},
    {"text": "Nothing here is a number.", "quantities": []},
]


@pytest.fixture()
def small_file(tmp_path):
    path = tmp_path / "small.json"
    path.write_text(json.dumps(ITEMS), encoding="utf-8")
    return path


def test_scores(small_file):
    details = []
    r = newsquant.evaluate(small_file, details)
    assert r["sentences"] == 9 and r["quantities"] == 13
    assert r["classes"] == {"percent": 2, "money": 7, "count": 1, "physical": 2, "points": 1}
    # scored: 4%, $120m, 35 cents, 2%, $40-60, $2,400-2,100, 3 euros, 4 euros, tens of millions
    assert r["gold"] == 9
    assert r["found"] == 8 and r["missed"] == 1
    # "5 pounds of rice" is read as a weight (no false positive); 245p is pence NewsQuant calls points
    assert r["false_positives"] == 0 and r["other_class"] == 1
    assert r["currency_accuracy"] == 1.0
    missed = [d for d in details if d["missed"]]
    assert len(missed) == 1 and "tens of millions" in missed[0]["text"]


def test_fields(small_file):
    r = newsquant.evaluate(small_file)
    # bound scored on the single matches with a bound sign: $120m "=", 2% ">" and $40-60 (which
    # expects "range"); 4% carries a change, the "3 or 4 euros" and from-to pairs are not scored
    assert r["bound_accuracy"] == 1.0 and r["bound_scored"] == 3
    # change scored on 4% (down) and 35 cents (up); the from-to range found as two levels is not
    assert r["change_scored"] == 2 and r["change_accuracy"] == 1.0
    assert r["ranges_as_two_figures"] == 3  # the from-to pair and both ends of "3 or 4 euros"


def test_values_and_classes():
    assert newsquant.parse_value("2400.0-2100.0") == (2400.0, 2100.0)
    assert newsquant.parse_value("-1.3") == (-1.3, None)
    assert newsquant.parse_value("3.0 - 4.0") == (3.0, 4.0)
    assert newsquant.parse_value("1.99E-29") == (1.99e-29, None)
    assert newsquant.gold_class(q("1", "$ per barrel", "dollar per barrel")) == "money"
    assert newsquant.gold_class(q("5", "percent a year", "percentage per year")) == "percent"
    assert newsquant.gold_class(q("0.25", "% x", "% separate concept")) == "fraction"
    assert newsquant.gold_class(q("7", "mph", "mile per hour")) == "physical"
    assert newsquant.gold_class(q("7", "goals", "goal")) == "count"


def test_cli(small_file, capsys):
    assert newsquant.main([str(small_file)]) == 0
    out = capsys.readouterr().out
    assert "precision" in out and "outside the project's scope" in out
    assert newsquant.main([str(small_file) + ".missing"]) == 2


def test_policy_claims_evaluate_newsquant(small_file, capsys):
    from pipeline.cli import main as cli_main

    assert cli_main(["evaluate", "newsquant", str(small_file)]) == 0
    assert "F1" in capsys.readouterr().out
    assert cli_main(["evaluate", "newsquant", str(small_file) + ".missing"]) == 2
