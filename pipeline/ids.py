"""Deterministic ids: the same input gives the same ids in every run, on every engine.

Ids are short hex digests of what identifies a row, so they are stable across runs and machines
for the same input and never depend on processing order.
"""
from __future__ import annotations

import hashlib
import os
import re

_SLUG = re.compile(r"[^A-Za-z0-9]+")


_blake2b = hashlib.blake2b


def _hex(joined: str, length: int = 16) -> str:
    return _blake2b(joined.encode("utf-8", "surrogatepass"), digest_size=16).hexdigest()[:length]


def digest(*parts: object, length: int = 16) -> str:
    """A short hex digest of the parts (joined unambiguously)."""
    return _hex("\x1f".join("" if p is None else str(p) for p in parts), length)


def content_hash(text: str, title: str | None = None) -> str:
    """What decides whether an article changed: its clean text and title."""
    return digest(title or "", text, length=32)


def article_id_for(input_path: str, input_record: int | None, url: str | None = None) -> str:
    """An article id for an input that gives none.

    A URL identifies an article wherever it was read from; otherwise the file (made absolute, so the
    same file gives the same id whatever the working directory) and the record number inside it.
    The readable prefix (file stem) helps people find the article; the digest keeps ids unique.
    """
    if url:
        return "url-" + digest(url)
    stem = os.path.basename(input_path).split(".")[0]
    slug = _SLUG.sub("-", stem).strip("-")[:40] or "article"
    where = os.path.abspath(input_path) if "://" not in input_path else input_path
    suffix = digest(where, input_record, length=12)
    return f"{slug}-{suffix}" if input_record is None else f"{slug}-{input_record}-{suffix}"


# The two ids made for every figure join their parts directly (the same string `digest` joins:
# ints print alike either way): a tenth of the per-article cost outside the stages otherwise.
def mention_id(article_id: str, char_start: int, char_end: int) -> str:
    return "m-" + _hex(f"{article_id}\x1f{char_start}\x1f{char_end}")


def claim_id(mention_id_: str, rank: int = 0) -> str:
    """One claim per mention in practice; `rank` keeps ids unique if a figure ever holds two."""
    return "c-" + _hex(f"{mention_id_}\x1f{rank}")
