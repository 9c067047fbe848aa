"""Every table's columns, declared once: name, Arrow type, description, vocabulary.

The pyarrow schemas the writer enforces, the validator, the pandas dtypes of `pipeline.load` and the
README's column tables are all generated from these declarations (the habit PUDL is known for), so
they cannot drift apart. The contract (../shared/CONTRACT.md) fixes the columns marked there; the
project may only add.
"""
from __future__ import annotations

import math
import sys
from typing import Iterable, NamedTuple

import pyarrow as pa

UTC_TS = pa.timestamp("us", tz="UTC")


class Column(NamedTuple):
    name: str
    type: pa.DataType
    description: str
    vocabulary: tuple[str, ...] | None = None
    nullable: bool = True


UNITS = ("percent", "percentage_points", "currency", "count")  # or a physical unit's name
BASES = ("GDP", "GNP", "GNI", "NNI")
BOUNDS = ("exact", "at_least", "at_most", "about", "range")
CHANGES = ("up", "down")
METRICS = (
    "defense_spending", "fiscal_deficit", "public_debt", "external_debt", "current_account",
    "development_aid", "public_spending", "tax_revenue", "tariff_rate", "debt_service",
    "gdp_growth", "inflation", "other",
)
SCORED_METRICS = METRICS[:10]
CLAIM_TYPES = ("demand", "commitment", "proposal", "rejection", "forecast", "actual", "benchmark")
RUN_STATUSES = ("completed", "failed", "interrupted")
REJECT_REASONS = (
    "invalid_json", "missing_text", "empty", "binary", "corrupt_archive", "too_large", "unreadable",
    "invalid_csv", "unsupported", "link_outside_input", "link_loop", "duplicate_id", "truncated",
)

_VALUE_COLUMNS = [
    Column("value", pa.float64(), "The figure: a percent as its number (3.5 for 3.5%), money in whole units (1.5e12 for $1.5 trillion); a range's midpoint."),
    Column("value_low", pa.float64(), "Lower end of a range; equal to `value` for a single figure."),
    Column("value_high", pa.float64(), "Upper end of a range; equal to `value` for a single figure."),
    Column("bound", pa.string(), "How the figure is bounded.", BOUNDS),
    Column("unit", pa.string(), "`percent`, `percentage_points`, `currency`, `count` or a physical unit's name.", UNITS),
    Column("basis", pa.string(), "What a percent is a share of, or null.", BASES),
    Column("currency", pa.string(), "ISO 4217 code for money amounts, else null."),
]

