"""The `claim_events` table's columns, declared once, in the style of `pipeline/schema.py`.

The Arrow schema the writer enforces, the pandas dtypes of `load("claim_events")` and the README's
column table (`markdown_columns()`) all come from this declaration.
"""
from __future__ import annotations

import pyarrow as pa

from ..schema import BASES, CLAIM_TYPES, METRICS, UNITS, UTC_TS, Column

TABLE = "claim_events"

# What makes two claims the same claim (see `events.py`): these columns agree, and the claims were
# published close in time (chained within `WINDOW_DAYS` days).
KEY = ("actor_code", "target_code", "metric", "claim_type", "negated", "value", "unit", "basis", "currency")
WINDOW_DAYS = 30

COLUMNS: list[Column] = [
    Column("event_id", pa.string(), "Event id: a digest of the key and the day the event was first seen.", nullable=False),
    Column("actor_code", pa.string(), "Key: the actor's code (as in `claims`); null where no one is named."),
    Column("target_code", pa.string(), "Key: the target's code (as in `claims`)."),
    Column("metric", pa.string(), "Key: what the figure measures.", METRICS, nullable=False),
    Column("claim_type", pa.string(), "Key: the actor's stance toward the figure.", CLAIM_TYPES, nullable=False),
    Column("negated", pa.bool_(), "Key: the claims deny or negate the figure (a denial is not the same claim as the demand).", nullable=False),
    Column("value", pa.float64(), "Key: the figure (as in `claims`; equal to 9 significant digits).", nullable=False),
    Column("unit", pa.string(), "Key: the figure's unit.", UNITS),
    Column("basis", pa.string(), "Key: what a percent is a share of, or null.", BASES),
    Column("currency", pa.string(), "Key: ISO 4217 code for money amounts, else null."),
    Column("figure_text", pa.string(), "The figure as the earliest report wrote it."),
    Column("mentions", pa.int64(), "Claims merged into the event (an article may state it more than once).", nullable=False),
    Column("articles", pa.int64(), "Distinct articles that report it.", nullable=False),
    Column("sources", pa.int64(), "Distinct sources (`articles.source`) that report it.", nullable=False),
    Column("hedged_mentions", pa.int64(), "How many of the mentions are hedged (reported, expected, unconfirmed).", nullable=False),
    Column("first_seen", UTC_TS, "Publication time of the earliest report, UTC; null for an event of undated articles."),
    Column("last_seen", UTC_TS, "Publication time of the latest report, UTC; null for an event of undated articles."),
    Column("claim_ids", pa.list_(pa.string()), "The claims behind the event, earliest first.", nullable=False),
    Column("article_ids", pa.list_(pa.string()), "The articles behind the event, earliest first.", nullable=False),
    Column("source_names", pa.list_(pa.string()), "The distinct sources, sorted."),
]

SCHEMA = pa.schema(
    [pa.field(c.name, c.type, nullable=c.nullable, metadata={"description": c.description}) for c in COLUMNS]
)


def markdown_columns() -> str:
    """The README's column table for `claim_events`."""
    lines = ["| column | type | meaning |", "| --- | --- | --- |"]
    for c in COLUMNS:
        vocab = f" One of: {', '.join(f'`{v}`' for v in c.vocabulary)}." if c.vocabulary else ""
        lines.append(f"| `{c.name}` | {c.type} | {c.description}{vocab} |")
    return "\n".join(lines)
