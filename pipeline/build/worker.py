"""The work of one chunk, wherever it runs (this process, a local worker, a dask worker):
parse, run spaCy on and normalise each document, and return the bytes of its cache file.

A document that fails one stage becomes an error row; the others of the chunk go on."""
from __future__ import annotations

import logging
import threading
import time
from collections.abc import Iterator
from dataclasses import dataclass

from .. import rawio
from ..errors import DocumentError, PipelineError
from ..parse import parse_text
from ..structure import ParsedDocument
from ..timing import StageTimer
from .cache import cache_bytes, code_fingerprint, export_ready

log = logging.getLogger("pipeline")
_CHUNK_LOCK = threading.Lock()  # one chunk at a time per process: a spaCy pipeline is not shared between threads
_WORKER_CODE: list[str] = []
Outcome = tuple  # (doc_id, version, key or None, cache file bytes or None, error fields or None)


def parse_raw(raw: rawio.RawDocument) -> ParsedDocument:
    return parse_text(raw.text, doc_id=raw.doc_id, version=raw.version, source=raw.source,
                      sha256=raw.sha256, title=raw.title, published=raw.published,
                      encoding=raw.encoding, meta=raw.meta, language=raw.language)


def document_failure(source: str, doc_id: str, version: str, stage: str, exc: BaseException) -> DocumentError:
    """The error row of a document that one stage could not process (the others go on)."""
    hint = "" if stage == "parse" else "; run with --debug and report it"
    log.debug("%s failed for %s", stage, source, exc_info=exc)
    return DocumentError(source, stage, "internal", f"{stage} failed: {exc!r}{hint}", doc_id, version)


def _failure(raw: rawio.RawDocument, stage: str, exc: BaseException) -> Outcome:
    return (raw.doc_id, raw.version, None, None,
            document_failure(raw.source, raw.doc_id, raw.version, stage, exc).row())


def check_code(code: str) -> None:
    """Refuse to work when this process runs other pipeline code than the client that computed
    the cache keys (a dask worker with another checkout)."""
    if not _WORKER_CODE:
        _WORKER_CODE.append(code_fingerprint())
    if _WORKER_CODE[0] != code:
        raise PipelineError(
            "this worker runs different pipeline code (or data) than the client: install the "
            "same checkout of the project on every worker (see bench/README.md, 'Scale')")


@dataclass
class RangeTask:
    """A range of whole blocks of one large document: its text units as (offset, text)."""
    doc_id: str
    version: str
    index: int  # of the range in the document
    units: list[tuple[int, str]]


def run_task(task, model: str, batch_size: int, code: str | None = None) -> tuple:
    """One task of the executor: a chunk of documents (process_chunk's result) or a RangeTask
    (extract_range's)."""
    if not isinstance(task, RangeTask):
        return process_chunk(task, model, batch_size, code)
    with _CHUNK_LOCK:
        if code is not None:
            check_code(code)
        return extract_range(task, model, batch_size)


def extract_range(task: RangeTask, model: str, batch_size: int) -> tuple[bytes, dict[str, float]]:
    """spaCy over one range of a large document: its (offset, Doc) units as DocBin bytes
    (``extract.block_docs_bytes``), and the seconds spent. Only this range's Docs are held."""
    from .. import nlp as nlp_mod
    from ..extract import block_docs_bytes

    timer = StageTimer()
    with timer("load_model"):
        nlp = nlp_mod.load_nlp(model)
    with timer("spacy"):
        docs = [(offset, doc) for doc, offset in
                nlp.pipe(((text, offset) for offset, text in task.units), as_tuples=True, batch_size=batch_size)]
    with timer("serialise"):
        data = block_docs_bytes(docs)
    return data, timer.seconds


def process_chunk(chunk: list[tuple[rawio.RawDocument, str]], model: str, batch_size: int,
                  code: str | None = None) -> tuple[list[Outcome], dict[str, float]]:
    """Parse, run spaCy on and normalise one chunk of documents.

    Returns one outcome per document, in order: (doc_id, version, key, cache file bytes or
    None, error fields or None), and the seconds spent per stage. With ``code``, check first
    that this process runs the same pipeline code as the one that computed the keys."""
    with _CHUNK_LOCK:
        if code is not None:
            check_code(code)
        return _process_chunk(chunk, model, batch_size)


def _parsed(chunk, outcomes: dict, timer: StageTimer) -> Iterator[ParsedDocument]:
    for raw, _ in chunk:
        with timer("parse"):
            try:
                doc = parse_raw(raw)
            except Exception as exc:  # noqa: BLE001 - one bad document must not stop the rest
                outcomes[(raw.doc_id, raw.version)] = _failure(raw, "parse", exc)
                continue
        yield doc


def _spacy_results(stream: Iterator, timer: StageTimer) -> Iterator[tuple]:
    """The spaCy stream's items, its time counted as "spacy" without the parsing it pulls."""
    while True:
        began, parse_before = time.perf_counter(), timer.seconds.get("parse", 0.0)
        item = next(stream, None)
        timer.add("spacy", time.perf_counter() - began - (timer.seconds.get("parse", 0.0) - parse_before))
        if item is None:
            return
        yield item


def _process_chunk(chunk, model: str, batch_size: int) -> tuple[list[Outcome], dict[str, float]]:
    from .. import nlp as nlp_mod
    from ..extract import run_nlp
    from ..normalise import normalise_document

    timer = StageTimer()
    with timer("load_model"):
        nlp = nlp_mod.load_nlp(model)  # once per process, then cached
    for stage in ("parse", "spacy", "normalise", "serialise"):
        timer.add(stage, 0.0)
    keys = {(raw.doc_id, raw.version): (raw, key) for raw, key in chunk}
    outcomes: dict[tuple[str, str], Outcome] = {}
    for doc, block_docs in _spacy_results(run_nlp(_parsed(chunk, outcomes, timer), nlp, batch_size), timer):
        raw, key = keys[(doc.doc_id, doc.version)]
        with timer("normalise"):
            try:
                tables = normalise_document(doc, block_docs, timer)
            except Exception as exc:  # noqa: BLE001
                outcomes[(raw.doc_id, raw.version)] = _failure(raw, "normalise", exc)
                continue
        with timer("serialise"):
            tables, jsonl = export_ready(tables)
            outcomes[(raw.doc_id, raw.version)] = (raw.doc_id, raw.version, key, cache_bytes(key, tables, jsonl), None)
    return [outcomes[(raw.doc_id, raw.version)] for raw, _ in chunk], timer.seconds
