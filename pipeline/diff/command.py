"""The ``diff`` command line."""
from __future__ import annotations

import argparse
import logging
import sys
from pathlib import Path

from ..cli import positive_int
from ..config import DEFAULT_BATCH_SIZE, Settings
from ..errors import PipelineError
from .compare import FORMATS
from .report import render, write_diff
from .versions import compare, ensure_built

log = logging.getLogger("pipeline")


# --- command line -----------------------------------------------------------------------------

DESCRIPTION = """\
Show what changed in the extracted events, dates, people and places between two versions of a
document. Rows are matched by stable keys, not offsets, so an edit that only shifts text shows no
changes:
  events  by event_id           people  by person_id           places  by place_id
  dates   by value_start, value_end and the words of the sentence they sit in
Offsets, mention ids and n_mentions are not compared; events' summary and trigger and dates'
text are compared on their words (punctuation and spacing ignored).

Reads the tables built in OUT; a version that is not built yet, or whose raw file changed since,
is built first from RAW (incremental). Prints a report (changed cells as old -> new) and writes
the diffs table for each pair to OUT/diffs/parquet/<doc>__<from>__<to>.parquet and
OUT/diffs/json/<doc>__<from>__<to>.jsonl (columns: schemas/diffs.schema.json)."""

EPILOG = """\
examples:
  python -m pipeline diff japan-north-korea-relations            # the two newest versions
  python -m pipeline diff DOC 001_a 002_b --format markdown      # for a pull request
  python -m pipeline diff --all --format json                    # every consecutive pair
exit status: 0 whether or not the versions differ (1 with --exit-code when they do),
2 on errors (unknown document or version, build failure)."""


def add_parser(subparsers) -> argparse.ArgumentParser:
    p = subparsers.add_parser(
        "diff", help="what changed in the data between two versions of a document",
        usage="python -m pipeline diff DOC_ID [FROM_VERSION TO_VERSION] [options]\n"
              "       python -m pipeline diff --all [DOC_ID] [options]",
        description=DESCRIPTION, epilog=EPILOG, formatter_class=argparse.RawDescriptionHelpFormatter)
    p.add_argument("doc_id", nargs="?", metavar="DOC_ID", help="document id (folder name under RAW)")
    p.add_argument("versions", nargs="*", metavar="FROM_VERSION TO_VERSION",
                   help="versions to compare (default: the two newest; versions sort by name)")
    p.add_argument("--all", dest="all_pairs", action="store_true",
                   help="compare every pair of consecutive versions of every document (or of DOC_ID)")
    p.add_argument("--format", choices=FORMATS, default="text",
                   help="report format: text for the terminal (default), markdown for a PR, json for programs "
                        "(an object; a list of objects with --all)")
    p.add_argument("--exit-code", action="store_true", help="exit with status 1 when the versions differ")
    p.add_argument("--raw", type=Path, default=Path("raw"), help="raw folder, to build what is missing (default: raw)")
    p.add_argument("--out", type=Path, default=Path("processed"), help="built datasets (default: processed)")
    p.add_argument("--model", default=Settings().model, help="spaCy model, if a build is needed")
    p.add_argument("--batch-size", type=positive_int, default=DEFAULT_BATCH_SIZE, metavar="N",
                   help="texts per nlp.pipe batch, if a build is needed")
    p.add_argument("--quiet", action="store_true", help="print errors only (the report still goes to stdout)")
    p.add_argument("--debug", action="store_true", help="show tracebacks and debug messages")
    return p


def run(args: argparse.Namespace) -> int:
    """Run ``diff`` from parsed arguments; return the exit status. Raises PipelineError on bad requests."""
    versions = list(args.versions or [])
    if len(versions) not in (0, 2):
        raise PipelineError(f"give both FROM_VERSION and TO_VERSION, or neither (got {' '.join(versions)})")
    if args.all_pairs and versions:
        raise PipelineError("--all compares every consecutive pair; do not give versions with it")
    if not args.all_pairs and not args.doc_id:
        raise PipelineError("give a DOC_ID (e.g. make diff DOC=<doc_id>) or --all")
    settings = Settings(model=args.model, batch_size=args.batch_size)
    built, pairs = ensure_built(args.out, args.raw, args.doc_id, versions, args.all_pairs, settings)
    results = [compare(built, args.raw, d, a, b) for d, a, b in pairs]
    for pair in results:
        paths = write_diff(args.out, pair)
        log.debug("wrote %s and %s", *paths)
    sys.stdout.write(render(results, args.format, many=args.all_pairs))
    sys.stdout.flush()
    if results:
        log.info("diffs written to %s", Path(args.out) / "diffs")
    return 1 if args.exit_code and any(p.differs for p in results) else 0
