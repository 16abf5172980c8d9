"""Each stage on its own (``python -m pipeline parse|extract|normalise|export``), reading and
writing ``OUT/interim/<stage>``. As in the build, a document that fails a stage becomes an
error row (the manifest's ``errors``, written to the errors table by the export) and the
other documents go on."""
from __future__ import annotations

import json
from collections.abc import Iterator
from pathlib import Path

from .. import export
from ..atomic import write_json_atomically
from ..config import Settings
from ..structure import ParsedDocument, from_dict, to_dict
from .cache import interim_path
from .outputs import read_manifest, write_manifest, write_staged
from .plan import load_raw
from .report import BuildReport
from .worker import document_failure, parse_raw


def run_parse_stage(raw_dir: Path, out_dir: Path, settings: Settings | None = None) -> BuildReport:
    settings = settings or Settings()
    report = BuildReport()
    manifest = []
    for raw in load_raw(Path(raw_dir), report, settings.model):
        try:
            doc = parse_raw(raw)
        except Exception as exc:  # noqa: BLE001 - one bad document must not stop the rest
            report.failed.append(document_failure(raw.source, raw.doc_id, raw.version, "parse", exc))
            continue
        write_json_atomically(interim_path(out_dir, "parse", raw.doc_id, raw.version), to_dict(doc))
        manifest.append([raw.doc_id, raw.version])
        report.built += 1
    write_manifest(out_dir, manifest, [e.row() for e in report.failed], raw_dir)
    return report


def _parsed(out_dir: Path, documents: list, report: BuildReport) -> Iterator[ParsedDocument]:
    """The parse stage's documents; one that cannot be read is a failure of stage `stage`."""
    for doc_id, version in documents:
        path = interim_path(out_dir, "parse", doc_id, version)
        try:
            yield from_dict(json.loads(path.read_text(encoding="utf-8")))
        except (OSError, ValueError, KeyError, TypeError) as exc:
            report.failed.append(document_failure(str(path), doc_id, version, "read", exc))


def _record_failures(out_dir: Path, manifest: dict, report: BuildReport) -> None:
    """Drop the documents that failed this stage from the manifest and add their error rows."""
    if not report.failed:
        return
    failed = {(e.doc_id, e.version) for e in report.failed}
    documents = [d for d in manifest["documents"] if tuple(d) not in failed]
    raw = manifest.get("raw")
    write_manifest(out_dir, documents, manifest["errors"] + [e.row() for e in report.failed],
                   Path(raw) if raw else None)


def run_extract_stage(out_dir: Path, settings: Settings) -> BuildReport:
    from ..extract import run_nlp, save_block_docs
    from ..nlp import load_nlp

    report = BuildReport()
    manifest = read_manifest(out_dir)
    nlp = load_nlp(settings.model)
    for doc, block_docs in run_nlp(_parsed(out_dir, manifest["documents"], report), nlp, settings.batch_size):
        save_block_docs(block_docs, interim_path(out_dir, "extract", doc.doc_id, doc.version, ".spacy"))
        report.built += 1
    _record_failures(out_dir, manifest, report)
    return report


def run_normalise_stage(out_dir: Path) -> BuildReport:
    import spacy

    from ..extract import load_block_docs
    from ..normalise import normalise_document

    report = BuildReport()
    manifest = read_manifest(out_dir)
    # The English vocabulary's lexical attributes (is_alpha, like_num, ...) are used by the
    # normalisers; the saved Docs carry everything else, so the model itself is not loaded.
    vocab = spacy.blank("en").vocab
    for doc in _parsed(out_dir, manifest["documents"], report):
        try:
            block_docs = load_block_docs(interim_path(out_dir, "extract", doc.doc_id, doc.version, ".spacy"), vocab)
            tables = normalise_document(doc, block_docs)
        except Exception as exc:  # noqa: BLE001 - one bad document must not stop the rest
            report.failed.append(document_failure(doc.source, doc.doc_id, doc.version, "normalise", exc))
            continue
        write_json_atomically(interim_path(out_dir, "normalise", doc.doc_id, doc.version),
                              {"key": None, "tables": tables})
        report.built += 1
    _record_failures(out_dir, manifest, report)
    return report


def run_export_stage(out_dir: Path) -> BuildReport:
    manifest = read_manifest(out_dir)
    report = BuildReport(built=len(manifest["documents"]), action="exported")

    def tables() -> Iterator[dict]:
        return (json.loads(interim_path(out_dir, "normalise", d, v).read_text(encoding="utf-8"))["tables"]
                for d, v in manifest["documents"])

    report.rows = write_staged(Path(out_dir), lambda staging: export.write_tables_streaming(
        staging, tables, manifest["errors"]))
    return report


