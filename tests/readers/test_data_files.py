"""The readers' data files are well formed and documented."""
from __future__ import annotations

import csv
import re
from pathlib import Path

from pipeline.readers import reject_reasons
from pipeline.readers.data import DATA_DIR, date_formats, kinds_by_extension, page_line_rules

README = Path(__file__).resolve().parents[2] / "pipeline" / "readers" / "README.md"
ARCHITECTURE_REASONS = {"invalid_json", "missing_text", "empty", "binary", "corrupt_archive", "too_large",
                        "unreadable", "invalid_csv", "unsupported", "link_outside_input", "link_loop",
                        "duplicate_id", "truncated"}  # truncated: the schema's addition


def test_every_csv_row_has_its_columns():
    for path in DATA_DIR.glob("*.csv"):
        with open(path, encoding="utf-8", newline="") as fh:
            reader = csv.DictReader(fh)
            for row in reader:
                assert None not in row and None not in row.values(), (path.name, row)


def test_page_line_rules_compile():
    for action, match, pattern in page_line_rules():
        assert action in {"drop", "ad", "cut", "header", "byline", "box"} and match in {"exact", "regex"}
        if match == "regex":
            re.compile(pattern)


def test_date_formats_are_strptime_formats():
    assert all("%" in fmt for fmt in date_formats())


def test_reject_reasons_match_the_architecture_and_readme():
    assert set(reject_reasons()) == ARCHITECTURE_REASONS
    readme = README.read_text(encoding="utf-8")
    for reason in ARCHITECTURE_REASONS:
        assert f"| `{reason}` |" in readme


def test_readme_names_every_extension():
    readme = README.read_text(encoding="utf-8")
    for extension in kinds_by_extension():
        assert f"`{extension}`" in readme


def test_reject_reasons_match_the_schema_vocabulary():
    import pytest

    schema = pytest.importorskip("pipeline.schema")
    assert set(reject_reasons()) == set(schema.REJECT_REASONS)
