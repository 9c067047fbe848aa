"""For analysts: claim events across articles, loading tables as pandas, charts, reference data, reports.

Importing this package is cheap: pandas and matplotlib are imported by the modules that need them.

| module | what |
| --- | --- |
| `tables` | the `claim_events` table's columns, declared once (as `pipeline/schema.py` does for the others) |
| `events` | claim events: the same claim reported by many articles merged into one row; `update_events(output)` |
| `load` | `load(table, output, start, end, metric, actor, target, columns)`: a table as a typed DataFrame |
| `reference` | SIPRI military expenditure as a share of GDP (a small packaged subset, with its source) |
| `charts` | the key charts, shared by the notebooks and the report |
| `report` | `write_report(output, path)`: a self-contained HTML or Markdown summary; `policy-claims report` |
"""
