"""Identity harness for the readers: the same files in, the same title, date and text out, before and after a change.

    python benchmarks/readers_identity.py save /tmp/readers_before.json   # today's readers' output (hashed)
    python benchmarks/readers_identity.py check /tmp/readers_before.json  # compare today's output with it

Four groups of articles, each hashed as (title, published, text):
- `jsonl`: every Reuters and Yle record read as JSONL (the pipeline's path for them);
- `page`: every Reuters and Yle record's text cleaned as a scraped .txt page (`clean_page`): a
  net for page rules and title choice on hard-wrapped newswire, tables and short paragraphs;
- `bbc`: every BBC file read as .txt (title-first files);
- `dev`: every article of evaluation/articles (the own .txt, .html and .jsonl pages).

`check` prints, per group and file, how many articles differ, lists the first 50, and exits 1
when anything differs.
"""
from __future__ import annotations

import argparse
import hashlib
import json
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
SHARED = ROOT.parent / "shared"
sys.path.insert(0, str(ROOT))
CORPORA = SHARED / "corpora"


def _digest(title, published, text) -> str:
    return hashlib.sha1(json.dumps([title, str(published), text]).encode("utf-8")).hexdigest()


def _read(path: Path) -> list[dict]:
    from tests.readers.conftest import articles, read

    return articles(read(path))


def outputs() -> dict[str, str]:
    from pipeline.readers.pages import clean_page

    result = {}
    for name in ("reuters21578.jsonl", "yle_en.jsonl"):
        with open(CORPORA / name, encoding="utf-8") as fh:
            for line in fh:
                record = json.loads(line)
                page = clean_page(record["text"])
                result[f"page:{name}:{record['id']}"] = _digest(page.title, page.published, page.text)
        for article in _read(CORPORA / name):
            result[f"jsonl:{name}:{article['article_id']}"] = _digest(article["title"], article["published"],
                                                                      article["text"])
    for path in sorted((CORPORA / "bbc").glob("*/*.txt")):
        [article] = _read(path)
        result[f"bbc:{path.parent.name}/{path.name}"] = _digest(article["title"], article["published"], article["text"])
    for path in sorted((ROOT / "evaluation" / "articles").iterdir()):
        for i, article in enumerate(_read(path)):
            result[f"dev:{path.name}:{i}"] = _digest(article["title"], article["published"], article["text"])
    return result


def _group(key: str) -> str:
    kind, where = key.split(":")[:2]
    return f"{kind}:{where.split('/')[0]}"


def check(saved: dict[str, str], now: dict[str, str]) -> int:
    if saved.keys() != now.keys():
        print(f"different article sets: {len(saved.keys() - now.keys())} gone, {len(now.keys() - saved.keys())} new")
        return 1
    changed = sorted(key for key in saved if saved[key] != now[key])
    counts: dict[str, list[int]] = {}
    for key in saved:
        counts.setdefault(_group(key), [0, 0])[0] += 1
    for key in changed:
        counts[_group(key)][1] += 1
    for group, (total, differ) in sorted(counts.items()):
        if differ or not group.startswith("dev:"):
            print(f"{group:44} {total:6} articles, {differ} changed")
    print(f"total {len(saved)} articles, {len(changed)} changed")
    for key in changed[:50]:
        print("  ", key)
    return 1 if changed else 0


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("action", choices=("save", "check"))
    parser.add_argument("path")
    args = parser.parse_args()
    if args.action == "save":
        result = outputs()
        Path(args.path).write_text(json.dumps(result), encoding="utf-8")
        print(f"{len(result)} articles saved")
        return 0
    return check(json.loads(Path(args.path).read_text(encoding="utf-8")), outputs())


if __name__ == "__main__":
    sys.exit(main())
