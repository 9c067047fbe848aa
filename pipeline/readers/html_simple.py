"""A plain, linear-time HTML text extractor for pages too big for trafilatura.

trafilatura's time grows faster than the page (20,000 elements: ~5 s; 50,000: ~30 s), so a night's
batch could stall on one huge page. Above html.HTML_MAX_ELEMENTS the page is read this way instead:
noise elements (data/readers/html_noise.csv: script, style, nav, header, footer, aside, forms, and
anything whose class or id says cookie, share, related, comment, promo ...) are removed, then the
text of each top-level block (p, h1-h6, li, blockquote, pre) of <article>, else <main>, else
<body>, in document order, one paragraph each.
"""
from __future__ import annotations

import lxml.html

from .data import html_noise

BLOCK_TAGS = frozenset({"p", "h1", "h2", "h3", "h4", "h5", "h6", "li", "blockquote", "pre"})
# never removed by a class/id marker, whatever their class says ("body class='has-cookie-bar'")
_KEEP = frozenset({"html", "body", "article", "main"})


def _is_noise(element, tags: frozenset[str], markers: tuple[str, ...]) -> bool:
    tag = element.tag
    if not isinstance(tag, str):
        return True  # comments, processing instructions
    if tag in tags:
        return True
    if tag in _KEEP:
        return False
    names = ((element.get("class") or "") + " " + (element.get("id") or "")).lower()
    return any(marker in names for marker in markers) if names.strip() else False


def _headline(tree) -> str | None:
    for xpath in (".//h1", ".//title"):
        found = tree.find(xpath)
        if found is not None:
            text = " ".join(found.text_content().split())
            if text:
                return text
    return None


def _content_root(tree):
    for tag in ("article", "main", "body"):
        found = tree.find(f".//{tag}")
        if found is not None:
            return found
    return tree


def _top_level_blocks(root) -> list[str]:
    blocks = []
    for element in root.iter(*BLOCK_TAGS):
        parent = element.getparent()
        nested = False
        while parent is not None and parent is not root:
            if parent.tag in BLOCK_TAGS:
                nested = True
                break
            parent = parent.getparent()
        if not nested:
            text = " ".join(element.text_content().split())
            if text:
                blocks.append(text)
    return blocks


def simple_extract(tree: lxml.html.HtmlElement) -> tuple[str | None, list[str]]:
    """(headline, paragraphs) of a parsed page. Modifies the tree."""
    headline = _headline(tree)
    tags, markers = html_noise()
    for element in [e for e in tree.iter() if _is_noise(e, tags, markers)]:
        if element.getparent() is not None:
            element.drop_tree()
    blocks = _top_level_blocks(_content_root(tree))
    if blocks and blocks[0] == headline:
        blocks = blocks[1:]
    return headline, blocks
