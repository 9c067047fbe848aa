"""The README documents what the code does: column tables from the schema, the CI test command."""
from pathlib import Path

from pipeline.schema import schema_markdown

ROOT = Path(__file__).resolve().parents[1]


def test_readme_column_tables_match_the_schema():
    readme = (ROOT / "README.md").read_text(encoding="utf-8")
    section = readme.split("<!-- schema:start -->\n", 1)[1].split("<!-- schema:end -->", 1)[0]
    assert section.strip() == schema_markdown().strip(), "regenerate with `policy-claims schema`"


def test_ci_runs_the_readme_test_command():
    readme = (ROOT / "README.md").read_text(encoding="utf-8")
    test_command = next(line for line in readme.splitlines() if line.startswith("pip install '.[test]'"))
    assert test_command in (ROOT / ".ci" / "run").read_text(encoding="utf-8")


def test_readme_lists_every_reject_reason_of_the_schema():
    import csv

    from pipeline.schema import REJECT_REASONS

    rows = list(csv.DictReader((ROOT / "pipeline" / "data" / "readers" / "reject_reasons.csv").open(encoding="utf-8")))
    assert {r["reason"] for r in rows} == set(REJECT_REASONS)
    readme = (ROOT / "README.md").read_text(encoding="utf-8")
    section = readme.split("<!-- rejects:start -->", 1)[1].split("<!-- rejects:end -->", 1)[0]
    for row in rows:
        assert f"| `{row['reason']}` | {row['meaning']} |" in section
