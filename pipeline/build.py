"""Runs the stages over a raw folder: the whole build, and each stage on its own.

Per-document results of the normalise stage are kept in ``OUT/interim/normalise`` keyed by
a hash of everything they depend on (raw bytes, metadata, code, model), so a rebuild runs
spaCy only on documents whose inputs changed."""
from __future__ import annotations

import hashlib
import json
import logging
import os
import time
from collections.abc import Iterator
from dataclasses import dataclass, field
from pathlib import Path

from . import export, rawio
from .config import Settings
from .errors import DocumentError
from .parse import parse_text
from .structure import ParsedDocument, from_dict, to_dict

log = logging.getLogger("pipeline")
PACKAGE_DIR = Path(__file__).resolve().parent


def code_fingerprint() -> str:
    """Hash of the package's code, data and table schemas: a change invalidates cached results."""
    digest = hashlib.sha256()
    roots = [PACKAGE_DIR, PACKAGE_DIR.parent / "schemas"]
    for root in roots:
        for path in sorted(p for p in root.rglob("*") if p.suffix in {".py", ".json", ".tsv"} and "__pycache__" not in p.parts):
            digest.update(path.relative_to(root).as_posix().encode())
            digest.update(path.read_bytes())
    return digest.hexdigest()


def cache_key(raw: rawio.RawDocument, settings: Settings, code: str) -> str:
    payload = {"sha256": raw.sha256, "meta": raw.meta, "settings": settings.fingerprint(), "code": code}
    return hashlib.sha256(json.dumps(payload, sort_keys=True).encode()).hexdigest()


def interim_path(out_dir: Path, stage: str, doc_id: str, version: str, suffix: str = ".json") -> Path:
    return Path(out_dir) / "interim" / stage / doc_id / f"{version}{suffix}"


def write_json_atomically(path: Path, data) -> None:
    path.parent.mkdir(parents=True, exist_ok=True)
    tmp = path.with_name(f".{path.name}.{os.getpid()}.tmp")
    tmp.write_text(json.dumps(data, ensure_ascii=False, sort_keys=True), encoding="utf-8")
    os.replace(tmp, path)


def read_cached(path: Path, key: str) -> dict | None:
    """The cached tables if the file is whole and was made from the same inputs, else None."""
    try:
        data = json.loads(path.read_text(encoding="utf-8"))
    except (OSError, ValueError):
        return None
    if not isinstance(data, dict) or data.get("key") != key or not isinstance(data.get("tables"), dict):
        return None
    return data["tables"]


def parse_raw(raw: rawio.RawDocument) -> ParsedDocument:
    return parse_text(raw.text, doc_id=raw.doc_id, version=raw.version, source=raw.source,
                      sha256=raw.sha256, title=raw.title, published=raw.published,
                      encoding=raw.encoding, meta=raw.meta)


@dataclass
class BuildReport:
    built: int = 0
    reused: int = 0
    failed: list[DocumentError] = field(default_factory=list)
    warnings: list[str] = field(default_factory=list)
    rows: dict[str, int] = field(default_factory=dict)
    seconds: float = 0.0

    @property
    def ok(self) -> bool:
        return not self.failed


def load_raw(raw_dir: Path, report: BuildReport, strict: bool = False) -> list[rawio.RawDocument]:
    """Discover and read every document version; bad ones go to the report."""
    candidates, problems = rawio.discover(raw_dir)
    report.failed.extend(problems)
    loaded = []
    for raw in candidates:
        try:
            loaded.append(rawio.load(raw, raw_dir))
            report.warnings.extend(raw.warnings)
        except DocumentError as exc:
            report.failed.append(exc)
        if strict and report.failed:
            break
    return loaded


def build(raw_dir: Path, out_dir: Path, settings: Settings | None = None, strict: bool = False,
          progress: bool = False) -> BuildReport:
    """Build every table from raw_dir into out_dir; return what happened."""
    settings = settings or Settings()
    started = time.perf_counter()
    report = BuildReport()
    raws = load_raw(Path(raw_dir), report, strict)
    if strict and report.failed:
        return report
    code = code_fingerprint()
    results: dict[tuple[str, str], dict] = {}
    todo: list[tuple[rawio.RawDocument, str]] = []
    for raw in raws:
        key = cache_key(raw, settings, code)
        cached = read_cached(interim_path(out_dir, "normalise", raw.doc_id, raw.version), key)
        if cached is not None:
            results[(raw.doc_id, raw.version)] = cached
            report.reused += 1
        else:
            todo.append((raw, key))
    if todo:
        for raw, key, tables in _process(todo, settings, report, progress):
            write_json_atomically(interim_path(out_dir, "normalise", raw.doc_id, raw.version),
                                  {"key": key, "tables": tables})
            results[(raw.doc_id, raw.version)] = tables
            report.built += 1
            if strict and report.failed:
                return report
    if strict and report.failed:
        return report
    ordered = (results[k] for k in sorted(results))
    errors = [e.row() for e in report.failed]
    report.rows = export.write_tables(Path(out_dir), ordered, errors)
    write_manifest(out_dir, sorted(results), errors)
    report.seconds = time.perf_counter() - started
    return report


