"""The analyst's entry points: `from pipeline import load` and `policy-claims report`, once wired in."""
from __future__ import annotations

import subprocess
import sys

import pytest

import pipeline
from pipeline.analysis.load import load as analysis_load

from .conftest import write_output


def test_pipeline_load_is_the_analysis_load():
    if "load" not in dir(pipeline) and not hasattr(pipeline, "__getattr__"):
        pytest.skip("pipeline/__init__.py does not export load yet")
    from pipeline import load

    assert load is analysis_load


def test_importing_pipeline_stays_cheap():
    code = "import sys, pipeline; print('pandas' in sys.modules, 'matplotlib' in sys.modules)"
    done = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True)
    assert done.stdout.split() == ["False", "False"]


def test_policy_claims_report_command(tmp_path, two_reports):
    from pipeline.cli import build_parser

    try:
        build_parser().parse_args(["report", "--output", "x"])
    except SystemExit:
        pytest.skip("pipeline/cli.py has no report command yet")
    out = write_output(tmp_path / "out", *two_reports)
    done = subprocess.run([sys.executable, "-m", "pipeline", "report", "--output", str(out), "--to", str(tmp_path / "r.html")],
                          capture_output=True, text=True)
    assert done.returncode == 0, done.stderr
    assert "data:image/png;base64," in (tmp_path / "r.html").read_text(encoding="utf-8")
