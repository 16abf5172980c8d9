"""``python -m pipeline add SOURCE --doc DOC_ID [--version V] [--raw raw]``: the command line,
and :func:`add`, which runs the steps. Every check is made before anything is written, so a
refused source leaves raw/ as it was."""
from __future__ import annotations

import argparse
import logging
from dataclasses import dataclass
from datetime import date
from pathlib import Path

from ..errors import SourceError
from . import Extracted
from .fetch import TIMEOUT_SECONDS, Original, load_source
from .write import check_name, existing_versions, plan_version, write_version

log = logging.getLogger("pipeline")
LIBRARY_LOGGERS = ("trafilatura", "htmldate", "courlan", "justext", "pdfminer")

DESCRIPTION = """\
Add a web page or PDF to the raw folder as a new version of a document: its main text as
RAW/DOC_ID/VERSION.txt (navigation, menus, footers, cookie banners and scripts removed; one
heading, paragraph, numbered item or bullet per line), its title, address and publication date
in VERSION.meta.json, and the original beside them as VERSION.orig.html or VERSION.orig.pdf
(kept for provenance; the build ignores it).

SOURCE is an http(s) URL, a saved .html/.htm page or a .pdf file. The version is named by
today's date (2026-12-01; 2026-12-01-2 for a second, different text the same day) unless
--version is given. Text identical to the newest version's makes no new version."""

EPILOG = """\
examples:
  python -m pipeline add https://www.mofa.go.jp/region/asia-paci/n_korea/relation.html --doc japan-north-korea-relations
  python -m pipeline add saved/statement.pdf --doc joint-statement --version 2024-05-01
then: make all, and make diff DOC=<doc_id> to see what changed.
exit status: 0 when the version was added or was already there, 2 when the source was refused."""


@dataclass
class Added:
    version: str
    path: Path  # the version's .txt
    unchanged: bool  # the text equals that version's: nothing was written
    kind: str = "html"  # of the original: html or pdf


def add_parser(subparsers) -> argparse.ArgumentParser:
    p = subparsers.add_parser("add", help="add a web page, saved page or PDF to the raw folder as a new version",
                              description=DESCRIPTION, epilog=EPILOG,
                              formatter_class=argparse.RawDescriptionHelpFormatter)
    p.add_argument("source", metavar="SOURCE", help="an http(s) URL, or a saved .html, .htm or .pdf file")
    p.add_argument("--doc", required=True, metavar="DOC_ID", help="document id: the folder under RAW")
    p.add_argument("--version", metavar="V", help="version name (default: today's date, YYYY-MM-DD)")
    p.add_argument("--raw", type=Path, default=Path("raw"), help="raw folder (default: raw)")
    p.add_argument("--timeout", type=float, default=TIMEOUT_SECONDS, metavar="SECONDS",
                   help=f"network timeout for a URL (default: {TIMEOUT_SECONDS:g})")
    p.add_argument("--quiet", action="store_true", help="print errors only")
    p.add_argument("--debug", action="store_true", help="show tracebacks and debug messages")
    return p


def run(args: argparse.Namespace) -> int:
    """Run ``add`` from parsed arguments; raises SourceError (a PipelineError) on a refused source."""
    for library in LIBRARY_LOGGERS:  # their notes are not the user's business, unless debugging
        logging.getLogger(library).setLevel(logging.DEBUG if args.debug else logging.ERROR)
    result = add(args.source, args.doc, args.raw, args.version, timeout=args.timeout)
    if result.unchanged:
        log.info("unchanged since %s: the text is identical, so no new version was written", result.path)
        return 0
    log.info("added %s (%s characters), with %s.meta.json and %s.orig.%s beside it", result.path,
             f"{len(result.path.read_text(encoding='utf-8')):,}", result.version, result.version, result.kind)
    newer = [v for v in existing_versions(result.path.parent) if v > result.version]
    if newer:
        log.warning("warning: %s sorts before %s; versions are compared in name order", result.version, newer[-1])
    return 0


def add(source: str, doc_id: str, raw_dir: Path, version: str | None = None, today: date | None = None,
        timeout: float = TIMEOUT_SECONDS) -> Added:
    """Turn SOURCE into the next version of DOC_ID under RAW_DIR (version names: see ``write``)."""
    check_name(doc_id, "--doc")
    if version is not None:
        check_name(version, "--version")
    if not Path(raw_dir).is_dir():
        raise SourceError(raw_dir, "the raw folder does not exist", "create it, or give the right one with --raw")
    retrieved = today or date.today()
    original = load_source(source, timeout)
    extracted = convert(original, source)
    doc_dir = Path(raw_dir) / doc_id
    planned = plan_version(doc_dir, extracted.text, version, retrieved)
    if planned.unchanged:
        return Added(planned.version, doc_dir / f"{planned.version}.txt", True, original.kind)
    path = write_version(doc_dir, planned.version, extracted, original.data, original.kind, retrieved)
    return Added(planned.version, path, False, original.kind)


def convert(original: Original, source: str) -> Extracted:
    """The text and metadata of the original; the HTML and PDF libraries are imported here."""
    if original.kind == "pdf":
        from .pdf import pdf_to_text

        extracted = pdf_to_text(original.data, source)
    else:
        from .html import html_to_text

        extracted = html_to_text(original.data, source, original.url)
    if original.url:
        extracted.source_url = original.url  # where it was fetched from, after redirects
    return extracted
