"""Helpers for the readers' tests: fixtures folder, shared corpora, reading a file in one call."""
from __future__ import annotations

import os
from pathlib import Path

import pytest

from pipeline.readers import ARTICLE_KEYS, REJECT_KEYS, list_inputs, read_input
from pipeline.readers.inputs import InputFile, kind_of

FIXTURES = Path(__file__).parent / "fixtures"


def corpora_dir() -> Path | None:
    env = os.environ.get("POLICY_CLAIMS_CORPORA")
    candidates = [Path(env)] if env else []
    candidates += [p / "shared" / "corpora" for p in Path(__file__).resolve().parents]
    return next((c for c in candidates if (c / "reuters21578.jsonl").exists()), None)


@pytest.fixture
def corpora() -> Path:
    root = corpora_dir()
    if root is None:
        pytest.skip("the shared corpora are not present")
    return root


def input_file(path: str | Path) -> InputFile:
    """An InputFile for a path, whatever it is (even a directory or a missing file)."""
    path = os.path.abspath(path)
    kind, compressed, _ = kind_of(os.path.basename(path))
    try:
        st = os.stat(path)
        size, mtime = st.st_size, st.st_mtime_ns
    except OSError:
        size, mtime = 0, 0
    return InputFile(path, kind or "text", compressed, size, mtime)


def read(path: str | Path, **limits) -> list[dict]:
    return list(read_input(input_file(path), **limits))


def articles(items: list[dict]) -> list[dict]:
    return [item for item in items if not item.get("reject")]


def rejects(items: list[dict]) -> list[dict]:
    return [item for item in items if item.get("reject")]


def assert_well_formed(item: dict) -> None:
    """An item is exactly an Article or exactly a Reject, with values of the documented types."""
    if item.get("reject"):
        assert tuple(item) == REJECT_KEYS
        assert isinstance(item["reason"], str) and isinstance(item["detail"], str)
        assert item["input_record"] is None or isinstance(item["input_record"], int)
    else:
        assert tuple(item) == ARTICLE_KEYS
        assert isinstance(item["text"], str) and item["text"].strip()
        assert item["published"] is None or item["published"].utcoffset().total_seconds() == 0
        assert isinstance(item["source"], str) and item["source"]
        assert "\r" not in item["text"] and "\x00" not in item["text"]


__all__ = ["FIXTURES", "corpora", "input_file", "read", "articles", "rejects", "assert_well_formed",
           "list_inputs"]