TABLES: dict[str, list[Column]] = {
    "articles": [
        Column("article_id", pa.string(), "Unique article id: the input's `id` when it gives one, else derived from URL or file path and record number.", nullable=False),
        Column("source", pa.string(), "The outlet or corpus."),
        Column("url", pa.string(), "The article's URL, where known."),
        Column("title", pa.string(), "The article's title."),
        Column("published", UTC_TS, "Publication time, UTC; null where unknown."),
        Column("text", pa.string(), "The clean article text; every offset in the other tables points into it.", nullable=False),
        Column("content_hash", pa.string(), "Hash of title and clean text: decides whether an article changed.", nullable=False),
        Column("input_path", pa.string(), "The file the article was read from.", nullable=False),
        Column("input_record", pa.int64(), "Line, row or record number inside the input file; null for one-article files."),
        Column("run_id", pa.string(), "The run that wrote this row.", nullable=False),
    ],
    "mentions": [
        Column("mention_id", pa.string(), "Unique mention id (from article id and span).", nullable=False),
        Column("article_id", pa.string(), "The article the figure is in.", nullable=False),
        Column("sentence_index", pa.int32(), "Index of the sentence in the article (0-based).", nullable=False),
        Column("char_start", pa.int64(), "Start of `surface` in `articles.text`.", nullable=False),
        Column("char_end", pa.int64(), "End of `surface` in `articles.text` (exclusive).", nullable=False),
        Column("surface", pa.string(), "The figure as written.", nullable=False),
        *_VALUE_COLUMNS,
        Column("change", pa.string(), "`up` or `down` when the figure is the size of a change (rose/fell by), else null.", CHANGES),
        Column("parser", pa.string(), "Which extractor produced it (`grammar`, `quantulum3`).", nullable=False),
    ],
    "claims": [
        Column("claim_id", pa.string(), "Unique claim id; the same input gives the same id in every run.", nullable=False),
        Column("article_id", pa.string(), "The article the claim is in.", nullable=False),
        Column("mention_id", pa.string(), "The mention of the claim's figure.", nullable=False),
        Column("published", UTC_TS, "The article's publication time, UTC."),
        Column("sentence", pa.string(), "The sentence that states the figure.", nullable=False),
        Column("char_start", pa.int64(), "Start of the figure in `articles.text`.", nullable=False),
        Column("char_end", pa.int64(), "End of the figure in `articles.text` (exclusive).", nullable=False),
        Column("figure_text", pa.string(), "The figure as written, with its basis, e.g. `3.5% of its GDP`.", nullable=False),
        *_VALUE_COLUMNS,
        Column("metric", pa.string(), "What the figure measures.", METRICS, nullable=False),
        Column("claim_type", pa.string(), "The actor's stance toward the figure.", CLAIM_TYPES, nullable=False),
        Column("actor_text", pa.string(), "Who states, demands, commits, proposes, rejects or forecasts it, as written."),
        Column("actor_code", pa.string(), "The actor's code: ISO 3166-1 alpha-3, or an organisation code (see README); null where no one is named."),
        Column("target_text", pa.string(), "Whose figure it is, as written."),
        Column("target_code", pa.string(), "The target's code: ISO 3166-1 alpha-3 or an organisation code."),
        Column("deadline_year", pa.int32(), "The year the figure is to be reached by (`by 2035`), else null."),
        Column("compared_to", pa.float64(), "A figure the same sentence compares it with (`from 2%`), else null."),
        Column("attributed_to", pa.string(), "The report the article credits (`Financial Times`, `Nikkei`, `sources`), else null."),
        Column("hedged", pa.bool_(), "Stated as unconfirmed, reported, expected or possible.", nullable=False),
        Column("negated", pa.bool_(), "The sentence denies or negates it.", nullable=False),
        Column("confidence", pa.float32(), "0 to 1: how sure the extractor is of the whole frame.", nullable=False),
        Column("extractor_version", pa.string(), "Version of the extractor that wrote the row.", nullable=False),
        Column("run_id", pa.string(), "The run that wrote this row.", nullable=False),
    ],
    "runs": [
        Column("run_id", pa.string(), "Unique run id.", nullable=False),
        Column("started_at", UTC_TS, "When the run started, UTC.", nullable=False),
        Column("finished_at", UTC_TS, "When the run ended, UTC."),
        Column("status", pa.string(), "How the run ended.", RUN_STATUSES, nullable=False),
        Column("inputs", pa.list_(pa.string()), "The paths the run was given."),
        Column("articles_seen", pa.int64(), "Articles read from the inputs."),
        Column("articles_new", pa.int64(), "Articles processed (new or changed)."),
        Column("articles_skipped", pa.int64(), "Articles skipped because they were already in the output unchanged."),
        Column("articles_rejected", pa.int64(), "Inputs or records rejected (see `rejects`)."),
        Column("mentions", pa.int64(), "Mentions written by this run."),
        Column("claims", pa.int64(), "Claims written by this run."),
        Column("seconds", pa.float64(), "Wall-clock duration of the run."),
        Column("version", pa.string(), "policy-claims version."),
        Column("engine", pa.string(), "`local`, `processes` or `dask`."),
        Column("workers", pa.int64(), "Worker processes used."),
    ],
    "rejects": [
        Column("run_id", pa.string(), "The run that met the input.", nullable=False),
        Column("input_path", pa.string(), "The input file.", nullable=False),
        Column("input_record", pa.int64(), "Line, row or record number; null for a whole file."),
        Column("reason", pa.string(), "Why it could not become an article.", REJECT_REASONS, nullable=False),
        Column("detail", pa.string(), "What was wrong, in a few words."),
    ],
}

