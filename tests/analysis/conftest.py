"""Helpers for the analysis tests: small hand-made claims and articles, written as an output directory."""
from __future__ import annotations

import os
from datetime import datetime, timedelta, timezone
from pathlib import Path

import pyarrow.parquet as pq
import pytest

from pipeline.schema import to_arrow

T0 = datetime(2025, 6, 21, tzinfo=timezone.utc)


def corpora_dir() -> Path | None:
    env = os.environ.get("POLICY_CLAIMS_CORPORA")
    candidates = [Path(env)] if env else []
    candidates += [p / "shared" / "corpora" for p in Path(__file__).resolve().parents]
    return next((c for c in candidates if (c / "seed" / "seed_article.txt").exists()), None)


def article(article_id: str, source: str, day: int = 0, published: datetime | None | str = "auto") -> dict:
    when = T0 + timedelta(days=day) if published == "auto" else published
    return {"article_id": article_id, "source": source, "url": None, "title": article_id, "published": when,
            "text": "text", "content_hash": article_id, "input_path": f"{article_id}.txt", "input_record": None, "run_id": "r1"}


def claim(claim_id: str, article_id: str, day: int = 0, published: datetime | None | str = "auto", **fields) -> dict:
    """A claim like the seed's: the U.S. demands Japan spend 3.5% of GDP on defence; override any field."""
    row = {
        "claim_id": claim_id, "article_id": article_id, "mention_id": "m-" + claim_id,
        "published": T0 + timedelta(days=day) if published == "auto" else published,
        "sentence": "The U.S. demanded Japan raise defence spending to 3.5% of GDP.", "char_start": 0, "char_end": 10,
        "figure_text": "3.5% of its GDP", "value": 3.5, "value_low": 3.5, "value_high": 3.5, "bound": "exact",
        "unit": "percent", "basis": "GDP", "currency": None, "metric": "defense_spending", "claim_type": "demand",
        "actor_text": "the U.S.", "actor_code": "USA", "target_text": "Japan", "target_code": "JPN",
        "deadline_year": None, "compared_to": 3.0, "attributed_to": None, "hedged": False, "negated": False,
        "confidence": 0.9, "extractor_version": "test", "run_id": "r1",
    }
    row.update(fields)
    return row


def write_output(root: Path, articles: list[dict], claims: list[dict], part: str = "part-a.parquet") -> Path:
    """A minimal output directory holding these articles and claims (and empty other tables)."""
    root.mkdir(parents=True, exist_ok=True)
    (root / ".policy-claims").write_text("{}")
    for table, rows in (("articles", articles), ("claims", claims), ("mentions", []), ("runs", []), ("rejects", [])):
        (root / table).mkdir(exist_ok=True)
        if rows:
            pq.write_table(to_arrow(table, rows), root / table / part)
    return root


@pytest.fixture()
def two_reports():
    """The seed's demand (seed page, June 21) and a differently worded second report (June 22, other outlet)."""
    articles = [article("seed", "Seed News", 0), article("second", "Other Daily", 1)]
    claims = [
        claim("c1", "seed", 0),
        claim("c2", "second", 1, figure_text="3.5 per cent of gross domestic product", hedged=True, attributed_to="Financial Times"),
    ]
    return articles, claims
