"""Command line: ``python -m pipeline build --raw raw --out processed`` and one command per stage."""
from __future__ import annotations

import argparse
import logging
import sys
from pathlib import Path

from . import build as build_mod
from . import diff as diff_mod
from . import review as review_mod
from .cli import ArgumentParser, non_negative_float, os_error_message, positive_int
from .config import DEFAULT_BATCH_SIZE, DEFAULT_MODEL, Settings, default_model
from .errors import PipelineError
from .ingest import command as add_mod
from .lock import DEFAULT_TIMEOUT, output_lock
from .schema import ALL_TABLES

log = logging.getLogger("pipeline")


def _add_common(parser: argparse.ArgumentParser, raw: bool = True, model: bool = True) -> None:
    if raw:
        parser.add_argument("--raw", type=Path, default=Path("raw"), help="raw folder: <doc_id>/<version>.txt (default: raw)")
    parser.add_argument("--out", type=Path, default=Path("processed"), help="output folder (default: processed)")
    if model:
        parser.add_argument("--model", default=default_model(),
                            help=f"spaCy model to load (default: $PIPELINE_SPACY_MODEL or {DEFAULT_MODEL})")
        parser.add_argument("--batch-size", type=positive_int, default=DEFAULT_BATCH_SIZE, metavar="N",
                            help=f"texts per nlp.pipe batch (default: {DEFAULT_BATCH_SIZE})")
    parser.add_argument("--lock-timeout", type=non_negative_float, default=None, metavar="SECONDS",
                        help="wait this long for another run writing to OUT to finish "
                             f"(default: $PIPELINE_LOCK_TIMEOUT or {DEFAULT_TIMEOUT:g})")
    parser.add_argument("--quiet", action="store_true", help="print errors only")
    parser.add_argument("--debug", action="store_true", help="show tracebacks and debug messages")


def make_parser() -> argparse.ArgumentParser:
    parser = ArgumentParser(
        prog="python -m pipeline",
        description="Turn diplomatic pages and news in raw/ into tables of dates, people, places and events.",
    )
    sub = parser.add_subparsers(dest="command", required=True, metavar="COMMAND")
    p = sub.add_parser("build", help="run every stage: raw/ -> OUT/parquet and OUT/json",
                       description="Build every table from the raw folder. Documents whose inputs did not "
                                   "change since the last build are taken from OUT/interim without running spaCy.")
    _add_common(p)
    mode = p.add_mutually_exclusive_group()
    # Both options set args.strict; the default is set once here, since argparse would
    # otherwise take it from the first option (store_false: strict=True).
    p.set_defaults(strict=False)
    mode.add_argument("--keep-going", dest="strict", action="store_false",
                      help="build every good document and report the bad ones (default); exit 1 if any failed")
    mode.add_argument("--strict", dest="strict", action="store_true",
                      help="stop at the first bad document and leave the previous datasets as they were")
    p.add_argument("--jobs", type=positive_int, default=None, metavar="N",
                   help="worker processes, each with its own copy of the model "
                        "(default: $PIPELINE_JOBS or the number of CPUs)")
    p.add_argument("--executor", choices=("local", "dask"), default="local",
                   help="local processes (default) or a dask.distributed cluster (needs the 'cluster' extra)")
    p.add_argument("--scheduler", metavar="ADDRESS",
                   help="with --executor dask: the scheduler, e.g. tcp://host:8786 (default: a local cluster of --jobs workers)")
    p = sub.add_parser("parse", help="stage 1: text structure -> OUT/interim/parse",
                       description="Read and check the raw documents and write their structure (blocks, sentences, offsets).")
    _add_common(p, model=False)
    p = sub.add_parser("extract", help="stage 2: spaCy over the parsed documents -> OUT/interim/extract",
                       description="Run the spaCy model over the parse stage's output and save the Docs.")
    _add_common(p, raw=False)
    p = sub.add_parser("normalise", help="stage 3: mentions -> rows -> OUT/interim/normalise",
                       description="Turn the extracted Docs into rows of every table with canonical values.")
    _add_common(p, raw=False, model=False)
    p = sub.add_parser("export", help="stage 4: rows -> OUT/parquet/*.parquet and OUT/json/*.jsonl",
                       description="Sort, validate and write every table as Parquet and JSONL.")
    _add_common(p, raw=False, model=False)
    diff_mod.add_parser(sub)
    review_mod.add_parser(sub)
    add_mod.add_parser(sub)
    return parser