def _process(todo: list[tuple[rawio.RawDocument, str]], settings: Settings, report: BuildReport,
             progress: bool) -> Iterator[tuple[rawio.RawDocument, str, dict]]:
    """Parse, run spaCy on and normalise the documents that need it, streaming."""
    from .extract import run_nlp
    from .nlp import load_nlp
    from .normalise import normalise_document

    nlp = load_nlp(settings.model)
    by_doc = {(raw.doc_id, raw.version): (raw, key) for raw, key in todo}

    def parsed() -> Iterator[ParsedDocument]:
        for raw, _ in todo:
            try:
                yield parse_raw(raw)
            except Exception as exc:  # noqa: BLE001 - one bad document must not stop the rest
                report.failed.append(DocumentError(raw.source, "parse", "internal", f"parse failed: {exc!r}",
                                                   raw.doc_id, raw.version))

    bar = _progress_bar(len(todo), progress)
    for doc, block_docs in run_nlp(parsed(), nlp, settings.batch_size):
        raw, key = by_doc[(doc.doc_id, doc.version)]
        try:
            tables = normalise_document(doc, block_docs)
        except Exception as exc:  # noqa: BLE001
            log.debug("normalise failed for %s", raw.source, exc_info=True)
            report.failed.append(DocumentError(raw.source, "normalise", "internal",
                                               f"normalise failed: {exc!r}; run with --debug and report it",
                                               raw.doc_id, raw.version))
            continue
        finally:
            bar.update(1)
        yield raw, key, tables
    bar.close()


def _progress_bar(total: int, enabled: bool):
    from tqdm import tqdm

    return tqdm(total=total, desc="documents", unit="doc", disable=not enabled, leave=False)


# --- each stage on its own -------------------------------------------------------------

def run_parse_stage(raw_dir: Path, out_dir: Path) -> BuildReport:
    report = BuildReport()
    manifest = []
    for raw in load_raw(Path(raw_dir), report):
        try:
            doc = parse_raw(raw)
        except Exception as exc:  # noqa: BLE001
            report.failed.append(DocumentError(raw.source, "parse", "internal", f"parse failed: {exc!r}",
                                               raw.doc_id, raw.version))
            continue
        write_json_atomically(interim_path(out_dir, "parse", raw.doc_id, raw.version), to_dict(doc))
        manifest.append([raw.doc_id, raw.version])
        report.built += 1
    write_manifest(out_dir, manifest, [e.row() for e in report.failed])
    return report


def write_manifest(out_dir: Path, documents: list, errors: list[dict]) -> None:
    """Which document versions the last parse or build saw: the export stage reads these."""
    write_json_atomically(Path(out_dir) / "interim" / "manifest.json",
                          {"documents": [list(d) for d in documents], "errors": errors})


def _manifest(out_dir: Path) -> dict:
    path = Path(out_dir) / "interim" / "manifest.json"
    if not path.exists():
        raise FileNotFoundError(f"{path} not found: run the parse stage first")
    return json.loads(path.read_text(encoding="utf-8"))


def run_extract_stage(out_dir: Path, settings: Settings) -> BuildReport:
    from .extract import run_nlp, save_block_docs
    from .nlp import load_nlp

    report = BuildReport()
    nlp = load_nlp(settings.model)
    docs = (from_dict(json.loads(interim_path(out_dir, "parse", d, v).read_text(encoding="utf-8")))
            for d, v in _manifest(out_dir)["documents"])
    for doc, block_docs in run_nlp(docs, nlp, settings.batch_size):
        save_block_docs(block_docs, interim_path(out_dir, "extract", doc.doc_id, doc.version, ".spacy"))
        report.built += 1
    return report


def run_normalise_stage(out_dir: Path, settings: Settings) -> BuildReport:
    from spacy.vocab import Vocab

    from .extract import load_block_docs
    from .normalise import normalise_document

    report = BuildReport()
    vocab = Vocab()
    for d, v in _manifest(out_dir)["documents"]:
        doc = from_dict(json.loads(interim_path(out_dir, "parse", d, v).read_text(encoding="utf-8")))
        block_docs = load_block_docs(interim_path(out_dir, "extract", d, v, ".spacy"), vocab)
        tables = normalise_document(doc, block_docs)
        write_json_atomically(interim_path(out_dir, "normalise", d, v), {"key": None, "tables": tables})
        report.built += 1
    return report


def run_export_stage(out_dir: Path) -> BuildReport:
    report = BuildReport()
    manifest = _manifest(out_dir)
    tables = (json.loads(interim_path(out_dir, "normalise", d, v).read_text(encoding="utf-8"))["tables"]
              for d, v in manifest["documents"])
    report.rows = export.write_tables(Path(out_dir), tables, manifest["errors"])
    return report
