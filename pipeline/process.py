"""One article in, its rows out: the pure core every engine (local, processes, Dask) runs.

Reading and writing happen elsewhere; this module only turns an Article dict into the rows of the
articles, mentions and claims tables, with deterministic ids.
"""
from __future__ import annotations

import importlib
from typing import NamedTuple

from . import __version__, ids

EXTRACTOR_VERSION = __version__

# The stages load on first use (about a second of imports and pattern compiling), so a run that
# only skips unchanged articles never pays for them. `process.find_mentions` etc. still work as
# module attributes (and can be monkeypatched).
_STAGES = {
    "split_sentences": (".segment", "split_sentences"),
    "find_mentions": (".quantities", "find_mentions"),
    "find_claims": (".claims", "find_claims"),
}


def _load_stage(name: str):
    module, attr = _STAGES[name]
    value = getattr(importlib.import_module(module, __package__), attr)
    globals()[name] = value
    return value


def __getattr__(name: str):
    if name in _STAGES:
        return _load_stage(name)
    raise AttributeError(f"module {__name__!r} has no attribute {name!r}")


def _ensure_stages() -> None:
    for name in _STAGES:
        if name not in globals():
            _load_stage(name)


# a sentence that takes every stage through its lazy loads (patterns, lexicons, gazetteer)
_WARM_UP_ARTICLE = {"article_id": "warm-up", "title": None, "published": None,
                    "text": "Japan said it would raise defence spending to 2% of GDP by 2027, the ministry said."}


def warm_up() -> None:
    """Load the stages and everything they load on first use (about half a second), now rather
    than in the first article: a parent process calls it once before forking its workers, which
    then start with it all loaded instead of each loading it again."""
    process_article(dict(_WARM_UP_ARTICLE))


class ArticleRows(NamedTuple):
    article: dict
    mentions: list[dict]
    claims: list[dict]


def finish_article(article: dict, run_id: str) -> dict:
    """Fill the article's derived columns: id (when the input gave none), content hash, run id."""
    row = dict(article)
    if not row.get("article_id"):
        row["article_id"] = ids.article_id_for(row["input_path"], row.get("input_record"), row.get("url"))
    row["content_hash"] = ids.content_hash(row["text"], row.get("title"))
    row["run_id"] = run_id
    return row


def process_article(article: dict, run_id: str = "") -> ArticleRows:
    """Sentences, mentions and claims of one finished article (see `finish_article`)."""
    if "find_claims" not in globals():
        _ensure_stages()
    text = article["text"]
    article_id = article["article_id"]
    sentences = split_sentences(text)
    mentions = find_mentions(text, sentences)
    for m in mentions:
        m["mention_id"] = ids.mention_id(article_id, m["char_start"], m["char_end"])
        m["article_id"] = article_id
    claims = find_claims(article, sentences, mentions) if mentions else []
    per_mention: dict[str, int] = {}
    for c in claims:
        rank = per_mention.get(c["mention_id"], 0)
        per_mention[c["mention_id"]] = rank + 1
        c["claim_id"] = ids.claim_id(c["mention_id"], rank)
        c["article_id"] = article_id
        c["published"] = article.get("published")
        c["extractor_version"] = EXTRACTOR_VERSION
        c["run_id"] = run_id
    return ArticleRows(article, mentions, claims)
