"""The command line: argument parsing only; the work is done by the library API."""
from __future__ import annotations

import argparse
import json
import logging
import sys

from . import __version__


def _run_parser(sub) -> None:
    p = sub.add_parser("run", help="scan articles and write the tables")
    p.add_argument("paths", nargs="*", help="files, folders or globs (default: the bundled sample corpus)")
    p.add_argument("--output", "-o", default="output", help="output directory (default: output/)")
    p.add_argument("--full", action="store_true", help="reprocess everything instead of skipping unchanged articles")
    p.add_argument("--workers", type=int, default=1, help="local worker processes (default 1)")
    p.add_argument("--engine", choices=("local", "dask"), default="local")
    p.add_argument("--scheduler", help="Dask scheduler address, with --engine dask")
    p.add_argument("--batch-size", type=int, default=4000, help="articles per atomic commit (default 4000)")
    p.add_argument("--max-chars", type=int, default=2_000_000, help="longer articles are cut (default 2,000,000)")
    p.add_argument("--force-output", action="store_true", help="write into a directory that holds other files")
    p.add_argument("--quiet", "-q", action="store_true", help="no progress bar and no text summary: warnings and errors only (with --log-format json the one-line JSON summary stays, for cron)")
    p.add_argument("--log-format", choices=("text", "json"), default="text", help="json: one JSON object per log line (for cron)")
    p.add_argument("--no-progress", action="store_true", help="never show a progress bar")


# evaluation name -> the module whose main(argv) runs it: our gold quantities and claims, and the public NewsQuant set
EVALUATIONS = {"quantities": "quantities", "claims": "claims", "newsquant": "newsquant"}


def _evaluate_parser(sub) -> None:
    p = sub.add_parser("evaluate", help="score the extractor against gold annotations")
    p.add_argument("what", choices=tuple(EVALUATIONS))
    p.add_argument("rest", nargs=argparse.REMAINDER, metavar="OPTIONS", help="options of the evaluation (see --help of each)")


def build_parser() -> argparse.ArgumentParser:
    parser = argparse.ArgumentParser(prog="policy-claims", description="Policy figures in news articles, as Parquet tables.")
    parser.add_argument("--version", action="version", version=f"policy-claims {__version__}")
    sub = parser.add_subparsers(dest="command", required=True)
    _run_parser(sub)
    _evaluate_parser(sub)
    from .analysis.report import add_report_command

    add_report_command(sub)
    sub.add_parser("schema", help="print every table's columns as Markdown (the README's tables come from here)")
    return parser


class _JsonFormatter(logging.Formatter):
    def format(self, record: logging.LogRecord) -> str:
        return json.dumps({"level": record.levelname.lower(), "message": record.getMessage(), **getattr(record, "fields", {})})


def _configure_logging(quiet: bool, log_format: str) -> None:
    handler = logging.StreamHandler(sys.stderr)
    handler.setFormatter(_JsonFormatter() if log_format == "json" else logging.Formatter("%(message)s"))
    root = logging.getLogger("policy_claims")
    root.handlers[:] = [handler]
    root.setLevel(logging.WARNING if quiet else logging.INFO)


def _cmd_run(args) -> int:
    from .options import RunOptions
    from .run import run
    from .schema import arrow_without_pandas
    from .store import OutputError

    try:
        options = RunOptions(
            paths=tuple(args.paths), output=args.output, full=args.full, workers=args.workers, engine=args.engine,
            scheduler=args.scheduler, batch_articles=args.batch_size, max_chars=args.max_chars,
            force_output=args.force_output, quiet=args.quiet, log_format=args.log_format,
            progress=False if args.no_progress else None,
        )
    except ValueError as exc:
        print(f"policy-claims: {exc}", file=sys.stderr)
        return 2
    _configure_logging(args.quiet, args.log_format)
    log = logging.getLogger("policy_claims")
    arrow_without_pandas()  # this process (and the workers it forks) never needs pandas
    try:
        summary = run(options)
    except OutputError as exc:
        print(f"policy-claims: {exc}", file=sys.stderr)
        return 1
    except KeyboardInterrupt:
        print("policy-claims: interrupted; committed batches are kept, the next run finishes the work", file=sys.stderr)
        return 130
    except Exception as exc:  # the contract: a one-line reason on standard error, not a traceback
        log.debug("run failed", exc_info=True)
        print(f"policy-claims: run failed: {type(exc).__name__}: {exc}".splitlines()[0][:500], file=sys.stderr)
        return 1
    fields = {k: v for k, v in vars(summary).items() if k != "rejects_by_reason"}
    fields["rejects_by_reason"] = dict(summary.rejects_by_reason)
    # --quiet silences the human summary, but a JSON log always ends with its machine-readable one (for cron)
    level = logging.WARNING if args.log_format == "json" else logging.INFO
    log.log(level, summary.line(), extra={"fields": fields})
    return 0


def _cmd_evaluate(args) -> int:
    import importlib

    module = importlib.import_module(f".evaluation.{EVALUATIONS[args.what]}", __package__)
    return module.main(args.rest) or 0


def main(argv: list[str] | None = None) -> int:
    args = build_parser().parse_args(argv)
    if args.command == "run":
        return _cmd_run(args)
    if args.command == "evaluate":
        return _cmd_evaluate(args)
    if args.command == "report":
        from .analysis.report import run_report_command

        return run_report_command(args)
    if args.command == "schema":
        from .schema import schema_markdown

        print(schema_markdown())
        return 0
    return 2
