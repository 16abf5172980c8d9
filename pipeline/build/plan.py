"""Planning: read and hash every raw document version, sort out those the cache already
holds, and cut the rest into chunks of about ``Settings.chunk_chars`` characters, by a fixed
rule on the list of documents (so the same chunks whatever the number of workers)."""
from __future__ import annotations

from collections.abc import Iterator
from dataclasses import dataclass
from pathlib import Path

from .. import language, rawio
from ..config import Settings
from ..errors import DocumentError
from .cache import cache_key, interim_path, read_cached
from .report import BuildReport

MAX_CHUNK_DOCS = 256


def detect_language(raw: rawio.RawDocument, model: str, report: BuildReport) -> None:
    """Set raw.language from its text; warn when the model does not cover it."""
    raw.language = language.detect(raw.text)
    warn_language(raw.source, raw.language, model, report)


def warn_language(source: str, code: str | None, model: str, report: BuildReport) -> None:
    note = language.warning(source, code, model)
    if note is not None:
        report.warnings.append(note)


def load_raw(raw_dir: Path, report: BuildReport, model: str) -> list[rawio.RawDocument]:
    """Discover and read every document version; bad ones go to the report."""
    candidates, problems = rawio.discover(raw_dir)
    report.failed.extend(problems)
    loaded = []
    for raw in candidates:
        try:
            loaded.append(rawio.load(raw, raw_dir))
            report.warnings.extend(raw.warnings)
            detect_language(raw, model, report)
        except DocumentError as exc:
            report.failed.append(exc)
    return loaded


@dataclass
class Pending:
    """A document version to build: read again when its chunk is sent, so texts are not all kept."""
    raw: rawio.RawDocument  # without its text
    key: str
    n_chars: int


def scan(raw_dir: Path, out_dir: Path, settings: Settings, code: str, report: BuildReport,
         strict: bool = False) -> tuple[dict[tuple[str, str], str], list[Pending]]:
    """Read and hash every document version; return the cache key of each one that is up to
    date in the cache, and the ones to build (bad documents go to the report)."""
    candidates, problems = rawio.discover(raw_dir)
    report.failed.extend(problems)
    if strict and report.failed:
        return {}, []
    cached: dict[tuple[str, str], str] = {}
    todo: list[Pending] = []
    for raw in candidates:
        try:
            rawio.load(raw, raw_dir)
        except DocumentError as exc:
            report.failed.append(exc)
            if strict:
                break
            continue
        report.warnings.extend(raw.warnings)
        key = cache_key(raw, settings, code)
        tables = read_cached(interim_path(out_dir, "normalise", raw.doc_id, raw.version), key)
        if tables is not None:
            cached[(raw.doc_id, raw.version)] = key
            report.reused += 1
            warn_language(raw.source, (tables.get("documents") or [{}])[0].get("language"), settings.model, report)
        else:
            detect_language(raw, settings.model, report)
            todo.append(Pending(raw, key, len(raw.text)))
        raw.text = ""
    return cached, todo


def plan_chunks(todo: list[Pending], chunk_chars: int, max_docs: int = MAX_CHUNK_DOCS) -> list[list[Pending]]:
    """Consecutive runs of documents of about chunk_chars characters: one task each. The rule
    depends on the documents only, never on the number of workers, so every executor sends
    spaCy the same batches."""
    chunks: list[list[Pending]] = []
    current: list[Pending] = []
    size = 0
    for item in todo:
        if current and (size + item.n_chars > chunk_chars or len(current) >= max_docs):
            chunks.append(current)
            current, size = [], 0
        current.append(item)
        size += item.n_chars
    if current:
        chunks.append(current)
    return chunks


def chunk_payloads(chunks: list[list[Pending]], raw_dir: Path, settings: Settings, code: str,
                   report: BuildReport) -> Iterator[list[tuple[rawio.RawDocument, str]]]:
    """Each chunk's documents with their texts, read again from raw_dir as the chunk is sent."""
    for chunk in chunks:
        payload = []
        for item in chunk:
            raw = rawio.RawDocument(item.raw.doc_id, item.raw.version, item.raw.path, item.raw.source,
                                    item.raw.meta_path)
            try:
                rawio.load(raw, raw_dir)
            except DocumentError as exc:  # changed or removed since the scan
                report.failed.append(exc)
                continue
            key = item.key if raw.sha256 == item.raw.sha256 and raw.meta == item.raw.meta \
                else cache_key(raw, settings, code)
            raw.warnings, raw.language = [], item.raw.language
            payload.append((raw, key))
        if payload:
            yield payload
