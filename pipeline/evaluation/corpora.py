"""Raw text of the shared development corpora, addressed by document id.

Gold files refer to corpus documents by id and character offsets into the raw text returned here,
never by copying the text: the corpora are not ours to redistribute.

Document ids:
- ``reuters-N`` and ``yle-YYYY-MM-DD-sN``: the ``id`` of a record in ``reuters21578.jsonl`` /
  ``yle_en.jsonl``; raw text is the record's ``text``.
- ``bbc-<topic>-<NNN>``: ``bbc/<topic>/<NNN>.txt``; raw text is the whole file (title on line 1),
  decoded as UTF-8, or cp1252 where a file is not valid UTF-8.
- ``seed``: ``seed/seed_article.txt``, the whole file.
"""
from __future__ import annotations

import functools
import json
import os
from pathlib import Path

_HERE = Path(__file__).resolve()


def corpora_dir() -> Path | None:
    """The shared corpora folder: $POLICY_CLAIMS_CORPORA, or ../shared/corpora beside the repo."""
    env = os.environ.get("POLICY_CLAIMS_CORPORA")
    candidates = [Path(env)] if env else []
    candidates += [p / "shared" / "corpora" for p in _HERE.parents] + [Path.cwd().parent / "shared" / "corpora"]
    for path in candidates:
        if (path / "reuters21578.jsonl").exists():
            return path
    return None


def decode_bytes(data: bytes) -> str:
    try:
        return data.decode("utf-8")
    except UnicodeDecodeError:
        return data.decode("cp1252", errors="replace")


@functools.lru_cache(maxsize=4)
def _jsonl_index(path: str) -> dict[str, dict]:
    with open(path, encoding="utf-8") as fh:
        return {rec["id"]: rec for rec in map(json.loads, fh)}


def document_record(doc_id: str) -> dict:
    """The corpus record for a document id: ``{"id", "title", "published", "source", "text"}``."""
    root = corpora_dir()
    if root is None:
        raise FileNotFoundError("the shared corpora (../shared/corpora) are not present")
    if doc_id.startswith("reuters-"):
        return _jsonl_index(str(root / "reuters21578.jsonl"))[doc_id]
    if doc_id.startswith("yle-"):
        return _jsonl_index(str(root / "yle_en.jsonl"))[doc_id]
    if doc_id.startswith("bbc-"):
        _, topic, number = doc_id.split("-")
        text = decode_bytes((root / "bbc" / topic / f"{number}.txt").read_bytes())
        return {"id": doc_id, "source": "BBC", "title": text.split("\n", 1)[0], "published": None, "text": text}
    if doc_id == "seed":
        text = (root / "seed" / "seed_article.txt").read_text(encoding="utf-8")
        return {"id": doc_id, "source": "seed", "title": None, "published": None, "text": text}
    raise KeyError(f"unknown corpus document id {doc_id!r}")


def document_text(doc_id: str) -> str:
    """The raw text of a corpus document (offsets in gold files point into it)."""
    return document_record(doc_id)["text"]
