"""`policy-claims report`: a self-contained HTML (or Markdown) summary with the key charts."""
from __future__ import annotations

import argparse
import re

from pipeline.analysis.events import update_events
from pipeline.analysis.report import add_report_command, run_report_command, write_report

from .conftest import article, claim, write_output


def _output(tmp_path, two_reports):
    articles, claims = two_reports
    articles = articles + [article("nato", "Wire", 3)]
    claims = claims + [claim("c3", "nato", 3, actor_code="NATO", target_code="NATO", value=5.0, claim_type="commitment", deadline_year=2035),
                       claim("c4", "nato", 3, actor_code="DEU", target_code="DEU", value=3.5, claim_type="commitment", char_start=40)]
    out = write_output(tmp_path / "out", articles, claims)
    update_events(out)
    return out


def test_html_report_is_self_contained_with_the_key_charts(tmp_path, two_reports):
    out = _output(tmp_path, two_reports)
    path = write_report(out, tmp_path / "r.html")
    text = path.read_text(encoding="utf-8")
    assert text.count("data:image/png;base64,") == 4
    assert not re.search(r"(src|href)=['\"](?!data:)", text), "no external files or links"
    assert "<script" not in text
    assert "Who demands what of whom" in text and "SIPRI" in text
    assert "USA</td><td>demand</td><td>JPN</td><td>3.5% of GDP</td><td>2</td><td>2</td>" in text


def test_markdown_report_writes_its_charts_beside_it(tmp_path, two_reports):
    out = _output(tmp_path, two_reports)
    path = write_report(out, tmp_path / "summary.md")
    text = path.read_text(encoding="utf-8")
    images = re.findall(r"!\[[^\]]*\]\(([^)]+)\)", text)
    assert len(images) == 4 and all((tmp_path / i).read_bytes().startswith(b"\x89PNG") for i in images)


def test_report_of_an_empty_output_still_draws(tmp_path):
    out = write_output(tmp_path / "out", [], [])
    assert "data:image/png" in write_report(out, tmp_path / "r.html").read_text(encoding="utf-8")


def test_command_line(tmp_path, two_reports, capsys):
    parser = argparse.ArgumentParser(prog="policy-claims")
    add_report_command(parser.add_subparsers(dest="command"))
    out = _output(tmp_path, two_reports)
    args = parser.parse_args(["report", "--output", str(out), "--to", str(tmp_path / "x.html")])
    assert run_report_command(args) == 0 and (tmp_path / "x.html").exists()
    args = parser.parse_args(["report", "--output", str(tmp_path / "missing")])
    assert run_report_command(args) == 1
    assert "not a policy-claims output" in capsys.readouterr().err
