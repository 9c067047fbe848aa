"""The packaged SIPRI share-of-GDP subset: loads, covers our countries, and has not drifted from its source."""
from __future__ import annotations

import pytest

from pipeline.analysis.reference import FIRST_YEAR, LAST_YEAR, REFERENCE_CSV, build_subset, nato_members, sipri_share_of_gdp

from .conftest import corpora_dir


def test_packaged_table_covers_nato_and_the_targets_in_our_articles():
    df = sipri_share_of_gdp()
    assert list(df.columns) == ["code", "country", "year", "share_of_gdp", "region"]
    assert df["year"].between(FIRST_YEAR, LAST_YEAR).all() and df["share_of_gdp"].between(0, 50).all()
    codes = set(df["code"])
    assert set(nato_members()) - codes == {"ISL"}  # Iceland has no armed forces
    assert {"JPN", "TWN", "KOR", "AUS", "UKR", "RUS"} <= codes
    usa = sipri_share_of_gdp("USA", start=2020, end=2024)
    assert list(usa["year"]) == [2020, 2021, 2022, 2023, 2024] and (usa["share_of_gdp"] > 2.5).all()


def test_reference_readme_names_the_source():
    readme = (REFERENCE_CSV.parent / "README.md").read_text(encoding="utf-8")
    assert "SIPRI" in readme and "Our World in Data" in readme


@pytest.mark.corpora
def test_shipped_subset_rebuilds_from_the_full_download_without_drift():
    corpora = corpora_dir()
    source = corpora / "reference" / "sipri_military_spending_share_of_gdp.csv" if corpora else None
    if source is None or not source.exists():
        pytest.skip("../shared/corpora/reference is absent")
    assert build_subset(source) == REFERENCE_CSV.read_text(encoding="utf-8"), "rebuild with build_subset (see pipeline/data/reference/README.md)"


def test_readme_claim_events_columns_match_the_declaration_when_present():
    from pathlib import Path

    from pipeline.analysis.tables import markdown_columns

    readme = (Path(__file__).resolve().parents[2] / "README.md").read_text(encoding="utf-8")
    if "<!-- claim_events:start -->" not in readme:
        pytest.skip("README has no claim_events column table yet")
    section = readme.split("<!-- claim_events:start -->\n", 1)[1].split("<!-- claim_events:end -->", 1)[0]
    assert section.strip() == markdown_columns().strip(), "regenerate with pipeline.analysis.tables.markdown_columns()"