def _count(n: int, noun: str) -> str:
    return f"{n} {noun}" + ("" if n == 1 else "s")


def summary(report: build_mod.BuildReport, out: Path | None) -> str:
    """The one-screen account of a run: documents, rows per table, time, where to look."""
    cache = f", {report.reused} taken from the cache" if report.action == "processed" else ""
    lines = [f"{_count(report.built, 'document version')} {report.action}{cache}, "
             f"{len(report.failed)} failed" + (f", in {report.seconds:.1f} s" if report.seconds else "")]
    if report.rows:
        lines.append("rows: " + ", ".join(f"{table} {report.rows[table]:,}" for table in ALL_TABLES
                                          if table in report.rows))
    if out is not None and report.rows:
        lines.append(f"tables: {out / 'parquet'}/*.parquet and {out / 'json'}/*.jsonl")
    if report.failed:
        lines.append(f"{_count(len(report.failed), 'document')} could not be built: see the messages above"
                     + (f" and {out / 'json' / 'errors.jsonl'}" if out is not None and report.rows else ""))
    return "\n".join(lines)


def _report(report: build_mod.BuildReport, quiet: bool, out: Path | None = None) -> int:
    for warning in report.warnings:
        log.warning("warning: %s", warning)
    for error in sorted(report.failed, key=lambda e: e.path):
        log.error("error: %s", error)
    if not quiet:
        log.info("%s", summary(report, out))
    return 0 if report.ok else 1


def _run(args: argparse.Namespace, settings: Settings) -> int:
    """Run the command; return its exit status."""
    if args.command == "diff":
        return diff_mod.run(args)
    if args.command == "review":
        return review_mod.run(args)
    if args.command == "add":
        return add_mod.run(args)
    if args.command == "build":
        report = build_mod.build(args.raw, args.out, settings, strict=args.strict,
                                 progress=not args.quiet and sys.stderr.isatty())
    elif args.command == "parse":
        report = build_mod.run_parse_stage(args.raw, args.out, settings)
    elif args.command == "extract":
        report = build_mod.run_extract_stage(args.out, settings)
    elif args.command == "normalise":
        report = build_mod.run_normalise_stage(args.out)
    else:
        report = build_mod.run_export_stage(args.out)
    return _report(report, args.quiet, getattr(args, "out", None))


def main(argv: list[str] | None = None) -> int:
    args = make_parser().parse_args(argv)
    logging.basicConfig(level=logging.DEBUG if args.debug else logging.WARNING if args.quiet else logging.INFO,
                        format="%(message)s", stream=sys.stderr)
    try:
        settings = Settings(model=getattr(args, "model", None) or default_model(),
                            batch_size=getattr(args, "batch_size", DEFAULT_BATCH_SIZE), jobs=getattr(args, "jobs", None) or 0,
                            executor=getattr(args, "executor", "local"), scheduler=getattr(args, "scheduler", None))
        out = getattr(args, "out", None)
        if out is None or not (args.command in ("build", "parse") or Path(out).is_dir()):
            return _run(args, settings)
        with output_lock(out, getattr(args, "lock_timeout", None)):
            return _run(args, settings)
    except (PipelineError, OSError) as exc:
        if args.debug:
            raise
        message = (str(exc) if not isinstance(exc, OSError) or exc.errno is None
                   else os_error_message(exc, getattr(args, "out", None)))
        log.error("error: %s", message)
        return 2
    except KeyboardInterrupt:
        log.error("interrupted: the previous datasets are unchanged")
        return 130


if __name__ == "__main__":
    sys.exit(main())
