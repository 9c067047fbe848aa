"""Hand-built sentences and mentions, so claims tests do not depend on the quantities stage."""
from __future__ import annotations

from typing import NamedTuple


class Sentence(NamedTuple):
    index: int
    start: int
    end: int


def one_sentence(text: str) -> list[Sentence]:
    return [Sentence(0, 0, len(text))]


def mention(text: str, surface: str, value: float, unit: str = "percent", occurrence: int = 0, **extra) -> dict:
    start = -1
    for _ in range(occurrence + 1):
        start = text.index(surface, start + 1)
    m = {"sentence_index": 0, "char_start": start, "char_end": start + len(surface), "surface": surface,
         "value": value, "value_low": value, "value_high": value, "bound": "exact", "unit": unit,
         "basis": None, "currency": None, "change": None, "parser": "test", "mention_id": f"m-{start}"}
    m.update(extra)
    return m


def claims_of(text: str, *mentions: dict, title: str | None = None) -> list[dict]:
    from pipeline.claims import find_claims

    article = {"text": text, "title": title, "published": None, "article_id": "test"}
    return find_claims(article, one_sentence(text), list(mentions))


def article_claims(sentences_text: list[str], spec: list[tuple[int, str, float, str]], title: str | None = None) -> list[dict]:
    """Claims of a text of several sentences joined by spaces; spec: (sentence no, surface, value, unit) of each mention."""
    from pipeline.claims import find_claims

    text, sentences, offset = "", [], 0
    for k, s in enumerate(sentences_text):
        sentences.append(Sentence(k, offset, offset + len(s)))
        text += s + " "
        offset += len(s) + 1
    ms = []
    for k, surface, value, unit in spec:
        m = mention(text, surface, value, unit)
        m["sentence_index"] = k
        ms.append(m)
    return find_claims({"text": text, "title": title, "published": None, "article_id": "t"}, sentences, ms)


def pipeline_claims(text: str, title: str | None = None, source: str = "test") -> list[dict]:
    """Every claim of the article, run through the whole pipeline (quantities and gazetteer included), dated 1 June 2025."""
    from datetime import datetime, timezone

    from pipeline.evaluation.claims import predict

    article = {"article_id": "t", "text": text, "title": title, "published": datetime(2025, 6, 1, tzinfo=timezone.utc),
               "source": source, "url": None, "input_path": "t", "input_record": None}
    return predict(article)


def rules_claims(text: str, title: str | None = None) -> list[dict]:
    """Every claim the rules make of the article (before the learned claim_type), quantities included, dated 1 June 2025:
    for tests of a rule whose type the model may later change."""
    from datetime import datetime, timezone

    from pipeline.claims.frame import find_claims_rules
    from pipeline.quantities import find_mentions
    from pipeline.segment import split_sentences

    sentences = split_sentences(text)
    article = {"article_id": "t", "text": text, "title": title, "published": datetime(2025, 6, 1, tzinfo=timezone.utc)}
    return find_claims_rules(article, sentences, find_mentions(text, sentences))


def pipeline_claim(text: str, figure: str, title: str | None = None, source: str = "test") -> dict:
    """The first claim whose figure text holds `figure`, with the article run through the whole pipeline (quantities
    and gazetteer included), dated 1 June 2025."""
    found = [c for c in pipeline_claims(text, title, source) if figure in c["figure_text"]]
    assert found, f"no claim for {figure!r}"
    return found[0]


def pipeline_roles(text: str, figure: str, title: str | None = None) -> tuple:
    """(actor_code, target_code) of `pipeline_claim`: what the role tests assert."""
    c = pipeline_claim(text, figure, title)
    return (c["actor_code"], c["target_code"])


def found(gaz, text: str, year: int | None = None) -> dict:
    """The gazetteer's matches in `text`, by surface."""
    return {m.surface: m for m in gaz.find(text, year=year)}


def hit_spans(hits) -> list[tuple]:
    """(start, end, entry's word) of lexicon hits, for comparing two scans."""
    return [(h.start, h.end, h.entry.get("cue") or h.entry.get("word") or h.entry.get("name")) for h in hits]


def lexicon_without(lex, attr: str):
    """The same CueSet with one of its fast paths (`attr`: "_lower_scan", "_joiners") switched off, so that it searches
    with the case-blind scan at every place: the reference a fast path must agree with."""
    from pipeline.claims.lexicon import CueSet

    other = CueSet.__new__(CueSet)
    other.__dict__.update(lex.__dict__)
    other._cache = {}
    setattr(other, attr, None)
    return other


def assert_same_hits_in_every_window(lex, reference, text: str, step: int = 1) -> int:
    """Both lexicons give the same hits in every window [start, end) of `text`; returns how many windows were compared."""
    n = 0
    for start in range(0, len(text) + 1, step):
        for end in range(start, len(text) + 1, step):
            assert hit_spans(lex._scan_hits(text, start, end)) == hit_spans(reference._scan_hits(text, start, end)), (start, end)
            n += 1
    return n


def role_case_params(cases, not_yet: dict):
    """pytest params of a sentence set's (text, figure, actor, target) cases, a case whose text holds a key of `not_yet`
    (a sentence part -> why the pipeline does not read it yet) a strict xfail with that reason (actor21, actor22 sets)."""
    import pytest

    for i, (text, fig, actor, target) in enumerate(cases):
        why = next((why for part, why in not_yet.items() if part in text), None)
        marks = [pytest.mark.xfail(strict=True, reason=why)] if why else []
        yield pytest.param(text, fig, actor, target, id=f"case{i:03d}", marks=marks)


def assert_roles(text: str, fig: str, actor, target, title: str | None = None) -> None:
    """The first claim of the figure has one of the actors and one of the targets given (a code or a tuple of codes)."""
    found = [c for c in pipeline_claims(text, title) if fig in c["figure_text"]]
    assert found, f"no claim for {fig!r}"
    actors = actor if isinstance(actor, tuple) else (actor,)
    targets = target if isinstance(target, tuple) else (target,)
    assert (found[0]["actor_code"], found[0]["target_code"]) in [(a, t) for a in actors for t in targets]


def every_not_yet_names_a_case(cases, not_yet: dict) -> bool:
    """Whether each sentence part of `not_yet` stands in one of the cases' texts (a stale entry would xfail nothing)."""
    texts = [c[0] for c in cases]
    return all(any(part in t for t in texts) for part in not_yet)


def claim_with(claims: list[dict], figure: str) -> dict:
    """The first claim whose figure_text is `figure`; fails naming the figures that were found (the construction tests'
    shared look-up)."""
    got = [c for c in claims if c["figure_text"] == figure]
    assert got, f"no claim for {figure!r}: {[c['figure_text'] for c in claims]}"
    return got[0]


def claim_starting(claims: list[dict], figure: str) -> dict:
    """The first claim whose figure_text starts with `figure` ("5%" for "5% of GDP"); fails naming the figures found."""
    got = [c for c in claims if c["figure_text"].startswith(figure)]
    assert got, f"no claim for {figure!r}: {[c['figure_text'] for c in claims]}"
    return got[0]


def claim_fields(c: dict) -> tuple:
    """A claim's metric, claim_type, actor_code and target_code, for comparing with a table row."""
    return c["metric"], c["claim_type"], c["actor_code"], c["target_code"]
