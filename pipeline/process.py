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


# articles that take every stage through its lazy paths: plain ASCII text (the segmenter's fast scan)
# and text with non-ASCII letters (its Unicode scan), money, number words, percent, reporting verbs,
# outlets, hedges and comparisons
_WARM_UP_TEXTS = (
    "Japan said it would raise defence spending to 2% of GDP by 2027, the ministry said. The U.S. wants "
    "three percent, up from 1.5 pct, according to the Financial Times. The budget deficit was $55 billion.",
    "Le ministère a dit que la France dépensera 3,5 % du PIB. Spain rejected the 5% target; Sánchez "
    "reportedly offered 2.1 per cent and 10 bn euros.",
)


def warm_up() -> None:
    """Load the stages and everything they load on first use (patterns, lexicons, gazetteer: about a
    second), now rather than in the first articles: a parent process calls it once before forking its
    workers, which then start with it all loaded instead of each loading it again."""
    _ensure_stages()
    importlib.import_module(".claims", __package__).preload()
    for n, text in enumerate(_WARM_UP_TEXTS):
        process_article({"article_id": f"warm-up-{n}", "title": None, "published": None, "text": text})


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
    sentences, mentions = prepare_article(article)
    return article_rows(article, sentences, mentions, run_id)


def prepare_article(article: dict) -> tuple[list, list[dict]]:
    """The first half of `process_article`: the sentences and mentions (with their ids) of a
    finished article. Loads only the segmenter and the quantities stage, not the claims (a process
    can run it before the claims' second of loading: see `ProcessEngine.head_start`)."""
    for name in ("split_sentences", "find_mentions"):
        if name not in globals():
            _load_stage(name)
    text = article["text"]
    article_id = article["article_id"]
    sentences = split_sentences(text)
    mentions = find_mentions(text, sentences)
    for m in mentions:
        m["mention_id"] = ids.mention_id(article_id, m["char_start"], m["char_end"])
        m["article_id"] = article_id
    return sentences, mentions


def article_rows(article: dict, sentences: list, mentions: list[dict], run_id: str = "") -> ArticleRows:
    """The second half of `process_article`: the claims of an article's mentions, and its rows."""
    if "find_claims" not in globals():
        _ensure_stages()
    article_id = article["article_id"]
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
