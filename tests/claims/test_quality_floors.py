"""Accuracy on the dev gold files may not silently drop below the pinned floors (floors.json)."""
import json
from pathlib import Path

import pytest

from pipeline.evaluation import claims as ev
from pipeline.evaluation import corpora

FLOORS = json.loads((Path(__file__).parent / "floors.json").read_text())
FILES = sorted(k for k in FLOORS if not k.startswith("_"))


@pytest.fixture(scope="module")
def report():
    if corpora.corpora_dir() is None:
        pytest.skip("shared corpora absent")
    files = [ev.GOLD_DIR / f for f in FILES if (ev.GOLD_DIR / f).exists()]
    return ev.evaluate_dev(files)


@pytest.mark.parametrize("name", FILES)
def test_floor(report, name):
    if name not in report:
        pytest.skip(f"{name} absent")
    scores = report[name]
    assert scores["figure"]["f1"] >= FLOORS[name]["figure_f1"], ev.format_scores(name, scores)
    assert scores["whole"]["f1"] >= FLOORS[name]["whole_f1"], ev.format_scores(name, scores)