PRIMARY_KEYS = {"articles": ["article_id"], "mentions": ["mention_id"], "claims": ["claim_id"], "runs": ["run_id"], "rejects": []}


def arrow_schema(table: str) -> pa.Schema:
    """The pyarrow schema of a table, with each column's description as field metadata."""
    return pa.schema(
        [pa.field(c.name, c.type, nullable=c.nullable, metadata={"description": c.description}) for c in TABLES[table]]
    )


SCHEMAS = {name: arrow_schema(name) for name in TABLES}


class _PandasUnavailable:
    """An import hook under which `import pandas` fails (see `arrow_without_pandas`)."""

    def find_spec(self, name, path=None, target=None):
        if name == "pandas" or name.startswith("pandas."):
            raise ImportError("pandas is not needed to build tables")
        return None


def arrow_without_pandas() -> None:
    """Let pyarrow turn Python rows into tables without importing pandas, in this process.

    The first time pyarrow converts a Python list (`Table.from_pylist`, `pa.array`) it imports
    pandas only to ask whether the list is a pandas object: half a second of start-up per process
    for nothing, on a run path that never uses pandas. It tries once; making that try fail here
    leaves pyarrow converting lists directly. (Loading `pyarrow.dataset`, which `pq.read_table`
    does, imports pandas too: the run path reads Parquet through `store.read_parquet_file`, which
    does not load it.) An explicit `to_pandas()` or `from_pandas()` later still imports
    pandas as usual. (pyarrow still imports it to infer the type of a list given no type: the
    pipeline always gives one.) Meant for processes the pipeline owns (the command line and its
    workers); a no-op once pandas is loaded."""
    if "pandas" in sys.modules:
        return
    blocker = _PandasUnavailable()
    sys.meta_path.insert(0, blocker)
    try:
        pa.array([], pa.int64())  # pyarrow's one lazy try at importing pandas
    finally:
        sys.meta_path.remove(blocker)


def to_arrow(table: str, rows: list[dict]) -> pa.Table:
    """Rows (dicts keyed by column name; extra keys ignored) as an Arrow table of the declared schema."""
    return pa.Table.from_pylist(rows, schema=SCHEMAS[table])


def validate_rows(table: str, rows: Iterable[dict]) -> list[str]:
    """Problems with rows against the declaration: missing required values, vocabulary, non-finite numbers, duplicate keys."""
    problems: list[str] = []
    keys = PRIMARY_KEYS[table]
    seen: set = set()
    for i, row in enumerate(rows):
        for col in TABLES[table]:
            value = row.get(col.name)
            if value is None:
                if not col.nullable:
                    problems.append(f"{table}[{i}].{col.name} is null")
                continue
            if col.vocabulary and col.name != "unit" and value not in col.vocabulary:
                problems.append(f"{table}[{i}].{col.name}={value!r} not in vocabulary")
            if isinstance(value, float) and not math.isfinite(value):
                problems.append(f"{table}[{i}].{col.name} is not finite")
        if keys:
            key = tuple(row.get(k) for k in keys)
            if key in seen:
                problems.append(f"{table}[{i}] duplicate key {key}")
            seen.add(key)
    return problems


def markdown_columns(table: str) -> str:
    """The README's column table for a table."""
    lines = ["| column | type | meaning |", "| --- | --- | --- |"]
    for c in TABLES[table]:
        vocab = f" One of: {', '.join(f'`{v}`' for v in c.vocabulary)}." if c.vocabulary else ""
        lines.append(f"| `{c.name}` | {c.type} | {c.description}{vocab} |")
    return "\n".join(lines)


def schema_markdown() -> str:
    """Every table's column table, as the README shows them."""
    return "\n\n".join(f"#### `{name}`\n\n{markdown_columns(name)}" for name in TABLES)
