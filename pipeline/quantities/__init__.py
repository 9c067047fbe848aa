"""Quantity extraction: percent, percentage points, money, shares of GDP, ranges, bounds, changes.

``find_mentions(text, sentences)`` is the stage's public function (see ``README.md`` here).
"""
from .extract import find_mentions, parse_number

__all__ = ["find_mentions", "parse_number"]
