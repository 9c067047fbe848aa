"""`policy-claims report`: a summary of an output directory for people who do not open notebooks.

`write_report(output, path)` writes one self-contained HTML file (charts embedded as base64 PNG,
no scripts, no external files) or, when `path` ends in `.md`, Markdown with the charts as PNG files
in a folder beside it (`<name>_files/`). It shows: the latest runs, table sizes, claims by metric
and stance, who demands what of whom (defence spending), demanded shares of GDP over time, figures
beside SIPRI's actual spending, and the most reported defence claim events.
"""
from __future__ import annotations

import base64
import html
import io
import os
import sys
from dataclasses import dataclass
from datetime import datetime, timezone
from pathlib import Path

DEFAULT_REPORT = "report.html"


@dataclass
class _Chart:
    title: str
    caption: str
    png: bytes


@dataclass
class _Section:
    title: str
    header: list[str]
    rows: list[list[str]]
    note: str = ""


def _png(fig) -> bytes:
    buf = io.BytesIO()
    fig.savefig(buf, format="png", dpi=100)
    return buf.getvalue()


def _fmt(v) -> str:
    import pandas as pd

    if v is None or (not isinstance(v, (list, tuple)) and pd.isna(v)):
        return ""
    if isinstance(v, pd.Timestamp):
        return v.strftime("%Y-%m-%d %H:%M") if (v.hour or v.minute) else v.strftime("%Y-%m-%d")
    if isinstance(v, float):
        return f"{v:,.4g}" if abs(v) < 1e6 else f"{v:,.0f}"
    return str(v)


def collect(output: str | os.PathLike):
    """The report's content: (facts, tables, charts), computed from an output directory."""
    from . import charts, reference
    from .load import load

    output = str(output)
    articles = load("articles", output, columns=["article_id", "source", "published"])
    claims = load("claims", output)
    events = load("claim_events", output)
    runs = load("runs", output)
    rejects = load("rejects", output)
    mentions = load("mentions", output, columns=["mention_id"])
    dated = articles["published"].dropna()
    facts = {
        "articles": len(articles),
        "sources": articles["source"].nunique(),
        "published": f"{_fmt(dated.min())} to {_fmt(dated.max())}" if len(dated) else "unknown",
        "mentions": len(mentions),
        "claims": len(claims),
        "claim events": len(events),
        "rejected inputs": len(rejects),
        "runs": len(runs),
    }
    tables: list[_Section] = []
    recent = runs.sort_values("started_at", ascending=False).head(5)
    tables.append(_Section(
        "Latest runs", ["run", "started (UTC)", "status", "seen", "new", "skipped", "rejected", "claims", "seconds"],
        [[r.run_id, _fmt(r.started_at), str(r.status), _fmt(r.articles_seen), _fmt(r.articles_new), _fmt(r.articles_skipped),
          _fmt(r.articles_rejected), _fmt(r.claims), _fmt(r.seconds)] for r in recent.itertuples()],
    ))
    defence = events[(events["metric"].astype(object) == "defense_spending") & events["claim_type"].astype(object).isin(["demand", "commitment", "proposal", "rejection"])]
    top = defence.sort_values(["articles", "sources", "first_seen"], ascending=[False, False, True]).head(15)
    tables.append(_Section(
        "Most reported defence spending claims (claim events)",
        ["actor", "stance", "target", "figure", "articles", "sources", "first seen", "last seen"],
        [[_fmt(r.actor_code) or "(unnamed)", str(r.claim_type) + (" (denied)" if r.negated else ""), _fmt(r.target_code),
          _figure_label(r), _fmt(r.articles), _fmt(r.sources), _fmt(r.first_seen), _fmt(r.last_seen)] for r in top.itertuples()],
        "A claim event is the same claim (actor, target, metric, stance, value, unit, basis) reported by one or more articles within 30 days of each other.",
    ))
    if len(rejects):
        counts = rejects["reason"].astype(object).value_counts()
        tables.append(_Section("Rejected inputs", ["reason", "inputs"], [[k, str(v)] for k, v in counts.items()]))
    sipri = reference.sipri_share_of_gdp()
    figures = [
        _Chart("Claims by metric and stance", "Every policy figure found, by what it measures and the actor's stance.", _png(charts.claims_by_metric(claims))),
        _Chart("Who demands what of whom", "Defence spending demands: actors by targets, from the claim events.", _png(charts.demand_matrix(events))),
        _Chart("Demanded share of GDP over time", "Each report of a defence spending demand stated as a share of GDP, by target; bars: highest in each month.",
               _png(charts.demanded_share_over_time(claims))),
        _Chart("Figures beside actual spending", "Defence spending demanded, pledged or proposed (share of GDP) beside SIPRI's actual military expenditure for the same countries.",
               _png(charts.claims_vs_reference(claims, sipri))),
    ]
    return facts, tables, figures


def _figure_label(r) -> str:
    unit = str(r.unit) if r.unit is not None else ""
    if unit == "percent":
        text = f"{r.value:g}%" + (f" of {r.basis}" if isinstance(r.basis, str) else "")
    elif unit == "currency":
        text = f"{r.currency or ''} {_money(r.value)}".strip()
    else:
        text = f"{r.value:g} {unit}".strip()
    return text


def _money(v: float) -> str:
    for scale, word in ((1e12, "trillion"), (1e9, "billion"), (1e6, "million")):
        if abs(v) >= scale:
            return f"{v / scale:,.4g} {word}"
    return f"{v:,.0f}"


def write_report(output: str | os.PathLike, path: str | os.PathLike = DEFAULT_REPORT) -> Path:
    """Write the summary of `output` to `path` (HTML, or Markdown when it ends in `.md`); returns the path."""
    path = Path(path)
    facts, tables, figures = collect(output)
    stamp = datetime.now(timezone.utc).strftime("%Y-%m-%d %H:%M UTC")
    path.parent.mkdir(parents=True, exist_ok=True)
    if path.suffix.lower() in (".md", ".markdown"):
        text = _markdown(output, stamp, facts, tables, figures, path)
    else:
        text = _html(output, stamp, facts, tables, figures)
    tmp = path.with_name("." + path.name + ".tmp")
    tmp.write_text(text, encoding="utf-8")
    os.replace(tmp, path)
    return path


_CSS = """body{font-family:system-ui,sans-serif;max-width:980px;margin:2em auto;padding:0 1em;color:#222}
table{border-collapse:collapse;margin:1em 0;font-size:14px}td,th{border:1px solid #ccc;padding:3px 8px;text-align:left}
th{background:#f3f3f3}img{max-width:100%;border:1px solid #eee}figure{margin:1.5em 0}figcaption{color:#555;font-size:14px}
.note{color:#555;font-size:14px}"""


def _html(output, stamp, facts, tables, figures) -> str:
    e = html.escape
    parts = [
        "<!doctype html><html lang='en'><head><meta charset='utf-8'>",
        f"<title>policy-claims report: {e(Path(output).name or str(output))}</title><style>{_CSS}</style></head><body>",
        f"<h1>policy-claims report</h1><p class='note'>Output <code>{e(str(output))}</code>, written {e(stamp)}.</p>",
        "<table>" + "".join(f"<tr><th>{e(k)}</th><td>{e(_fmt(v))}</td></tr>" for k, v in facts.items()) + "</table>",
    ]
    for fig in figures:
        data = base64.b64encode(fig.png).decode("ascii")
        parts.append(f"<figure><h2>{e(fig.title)}</h2><img alt='{e(fig.title)}' src='data:image/png;base64,{data}'>"
                     f"<figcaption>{e(fig.caption)}</figcaption></figure>")
    for t in tables:
        parts.append(f"<h2>{e(t.title)}</h2>")
        if t.note:
            parts.append(f"<p class='note'>{e(t.note)}</p>")
        if not t.rows:
            parts.append("<p class='note'>None.</p>")
            continue
        parts.append("<table><tr>" + "".join(f"<th>{e(h)}</th>" for h in t.header) + "</tr>"
                     + "".join("<tr>" + "".join(f"<td>{e(c)}</td>" for c in row) + "</tr>" for row in t.rows) + "</table>")
    parts.append("</body></html>\n")
    return "\n".join(parts)


def _md_cell(text: str) -> str:
    return text.replace("|", "\\|").replace("\n", " ")


def _markdown(output, stamp, facts, tables, figures, path: Path) -> str:
    folder = path.with_name(path.stem + "_files")
    folder.mkdir(exist_ok=True)
    lines = ["# policy-claims report", "", f"Output `{output}`, written {stamp}.", "", "| | |", "| --- | --- |"]
    lines += [f"| {k} | {_md_cell(_fmt(v))} |" for k, v in facts.items()]
    for i, fig in enumerate(figures, 1):
        name = f"chart-{i}.png"
        (folder / name).write_bytes(fig.png)
        lines += ["", f"## {fig.title}", "", f"![{fig.title}]({folder.name}/{name})", "", fig.caption]
    for t in tables:
        lines += ["", f"## {t.title}", ""]
        if t.note:
            lines += [t.note, ""]
        if not t.rows:
            lines.append("None.")
            continue
        lines += ["| " + " | ".join(t.header) + " |", "|" + " --- |" * len(t.header)]
        lines += ["| " + " | ".join(_md_cell(c) for c in row) + " |" for row in t.rows]
    return "\n".join(lines) + "\n"


# -- command line (the lead wires these into pipeline/cli.py) ------------------------------------

def add_report_command(subparsers) -> None:
    """Add `report [--output DIR] [--to FILE]` to the CLI's subparsers."""
    p = subparsers.add_parser("report", help="write an HTML (or Markdown) summary of an output directory, with charts")
    p.add_argument("--output", "-o", default="output", help="the output directory to summarise (default: output/)")
    p.add_argument("--to", default=DEFAULT_REPORT, help=f"the report file: .html (self-contained) or .md (default: {DEFAULT_REPORT})")


def run_report_command(args) -> int:
    """`policy-claims report`: 0 on success, 1 with a one-line reason when the output is missing."""
    output = Path(args.output)
    if not (output / "claims").is_dir() and not (output / "articles").is_dir():
        print(f"policy-claims: {output} is not a policy-claims output (run `policy-claims run --output {output}` first)", file=sys.stderr)
        return 1
    try:
        import matplotlib  # noqa: F401 - an optional dependency (the `notebooks` extra)
    except ImportError:
        print("policy-claims: the report draws charts with matplotlib: pip install 'policy-claims[notebooks]'", file=sys.stderr)
        return 1
    try:
        path = write_report(output, args.to)
    except OSError as exc:
        print(f"policy-claims: cannot write report {args.to}: {exc.strerror or exc}", file=sys.stderr)
        return 1
    print(f"policy-claims report -> {path}")
    return 0
